/**
 * Label formats and the false voices found on a batch kept apart from the team, each cause with invented
 * texts of the same shape (simplified and traditional) and a counter-example.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText, checkPage } from '@/lib/understand';
import { namesForSurname, roleBefore } from '@/lib/understand/surname-labels';
import { stripLetterVerb } from '@/lib/understand/letter-lines';
import { findInlineLabels, findUnquotedLabels } from '@/lib/understand/inline-labels';
import { matchNameRoleLine } from '@/lib/understand/name-role-lines';
import { parseHtml } from '@/scripts/cli/input';
import { isAnonymousVoice } from '@/lib/understand/anonymous-voices';
import { isHostLabel, isLabelShaped } from '@/lib/understand/lines';
import { splitSpeakerLabel } from '@/lib/understand/names';

type Row = [name: string | null, role: string | null];

function speakers(o: Outline): Row[] {
  return o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));
}

describe('anonymous and group labels are never speakers', () => {
  const ANONYMOUS: Array<[role: string, anonymous: boolean]> = [
    ['球迷', true],
    ['現場球迷', true],
    ['(大学生)', true],
    ['（家長）', true],
    ['嫂子', true],
    ['受訪專家', true],
    ['球賽主播', true],
    ['一位市民', true],
    ['球迷A', true],
    ['市民甲', true],
    // organisations and offices speak as themselves
    ['專業議政', false],
    ['香港會計師公會', false],
    ['市发改委副主任', false],
    ['民建聯', false],
  ];
  it.each(ANONYMOUS)('%s → anonymous %s', (role, anonymous) => {
    expect(isAnonymousVoice({ name: null, role })).toBe(anonymous);
  });
  it('a named person is never anonymous, whatever the role', () => {
    expect(isAnonymousVoice({ name: '陈先生', role: '球迷' })).toBe(false);
  });

  const PAGES: Array<{ what: string; text: string; detected: boolean; speakers: Row[] }> = [
    {
      what: 'simplified: fans\' lines and one named coach are no feature',
      detected: false,
      speakers: [],
      text: `球迷热议决赛
昨晚的决赛吸引了众多球迷到场观看。
现场球迷：“这场比赛太精彩了，主队的防守非常出色。”
一位球迷：“最后十分钟的进球让我激动不已。”
球迷：“希望明年还能看到这样的比赛。”
俱乐部主教练王建国：“队员们发挥得很好，感谢球迷的支持。”`,
    },
    {
      what: 'traditional: kin, a group subhead and a nameless host among two named voices',
      detected: true,
      speakers: [
        ['李建華', '校長'],
        ['張明', '家長會主席'],
      ],
      text: `開學第一天
新學期開始，記者在校門口隨機採訪。
(大學生)：「終於可以見到同學們了，很開心。」
嫂子：「每天接送孩子其實也挺累的。」
受訪專家：「開學初期家長要多留意孩子的情緒。」
球賽主播：「今天的天氣很適合戶外活動。」
校長李建華：「開學初期我們會安排適應課程，讓學生慢慢進入狀態。」
家長會主席張明：「我們會和學校保持溝通，一起照顧好孩子。」`,
    },
    {
      what: 'counter-example: a named fan stays a speaker',
      detected: true,
      speakers: [
        ['陈先生', '球迷'],
        ['王建国', '俱乐部主教练'],
      ],
      text: `球迷热议决赛
昨晚的决赛吸引了众多球迷到场观看。
球迷陈先生：“这场比赛太精彩了，主队的防守非常出色。”
俱乐部主教练王建国：“队员们发挥得很好，感谢球迷的支持。”`,
    },
  ];
  it.each(PAGES)('$what', ({ text, detected, speakers: want }) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(detected);
    expect(speakers(o)).toEqual(want);
  });
});

describe('a survey or report title is not a name', () => {
  const LABELS: Array<[label: string, name: string | null]> = [
    ['某市居民出游调查', null],
    ['某市居民出遊調查', null],
    ['本市家长课后服务问卷', null],
    ['某區居民數據解讀', null],
    // counter-examples: a person after a role word still splits off
    ['市民王晓明', '王晓明'],
    ['立法會議員陳家強', '陳家強'],
  ];
  it.each(LABELS)('%s → name %s', (label, name) => {
    expect(splitSpeakerLabel(label).name).toBe(name);
  });
  it('a headline "居民出游调查:…？" inside a page is no voice', () => {
    const o = analyzeText(`假期专题
今年国庆假期，不少居民选择出游。
某市居民出游调查:假期为何成了负担?
记者走访发现，景区人多、交通拥堵是大家最常提到的问题。
市文旅局副局长陈国平:我们将加强景区客流管理，减少排队时间。
旅游学院教授刘晓明:错峰出游是解决拥堵的好办法，建议大家灵活安排。`);
    expect(speakers(o)).toEqual([
      ['陈国平', '市文旅局副局长'],
      ['刘晓明', '旅游学院教授'],
    ]);
  });
});

describe('reporters and on-screen captions are not speakers', () => {
  const HOSTS: Array<[label: string, host: boolean]> = [
    ['李某(本台记者)', true],
    ['陳某（本台記者）', true],
    ['總臺記者 朱某', true],
    ['本台记者李某', true],
    // counter-examples: a guest with a profession, a microblog handle whatever its owner does
    ['资深媒体人张三', false],
    ['@张某(主持人)', false],
    ['市政协委员王某', false],
  ];
  it.each(HOSTS)('%s → host %s', (label, host) => {
    expect(isHostLabel(label)).toBe(host);
  });
  // (解説 with the Japanese-form 説 that big5 gateways print)
  it.each([['字幕提示'], ['畫外音'], ['解说词'], ['解說詞'], ['解説']])('%s is not label-shaped', (label) => {
    expect(isLabelShaped(label)).toBe(false);
  });
  it.each([['解先生'], ['解説員張三']])('%s is label-shaped (a surname 解, a role ending in a name)', (label) => {
    expect(isLabelShaped(label)).toBe(true);
  });
  const PAGES: Array<{ what: string; text: string; speakers: Row[] }> = [
    {
      what: 'simplified: a caption and two reporters asking, two guests answering',
      text: `社区养老新探索
字幕提示：本片部分画面为资料画面。
李某(本台记者)：您觉得社区养老最需要解决的是什么问题？
社区主任王丽华：我们的社区食堂已经运营两年，每天为三百多位老人提供午餐。
总台记者 朱某：下一步有什么打算？
民政局局长赵建设：下一步我们会在全市推广这种模式，让更多老人受益。`,
      speakers: [
        ['王丽华', '社区主任'],
        ['赵建设', '民政局局长'],
      ],
    },
    {
      what: 'traditional: the same shape',
      text: `社區養老新探索
字幕提示：本片部分畫面為資料畫面。
李某(本台記者)：您覺得社區養老最需要解決的是什麼問題？
社區主任王麗華：我們的社區食堂已經運營兩年，每天為三百多位老人提供午餐。
總臺記者 朱某：下一步有什麼打算？
民政局局長趙建設：下一步我們會在全市推廣這種模式，讓更多老人受益。`,
      speakers: [
        ['王麗華', '社區主任'],
        ['趙建設', '民政局局長'],
      ],
    },
  ];
  it.each(PAGES)('$what', ({ text, speakers: want }) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual(want);
  });
  it('the reporters who ask are credited, once each', () => {
    const o = analyzeText(PAGES[0]!.text);
    expect(o.credits).toEqual([
      { role: '本台记者', names: ['李某'] },
      { role: '总台记者', names: ['朱某'] },
    ]);
  });
});

describe('a host without the word 主持人: the one voice that only asks', () => {
  const PAGES: Array<{ what: string; text: string; kind: Outline['kind']; speakers: Row[] }> = [
    {
      what: 'simplified: a bare-named host asks, two guests answer; his greeting is not his role',
      kind: 'panel',
      text: `圆桌对话：城市更新怎么做
本期嘉宾：张建华，市规划院院长；李明远，同济大学教授。
王晓峰：欢迎两位嘉宾。城市更新最难的是什么？
张建华：最难的是平衡各方利益，既要保护老建筑，也要改善居民的生活条件。
王晓峰：李教授怎么看？
李明远：我认为要让居民充分参与，规划不能只在图纸上做。`,
      speakers: [
        ['张建华', '市规划院院长'],
        ['李明远', '同济大学教授'],
      ],
    },
    {
      what: 'traditional: the same shape',
      kind: 'panel',
      text: `圓桌對話：城市更新怎麼做
本期嘉賓：張建華，市規劃院院長；李明遠，同濟大學教授。
王曉峰：歡迎兩位嘉賓。城市更新最難的是什麼？
張建華：最難的是平衡各方利益，既要保護老建築，也要改善居民的生活條件。
王曉峰：李教授怎麼看？
李明遠：我認為要讓居民充分參與，規劃不能只在圖紙上做。`,
      speakers: [
        ['張建華', '市規劃院院長'],
        ['李明遠', '同濟大學教授'],
      ],
    },
    {
      what: 'traditional: the host opens and thanks without a question, and asks in between',
      kind: 'panel',
      text: `圓桌對話：城市更新怎麼做
王曉峰：歡迎收看本期節目，今天我們請來兩位嘉賓，一起聊聊城市更新。
王曉峰：城市更新最難的是什麼？
張建華（市規劃院院長）：最難的是平衡各方利益，既要保護老建築，也要改善居民的生活條件。
王曉峰：李教授怎麼看？
李明遠（同濟大學教授）：我認為要讓居民充分參與，規劃不能只在圖紙上做。
王曉峰：謝謝兩位。`,
      speakers: [
        ['張建華', '市規劃院院長'],
        ['李明遠', '同濟大學教授'],
      ],
    },
    {
      what: 'counter-example: a guest who asks once and also answers stays a guest',
      kind: 'voices',
      text: `圆桌对话：城市更新怎么做
本期嘉宾：张建华，市规划院院长；李明远，同济大学教授；王晓峰，市民代表。
王晓峰：老房子到底拆不拆？
张建华：最难的是平衡各方利益，既要保护老建筑，也要改善居民的生活条件。
王晓峰：我家就住在老城区，大家都盼着改造，但也舍不得老邻居。
李明远：我认为要让居民充分参与，规划不能只在图纸上做。`,
      speakers: [
        ['王晓峰', '市民代表'],
        ['张建华', '市规划院院长'],
        ['王晓峰', '市民代表'],
        ['李明远', '同济大学教授'],
      ],
    },
  ];
  it.each(PAGES)('$what', ({ text, kind, speakers: want }) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    expect(o.kind).toBe(kind);
    expect(speakers(o)).toEqual(want);
  });
});

describe('dialogue turns labelled by the surname alone, the full names given once', () => {
  it.each([
    ['本报记者与张三丰、王五洲对谈老街区改造。', '张', '张三丰'],
    ['本报记者与张三丰、王五洲对谈老街区改造。', '王', '王五洲'],
    ['對談嘉賓：張三豐（作家） 王五洲（畫家）', '張', '張三豐'],
    ['本報記者與李四、王五對談', '王', '王五'],
    ['本报记者王小明与张三丰、王五洲对谈', '王', '王五洲'],
  ])('%s: %s → %s', (intro, surname, name) => {
    expect([...namesForSurname(intro, surname)]).toEqual([name]);
  });

  it.each([
    ['本报记者与作家张三丰、画家王五洲对谈', '张三丰', '作家'],
    ['本報記者與作家張三豐、畫家王五洲對談', '王五洲', '畫家'],
    ['本报记者与张三丰、王五洲对谈', '张三丰', null],
  ])('%s: the role before %s is %s', (intro, name, role) => {
    expect(roleBefore(intro, name)).toBe(role);
  });

  const PAGES: Array<{ what: string; text: string; detected: boolean; speakers: Row[] }> = [
    {
      what: 'simplified: the intro names both, the turns use surnames',
      detected: true,
      text: `对话：老街区的新生活
本报记者与张三丰、王五洲对谈老街区改造。
张：老街区改造后，生活方便多了，菜市场就在楼下。
王：我觉得最大的变化是邻里关系，大家常在一起聊天。
张：不过停车还是个问题，希望能再想想办法。`,
      speakers: [
        ['张三丰', null],
        ['王五洲', null],
        ['张三丰', null],
      ],
    },
    {
      what: 'traditional: a roster line gives the names and roles',
      detected: true,
      text: `對話：老街區的新生活
對談嘉賓：張三豐（作家） 王五洲（畫家）
張：老街區改造後，生活方便多了，菜市場就在樓下。
王：我覺得最大的變化是鄰里關係，大家常在一起聊天。
張：不過停車還是個問題，希望能再想想辦法。`,
      speakers: [
        ['張三豐', '作家'],
        ['王五洲', '畫家'],
        ['張三豐', '作家'],
      ],
    },
    {
      what: 'counter-example: surname turns the intro names nobody with stay text',
      detected: false,
      text: `对话：老街区的新生活
记者走访了老街区的几户人家。
张：老街区改造后，生活方便多了，菜市场就在楼下。
王：我觉得最大的变化是邻里关系，大家常在一起聊天。
张：不过停车还是个问题，希望能再想想办法。`,
      speakers: [],
    },
  ];
  it.each(PAGES)('$what', ({ text, detected, speakers: want }) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(detected);
    expect(speakers(o)).toEqual(want);
  });

  it('the page check counts two surnames taking turns, not one', () => {
    const page = (lines: string[]) => parseHtml(`<html><body><h1>对话</h1>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`).document;
    const two = ['本报记者与张三丰、王五洲对谈老街区改造，听听他们的看法和建议。', '张：老街区改造后，生活方便多了，菜市场就在楼下。', '王：我觉得最大的变化是邻里关系，大家常在一起聊天。'];
    expect(checkPage(page(two)).textCues).toBe(true);
    const one = ['本报记者与张三丰对谈老街区改造，听听他的看法和建议，以及对未来的期待。', '张：老街区改造后，生活方便多了，菜市场就在楼下。', '张：不过停车还是个问题，希望能再想想办法。'];
    expect(checkPage(page(one)).textCues).toBe(false);
  });
});

describe('a reader\'s letter: "……的读者王某来信写到：" then the letter', () => {
  it.each([
    ['某地的读者王某来信写到', '某地的读者王某'],
    ['退休教師李某來信說', '退休教師李某'],
    ['另一位读者，退休教师李某在来信中写道', '另一位读者，退休教师李某'],
    // counter-examples: no letter verb, or nobody before it
    ['某地的读者王某', null],
    ['来信写到', null],
  ])('%s → %s', (label, who) => {
    expect(stripLetterVerb(label)).toBe(who);
  });

  const PAGES: Array<{ what: string; text: string; detected: boolean; speakers: Row[] }> = [
    {
      what: 'simplified: two letters, each under its intro',
      detected: true,
      text: `读者来信
某地的读者王某来信写到：
我家附近的公园最近重新开放了，环境比以前好了很多，但是停车位太少，周末经常找不到地方停车。
另一位读者，退休教师李某来信写道：
社区的老年食堂办得很好，饭菜可口，价格也实惠，希望能多开几家。`,
      speakers: [
        ['王某', '某地的读者'],
        ['李某', '另一位读者，退休教师'], // "另一位" says which reader, kept as printed (the keys of batches 40–42)
      ],
    },
    {
      what: 'traditional: the same shape',
      detected: true,
      text: `讀者來信
某地的讀者王某來信寫到：
我家附近的公園最近重新開放了，環境比以前好了很多，但是停車位太少，週末經常找不到地方停車。
退休教師李某來信說：
社區的老年食堂辦得很好，飯菜可口，價格也實惠，希望能多開幾家。`,
      speakers: [
        ['王某', '某地的讀者'],
        ['李某', '退休教師'],
      ],
    },
    {
      what: 'counter-example: letters from nobody named are no feature',
      detected: false,
      text: `读者来信
不少读者来信写到：
我家附近的公园最近重新开放了，环境比以前好了很多，但是停车位太少，周末经常找不到地方停车。
还有读者来信说：
社区的老年食堂办得很好，饭菜可口，价格也实惠，希望能多开几家。`,
      speakers: [],
    },
  ];
  it.each(PAGES)('$what', ({ text, detected, speakers: want }) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(detected);
    expect(speakers(o)).toEqual(want);
  });
});

describe('several labels run together in one paragraph', () => {
  it.each([
    ['居民梁先生：「重建之後租金一定會升。」李某：「希望政府給個合理的補償。」', ['梁先生', '李某']],
    ['居民梁先生：“重建之后租金一定会升。”区议员陈大文：“我们会反映居民的意见。”', ['梁先生', '陈大文']],
    // a nameless class of people is no label here either
    ['長者：「優惠千萬不要減。」李某：「一定繼續。」', ['李某']],
  ])('%s', (text, names) => {
    expect(findInlineLabels(text).map((l) => l.name)).toEqual(names);
  });

  const PAGES: Array<{ what: string; text: string; detected: boolean; speakers: Row[] }> = [
    {
      what: 'simplified: two vox-pop labels in one paragraph',
      detected: true,
      text: `街坊谈旧区重建
居民梁先生：“重建之后租金一定会升，我们这些老街坊恐怕住不起。”李某：“我在这里住了三十年，希望政府给个合理的补偿。”`,
      speakers: [
        ['梁先生', '居民'],
        ['李某', null],
      ],
    },
    {
      what: 'traditional: the same, then a label on its own line',
      detected: true,
      text: `街坊談舊區重建
居民梁先生：「重建之後租金一定會升，我們這些老街坊恐怕住不起。」李某：「我在這裡住了三十年，希望政府給個合理的補償。」
區議員陳大文：「我們會向政府反映居民的意見，爭取更好的安置方案。」`,
      speakers: [
        ['梁先生', '居民'],
        ['李某', null],
        ['陳大文', '區議員'],
      ],
    },
    {
      what: 'counter-example: quotes met inside the reporter\'s narrative stay narrative',
      detected: false,
      text: `特首落區探訪
行政長官到牛頭角探訪住戶，又視察市集攤位，有居民上前交流。劉女士：「我想送你一個小禮物。」張某：「多謝支持，我們會繼續努力。」
之後他轉到另一個屋邨，與長者交流。`,
      speakers: [],
    },
  ];
  it.each(PAGES)('$what', ({ text, detected, speakers: want }) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(detected);
    expect(speakers(o)).toEqual(want);
  });
});

describe('short names with the role in brackets, and a last voice cut short', () => {
  it.each([
    ['Iris(学生)', 'Iris', '学生'],
    ['Kelvin（設計師）', 'Kelvin', '設計師'],
    ['晓丹(设计师)', '晓丹', '设计师'],
    ['曉丹（研究生）', '曉丹', '研究生'],
    // counter-examples: a class of people or a topic before the bracket names nobody
    ['朋友(学生)', null, '朋友(学生)'],
    ['观点(评论员)', null, '观点(评论员)'],
    ['市民(化名)', null, '市民(化名)'],
    ['香港(記者)', null, '香港(記者)'],
  ])('%s → %s / %s', (label, name, role) => {
    const split = splitSpeakerLabel(label);
    expect([split.name, split.role]).toEqual([name, role]);
  });

  const PAGES: Array<{ what: string; text: string; detected: boolean; speakers: Row[] }> = [
    {
      what: 'simplified: the last answer cut off without a full stop is still a voice',
      detected: true,
      text: `青年谈就业
记者采访了几位年轻人，听听他们的想法。
Iris(学生)：我希望毕业后能留在这座城市工作，这里机会比较多。
晓丹(设计师)：现在找工作确实不容易，但只要肯努力总有机会。
陈明远(研究生)：我打算继续读博，暂时不考虑就业`,
      speakers: [
        ['Iris', '学生'],
        ['晓丹', '设计师'],
        ['陈明远', '研究生'],
      ],
    },
    {
      what: 'traditional: the same shape',
      detected: true,
      text: `青年談就業
記者採訪了幾位年輕人，聽聽他們的想法。
Iris(學生)：我希望畢業後能留在這座城市工作，這裡機會比較多。
曉丹(設計師)：現在找工作確實不容易，但只要肯努力總有機會。
陳明遠(研究生)：我打算繼續讀博，暫時不考慮就業`,
      speakers: [
        ['Iris', '學生'],
        ['曉丹', '設計師'],
        ['陳明遠', '研究生'],
      ],
    },
    {
      what: 'counter-example: a list of headlines with names stays a list',
      detected: false,
      text: `今日要闻
基金经理王建国：政策底已现，市场或将企稳
首席分析师李明远：消费板块仍有机会，关注龙头
券商研究员陈晓东：下半年看好科技，估值合理`,
      speakers: [],
    },
  ];
  it.each(PAGES)('$what', ({ text, detected, speakers: want }) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(detected);
    expect(speakers(o)).toEqual(want);
  });
});

describe('one person under two labels is one speaker', () => {
  const PAGES: Array<{ what: string; text: string; speakers: Row[] }> = [
    {
      what: 'simplified: the full name first, the given name later',
      text: `青年谈就业
记者采访了几位年轻人，听听他们的想法。
张晓丹(设计师)：现在找工作确实不容易，但只要肯努力总有机会。
陈明远(研究生)：我打算继续读博，暂时不考虑就业。
晓丹：我觉得读博也是不错的选择，可以多积累几年。`,
      speakers: [
        ['张晓丹', '设计师'],
        ['陈明远', '研究生'],
        ['张晓丹', '设计师'],
      ],
    },
    {
      what: 'traditional: the full name first, the given name later',
      text: `青年談就業
記者採訪了幾位年輕人，聽聽他們的想法。
張曉丹(設計師)：現在找工作確實不容易，但只要肯努力總有機會。
陳明遠(研究生)：我打算繼續讀博，暫時不考慮就業。
曉丹：我覺得讀博也是不錯的選擇，可以多積累幾年。`,
      speakers: [
        ['張曉丹', '設計師'],
        ['陳明遠', '研究生'],
        ['張曉丹', '設計師'],
      ],
    },
    {
      what: 'counter-example: two people sharing a given name stay two',
      text: `青年谈就业
张晓丹(设计师)：现在找工作确实不容易，但只要肯努力总有机会。
王晓丹(研究生)：我打算继续读博，暂时不考虑就业。`,
      speakers: [
        ['张晓丹', '设计师'],
        ['王晓丹', '研究生'],
      ],
    },
  ];
  it.each(PAGES)('$what', ({ text, speakers: want }) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual(want);
  });
});

describe('labels found on batch-3: an at sign before role+name, menus, editors replying, police as a group', () => {
  it.each([
    ['@带队志愿者张子政', '张子政', '带队志愿者'],
    ['@帶隊志願者吉博文', '吉博文', '帶隊志願者'],
    // counter-examples: a microblog handle stays whole; a menu line names nobody
    ['@上海发布', '上海发布', null],
    ['@北京律师成义', '北京律师成义', null],
    ['工作管理 设为主页 加入收藏 英文网站', null, '工作管理设为主页加入收藏英文网站'],
  ])('%s → %s / %s', (label, name, role) => {
    const split = splitSpeakerLabel(label);
    expect([split.name, split.role]).toEqual([name, role]);
  });
  it.each([
    ['编辑部', true],
    ['編輯部', true],
    ['小编', true],
    ['编辑部主任王某', false],
  ])('%s → host %s', (label, host) => {
    expect(isHostLabel(label)).toBe(host);
  });
  it.each([['西安交警'], ['現場民警']])('%s is a nameless group', (role) => {
    expect(isAnonymousVoice({ name: null, role })).toBe(true);
  });

  it('a letters column: the editors\' reply is no voice (simplified and traditional)', () => {
    for (const [text, want] of [
      [
        `读者来信
云南读者李某某：我家孩子今年上初中，作业太多，每天写到很晚，希望学校能减负。
安徽读者王某某：我们村的公交车一天只有两班，老人看病很不方便。
编辑部：感谢两位读者的来信，我们已将意见转给有关部门。`,
        [
          ['李某某', '云南读者'],
          ['王某某', '安徽读者'],
        ],
      ],
      [
        `讀者來信
雲南讀者李某某：我家孩子今年上初中，作業太多，每天寫到很晚，希望學校能減負。
安徽讀者王某某：我們村的公車一天只有兩班，老人看病很不方便。
編輯部：感謝兩位讀者的來信，我們已將意見轉給有關部門。`,
        [
          ['李某某', '雲南讀者'],
          ['王某某', '安徽讀者'],
        ],
      ],
    ] as Array<[string, Row[]]>) {
      expect(speakers(analyzeText(text))).toEqual(want);
    }
  });
});

describe('name(role) lines with pinyin glosses inside the name, as mirror sites print them', () => {
  it.each([
    ['張某(lè)某(全國(guó)房產(chǎn)經(jīng)理人協(xié)會秘書(shū)長(zhǎng))', '張某(lè)某', '全國(guó)房產(chǎn)經(jīng)理人協(xié)會秘書(shū)長(zhǎng)'],
    ['李(lǐ)某(評(píng)論人)', '李(lǐ)某', '評(píng)論人'],
    ['王某(媒體人)', '王某', '媒體人'],
  ])('%s → %s / %s', (line, name, role) => {
    expect(matchNameRoleLine(line)).toEqual({ name, role });
  });
  it.each([['王某(媒體人'], ['張某(lè)某(他說，這樣不好)']])('counter-example: %s is no name(role) line', (line) => {
    expect(matchNameRoleLine(line)).toBeNull();
  });
});

describe('labels with pinyin glosses split as printed', () => {
  it.each([
    ['總導(dǎo)演陳某文', '陳某文', '總導(dǎo)演'],
    ['全國政協(xié)委員、某某大學(xué)教授毛某(yùn)詩', '毛某(yùn)詩', '全國政協(xié)委員、某某大學(xué)教授'],
    ['总导(dǎo)演李某某', '李某某', '总导(dǎo)演'],
    // counter-examples: Latin in brackets is no gloss; a gloss in a name-less role keeps the role whole
    ['Rick Rieder(CEO)', 'Rick Rieder', 'CEO'],
    ['香港會計(jì)師公會', null, '香港會計(jì)師公會'],
  ])('%s → %s / %s', (label, name, role) => {
    const split = splitSpeakerLabel(label);
    expect([split.name, split.role]).toEqual([name, role]);
  });
});

describe('labels with a role run together in one paragraph, the speech unquoted (a page that lost its line breaks)', () => {
  it.each([
    ['@王建华(人大代表): 社区食堂要办好，价格要让老人吃得起。 @李秀梅(政协委员): 我建议把助餐点开到每个村。', ['王建华', '李秀梅']],
    ['陳志明（區議員）：長者中心的位置太少，輪候要等一年。 何美玲（社工）：我們需要更多人手，現在一個社工要照顧五十位長者。', ['陳志明', '何美玲']],
    // a bare name, or a class of people, has no role beside it: without quotation marks that is no label
    ['王建华: 社区食堂要办好。 市民: 价格要让老人吃得起。', []],
    // a label inside a sentence (no sentence end before it) is the sentence's
    ['会上大家发言踊跃，王建华(人大代表): 社区食堂要办好。', []],
  ])('%s', (text, names) => {
    expect(findUnquotedLabels(text).map((l) => l.name)).toEqual(names);
  });

  it.each([
    {
      what: 'simplified: four voices in one paragraph, each "@name(role):"',
      text: `两会关注：老人的饭桌
@王建华(人大代表): 社区食堂要办好，价格要让老人吃得起，菜品也要适合老人的口味，少油少盐。 @李秀梅(政协委员): 我建议把助餐点开到每个村，让农村的老人也能吃上热乎饭，不用再一个人对付一顿。 @张丽(普通市民): 我家老人每天中午都去社区食堂吃饭，十几块钱两荤一素，比自己做还省心。 @赵强(企业职员): 我们公司组织员工周末去食堂做志愿者，帮老人打饭、陪他们聊天，大家都很愿意去。`,
      speakers: [
        ['王建华', '人大代表'],
        ['李秀梅', '政协委员'],
        ['张丽', '普通市民'],
        ['赵强', '企业职员'],
      ] as Row[],
    },
    {
      what: 'traditional: two voices, name then role in brackets',
      text: `長者服務 區議員與社工談人手
陳志明（區議員）：長者中心的位置太少，很多長者輪候要等一年以上，政府應該盡快增加資源。 何美玲（社工）：我們需要更多人手，現在一個社工要照顧五十位長者，根本做不到深入跟進。`,
      speakers: [
        ['陳志明', '區議員'],
        ['何美玲', '社工'],
      ] as Row[],
    },
  ])('$what', ({ text, speakers: want }) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual(want);
  });

  it('counter-example: a story paragraph that opens with narrative is not cut', () => {
    const text = `社区食堂开张
昨天上午，社区食堂正式开张，不少老人早早就来排队。王建华(人大代表): 社区食堂要办好。李秀梅(政协委员): 我建议把助餐点开到每个村。
工作人员介绍，食堂每天供应午餐和晚餐。`;
    expect(analyzeText(text).detected).toBe(false);
  });
});
