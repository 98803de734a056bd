/**
 * The learner's toolkit in the in-page UI, with fake services (a fake speech engine: nothing needs
 * audio): the card's speak / save-word / know-word actions, and read aloud per speaker in the
 * sidebar, clause by clause, each clause's element marked while spoken and given back after.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { CardData, LookupRequest } from '@/lib/dictionary/card-data';
import type { SpeakResult } from '@/lib/speech/messages';
import type { WordBankEntry } from '@/lib/word-bank/entry';
import { createDubaoUi, type DubaoUiOptions } from '@/entrypoints/dubao.content/ui/app';
import { readLabels } from '@/entrypoints/dubao.content/ui/labels';
import { SPEAKING_ATTR } from '@/entrypoints/dubao.content/ui/toolkit/read-aloud';
import { sentenceAround, sentenceOfRange } from '@/entrypoints/dubao.content/ui/toolkit/word-context';
import { useLocale } from '../../helpers/fake-i18n';
import { loadCardHere } from '../dict/labels';
import { FakeController, mountPage, realEngines, seedOutline, settle, shadowContainer } from '../ui/support';

beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('en');
});
afterEach(() => document.body.replaceChildren());

/** A two-character word at the pointer, as a card (the real dictionary is the background's). */
async function fakeLookup(request: LookupRequest): Promise<CardData> {
  const word = request.text.slice(request.offset, request.offset + 2);
  return {
    word,
    start: request.offset,
    end: request.offset + 2,
    reading: 'chéngxiāng',
    name: false,
    senses: [{ reading: 'chéngxiāng', definitions: ['city and countryside', 'urban and rural'], inContext: true }],
    otherForms: [],
    hsk: null,
    band: null,
    chars: [],
  };
}

function setup(voice: SpeakResult = 'done') {
  const analysis = mountPage(seedOutline());
  const { shadow, container } = shadowContainer();
  const spoken: { text: string; lang: string; marked: string[] }[] = [];
  const saved: WordBankEntry[] = [];
  const known: string[] = [];
  let stops = 0;
  const errors: unknown[] = [];
  const ui = createDubaoUi({
    container,
    labels: readLabels(),
    analysis: analysis as DubaoUiOptions['analysis'],
    leadGist: null,
    chinese: true,
    pageScript: 'simplified',
    controller: new FakeController(),
    engines: realEngines(),
    settings: { ...DEFAULT_SETTINGS },
    showLauncher: true,
    onError: (e) => errors.push(e),
    dictionary: { lookup: fakeLookup, warm: async () => true, load: loadCardHere },
    toolkit: {
      speak: async (text, lang) => {
        // What the page shows while this clause is spoken.
        spoken.push({ text, lang, marked: [...document.querySelectorAll(`[${SPEAKING_ATTR}]`)].map((el) => el.textContent ?? '') });
        await settle();
        return voice;
      },
      stopSpeaking: async () => void stops++,
      saveWord: async (entry) => saved.push(entry),
      markKnown: async (words) => void known.push(...words),
    },
  });
  return { ui, shadow, analysis, spoken, saved, known, errors, stops: () => stops };
}

function firstTextWith(root: Element, needle: string): { node: Text; offset: number } {
  const walker = document.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(needle);
    if (at >= 0) return { node: n as Text, offset: at };
  }
  throw new Error(`no ${needle}`);
}

describe('the dictionary card actions', () => {
  it('speak reads the word; save-word keeps word, reading, definition, sentence, headline, URL and speaker; know-word marks it', async () => {
    const { ui, shadow, analysis, spoken, saved, known, errors } = setup();
    // The first statement paragraph with 乡村 in it, and its speaker.
    const refs = analysis.sources.topics.flatMap((t, ti) => t.statements.flatMap((els, si) => els.map((el) => ({ el, ti, si }))));
    const found = refs.find((r) => r.el.textContent!.includes('乡村'))!;
    const statement = found.el;
    const speaker = analysis.outline.topics[found.ti]!.statements[found.si]!.speaker;
    const before = document.body.innerHTML.replace(/<dubao-ui[\s\S]*<\/dubao-ui>/, '');
    ui.toggleDictionary(true);
    const { node, offset } = firstTextWith(statement, '乡村');
    await ui.dictionary.lookupAt(node, offset);
    const card = shadow.querySelector<HTMLElement>('[data-dubao-dict]')!;
    expect(card.getAttribute('data-word')).toBe('乡村');
    const note = () => card.querySelector('.db-dict-note')!.textContent;

    card.querySelector<HTMLButtonElement>('[data-action="speak"]')!.click();
    await settle();
    expect(spoken.map((s) => [s.text, s.lang])).toEqual([['乡村', 'zh-CN']]);
    expect(note()).toBe('');

    card.querySelector<HTMLButtonElement>('[data-action="save-word"]')!.click();
    await settle();
    expect(saved).toHaveLength(1);
    const entry = saved[0]!;
    expect(entry).toMatchObject({
      word: '乡村',
      reading: 'chéngxiāng',
      definition: 'city and countryside; urban and rural',
      headline: '做活城乡融合“大文章” 下好区域协调“一盘棋”',
      url: document.location.href,
      speaker: speaker.name ?? speaker.role,
    });
    // The sentence is the one the word stood in, whole, from the page's text.
    expect(entry.sentence).toContain('乡村');
    expect(statement.textContent).toContain(entry.sentence);
    expect(entry.sentence).toMatch(/[。！？”]$/u);
    expect(note()).toBe('Saved to the word bank (1 words).');

    card.querySelector<HTMLButtonElement>('[data-action="know-word"]')!.click();
    await settle();
    expect(known).toEqual(['乡村']);
    expect(note()).toContain('乡村');
    expect(errors).toEqual([]);
    // Nothing on the page changed.
    expect(document.body.innerHTML.replace(/<dubao-ui[\s\S]*<\/dubao-ui>/, '')).toBe(before);
  });

  it('outside a roundtable statement the speaker is empty; a system without a Chinese voice says so in the card', async () => {
    const { ui, shadow, saved } = setup('no-voice');
    ui.toggleDictionary(true);
    const headline = (document.querySelector('.content p') as HTMLElement);
    const { node, offset } = firstTextWith(headline, '城乡');
    await ui.dictionary.lookupAt(node, offset);
    const card = shadow.querySelector<HTMLElement>('[data-dubao-dict]')!;
    card.querySelector<HTMLButtonElement>('[data-action="save-word"]')!.click();
    card.querySelector<HTMLButtonElement>('[data-action="speak"]')!.click();
    await settle();
    expect(saved[0]!.speaker).toBe('');
    expect(card.querySelector('.db-dict-note')!.textContent).toMatch(/^No Chinese voice on this system/);
  });
});

describe('read aloud per speaker in the sidebar', () => {
  it('reads the statement clause by clause, marking the element being read; the page is given back after', async () => {
    const { ui, shadow, analysis, spoken } = setup();
    const before = document.body.innerHTML.replace(/<dubao-ui[\s\S]*<\/dubao-ui>/, '');
    ui.toggleSidebar(true);
    await ui.refresh();
    const button = shadow.querySelector<HTMLButtonElement>('.db-card[data-card="0:0"] [data-action="speak"]')!;
    expect(button.textContent).toBe('Read this statement aloud');
    button.click();
    expect(button.getAttribute('data-speaking')).toBe('true');
    expect(button.textContent).toBe('Stop reading');
    for (let i = 0; i < 200 && button.getAttribute('data-speaking') === 'true'; i++) await settle();
    const paragraphs = analysis.sources.topics[0]!.statements[0]!;
    const text = paragraphs.map((p) => p.textContent).join('');
    // Every clause, in order, and nothing else: the statement's text is all read.
    expect(spoken.map((s) => s.text).join('')).toBe(text.replace(/\s+/g, ''));
    expect(spoken.length).toBeGreaterThan(3);
    // While each clause was spoken, exactly its paragraph carried our mark.
    for (const s of spoken) {
      expect(s.marked).toHaveLength(1);
      expect(s.marked[0]).toContain(s.text);
    }
    expect(button.getAttribute('data-speaking')).toBe('false');
    expect(document.body.innerHTML.replace(/<dubao-ui[\s\S]*<\/dubao-ui>/, '')).toBe(before);
  });

  it('a second click stops; no Chinese voice shows the message in the sidebar', async () => {
    const { ui, shadow, stops } = setup('no-voice');
    ui.toggleSidebar(true);
    await ui.refresh();
    const button = shadow.querySelector<HTMLButtonElement>('.db-card[data-card="0:0"] [data-action="speak"]')!;
    button.click();
    await settle();
    await settle();
    expect(shadow.textContent).toContain('No Chinese voice on this system');
    expect(document.querySelectorAll(`[${SPEAKING_ATTR}]`)).toHaveLength(0);
    button.click(); // starts again
    button.click(); // and stops
    expect(stops()).toBeGreaterThan(0);
    expect(button.getAttribute('data-speaking')).toBe('false');
  });
});

describe('the sentence around a word', () => {
  it('goes on into the next block when an e-paper cut the paragraph mid-sentence, not past a full stop', () => {
    document.body.innerHTML = '<div><p>上一句。今年,小白乡将立足优势;以环境整治重塑乡</p>\n<p>村肌理,绘就新图景。接下来</p><p>另一段。</p></div>';
    const [first, second] = [...document.querySelectorAll('p')];
    const range = (p: Element, word: string) => {
      const node = p.firstChild as Text;
      const r = document.createRange();
      r.setStart(node, node.data.indexOf(word));
      r.setEnd(node, node.data.indexOf(word) + word.length);
      return r;
    };
    expect(sentenceOfRange(range(first!, '重塑'))).toBe('今年,小白乡将立足优势;以环境整治重塑乡村肌理,绘就新图景。');
    expect(sentenceOfRange(range(second!, '肌理'))).toBe('今年,小白乡将立足优势;以环境整治重塑乡村肌理,绘就新图景。');
    expect(sentenceOfRange(range(second!, '接下来'))).toBe('接下来');
  });

  it.each<[string, string, string]>([
    ['我们要重塑城乡关系。乡长说好。', '城乡', '我们要重塑城乡关系。'],
    ['他说：“要重塑城乡关系。”然后走了。', '城乡', '他说：“要重塑城乡关系。”'],
    ['没有句号的城乡', '城乡', '没有句号的城乡'],
    ['以环境整治重塑乡\n    村肌理。下一句。', '重塑', '以环境整治重塑乡村肌理。'],
    ['DuBao reads\n  news! 城乡', 'reads', 'DuBao reads news!'],
  ])('%s', (text, word, sentence) => {
    const at = text.indexOf(word);
    expect(sentenceAround(text, at, at + word.length)).toBe(sentence);
  });
});

describe('known words in the sidebar', () => {
  it("a topic title's known word is shown without its reading, the text the same, and gets it back when unmarked", async () => {
    const { FakeController } = await import('../ui/support');
    const analysis = mountPage(seedOutline());
    const { shadow, container } = shadowContainer();
    const controller = new FakeController();
    let hidden = new Set<string>();
    const ui = createDubaoUi({
      container,
      labels: readLabels(),
      analysis: analysis as DubaoUiOptions['analysis'],
      leadGist: null,
      chinese: true,
      pageScript: 'simplified',
      controller,
      engines: realEngines(),
      settings: { ...DEFAULT_SETTINGS },
      showLauncher: true,
      readingFilter: () => (hidden.size ? { key: [...hidden].join(), hides: (w) => hidden.has(w) } : null),
    });
    await controller.setPinyin(true);
    ui.toggleSidebar(true);
    await ui.refresh();
    const title = () => shadow.querySelector('#db-topic-0-title .db-topic-text')!;
    const baseText = () => {
      const copy = title().cloneNode(true) as Element;
      copy.querySelectorAll('rt, rp').forEach((el) => el.remove());
      return copy.textContent;
    };
    const text = baseText();
    const readings = () => title().querySelectorAll('rt').length;
    const before = readings();
    expect(before).toBeGreaterThan(0);
    // realEngines reads a whole title as one segment: hiding it takes all its readings.
    hidden = new Set([analysis.outline.topics[0]!.title!]);
    await ui.refresh();
    expect(readings()).toBe(0);
    expect(baseText()).toBe(text);
    expect(text).toBe(analysis.outline.topics[0]!.title);
    hidden = new Set();
    await ui.refresh();
    expect(readings()).toBe(before);
  });
});
