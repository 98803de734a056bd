/**
 * Intent (controller.prepare): the pointer on a layer button fetches what is on screen for the
 * switch to come, and writes nothing; the switch then finds it fetched. Nothing when the layer is
 * already as asked.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { disposeAll, setup } from './helpers';

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
    expect(document.body.innerHTML).toBe(before);

    source.calls.length = 0;
    await controller.setPinyin(true);
    const later = source.calls.filter((c) => c.kind === 'read').flatMap((c) => c.texts);
    expect(later).toHaveLength(13);
    expect(later.some((t) => t.startsWith('第0段'))).toBe(false);
    expect(document.querySelectorAll('ruby[data-dubao]').length).toBeGreaterThan(20);
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
