/**
 * A forum's report, one paragraph per presenter (lib/understand/forum-summaries.ts). Texts written here,
 * in the layout of youth-forum reports; a paragraph that names a presenter without their words is none.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { matchForumSummary } from '@/lib/understand/forum-summaries';

type Row = [name: string | null, role: string | null];
const speakers = (o: Outline): Row[] => o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));

describe('matchForumSummary', () => {
  const rows: Array<[string, Row | null]> = [
    ['北方大学社会学系硕士林晓雯关注的是“网络语言与代际沟通”这一主题，她提出，年轻人的网络用语并非不规范。', ['林晓雯', '北方大学社会学系硕士']],
    ['在经济方面，南江大学钱明远就两地青年就业问题提出几点看法。他认为，两地应互认职业资格。', ['钱明远', '南江大学']],
    ['在历史研究方面，东海师范大学历史学系杜文轩回顾了两地通邮的历史。他表示，这段历史值得重新梳理。', ['杜文轩', '东海师范大学历史学系']],
    ['北方大学社会学系硕士林晓雯关注的是“网络语言与代际沟通”这一主题，论文获得好评。', null], // no words of hers
    ['在经济方面，与会者就两地青年就业问题提出几点看法。他认为，两地应互认职业资格。', null], // nobody named
  ];
  it.each(rows)('%s', (text, want) => {
    const m = matchForumSummary(text);
    expect(m && [m.name, m.role]).toEqual(want);
  });
});

describe('forum reports in a text', () => {
  it('three presenters, a paragraph each, make a round-up', () => {
    const o = analyzeText(
      [
        '两地青年学者论坛在京举行',
        '北方大学社会学系硕士林晓雯关注的是“网络语言与代际沟通”这一主题，她提出，年轻人的网络用语并非不规范，而是一种新的表达。',
        '在经济方面，南江大学钱明远就两地青年就业问题提出几点看法。他认为，两地应互认职业资格，方便青年流动。',
        '在历史研究方面，东海师范大学历史学系杜文轩回顾了两地通邮的历史。他表示，这段历史值得重新梳理，史料还有很多空白。',
      ].join('\n'),
    );
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['林晓雯', '北方大学社会学系硕士'],
      ['钱明远', '南江大学'],
      ['杜文轩', '东海师范大学历史学系'],
    ]);
  });
});
