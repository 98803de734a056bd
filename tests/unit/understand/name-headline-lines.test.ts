/**
 * Vox pops with a headline on the name's line (lib/understand/name-headline-lines.ts): "黎先生 盼修好老街",
 * the words below. Texts written here, in the layout of Hong Kong street-interview pages.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { matchNameHeadline } from '@/lib/understand/name-headline-lines';

type Row = [name: string | null, role: string | null];
const speakers = (o: Outline): Row[] => o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));

describe('matchNameHeadline', () => {
  const rows: Array<[string, string | null]> = [
    ['黎先生 盼修好老街 方便街坊', '黎先生'],
    ['岑太 支持延長開放', '岑太'],
    ['陳國偉 投票選實事', '陳國偉'],
    ['市民 黎先生', null], // a role and a name: another format
    ['盼修好老街 方便街坊', null], // no name
    ['黎先生：盼修好老街', null], // a colon: a label proper
    ['黎先生 盼修好老街。', null], // a sentence
  ];
  it.each(rows)('%s', (text, name) => expect(matchNameHeadline(text)?.name ?? null).toBe(name));
});

describe('name-and-headline vox pops in a text', () => {
  const lead = [
    '街坊：老街要修好',
    '2024-03-02',
    '老街的石板路坑坑窪窪已有多年，記者昨日在區內隨機訪問街坊，大家都盼望工程盡快展開。',
  ];
  it('two such lines over first-person words make two voices (the last may be cut short)', () => {
    const o = analyzeText(
      [
        ...lead,
        '黎先生 盼修好老街 方便街坊',
        '我在這裏住了三十年，每天買菜都要經過這條路，下雨天特別難走，老人家摔倒過好幾次，希望政府盡快動工。',
        '岑太 支持延長工期 做好為止',
        '工程慢一點不要緊，最重要是做得好，不要修完一年又要再挖，我們街坊都願意忍耐一下，只要',
      ].join('\n'),
    );
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['黎先生', null],
      ['岑太', null],
    ]);
  });
  it('one such line is a caption-like title, not a feature', () => {
    const o = analyzeText([...lead, '黎先生 盼修好老街 方便街坊', '我在這裏住了三十年，每天買菜都要經過這條路，下雨天特別難走，希望政府盡快動工。'].join('\n'));
    expect(o.detected).toBe(false);
  });
});
