/**
 * The dictionary card under the reader's reading settings, in happy-dom with the real reading engine
 * (to-jyutping's table loaded, as the background has it) and the real compiled dictionary: with
 * Jyutping as the notation the card shows the word's and characters' Jyutping, each syllable with
 * its Cantonese tone (and the ruby's tone colour when colours are on), the senses keep the
 * dictionary's pinyin; the reader's own reading entries change the card's reading as they change
 * the ruby's, also after an entry changes while the page is open. The page is never changed.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDictionaryText } from '../../../scripts/build-dictionary';
import { buildJyutpingTableText } from '../../../scripts/build-jyutping-table';
import { buildCard } from '@/lib/dictionary/card-data';
import { loadDictionary, type Dictionary } from '@/lib/dictionary/dictionary';
import { parseEntries } from '@/lib/entries/parse-entries';
import type { ReadingEngine, ReadingOptions } from '@/lib/reading/contract';
import type { JyutpingSource } from '@/lib/reading/jyutping';
import { loadJyutping } from '@/lib/reading/jyutping-load';
import { createReadingEngine, type LocalReadingEngine } from '@/lib/reading/reading-engine';
import { readingFormatFor, readingOptionsFor } from '@/lib/reading-format';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { createDictionaryUi, type DictionaryUi } from '@/entrypoints/dubao.content/ui/dict/dictionary-ui';
import { LABELS, loadCardHere } from './labels';

let dict: Dictionary;
let jyutping: JyutpingSource;
beforeAll(async () => {
  dict = loadDictionary(buildDictionaryText());
  jyutping = await loadJyutping(async () => buildJyutpingTableText());
}, 60_000);


const PAGE = '<main><p id="a">政府要重塑城鄉關係。</p></main>';

let ui: DictionaryUi;
let shadow: ShadowRoot;
let engine: LocalReadingEngine;
let settings: Settings;
let reads: Array<ReadingOptions | undefined>;

beforeEach(() => {
  document.body.innerHTML = PAGE;
  const host = document.createElement('dubao-ui');
  host.setAttribute('data-dubao', 'ui');
  document.body.appendChild(host);
  shadow = host.attachShadow({ mode: 'open' });
  const root = document.createElement('div');
  shadow.appendChild(root);
  settings = { ...DEFAULT_SETTINGS, notation: 'jyutping', toneColors: true };
  engine = createReadingEngine({ jyutping: () => jyutping });
  reads = [];
  const engines: Pick<ReadingEngine, 'read' | 'convert'> = {
    async read(texts, names, options) {
      reads.push(options);
      return engine.read(texts, names, options);
    },
    convert: async (texts, variant, names) => engine.convert(texts, variant, names),
  };
  ui = createDictionaryUi({
    root,
    labels: LABELS,
    engines,
    names: () => [],
    format: () => readingFormatFor(settings),
    reading: () => readingOptionsFor(settings),
    look: () => ({ toneColors: settings.toneColors }),
    lookup: async (request) => buildCard(dict, request),
    warm: async () => true,
    load: loadCardHere,
  });
  ui.toggle(true);
});

afterEach(() => {
  ui.dispose();
  document.body.innerHTML = '';
});

const card = () => shadow.querySelector<HTMLElement>('[data-dubao-dict]')!;
const text = () => document.getElementById('a')!.firstChild as Text;
const at = (word: string) => text().data.indexOf(word);
const syllables = (el: Element) => [...el.querySelectorAll('[data-tone]')].map((s) => [s.textContent, s.getAttribute('data-tone'), s.getAttribute('class')]);

describe('the card with Jyutping as the notation', () => {
  it('apply → assert → remove: the word and its characters in Jyutping with the ruby’s tones, the senses in pinyin, the page unchanged', async () => {
    const before = document.getElementById('a')!.outerHTML;
    const data = await ui.lookupAt(text(), at('重塑'));
    expect(data).toMatchObject({ word: '重塑', reading: 'chóngsù', jyutping: 'cung4 sou3' });
    expect(data!.chars.map((c) => c.jyutping)).toEqual(['cung4', 'sou3']);
    const el = card();
    expect(el.getAttribute('data-reading')).toBe('chóngsù');
    expect(el.getAttribute('data-jyutping')).toBe('cung4 sou3');
    const head = el.querySelector('.db-dict-reading')!;
    expect(head.textContent).toBe('cung4 sou3');
    expect(head.getAttribute('lang')).toBe('yue-Latn-jyutping');
    expect(syllables(head)).toEqual([
      ['cung4', '4', 'db-dict-jt4'],
      ['sou3', '3', 'db-dict-jt3'],
    ]);
    expect([...el.querySelectorAll('.db-dict-char-reading')].map((r) => r.textContent)).toEqual(['cung4', 'sou3']);
    // The dictionary's senses stay Mandarin: the one read here first, in pinyin.
    expect(el.querySelector('[data-in-context="true"] .db-dict-sense-reading')!.textContent).toBe('chóngsù');
    // Asked as the ruby asks: Mandarin for the senses, Jyutping for what is shown.
    expect(reads).toContainEqual({ notation: 'jyutping' });
    ui.close();
    expect(shadow.querySelector('[data-dubao-dict]')).toBeNull();
    expect(document.getElementById('a')!.outerHTML).toBe(before);
  });

  it('colours the syllables only when tone colours are on', async () => {
    settings = { ...settings, toneColors: false };
    await ui.lookupAt(text(), at('城鄉'));
    expect(card().getAttribute('data-jyutping')).toBe('sing4 hoeng1');
    expect(syllables(card().querySelector('.db-dict-reading')!)).toEqual([
      ['sing4', '4', null],
      ['hoeng1', '1', null],
    ]);
  });

  it('shows pinyin, and no Jyutping, under the pinyin notation', async () => {
    settings = { ...settings, notation: 'pinyin' };
    const data = await ui.lookupAt(text(), at('重塑'));
    expect(data!.jyutping).toBeUndefined();
    expect(card().hasAttribute('data-jyutping')).toBe(false);
    expect(card().querySelector('.db-dict-reading')!.textContent).toBe('chóngsù');
    expect(reads.every((o) => o?.notation !== 'jyutping')).toBe(true);
  });
});

describe('the card with the reader’s own reading entries', () => {
  it('reads the word as the entry says, in pinyin and in Jyutping, and again after the entry changes', async () => {
    engine.setEntries(parseEntries('重塑 → zhòng sù').entries);
    let data = await ui.lookupAt(text(), at('重塑'));
    expect(data).toMatchObject({ word: '重塑', reading: 'zhòngsù' });
    // Jyutping follows the entry's Mandarin sense (重 zhòng "heavy"), never the cung4 of "again".
    expect(data!.jyutping).not.toMatch(/^cung4/);
    expect(card().getAttribute('data-reading')).toBe('zhòngsù');

    // The reader removes the entry: the background's engine has it at once; the card reads anew
    // once told (the content script's entries watch calls forgetReadings).
    engine.setEntries(parseEntries('').entries);
    ui.forgetReadings();
    data = await ui.lookupAt(text(), at('重塑'));
    expect(data).toMatchObject({ reading: 'chóngsù', jyutping: 'cung4 sou3' });
  });

  it('keeps an entry’s word whole on the card (政府要 read as one entry)', async () => {
    settings = { ...settings, notation: 'pinyin' };
    engine.setEntries(parseEntries('政府要 → zhèng fǔ yāo').entries);
    const data = await ui.lookupAt(text(), at('府'));
    expect(data!.reading).toMatch(/^zhèngfǔ/);
  });
});
