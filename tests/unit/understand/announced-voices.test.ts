/**
 * A vox pop the reporter announces (lib/understand/announced-voices.ts, judge-roundup.ts): with a sentence
 * saying several people were asked, two people named in the reporter's sentences make the piece even with
 * narrative between them; without it the same paragraphs are a story. Sentences written here, in the
 * layouts of real vox pops and stories, simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { announcesVoices } from '@/lib/understand/announced-voices';
import { matchReportedOpening } from '@/lib/understand/reported-speech';

function names(o: Outline): Array<string | null> {
  return o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));
}

describe('announcesVoices', () => {
  const yes: string[] = [
    '为此，记者走上街头，随机采访了不同年龄、职业的市民，听听他们眼中的变化。',
    '為此，記者走上街頭，隨機採訪了不同年齡、職業的市民，聽聽他們眼中的變化。',
    '本报在步行街访问多名市民，听取他们的回应。',
    '本報在旺角街頭訪問多名市民，聽取他們的回應。',
    '对此，记者采访了幼儿园、小学和中学的家长，看看他们对开学怎么说。',
    '對此，記者採訪了幼稚園、小學和中學的家長，看看他們對開學怎麼說。',
    '在年会上，大咖们带来了哪些精彩观点？',
    '在年會上，大咖們帶來了哪些精彩觀點？',
    '记者昨日采访了三位选手。',
    '受访学者认为，新方案似乎有意把部分措施留到明年。', // the piece's interviewees as a group
    '不過，受訪專家都感覺今年的方案不像選舉方案。',
    '受访学者：今年方案不像选举方案', // a subhead over them
    '刚刚结束的长假给人们留下了什么印象，本报记者对不同的出行人做了采访。', // the people before the verb
    '本報記者向多名家長進行訪問。',
    '今上午陆续有民众到场献花，有人忧心冲击形象，但也有外国游客认为是个案。',
    '今上午陸續有民眾到場獻花，有人憂心衝擊形象，但也有外國遊客認為是個案。',
    // the people as the ones who gave the interview
    '全国两会开幕前夕，多位来自基层的全国人大代表在驻地接受了本报记者的专访。',
    '兩會開幕前夕，多位旅居海外的僑界代表在北京接受本社記者訪問。',
  ];
  it.each(yes)('%s', (text) => expect(announcesVoices(text)).toBe(true));

  const no: string[] = [
    '记者在走访五公祠、海瑞故居等景点时发现，游客们普遍感觉满意。', // a visit to places, not people asked
    '她说，透过每一次与不同受访者接触，听取他们对时事的看法，自己成长了不少。', // a voice's words, no reporter asking
    '記者昨日採訪了該公司的發言人。', // one person
    '市民们纷纷表示支持新措施。',
    '受访者表示，将继续关注此事。', // one interviewee, no group named
    '记者对该公司的负责人做了采访。', // one person asked
    '该校受访学生达三千人。', // a survey's count
    '有人说这是个案，我也有同感。', // a voice's own words, no "others"
    '该校校长昨日接受本报记者专访。', // one person interviewed
    '多名学生在考场外接受了体温检测。', // several people, no interview

  ];
  it.each(no)('not: %s', (text) => expect(announcesVoices(text)).toBe(false));
});

const VOXPOP_SIMPLIFIED = `新学期第一天 家长比孩子更紧张
开学第一天，孩子们的一举一动都牵动着父母的心。对此，记者采访了幼儿园、小学的家长，看看他们对开学怎么说。
幼儿园家长有些小兴奋
开学第一天，作为双胞胎的妈妈，赵女士有些兴奋。“终于可以送孩子进幼儿园了，我也轻松了，可以好好上班了。”赵女士说。
学校门口排起了长队，不少家长在校门外久久不肯离开，有的还隔着栏杆拍照留念。
小学新生家长更焦虑
市民钱女士说，孩子今年上一年级，早上送孩子时，她担心孩子找不到教室，没想到孩子自己很快就找到了，比她想象的勇敢多了。`;

const VOXPOP_TRADITIONAL = `新學期第一天 家長比孩子更緊張
開學第一天，孩子們的一舉一動都牽動著父母的心。對此，記者採訪了幼稚園、小學的家長，看看他們對開學怎麼說。
幼稚園家長有些小興奮
開學第一天，作為雙胞胎的媽媽，趙女士有些興奮。「終於可以送孩子進幼稚園了，我也輕鬆了，可以好好上班了。」趙女士說。
學校門口排起了長隊，不少家長在校門外久久不肯離開，有的還隔著欄杆拍照留念。
小學新生家長更焦慮
市民錢女士說，孩子今年上一年級，早上送孩子時，她擔心孩子找不到教室，沒想到孩子自己很快就找到了，比她想像的勇敢多了。`;

describe('an announced vox pop: two people, narrative between them', () => {
  it.each([
    ['simplified', VOXPOP_SIMPLIFIED, ['赵女士', '钱女士']],
    ['traditional', VOXPOP_TRADITIONAL, ['趙女士', '錢女士']],
  ])('%s', (_script, text, expected) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(expected);
  });

  it('not when the announcement closes the piece: the people it asked are others, after the story\'s voices', () => {
    const text = `${VOXPOP_SIMPLIFIED.replace('对此，记者采访了幼儿园、小学的家长，看看他们对开学怎么说。', '今年全市共有三万多名新生入学。')}
放学时，记者随机采访了几位学生。大多数学生觉得，开学第一天过得很开心。`;
    expect(analyzeText(text).detected).toBe(false);
  });

  it('not without the announcement: the same paragraphs are a single-reporter story', () => {
    const text = VOXPOP_SIMPLIFIED.replace('对此，记者采访了幼儿园、小学的家长，看看他们对开学怎么说。', '今年全市共有三万多名新生入学。');
    expect(analyzeText(text).detected).toBe(false);
  });

  it('not when only one of the people asked is named (the others anonymous)', () => {
    const o = analyzeText(`步行街改造完成 市民點讚
步行街改造昨日完成。本報在步行街訪問多名市民，聽取他們的回應。
一名路過的女士表示，街道乾淨了很多，晚上散步也更安全，希望可以一直保持下去。
工程歷時半年，耗資約兩千萬元，沿街商鋪在施工期間照常營業。
市民孫先生說，以前這裡停車很亂，現在規劃好了停車位，出行方便了很多，他很滿意這次改造。`);
    expect(o.detected).toBe(false);
  });

  it('not one spokesperson answering many outlets, however the piece announces them', () => {
    const o = analyzeText(`發言人答記者問
記者昨日採訪了多名出席記者會的業者，聽取他們的回應。
發言人李明表示，政府會繼續推動有關措施，並會適時檢討成效，確保市民受惠。
有記者問及時間表，發言人李明表示，當局會在下月公布細節，目前不宜透露更多。
李明又說，政府一直與業界保持溝通，會聽取各方意見，再作決定。`);
    expect(o.detected).toBe(false);
  });
});

describe('matchReportedOpening: the first sentence is about a person, a pronoun opens their words', () => {
  const yes: Array<[string, string, string | null]> = [
    ['在日本出家的唐明今天单纯路过，在现场念经祈福。他表示，平常常会经过这个车站，看到新闻很难过。', '唐明', '在日本出家的'],
    ['在日本出家的唐明今天單純路過，在現場念經祈福。他表示，平常常會經過這個車站，看到新聞很難過。', '唐明', '在日本出家的'],
    ['台北市民钱先生以前在车站附近上班，如今已退休。他说，这里一向很安全，这次的事让人意外。', '钱先生', '台北市民'],
    ['台北市民錢先生以前在車站附近上班，如今已退休。他說，這裡一向很安全，這次的事讓人意外。', '錢先生', '台北市民'],
    // the pronoun in a clause of the same sentence
    ['港区全国政协委员、某集团董事局主席高志德是首位接受媒体访问的委员，他对本社表示，今年是不平凡的一年。', '高志德', '港区全国政协委员、某集团董事局主席'],
    ['港區全國政協委員、某集團董事局主席高志德是首位接受媒體訪問的委員，他對本社表示，今年是不平凡的一年。', '高志德', '港區全國政協委員、某集團董事局主席'],
  ];
  it.each(yes)('%s', (text, name, role) => {
    const m = matchReportedOpening(text);
    expect(m && [m.name, m.role]).toEqual([name, role]);
  });
  const no: string[] = [
    '王刚今天单纯路过，在现场念经祈福。他表示，看到新闻很难过。', // a bare name nobody introduced
    '在日本出家的唐明今天单纯路过，在现场念经祈福。现场气氛肃穆，不少人默哀。', // no pronoun's words
  ];
  it.each(no)('not: %s', (text) => expect(matchReportedOpening(text)).toBeNull());
});

const MOURNERS_TRADITIONAL = `車站事件翌日 民眾獻花哀悼
車站昨天發生隨機傷人事件，今上午陸續有民眾到場獻花哀悼，有人憂心衝擊治安形象，但也有外國遊客認為是個案。
在日本出家的唐明今天單純路過，在現場念經祈福。他表示，平常常會經過這個車站，看到新聞很難過，也希望大家走路時不要低頭滑手機。
一名外國女遊客來台四天，飯店就住在車站附近，今天準備和朋友去九份。
台北市民錢先生以前在車站附近上班，如今已退休。他說，這裡一向是很安全的地方，突然發生這種事還是有點意外，可能會影響外國人對台灣的印象。`;

describe('a reactions lead ("有人…，也有…") over two people with narrative between them', () => {
  it('traditional', () => {
    const o = analyzeText(MOURNERS_TRADITIONAL);
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(['唐明', '錢先生']);
  });
  it('simplified', () => {
    const o = analyzeText(`车站事件翌日 民众献花哀悼
车站昨天发生随机伤人事件，今上午陆续有民众到场献花哀悼，有人忧心冲击治安形象，但也有外国游客认为是个案。
在日本出家的唐明今天单纯路过，在现场念经祈福。他表示，平常常会经过这个车站，看到新闻很难过，也希望大家走路时不要低头滑手机。
一名外国女游客来台四天，饭店就住在车站附近，今天准备和朋友去九份。
台北市民钱先生以前在车站附近上班，如今已退休。他说，这里一向是很安全的地方，突然发生这种事还是有点意外，可能会影响外国人对台湾的印象。`);
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(['唐明', '钱先生']);
  });
  it('not without the lead: a scene story', () => {
    const text = MOURNERS_TRADITIONAL.replace('，有人憂心衝擊治安形象，但也有外國遊客認為是個案。', '，警方加強巡邏。');
    expect(analyzeText(text).detected).toBe(false);
  });
});

// two scholars named in the reporter's sentences, a subhead and narrative between them (a Singapore
// paper's budget reaction): the lead's "受访学者认为" says these are the people asked
const SCHOLARS = `政府公布新一年预算 部分措施留待明年
政府宣布未来五年为社区计划投入三百亿元，但今年的预算只公布了第一批措施。受访学者认为，政府似乎刻意留了一手，可能把其余措施留作明年的议题。
南方管理大学法学院副教授吴志明注意到，本次预算看起来虽全面，但还有很多细节没有公布，包括协助失业者重返职场的援助计划。
吴志明因此猜测，政府有可能把其余措施作为来年的议题，等待更合适的时机再宣布。
受访学者：今年预算不像选举预算
选举最迟须在明年年底举行。不过，受访学者都感觉今年的预算不像是一份选举预算。
东海研究院高级研究员郑立群认为，预算中的购物券和水电费回扣虽然可观，但算不上是红包，更多是发挥缓冲作用，帮助家庭应对潜在的干扰和经济上的挑战。
吴志明则认为，这虽然不像选举预算，但不排除是在为选举铺路，如果形势需要提前选举，这仍是执政党可以拿出来的一份预算。
他之所以这么认为，是因为政府在这次预算中推出了相当慷慨的措施，让所有人都受益，同时还能维持收支平衡。`;

describe('the interviewees named as a group ("受访学者认为") over two scholars with narrative between them', () => {
  it('simplified', () => {
    const o = analyzeText(SCHOLARS);
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(['郑立群', '吴志明']);
  });
  it('not without the group: the same paragraphs are a story quoting two people', () => {
    const text = SCHOLARS.replace('受访学者认为，政府似乎', '有人说政府似乎').replace('受访学者：今年预算不像选举预算\n', '').replace('不过，受访学者都感觉', '不过，今年');
    expect(analyzeText(text).detected).toBe(false);
  });
});

// travellers after a holiday: "记者对不同的出行人做了采访", a "景点：…" subhead (a place, not a person) between
const TRAVELLERS = `游客吐槽长假出游 拍张照都是人山人海
刚刚结束的长假到底给人们留下了什么印象，本报记者对不同的出行人做了采访。
路上：高速公路犹如晚高峰
连续两年出行的钱先生说，今年是高速公路免费通行的第二年，路上车辆显然又多了不少，当天他由高速去往北京，一路上车多缓行，连服务区都进不去，只好一直开到下一个出口。
这样的情况一直伴随着整个长假，返程高峰时收费站前排起了十多公里的长龙。
景点：拍张照咋看都是人山人海
好不容易挤过了高速路，到了景区也未必就有好心情。
孙先生今年长假去了趟山西，第一站是石窟。“但是在外边的停车场我足足堵了一个小时，眼看着景点在前边就是进不去。”孙先生说，第二站的旅行还是行路难。`;

describe('the people asked before the verb ("记者对不同的出行人做了采访"), a place subhead between', () => {
  it('two travellers are the voices', () => {
    const o = analyzeText(TRAVELLERS);
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(['钱先生', '孙先生']);
  });
  it('not without the announcement', () => {
    // (nor a headline naming the group and its view: "游客吐槽…" frames a round of views itself, framing-cues.ts)
    expect(analyzeText(TRAVELLERS.replace('，本报记者对不同的出行人做了采访。', '。').replace('游客吐槽长假出游', '长假出游')).detected).toBe(false);
  });
});
