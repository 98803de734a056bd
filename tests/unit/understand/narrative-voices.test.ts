/**
 * Vox pops told in the reporter's prose (lib/understand/narrative-voices.ts, closing-labels.ts, the chain of
 * inline labels after a scene sentence in inline-labels.ts, street interviews in announced-voices.ts): the
 * passer-by is described, named, then speaks. Each format with counter-examples from the stories that name
 * and quote people the same way. Sentences written here, simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText, checkPage } from '@/lib/understand';
import { parseHtml } from '@/scripts/cli/input';
import { announcesVoices } from '@/lib/understand/announced-voices';
import { matchClosingLabel } from '@/lib/understand/closing-labels';
import { goesOnBySurname, isSurnameFormOf, matchDescribedPerson, matchMetThenSays, matchPredicateRole, matchSelfNamed, matchSurnameSays } from '@/lib/understand/narrative-voices';
import { matchReportedOpening } from '@/lib/understand/reported-speech';

type Row = [name: string | null, role: string | null];
const speakers = (o: Outline): Row[] => o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));

describe('matchDescribedPerson: a describing clause, "的", an address form', () => {
  const yes: Array<[string, string, string]> = [
    ['68岁已经退休的谢先生', '谢先生', '68岁已经退休的'],
    ['31歲教日語的呂老師', '呂老師', '31歲教日語的'],
    ['在房地產行業工作的25歲的劉先生', '劉先生', '在房地產行業工作的25歲的'],
    ['刚从医院出来的王大爷', '王大爷', '刚从医院出来的'],
    ['在日本出家的唐明遠', '唐明遠', '在日本出家的'],
  ];
  it.each(yes)('%s', (label, name, role) => expect(matchDescribedPerson(label)).toEqual({ name, role }));
  const no = [
    '他们的王老师', // a possessive, not a description
    '他说的陈先生', // a verb of saying inside: a clause of the story
    '昨天的会议', // no person
    '的张先生',
    '市里的李明', // a full name after a two-character clause: too little to be a description
  ];
  it.each(no)('not: %s', (label) => expect(matchDescribedPerson(label)).toBeNull());
});

describe('matchSelfNamed: "自稱名叫…的", then a verb of saying', () => {
  it.each([
    ['這位自稱名叫維春的老伯說，他在金融區有個會議，但會議取消了。', '維春'],
    ['一位名叫阿明的司机表示，这几天生意很难做。', '阿明'],
  ])('%s', (text, name) => expect(matchSelfNamed(text)?.name).toBe(name));
  it.each([
    '名叫維春的老伯在附近開了一家小店。', // named, but says nothing
    '他的名字叫维春，今年五十七岁。',
  ])('not: %s', (text) => expect(matchSelfNamed(text)).toBeNull());
});

describe('matchPredicateRole: the person, "是" and what they are, then a pronoun\'s words', () => {
  const yes: Array<[string, string, string]> = [
    ['13岁的周同学是初一的学生，她说：“现在街道干净了很多。”', '周同学', '初一的学生'],
    ['19歲的盤同學是海南大學的志願者，他說：「隨意橫穿馬路的人少了很多。」', '盤同學', '海南大學的志願者'],
    ['王思明，厦门人，是一名大学老师。记者在候车厅采访了他。他很高兴地说：“我已是第三次来南京了。”', '王思明', '一名大学老师'],
  ];
  it.each(yes)('%s', (text, name, role) => {
    const m = matchPredicateRole(text);
    expect(m && [m.name, m.role]).toEqual([name, role]);
  });
  const no = [
    '王思明是厦门人，他说：“我第一次来南京。”', // where they come from is no role
    '13岁的周同学是初一的学生，成绩一直很好。', // introduced, never speaks
    '这是一名大学老师的故事，他说：“很难忘。”', // no person before "是"
  ];
  it.each(no)('not: %s', (text) => expect(matchPredicateRole(text)).toBeNull());
});

describe('matchMetThenSays: met by the reporter, then quoted', () => {
  it.each([
    ['昨晚，记者在火车站候车大厅巧遇即将回乡的李军。他今年29岁，某玩具厂工人。面对记者，他笑着谈起了印象。李军说：“南京很干净，人也热情。”', '李军', '某玩具厂工人'],
    ['昨晚，記者在火車站候車大廳巧遇即將回鄉的李軍。他今年29歲，某玩具廠工人。李軍說：「南京很乾淨，人也熱情。」', '李軍', '某玩具廠工人'],
    ['记者在商场门口遇到了正在排队的市民张先生。他说：“排了一个小时，还没进去。”', '张先生', '正在排队的市民'],
  ])('%s', (text, name, role) => {
    const m = matchMetThenSays(text);
    expect(m && [m.name, m.role]).toEqual([name, role]);
  });
  it.each([
    '记者在现场见到了市长李军。李军说明了事故的经过和善后安排。', // "说明": no words of his
    '记者巧遇了刚下班的张先生。他说，最近加班很多，很少休息。', // no quotation: the reporter's summary
    '昨天，记者来到火车站，候车大厅里人来人往。',
  ])('not: %s', (text) => expect(matchMetThenSays(text)).toBeNull());
});

describe('matchReportedOpening: a "when asked about…" clause before the speaker', () => {
  it.each([
    ['谈到对两会有什么期盼时，市民李女士说，希望大学生就业问题能得到解决。', '李女士'],
    ['問及對施政報告的看法時，退休教師陳先生表示，最關心的是醫療。', '陳先生'],
    ['两个姑娘都是应届毕业生。谈到对两会的期盼时，女学生李云玲说，希望能消除性别歧视。', '李云玲'],
  ])('%s', (text, name) => expect(matchReportedOpening(text)?.name).toBe(name));
  it.each([
    '谈到这里时，他说，自己也没有想到。', // a pronoun: the voice is the paragraph before
    '谈到对两会的期盼时，大家都很兴奋。',
  ])('not: %s', (text) => expect(matchReportedOpening(text)).toBeNull());
});

describe('matchReportedOpening: a vox pop\'s clause before the address form, its manner, "告诉记者"', () => {
  const yes: Array<[string, string, string]> = [
    ['家住朝阳区的市民王女士告诉记者，现在买菜方便多了。', '王女士', '家住朝阳区的市民'],
    ['正在排队的李大爷说：“等了半个小时了，还没轮到。”', '李大爷', '正在排队的'],
    ['带着孩子来玩的张女士笑着说：“孩子特别喜欢这里。”', '张女士', '带着孩子来玩的'],
    ['住在附近的黃太太表示，晚上的噪音太大。', '黃太太', '住在附近的'],
    ['剛下班的李小姐無奈地說，每天通勤要兩小時。', '李小姐', '剛下班的'],
    ['“票很难买，排了两个小时。”在一旁的陈阿姨接过话说。', '陈阿姨', '在一旁的'],
    ['「票很難買，排了兩個小時。」在一旁的陳阿姨插話說。', '陳阿姨', '在一旁的'],
  ];
  it.each(yes)('%s', (text, name, role) => {
    const m = matchReportedOpening(text);
    expect(m && [m.name, m.role]).toEqual([name, role]);
  });
  it.each([
    '带着孩子来玩的人很多，广场上笑声不断。',
    '他们的李老师笑着走进教室。',
  ])('not: %s', (text) => expect(matchReportedOpening(text)).toBeNull());
});

describe('matchSurnameSays: the person as a sentence\'s subject, then the surname alone and a verb (Hong Kong papers)', () => {
  const yes: Array<[string, string, string | null]> = [
    ['由1990年代開始支持港足的鄧先生身穿波衫、攜同兒子到場支持。鄧形容球隊昨仗表現是「拼盡無悔」。', '鄧先生', '由1990年代開始支持港足的'],
    ['觀眾中不乏資深球迷，住在將軍澳的黎太太一早到場排隊。黎表示，今次門票很難買。', '黎太太', '住在將軍澳的'],
    ['記者邀請市民姜先生寫新年願望時，他寫了「身體健康」。姜表示，疫情下最重要是家人平安。', '姜先生', '市民'],
    ['在菜场卖了二十年菜的刘阿姨一早就出摊了。刘说，今年菜价比去年稳定。', '刘阿姨', '在菜场卖了二十年菜的'],
  ];
  it.each(yes)('%s', (text, name, role) => {
    const m = matchSurnameSays(text);
    expect(m && [m.name, m.role]).toEqual([name, role]);
  });
  it.each([
    '由1990年代開始支持港足的鄧先生身穿波衫到場支持。鄧小平的名言被印在橫額上。', // another 鄧, no verb of saying
    '住在將軍澳的黎太太一早到場排隊。她表示，今次門票很難買。', // a pronoun: matchReportedOpening's other rules
    '記者黎明一早到場採訪。黎表示，現場人很多。', // the reporter, not a voice
  ])('not: %s', (text) => expect(matchSurnameSays(text)).toBeNull());

  it.each([
    ['姜表示，疫情下最重要是家人平安。', '姜先生', true],
    ['至於鄭某，姜指他是知法犯法。', '姜先生', true],
    ['姜汁撞奶是港式甜品。', '姜先生', false],
    ['姜先生表示，疫情下最重要是家人平安。', '姜先生', false], // the full form: the ordinary rules read it
  ] as const)('goesOnBySurname: %s', (text, name, want) => expect(goesOnBySurname(text, name)).toBe(want));
});

describe('matchReportedOpening: a longer question, then the official who answers it, named with a role', () => {
  it.each([
    ['常态化限行后，部分市民可能会购买第二辆车来规避限行，那么本市会不会出台车辆限购政策？市交警支队支队长刘建军回应称，目前没有这方面的考虑。', '刘建军'],
    ['限行之後，部分市民可能會買第二輛車來規避限行，那麼本市會不會推出車輛限購政策？市交警支隊支隊長劉建軍回應稱，目前沒有這方面的考慮。', '劉建軍'],
  ])('%s', (text, name) => expect(matchReportedOpening(text)?.name).toBe(name));
  // a long question answered by a bare name the piece never introduced: a story's subject
  it('not: 常态化限行后，部分市民可能会购买第二辆车来规避限行，那么本市会不会出台车辆限购政策？刘建军表示，目前没有考虑。', () =>
    expect(matchReportedOpening('常态化限行后，部分市民可能会购买第二辆车来规避限行，那么本市会不会出台车辆限购政策？刘建军表示，目前没有考虑。')).toBeNull());
});

describe('isSurnameFormOf: a voice going on by its surname', () => {
  it.each([
    ['王老师', '王思明', '一名大学老师', true],
    ['李先生', '李军', null, true],
    ['王教授', '王思明', '北京大学教授', true],
    ['王主任', '王思明', '一名大学老师', false],
    ['张老师', '王思明', '一名大学老师', false],
  ] as const)('%s for %s', (short, full, role, want) => expect(isSurnameFormOf(short, full, role)).toBe(want));
});

describe('matchClosingLabel: a paragraph ends by handing over to a voice', () => {
  const yes: Array<[string, string, string | null]> = [
    ['此外，一部分读者认为，这样的活动拉近了距离。例如，辽宁某市的谢玉和读者说：', '谢玉和', '读者'],
    ['此外，一部分讀者認為，這樣的活動拉近了距離。例如，台中的林美玲讀者說：', '林美玲', '讀者'],
    ['站台上大家议论纷纷。市民张先生说：', '张先生', '市民'],
  ];
  it.each(yes)('%s', (text, name, role) => {
    const m = matchClosingLabel(text);
    expect(m && [m.name, m.role]).toEqual([name, role]);
  });
  it.each([
    '站台上大家议论纷纷。他说：', // a pronoun names nobody
    '不少读者来信表示：', // a group
    '记者了解到：',
    '例如，辽宁某市的谢玉和读者说，活动很有意义。', // the words follow in the sentence: no label
  ])('not: %s', (text) => expect(matchClosingLabel(text)).toBeNull());
});

describe('announcesVoices: a street interview, a piece that listens', () => {
  it.each([
    '路透社記者前往香港金融區和東九龍地區進行街訪。',
    '記者走上街頭，隨機(jī)采訪(fǎng)了不同年齡、職業的市民。',
    '为此，记者随机采访了几位路人。',
    '9月21日，记者在钟楼附近的停车场随机采访了30位车主。',
    '聽聽香港市民怎麼說',
    '公交车上听民声',
    '但是接受採訪的香港路人都認為事件敏感，不肯透露全名。',
  ])('%s', (text) => expect(announcesVoices(text)).toBe(true));
  it.each([
    '记者随机采访了一位市民，他表示很满意。', // one passer-by: a story's witness
    '凌晨时分，附近居民听到巨大的声音。',
    '聽聽音樂，放鬆一下。',
    '記者昨日採訪了該校校長。',
  ])('not: %s', (text) => expect(announcesVoices(text)).toBe(false));
});

const STREET_SIMPLIFIED = `外地游客“挑刺”南京
昨夜10点半，记者在中央门汽车站候车大厅巧遇即将回乡的李军。他今年29岁，安徽某玩具厂工人。面对记者的采访，他笑眯眯地谈起了对南京的印象。李军说：“第一次来南京，每去一个景点都要问人，不管是警察还是普通百姓，都会不厌其烦地告诉我。我想提两条建议：
一是湖边的摊子太多，影响市容；二是护城河的水太脏，建议有关部门治理。”
王思明，厦门人，是一名大学老师。记者在南京站候车厅采访了他。他很高兴地说：“我已是第三次来南京了，每一次来都有变化，道路拓宽了，商场也多了，刷卡购物很方便。”
王老师还谈到了南京的一些不足：“我觉得火车站前出租车拒载的现象比较严重，外地人去比较近的地方，司机要么绕道，要么拒载。”`;

const STREET_TRADITIONAL = `聽聽市民怎麼說
連日來街頭示威不斷，記者前往金融區進行街訪，但接受採訪的路人都認為事件敏感，不肯透露全名。
在金融區，一位57歲的建築業從業者說："政府是一個龐大的機器，需要一些時間。你應該給政府一些時間去修好這些零件。"
這位自稱名叫維春的老伯說，他在金融區有個會議，但是由於交通受阻，會議被取消了。他說："提出的訴求不可能全部實現，沒有討價還價的餘地。"
在地產行業工作的25歲的劉先生在提到街頭的示威者時說："我不會說暴力是對的，但是他們所追求的價值是對的。"劉先生戴著一個深色口罩。
他說："最大的問題是政府不回應訴求，只要不回應，事情就不會結束。"`;

describe('vox pops told in prose are features', () => {
  it('simplified: met, described, quoted; the teacher goes on as 王老师', () => {
    const o = analyzeText(STREET_SIMPLIFIED);
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['李军', '安徽某玩具厂工人'],
      ['王思明', '一名大学老师'],
    ]);
  });
  it('traditional: a street interview, a self-given name and a describing clause', () => {
    const o = analyzeText(STREET_TRADITIONAL);
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      // (維春 is the "一位…說" voice 這位 points back at; an age's 的 before the name is printed with it)
      ['維春', '57歲的建築業從業者'],
      ['劉先生', '在地產行業工作的25歲的'],
    ]);
  });

  it('not: a news story describing and quoting two people, its narrative between them', () => {
    const o = analyzeText(`老街改造工程昨日动工
昨日上午，老街改造工程正式动工，工期约一年，总投资三千万元。
68岁已经退休的谢先生认为，老街早该修了，“下雨天路面全是积水，老人出门很不方便。”
据了解，改造工程包括路面翻修、雨污分流和立面整治，施工期间部分路段将实行交通管制，市民出行请绕行。
区住建局有关负责人介绍，工程分三期进行，第一期预计春节前完工。
在附近开店的王女士则担心施工影响生意。她说：“希望工期不要拖太久。”`);
    expect(o.detected).toBe(false);
  });
  it('not: 簡體 single witness, one self-named speaker', () => {
    const o = analyzeText(`深夜火警 一人受傷
昨晚十一時許，旺角一幢唐樓發生火警，消防員到場救熄，一名男子吸入濃煙送院。
這位自稱名叫阿明的住客說，他聽到鄰居呼救才發現起火，立即帶同家人逃生。
消防處表示，起火原因有待調查，暫時未發現可疑。`);
    expect(o.detected).toBe(false);
  });
});

describe('a Hong Kong vox pop going on by the surname alone', () => {
  it('traditional', () => {
    const o = analyzeText(`年宵花市人流冷清 市民願望多
今年年宵花市即將結束，記者今日傍晚到維園視察，發現場內人流冷清，有市民表示新年願望是疫情早日過去。
記者邀請市民姜先生寫新年願望時，他選擇了「身體健康」和「生意興隆」。姜表示，花市的舉辦安排朝令夕改，花商生意大受影響。
至於疫情，姜指政府只顧封區，卻不處理大廈污水問題，令病毒持續肆虐，無助控制疫情。
從事銀行工作的市民陳小姐則希望新年疫情消失，因為疫情影響香港經濟一年，導致很多餐廳和商舖結業。`);
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['姜先生', '市民'],
      ['陳小姐', '從事銀行工作的市民'],
    ]);
  });
});

describe('a digest of readers\' letters: a letter\'s intro, then one closing a paragraph of the editor\'s', () => {
  it('simplified', () => {
    const o = analyzeText(`每天，编辑部都会收到各地读者的来信，每一封信都代表着读者对本刊的关心。
海南某县的读者丁明来信写到：
几年前我就成了本刊的读者，很喜欢今年的改版，但思想性还不够深刻，应多报道创业故事和科学知识。
此外，还有一些读者就本刊举办的有奖竞猜提出了看法。一部分读者认为，这样的活动拉近了读者与编者的距离。例如，辽宁某市的谢玉和读者说：
我觉得贵刊是国际知识方面最好的刊物，比较客观公正地报道了世界大事，也缩短了杂志与读者的距离。`);
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['丁明', '海南某县的读者'],
      ['谢玉和', '读者'],
    ]);
  });
});

describe('inline labels that run on after a scene sentence', () => {
  it('a consultation: residents, then the Chief Executive, each label right after the quotation before', () => {
    const o = analyzeText(`施政報告地區諮詢會 居民反映交通問題
政府舉行第二次施政報告地區諮詢會，行政長官及一眾司局長出席，約120名市民參加。
之後有屯門及東涌居民反映地區問題。屯門居民劉女士：「交通擠塞的問題影響了我們一帶居民，再加上很多厭惡性設施，帶來空氣污染。」東涌居民陳先生：「這條是唯一一條車路，這麼多屋邨居民集中在那裏，交通上是很大的問題。」`);
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['劉女士', '屯門居民'],
      ['陳先生', '東涌居民'],
    ]);
  });
  it('not: a visit\'s banter, short turns inside the story', () => {
    const o = analyzeText(`特首落區探訪住戶
行政長官今日落區探訪住戶，逗留大約二十分鐘，其後視察一個周末市集。
又視察一個市集攤位，有居民上前交流。劉女士：「不如我送給你。」特首：「我送給你們才應該。」
特首其後參觀公共活動空間，查看居民的留言，約一小時後離開。`);
    expect(o.detected).toBe(false);
  });
});

/** The text as a page: one <p> per line, as a site serves it. */
function page(text: string): Document {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return parseHtml(`<html><body>${text.split('\n').map((p) => `<p>${esc(p)}</p>`).join('\n')}</body></html>`).document;
}

const STORY = `屯門交通擠塞 議員促改善
屯門公路今早發生交通意外，導致多條路線嚴重擠塞，大批市民上班遲到，有人要步行到附近的巴士站轉車。
區議員陳志強表示，屯門公路經常擠塞，政府應盡快落實屯門繞道工程，否則居民每日都受影響。
運輸署發言人指，已派員到場了解，並會檢討應變措施。意外中一名司機受輕傷，送院治理。
住在屯門的李先生說，他今早花了兩個半小時才到達公司，「每次出事都是這樣，已經習慣了。」`;

describe('the page check lets prose vox pops through to the parse, and the parse decides', () => {
  it.each([
    ['met and 是+role (simplified)', STREET_SIMPLIFIED],
    ['a self-given name and a describing clause (traditional)', STREET_TRADITIONAL],
  ])('%s', (_what, text) => expect(checkPage(page(text)).passes).toBe(true));
  it('not: a news story quoting a councillor and a resident', () => expect(checkPage(page(STORY)).passes).toBe(false));
});
