/**
 * Roles as the page prints them: a mirror's glosses kept (printed-glosses.ts), the role a bare-name voice was
 * introduced with (introduced-roles.ts), where a person sits at the event left out, an age in brackets left
 * out. Sentences written here, simplified and traditional, with counter-examples.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { splitSpeakerLabel } from '@/lib/understand/names';
import { findPrintedSpan } from '@/lib/understand/printed-glosses';
import { findIntroducedRole } from '@/lib/understand/introduced-roles';
import { matchReportedOpening } from '@/lib/understand/reported-speech';
import { preferTitleRoles } from '@/lib/understand/person-roles';

type Row = [name: string | null, role: string | null];

function speakers(o: Outline): Row[] {
  return o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));
}

describe('findPrintedSpan: the printed span that reads as the plain text', () => {
  it.each([
    ['——全國政協(xié)委員、奧運(yùn)冠軍鄧某萍', '全國政協委員、奧運冠軍', '全國政協(xié)委員、奧運(yùn)冠軍'],
    ['——全国政协(xié)委员李某', '全国政协委员', '全国政协(xié)委员'],
    // a gloss right after the last character belongs to it
    ['經濟學(xué)家周某說', '經濟學', '經濟學(xué)'],
    // nothing glossed: the plain text as it is
    ['——全国政协委员李某', '全国政协委员', '全国政协委员'],
    // an age in brackets is no gloss
    ['王先生(55歲)說', '王先生', '王先生'],
    // not found: the plain text back
    ['——全国政协(xié)委员李某', '人大代表', '人大代表'],
    // a space a matcher squeezed out of the role is given back
    ['遠見 天下文化事業群創辦人、董事長高某均表示，', '遠見天下文化事業群創辦人、董事長', '遠見 天下文化事業群創辦人、董事長'],
  ])('%s / %s → %s', (printed, plain, span) => expect(findPrintedSpan(printed, plain)).toBe(span));
});

describe('findIntroducedRole: the role the piece introduced a bare name with', () => {
  it.each([
    ['新加坡某大学法学院副教授陈某文注意到，预算案来得早。陈某文则认为，这不像大选预算。', '陈某文', '新加坡某大学法学院副教授'],
    ['相比雷女士，市民李女士可能更焦虑。李女士说，孩子今年上小学。', '李女士', '市民'],
    ['科技發展如此之快，令某汽車集團董事長柯某格都有些落伍。柯某格說，中國市場很重要。', '柯某格', '某汽車集團董事長'],
    ['澳門市民連先生表示，過去五年變化很大。', '連先生', '澳門市民'],
    // a member's title after the name
    ['和杨某义一样，葛某雄委员的建议也关注了大会发言。', '葛某雄', '委员'],
    ['某區議會昨日開會，張某明議員指出，交通問題嚴重。', '張某明', '議員'],
    // a mirror's gloss inside the role
    ['神州數(shù)碼控股有限公司董事局主席郭某的中國夢，更是一個技術夢。', '郭某', '神州數(shù)碼控股有限公司董事局主席'],
  ])('%s (%s) → %s', (text, name, role) => expect(findIntroducedRole(name, text)).toBe(role));

  it.each([
    // a sentence about them, not a role
    ['昨日返台的是羽球隊選手王某麟、李某。王某麟說很感謝大家。', '李某'],
    ['同样来自渭南的小田也这样认为。', '小田'],
    // a courtesy after the name is no role
    ['接下来请茅某轼老师来回答这个问题。', '茅某轼'],
    // never introduced with a role
    ['陈某文表示，预算案来得早。陈某文则认为，这不像大选预算。', '陈某文'],
    // 和 opens a place here, not a sentence: no role cut from "和平区"
    ['据悉，家住和平区的王某说，小区环境变好了。', '王某'],
  ])('counter-example: %s (%s) → null', (text, name) => expect(findIntroducedRole(name, text)).toBeNull());

  it('a labelled round-up: bare-name labels get the roles of the introduction', () => {
    const o = analyzeText(`预算案各方看法
新加坡某大学法学院副教授陈某文注意到，今年的预算案来得比往年早。另一位学者，某研究所高级研究员梁某雄则关注财政的可持续。
陈某文：这份预算案看起来不像一份大选预算，政府更着眼于长远的布局，短期的派发并不多。
梁某雄：财政的可持续性是关键，政府在支出上相当克制，这一点值得肯定，也为未来留出了空间。`);
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['陈某文', '新加坡某大学法学院副教授'],
      ['梁某雄', '某研究所高级研究员'],
    ]);
  });
});

describe('splitSpeakerLabel: where a person sits and an age are no part of the role', () => {
  it.each([
    ['与会的某大学经济学教授王建国', '王建国', '某大学经济学教授'],
    ['與會的某大學政治系教授朱某漢', '朱某漢', '某大學政治系教授'],
    ['坐在一旁的全国政协委员、某集团老板王某斌', '王某斌', '全国政协委员、某集团老板'],
    ['新加坡某大学学生梁某磊 (23岁)', '梁某磊', '新加坡某大学学生'],
    ['某大學學生梁某磊（23歲）', '梁某磊', '某大學學生'],
  ])('%s → %s / %s', (label, name, role) => {
    const s = splitSpeakerLabel(label);
    expect([s.name, s.role]).toEqual([name, role]);
  });

  it.each([
    // a relative clause with no title after it is the role, as printed
    ['在日本出家的唐某', '唐某', '在日本出家的'],
    ['刚刚从车上下来的陈女士', '陈女士', '刚刚从车上下来的'],
    // other brackets stay: a trade, not an age
    ['黃先生(的士司機)', '黃先生', '的士司機'],
  ])('counter-example: %s → %s / %s', (label, name, role) => {
    const s = splitSpeakerLabel(label);
    expect([s.name, s.role]).toEqual([name, role]);
  });
});

describe('congress members named by name and title, in the reporter\'s sentences', () => {
  it.each([
    ['香港的李某飛代表表示，本次會議通過的辦法讓他很受鼓舞。', '李某飛', '代表'],
    ['来自福建的王某代表满面春风，“我很兴奋地为物权法投下了赞成票！”', '王某', '代表'],
    ['來自福建的王某代表滿面春風，「我很興奮地為物權法投下了贊成票！」', '王某', '代表'],
    ['作為某團代表，陳某德說，四年來自己沒有遺憾，只有欣慰。', '陳某德', '某團代表'],
    ['作为全国政协委员，张某明表示，这些年提案的办理越来越实。', '张某明', '全国政协委员'],
  ])('%s → %s / %s', (text, name, role) => {
    const m = matchReportedOpening(text);
    expect([m?.name, m?.role]).toEqual([name, role]);
  });

  it.each([
    // the member is only described: no words of theirs in the sentence
    '来自福建的王某代表满面春风，走进了人民大会堂。',
    // "as" a role, then a pronoun: no name to give the role to
    '作为全国人大代表，他说，这些年变化很大。',
    // a committee, not a member
    '来自福建的代表团代表会议，“我们很满意这次会议。”',
  ])('counter-example: %s', (text) => {
    const m = matchReportedOpening(text);
    expect(m?.role === '代表' || m?.role === '全国人大代表').toBe(false);
  });

  it('a closing-day round-up of members is a feature', () => {
    const o = analyzeText(`代表们的精彩与不舍
三月十六日上午，本届人大最后一次大会在掌声中落幕，步出人民大会堂的代表们依依惜别。
来自福建的王某代表满面春风，“我很兴奋地为物权法和企业所得税法投下了赞成票，这是我最难忘的时刻。”
香港的李某飞代表表示，本次会议通过的选举办法让他很受鼓舞，“国家的进步有目共睹。”
作为某团代表，陈某德说，四年来自己没有遗憾，只有欣慰，“四年前第一次参加会议时的激动，我至今记得。”`);
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['王某', '代表'],
      ['李某飞', '代表'],
      ['陈某德', '某团代表'],
    ]);
  });
});

describe('one person, a party or a clause first and a title later: listed by the title', () => {
  it.each([
    [
      'traditional',
      `候任議員見記者 盼政府多聽民意
新民黨陳某珮則表示，期待政府多落區接觸市民，聆聽市民意見，這是議員最重要的工作。
候任港島西議員陳某珮表示，香港要配合國家規劃新方向，發展步伐要加速，希望政府在政策籌劃階段聽取議員收集到的民意。
即將接任召集人的霍某剛表示，希望市民了解立法會工作，不只是在直播看到，議員在委員會的工作同樣重要。
候任體育、演藝文化及出版界議員霍某剛則認為，市民冀了解立法會工作，不只是透過直播認識立法會。`,
      [
        ['陳某珮', '候任港島西議員'],
        ['陳某珮', '候任港島西議員'],
        ['霍某剛', '候任體育、演藝文化及出版界議員'],
        ['霍某剛', '候任體育、演藝文化及出版界議員'],
      ],
    ],
  ])('%s', (_script, text, rows) => {
    expect(speakers(analyzeText(text))).toEqual(rows);
  });

  it('counter-example: a person with no title keeps each role as printed', () => {
    const st = (name: string, role: string) => ({ speaker: { name, role }, host: false, evidence: 2, reporter: null, paragraphs: ['……'], els: [] });
    const all = [st('陳某珮', '住在附近的'), st('霍某剛', '新民黨'), st('陳某珮', '在區內開店的'), st('霍某剛', '自由黨')];
    preferTitleRoles(all);
    expect(all.map((s) => s.speaker.role)).toEqual(['住在附近的', '新民黨', '在區內開店的', '自由黨']);
  });

  it('a title first is kept for the later paragraph that names the party only', () => {
    const o = analyzeText(`候任議員見記者 盼政府多聽民意
候任港島西議員陳某珮表示，香港要配合國家規劃新方向，發展步伐要加速，希望政府在政策籌劃階段聽取議員的意見。
新民黨陳某珮則表示，期待政府多落區接觸市民，聆聽市民意見，這是議員最重要的工作。
候任體育界議員霍某剛則認為，市民冀了解立法會工作，不只是透過直播認識立法會，議員在委員會的工作同樣重要。`);
    expect(speakers(o)[0]).toEqual(['陳某珮', '候任港島西議員']);
    expect(speakers(o)[1]).toEqual(['陳某珮', '候任港島西議員']);
  });
});
