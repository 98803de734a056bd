/**
 * A round of voices by its layout (lib/understand/measure-voice-round.ts) and its turn in the judgement
 * (prose-judge.ts): after the reporter's frame, each voice heads a paragraph of its own. The reporter's tour
 * ("记者来到代表某某的房间") and one person heading two paragraphs stay stories. Texts written here, in the
 * layouts of real pages, simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { isHeadedThree, isLeadThenRound, isVoiceRound, measureVoiceRound } from '@/lib/understand/measure-voice-round';
import { readProseVoices } from '@/lib/understand/prose-voices';

const names = (o: Outline): Array<string | null> => o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

// a frame of five paragraphs before the voices: more than half of the text's paragraphs are the reporter's
const FRAME = [
  '本报北京3月4日电 全国两会即将开幕，各地代表委员陆续抵京报到。',
  '驻地里十分安静，会务人员正在准备各项材料。',
  '连日来，各代表团驻地气氛热烈，不少代表委员正在修改建议。',
  '今年是本届任期的第二年，履职的节奏明显加快了。',
  '驻地餐厅里，不少人边吃饭边讨论着议案的细节。',
];
const A = '全国人大代表张建国说，农村孩子上学的条件这几年改善很多。“但师资还不够，年轻老师留不住。”';
const B = '全国政协委员李秀兰表示，乡镇卫生院缺少医生。“希望加大定向培养的力度，让医生愿意下去。”';
const C = '全国人大代表王海涛告诉记者，村里的路去年修通了。“特产卖到了全国各地，大家的收入都涨了。”';

const FRAME_T = [
  '本報北京3月4日電 全國兩會即將開幕，各地代表委員陸續抵京報到。',
  '駐地裡十分安靜，會務人員正在準備各項材料。',
  '連日來，各代表團駐地氣氛熱烈，不少代表委員正在修改建議。',
  '今年是本屆任期的第二年，履職的節奏明顯加快了。',
  '駐地餐廳裡，不少人邊吃飯邊討論著議案的細節。',
];
const A_T = '全國人大代表張建國說，農村孩子上學的條件這幾年改善很多。「但師資還不夠，年輕老師留不住。」';
const B_T = '全國政協委員李秀蘭表示，鄉鎮衛生院缺少醫生。「希望加大定向培養的力度，讓醫生願意下去。」';
const C_T = '全國人大代表王海濤告訴記者，村裡的路去年修通了。「特產賣到了全國各地，大家的收入都漲了。」';

describe('measureVoiceRound: paragraphs from the first voice on, and those a voice heads', () => {
  it('three voices after a frame of five paragraphs: each heads its own', () => {
    const texts = [...FRAME, A, B, C];
    const r = measureVoiceRound(texts, readProseVoices(texts));
    expect(r).toEqual({ paragraphs: 8, firstVoiced: 5, body: 3, led: 3, leaders: 3, voiced: 3, between: 0, after: 0 });
  });

  it("the reporter's tour heads each paragraph: no voice heads one", () => {
    const texts = [...FRAME, `下午两点，记者来到全国人大代表张建国的房间。${A}`, `随后，记者在走廊遇见全国政协委员李秀兰。${B}`, `傍晚，记者在餐厅碰到全国人大代表王海涛。${C}`];
    const r = measureVoiceRound(texts, readProseVoices(texts));
    expect([r.voiced, r.led, r.leaders]).toEqual([3, 0, 0]);
  });

  it('a quotation opening the paragraph heads it for the voice who signs it', () => {
    const texts = [...FRAME, '“路修好了，日子就好过了。”全国人大代表王海涛笑着说。', B];
    const r = measureVoiceRound(texts, readProseVoices(texts));
    expect([r.led, r.leaders]).toEqual([2, 2]);
  });

  it('a topic sentence, then the titled voice speaking on it: the paragraph is given to that voice', () => {
    const texts = [
      ...FRAME,
      '乡村教育关系到千家万户的未来。县教师进修学校副校长柯明远委员认为，乡村教师的待遇还要再提高。',
      '在他看来，要让年轻教师愿意留下来，住房和培训都不能少。',
      '养老服务是民生的重要一环。市老年协会会长聂文华代表表示，社区养老驿站要办到老人家门口。',
    ];
    const reading = readProseVoices(texts);
    // (the view a pronoun holds opening the next paragraph goes on with the voice before)
    expect(reading.voices.map((v) => v.name)).toEqual(['柯明远', '柯明远', '聂文华']);
    const r = measureVoiceRound(texts, reading);
    expect([r.led, r.leaders]).toEqual([2, 2]);
  });

  it('a scene sentence, then several people in one paragraph: no voice heads it', () => {
    const texts = [...FRAME, '会期结束后，议员们到餐厅共进午餐。主席岑国良离开会场时表示，心情很轻松。议员柏文静则说，很快会公布参选名单。', B];
    const r = measureVoiceRound(texts, readProseVoices(texts));
    expect([r.led, r.leaders]).toEqual([1, 1]);
  });

  it('one person heading two paragraphs: two paragraphs headed, one leader more than the other', () => {
    const texts = [...FRAME, A, '张建国还表示，乡村学校的宿舍也要改造。“孩子们住得好，才能安心读书。”', B];
    const reading = readProseVoices(texts);
    const r = measureVoiceRound(texts, reading);
    expect([r.led, r.leaders]).toEqual([3, 2]);
    expect(isVoiceRound(reading, r)).toBe(false);
  });

  it('two voices with the narrative between them, or after them: a story, not a pair', () => {
    const between = ['本报讯 新的公交线路昨日开通，沿线居民出行更方便了。', A, '据了解，新线路全部采用新能源公交车，票价不超过五元。', B];
    const after = ['本报讯 新的公交线路昨日开通，沿线居民出行更方便了。', A, B, '据了解，新线路全部采用新能源公交车，票价不超过五元。'];
    for (const texts of [between, after]) {
      const reading = readProseVoices(texts);
      const r = measureVoiceRound(texts, reading);
      expect([r.leaders, r.voiced < r.body]).toEqual([2, true]);
      expect(isVoiceRound(reading, r)).toBe(false);
    }
    const carried = ['本报讯 新的公交线路昨日开通，沿线居民出行更方便了。', A, B];
    const reading = readProseVoices(carried);
    expect(isVoiceRound(reading, measureVoiceRound(carried, reading))).toBe(true);
  });
});

// a longer lead (nine sentences before the first voice): the round's first voice comes past half the sentences
const LONG_LEAD = [...FRAME, '会场外排起了长队。工作人员逐一核对证件。天气虽冷，大家的热情很高。有人一边排队一边翻看材料。'];
const D = '全国政协委员赵明远说，城里的停车位太少了。“希望新建小区多配一些车位，老小区也能挖潜。”';

describe('isLeadThenRound: a lead, then one paragraph per voice to the end', () => {
  const cases: Array<[string, string[], boolean]> = [
    ['three voices after a long lead, a paragraph each', [...LONG_LEAD, A, B, C], true],
    ['four voices after a long lead', [...LONG_LEAD, A, B, C, D], true],
    // (the reporter's narrative after the voices, or between them: a story going back to its events)
    ['narrative after the voices', [...LONG_LEAD, A, B, C, '据了解，会议将持续五天，代表们还将分组审议报告。'], false],
    ['narrative between the voices', [...LONG_LEAD, A, '据了解，会议将持续五天，代表们还将分组审议报告。', B, C], false],
    // (a person heading two paragraphs: a story about that person)
    ['one voice heading two paragraphs', [...LONG_LEAD, A, '张建国还表示，乡村学校的宿舍也要改造。“孩子们住得好，才能安心读书。”', B, C], false],
    // (two voices: left to the frame, as a story quotes two people the same way)
    ['two voices only', [...LONG_LEAD, A, B], false],
    // (a report carried by its lead closing on reactions paraphrased a line each, none quoted)
    ['reactions paraphrased a line each', [...LONG_LEAD, '全国人大代表张建国表示，农村孩子上学的条件这几年改善很多。', '全国政协委员李秀兰认为，乡镇卫生院缺少医生。', '全国人大代表王海涛指出，村里的路去年修通了。'], false],
    // (a forum's speakers, each given a paragraph of what they said in the reporter's words: a view's paragraph each)
    ['speakers paraphrased a paragraph each', [...LONG_LEAD, '某研究院院长张建国指出，新型材料的研发周期长、投入大，企业单打独斗难以为继，应当由龙头企业牵头组建创新联合体，把高校和院所的力量组织起来。', '某大学教授李秀兰认为，人才是产业升级的关键，高校的专业设置要跟上产业变化，课程里要多安排企业实践，让学生毕业就能上手。', '某协会会长王海涛表示，行业标准不统一制约了新产品的推广，协会将联合上下游企业尽快制定团体标准，为产品走向市场铺平道路。'], true],
    // (no lead: the voices from the first paragraph are no round printed after a lead)
    ['no lead', [A, B, C], false],
  ];
  it.each(cases)('%s', (_what, texts, want) => {
    const reading = readProseVoices(texts);
    expect(isLeadThenRound(reading, measureVoiceRound(texts, reading))).toBe(want);
  });

  it('the judgement takes the round the layout\'s share refused (the first voice past half the sentences)', () => {
    const texts = [...LONG_LEAD, A, B, C];
    const reading = readProseVoices(texts);
    expect(isVoiceRound(reading, measureVoiceRound(texts, reading))).toBe(false);
    const o = analyzeText(['两会代表委员忙履职', ...texts].join('\n'));
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(['张建国', '李秀兰', '王海涛']);
  });
});

describe('the judgement: a round after a long frame is a "voices" feature; the look-alikes are not', () => {
  it.each([
    ['simplified', [...FRAME, A, B, C], ['张建国', '李秀兰', '王海涛']],
    ['traditional', [...FRAME_T, A_T, B_T, C_T], ['張建國', '李秀蘭', '王海濤']],
  ])('%s', (_script, paragraphs, who) => {
    const o = analyzeText(['两会代表委员忙履职', ...paragraphs].join('\n'));
    expect(o.detected).toBe(true);
    expect(o.kind).toBe('voices');
    expect(o.evidence).toContain('3 voices each heading a paragraph of their own');
    expect(names(o)).toEqual(who);
  });

  const not: Array<[string, string[]]> = [
    // the reporter visits each person: a story of the visit
    ['a tour', [...FRAME, `下午两点，记者来到全国人大代表张建国的房间。${A}`, `随后，记者在走廊遇见全国政协委员李秀兰。${B}`, `傍晚，记者在餐厅碰到全国人大代表王海涛。${C}`]],
    ['a tour, traditional', [...FRAME_T, `下午兩點，記者來到全國人大代表張建國的房間。${A_T}`, `隨後，記者在走廊遇見全國政協委員李秀蘭。${B_T}`, `傍晚，記者在餐廳碰到全國人大代表王海濤。${C_T}`]],
    // the voices come only after most of the story, in its last paragraph
    ['a story with two quotes at its end', [...FRAME, '会议室里，工作人员正在调试设备。', '晚饭后，代表们陆续回到房间休息。', `${A}${B}`]],
  ];
  it.each(not)('%s', (_what, paragraphs) => {
    expect(analyzeText(['两会代表委员忙履职', ...paragraphs].join('\n')).detected).toBe(false);
  });
});

describe('a pair named in the reporter\'s sentences: each voice given its paragraph from the start', () => {
  const lead = ['假日古城游人多', '本报讯（记者 林小红）“五一”假期首日，古城迎来大量游客，大多数游客文明出游。'];
  it.each([
    [
      'simplified',
      [
        ...lead,
        '带队的老师陈志明说，让孩子从小参加志愿服务，过一个不一样的劳动节，家长们都觉得很有意义，孩子们也很开心。',
        // (a sentence of scene first, the person in the second)
        '下午三点多，开元寺里游人如织。游客赵丽华表示，有的孩子在假山上爬上爬下，家长应该及时制止，出了意外就来不及了，大家都要文明出游。',
      ],
      ['陈志明', '赵丽华'],
    ],
    [
      'traditional',
      [
        '假日古城遊人多',
        '本報訊（記者 林小紅）「五一」假期首日，古城迎來大量遊客，大多數遊客文明出遊。',
        '帶隊的老師陳志明說，讓孩子從小參加志願服務，過一個不一樣的勞動節，家長們都覺得很有意義，孩子們也很開心。',
        '下午三點多，開元寺裡遊人如織。遊客趙麗華表示，有的孩子在假山上爬上爬下，家長應該及時制止，出了意外就來不及了，大家都要文明出遊。',
      ],
      ['陳志明', '趙麗華'],
    ],
  ])('a pair (%s)', (_script, paragraphs, who) => {
    const o = analyzeText(paragraphs.join('\n'));
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(who);
  });

  it('a story quoting two tourists after its own sentences is not a feature', () => {
    const o = analyzeText(
      [
        ...lead,
        '下午两点，西街十分热闹，志愿者举着提示牌来回穿梭。两名穿着红马甲的小学生引起了记者的注意。“让孩子从小参加志愿服务，过一个不一样的劳动节，我们觉得很有意义。”带队的陈老师说道。',
        '下午三点多，记者走进开元寺，到处都有游客拍照。在假山旁，不少孩子爬上爬下。“这种行为很危险，家长应该及时制止，出了意外就来不及了。”在一旁游览的赵女士表示。',
      ].join('\n'),
    );
    expect(o.detected).toBe(false);
  });
});

describe('isHeadedThree: three voices or more in a text of some length, two of them heading a paragraph', () => {
  const MARKET = [
    '春节临近，城南的年货市场一大早就热闹起来。',
    '市场里摆满了春联、灯笼和各种干果，摊主们忙着招呼客人。停车场早已停满了车，不少人是全家一起来的。入口处还设了临时的咨询台。',
    '家住附近的王女士说，今年的年货比去年丰富多了。“价格也比较实在，我一口气买了好几样。”',
    '市民陈先生告诉记者，他每年都来这里买春联。“在这里买的东西有年味，孩子们也喜欢来逛。”',
    '在一家干果摊前，顾客排起了长队。摊主这几天的生意格外好，进的货一天就卖完了。带着女儿来买糖果的刘阿姨说，过年就图个热闹。',
    '据了解，该市场将一直营业到除夕当天。市场管理方还增派了人手，维持现场秩序。',
    '此外，附近的两个菜市场也延长了营业时间。有关部门提醒市民，出门采购时注意交通安全。',
  ];
  // (the second voice told inside the reporter's paragraph: one voice heads a paragraph)
  const TUCKED = MARKET.map((p, i) => (i === 3 ? '不远处的摊位前挤满了选灯笼的人。市民陈先生告诉记者，他每年都来这里买春联。“在这里买的东西有年味，孩子们也喜欢来逛。”' : p));
  const cases: Array<[string, string[], boolean]> = [
    ['a scene of three passers-by, two heading a paragraph of their own', MARKET, true],
    ['one heading a paragraph, the others inside the narrative', TUCKED, false],
    // (a short item: the three voices' rule asks a text of some length)
    ['a short item quoting three people', MARKET.slice(0, 5), false],
  ];
  it.each(cases)('%s', (_what, texts, want) => {
    const reading = readProseVoices(texts);
    expect(isHeadedThree(reading, measureVoiceRound(texts, reading))).toBe(want);
  });

  it('the judgement takes it as a "voices" feature of its three people', () => {
    const o = analyzeText(['年货市场人气旺', ...MARKET].join('\n'));
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(['王女士', '陈先生', '刘阿姨']);
  });
});
