/**
 * The layer controller with Jyutping chosen: readings asked for with { notation: 'jyutping' } and
 * drawn spaced with Cantonese tone colours; to-jyutping warmed up when the page opens; switching
 * the notation back re-reads in Mandarin; off, the DOM is the original. The engine is the real one,
 * in process, with to-jyutping loaded.
 */
import { readableOn } from '@/lib/readable-color';
import { JYUTPING_TONE_COLORS } from '@/lib/reading/jyutping-tones';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLayerController } from '@/entrypoints/dubao.content/layers/controller';
import type { ReadingEngine, ReadingOptions } from '@/lib/reading/contract';
import type { JyutpingSource } from '@/lib/reading/jyutping';
import { loadJyutping } from '@/lib/reading/jyutping-load';
import { buildJyutpingTableText } from '../../../scripts/build-jyutping-table';
import { createReadingEngine } from '@/lib/reading/reading-engine';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

let jyutping: JyutpingSource;
beforeAll(async () => {
  jyutping = await loadJyutping(async () => buildJyutpingTableText());
});

const controllers: { dispose(): void }[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.dispose();
  document.body.innerHTML = '';
});

function start(initial: Partial<Settings>) {
  let settings: Settings = { ...DEFAULT_SETTINGS, pinyinScope: 'page', ...initial };
  const engine = createReadingEngine({ jyutping: () => jyutping });
  const reads: Array<{ texts: string[]; options: ReadingOptions | undefined }> = [];
  const source: ReadingEngine = {
    async read(texts, names, options) {
      reads.push({ texts: [...texts], options });
      return engine.read(texts, names, options);
    },
    convert: async (texts, variant, names) => engine.convert(texts, variant, names),
    convertSegments: async (texts, variant, names) => engine.convertSegments(texts, variant, names),
    judgeOpening: async (text) => engine.judgeOpening(text),
  };
  const controller = createLayerController({ document, engines: source, getSettings: () => settings, getAnalysis: () => null });
  controllers.push(controller);
  const set = async (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch };
    await controller.applySettings(settings);
  };
  return { controller, reads, set };
}

const rubies = () =>
  [...document.querySelectorAll('ruby[data-dubao]')].map((r) => [r.firstChild!.textContent, r.querySelector(':scope > rt')!.getAttribute('data-r')]);

describe('the layers with Jyutping', () => {
  it('asks for Jyutping, draws it spaced, and gives the page back as it was', async () => {
    document.body.innerHTML = '<p>他们决定重塑城市形象。</p><p>佢哋食咗飯。</p>';
    const before = document.body.innerHTML;
    const { controller, reads } = start({ notation: 'jyutping' });
    // Warmed when the page opened: one empty read that loads to-jyutping.
    expect(reads[0]).toEqual({ texts: [''], options: { notation: 'jyutping' } });
    await controller.setPinyin(true);
    await controller.idle();
    expect(reads.slice(1).every((r) => r.options?.notation === 'jyutping')).toBe(true);
    expect(rubies()).toEqual(
      expect.arrayContaining([
        ['重塑', 'cung4 sou3'],
        ['城市', 'sing4 si5'],
        ['佢', 'keoi5'],
        ['咗', 'zo2'],
      ]),
    );
    await controller.setPinyin(false);
    await controller.idle();
    expect(document.body.innerHTML).toBe(before);
  });

  it('colours by the six Cantonese tones, and re-reads in Mandarin when the notation goes back', async () => {
    document.body.innerHTML = '<p>重塑</p>';
    const { controller, set } = start({ notation: 'jyutping', toneColors: true });
    await controller.setPinyin(true);
    await controller.idle();
    const spans = () => [...document.querySelectorAll('rt > span')].map((s) => [s.getAttribute('data-r'), s.getAttribute('data-t')]);
    expect(spans()).toEqual([
      ['cung4', '4'],
      [' sou3', '3'],
    ]);
    const css = document.querySelector('style[data-dubao="layers"]')!.textContent!;
    // The tone colours, each made readable (4.5:1) on the page's background (white here): tone 6's
    // green darkened, tone 4's blue kept as it is.
    expect(css).toContain(`span[data-t="6"]{color:${readableOn(JYUTPING_TONE_COLORS[6], '#ffffff')}}`);
    expect(readableOn(JYUTPING_TONE_COLORS[6], '#ffffff')).not.toBe(JYUTPING_TONE_COLORS[6]);
    expect(css).toContain('span[data-t="4"]{color:#2563eb}');
    await set({ notation: 'pinyin', toneColors: false });
    await controller.idle();
    expect(rubies()).toEqual([['重塑', 'chóngsù']]);
    expect(document.querySelector('style[data-dubao="layers"]')!.textContent).not.toContain('data-t="6"');
  });

  it('sends no warm-up under pinyin, and one when the reader picks Jyutping', async () => {
    document.body.innerHTML = '<p>发展</p>';
    const { reads, set } = start({ notation: 'pinyin' });
    expect(reads).toEqual([]);
    await set({ notation: 'jyutping' });
    expect(reads).toEqual([{ texts: [''], options: { notation: 'jyutping' } }]);
    await set({ toneColors: true });
    expect(reads).toHaveLength(1);
  });
});
