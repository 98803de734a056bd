import { beforeAll, describe, expect, it } from 'vitest';
import { buildDictionaryText } from '../../../scripts/build-dictionary';
import { bandOfRank, compileDictionary, parseCedict } from '@/lib/dictionary/compile';
import { loadDictionary, segmentByDictionary, wordAtByDictionary, type Dictionary } from '@/lib/dictionary/dictionary';
import { buildCard } from '@/lib/dictionary/card-data';
import { markDefinition, markPinyin, markSyllable } from '@/lib/dictionary/pinyin-marks';

let dict: Dictionary;
beforeAll(() => {
  dict = loadDictionary(buildDictionaryText());
}, 60_000);

describe('numbered pinyin → tone marks', () => {
  it.each([
    ['chong2', 'chóng'],
    ['zhong4', 'zhòng'],
    ['lu:4', 'lǜ'],
    ['nu:3', 'nǚ'],
    ['gou3', 'gǒu'],
    ['xiang1', 'xiāng'],
    ['liu2', 'liú'],
    ['gui4', 'guì'],
    ['de5', 'de'],
    ['Bei3', 'Běi'],
    ['er2', 'ér'],
    ['r5', 'r'],
    ['xx5', 'xx'],
    ['A', 'A'],
  ])('%s → %s', (numbered, marked) => expect(markSyllable(numbered)).toBe(marked));

  it('joins a word and marks references inside definitions', () => {
    expect(markPinyin('chong2 su4')).toBe('chóngsù');
    expect(markDefinition('CL:個|个[ge4]')).toBe('CL:個|个[gè]');
    expect(markDefinition('see 重新[chong2 xin1]')).toBe('see 重新[chóng xīn]');
  });
});

describe('compiling CC-CEDICT', () => {
  const sample = [
    '# CC-CEDICT',
    '#! date=2026-09-10T07:14:51Z',
    '重塑 重塑 [chong2 su4] /to reconstruct (an art object)/to remodel/',
    '鄉長 乡长 [xiang1 zhang3] /village chief/mayor (of village or township)/',
    'broken line',
  ].join('\n');

  it('parses entries and skips comments and malformed lines', () => {
    const { entries, date } = parseCedict(sample);
    expect(date).toBe('2026-09-10T07:14:51Z');
    expect(entries).toEqual([
      { traditional: '重塑', simplified: '重塑', pinyin: 'chong2 su4', definitions: ['to reconstruct (an art object)', 'to remodel'] },
      { traditional: '鄉長', simplified: '乡长', pinyin: 'xiang1 zhang3', definitions: ['village chief', 'mayor (of village or township)'] },
    ]);
  });

  it('writes one line per entry with HSK level and band, the traditional form only when it differs', () => {
    const text = compileDictionary({ cedict: sample, hsk: new Map([['乡长', 5]]), ranks: new Map([['重塑', 12_000]]) });
    expect(text.split('\n')).toEqual([
      '#dubao-dict 1\t2\t2026-09-10T07:14:51Z',
      '重塑\t\tchong2 su4\tto reconstruct (an art object)/to remodel\t\t4',
      '乡长\t鄉長\txiang1 zhang3\tvillage chief/mayor (of village or township)\t5\t',
      '',
    ]);
  });

  it.each([
    [1, 1],
    [1000, 1],
    [1001, 2],
    [3000, 2],
    [10_000, 3],
    [30_000, 4],
    [30_001, 5],
    [undefined, null],
    [0, null],
  ])('rank %s is band %s', (rank, band) => expect(bandOfRank(rank)).toBe(band));

  it('rejects a file that is not ours', () => {
    expect(() => loadDictionary('110 110 [yao1] /x/\n')).toThrow();
  });
});

describe('the compiled dictionary (the real 2026 CC-CEDICT)', () => {
  it('holds the whole of CC-CEDICT', () => {
    expect(dict.size).toBeGreaterThan(120_000);
    expect(dict.date).toMatch(/^2026-/);
  });

  it.each([
    ['城乡', '城鄉', 'cheng2 xiang1', /city and countryside/],
    ['重塑', '重塑', 'chong2 su4', /remodel/],
    ['乡长', '鄉長', 'xiang1 zhang3', /village chief/],
    ['发展', '發展', 'fa1 zhan3', /development/],
  ])('%s: traditional %s, %s', (word, trad, pinyin, def) => {
    const [entry] = dict.lookup(word);
    expect(entry!.traditional).toBe(trad);
    expect(entry!.pinyin).toBe(pinyin);
    expect(entry!.definitions.join('/')).toMatch(def);
  });

  it.each([
    ['城鄉', '城乡'],
    ['鄉長', '乡长'],
    ['發展', '发展'],
    ['經濟', '经济'],
  ])('finds the traditional headword %s (simplified %s)', (trad, simp) => {
    expect(dict.lookup(trad).map((e) => e.simplified)).toContain(simp);
  });

  it('knows HSK levels and frequency bands where the lists have the word', () => {
    expect(dict.lookup('发展')[0]).toMatchObject({ hsk: 4, band: 1 });
    expect(dict.lookup('我')[0]).toMatchObject({ hsk: 1, band: 1 });
    expect(dict.lookup('城乡')[0]!.hsk).toBeNull();
  });

  it('returns nothing for what it does not list', () => {
    expect(dict.lookup('hello')).toEqual([]);
    expect(dict.lookup('')).toEqual([]);
  });

  it.each([
    // text, position, expected word
    ['推进城乡融合发展', 2, '城乡'],
    ['推进城乡融合发展', 3, '城乡'],
    ['重塑城乡关系', 0, '重塑'],
    ['重塑城乡关系', 1, '重塑'],
    ['他当了乡长', 3, '乡长'],
    ['他当了乡长', 4, '乡长'],
    ['推进城乡融合发展', 0, '推进'],
    ['中华人民共和国成立', 2, '中华人民共和国'],
    ['他当了乡长。', 5, null],
  ])('the dictionary word in %s at %i is %s', (text, at, word) => {
    const m = wordAtByDictionary(dict, text, at);
    if (word === null) return expect(m === null || text.slice(m.start, m.end) === '。').toBe(true);
    if (!m) throw new Error('no word');
    expect(text.slice(m.start, m.end)).toBe(word);
  });

  it('segments a run by the dictionary, covering it exactly', () => {
    const text = '城乡融合发展重塑乡村';
    const parts = segmentByDictionary(dict, text).map((p) => text.slice(p.start, p.end));
    expect(parts.join('')).toBe(text);
    expect(parts).toContain('城乡');
    expect(parts).toContain('重塑');
  });
});

describe('the card for a word in context', () => {
  it('puts the context reading of 重塑 (chóngsù) first', () => {
    const card = buildCard(dict, { text: '重塑', readings: ['chóng', 'sù'], offset: 1 })!;
    expect(card).toMatchObject({ word: '重塑', reading: 'chóngsù', start: 0, end: 2, name: false });
    expect(card.senses[0]).toMatchObject({ reading: 'chóngsù', inContext: true });
    expect(card.senses[0]!.definitions).toContain('to remodel');
    expect(card.chars.map((c) => [c.char, c.reading])).toEqual([
      ['重', 'chóng'],
      ['塑', 'sù'],
    ]);
    // 重 read chóng here: its gloss is "again", not "heavy".
    expect(card.chars[0]!.gloss).toMatch(/repeat|again/);
    expect(card.chars[0]!.gloss).not.toMatch(/heavy/);
  });

  it('lists the other readings of 重 as such, after the one in context', () => {
    const card = buildCard(dict, { text: '重', readings: ['zhòng'], offset: 0 })!;
    expect(card.senses[0]).toMatchObject({ reading: 'zhòng', inContext: true });
    expect(card.senses[0]!.definitions).toContain('heavy');
    const other = card.senses.filter((s) => !s.inContext).map((s) => s.reading);
    expect(other).toContain('chóng');
    expect(card.hsk).toBe(4);
  });

  it('gives the other script and the characters of 乡长', () => {
    const card = buildCard(dict, { text: '乡长', readings: ['xiāng', 'zhǎng'], offset: 0 })!;
    expect(card.otherForms).toEqual(['鄉長']);
    expect(card.chars[1]).toMatchObject({ char: '长', reading: 'zhǎng' });
    expect(card.chars[1]!.gloss).toMatch(/chief|head|elder|grow/);
    expect(card.chars[1]!.gloss).not.toMatch(/^length/);
  });

  it('looks up a traditional word and offers the simplified form', () => {
    const card = buildCard(dict, { text: '城鄉', readings: ['chéng', 'xiāng'], offset: 0 })!;
    expect(card.otherForms).toEqual(['城乡']);
    expect(card.senses[0]!.definitions).toContain('city and countryside');
  });

  it('narrows a run the dictionary does not list to its word under the pointer', () => {
    const card = buildCard(dict, { text: '城乡融合区', readings: ['chéng', 'xiāng', 'róng', 'hé', 'qū'], offset: 3 })!;
    expect(card.word).toBe('融合');
    expect(card).toMatchObject({ start: 2, end: 4, reading: 'rónghé' });
  });

  it('carries the Jyutping the ruby shows, cut to the word under the pointer, and none that does not fit the text', () => {
    const card = buildCard(dict, {
      text: '城乡融合区',
      readings: ['chéng', 'xiāng', 'róng', 'hé', 'qū'],
      jyutping: ['sing4', 'hoeng1', 'jung4', 'hap6', 'keoi1'],
      offset: 3,
    })!;
    expect(card).toMatchObject({ word: '融合', reading: 'rónghé', jyutping: 'jung4 hap6' });
    expect(card.chars.map((c) => c.jyutping)).toEqual(['jung4', 'hap6']);
    const short = buildCard(dict, { text: '重塑', readings: ['chóng', 'sù'], jyutping: ['cung4'], offset: 0 })!;
    expect(short.jyutping).toBeUndefined();
    expect(short.chars.every((c) => c.jyutping === undefined)).toBe(true);
    expect(buildCard(dict, { text: '重塑', readings: ['chóng', 'sù'], offset: 0 })!.jyutping).toBeUndefined();
  });

  it('keeps a name whole and reads it as the page does', () => {
    const card = buildCard(dict, { text: '单雄', readings: ['Shàn', 'xióng'], offset: 0, name: true })!;
    expect(card).toMatchObject({ word: '单雄', reading: 'Shànxióng', name: true });
    expect(card.chars[0]!.char).toBe('单');
    expect(card.chars[0]!.gloss).toMatch(/surname Shan/i);
  });

  it('treats tone sandhi as the dictionary reading (不 bú before a fourth tone)', () => {
    const card = buildCard(dict, { text: '不', readings: ['bú'], offset: 0 })!;
    expect(card.senses[0]).toMatchObject({ reading: 'bú', inContext: true });
    expect(card.senses[0]!.definitions.join(' ')).toMatch(/not/);
  });

  it('answers calmly for text that is not Chinese', () => {
    expect(buildCard(dict, { text: 'abc', readings: [null, null, null], offset: 1 })).toBeNull();
    expect(buildCard(dict, { text: '', readings: [], offset: 0 })).toBeNull();
    expect(buildCard(dict, { text: '<b>', readings: [null, null, null], offset: 99 })).toBeNull();
  });
});
