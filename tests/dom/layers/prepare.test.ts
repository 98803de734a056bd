/**
 * Intent (controller.prepare): the pointer on a layer button fetches what is on screen for the
 * switch to come (script: the whole page, which the switch writes in one go), and writes nothing that stays (pinyin: hidden samples pay the fonts and the first
 * <ruby> and go); the switch then finds it fetched. Nothing when the layer is
 * already as asked.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLayerController } from '@/entrypoints/dubao.content/layers/controller';
import type { ReadingEngine } from '@/lib/reading/contract';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { disposeAll, setup } from './helpers';
import { createLibSource } from './source';

const SCREEN = 600;

function page(paragraphs: number): HTMLElement[] {
  document.body.innerHTML = '';
  Object.defineProperty(window, 'innerHeight', { value: SCREEN, configurable: true });
  const out: HTMLElement[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    p.textContent = `第${i}段：城乡融合发展是现代化的必然要求。`;
    const top = i * 100;
    p.getBoundingClientRect = () => ({ top, bottom: top + 40, left: 0, right: 600, width: 600, height: 40, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;
    document.body.appendChild(p);
    out.push(p);
  }
  return out;
}

beforeEach(() => page(20));
afterEach(() => disposeAll());

describe('controller.prepare', () => {
  it('pinyin: the paragraphs on screen are read now, nothing is written; the switch asks only for the rest', async () => {
    const { controller, source } = setup({ settings: { pinyinScope: 'page' } });
    const before = document.body.innerHTML;
    controller.prepare!({ pinyin: true });
    await controller.orchestrator.idle();
    await new Promise((r) => setTimeout(r, 0));
    const read = source.calls.filter((c) => c.kind === 'read').flatMap((c) => c.texts);
    // On screen: paragraphs 0–6 (tops 0…600).
    expect(read).toEqual(Array.from({ length: 7 }, (_, i) => `第${i}段：城乡融合发展是现代化的必然要求。`));
    // Nothing stays written (the warm-up's hidden samples go after their frames: the test below).
    await expect.poll(() => document.body.innerHTML, { timeout: 1000, interval: 10 }).toBe(before);

    source.calls.length = 0;
    await controller.setPinyin(true);
    await controller.idle(); // the whole page, not only the screen the toggle answers for
    const later = source.calls.filter((c) => c.kind === 'read').flatMap((c) => c.texts);
    expect(later).toHaveLength(13);
    expect(later.some((t) => t.startsWith('第0段'))).toBe(false);
    expect(document.querySelectorAll('ruby[data-dubao]').length).toBeGreaterThan(20);
  });

  it('pinyin: the fonts and the first <ruby> are paid on intent, each in a hidden sample of its own frame, gone after; the switch pays them no more', async () => {
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    const before = document.body.innerHTML;
    const seen: string[] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records) {
        r.addedNodes.forEach((n) => n instanceof Element && seen.push(`+${n.getAttribute('data-dubao')}`));
        r.removedNodes.forEach((n) => n instanceof Element && seen.push(`-${n.getAttribute('data-dubao')}`));
      }
    });
    watch.observe(document.body, { childList: true });
    controller.prepare!({ pinyin: true });
    // Nothing in the pointer's own task: the samples come in the frames after it.
    await Promise.resolve();
    expect(document.body.innerHTML).toBe(before);
    for (let i = 0; i < 100 && !seen.includes('-warm-up'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['+warm-up-fonts', '-warm-up-fonts', '+warm-up', '-warm-up']);
    expect(document.body.innerHTML).toBe(before);
    seen.length = 0;
    await controller.setPinyin(true);
    await controller.idle();
    watch.disconnect();
    expect(seen.filter((s) => s.includes('warm-up'))).toEqual([]);
  });

  it('pinyin: the stylesheet is made on intent, put in only by the switch, for the background the page has then', async () => {
    const { controller } = setup({ settings: { pinyinScope: 'page', toneColors: true } });
    controller.prepare!({ pinyin: true });
    expect(document.head.querySelector('style[data-dubao]')).toBeNull();
    // The page turns dark between the pointer's arrival and the click.
    document.body.style.backgroundColor = '#000000';
    await controller.setPinyin(true);
    const css = document.head.querySelector('style[data-dubao="layers"]')!.textContent!;
    // Tone colours made readable on black: none of the palette's dark blue as it is.
    expect(css).toContain('span[data-t="4"]');
    expect(css).not.toContain('#2563eb');
    await controller.setPinyin(false);
    document.body.style.backgroundColor = '';
    expect(document.head.querySelector('style[data-dubao]')).toBeNull();
  });

  it('pinyin without tone colours: no colour rule in the stylesheet; colours switched on get theirs, readable on the page then', async () => {
    const { controller, settings } = setup({ settings: { pinyinScope: 'page', toneColors: false } });
    document.body.style.backgroundColor = '#000000';
    await controller.setPinyin(true);
    const css = () => document.head.querySelector('style[data-dubao="layers"]')!.textContent!;
    expect(css()).toContain('content:attr(data-r)');
    expect(css()).not.toContain('span[data-t=');
    settings.toneColors = true;
    await controller.applySettings(settings);
    expect(css()).toContain('span[data-t="4"]');
    expect(css()).not.toContain('#2563eb');
    expect(document.querySelector('rt[data-dubao] > span[data-t]')).not.toBeNull();
    await controller.setPinyin(false);
    document.body.style.backgroundColor = '';
    expect(document.head.querySelector('style[data-dubao]')).toBeNull();
  });

  it('script: the whole page is converted on intent (the switch writes it in one go), nothing written; the switch asks for nothing more', async () => {
    const { controller, source } = setup({ settings: { pinyinScope: 'page' } });
    const before = document.body.innerHTML;
    controller.prepare!({ script: 'tw' });
    await new Promise((r) => setTimeout(r, 20));
    const asked = source.calls.filter((c) => c.kind === 'convert').flatMap((c) => c.texts);
    // Screen first (paragraphs 0–6), then the rest.
    expect(asked).toHaveLength(20);
    expect(asked.slice(0, 7)).toEqual(Array.from({ length: 7 }, (_, i) => `第${i}段：城乡融合发展是现代化的必然要求。`));
    expect(document.body.innerHTML).toBe(before);
    source.calls.length = 0;
    await controller.setScript('tw');
    expect(source.calls.filter((c) => c.kind === 'convert')).toHaveLength(0);
    expect(document.querySelectorAll('p')[19]!.textContent).toContain('城鄉融合發展');
  });

  it('the click right after the pointer arrives: what the prefetch is fetching is waited for, not asked again', async () => {
    const { controller, source } = setup({ settings: { pinyinScope: 'page' } });
    controller.prepare!({ script: 'tw' });
    await controller.setScript('tw');
    const asked = source.calls.filter((c) => c.kind === 'convert').flatMap((c) => c.texts);
    expect(asked).toHaveLength(20);
    expect(new Set(asked).size).toBe(20);
    expect(document.body.textContent).toContain('城鄉融合發展');
  });

  it('asked again at once (a pointer going back and forth): fetched once', async () => {
    const { controller, source } = setup({ settings: { pinyinScope: 'page' } });
    controller.prepare!({ script: 'tw' });
    controller.prepare!({ script: 'tw' });
    await new Promise((r) => setTimeout(r, 20));
    expect(source.calls.filter((c) => c.kind === 'convert')).toHaveLength(1);
  });

  it('taking a layer off, or asking for what is on: nothing fetched', async () => {
    const { controller, source } = setup({ settings: { pinyinScope: 'page' } });
    controller.prepare!({ pinyin: false, script: 'original' });
    await controller.setScript('tw');
    source.calls.length = 0;
    controller.prepare!({ script: 'tw' });
    await new Promise((r) => setTimeout(r, 20));
    expect(source.calls).toEqual([]);
  });
});

describe('kept answers (storage.session in the extension)', () => {
  it('are opened as a layer comes on, before anything is read or written, once per layer switched on', async () => {
    const events: string[] = [];
    const settings = { ...DEFAULT_SETTINGS, pinyinScope: 'page' as const };
    const source = createLibSource();
    const logged: ReadingEngine = {
      read: (texts, names, options) => (events.push('read'), source.read(texts, names, options)),
      convert: (texts, variant, names) => (events.push('convert'), source.convert(texts, variant, names)),
      convertSegments: (texts, variant, names) => (events.push('segments'), source.convertSegments(texts, variant, names)),
      judgeOpening: (text) => source.judgeOpening(text),
    };
    const controller = createLayerController({ document, engines: logged, getSettings: () => settings, getAnalysis: () => null, openKeptAnswers: () => events.push('open') });
    const before = document.body.innerHTML;
    const firstWrite = new MutationObserver(() => events.includes('write') || events.push('write'));
    firstWrite.observe(document.body, { childList: true, subtree: true });
    await controller.setPinyin(true);
    expect(events[0]).toBe('open');
    expect(events.indexOf('read')).toBeLessThan(events.indexOf('write'));
    expect(events.filter((e) => e === 'open')).toHaveLength(1);
    await controller.setScript('tw');
    expect(events.filter((e) => e === 'open')).toHaveLength(2);
    // Taking layers off opens nothing.
    await controller.setPinyin(false);
    await controller.setScript('original');
    firstWrite.disconnect();
    expect(events.filter((e) => e === 'open')).toHaveLength(2);
    expect(document.body.innerHTML).toBe(before);
    controller.dispose();
  });
});
