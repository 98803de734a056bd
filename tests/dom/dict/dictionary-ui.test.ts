/**
 * The dictionary card in happy-dom, with the real reading engine (lib/reading, as the layers use
 * it) and the real compiled dictionary: a lookup shows the card in our shadow root and changes
 * nothing on the page; arrows move word by word (across paragraphs), Esc closes; editable fields
 * are never looked up; page text stays text.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDictionaryText } from '../../../scripts/build-dictionary';
import { buildCard } from '@/lib/dictionary/card-data';
import { loadDictionary, type Dictionary } from '@/lib/dictionary/dictionary';
import { createDictionaryUi, type DictionaryUi } from '@/entrypoints/dubao.content/ui/dict/dictionary-ui';
import { LABELS, loadCardHere } from './labels';
import { createLibSource } from '../layers/source';

let dict: Dictionary;
beforeAll(() => {
  dict = loadDictionary(buildDictionaryText());
}, 60_000);


const PAGE = `<main>
  <p id="a">要重塑城乡关系。</p>
  <p id="b">太谷区小白乡党委副书记、乡长闫万玲表示</p>
  <p id="tricky">&lt;img src=x onerror="alert(1)"&gt;重塑</p>
  <textarea id="ta">城乡发展</textarea>
  <div id="ce" contenteditable="true">城乡发展</div>
  <p id="wrapped"><dubao-text data-dubao="pinyin">推进<ruby data-dubao="">城乡<rt data-dubao="" data-r="chéngxiāng"></rt></ruby>融合</dubao-text></p>
</main>`;

let ui: DictionaryUi;
let shadow: ShadowRoot;
let lookups: number;

function textOf(id: string): Text {
  const el = document.getElementById(id)!;
  const walker = document.createTreeWalker(el, 4);
  return walker.nextNode() as Text;
}

const card = () => shadow.querySelector<HTMLElement>('[data-dubao-dict]');

beforeEach(() => {
  document.body.innerHTML = PAGE;
  const host = document.createElement('dubao-ui');
  host.setAttribute('data-dubao', 'ui');
  document.body.appendChild(host);
  shadow = host.attachShadow({ mode: 'open' });
  const root = document.createElement('div');
  root.className = 'db-root';
  shadow.appendChild(root);
  lookups = 0;
  ui = createDictionaryUi({
    root,
    labels: LABELS,
    engines: createLibSource(),
    names: () => ['闫万玲'],
    format: () => (r) => r,
    lookup: async (request) => {
      lookups++;
      return buildCard(dict, request);
    },
    warm: async () => true,
    load: loadCardHere,
  });
});

afterEach(() => ui.dispose());

const pageHtml = () => [...document.body.children].filter((el) => el.tagName !== 'DUBAO-UI').map((el) => el.outerHTML).join('');

describe('the dictionary card', () => {
  it('is off until switched on; the button says so', async () => {
    expect(ui.button.getAttribute('data-action')).toBe('dict');
    expect(ui.button.getAttribute('aria-pressed')).toBe('false');
    expect(await ui.lookupAt(textOf('a'), 1)).toBeNull();
    expect(card()).toBeNull();
    expect(ui.toggle()).toBe(true);
    expect(ui.button.getAttribute('aria-pressed')).toBe('true');
  });

  it('apply → assert → remove: the card for 重塑 in our shadow root, the page unchanged', async () => {
    const before = pageHtml();
    ui.toggle(true);
    const data = await ui.lookupAt(textOf('a'), 2);
    expect(data?.word).toBe('重塑');
    const el = card()!;
    expect(el.getAttribute('data-word')).toBe('重塑');
    expect(el.getAttribute('data-reading')).toBe('chóngsù');
    const defs = [...el.querySelectorAll('[data-dubao-def]')].map((d) => d.textContent);
    expect(defs).toContain('to remodel');
    expect(el.querySelector('[data-in-context="true"]')).not.toBeNull();
    expect(pageHtml()).toBe(before);
    ui.toggle(false);
    expect(card()).toBeNull();
    expect(shadow.querySelector('.db-dict-mark')).toBeNull();
    expect(pageHtml()).toBe(before);
  });

  it('keeps the card for the same word (no second lookup) and replaces it for another', async () => {
    ui.toggle(true);
    await ui.lookupAt(textOf('a'), 1);
    await ui.lookupAt(textOf('a'), 2);
    expect(lookups).toBe(1);
    await ui.lookupAt(textOf('a'), 3);
    expect(card()!.getAttribute('data-word')).toBe('城乡');
    expect(shadow.querySelectorAll('[data-dubao-dict]')).toHaveLength(1);
  });

  it('moves word by word with the arrows, into the next paragraph, and closes with Esc', async () => {
    ui.toggle(true);
    await ui.lookupAt(textOf('a'), 1);
    const press = (key: string) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const word = () => card()?.getAttribute('data-word') ?? null;
    expect(press('ArrowRight')).toBe(true);
    await vi.waitFor(() => expect(word()).toBe('城乡'));
    press('ArrowRight');
    await vi.waitFor(() => expect(word()).toBe('关系'));
    press('ArrowRight');
    // The next paragraph's first word, as the reading engine segments it.
    await vi.waitFor(() => expect(word()?.startsWith('太')).toBe(true));
    press('ArrowLeft');
    await vi.waitFor(() => expect(word()).toBe('关系'));
    expect(press('Escape')).toBe(true);
    expect(card()).toBeNull();
    // With no card open the keys are the page's.
    expect(press('ArrowRight')).toBe(false);
  });

  it('starts from the selection for a keyboard reader: its first Chinese word', async () => {
    const text = textOf('b');
    const range = document.createRange();
    range.setStart(text, text.data.indexOf('、'));
    range.setEnd(text, text.data.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    expect(await ui.lookupAtSelection()).toBeNull(); // off: nothing
    ui.button.click();
    await vi.waitFor(() => expect(card()?.getAttribute('data-word')).toBe('乡长'));
    window.getSelection()!.removeAllRanges();
  });

  it('reads a name as the page does: 闫万玲 whole, marked as a name', async () => {
    ui.toggle(true);
    const text = textOf('b');
    await ui.lookupAt(text, text.data.indexOf('万'));
    const el = card()!;
    expect(el.getAttribute('data-word')).toBe('闫万玲');
    expect(el.getAttribute('data-reading')!.toLowerCase()).toBe('yánwànlíng');
    expect(el.querySelector('.db-dict-name')?.textContent).toBe('personal name');
    expect([...el.querySelectorAll('.db-dict-char')].map((c) => c.textContent)).toEqual(['闫', '万', '玲']);
  });

  it('reads through the pinyin layer’s wrapper: the word in 推进城乡融合', async () => {
    ui.toggle(true);
    const inRuby = document.querySelector('#wrapped ruby')!.firstChild as Text;
    await ui.lookupAt(inRuby, 0);
    expect(card()!.getAttribute('data-word')).toBe('城乡');
    expect(card()!.getAttribute('data-reading')).toBe('chéngxiāng');
  });

  it('never looks up in a textarea or a contenteditable', async () => {
    ui.toggle(true);
    expect(await ui.lookupAt(document.getElementById('ta')!.firstChild as Text, 0)).toBeNull();
    expect(await ui.lookupAt(textOf('ce'), 0)).toBeNull();
    expect(card()).toBeNull();
    expect(lookups).toBe(0);
  });

  it('keeps page text as text (markup-like text is never parsed)', async () => {
    ui.toggle(true);
    const text = textOf('tricky');
    await ui.lookupAt(text, text.data.indexOf('重'));
    expect(card()!.getAttribute('data-word')).toBe('重塑');
    expect(shadow.querySelector('img')).toBeNull();
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });

  it('without the reading engine, still gives the dictionary’s word and readings (none called "other")', async () => {
    ui.dispose();
    const root = shadow.querySelector('.db-root') as HTMLElement;
    ui = createDictionaryUi({
      root,
      labels: LABELS,
      engines: { read: async () => Promise.reject(new Error('background restarting')), convert: async (t) => [...t] },
      names: () => [],
      format: () => (r) => r,
      lookup: async (request) => buildCard(dict, request),
      warm: async () => true,
      load: loadCardHere,
    });
    ui.toggle(true);
    await ui.lookupAt(textOf('a'), 3);
    const el = card()!;
    expect(el.getAttribute('data-word')).toBe('城乡');
    expect(el.getAttribute('data-reading')).toBe('');
    expect(el.querySelector('.db-dict-reading')!.textContent).toBe('chéngxiāng');
    expect(el.textContent).not.toContain('other reading');
    expect([...el.querySelectorAll('[data-dubao-def]')].map((d) => d.textContent)).toContain('city and countryside');
  });

  it('shows a calm message when the dictionary cannot load, and recovers', async () => {
    let fail = true;
    ui.dispose();
    const root = shadow.querySelector('.db-root') as HTMLElement;
    ui = createDictionaryUi({
      root,
      labels: LABELS,
      engines: createLibSource(),
      names: () => [],
      format: () => (r) => r,
      lookup: async (request) => {
        if (fail) throw new Error('no file');
        return buildCard(dict, request);
      },
      warm: async () => true,
      load: loadCardHere,
    });
    ui.toggle(true);
    expect(await ui.lookupAt(textOf('a'), 1)).toBeNull();
    expect(shadow.querySelector('.db-dict-status')?.textContent).toBe(LABELS.failed);
    fail = false;
    await ui.lookupAt(textOf('a'), 4);
    expect(card()!.getAttribute('data-word')).toBe('城乡');
  });
});
