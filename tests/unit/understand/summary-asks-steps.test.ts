/**
 * The asks line on a proposal's steps: measures put as sentences of their own, each opening on a verb of policy, numbered
 * steps ("一是…；二是要…"), and the look-alikes that ask nothing: a measure weighed as a topic, the items a sentence's head
 * frames. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';

const asksOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).asks;

describe('asks: a proposal put as its steps', () => {
  it('reads 建议中… as the verb before whom or what it proposes, not the noun "in the proposal"', () => {
    expect(asksOf('她建议中小学增开书法课，每周至少安排一节。')).toEqual(['她建议中小学增开书法课，每周至少安排一节']);
  });

  it('reads a list of measures with no request word, each sentence opening on its verb', () => {
    expect(asksOf('进一步完善社区图书室的借阅制度，延长周末开放时间。组织开展亲子共读活动，吸引更多家庭参与。')).toEqual([
      '进一步完善社区图书室的借阅制度，延长周末开放时间',
      '组织开展亲子共读活动，吸引更多家庭参与',
    ]);
  });

  it('reads numbered steps, their marker kept, and "不應收…" as should not charge', () => {
    expect(asksOf('一是设立区级青年创业基金，降低贷款门槛；二是要简化小微企业的登记手续；三是社区服务中心不應收取额外费用。')).toEqual([
      '一是设立区级青年创业基金，降低贷款门槛',
      '二是要简化小微企业的登记手续',
      '三是社区服务中心不應收取额外费用',
    ]);
  });

  it('stops where "，即…" says the request again in other words', () => {
    expect(asksOf('必须守住本市的水源保护红线，即不在上游新建化工项目。')).toEqual(['必须守住本市的水源保护红线']);
  });

  it.each([
    // one measure told, then what happened: an event reported, no list
    '开展防汛演练，让村民熟悉撤离路线。去年村里的演练有三百多人参加。',
    // measures weighed as topics
    '推动老街改造，对于带动周边消费意义重大。建立长效管理机制至关重要。',
    // items framed by the sentence's head ("从…入手"), not steps of their own
    '从改善河道水质入手，突出生态化；优化沿岸步道布局，突出休闲化；完善夜间照明设施，突出安全化。',
  ])('asks nothing in %s', (text) => {
    expect(asksOf(text)).toEqual([]);
  });
});
