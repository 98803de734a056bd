/**
 * The readings' typography as markup and stylesheet (the layout itself is measured in real
 * Chromium: tests/e2e/typography.test.ts): a painted box per reading, the reading size applied
 * live without re-rendering, 一/不 as spoken or written, and boxes of fixed height keeping their
 * text, each undone exactly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { buildPageCss, READING_FONT_SIZES, READING_FONTS } from '@/entrypoints/dubao.content/layers/pinyin-transform';
import { FIT_ATTR } from '@/entrypoints/dubao.content/layers/fit-check';
import { TONE_COLORS } from '@/lib/reading/tones';
import { createLayerController } from '@/entrypoints/dubao.content/layers/controller';
import { disposeAll, readingsOf, setup, textNodes } from './helpers';
import { createLibSource } from './source';

afterEach(() => {
  disposeAll();
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

const pageCss = () => document.head.querySelector('style[data-dubao="layers"]')?.textContent ?? '';

describe('a painted box per reading', () => {
  it('without tone colours: the empty rt draws its reading itself (no element inside it)', async () => {
    document.body.innerHTML = '<p>发展经济</p>';
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    const rts = [...document.body.querySelectorAll('rt[data-dubao]')];
    expect(rts.map((rt) => rt.getAttribute('data-r'))).toEqual(['fāzhǎn', 'jīngjì']);
    for (const rt of rts) {
      expect(rt.childNodes).toHaveLength(0);
      expect(rt.matches(':empty')).toBe(true);
    }
    // Drawn once: by the empty rt's ::before; with tone colours, by each syllable's span.
    expect(pageCss()).toContain('rt[data-dubao][data-r]:empty::before,rt[data-dubao]>span[data-r]::before{content:attr(data-r)}');
    expect(document.body.textContent).toBe('发展经济');
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe('<p>发展经济</p>');
  });

  it('the stylesheet: padded readings in a Latin font with every tone mark, centred', () => {
    const css = buildPageCss(TONE_COLORS);
    const rt = /rt\[data-dubao\]\{([^}]*)\}/.exec(css)![1]!;
    expect(rt).toContain(`font-family:${READING_FONTS}`);
    expect(rt).toContain('padding-inline:0.1em');
    expect(rt).toContain(`font-size:${READING_FONT_SIZES.medium}`);
    expect(css).toContain('ruby-align:center');
    // No font known to lack ǎ ǐ ǒ ǔ ǚ is in the stack.
    expect(READING_FONTS).not.toMatch(/Arial|Helvetica"?,|Liberation/);
    expect(READING_FONTS.endsWith('sans-serif')).toBe(true);
  });

  it('zhuyin keeps the page font (Latin fonts lack Bopomofo but have its tone marks: two fonts in one reading)', () => {
    const rt = /rt\[data-dubao\]\{([^}]*)\}/.exec(buildPageCss(TONE_COLORS, { zhuyin: true }))![1]!;
    expect(rt).not.toContain('font-family');
    expect(rt).toContain('padding-inline:0.1em');
  });

  it.each([
    ['small', '0.5em'],
    ['medium', 'max(0.625em,min(9px,0.8em))'],
    ['large', 'max(0.75em,min(11px,0.9em))'],
  ] as const)('reading size %s → font-size %s', (size, value) => {
    expect(buildPageCss(TONE_COLORS, { size })).toContain(`rt[data-dubao]{font-size:${value};`);
  });
});

describe('the reading size', () => {
  it('applies live: the stylesheet changes, the rubies stay the same elements, nothing is read again', async () => {
    document.body.innerHTML = '<p>经济发展</p><p>行动起来</p>';
    const { controller, source, settings } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    expect(pageCss()).toContain(`font-size:${READING_FONT_SIZES.medium}`);
    const rubies = [...document.body.querySelectorAll('ruby[data-dubao]')];
    const reads = source.calls.length;
    await controller.applySettings({ ...settings, readingSize: 'large' });
    expect(pageCss()).toContain(`font-size:${READING_FONT_SIZES.large}`);
    await controller.applySettings({ ...settings, readingSize: 'small' });
    expect(pageCss()).toContain(`font-size:${READING_FONT_SIZES.small}`);
    expect([...document.body.querySelectorAll('ruby[data-dubao]')]).toEqual(rubies);
    expect(rubies.every((r) => r.isConnected)).toBe(true);
    expect(source.calls.length).toBe(reads);
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe('<p>经济发展</p><p>行动起来</p>');
    expect(pageCss()).toBe('');
  });

  it('switching to zhuyin drops the Latin font stack from the stylesheet, and back', async () => {
    document.body.innerHTML = '<p>发展</p>';
    const { controller, settings } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    expect(pageCss()).toContain(`font-family:${READING_FONTS}`);
    await controller.applySettings({ ...settings, notation: 'zhuyin' });
    expect(readingsOf(document.body)).toEqual(['ㄈㄚ ㄓㄢˇ']);
    expect(pageCss()).not.toContain('font-family');
    await controller.applySettings({ ...settings, notation: 'pinyin' });
    expect(pageCss()).toContain(`font-family:${READING_FONTS}`);
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe('<p>发展</p>');
  });

  it('set before pinyin comes on: the first stylesheet has it', async () => {
    document.body.innerHTML = '<p>发展</p>';
    const { controller } = setup({ settings: { pinyinScope: 'page', readingSize: 'large' } });
    await controller.setPinyin(true);
    expect(pageCss()).toContain(`font-size:${READING_FONT_SIZES.large}`);
  });
});


/**
 * happy-dom lays nothing out: each box says how tall it is and how tall its content is, from what
 * is inside it now (readings drawn or not), as Chromium would.
 */
function fakeBox(el: HTMLElement, box: { height: number | null; text: number; withReadings: number }): void {
  const drawn = () => !!el.querySelector('rt[data-dubao]') && !el.closest(`[${FIT_ATTR}]`);
  const content = () => (drawn() ? box.withReadings : box.text);
  Object.defineProperty(el, 'clientHeight', { configurable: true, get: () => box.height ?? content() });
  Object.defineProperty(el, 'scrollHeight', { configurable: true, get: () => Math.max(box.height ?? 0, content()) });
}

describe('boxes of fixed height keep holding their text', () => {
  const PAGE =
    '<div id="footer"><p id="line">版权所有 人民网</p></div><div id="article"><p>经济发展</p></div>' +
    '<div id="tight"><p>新闻中心</p></div><div id="image"><p>图片新闻</p></div><div id="floats"><p>左栏文章</p></div><div id="scroller" style="overflow-y: auto"><p>行动起来</p></div>';

  it('a box that held its text and spills with readings is marked (no readings drawn there); the others keep theirs; off removes every mark', async () => {
    document.body.innerHTML = PAGE;
    const original = document.body.innerHTML;
    const nodes = textNodes(document.body);
    // A fixed 20 px footer line: its text fits (20), with readings 33.
    fakeBox(document.getElementById('line')!, { height: 20, text: 20, withReadings: 33 });
    fakeBox(document.getElementById('footer')!, { height: null, text: 20, withReadings: 20 });
    // An article box that grows with its text.
    fakeBox(document.getElementById('article')!, { height: null, text: 24, withReadings: 40 });
    // A box that spilled by 2 px already (thepaper's footer line without its stylesheet): readings
    // would make it 13 px, so they go.
    fakeBox(document.getElementById('tight')!, { height: 20, text: 22, withReadings: 33 });
    // A box that did not hold its text before (a wrapper the page overflows, an image taller than
    // it): readings stay, even though they add to the overflow.
    fakeBox(document.getElementById('image')!, { height: 20, text: 60, withReadings: 80 });
    // A column whose floated children pass its bottom: its height grows with the readings too, it
    // is not of fixed height.
    const floats = document.getElementById('floats')!;
    const drawn = () => !!floats.querySelector('rt[data-dubao]') && !floats.closest(`[${FIT_ATTR}]`);
    Object.defineProperty(floats, 'clientHeight', { configurable: true, get: () => (drawn() ? 30 : 20) });
    Object.defineProperty(floats, 'scrollHeight', { configurable: true, get: () => (drawn() ? 60 : 22) });
    // A scroll container (overflow-y auto): scrolling is how it holds more.
    fakeBox(document.getElementById('scroller')!, { height: 20, text: 20, withReadings: 33 });

    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    await controller.idle();
    const marked = [...document.querySelectorAll(`[${FIT_ATTR}]`)].map((e) => e.id);
    expect(marked).toEqual(['line', 'tight']);
    // Readings are still in the markup (the stylesheet hides them there), so undo stays one path.
    // (版权所有 is one word of DuBao's word list.)
    expect(readingsOf(document.getElementById('line')!)).toEqual(['bǎnquánsuǒyǒu', 'rénmín', 'wǎng']);
    expect(pageCss()).toContain(`[${FIT_ATTR}] rt[data-dubao]{display:none}`);
    const line = document.getElementById('line')!;
    expect(line.scrollHeight).toBeLessThanOrEqual(line.clientHeight);
    const tight = document.getElementById('tight')!;
    expect(tight.scrollHeight - tight.clientHeight).toBe(2);

    await controller.setPinyin(false);
    expect(document.querySelector(`[${FIT_ATTR}]`)).toBeNull();
    expect(document.body.innerHTML).toBe(original);
    textNodes(document.body).forEach((n, i) => expect(n).toBe(nodes[i]));
  });

  it('mid-pass, boxes are read once the frame has laid the readings out, never in the task that writes them', async () => {
    document.body.innerHTML = PAGE;
    const original = document.body.innerHTML;
    const line = document.getElementById('line')!;
    fakeBox(line, { height: 20, text: 20, withReadings: 33 });
    // The writing task: from a progress report until its microtasks are done.
    let writing = false;
    let reads = 0;
    let readsWhileWriting = 0;
    const size = Object.getOwnPropertyDescriptor(line, 'scrollHeight')!.get!;
    Object.defineProperty(line, 'scrollHeight', {
      configurable: true,
      get: () => {
        reads++;
        if (writing) readsWhileWriting++;
        return size();
      },
    });
    const settings: Settings = { ...DEFAULT_SETTINGS, pinyinScope: 'page' };
    const controller = createLayerController({
      document,
      engines: createLibSource(),
      getSettings: () => settings,
      getAnalysis: () => null,
      orchestrator: {
        onProgress: () => {
          writing = true;
          queueMicrotask(() => (writing = false));
        },
      },
    });
    await controller.setPinyin(true);
    await controller.idle();
    await new Promise((resolve) => setTimeout(resolve, 300)); // the frame after the last progress
    expect(reads).toBeGreaterThan(0);
    expect(readsWhileWriting).toBe(0);
    expect(line.hasAttribute(FIT_ATTR)).toBe(true);
    controller.dispose();
    expect(document.body.innerHTML).toBe(original);
  });

  it('dispose removes the marks too', async () => {
    document.body.innerHTML = PAGE;
    const original = document.body.innerHTML;
    fakeBox(document.getElementById('line')!, { height: 20, text: 20, withReadings: 33 });
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    await controller.idle();
    expect(document.getElementById('line')!.hasAttribute(FIT_ATTR)).toBe(true);
    controller.dispose();
    expect(document.body.innerHTML).toBe(original);
  });
});

// Keeps the import honest: the settings the tests build on are the real defaults.
const _settings: Settings = DEFAULT_SETTINGS;
void _settings;
