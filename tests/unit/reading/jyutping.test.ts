import { beforeAll, describe, expect, it } from 'vitest';
import toJyutping from 'to-jyutping';
import { readJyutping, toJyutpingSegments, type JyutpingSource } from '@/lib/reading/jyutping';
import { buildSenseIndex, findSense, JYUTPING_SENSES } from '@/lib/reading/jyutping-senses';
import { loadJyutping } from '@/lib/reading/jyutping-load';
import { buildJyutpingTableText } from '../../../scripts/build-jyutping-table';
import { createReadingEngine } from '@/lib/reading/reading-engine';
import type { ReadingEngine } from '@/lib/reading/contract';

const JYUTPING = /^(?:[bpmfdtnlgkhwzcsj]|ng|gw|kw)?(?:aa|a|e|i|o|u|oe|eo|yu)?(?:i|u|m|n|ng|p|t|k)?[1-6]$/;

let engine: ReadingEngine<true>;
beforeAll(async () => {
  const source = await loadJyutping(async () => buildJyutpingTableText());
  engine = createReadingEngine({ jyutping: () => source });
});

/** The Jyutping of `word` where it stands in `text` (the first time). */
function readingOf(text: string, word: string, names: string[] = []): string {
  const readings = engine.read([text], names, { notation: 'jyutping' })[0]!.flatMap((s) => s.readings);
  const at = Array.from(text.slice(0, text.indexOf(word))).length;
  return readings.slice(at, at + Array.from(word).length).join(' ');
}

describe('the Jyutping sense table', () => {
  it('holds Jyutping syllables, both script forms, one sense per character, reading and context', () => {
    const seen = new Set<string>();
    for (const s of JYUTPING_SENSES) {
      expect(s.cantonese.length, s.chars).toBeGreaterThan(0);
      for (const r of s.cantonese) expect(r, `${s.chars} ${s.mandarin}`).toMatch(JYUTPING);
      expect(s.why.length, s.chars).toBeGreaterThan(3);
      for (const ch of Array.from(s.chars)) {
        const key = `${ch}|${s.mandarin ?? '*'}|${s.after ?? ''}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  // [sentence (our own), word, Jyutping]: the Mandarin reading in context picks the Cantonese sense.
  const SENSES: Array<[string, string, string]> = [
    ['他们决定重塑城市形象。', '重塑', 'cung4 sou3'],
    ['政府要重新规划。', '重新', 'cung4 san1'],
    ['这件事很重要。', '重要', 'zung6 jiu3'],
    ['银行行长出席会议。', '银行行长', 'ngan4 hong4 hong4 zoeng2'],
    ['行人过马路要小心。', '行人', 'hang4 jan4'],
    ['孩子长大了。', '长大', 'zoeng2 daai6'],
    ['这是长期的问题。', '长期', 'coeng4 kei4'],
    ['她喜欢音乐。', '音乐', 'jam1 ngok6'],
    ['祝你快乐。', '快乐', 'faai3 lok6'],
    ['这里的东西很便宜。', '便宜', 'pin4 ji2'],
    ['交通很方便。', '方便', 'fong1 bin6'],
    ['统计处公布数字。', '统计处', 'tung2 gai3 cyu3'],
    ['问题正在处理。', '处理', 'cyu5 lei5'],
    ['我认为可以。', '认为', 'jing6 wai4'],
    ['为了孩子。', '为了', 'wai6 liu5'],
    ['家里有一只猫。', '一只', 'jat1 zek3'],
    ['我只有十元。', '只有', 'zi2 jau5'],
    ['他只屬少數。', '只屬', 'zi2 suk6'],
    ['我曾经去过。', '曾经', 'cang4 ging1'],
    ['记者调查此事。', '调查', 'diu6 caa4'],
    ['价格已经调整。', '调整', 'tiu4 zing2'],
    ['敌军投降了。', '投降', 'tau4 hong4'],
    ['气温下降。', '下降', 'haa6 gong3'],
    ['人参很贵。', '人参', 'jan4 sam1'],
    ['欢迎参加。', '参加', 'caam1 gaa1'],
    ['你的爱好是什么？', '爱好', 'oi3 hou3'],
    ['睡觉以前。', '睡觉', 'seoi6 gaau3'],
    ['每名市民可以申请。', '名', 'ming4'],
    // Where the sense allows two readings, to-jyutping's spoken one stays.
    ['我没有时间。', '时间', 'si4 gaan3'],
    ['期间不得进入。', '期间', 'kei4 gaan1'],
    ['请出示身份证。', '身份', 'san1 fan2'],
    ['他翻了口供。', '口供', 'hau2 gung1'],    // Mandarin misreadings fixed at their cause (the pinyin word list), and 载 zǎi "record/upload" zoi3.
    ['他把影片上載到網上。', '載', 'zoi3'],
    ['史书记载了此事。', '记载', 'gei3 zoi3'],
    ['一年半载就好。', '半载', 'bun3 zoi2'],
    ['公眾假日照常開放。', '假日', 'gaa3 jat6'],
    ['這間公司的業績冠絕同業。', '冠絕', 'gun3 zyut6'],
    ['他在會計師行工作。', '會計師行', 'wui6 gai3 si1 hong4'],
    ['球隊重奪冠軍。', '重奪', 'cung4 dyut6'],
    ['房屋供應量持續上升。', '供應量', 'gung1 jing3 loeng6'],
    ['當局應考慮延長開放時間。', '應', 'jing1'],
    ['經濟重上正軌。', '重', 'cung4'],
    ['他的體重上升了。', '體重', 'tai2 cung5'],
  ];
  it.each(SENSES)('%s: %s → %s', (text, word, expected) => {
    expect(readingOf(text, word)).toBe(expected);
  });

  it('reads a name the way its Mandarin name reading says (曾 the surname is zang1)', () => {
    expect(readingOf('曾志明表示支持。', '曾', ['曾志明'])).toBe('zang1');
    expect(readingOf('他曾表示支持。', '曾')).toBe('cang4');
  });

  it('does better than to-jyutping alone where its lexicon picks another sense', () => {
    // The reason the table exists: to-jyutping reads 重塑 with 重 "heavy".
    expect(toJyutping.getJyutpingList('重塑')[0]![1]).toBe('cung5');
    expect(readingOf('重塑', '重塑')).toBe('cung4 sou3');
  });
});

describe('the choice between to-jyutping and the table', () => {
  // A stand-in source, to check the rule itself: what it picks, and its candidates in order.
  const fake = (picks: Record<string, string | null>, candidates: Record<string, string[]> = {}): JyutpingSource => ({
    getJyutpingList: (text) => Array.from(text, (c) => [c, picks[c] ?? null]),
    getJyutpingCandidates: (text) => Array.from(text, (c) => [c, candidates[c] ?? []]),
  });

  it('keeps the pick when it is one of the sense readings, else the first candidate of the sense, else the table', () => {
    expect(readJyutping('重', ['zhòng'], fake({ 重: 'cung5' }))).toEqual(['cung5']);
    expect(readJyutping('重', ['chóng'], fake({ 重: 'cung5' }, { 重: ['cung5', 'zung6', 'cung4'] }))).toEqual(['cung4']);
    expect(readJyutping('重', ['zhòng'], fake({ 重: 'cung4' }, { 重: ['cung4', 'cung5', 'zung6'] }))).toEqual(['cung5']);
    expect(readJyutping('重', ['chóng'], fake({ 重: null }))).toEqual(['cung4']);
  });

  it('leaves characters the table does not hold, or read without Mandarin, to to-jyutping', () => {
    expect(readJyutping('佢重', [null, null], fake({ 佢: 'keoi5', 重: 'cung5' }))).toEqual(['keoi5', 'cung5']);
    expect(readJyutping('ab', [null, null], fake({}))).toEqual([null, null]);
  });

  it('looks at the character before only where a sense asks for it', () => {
    const index = buildSenseIndex();
    expect(findSense(index, '只', 'zhī', '这')?.cantonese).toEqual(['zek3']);
    expect(findSense(index, '只', 'zhī', '')).toBeUndefined();
    expect(findSense(index, '名', 'míng', '3')?.cantonese).toEqual(['ming4']);
    expect(findSense(index, '名', 'míng', '姓')).toBeUndefined();
  });

  it('keeps segments as they were cut, non-word runs unread', () => {
    const segments = [
      { text: '重塑', readings: ['chóng', 'sù'], word: true },
      { text: ' ok ', readings: [null, null, null, null], word: false },
    ];
    const out = toJyutpingSegments(segments, fake({ 重: 'cung5', 塑: 'sou3' }));
    expect(out).toEqual([
      { text: '重塑', readings: ['cung4', 'sou3'], word: true },
      { text: ' ok ', readings: [null, null, null, null], word: false },
    ]);
  });
});

describe('Cantonese-only characters', () => {
  // Our own colloquial sentences: characters Mandarin has no word for read as Cantonese speaks them.
  const ROWS: Array<[string, string, string]> = [
    ['佢話今日唔得閒。', '佢', 'keoi5'],
    ['呢本係我嘅書。', '嘅', 'ge3'],
    ['我食咗飯喇。', '咗', 'zo2'],
    ['俾啲時間我。', '啲', 'di1'],
    ['今日冇落雨。', '冇', 'mou5'],
    ['我哋一齊去。', '哋', 'dei6'],
    ['有啲嘢要做。', '嘢', 'je5'],
    ['噉就唔使擔心。', '噉', 'gam2'],
  ];
  it.each(ROWS)('%s: %s → %s', (text, char, expected) => {
    expect(readingOf(text, char)).toBe(expected);
  });

  it('reads a whole colloquial sentence, every Han character', () => {
    const segments = engine.read(['佢哋嘅嘢食咗啲，冇噉講。'], [], { notation: 'jyutping' })[0]!;
    expect(segments.flatMap((s) => s.readings)).toEqual(['keoi5', 'dei6', 'ge3', 'je5', 'sik6', 'zo2', 'di1', null, 'mou5', 'gam2', 'gong2', null]);
  });
});

describe('the engine with Jyutping', () => {
  it('answers Mandarin unless Jyutping is asked for, and says so when to-jyutping is not loaded', () => {
    const bare = createReadingEngine();
    expect(bare.read(['重塑'])[0]![0]!.readings).toEqual(['chóng', 'sù']);
    expect(bare.read(['重塑'], [], { notation: 'zhuyin' })[0]![0]!.readings).toEqual(['chóng', 'sù']);
    expect(() => bare.read(['重塑'], [], { notation: 'jyutping' })).toThrow(/not loaded/);
  });

  it('covers each text exactly, the same cuts as the Mandarin reading', () => {
    const text = '重塑渠道, 2026年DuBao！';
    const jyut = engine.read([text], [], { notation: 'jyutping' })[0]!;
    const mandarin = engine.read([text])[0]!;
    expect(jyut.map((s) => s.text)).toEqual(mandarin.map((s) => s.text));
    expect(jyut.map((s) => s.text).join('')).toBe(text);
    expect(jyut[1]!.readings).toEqual(['keoi4', 'dou6']);
  });
});
