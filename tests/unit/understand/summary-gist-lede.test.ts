/**
 * Issue 18, round 38: the speaker's point, not the preamble. A proposal put first is the lede its details follow; an item
 * tacked on at the end (此外…, 还要…) closes nothing; the answer shown inside a list of questions opens inside the list.
 * And the asks line: the speaker's own hope after an example, the prescriptions of policy speech, one more measure as 还可以….
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { findRequestCues } from '@/lib/understand/summary/requests';

const gistOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).gist;

describe('gist: the proposal, not its details or what is tacked on', () => {
  it.each([
    // a proposal put first is the lede: the request after it tells where and who pays
    [['市政府应出台规定，为城区所有公交站台加装遮雨棚。', '日均客流超过五百人次的站台就应该予以加装，费用由市财政承担。'], '市政府应出台规定，为城区所有公交站台加装遮雨棚。'],
    // …or what it is for
    [['希望能把更多的本地民歌编进音乐课本。', '要让孩子们真正感觉到家乡的歌对我们的日常、对我们的孩子都有好处。'], '希望能把更多的本地民歌编进音乐课本。'],
    // one more measure tacked on at the end: the request before it keeps the closing place
    [
      ['孩子放学早，家长下班晚，接孩子成了每天的难题。', '接孩子的难题几乎每个双职工家庭都要面对。', '我希望学校能开设课后托管班，费用由财政补一部分。', '此外，还可以发动社区志愿者帮忙照看。'],
      '我希望学校能开设课后托管班，费用由财政补一部分。',
    ],
    // the paired prescription (既要…也要…) outranks one more area told at the end
    [['职业培训既要教会学员手艺，也要教会他们怎样和顾客打交道。', '在心态方面，要让学员明白吃苦是成长必经的一步，为家乡振兴出一份力。'], '职业培训既要教会学员手艺，也要教会他们怎样和顾客打交道。'],
  ])('%j → %s', (paragraphs, expected) => {
    expect(gistOf(...paragraphs)).toBe(expected);
  });

  it('a request that closes a statement not opened on one keeps the closing place', () => {
    expect(gistOf('最近小区的快递柜总是满的，取件要排很久。', '我建议物业再添两组快递柜，放在北门附近。')).toBe('我建议物业再添两组快递柜，放在北门附近。');
  });

  it('the answer after a list of questions is not shown from inside the list', () => {
    const gist = gistOf(
      '再过十几年，孩子们身边到处都是智能机器，让他们保持好奇心是一件好事，也要明白机器能替人做到什么?',
      '做不到什么?',
      '哪些可靠?',
      '哪些靠不住,哪些值得一试?也就是判断力的培养。',
    );
    expect(gist).not.toMatch(/^哪些/);
  });
});

describe('asks: the speaker’s hope after an example, prescriptions of policy speech, one more measure', () => {
  it.each([
    ['城里有不少难题要解决，例如年轻人租房贵的问题，我希望政府多建一些公租房。', true],
    ['比如说邻居家孩子病了，他们希望大家来捐款。', false],
    ['乡村旅游要继续创新，要把农家乐做出自己的特色。', true],
    ['中医药教育既要传承经典，也要培养会用现代设备的医生。', true],
    ['发展夜间经济要从交通、治安和商户扶持等方面一起发力。', true],
    ['我既要读好书，也要锻炼好身体。', false],
  ])('%s asks: %s', (text, asks) => {
    expect(findRequestCues(text, true).length > 0).toBe(asks);
  });

  it('a measure put as what can also be done, after a request, is one more ask', () => {
    const asks = summarizeStatement(['我希望街道能牵头办起老年食堂，让老人吃上热饭。', '还可以建立社区助餐点，由街道按人数给一些补贴。']).asks ?? [];
    expect(asks).toHaveLength(2);
    expect(asks[1]).toMatch(/^还可以建立社区助餐点/);
  });
});
