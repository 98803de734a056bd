/**
 * A host and one guest is an interview, never a feature (lib/understand/judge-feature.ts, find-interviewer.ts): a
 * label that is a part of the programme (開場白, 主持词, 致辞) is no person; a host known by role (主持人：) or by
 * asking every turn does not count as a voice; one guest left is one answerer. A real panel, a host and two guests
 * or more, stays a feature. Texts written here, simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import type { StatementBuild } from '@/lib/understand/feature-items';
import { findAskingHost } from '@/lib/understand/find-interviewer';
import { isProgrammePart } from '@/lib/understand/judge-feature';

const turn = (name: string, ...paragraphs: string[]): StatementBuild => ({ speaker: { name, role: null }, host: false, evidence: 2, reporter: null, paragraphs, els: [] });

describe('isProgrammePart', () => {
  it.each([
    ['開場白', true], ['开场白', true], ['主持词', true], ['致辞', true], ['閉幕詞', true], ['编者按', true], ['结束语', true],
    ['王小明', false], ['主持人', false], ['白岩松', false], ['开场白先生', false],
  ])('%s → %s', (name, want) => expect(isProgrammePart(turn(name, '……'))).toBe(want));
});

describe('findAskingHost', () => {
  it('the first voice, ending every turn on a question and saying less, hosts', () => {
    expect(findAskingHost([turn('郑小林', '感谢各位嘉宾。今天谈家国情怀。', '第一个问题问龙部长：企业家和时代是什么关系？'), turn('龙大图', '时势造英雄，没有改革开放，很多企业家可能还在种田，所以要讲大势，也要讲事在人为。')])).toBe('郑小林');
  });
  const none: Array<[string, StatementBuild[]]> = [
    ['the first voice states, not asks', [turn('张伟', '公交要先发展，地铁和公交车要接得上。'), turn('李强', '自行车道也很重要？')]],
    ['both end asking (a debate of rhetorical questions)', [turn('张伟', '难道不该先修地铁？'), turn('李强', '钱从哪里来，您想过吗？')]],
    ['the asker says more than the other', [turn('张伟', '我们先说公交，公交车和地铁要接得上，换乘要方便，票价要便宜，这些您怎么看？'), turn('李强', '同意。')]],
    ['one voice only', [turn('张伟', '您怎么看？')]],
  ];
  it.each(none)('none: %s', (_what, turns) => expect(findAskingHost(turns)).toBeNull());
});

const GUEST_A = '今年是我第六次参加两会，我提的建议大多围绕民营企业，希望民营企业得到公正的待遇，这些年看到很多建议都落实了，我很高兴。';
const GUEST_B = '我觉得最重要的是科技创新，企业要舍得投入研发，人才要留得住，政策要稳定，这样企业家才有信心做长期的事情。';

describe('the judgement: a host and one guest', () => {
  it.each([
    ['a programme part as a label, a host by role, one guest (simplified)', `企业家沙龙：新时代的机遇
主持人：陆一
嘉宾：刘大好 某某集团董事长
开场白：“保护和激发企业家精神”写进了政府工作报告。当晚，企业家沙龙召开，主题是新时代下的历史性机遇。
主持人：首先请刘大好董事长谈谈民营企业从无到有有什么体会？
刘大好：${GUEST_A}
我最高兴的是民营企业家这个群体越来越受到尊重，这是时代给我们的机会。`],
    ['the same, traditional', `企業家沙龍：新時代的機遇
主持人：陸一
嘉賓：劉大好 某某集團董事長
開場白：「保護和激發企業家精神」寫進了政府工作報告。當晚，企業家沙龍召開，主題是新時代下的歷史性機遇。
主持人：首先請劉大好董事長談談民營企業從無到有有什麼體會？
劉大好：今年是我第六次參加兩會，我提的建議大多圍繞民營企業，希望民營企業得到公正的待遇，這些年看到很多建議都落實了，我很高興。
我最高興的是民營企業家這個群體越來越受到尊重，這是時代給我們的機會。`],
    ['a host known by asking, one guest (traditional)', `以下為對話環節速記：
鄭小林：非常感謝各位嘉賓。今天第一個話題與家國情懷有關，談一下我們的使命和擔當。
第一個問題向龍部長提問，在您看來企業家和我們的時代是什麼關係？
龍大圖：我們中國有一句老話叫做時勢造英雄，沒有改革開放，我們多少優秀的企業家可能還是農民，祖祖輩輩在種田。
所以我們今天還是要講大勢，國家的大勢和全球科技發展的大勢，另外還要講事在人為。`],
  ])('not a feature: %s', (_what, text) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(false);
  });

  it.each([
    ['a host by role and two guests', `企业家沙龙：新时代的机遇
主持人：首先请两位嘉宾谈谈民营企业有什么体会？
刘大好：${GUEST_A}
王小川：${GUEST_B}
主持人：两位对明年有什么期待？
刘大好：希望政策更稳定，我们做企业的才能安心，才能把眼光放长远。
王小川：希望有更多年轻人创业，科技企业的门槛再低一点。`],
    ['a host known by asking and two guests', `以下为对话环节速记：
郑小林：感谢各位嘉宾。第一个问题，企业家和时代是什么关系？
龙大图：时势造英雄，没有改革开放，很多企业家可能还在种田，所以我们要讲大势，国家的大势和科技发展的大势。
刘大好：${GUEST_A}
郑小林：那么创业最苦的是什么？
龙大图：最苦的是没有人理解你，你要坚持下去，还要带着团队一起坚持。
刘大好：最苦的是八十年代，没有私人企业这个说法，我们被说成不务正业。`],
    ['a programme part and two guests', `企业家沙龙：新时代的机遇
开场白：当晚，企业家沙龙召开，主题是新时代下的历史性机遇，几位企业家谈了体会。
刘大好：${GUEST_A}
王小川：${GUEST_B}`],
  ])('a feature: %s', (_what, text) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    const names = o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name ?? s.speaker.role));
    expect(names).toEqual(expect.arrayContaining(['刘大好']));
    expect(names).not.toContain('主持人');
    // a programme part is no speaker: its words open the piece as its lead
    expect(names).not.toContain('开场白');
  });

  it('the opening words printed as a programme part become the lead', () => {
    const o = analyzeText(`企业家沙龙：新时代的机遇
开场白：当晚，企业家沙龙召开，主题是新时代下的历史性机遇，几位企业家谈了体会。
刘大好：${GUEST_A}
王小川：${GUEST_B}`);
    expect(o.lead).toContain('企业家沙龙召开');
  });
});
