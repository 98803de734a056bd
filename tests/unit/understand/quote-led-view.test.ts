/**
 * A member's paragraph that opens with their quotation and names them right after it by the view they hold
 * ("“……”在市政协委员某某看来，…"): the quotation and the view are that person's (prose-voices.ts IN_VIEW), the
 * layout a round of members one paragraph each; or by a chain of titles longer than a plain description runs
 * ("“……”某集团某部经理、某中心副总经理某某介绍，…"). Texts written here, with counter-examples.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { findSentenceVoice, readProseVoices } from '@/lib/understand/prose-voices';

describe('findSentenceVoice: 在某某看来', () => {
  it.each([
    ['在市政协委员林海涛看来，社区的无障碍设施还要补齐短板。', '林海涛'],
    ['在全国人大代表王秀英眼中，乡村教师是最需要关心的人。', '王秀英'],
    ['在家住城东的李先生看来，公交线路应该再多一些。', '李先生'],
  ])('%s', (s, name) => {
    expect(findSentenceVoice(s)?.name).toBe(name);
  });
  it.each(['在记者看来，这件事还有很多疑点。', '在很多人看来，这只是一个开始。', '在业内看来，市场还会继续增长。'])('no person: %s', (s) => {
    expect(findSentenceVoice(s)).toBeNull();
  });
});

describe('readProseVoices: a quotation opening the paragraph, then 在某某看来', () => {
  it('the quotation is the person’s own', () => {
    const r = readProseVoices(['“我在走访中发现，不少路口的盲道被占了。”在市政协委员林海涛看来，这些问题需要相关部门一起解决。']);
    expect(r.voices.map((v) => v.name)).toEqual(['林海涛']);
    expect(r.quoted).toBe(1);
    expect(r.opened).toBe(1);
  });
});

describe('a round of members, each paragraph led by a quotation', () => {
  const PIECE = [
    '市政协委员：让残疾人活得更有尊严',
    '本报讯 近年来，本市积极为残疾人提供就业机会，织密民生保障网，取得了良好成效。关爱残疾人，也是政协委员们的心头事。',
    '“为残疾人提供就业机会，是企业应尽的责任。”作为一家食品企业的总经理，张明华在企业安排了六名残疾人就业。张明华认为，“残疾人不是负担，他们的努力反而会感染身边的员工。”',
    '“我在走访中发现，不少路口的盲道被占了，公共厕所的门也太窄。”在市政协委员林海涛看来，无障碍环境建设还不够完善。他建议，相关部门加大资金投入，鼓励社会资本参与建设。',
  ];
  it('is detected, its speakers the two members', () => {
    const o = analyzeText(PIECE.join('\n'));
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['张明华', '林海涛']);
  });
});

describe('readProseVoices: a chain of titles before the name after a quotation', () => {
  it('names the speaker after two offices joined by 、', () => {
    const r = readProseVoices(['“新线开通以后，早高峰的客流涨了三成。”某市轨道集团运营事业总部新线工程部经理、运管中心副总经理史海波介绍，下一步还要加密班次。']);
    expect(r.voices.map((v) => v.name)).toEqual(['史海波']);
    expect(r.quoted).toBe(1);
  });
  it('a title chain that long opens a sentence too', () => {
    const r = readProseVoices(['某市轨道集团运营事业总部新线工程部经理、运管中心副总经理史海波介绍，下一步还要加密班次，“让大家少等几分钟。”']);
    expect(r.voices.map((v) => v.name)).toEqual(['史海波']);
  });
});
