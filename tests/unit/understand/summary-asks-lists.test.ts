/**
 * The asks line on requests listed rather than put one by one (a counted announcement and its items), the measures those in charge may take, a
 * request with what it is for, and the look-alikes that ask nothing: a report of having asked, someone else's hope,
 * a description with 要, a rhetorical question, the proposal as a noun. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { summarizeStatement } from '@/lib/understand/summarize';
import { extractCountedAsks } from '@/lib/understand/summary/listed-asks';

const asksOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).asks;

describe('asks: counted lists', () => {
  it.each([
    [
      '她提出3大訴求，包括停車費不能再漲、公車班次要增加、人行道需全面整修，以及路燈盡快修好。',
      ['停車費不能再漲', '公車班次要增加', '人行道需全面整修', '路燈盡快修好'],
    ],
    ['他提出两点建议：一是延长图书馆开放时间；二是增设自习座位。', ['延长图书馆开放时间', '增设自习座位']],
    // items said in quotes, even as slogans: from the quote on
    ['会长提出了三点期望：“守住行业底线，提升服务质量”、“拓宽会员来源，加强自身建设”。', ['守住行业底线，提升服务质量', '拓宽会员来源，加强自身建设']],
  ])('%s', (sentence, asks) => {
    expect(extractCountedAsks(sentence)).toEqual(asks);
    for (const ask of asks) expect(asksOf(sentence)).toContain(ask);
  });

  it.each([
    // a count of things, no request noun
    '他列出三点理由：成本高、工期长、效果差。',
    // one item only: no list
    '她提出一点建议：再等等。',
    // a count of proposals reported, no items
    '他今年提交了5条建议，都获得答复。',
  ])('no counted list in %s', (sentence) => {
    expect(extractCountedAsks(sentence)).toEqual([]);
  });
});

describe('asks: new request forms', () => {
  it.each([
    // measures those in charge may take
    ['縣府可提高檢舉獎金，鼓勵民眾舉報。', '縣府可提高檢舉獎金，鼓勵民眾舉報'],
    ['市府可编列预算修缮旧校舍。', '市府可编列预算修缮旧校舍'],
    // a request pointing at the problem, with what it is for
    ['希望交通局正视此问题，让山区学生上学有车坐。', '希望交通局正视此问题，让山区学生上学有车坐'],
    // the nation, or a group of the speaker's: not the speaker's own resolve
    ['我希望我国的农民能够看得起病。', '我希望我国的农民能够看得起病'],
    ['希望我们的社区医生有更好的待遇。', '希望我们的社区医生有更好的待遇'],
    // what must be done soon, whoever it is of; what must be weighed; the better use put instead
    ['新建的体育馆要尽快完工开放。', '新建的体育馆要尽快完工开放'],
    ['风力发电机的设置，要考量居民健康与安全。', '要考量居民健康与安全'],
    ['充电站花了几百万却没人用，不如把经费拿来补贴民众买电池。', '不如把经费拿来补贴民众买电池'],
    // a description before a modal is no part of the request
    ['古城墙是本市重要的文化遗产，应给予妥善维护。', '应给予妥善维护'],
    // the speaker's own earlier proposal still says what they ask
    ['她也曾向市政府建议，公园应延长开放时间。', '公园应延长开放时间'],
  ])('%s', (sentence, ask) => {
    expect(asksOf(sentence)).toContain(ask);
  });

  it.each([
    // a report of having asked, done before (提出了…建议 as a report)
    '他從2015年開始促請政府修法，到今年政府才開始研究。',
    '几个小区的居民连年向区政府呼吁增加车位，但是没见效果。',
    '上週你曾提到要籲請中央儘速開放航班。',
    '他去年提出了关于增加公交线路的建议。',
    '感謝市民給予許多指教和建議，讓團隊調整步伐。',
    // someone else's hope
    '反映反對派都希望開緊急會議啦！',
    '对于和平村希望加入更新计划，县府乐观其成。',
    '网上出现大量希望政府取消考试的言论。',
    '作为会长，我对这次大会的热切期望不亚于其他人。',
    // a description with 要, a rhetorical question, a comparison
    '这座桥要走二十分钟才能过去。',
    '我们要尽快赶回家吃饭。',
    '论球技，我还不如他。',
    // the noun pair 批评建议: what representatives do, no proposal of the speaker
    '代表们每年提出批评建议意见上百条。',
    '难道我们应该什么都不做吗？',
    // a request with nothing in it
    '希望有关部门正视此问题。',
  ])('asks nothing: %s', (sentence) => {
    expect(asksOf(sentence)).toEqual([]);
  });
});

describe('asks: listed items are verbatim', () => {
  const part = fc.constantFrom('延长开放时间', '增设座位', '“守住底线，提升质量”', '公車班次要增加', '、', '，', '；', '以及', '一是', '二是', '：', '。', ' ');
  it('every counted ask is a span of its sentence', () => {
    fc.assert(
      fc.property(fc.constantFrom('他提出两点建议：', '她提出3大訴求，包括', '会长提出了三点期望：'), fc.array(part, { maxLength: 12 }), (head, parts) => {
        const sentence = head + parts.join('');
        for (const ask of extractCountedAsks(sentence)) expect(sentence).toContain(ask);
      }),
    );
  });
});

describe('asks: measures in sentences of their own (summaries-16..22)', () => {
  it('a measure opening on a verb of policy, right after a request, is a request of its own, said by its head', () => {
    const asks = asksOf(
      '为此，他建议把旧物回收写进小区公约。组织印制图文并茂的回收手册，通过上门讲解普及回收常识，让每户人家都能分清可回收物。成立回收督导志愿队，为物业提供帮手。',
    );
    expect(asks).toEqual(['他建议把旧物回收写进小区公约', '组织印制图文并茂的回收手册，通过上门讲解普及回收常识', '成立回收督导志愿队，为物业提供帮手']);
  });

  it.each([
    // no request before it: what was done, not asked
    ['这几年，区里加强了社区医院建设。成立回收督导志愿队，为物业提供帮手。'],
    // what a measure is, not that it should be taken
    ['我希望政府加快旧区改造。完善配套设施是改造的关键一步。'],
  ])('no measure line in %s', (text) => {
    expect((asksOf(text) ?? []).some((a) => /成立回收|完善配套/.test(a))).toBe(false);
  });
});
