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
    const r = readProseVoices(['“我在调研中发现，不少老小区找不到一块空地。”在市政协委员顾立川看来，这件事需要学校和街道一起想办法。']);
    expect(r.voices.map((v) => v.name)).toEqual(['顾立川']);
    expect(r.quoted).toBe(1);
    expect(r.opened).toBe(1);
  });
});

describe('a round of members, each paragraph led by a quotation', () => {
  const PIECE = [
    '市政协委员：让孩子们有地方踢球',
    '本报讯 这两年，本市陆续把闲置空地改成社区球场，周末场场爆满，很受居民欢迎。孩子们的运动场地，也是政协委员们的心头事。',
    '“给孩子们留出踢球的地方，是企业能做的一件小事。”作为一家文具企业的总经理，宋晓岚在厂区旁边捐建了两块小球场。宋晓岚认为，“孩子们多出一身汗，少看一会儿手机，家长也高兴。”',
    '“我在调研中发现，不少老小区找不到一块空地，学校操场放学后也锁着门。”在市政协委员顾立川看来，社区的运动场地还远远不够。他建议，有关部门盘活闲置地块，鼓励学校错时开放操场。',
  ];
  it('is detected, its speakers the two members', () => {
    const o = analyzeText(PIECE.join('\n'));
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['宋晓岚', '顾立川']);
  });
});

describe('readProseVoices: a chain of titles before the name after a quotation', () => {
  it('names the speaker after two offices joined by 、', () => {
    const r = readProseVoices(['“二期管网接通以后，山里的水压高了一倍。”某县水务集团城乡供水总部管网工程部经理、调度中心副总经理杜文斌介绍，下一步还要接到更远的村子。']);
    expect(r.voices.map((v) => v.name)).toEqual(['杜文斌']);
    expect(r.quoted).toBe(1);
  });
  it('a title chain that long opens a sentence too', () => {
    const r = readProseVoices(['某县水务集团城乡供水总部管网工程部经理、调度中心副总经理杜文斌介绍，下一步还要接到更远的村子，“让家家都有水用。”']);
    expect(r.voices.map((v) => v.name)).toEqual(['杜文斌']);
  });
});
