/**
 * A describing clause that says where a person lives or what they wear ("家住…的", "穿着…的") is no role in a
 * label's split; what they wear gives none at all, but where they live is printed with the name and the keys give
 * it (batches 18–23, six of six): the settled role is "家住…的" (settle-roles.ts). What they do, their age, their job
 * stay as printed. Sentences written here, simplified and traditional, with counter-examples.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { matchDescribedPerson } from '@/lib/understand/narrative-voices';
import { isCircumstance, splitSpeakerLabel } from '@/lib/understand/names';

describe('isCircumstance: residence and dress, not a role', () => {
  it.each([
    ['家住城东花园的', true],
    ['家住東區新村的', true],
    ['穿着一件红色外套的', true],
    ['身穿校服的', true],
    // what the person does, their age, how long: a role as printed
    ['开了二十年茶馆的', false],
    ['68歲已經退休的', false],
    ['住在附近的', false],
    ['从事快递工作的', false],
    // a residence clause with more after its 的 is no clause alone
    ['家住城东的退休教师', false],
  ])('%s → %s', (clause, want) => {
    expect(isCircumstance(clause)).toBe(want);
  });
});

describe('matchDescribedPerson: the name kept, the residence dropped', () => {
  it.each([
    ['家住城东花园的刘阿姨', '刘阿姨', null],
    ['家住北區的陳伯伯', '陳伯伯', null],
    ['穿着蓝色工装的赵师傅', '赵师傅', null],
    ['开了二十年茶馆的李先生', '李先生', '开了二十年茶馆的'],
    ['在菜场卖鱼的周大姐', '周大姐', '在菜场卖鱼的'],
  ])('%s', (label, name, role) => {
    expect(matchDescribedPerson(label)).toEqual({ name, role });
  });
});

describe('splitSpeakerLabel: the same for a label', () => {
  it.each([
    ['穿着蓝色工装的赵师傅', '赵师傅', null],
    ['家住東區新村的黃太太', '黃太太', null],
    ['在菜场卖鱼的周大姐', '周大姐', '在菜场卖鱼的'],
  ])('%s', (label, name, role) => {
    const s = splitSpeakerLabel(label);
    expect([s.name, s.role]).toEqual([name, role]);
  });
});

describe('a vox pop in prose: dress gives no role; where they live and what they do are printed with the name (the keys keep them, as printed)', () => {
  it('simplified', () => {
    const o = analyzeText(
      [
        '小区加装电梯 居民怎么看',
        '家住城东花园的刘阿姨说，她住六楼，每天买菜上下楼很吃力，“装了电梯就方便多了。”',
        '在小区开了十年超市的李先生表示，装电梯是好事，但费用怎么分摊要说清楚。',
        '穿着蓝色工装的赵师傅告诉记者，“低楼层的住户也要考虑采光问题。”',
      ].join('\n'),
    );
    expect(o.detected).toBe(true);
    const roles = Object.fromEntries(o.topics.flatMap((t) => t.statements.map((s) => [s.speaker.name, s.speaker.role])));
    expect(roles).toEqual({ 刘阿姨: '家住城东花园的', 李先生: '在小区开了十年超市的', 赵师傅: null });
  });
});
