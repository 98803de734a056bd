/**
 * Whose words the gist shows: the speaker's, not the reporter's account of them; a quote's closing sentence, not a bare
 * attribution after it; a stock call to the public is no point. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { hasRequest, isAccount, isAttributionTag, isBackground, isStockCall } from '@/lib/understand/summary/cues';
import { measureQuotedShare } from '@/lib/understand/summary/quotes';
import { splitUnits } from '@/lib/understand/summary/split-units';

const gistOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).gist;

describe('the closing position after a quote', () => {
  it('takes the closing sentence of a quote followed by a bare attribution', () => {
    expect(
      gistOf('“这几年镇里新修了不少公园和步道，周末散步的人越来越多。但老城区的菜市场一直没有改造，下雨天地面全是积水，老人常常滑倒。”镇人大代表吴芳说。'),
    // (shown without its head 但, which leans on the sentence not shown: ./summary/connectives.ts)
    ).toBe('老城区的菜市场一直没有改造，下雨天地面全是积水，老人常常滑倒。');
  });

  it.each([
    ['县人大代表吴芳说。', true],
    ['在场的一位老师傅笑着说。', true],
    ['吴芳说，菜市场要改造。', false],
    ['这是镇上所有摊主这几年来最关心也最常提起的一件事情，吴芳说。', false],
  ])('isAttributionTag(%s) = %s', (text, expected) => {
    expect(isAttributionTag(text)).toBe(expected);
  });

  it('marks the sentences that open inside a quotation opened before them', () => {
    const units = splitUnits(['“第一句在引号里面开头。第二句还在引号里面。”记者旁白的一句话。']);
    expect(units.map((u) => u.inQuote)).toEqual([false, true, false]);
  });
});

describe('the speaker’s words over the reporter’s account', () => {
  it('takes the quoted praise over the reporter’s note on the speaker’s titles', () => {
    expect(
      gistOf('“服务周到，安排细致，让人感觉像回到了家一样！”谈起这次年会的接待工作，来自智利的华商代表陈立新赞不绝口。他连续三届出席年会，并担任两届理事。'),
    ).toBe('“服务周到，安排细致，让人感觉像回到了家一样！”');
  });

  it.each([
    ['他连续三届出席年会，并担任两届理事。', true],
    ['今年她硕士毕业，一直在老家备考公务员。', true],
    ['他认为这次年会办得很成功。', false],
    ['陈立新因此猜测，明年的会场会设在南方。', false],
    ['“会场比去年大多了。”', false],
    ['我连续三届出席年会。', false],
    ['采访结束时，他特意提到自己曾是“市青年联合会委员”。', true],
    ['他提到明年还会再带孩子来参观。', false],
  ])('isAccount(%s) = %s', (text, expected) => {
    expect(isAccount(text)).toBe(expected);
  });

  it('reads a quote that goes on the speaker’s framed sentence as their own words, not a quoted line', () => {
    expect(measureQuotedShare('会长林海表示，同乡会是联系乡亲的桥梁，“我们每年都办中秋晚会，也请各族朋友一起来过节。”')).toBe(0);
    expect(measureQuotedShare('她告诉记者，来参观的人很多，“到这里接受教育、缅怀先烈，已经成了很多家庭假期出行的选择。”')).toBe(0);
    // …but a quoted document line stays someone else's words
    expect(measureQuotedShare('会长林海表示，报告提出“要进一步加强海外联谊工作，不断扩大朋友圈”。')).toBeGreaterThan(0.5);
  });

  it('does not take the organisation’s background over what the speaker said', () => {
    expect(
      gistOf('东京华人商会成立于1992年，现有会员企业300余家。商会会长林海表示，商会是会员和家乡之间的桥梁，“我们每年组织考察团回乡，帮助会员企业寻找合作伙伴，也把家乡的特产介绍到日本。”'),
    ).toContain('桥梁');
  });
});

describe('background and stock calls', () => {
  it.each([
    ['之前学校发了通知，说下学期停办。', true],
    ['李同学说，之前学校发了通知，说下学期停办。', true],
    ['此前他已经提交过两次申请。', true],
    ['之前的担心现在都没有了。', false],
    ['学校下学期停办。', false],
  ])('isBackground(%s) = %s', (text, expected) => {
    expect(isBackground(text)).toBe(expected);
  });

  it.each([
    ['他呼籲民眾支持這項改革。', true],
    ['她呼吁广大市民节约用水。', true],
    ['他呼籲政府盡快撥款修路。', false],
    ['她呼吁有关部门加强巡查。', false],
  ])('isStockCall(%s) = %s', (text, expected) => {
    expect(isStockCall(text)).toBe(expected);
  });

  it('takes the statement over its closing call to the public', () => {
    expect(gistOf('他在聲明中指出，這項法案並沒有擴大議會的權力，議員只是代表選民監督預算，人民有權知道錢花在哪裡。他呼籲民眾支持這項改革。')).toContain(
      '人民有權知道',
    );
  });
});

describe('a report that proposals exist is no request', () => {
  it('takes what the speaker wants over the report of the proposal brought', () => {
    expect(gistOf('今年她聚焦乡村教师待遇，结合调研提出了相关建议。她认为要进一步提高乡村教师的工资，让年轻教师愿意留下来。')).toBe(
      '她认为要进一步提高乡村教师的工资，让年轻教师愿意留下来。',
    );
  });

  it('still reads 建議與… as proposing to work with someone', () => {
    expect(summarizeStatement(['本地港口规模不大，故建議與鄰近地區的港口分工合作，避免互相壓價。']).asks).toEqual([
      '故建議與鄰近地區的港口分工合作，避免互相壓價',
    ]);
  });
});

describe('someone else’s hope, or a purpose, gives the gist no request credit', () => {
  it.each([
    ['民進黨希望讓選民看清楚這次改革的真相。', false],
    ['政府希望给市民带来更多实惠。', false],
    ['餐厅营业到九点，主要是希望客人吃得从容一些。', false],
    ['他希望政府多建几所公立幼儿园。', true],
    ['我们希望学校把午休时间延长半小时。', true],
  ])('hasRequest(%s) = %s', (text, expected) => {
    expect(hasRequest(text, true)).toBe(expected);
  });
});
