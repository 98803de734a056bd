/**
 * The sentence-level reader of voices in the reporter's prose (lib/understand/prose-voices.ts) and its turn in
 * the judgement (prose-judge.ts): who speaks in a sentence, who goes on, and whether the voices carry the text.
 * Sentences written here, simplified and traditional, each format with its counter-examples.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { findSentenceVoice, personOfChunk, readProseVoices, splitSentences } from '@/lib/understand/prose-voices';

type Row = [name: string | null, role: string | null];
const speakers = (o: Outline): Row[] => o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));

describe('splitSentences: sentence ends, a closing quotation mark kept with its sentence', () => {
  it.each([
    ['李先生说：“太好了。”他笑了。', ['李先生说：“太好了。”', '他笑了。']],
    ['天氣很好！王女士說，她很高興', ['天氣很好！', '王女士說，她很高興']],
    ['第一行\n第二行。', ['第一行', '第二行。']],
  ])('%s', (text, out) => expect(splitSentences(text)).toEqual(out));
});

describe('personOfChunk: the person a subject names', () => {
  const yes: Array<[string, string, string | null]> = [
    ['市民李先生', '李先生', '市民'],
    ['王女士', '王女士', null],
    ['家住城东的张大爷', '张大爷', null],
    ['退休教師陳太婆', '陳太婆', '退休教師'],
    ['小林', '小林', null],
    ['快递员小刘', '小刘', '快递员'],
    ['老王', '老王', null],
    ['欧阳女士', '欧阳女士', null],
  ];
  it.each(yes)('%s → %s (%s)', (chunk, name, role) => expect(personOfChunk(chunk)).toEqual({ name, role }));
  // anonymous people, reporters, words that only look like a name
  it.each(['一位市民', '老先生', '这位女士', '中年人', '记者李先生', '他們', '全国', '应该', '鄧續'])('%s → none', (chunk) => expect(personOfChunk(chunk)).toBeNull());
});

describe('findSentenceVoice: a person as the subject of a verb of saying, or before a quotation', () => {
  const yes: Array<[string, string]> = [
    ['家住城东的李先生说，这条路修好以后方便多了。', '李先生'],
    ['王女士笑着说：“孩子终于不用绕远路上学了。”', '王女士'],
    ['张大爷抱怨，早上的公交车太挤。', '张大爷'],
    ['“我们等了好多年。”刘阿姨感叹道。', '刘阿姨'],
    ['小林告诉记者，她每天都来这里跑步。', '小林'],
    ['陈同学坦言，考试压力不小。', '陈同学'],
    ['趙太婆直言：「菜價實在太貴了。」', '趙太婆'],
    ['在社区工作的周女士認為，服務還要再細一些。', '周女士'],
    ['记者走访时，市民黄先生表示，停车位太少。', '黄先生'],
  ];
  it.each(yes)('%s → %s', (s, name) => expect(findSentenceVoice(s)?.name).toBe(name));
  const no = [
    '一位市民说，这条路修好以后方便多了。',
    '老先生笑着说：“好啊。”',
    '记者李明说，现场秩序良好。',
    '他说，这件事还要再看看。',
    '专家认为，房价还会稳定。',
    '全国各地的游客都说好。',
    '这条路去年修好，沿线商铺陆续开业。',
  ];
  it.each(no)('%s → none', (s) => expect(findSentenceVoice(s)).toBeNull());
});

describe('readProseVoices: statements go on through a pronoun, the surname, an open quotation', () => {
  it('counts each person once, their sentences with them', () => {
    const r = readProseVoices([
      '早高峰的地铁站里人来人往。',
      '家住城东的李先生说，换乘通道修好以后方便多了。他表示，以前要多走十分钟。',
      '王女士笑着说：“孩子上学也近了。以后不用早起。”',
      '李先生又说，希望公交也能跟上。',
    ]);
    expect(r.voices.map((v) => v.name)).toEqual(['李先生', '王女士', '李先生']);
    expect(r.people).toBe(2);
    expect(r.ordinary).toBe(2);
    expect(r.returns).toBe(1);
    expect(r.sentences).toBe(6);
    expect(r.statements).toBe(5);
    expect(r.voices[1]!.sentences).toHaveLength(2);
  });
  it('goes on by the surname alone (Hong Kong style)', () => {
    const r = readProseVoices(['鄧先生說，區內人流多了。鄧續指，店舖生意好轉。']);
    expect(r.people).toBe(1);
    expect(r.statements).toBe(2);
  });
});

describe('the prose judge: a vox pop in prose is a feature, a story quoting people is not', () => {
  const voxPop = [
    '社区菜市场改造后重新开业',
    '本报记者 周明',
    '昨天上午，改造后的东门菜市场重新开业，不少街坊一早就来买菜。',
    '家住附近的张大爷说，以前地面湿滑，现在干净多了。',
    '刘阿姨抱怨，停车位还是太少，骑电动车来不好停。',
    '“摊位都有价格牌，买得放心。”带着孩子的陈女士笑着说。',
    '在菜场卖菜十年的小林告诉记者，新摊位租金没涨，她很满意。',
  ].join('\n');
  it('detects four passers-by speaking in prose, with the describing clause as the role', () => {
    const o = analyzeText(voxPop);
    expect(o.detected).toBe(true);
    expect(o.kind).toBe('voices');
    expect(speakers(o).map((r) => r[0]).sort()).toEqual(['刘阿姨', '小林', '张大爷', '陈女士'].sort());
  });
  it('traditional script, no paragraph breaks', () => {
    const o = analyzeText(
      '街市翻新後重開\n昨日街市重開，人流不少。住在附近的何伯說，地面乾淨多了。李太抱怨，攤位價錢貴了。「我以後會常來。」退休教師黃女士笑著說。做了十年生意的小梁坦言，租金沒有加，他很滿意。',
    );
    expect(o.detected).toBe(true);
    expect(speakers(o).map((r) => r[0]).sort()).toEqual(['何伯', '小梁', '李太', '黃女士'].sort());
  });
  const STREET =
    '改造后的老街周末迎来不少游客，沿街的老字号也排起了长队，附近几条小巷同样热闹。在老街开了二十年茶馆的李先生说，现在客人比以前多了一倍。他表示，希望晚上的路灯再亮一些。“以前一到晚上就冷清。”带着孙子来逛街的王阿姨接过话说。王阿姨认为，改造后的老街既保留了老样子，又方便了大家。';
  it('three passers-by in one paragraph of prose: the prose reader decides, roles as printed with their 的', () => {
    const o = analyzeText(`老街改造后的第一个周末\n${STREET}摆摊卖糖画的小赵坦言，周末一天能卖出两百多个。`);
    expect(o.detected).toBe(true);
    expect(o.kind).toBe('voices');
    expect(readProseVoices([`${STREET}摆摊卖糖画的小赵坦言，周末一天能卖出两百多个。`]).ok).toBe(true);
    expect(speakers(o).map((r) => r[0]).sort()).toEqual(['李先生', '王阿姨', '小赵'].sort());
    expect(speakers(o).find((r) => r[0] === '李先生')?.[1]).toBe('在老街开了二十年茶馆的');
  });
  it('two passers-by alone are not enough: a story quotes two', () => {
    expect(readProseVoices([STREET]).ok).toBe(false);
    expect(analyzeText(`老街改造后的第一个周末\n${STREET}`).detected).toBe(false);
  });
  it('two people answering each other by name (a debate) is no prose feature', () => {
    const r = readProseVoices(['議員王美玲表示，捷運延伸線一再延宕。', '市長林正雄回應表示，延伸線已經發包。', '王美玲表示，市民已經聽膩了。', '林正雄表示，工程進度每月公布。', '議員陳大同說，市府要拿出時程。']);
    expect(r.people).toBe(3);
    expect(r.returns).toBe(2);
    expect(r.ok).toBe(false);
  });
  it('a news story quoting two officials as evidence stays a story', () => {
    const o = analyzeText(
      [
        '市政府昨日公布新的交通规划，计划在三年内新建五条公交线路。',
        '规划提出，将优先改善老城区的出行条件，并增加停车位供给。',
        '据了解，项目总投资约二十亿元，资金由市区两级财政共同承担。',
        '市交通局局长王建国表示，规划已征求各方意见。',
        '规划还明确了时间表，首批线路将于明年开通，沿线站点同步改造。',
        '专家认为，规划的落实还需要配套政策。',
        '市发改委副主任李红说，资金已经落实。',
        '下一步，相关部门将分阶段推进，并定期向社会公布进展。',
      ].join('\n'),
    );
    expect(o.detected).toBe(false);
  });
  it('one person speaking throughout (a speech report) is no feature', () => {
    const o = analyzeText(
      [
        '市长张国华昨日出席论坛并致辞。',
        '张国华表示，城市发展要以人为本。',
        '张国华说，明年将新建十所学校。',
        '他强调，民生投入只增不减。',
        '张国华指出，营商环境还要继续优化。',
      ].join('\n'),
    );
    expect(o.detected).toBe(false);
  });
  it('anonymous people speaking are no speakers', () => {
    const o = analyzeText(
      ['公园改造完成', '一位市民说，环境好多了。', '一名老先生笑着说，每天都来散步。', '有位中年人表示，希望多些座椅。', '一位阿姨抱怨，厕所太少。'].join('\n'),
    );
    expect(o.detected).toBe(false);
  });
});

describe('the prose reader: a round gives its voices a paragraph each, a scene story tucks them in its narrative', () => {
  const VISIT = '春节前夕，记者跟随社区志愿者走访了几户居民家庭，看看大家是怎样准备过年的。';
  const AUNT = '家住三楼的周阿姨正在厨房里忙着包饺子，她说，今年儿子一家要回来，饺子得多包一些。';
  const WORKER = '退休工人孙师傅一边泡茶一边告诉记者，小区今年新装了电梯，上下楼方便多了。';
  const GIFTS = '社区还为独居老人准备了年货礼包，志愿者将挨家挨户送到门口。';
  const SHOP = '在楼下开小超市的郑先生表示，这几天来买年货的人特别多，他准备春节期间照常营业。';
  it('three passers-by, one quoted at the end of a narrative paragraph: a story of a visit, no round', () => {
    const r = readProseVoices([VISIT, AUNT, `志愿者们帮老人贴好春联，贴得整整齐齐。随后又检查了家里的燃气管道和电线。大家来到隔壁楼时，${WORKER}`, GIFTS, SHOP]);
    expect([r.people, r.ordinary, r.opened]).toEqual([3, 3, 2]);
    expect(r.ok).toBe(false);
  });
  it('the same three each heading a paragraph of their own: a vox pop', () => {
    const r = readProseVoices([VISIT, AUNT, '志愿者们帮老人贴好春联，贴得整整齐齐。随后又检查了家里的燃气管道和电线。', WORKER, GIFTS, SHOP]);
    expect([r.people, r.opened]).toEqual([3, 3]);
    expect(r.ok).toBe(true);
  });
});
