/**
 * The prose voice reader's later forms (lib/understand/prose-voices.ts) and the judge's third rule, a round of
 * voices: who speaks in a sentence when the subject is not right before the verb, and when two or three voices
 * make a feature. Sentences written here, simplified and traditional, each form with its counter-examples.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { findSentenceVoice, personOfChunk, readProseVoices } from '@/lib/understand/prose-voices';
import { isPersonName } from '@/lib/understand/names';
import { matchReportedOpening } from '@/lib/understand/reported-speech';

const names = (o: Outline): string[] => o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name ?? ''));

describe('findSentenceVoice: the subject found wherever the verb of saying is', () => {
  const yes: Array<[string, string, string | null]> = [
    // a verb-like word inside the subject ("业主张先生": 主张) does not end it
    ['40多岁的业主张先生表示，楼道里堆满了杂物。', '张先生', '40多岁的业主'],
    // an aside in brackets after the name; a pinyin gloss inside the role
    ['和房东有纠纷的孙小姐（化名）称，押金一直没退。', '孙小姐', '和房东有纠纷的'],
    ['住在三楼的業(yè)主林先生表示，電梯常常壞。', '林先生', '住在三楼的業主'],
    // a scene or an adverb between the person and the verb
    ['主教练吴志远在赛后特别表示：“球员们拼尽了全力。”', '吴志远', '主教练'],
    ['市民蒋女士在接受采访时说，公交站太远了。', '蒋女士', '市民'],
    ['退休工人郑伯昨日表示，公园的椅子太少。', '郑伯', '退休工人'],
    // a title after the name: the role printed before it, else the title
    ['某某集团董事长周建明代表说：“企业要练好内功。”', '周建明', '某某集团董事长'],
    ['黄立新委员认为，社区医院还要多建。', '黄立新', '委员'],
    // the manner of speaking, or a call, before the verb
    ['航天工程师钱一鸣代表自豪地说，新型号已经首飞。', '钱一鸣', '航天工程师'],
    ['市民邓女士也来电说：“路灯坏了一个月了。”', '邓女士', '市民'],
    // a full name with an address is the full name
    ['家住河西的马丽华女士说，菜价稳定了。', '马丽华', null],
    // (and with a family word as the address, "某某阿姨": the name as printed, without it)
    ['社区居民邓秀兰阿姨说，新修的步道晚上很热闹。', '邓秀兰', '社区居民'],
    ['退休工人孙建国大爷说，公交线路方便多了。', '孙建国', '退休工人'],
    // a surname the list does not know, after a title only a person holds
    ['國民黨團總召庹崐明表示，修法符合主流民意。', '庹崐明', '國民黨團總召'],
    // a role word the label reader does not know, then a full name
    ['學生會幹事長許雅婷表示，宿舍太擠。', '許雅婷', '學生會幹事長'],
    // a describing clause, then a role and the name
    ['有精彩扑救的门将丁伟杰就说：“今天发挥得不错。”', '丁伟杰', '有精彩扑救的门将'],
    // after a title only a person holds, a given name the name list doubts (日 opens few names)
    ['全国人大代表吴日新说：“报告讲到了农民的心坎上。”', '吴日新', '全国人大代表'],
    // a run-on sentence of many clauses: the speaker in its seventh
    ['比赛结束后，球员们走到场边，向球迷鞠躬，把球衣丢上看台，球迷唱起了歌，掌声不断，主教练邹平在赛后表示：“谢谢大家。”', '邹平', '主教练'],
    // a scene in an earlier clause, the speaker in a later one
    ['在大家拍手叫好的同时，也有人担心反弹，市民田磊说：“要常抓不懈。”', '田磊', '市民'],
    // the subject first, their words in a later clause of the sentence
    ['市民卢先生看完新闻后，对这项措施非常赞同，“早就该这样管了。”', '卢先生', '市民'],
    ['叶女士就住在菜场旁边，她表示早上的噪音很大。', '叶女士', null],
    // the subject, what they did, then the verb with no subject again (a topic chain)
    ['工程界的40岁龙先生有一个女儿，期望新一年全家平安。', '龙先生', '工程界的40岁'],
    ['“车太少了。”上周五，市民焦先生看到报道后就打电话说。', '焦先生', '市民'],
    // a passer-by's view of something ("对…表示"), a hotline caller's tip ("报料", "反映")
    ['一直关注交通的市民甘女士对新线路表示支持。', '甘女士', '一直关注交通的市民'],
    ['市民毛先生反映，小区门口的路灯坏了。', '毛先生', '市民'],
    // "我市" is the paper's city, not someone's own words
    ['我市市民闫先生说，公园的灯太暗。', '闫先生', '我市市民'],
  ];
  it.each(yes)('%s → %s', (s, name, role) => expect(findSentenceVoice(s)).toEqual({ name, role }));
  const no = [
    // a group, a crowd, a passer-by without a name
    '接受采访的路人都认为，这件事不好说。',
    '围观的许多群众说：“太不像话了。”',
    '各界人士纷纷作出回应，认为方案可行。',
    '小区住户表示，希望物业尽快修好。',
    // a name inside someone else's quotation is not the speaker
    '“张先生说得对，”她补充道，“可是没人管。”',
    // a word that only looks like a name before a quotation
    '即便主持人让大家“排队”，也挡不住热情。',
    // no verb of saying, no quotation
    '市民卢先生每天早上都去公园跑步。',
    // someone pointing is not someone speaking; an address with no surname is nobody
    '一位戴着帽子的老先生，指着站牌不停地说。',
    // a netizen's verb is no name; a pronoun's wish about a group is nobody's statement
    '于是有网友调侃道：“一到假期就堵车。”',
    '他期望议员保持这种“接地气”的作风。',
    // someone's own words ("我") and someone quoting another are not the named person speaking
    '我就当面向总书记反映了老区的问题。',
    '她又引述市长林卫国指，城市要为人民建设。',
    // a relative of the person speaks, not the person
    '卢先生的妻子说，她不同意搬家。',
    // a committee is no person after its title word
    '政协委员会说，要加强民主监督。',
  ];
  it.each(no)('%s → none', (s) => expect(findSentenceVoice(s)).toBeNull());
});

describe('personOfChunk and isPersonName: names that are not names', () => {
  it.each(['劏房戶梁先生', '区住户', '小区住户'])('%s is no full name', (chunk) => {
    const who = personOfChunk(chunk);
    expect(who === null || who.name === '梁先生').toBe(true);
  });
  it.each([
    ['区住户', false],
    ['湖南游客', false],
    ['吳思瑤', true],
    ['洪小明', true],
  ])('isPersonName(%s) = %s', (name, ok) => expect(isPersonName(name)).toBe(ok));
});

describe('readProseVoices: quotations and attributions across sentences and paragraphs', () => {
  it('a quoted sentence is taken by the attribution after it', () => {
    const r = readProseVoices(['“我们等这条路等了十年。路修好了，孩子上学也方便了。”', '村民代表韩建军激动地说。']);
    expect(r.voices.map((v) => v.name)).toEqual(['韩建军']);
    expect(r.statements).toBe(3);
    expect(r.quoted).toBe(1);
  });
  it('a quotation left open carries into the next paragraph only when that paragraph opens with a quotation mark', () => {
    const cut = readProseVoices(['住在一楼的许先生说：“雨一大，水就进屋。', '家住二楼的沈女士表示，楼道的灯坏了半年。', '做保洁的小秦说，垃圾每天都清。']);
    expect(cut.voices.map((v) => v.name)).toEqual(['许先生', '沈女士', '小秦']);
    const goesOn = readProseVoices(['住在一楼的许先生说：“雨一大，水就进屋。', '“家里的地板都泡坏了。”']);
    expect(goesOn.voices).toHaveLength(1);
    expect(goesOn.voices[0]!.sentences).toHaveLength(2);
  });
  it('the surname alone opens the words of a passer-by named before', () => {
    const r = readProseVoices(['記者在花市遇到帶著女兒的市民冼先生。', '冼表示，今年的桃花開得特別好。']);
    expect(r.voices.map((v) => v.name)).toEqual(['冼先生']);
  });
  it('a pronoun speaking after a sentence about a named person gives that person the words (and the quotation before)', () => {
    const r = readProseVoices(['来接孙子放学的车先生站在校门口。', '“孩子还小，我不放心。”', '他认为，学校门口应该多安排几名保安。']);
    expect(r.voices.map((v) => v.name)).toEqual(['车先生']);
    expect(r.statements).toBe(2);
    const named = readProseVoices(['从研究所毕业后，汤明（化名）去了一家软件公司。', '“工资高，但是不自由。”他说。']);
    expect(named.voices.map((v) => v.name)).toEqual(['汤明']);
  });
  it('a pronoun speaking with no one named just before is nobody', () => {
    expect(readProseVoices(['今年的招聘会人很多。', '展位前排起了长队。', '他说，今年的岗位比去年多。']).people).toBe(0);
  });
  it('a surname alone with no one named before is nobody', () => {
    expect(readProseVoices(['今年花市人流不少。', '冼表示，今年的桃花開得特別好。']).people).toBe(0);
  });
});

describe('the judge: a round of two or three voices, each with a paragraph, is a feature', () => {
  const ROUND = [
    '新学期第一天 家长们怎么看',
    '今天是新学期开学第一天，记者在几所小学门口采访了送孩子上学的家长。',
    '送孙子上学的华奶奶说：“孩子长高了，书包也重了。”她表示，学校门口的交通比去年好多了。',
    '在银行工作的段先生认为，课后服务解决了家长接送难的问题。他说，希望服务时间再长一点。',
    '做外卖骑手的小戴告诉记者，他每天要先送孩子再上班，早高峰最忙。',
  ].join('\n');
  it('three parents each opening a paragraph: a voices feature with the three', () => {
    const o = analyzeText(ROUND);
    expect(o.detected).toBe(true);
    expect(o.kind).toBe('voices');
    expect(names(o).sort()).toEqual(['华奶奶', '小戴', '段先生'].sort());
  });
  it('two named voices, each with a paragraph, near the top, one quoted: a feature', () => {
    const o = analyzeText(
      [
        '立法会议员回应施政报告',
        '施政报告昨日发表。議員黎志強表示：「房屋政策有新意。」他認為，公營房屋供應終於追上。',
        '議員區美玲則說，醫療方面着墨太少，輪候專科的時間仍然太長。',
      ].join('\n'),
    );
    expect(o.detected).toBe(true);
    expect(names(o).sort()).toEqual(['區美玲', '黎志強'].sort());
  });
  it('a story whose two quotes come late is not a round', () => {
    const o = analyzeText(
      [
        '市区新增三条公交线路',
        '市交通部门昨天公布，下月起新增三条公交线路，连接城东新区和火车站。',
        '据介绍，三条线路共设站点四十个，首末班时间与地铁衔接。',
        '新线路开通后，城东居民到火车站的时间将缩短二十分钟。',
        '线路的票价与现有线路相同，可以使用交通卡。',
        '交通部门还将根据客流调整班次，高峰时段加密发车。',
        '城东居民庞先生说：“以后去火车站方便了。”',
        '公交公司经理卓建华表示，司机已经完成培训。',
      ].join('\n'),
    );
    expect(o.detected).toBe(false);
  });
  it('one person profiled with a second person quoted once is not a round (one holds the words)', () => {
    const r = readProseVoices([
      '退休教师孔德明说，他在社区教书法已经十年了。他表示，来学的人越来越多。他说：“看到大家写得好，我最开心。”他还说，明年想开一个少儿班。',
      '学员白女士说，课很有意思。',
    ]);
    expect(r.people).toBe(2);
    expect(r.ok).toBe(false);
  });
  it('officials briefing at a press conference, one quoted, are not a round', () => {
    const r = readProseVoices([
      '市政府昨天召开新闻发布会，通报上半年环境质量情况。',
      '市环保局局长钟海涛介绍，上半年空气优良天数同比增加12天。“总体来看，环境质量持续改善。”钟海涛说。',
      '市水务局副局长柏林表示，全市水质达标率保持稳定，下一步将加快污水管网建设。',
    ]);
    expect(r.officials).toBe(2);
    expect(r.ok).toBe(false);
  });
  it('a weekly round of leaders in office, many of them, is no feature (their directives, not voices)', () => {
    const cities = ['东城', '西城', '南城', '北城', '中城', '新城'];
    const names = ['季建国', '柯明华', '穆立新', '项红梅', '尹志刚', '边卫东'];
    const r = readProseVoices(
      cities.map((c, i) => `${c}市委书记${names[i]}强调，要把营商环境建设作为一号工程，“以更大力度推进改革”。${names[i]}表示，各级干部要担当作为。`),
    );
    expect(r.people).toBe(6);
    expect(r.officials).toBe(6);
    expect(r.ok).toBe(false);
  });
  it('the speakers of a forum heading a business, a research centre or holding a post formerly are not officials in office', () => {
    const r = readProseVoices([
      '第三届乡村文旅论坛昨天在青溪镇举行，来自各地的业者与学者共话乡村振兴。',
      '茶园民宿负责人詹晓岚表示，年轻人回乡创业最缺的是渠道。“我们希望有更多平台帮忙对接客源。”',
      '省农业经济研究中心主任邬景明认为，乡村旅游要走差异化路线，不能一窝蜂。',
      '原省旅游局副局长柴永和指出，“特色才是吸引游客的关键”。',
      '县文旅局局长滕立群说，县里将出台扶持政策，为返乡青年提供场地。',
    ]);
    expect(r.people).toBe(4);
    expect(r.officials).toBe(1);
    expect(r.ok).toBe(true);
  });
  it('the 负责人 of a department is an official', () => {
    const r = readProseVoices(['市教育局有关负责人表示，今年将新增学位三千个。', '市卫健委负责人介绍，全市疫苗接种率已超过九成。']);
    expect(r.officials).toBe(r.people);
  });
  it('the head of a town, a council\'s speaker, a consul general are officials in office', () => {
    const r = readProseVoices([
      '青溪镇镇长骆文杰表示，今年将新修三条村道。“路通了，山货才卖得出去。”',
      '县议会议长岑德辉说，预算案下周就会付委审议。',
      '驻温哥华总领事冯启航介绍，领区侨胞踊跃参加了这次活动。',
      '青年代表晏可馨说，“我们都盼着家乡越来越好”。',
    ]);
    expect(r.people).toBe(4);
    expect(r.officials).toBe(3);
    expect(r.ok).toBe(false);
  });
  it('three passers-by sharing paragraphs, none returned to, two quoted, are a vox pop', () => {
    const r = readProseVoices([
      '年关将近，菜市场里人头攒动，记者在现场随机采访了几位市民。',
      '正在挑选年货的邱女士说：“今年东西不算贵，我多买了些。”旁边的戴先生则表示，肉价比去年便宜了一点。',
      '买完菜准备回家的柯大妈告诉记者：“孙子孙女都回来过年，得多备点菜。”',
      '据了解，市场管理方已增派人手维持秩序，并延长了营业时间。',
    ]);
    expect(r.ordinary).toBe(3);
    expect(r.opened).toBeLessThan(3);
    expect(r.ok).toBe(true);
    // (one quoted only: a story naming passers-by along its narrative)
    const story = readProseVoices([
      '年关将近，菜市场里人头攒动，记者在现场随机采访了几位市民。',
      '正在挑选年货的邱女士说：“今年东西不算贵，我多买了些。”旁边的戴先生则表示，肉价比去年便宜了一点。',
      '买完菜准备回家的柯大妈表示，孙子孙女都回来过年，得多备点菜。',
      '据了解，市场管理方已增派人手维持秩序，并延长了营业时间。',
    ]);
    expect(story.ok).toBe(false);
  });
  it('officials paraphrased in a meeting report, no one quoted, are not a round', () => {
    const r = readProseVoices(['会上，区长岑国庆表示，要抓好防汛工作。', '副区长牛丽认为，要做好物资储备。', '区水务局局长阮明指出，要加强巡查。']);
    expect(r.quoted).toBe(0);
    expect(r.ok).toBe(false);
  });
});

describe('matchReportedOpening: a day word between the name and the verb is no part of the name', () => {
  it.each([
    ['台南市長黃文忠昨（18）建議，與其全面對抗，不如坐下來談。', '黃文忠'],
    ['議員郭美雲昨表示，預算要先送審。', '郭美雲'],
    ['議員郭美雲昨天表示，預算要先送審。', '郭美雲'],
  ])('%s → %s', (s, name) => expect(matchReportedOpening(s)?.name).toBe(name));
});
