/**
 * Two people, one answering the other ("對此，某某回應指出", "对此…反驳"), is a dispute a story reports, not a
 * pair's views (judge-roundup.ts answersTheOther; prose-judge.ts). Two people each giving a view stay a pair.
 * Texts written here, simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { answersTheOther } from '@/lib/understand/judge-roundup';

describe('answersTheOther', () => {
  it.each([
    ['對此，民進黨立委林大文回應指出，油價機制一向如此。', true],
    ['对此，市交通局副局长王明反驳说，票价并未上涨。', true],
    ['對此，黃議員則回擊，政府只懂推卸責任。', true],
    ['对此，不少市民表示欢迎。', false],
    ['他回应记者提问时表示，方案仍在研究。', false],
    ['对此次调整，商户普遍表示理解。', false],
  ])('%s → %s', (text, want) => expect(answersTheOther([text])).toBe(want));
});

describe('the judgement: a dispute of two is not a feature', () => {
  const story = (answer: string) =>
    [
      '油價調漲引發藍綠交鋒',
      `國際油價波動，中油宣布汽油每公升調漲一點五元，但此舉引發民眾黨批評是心理戰術。${answer}民眾黨立委張文華表示，國際油價波動本來就是常態，但政府平時未積極優化能源結構，等到民怨升高時才推出平抑措施。他認為這是一種心理戰術，讓民眾產生政府有在把關油價的印象。民進黨立委林大文指出，油價浮動機制一直以來都是如此，不論哪一黨執政，都是依照相同機制進行調整。她強調，政府本來就有責任透過政策調整油價，以減輕對民生與產業帶來的衝擊。`,
    ].join('\n');

  it.each([
    ['traditional', '對此，民進黨立委林大文也出面回應反擊。'],
    ['simplified marks of the answer', '对此，民進黨立委林大文也出面反驳。'],
  ])('the second voice answering the first (%s)', (_what, answer) => {
    const o = analyzeText(story(answer));
    expect(o.detected).toBe(false);
    expect(o.topics).toEqual([]);
  });
});
