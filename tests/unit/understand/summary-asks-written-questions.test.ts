/**
 * The asks line on a legislator's written questions: "可否…？", "能否…？" put to someone, and "會否/有否…？" asked of
 * the authorities named before them, are requests; a question of what people will do or whether something works asks
 * nothing. Sentences written for these tests, in simplified and traditional script.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';

const asksOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).asks;

describe('asks: written questions put to someone', () => {
  it.each([
    ['當局會否降低長者公寓的月費，並增加送餐服務？', '當局會否降低長者公寓的月費，並增加送餐服務'],
    ['政府会否增加社区食堂的补贴？', '政府会否增加社区食堂的补贴'],
    ['政策上可否放寬外地導遊的聘用限制？', '政策上可否放寬外地導遊的聘用限制'],
    ['学校能否在周末开放操场给居民使用？', '学校能否在周末开放操场给居民使用'],
  ])('%s', (text, ask) => {
    expect(asksOf(text)).toEqual([ask]);
  });

  it.each([
    // what people will do, whether something works or will happen: no one is asked
    '市民會否買單，仍要觀察。',
    '这样能否解决问题？',
    '能否成功还要看天气。',
    '新措施會否影響樓價？',
  ])('asks nothing in %s', (text) => {
    expect(asksOf(text)).toEqual([]);
  });
});
