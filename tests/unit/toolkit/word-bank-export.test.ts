import { describe, expect, it } from 'vitest';
import { addEntry, normalizeBank, type WordBankEntry } from '@/lib/word-bank/entry';
import { markWordInSentence, toAnkiTsv, toCsv } from '@/lib/word-bank/export';

const entry = (fields: Partial<WordBankEntry>): WordBankEntry => ({
  word: '重塑',
  reading: 'chóngsù',
  definition: 'to reconstruct; to remodel',
  sentence: '推进城乡融合，重塑城乡关系。',
  headline: '乡村振兴圆桌谈',
  url: 'https://example.cn/a?x=1&y=2',
  speaker: '王明',
  savedAt: 1,
  ...fields,
});

describe('the Anki TSV', () => {
  it.each<[string, WordBankEntry[], string]>([
    ['no rows: the header only', [], '#separator:tab\n#html:true\n#columns:word\treading\tdefinition\tsentence\theadline\turl\tspeaker\n'],
    [
      'a plain row, the word in bold in its sentence',
      [entry({})],
      '#separator:tab\n#html:true\n#columns:word\treading\tdefinition\tsentence\theadline\turl\tspeaker\n' +
        '重塑\tchóngsù\tto reconstruct; to remodel\t推进城乡融合，<b>重塑</b>城乡关系。\t乡村振兴圆桌谈\thttps://example.cn/a?x=1&amp;y=2\t王明\n',
    ],
    [
      'a tab, a newline and quotes in fields: quoted, quotes doubled, newline as <br>',
      [entry({ word: '乡长', reading: 'xiāngzhǎng', definition: 'village head\t(official)', sentence: '他说："乡长\n来了"', headline: 'A "quoted" title', speaker: '' })],
      '#separator:tab\n#html:true\n#columns:word\treading\tdefinition\tsentence\theadline\turl\tspeaker\n' +
        '乡长\txiāngzhǎng\t"village head\t(official)"\t他说：&quot;<b>乡长</b><br>来了&quot;\tA &quot;quoted&quot; title\thttps://example.cn/a?x=1&amp;y=2\t\n',
    ],
    [
      'page markup in a sentence stays text',
      [entry({ word: '城乡', sentence: '<img src=x onerror=alert(1)>城乡', definition: 'a < b', headline: 'h', url: 'u', speaker: 's' })],
      '#separator:tab\n#html:true\n#columns:word\treading\tdefinition\tsentence\theadline\turl\tspeaker\n' +
        '城乡\tchóngsù\ta &lt; b\t&lt;img src=x onerror=alert(1)&gt;<b>城乡</b>\th\tu\ts\n',
    ],
  ])('%s', (_, rows, expected) => {
    expect(toAnkiTsv(rows)).toBe(expected);
    // A field per column: every row line has seven fields once quoted fields are taken whole.
    for (const line of toAnkiTsv(rows).split('\n').slice(3, -1)) {
      expect(line.replace(/"(?:[^"]|"")*"/g, 'Q').split('\t')).toHaveLength(7);
    }
  });

  it('marks the first occurrence of the word only, and leaves a sentence without it unmarked', () => {
    expect(markWordInSentence('城乡城乡', '城乡')).toBe('<b>城乡</b>城乡');
    expect(markWordInSentence('没有', '城乡')).toBe('没有');
    expect(markWordInSentence('a&b', '')).toBe('a&amp;b');
  });
});

describe('the CSV', () => {
  it.each<[string, WordBankEntry[], string]>([
    ['no rows: the header only', [], 'word,reading,definition,sentence,headline,url,speaker\r\n'],
    [
      'plain fields as they are',
      [entry({})],
      'word,reading,definition,sentence,headline,url,speaker\r\n' +
        '重塑,chóngsù,to reconstruct; to remodel,推进城乡融合，重塑城乡关系。,乡村振兴圆桌谈,https://example.cn/a?x=1&y=2,王明\r\n',
    ],
    [
      'commas, quotes and newlines quoted (RFC 4180), no markup',
      [entry({ definition: 'to remodel, to reshape', sentence: '他说"重塑"\n好', headline: '<b>x</b>', speaker: '' })],
      'word,reading,definition,sentence,headline,url,speaker\r\n' +
        '重塑,chóngsù,"to remodel, to reshape","他说""重塑""\n好",<b>x</b>,https://example.cn/a?x=1&y=2,\r\n',
    ],
  ])('%s', (_, rows, expected) => {
    expect(toCsv(rows)).toBe(expected);
  });
});

describe('the stored bank', () => {
  it('repairs what is stored: entries without a word dropped, bad fields emptied', () => {
    expect(normalizeBank([{ word: '城乡', reading: 3, savedAt: 'x' }, { reading: 'a' }, null, '乡长'])).toEqual([
      { word: '城乡', reading: '', definition: '', sentence: '', headline: '', url: '', speaker: '', savedAt: 0 },
    ]);
    expect(normalizeBank({})).toEqual([]);
  });

  it('saving the same word in the same sentence again replaces it; another sentence is another entry', () => {
    const a = entry({ savedAt: 1 });
    const b = entry({ savedAt: 2, reading: 'chóng sù' });
    const c = entry({ sentence: '重塑关系。', savedAt: 3 });
    expect(addEntry(addEntry([a], b), c)).toEqual([b, c]);
  });
});
