/**
 * Edges of saved page beginnings (classify-lines.ts): a site's dateline "某某网消息：" opens the lead and
 * names no speaker; an answer cut short by the excerpt (clauses, no full stop) is still a guest's. Texts
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';

const names = (text: string) => analyzeText(text).topics.flatMap((t) => t.statements.map((s) => s.speaker.name ?? `(${s.speaker.role})`));

describe('excerpt edges', () => {
  it('a dateline "某某网消息：" is the lead, not a voice', () => {
    const text = [
      '春运返乡大数据',
      '北方网消息：大数据分析显示，今年春运返乡人均距离为五百公里，短途返乡占比三成以上。',
      '旅客王女士：今年买票比往年顺利，提前两周就抢到了。',
      '旅客赵先生：我坐了二十个小时的车，还好有卧铺，不算太累。',
      '旅客钱阿姨：孩子们都回来了，一家人团团圆圆最重要。',
    ].join('\n');
    expect(analyzeText(text).detected).toBe(true);
    expect(names(text)).toEqual(['王女士', '赵先生', '钱阿姨']);
  });

  it('a guest whose answer the excerpt cuts short is still a guest', () => {
    const text = [
      '对话：经济学家谈消费',
      '主持人：今年的消费会不会回暖？',
      '樊明：我认为会逐步回暖，但是速度不会太快，关键在于收入预期。',
      '李刚：我同意樊明的看法，另外服务消费的潜力更大。',
      '钟毅：刚才两位讲的那段话，实际上说的是居民收入和消费之间的关系，我想从另一个角度补充一点，就是',
    ].join('\n');
    expect(names(text)).toEqual(['樊明', '李刚', '钟毅']);
  });
});
