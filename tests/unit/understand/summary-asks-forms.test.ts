/**
 * The asks line on the forms a request takes and the look-alikes that ask nothing: a call to the public, someone
 * else's hope, a purpose, a wish for one's own job, the proposal as a noun; lists of proposals that go on; a request
 * said again in full. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractAsk, summarizeStatement } from '@/lib/understand/summarize';

const asksOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).asks;

describe('asks: look-alikes that ask nothing', () => {
  it.each([
    // a stock call to the public
    '他呼籲民眾支持這項改革。',
    '她呼吁广大市民踊跃参加投票。',
    // someone else's hope: a party, a government, a body
    '民進黨希望讓選民看清楚這次改革的真相。',
    '政府希望给市民带来更多实惠。',
    '學校希望家長多陪孩子讀書。',
    // a purpose, told
    '餐厅只营业到九点，主要是希望客人吃得从容一些。',
    // a wish for one's own job or studies
    '学会计的小王希望可以找到一份专业对口的工作。',
    '她希望能在大城市工作，那里机会多一些。',
    // the proposal as a noun: passed, taken in
    '这个划界建议通过以后，老城区将并入新选区。',
    '重大决策形成前都会听取专家建议，而不是事后补票。',
    // 需要 that tells what is required, put to nobody
    '这件事需要政府批准才能动工。',
  ])('asks nothing: %s', (sentence) => {
    expect(extractAsk(sentence)).toBeNull();
  });

  it.each([
    ['他呼籲政府盡快撥款修路。', '他呼籲政府盡快撥款修路'],
    ['她希望政府多建几所公立幼儿园。', '她希望政府多建几所公立幼儿园'],
    ['他奉勸當局，不要再拖延重建計劃。', '他奉勸當局，不要再拖延重建計劃'],
    ['最重要的是補助應即時到位。', '最重要的是補助應即時到位'],
    ['陳要求當局盡快為這條路加建路燈。', '陳要求當局盡快為這條路加建路燈'],
    ['這樣的情況需要政府進一步支援小商戶，但至今沒有下文。', '這樣的情況需要政府進一步支援小商戶'],
  ])('%s → %s', (sentence, ask) => {
    expect(extractAsk(sentence)).toBe(ask);
  });
});

describe('asks: proposals that go on', () => {
  it('reads a proposal after a colon and the list that goes on in the next sentence', () => {
    // (each line stops before its purpose, "，方便家长接送": what is asked, not why)
    expect(
      asksOf('区政协委员王芳建议：一方面，要在学校门口设置限时停车位，方便家长接送。另一方面，物业公司要加强巡查，交警部门可考虑在高峰时段派人疏导交通。'),
    ).toEqual(['要在学校门口设置限时停车位', '物业公司要加强巡查', '交警部门可考虑在高峰时段派人疏导交通']);
  });

  it('does not read 要 as a request without a proposal before it', () => {
    expect(asksOf('这几年物业公司要管的事情越来越多。另一方面，业主要交的费用也涨了。')).toEqual([]);
  });

  it('splits a proposal that goes on with 特别是要', () => {
    expect(asksOf('他建议要加强社区医院的建设，方便老人就近看病，特别是要增加夜间门诊，解决下班后看病难的问题。')).toEqual([
      '他建议要加强社区医院的建设',
      '要增加夜间门诊，解决下班后看病难的问题',
    ]);
  });

  it('keeps a request said again in full once, the fuller line', () => {
    expect(asksOf('他提出兩點建議，希望中央支持，一是希望中央支持本地發展會展業；二是希望中央協助建設跨境交通。')).toEqual([
      '一是希望中央支持本地發展會展業',
      '二是希望中央協助建設跨境交通',
    ]);
  });
});

describe('asks: aims, nouns and counted proposals (summaries-9 forms, sentences written for these tests)', () => {
  it.each([
    // an aim, the means put first ("希望以…", "希望通过…后"): what the speaker means to achieve, asked of nobody
    '他说这些措施见效快，希望以短期成果换取居民的耐心。',
    // an aim put as what the speaker means to bring about ("希望让…", "希望给予…")
    '村支书希望让村里的年轻人走出大山。',
    '这份方案希望给予人一点惊喜。',
    '我也希望通过这次调研和走访后，能够把情况摸得更清楚。',
    // the purpose of what was said before ("，是希望…")
    '成立这个小组，是希望把各方的意见集中起来再做决定。',
    // a council's standing expectation: someone else's hope
    '區議會期望與房屋署建立定期會面的安排。',
    // a call as a noun: what others called for
    '在居民的呼吁和坚持下，这条路终于修好了。',
    // proposals reported with a count before them, the line after the comma is their aim
    '他提出了不少「小而快」的建議，希望以此回應街坊的不滿。',
    // 一定要 after a time clause: advice for an occasion, not a request
    '去面试前一定要把公司的情况了解清楚。',
  ])('asks nothing: %s', (sentence) => {
    expect(extractAsk(sentence)).toBeNull();
  });

  it.each([
    // 建议 before 人大/人民: the verb, not 建议人 (the one who proposed)
    ['王律师建议人大加快社区养老的地方立法。', '王律师建议人大加快社区养老的地方立法'],
    // a proposal put as what a policy or whoever is in charge may do ("可做出调整", "可探讨")
    ['中学的课时安排可做出调整，甚至增加一节体育课。', '中学的课时安排可做出调整，甚至增加一节体育课'],
    ['市政府也可探讨在夜间开放学校操场。', '市政府也可探讨在夜间开放学校操场'],
    // what must be done, at the head of a clause
    ['他强调，在安全问题上一定要和校方保持沟通。', '在安全问题上一定要和校方保持沟通'],
    // a hope put to someone stays a request
    ['她希望政府能增加长者的医疗券金额。', '她希望政府能增加长者的医疗券金额'],
    // (who is to bring it about named first: a request)
    ['他希望政府让长者免费乘车。', '他希望政府让长者免费乘车'],
  ])('%s → %s', (sentence, ask) => {
    expect(extractAsk(sentence)).toBe(ask);
  });

  it('a counter-example: 一定要 of oneself asks nothing', () => {
    expect(extractAsk('我们自己一定要把这件事做好。')).toBeNull();
  });
});

describe('asks: where a request ends, and the consequence of a condition', () => {
  it.each([
    // a verb of saying after the request reports something else
    ['他籲請正名，並強調居民反對的只是選址。', '他籲請正名'],
    // what would follow from it is not what is asked
    ['政府应支持本地农场，进而带动市民购买本地蔬菜。', '政府应支持本地农场'],
  ])('%s → %s', (sentence, ask) => {
    expect(extractAsk(sentence)).toBe(ask);
  });

  it('the consequence of a condition is a step of an argument, asked of nobody', () => {
    expect(extractAsk('如果觉得这家店不好，那么就应该换一家去吃。')).toBeNull();
  });

  it('a counter-example: a modal put to someone after a condition still asks, with its condition', () => {
    expect(extractAsk('如果下暴雨，政府就应该及时发布停课消息。')).toBe('如果下暴雨，政府就应该及时发布停课消息');
  });
});

describe('asks: a modal with a verb of policy, and what someone in charge may do for others', () => {
  it.each([
    ['区财政应加大资金支持，确保旧街翻新尽快完成。', '区财政应加大资金支持，确保旧街翻新尽快完成'],
    ['政府也可向达标的本地厂商颁发质量标签。', '政府也可向达标的本地厂商颁发质量标签'],
  ])('%s → %s', (sentence, ask) => {
    expect(extractAsk(sentence)).toBe(ask);
  });
  it.each([
    // what one may do, told of oneself or of what is possible
    '我们应加大训练量，才能赢下比赛。',
    '居民可以向管理处反映问题，但很少有人去。',
  ])('asks nothing: %s', (sentence) => {
    expect(extractAsk(sentence)).toBeNull();
  });
});

describe('asks: a question put to those in charge, reported', () => {
  it('reads 问及政府能否… as a request', () => {
    expect(extractAsk('她問及政府能否延長長者乘車優惠的時段。')).toBe('她問及政府能否延長長者乘車優惠的時段');
  });
  it.each([
    // a question to oneself or to the public asks nothing of those in charge
    '他追问自己能否坚持到最后。',
    '记者问及市民能否接受新的收费。',
  ])('asks nothing: %s', (sentence) => {
    expect(extractAsk(sentence)).toBeNull();
  });
});
