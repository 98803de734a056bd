/**
 * How a piece frames itself as a round of views (lib/understand/framing-cues.ts) and its turn in the judgement
 * (prose-judge.ts, measure-voice-round.ts isFramedRound): a headline naming a group and its view, a lead saying
 * several people spoke, the voices listed by name; an ordinary two-person story's headline fires none. Sentences
 * written here, simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, explainText } from '@/lib/understand';
import { announcesGroupViews, framesEvent, framesGroupView, listsNames, readFraming } from '@/lib/understand/framing-cues';
import { countSpokenVoices, isFramedRound, type VoiceRound } from '@/lib/understand/measure-voice-round';
import type { ProseReading } from '@/lib/understand/prose-voices';

describe('framesGroupView: a headline naming a group and its view', () => {
  it.each([
    ['新学期开学 家长怎么看课后服务'],
    ['延迟退休方案出台 市民怎么想'],
    ['我省全国人大代表热议政府工作报告'],
    ['台灣學者評兩岸新政：利大於弊'],
    ['教育界委員倡議加強職業教育'],
    ['老旧小区加装电梯 居民纷纷点赞'],
    ['消费券今日发放 市民︰多谢政府'],
    ['世界盃決賽 球迷:這場踢得太精彩'],
    ['新華社電 題：志願者：在服務中成長'],
    ['京城街頭“聽”兩會'],
    ['高考家长最关心什么？'],
    ['專家學者談人工智能與就業'],
    // the group answering the headline's own question
    ['乡村振兴怎么干？代表委员来回答'],
    ['鄉村振興如何“振” 委員代表來回答'],
    ['作业太多怎么办 专家来支招'],
    // a sector or the diaspora as the group; "in the eyes of", "how do they regard"
    ['科技界人士点赞新一轮减税措施'],
    ['教育界熱議課程改革'],
    ['海外侨胞眼中的家乡新变化'],
    ['旅居海外的僑胞如何看待兩岸交流'],
    ['與會嘉賓熱議數字經濟'],
    // several of them giving proposals, or what they have to say
    ['如何推进垃圾分类？代表委员给出建议'],
    ['養老服務怎麼辦 委員們提出良策'],
    ['关于全民健身 代表们有这些话想说'],
    ['運動場館開放 市民有話要說'],
  ])('%s', (headline) => {
    expect(framesGroupView(headline)).toBe(true);
  });

  // ordinary stories with one or two people, an event, a number: no group and its view
  it.each([
    ['张市长与李书记会见外商代表团'],
    ['王某某当选市人大常委会主任'],
    ['陳某起訴前夫 法院今日開庭'],
    ['两车相撞致三人受伤'],
    ['本市新增中小学学位三千多个'],
    ['國務院總理作政府工作報告'],
    ['代表团抵京 明日开幕'],
    ['市民公园今日起免费开放'],
    // one official answering: no group
    ['局长来回答市民关心的问题'],
    ['市长来解答网友提问'],
    // a sector or a person's eyes, with no view of a group
    ['文化界名人故居修缮完工'],
    ['老人眼疾手术费用纳入医保'],
    // one deputy's proposal: no group
    ['全国人大代表王某某建议设立养老护理专业'],
    ['人大代表张某提出建议：延长产假'],
  ])('not: %s', (headline) => {
    expect(framesGroupView(headline)).toBe(false);
  });
});

describe('announcesGroupViews: a lead saying several people spoke', () => {
  it.each([
    ['讨论中，委员们认为，报告总结实在、目标明确。'],
    ['團員昨日已紛紛透過網絡表達此行的感受。'],
    ['多名澳門市民均表示，對選舉結果並不意外。'],
    ['記者隨機採訪了多名市民，聽取他們的意見。'],
    ['家长们最关心的是什么？记者来到考点外。'],
    ['唔少議員辯論時炮轟政府施政失誤。'],
    ['委员们建议，加快推进养老服务体系建设。'],
    ['许多侨胞表示，这台晚会让他们倍感亲切。'],
    ['許多僑胞表示，整台晚會讓他們倍感親切。'],
    ['与会专家纷纷就乡村教育建言献策。'],
  ])('%s', (lead) => {
    expect(announcesGroupViews(lead)).toBe(true);
  });

  it.each([
    ['昨日下午，两辆货车在高速公路上相撞，司机张某受轻伤。'],
    ['記者於現場看見不少市民急不及待希望離開。'],
    ['王先生与妻子李女士结婚三十年，两人一直在村里种菜。'],
    ['市政府昨日公布，今年共新建学校六所。'],
    // (a suggestion as a noun: what the members are busy with, not what they said)
    ['连日来，不少代表委员正在修改建议。'],
  ])('not: %s', (lead) => {
    expect(announcesGroupViews(lead)).toBe(false);
  });
});

describe('listsNames: two voices in one list of a sentence', () => {
  it.each([
    ['直選議員陳明德、施家文和宋美琪昨向居民做工作總結。', ['陳明德', '宋美琪'], true],
    ['节目邀请了研究中心会长萧志强，以及大学教授林海燕。', ['萧志强', '林海燕'], true],
    ['张建国说，这件事李秀兰也知道。', ['张建国', '李秀兰'], false],
    ['陳明德昨日出席活動。宋美琪則在辦公室。', ['陳明德', '宋美琪'], false],
  ] as const)('%s', (text, names, expected) => {
    expect(listsNames(text, names)).toBe(expected);
  });
});

describe('framesEvent: an accident, a ruling, an arrest', () => {
  it.each([
    ['货车与私家车相撞 两人受伤', true],
    ['男子涉嫌詐騙被捕', true],
    ['家长怎么看课后服务', false],
  ] as const)('%s', (headline, expected) => {
    expect(framesEvent(headline)).toBe(expected);
  });
});

describe('readFraming: cue kinds add up; an event headline takes one away', () => {
  it('a group and its view in the headline, a lead announcing, the voices listed', () => {
    const f = readFraming(['市民热议新规'], ['记者随机采访了多名市民。市民张建国、李秀兰都表示支持。'], ['张建国', '李秀兰']);
    expect([f.headline, f.lead, f.listed, f.event, f.strength]).toEqual([true, true, true, false, 3]);
    expect(f.cues).toHaveLength(3);
  });

  it('an ordinary story: nothing', () => {
    const f = readFraming(['两车相撞致三人受伤'], ['昨日下午，两辆货车在高速公路上相撞。'], ['张建国']);
    expect([f.headline, f.lead, f.listed, f.event, f.strength]).toEqual([false, false, false, true, -1]);
  });
});

describe('isFramedRound: a weaker round, passed only when framed', () => {
  const prose = { sentences: 10, statements: 3, people: 2, top: 0.6, ordinary: 0, returns: 0, first: 0.3, paragraphs: 6, opened: 2, quoted: 0, officials: 0, voices: [], ok: false } as ProseReading;
  const round: VoiceRound = { paragraphs: 5, firstVoiced: 1, body: 4, led: 2, leaders: 2, voiced: 2, between: 1, after: 1 };
  it.each([
    ['framed, two voices heading 2 of 4 paragraphs', prose, round, 1, true],
    ['not framed', prose, round, 0, false],
    ['a voice returned to once', { ...prose, returns: 1 }, round, 1, true],
    ['voices returned to twice', { ...prose, returns: 2 }, round, 1, false],
    ['one person holding most of the words', { ...prose, top: 0.9 }, round, 1, false],
    ['only one voice heading a paragraph', prose, { ...round, leaders: 1, led: 1 }, 1, false],
    ['officials most of the people', { ...prose, officials: 2 }, round, 1, false],
    ['voices heading too few paragraphs', prose, { ...round, body: 8 }, 1, false],
    ['two voices closing a story: two paragraphs from the first voice on', prose, { ...round, firstVoiced: 4, body: 2 }, 1, false],
  ] as const)('%s', (_, p, r, strength, expected) => {
    expect(isFramedRound(p, r, strength)).toBe(expected);
  });
});

const voice = (name: string, ...sentences: string[]) => ({ name, role: null, sentences, at: 0 });

describe('countSpokenVoices: voices that say something of their own', () => {
  it.each([
    ['two sentences each', [voice('张建国', '张建国说，作业少了。', '周末可以打球。'), voice('李秀兰', '李秀兰认为，接孩子方便了。', '她希望多开体育课。')], 2],
    ['one sentence with a quotation counts', [voice('张建国', '“作业少了，周末可以打球。”张建国说。'), voice('李秀兰', '李秀兰认为，接孩子方便了。')], 1],
    ['one person over two statements', [voice('张建国', '张建国说，作业少了。'), voice('张建国', '张建国又说，周末可以打球。')], 1],
    ['names in passing, one sentence each', [voice('张建国', '张建国说，作业少了。'), voice('李秀兰', '李秀兰也表示赞同。')], 0],
    ['traditional quotation marks', [voice('張建國', '「作業少了。」張建國說。'), voice('李秀蘭', '「接孩子方便了。」李秀蘭說。')], 2],
  ] as const)('%s', (_, voices, n) => {
    expect(countSpokenVoices({ ...({} as ProseReading), voices: [...voices] })).toBe(n);
  });
});

describe('isFramedRound, whatever the layout: voices inside narrative paragraphs', () => {
  const two = [voice('张建国', '张建国说，作业少了。', '周末可以打球。'), voice('李秀兰', '“接孩子方便了。”李秀兰说。')];
  const prose = { sentences: 10, statements: 4, people: 2, top: 0.55, ordinary: 0, returns: 0, first: 0.3, paragraphs: 9, opened: 1, quoted: 1, officials: 0, voices: two, ok: false } as ProseReading;
  // one voice heads a paragraph; the other speaks late in a narrative one: the layout check fails
  const round: VoiceRound = { paragraphs: 9, firstVoiced: 1, body: 8, led: 1, leaders: 1, voiced: 2, between: 3, after: 2 };
  it.each([
    ['framed, two voices saying something, 40% of the sentences, balanced', prose, round, 1, true],
    ['not framed', prose, round, 0, false],
    ['too small a share of the sentences', { ...prose, statements: 2 }, round, 1, false],
    ['one voice holding most of the words', { ...prose, top: 0.75 }, round, 1, false],
    ['one voice only saying something', { ...prose, voices: [two[0]!, voice('李秀兰', '李秀兰也表示赞同。')] }, round, 1, false],
    ['no voice heading any paragraph', prose, { ...round, led: 0, leaders: 0 }, 1, false],
  ] as const)('%s', (_, p, r, strength, expected) => {
    expect(isFramedRound(p as ProseReading, r, strength)).toBe(expected);
  });
});

describe('the framed round in the judgement', () => {
  // two parents, no quotation, narrative after them: the prose rule and the layout refuse it
  const body = [
    '9月1日，本市中小学迎来新学期。今年秋季学期起，全市中小学统一推行课后服务，放学时间推迟到下午五点半。',
    '家长张建国表示，孩子今年上初中，作业比以前少了，周末可以去打球。他认为学校的课后服务很有帮助，自己下班后再去接孩子也来得及。',
    '家长李秀兰认为，放学时间推迟以后，接孩子方便了很多。她希望学校多开一些体育和艺术课程，让孩子在学校里多活动。',
    '据了解，今年全市新增中小学学位三千多个，新建学校六所。',
  ];

  it('framed as a round of views: a voices feature of the two parents', () => {
    const o = analyzeText(['新学期开学 家长怎么看课后服务', ...body].join('\n'));
    expect(o.detected).toBe(true);
    expect(o.kind).toBe('voices');
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['张建国', '李秀兰']);
    expect(o.evidence).toContain('framed as a round of views');
  });

  it('the same text under a headline of numbers: a story, not detected', () => {
    expect(analyzeText(['本市新增中小学学位三千多个', ...body].join('\n')).detected).toBe(false);
  });

  it('--explain prints the framing evidence and why it decided, either way', () => {
    const yes = explainText(['新学期开学 家长怎么看课后服务', ...body].join('\n'));
    expect(yes).toContain('✓ framed as a round of views (headline "新学期开学 家长怎么看课后服务": a group\'s view)');
    expect(yes).toContain('Evidence: 2 people speaking');
    const no = explainText(['本市新增中小学学位三千多个', ...body].join('\n'));
    expect(no).toContain('✗ framed as a round of views (no cue)');
    expect(no).toContain('Detected: no');
  });

  // (a lead announcing that the reporter asked several people makes a round-up already: judge-roundup.ts)
  const lead = '9月1日，本市中小學迎來新學期，家長們紛紛表示支持。';
  const traditional = (first: string) =>
    [
      '新學期課後服務上路',
      first,
      '家長張建國表示，孩子今年上初中，作業比以前少了，週末可以去打球。他認為學校的課後服務很有幫助，自己下班後再去接孩子也來得及。',
      '家長李秀蘭認為，放學時間推遲以後，接孩子方便了很多。她希望學校多開一些體育和藝術課程，讓孩子在學校裡多活動。',
      '據了解，今年全市新增中小學學位三千多個，新建學校六所。',
    ].join('\n');

  it('traditional script: framed by its lead', () => {
    const o = analyzeText(traditional(lead));
    expect(o.detected).toBe(true);
    expect(o.evidence).toContain('framed as a round of views');
  });

  it('traditional script, a lead that frames nothing: not detected', () => {
    expect(analyzeText(traditional('9月1日，本市中小學迎來新學期。')).detected).toBe(false);
  });
});

describe('the framed round whatever the layout: voices late in narrative paragraphs', () => {
  const body = [
    '昨天上午九点，地铁新线正式开通运营，首班车从西站发出，车厢里坐满了前来体验的乘客。',
    '新线全长二十多公里，设站十五座，沿线经过多个大型社区和两所大学，平均站间距一点五公里。',
    '车站里，不少乘客拿着手机拍照留念。住在沿线社区的退休教师王建华说，以前进城要倒两次公交车，路上要一个多小时。他说：“现在坐地铁二十分钟就到了，真是方便多了。”',
    '开通首日，地铁公司在各站安排了志愿者引导乘客，站台上还设置了临时咨询台。',
    '据介绍，新线采用六节编组列车，高峰时段发车间隔为四分钟，今后将根据客流进一步缩短间隔。',
    '在大学站下车的学生刘晓雨也很高兴。她告诉记者，学校离市区远，周末进城很不方便。她说：“以后和同学约着去看展览就容易了，希望晚上的末班车能再晚一点。”',
    '地铁公司表示，将根据乘客的意见调整运营时间。',
  ];

  it('framed by its headline: the two passengers, though one of them heads no paragraph', () => {
    const o = analyzeText(['地铁新线开通 乘客怎么看', ...body].join('\n'));
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['王建华', '刘晓雨']);
    expect(explainText(['地铁新线开通 乘客怎么看', ...body].join('\n'))).toContain('the round above, 2 saying');
  });

  it('the same text under a headline of the event: a story, not detected', () => {
    expect(analyzeText(['北京地铁新线昨日开通', ...body].join('\n')).detected).toBe(false);
  });

  it('framed, but the second person only named in passing: not detected', () => {
    const passing = body.map((p, i) => (i === 5 ? '在大学站下车的学生刘晓雨也表示赞同。' : p));
    expect(analyzeText(['地铁新线开通 乘客怎么看', ...passing].join('\n')).detected).toBe(false);
  });
});
