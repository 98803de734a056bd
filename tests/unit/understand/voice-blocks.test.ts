/**
 * Voices owning blocks (lib/understand/measure-blocks.ts) and their turn in the judgement (prose-judge.ts): a round
 * of views hands each block to one person, one after another, introduced alike, with little of the reporter's
 * narrative between or after; a story goes back to its narrative. Also the guest who answers the host's question with
 * a question back (judge-feature.ts). Texts written here, in the layouts of real pages, simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText, explainText } from '@/lib/understand';
import { isNamedPair, isOwnedRound, measureBlocks, type VoiceBlocks } from '@/lib/understand/measure-blocks';
import { readProseVoices } from '@/lib/understand/prose-voices';
import { announcesGroupViews, framesEvent, framesGroupView } from '@/lib/understand/framing-cues';

const names = (o: Outline): Array<string | null> => o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

// each deputy a section under a head of their own quotation; the lead says the reporter asked deputies
const SECTIONS = `“我们带着基层的期盼来”
各地全国人大代表陆续抵京。记者采访的几位代表都做足了准备，他们说，这次带来的是基层的期盼。
■“跑了二十个村子”
全国人大代表、某县卫生院院长张建国告诉记者，这几天他一直在整理调研材料。“过年前我跑了二十个村子，村医的养老问题最突出。很多老村医干了一辈子，老了没有保障，这个问题必须解决。”
■“建议已经改了五稿”
全国人大代表、某市第一中学校长李秀兰接到记者电话时，正在修改建议。“农村学校最缺的是年轻老师，我的建议已经改了五稿，核心就是让年轻老师留得住、教得好。”`;

// a topic head over two members, each paragraph a scene sentence, then the member and a quotation; photo captions first
const TOPIC_PAIR = `3月3日，委员在驻地认真阅读材料。
新华社记者 某某摄
一位代表在报到现场接受采访。
本报记者 某某摄
全国两会即将开幕。在新的一年里，代表委员在想什么？本报记者进行了采访。
关注民生话题
连日来，不少民生话题引起关注，代表委员们也十分关心。
对于乡村学校留不住老师的问题，有代表委员提出建议。某县中学校长张建国代表表示：“要让年轻老师愿意下乡，就必须解决他们的住房和职称问题，不能只靠情怀。”
看病难的问题依然突出，令人忧心。某医院副院长李秀兰委员说：“基层医院最缺的是全科医生，应当加大定向培养的力度，让医生下得去、留得住。”`;

const TOPIC_PAIR_TRAD = `3月3日，委員在駐地認真閱讀材料。
新華社記者 某某攝
一位代表在報到現場接受採訪。
本報記者 某某攝
全國兩會即將開幕。在新的一年裡，代表委員在想什麼？本報記者進行了採訪。
關注民生話題
連日來，不少民生話題引起關注，代表委員們也十分關心。
對於鄉村學校留不住老師的問題，有代表委員提出建議。某縣中學校長張建國代表表示：「要讓年輕老師願意下鄉，就必須解決他們的住房和職稱問題，不能只靠情懷。」
看病難的問題依然突出，令人憂心。某醫院副院長李秀蘭委員說：「基層醫院最缺的是全科醫生，應當加大定向培養的力度，讓醫生下得去、留得住。」`;

// a reporter's story: events, a time and a place, the narrative going back between the two people it quotes
const STORY_BETWEEN = `新大桥今日通车
连接两岸的新大桥今天上午10时正式通车，工程历时三年，耗资十二亿元。
市交通局副局长张建国说：“大桥通车后，两岸往来的时间将由四十分钟缩短到十分钟，早晚高峰的拥堵会明显缓解。”
通车仪式结束后，首批车辆依次驶上桥面。桥头的公交站也同时启用，三条公交线路改经大桥。
住在桥南的居民李秀兰说：“以前过江要绕很远，现在上班方便多了，孩子上学也不用那么早起床了。”`;

// a story ending on two quotations owned alike: no frame of a round, no heads of their own
const STORY_PAIR_END = `老街改造完工
经过一年的施工，老街改造工程昨天完工，沿街的四十多家店铺陆续重新开张。
改造保留了老街原有的青石板路面，新增了排水管网和消防通道，沿街的建筑立面也按原样修缮。
“排水管网全部换新，下雨天再也不会积水了，消防车也能开进来了。”区住建局工程师张建国说。
“老房子修好了，客人也多了起来，这几天的生意比去年好了一倍。”在老街经营茶馆的李秀兰说。`;

// three voices heading paragraphs, but the reporter's argument between them and after the last
const ESSAY = `从容
今年两会上，代表们回答提问时态度诚恳而从容。
“我曾经反映过漫游费过高的问题，有关部门也采取了措施，但这还不够，我还要继续提建议。”来自西部的张建国代表说，只有了解群众，才能从容。
近年来，从普遍建立代表联络处，到组织代表深入基层调研，人大工作的加强促进了代表履职能力的提高。
“没有调查研究，就没有发言权。”某大学教授李秀兰代表说，从容源于对实际工作的了解。
“没有责任感，就履行不好代表职责。”作为连任的代表，王海涛认为，责任感首先表现在不断学习。
这是大会最新统计的一组数据：今年两会期间，代表们共提出议案五百多件，比上届同期增加三成。
从这些数字中，人们看到的是代表们的从容和自信。`;

// an accident story: its lead tells the event, three witnesses quoted one after another close it
const ACCIDENT = `货车侧翻致道路中断三小时
昨天下午3时许，一辆满载建材的货车在城东立交桥下侧翻，事故造成道路中断近三个小时，所幸无人受伤。
事发后，交警和消防人员迅速赶到现场，吊车将货车扶正，路面清理工作一直持续到傍晚6时。
“当时车速很快，转弯的时候车身一歪就倒了，声音特别大，我们都吓了一跳。”目击者张建国说。
“我们接到报警后十分钟就到了现场，先疏散了周边的车辆和行人，再组织清理路面。”交警大队民警李秀兰说。
“建材散了一地，我们用了三台铲车才清理干净，好在没有造成人员伤亡。”参与清理的工人王海涛说。`;

// a panel: the host asks, two guests answer (the second ends on a question back); an audience member asks in between
const PANEL = `主持人：今天我们请来两位校长，先请张校长谈谈这次改革进行得怎么样？
张建国：改革已经进入实施阶段，我们根据各个院系的特点给了一定的弹性，遇到不同意见的时候，大家最终会在共同目标的基础上形成共识。
主持人：下面把时间交给现场的观众，大家肯定有很多问题。
观众：两位校长好，我想请问李校长，贵校对学生创业是什么态度？
主持人：这位同学已经准备好创业了，我们听听李校长怎么说？
李秀兰：我想学生们已经足够成熟，可以自己做出选择，但是我们当然希望他们先完成学业，你打算学什么专业呢？`;

// one interviewer, one answerer: never a feature
const INTERVIEW = `记者：今年的工作重点是什么？
张建国：今年我们主要抓三件事，第一是稳就业，第二是抓项目，第三是改善民生。
记者：项目方面有什么具体安排？
张建国：今年计划开工的重点项目有四十多个，总投资超过三百亿元，上半年就要全部开工。`;

// a round announced twice (headline and lead), told in the reporter's words: each paragraph opens on its topic, then
// the member and their view to the paragraph's end
const TOLD_HEAD = '乡村振兴怎么干？代表委员来回答';
const TOLD_LEAD = '乡村振兴该如何理解，又该怎么干？就此话题，本报记者采访了几位全国人大代表和全国政协委员，看看他们怎么说。';
const TOLD_BODY = [
  '今年全国两会期间，习近平在参加代表团审议时强调，要发展现代农业，确保国家粮食安全，调整优化农业结构，加快构建现代农业产业体系、生产体系、经营体系，推进农业由增产导向转向提质导向。如何在保证产量的基础上提高粮食质量？全国政协委员、某市政协主席张建国认为，要从源头抓起，在栽培技术标准上下功夫。他建议，把建立农作物栽培标准体系作为质量兴农的一项重要内容。只有从根本上解决了栽培的标准化问题，才能保证粮食质量和食品安全，才能保住市场竞争力，让农民增收，把饭碗牢牢端在自己手中。',
  '产业振兴是乡村振兴的基础。全国人大代表、某市市长李秀兰认为，乡村振兴最迫切的任务是发展产业，要提高劳动生产率、土地产出率和资源利用率，让农民分享更多增值收益。',
];
const TOLD = [TOLD_HEAD, TOLD_LEAD, ...TOLD_BODY].join('\n');
const TOLD_TRAD = TOLD.replace('乡村振兴怎么干？代表委员来回答', '鄉村振興怎麼幹？委員代表來回答');
// the same members inside a report: the reporter's own paragraph between them
const TOLD_BETWEEN = [TOLD_HEAD, TOLD_LEAD, TOLD_BODY[0], '记者了解到，今年全省新建高标准农田一百万亩，粮食总产量连续五年稳定在一千万吨以上，农民人均可支配收入增长百分之八。', TOLD_BODY[1]].join('\n');

describe('measureBlocks: who owns the paragraphs', () => {
  const measure = (text: string): VoiceBlocks => {
    const texts = text.split('\n').slice(1);
    return measureBlocks(texts, readProseVoices(texts));
  };
  it.each<[string, string, Partial<VoiceBlocks>]>([
    ['each deputy owning a section under a head', SECTIONS, { owners: 2, blocks: 2, between: 0, after: 0, returns: 0, heads: 1, odd: 0 }],
    ["a story: the reporter's narrative between the two voices", STORY_BETWEEN, { owners: 2, between: 1, after: 0 }],
    ['a story ending on two quotations: owned alike, no heads', STORY_PAIR_END, { owners: 2, between: 0, after: 0, heads: 0, odd: 0 }],
    ["the reporter's argument between the voices and after the last", ESSAY, { owners: 3, between: 1, after: 2 }],
  ])('%s', (_what, text, want) => {
    expect(measure(text)).toMatchObject(want);
  });

  it.each<[string, boolean, Partial<VoiceBlocks>]>([
    ["the reporter's telling, not the voice's own words", false, { owners: 0, blocks: 0 }],
    ["told: each paragraph the member's from the sentence naming them to its end", true, { owners: 2, blocks: 2, between: 0, after: 0, odd: 0 }],
  ])('%s', (_what, told, want) => {
    expect(measureBlocks(TOLD_BODY, readProseVoices(TOLD_BODY), told)).toMatchObject(want);
  });

  it('told: a person named late in a paragraph of narrative owns none of it', () => {
    const texts = ['大桥今天上午正式通车，工程历时三年，耗资十二亿元，首批车辆依次驶上桥面，桥头的公交站同时启用，三条公交线路改经大桥。市交通局副局长张建国表示，通车后交通会更方便。', '通车仪式上，居民代表为建设者献花，现场响起了热烈的掌声，许多市民专程赶来见证这一时刻，桥面上人流不断。居民李秀兰表示，上班会方便很多。'];
    expect(measureBlocks(texts, readProseVoices(texts), true)).toMatchObject({ owners: 0 });
  });

  it("a paragraph saying the voice's words only in the reporter's sentence is owned by nobody", () => {
    const texts = ['市交通局副局长张建国表示，大桥通车后两岸往来会更方便。', '居民李秀兰表示，上班的路程会缩短很多。'];
    expect(measureBlocks(texts, readProseVoices(texts))).toMatchObject({ owners: 0, blocks: 0 });
  });
});

describe('isOwnedRound: blocks one after another, introduced alike, a pair framed or under heads', () => {
  const base: VoiceBlocks = { heads: 0, blocks: 2, owners: 2, returns: 0, between: 0, after: 0, balance: 0.7, odd: 0, named: 0, least: 80 };
  it.each<[string, Partial<VoiceBlocks>, number, boolean]>([
    ['a framed pair', {}, 1, true],
    ['an unframed pair without heads (a story may end so)', {}, 0, false],
    ['an unframed pair under heads of their own', { heads: 1 }, 0, true],
    ['three owners, unframed', { blocks: 3, owners: 3 }, 0, true],
    ["the reporter's narrative between", { between: 1 }, 1, false],
    ['two paragraphs after the last voice', { after: 2 }, 1, false],
    ['one voice returned to', { blocks: 3, returns: 1 }, 1, false],
    ['introduced differently', { odd: 1 }, 1, false],
    // (each under a head of its own: the head introduces the voice, its paragraph opening on the name or the quotation)
    ['introduced differently, under heads of their own', { odd: 1, heads: 1 }, 0, true],
    ['one odd introduction among four', { blocks: 4, owners: 4, odd: 1 }, 0, true],
    ['one voice far shorter', { balance: 0.2 }, 1, false],
  ])('%s → %s', (_what, over, framing, want) => {
    expect(isOwnedRound({ ...base, ...over }, framing)).toBe(want);
  });
});

// a forum's two speakers, each opening a paragraph by role and name, told in the reporter's words; no frame in the headline
const FORUM_PAIR = `乡村人才怎样留得住
本月十日，乡村振兴论坛在某市举行，来自高校和企业的嘉宾围绕乡村人才的培养与使用展开交流。
某大学农学院院长张建国表示，乡村缺的不是愿意回去的年轻人，而是让他们安心留下的条件。学校这几年和县里合办实训基地，学生毕业前就在村里干了一年，留下来的比例明显提高。
某农业公司董事长李秀兰认为，企业要把岗位放到田间地头。公司在三个县建了育苗中心，招的技术员大多是本地青年，收入不比城里低，流失的人越来越少。`;

const FORUM_PAIR_TRAD = `鄉村人才怎樣留得住
本月十日，鄉村振興論壇在某市舉行，來自高校和企業的嘉賓圍繞鄉村人才的培養與使用展開交流。
某大學農學院院長張建國表示，鄉村缺的不是願意回去的年輕人，而是讓他們安心留下的條件。學校這幾年和縣裡合辦實訓基地，學生畢業前就在村裡幹了一年，留下來的比例明顯提高。
某農業公司董事長李秀蘭認為，企業要把崗位放到田間地頭。公司在三個縣建了育苗中心，招的技術員大多是本地青年，收入不比城裡低，流失的人越來越少。`;

// a scene story: the reporter walks the venue, each paragraph opens on the time, then the person it meets
const SCENE_PAIR = `记者走进招聘会现场
昨天上午，市人才市场举办春季招聘会，记者一早来到现场，展台前已经排起长队。
上午9时30分，记者走到一家软件公司的展台前，人事经理张建国正在翻看简历。他说，公司今年要招三十名程序员，应届生也可以，只要肯学，公司会安排老员工带。
10时15分，在另一家物流公司的展台，招聘主管李秀兰告诉记者，今年仓储岗位缺人最多，待遇比去年提高了一成，但来问的人还是不多。`;

// a section per resident, each titled by who they are (the reader takes the heads for section titles), the resident
// named in the section's first paragraph; a lead before
const FLOOR_SECTIONS = `旧楼加装电梯进展
今年以来，全市已有一百多栋旧楼启动加装电梯，工程从申请到完工平均需要八个月，资金由政府补贴和业主分摊。
# 一层住户：担心噪音
作为一楼住户，他们大多持保留态度。王先生是某小区一楼的住户，他表示，“我平时出门只走几步路，用不上电梯，电梯运行起来的噪音和挡住的光线倒是实实在在的困扰。”
# 六层住户：盼了很多年
住在顶层的住户则盼望已久。赵女士表示，“我每天提着菜爬六层楼，膝盖越来越不好，电梯能早一天装上，我们就能少受一天罪。”`;

describe('measureBlocks: the section titles between the voices', () => {
  it("the heads between the residents' sections are counted (flowTexts with heads)", () => {
    const o = analyzeText(FLOOR_SECTIONS);
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(['王先生', '赵女士']);
  });
});

describe('isNamedPair: two people each opening a block of their own by name', () => {
  const base: VoiceBlocks = { heads: 0, blocks: 2, owners: 2, returns: 0, between: 0, after: 0, balance: 0.7, odd: 0, named: 2, least: 80 };
  it.each<[string, Partial<VoiceBlocks>, boolean]>([
    ['both blocks opened by name', {}, true],
    ['a closing paragraph after (a story may end so)', { after: 1 }, false],
    ['one block opened on the scene or a quotation', { named: 1 }, false],
    ["the reporter's narrative between", { between: 1 }, false],
    ['two paragraphs after the last voice', { after: 2 }, false],
    ['one voice far shorter', { balance: 0.2 }, false],
    ["a line each, not a view's paragraph (a story's closing quotes)", { least: 30 }, false],
    ['three people (a round: isOwnedRound)', { blocks: 3, owners: 3, named: 3 }, false],
    ['one voice returned to', { blocks: 3, returns: 1, named: 3 }, false],
  ])('%s → %s', (_what, over, want) => {
    expect(isNamedPair({ ...base, ...over })).toBe(want);
  });
});

describe('the judgement: voices owning blocks make a feature; stories stay stories', () => {
  it.each<[string, string, string[] | null]>([
    ['deputies each owning a section (simplified)', SECTIONS, ['张建国', '李秀兰']],
    ['members under a topic head, photo captions before the lead (simplified)', TOPIC_PAIR, ['张建国', '李秀兰']],
    ['members under a topic head (traditional)', TOPIC_PAIR_TRAD, ['張建國', '李秀蘭']],
    ["not: a story going back to its narrative between two quotes", STORY_BETWEEN, null],
    ['not: a story ending on two quotations, unframed', STORY_PAIR_END, null],
    ["not: three voices inside the reporter's argument", ESSAY, null],
    ['not: one interviewer and one answerer', INTERVIEW, null],
    ["not: an accident's story closing on three witnesses", ACCIDENT, null],
    ["members told in the reporter's words, the round announced in headline and lead", TOLD, ['张建国', '李秀兰']],
    ['the same, its headline in traditional script', TOLD_TRAD, ['张建国', '李秀兰']],
    // (deputies and members each owning a block in turn are the sessions' round whatever the frame: prose-judge.ts)
    ['the same announced by the lead alone: deputies and members, the sessions\' round', TOLD.replace(TOLD_HEAD, '乡村振兴的两条路'), ['张建国', '李秀兰']],
    ['not: the same announced by the lead alone, the speakers no deputies nor members', TOLD.replace(TOLD_HEAD, '乡村振兴的两条路').replace('全国政协委员、', '').replace('全国人大代表、', ''), null],
    ["not: the same with the reporter's paragraph between the members", TOLD_BETWEEN, null],
    ["a forum's two speakers, each opening a paragraph by name (simplified)", FORUM_PAIR, ['张建国', '李秀兰']],
    ["a forum's two speakers (traditional)", FORUM_PAIR_TRAD, ['張建國', '李秀蘭']],
    ['not: the pair with a paragraph of the reporter between them', FORUM_PAIR.replace('\n某农业公司', '\n论坛间隙，不少听众围着展台询问合作办学的细节，现场气氛热烈，主办方临时加开了一场交流会。\n某农业公司'), null],
    ['not: a scene story, each paragraph opening on the time', SCENE_PAIR, null],
  ])('%s', (_what, text, want) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(want !== null);
    if (want) expect(names(o)).toEqual(want);
  });

  it("a guest answering the host's question with a question back is a guest: two guests, a panel", () => {
    const o = analyzeText(PANEL);
    expect(o.detected).toBe(true);
    expect(o.kind).toBe('panel');
    expect(names(o)).toEqual(['张建国', '李秀兰']);
  });

  it('not when the second voice is an outlet asking in so many words after the host (请问): one guest', () => {
    const o = analyzeText(PANEL.replace('我想学生们已经足够成熟', '请问学生们是否已经足够成熟'));
    expect(o.detected).toBe(false);
  });
});

describe('framing cues a round of views, and events', () => {
  it.each<[string, (t: string) => boolean, string, boolean]>([
    ['two groups side by side ask what they think (lead)', announcesGroupViews, '今年两会上，代表委员在想什么？本报记者进行了采访。', true],
    ['the same in traditional script', announcesGroupViews, '今年兩會上，代表委員在想什麼？本報記者進行了採訪。', true],
    ['one person thinking: no group', announcesGroupViews, '张建国在想什么？记者进行了采访。', false],
    ['a group and what it thinks (headline)', framesGroupView, '两会代表委员在想什么', true],
    ['a debate the headline names', framesGroupView, '经济学家PK台：楼市会不会降温', true],
    ['a round-table meeting is an event, not a round of views', framesGroupView, '企业家圆桌会议在京举行', false],
    ['an accident', framesEvent, '货车侧翻致道路中断三小时', true],
    ['a fire (traditional)', framesEvent, '舊樓火災兩人受傷', true],
    ['a policy', framesEvent, '新学期起中小学课后服务全覆盖', false],
  ])('%s', (_what, test, text, want) => {
    expect(test(text)).toBe(want);
  });
});

// the forum's pair, then two paragraphs of the reporter's after them: the pair rule refuses it for the narrative after
const FORUM_PAIR_AFTER = `${FORUM_PAIR}
论坛结束后，与会嘉宾还参观了县里的育苗中心和实训基地，详细了解了基地的运营情况和今年的招生计划。
据悉，下一届论坛将于明年秋天举行，主办方计划邀请更多企业和高校参加，共同探讨乡村人才培养的新路子。`;

describe("--explain prints the named pair's told numbers when the pair rule read them", () => {
  it('a pair refused for the narrative after it shows what it lacked (0+2 narrative)', () => {
    const out = explainText(FORUM_PAIR_AFTER);
    expect(analyzeText(FORUM_PAIR_AFTER).detected).toBe(false);
    expect(out).toContain('; a named pair told: 2 named, 0+2 narrative, balance 0.85, 70 own');
    expect(out).toContain('a pair: 2 named, 0+0, ≥ 0.3, ≥ 50');
  });

  it('a round of three prints no pair numbers', () => {
    expect(explainText(ESSAY)).not.toContain('a named pair told');
  });
});

// a story of a place opening: its events first, then two passers-by quoted in its last paragraphs, owned alike
const CLOSING_PAIR = `湖畔夜市周末开张 游客络绎不绝
本报讯 位于城东湖畔的新夜市上周六正式开张，首批六十多个摊位同时营业。夜市由旧停车场改建而成。
场内设有小吃区、手作区和亲子游乐区，每晚六时至十一时开放。开张首个周末入场人数超过两万人次。
为了疏导人流，入口增设了两条通道。志愿者在场内引导游客有序通行。
附近的公交线路也延长了末班车时间。游客夜间返回市区更加方便。
下个月还将增加一批本地特色摊位。每周六晚还有露天音乐会。
来自邻市的王先生带着妻儿来逛夜市，王先生说，他们在网上看到介绍就专程开车过来，这里的小吃种类很多，价格也不贵，孩子玩得很开心，下次还想再来。
从城西赶来的赵小姐也说，以前周末晚上不知道去哪里，现在多了一个散步吃东西的好地方，就是人实在太多了，希望以后能多设一些座位。`;

// the same pair after a short lead: the page handed to them early
const EARLY_PAIR = `湖畔夜市周末开张 游客络绎不绝
本报讯 位于城东湖畔的新夜市上周六正式开张，首批六十多个摊位同时营业。夜市由旧停车场改建而成。
场内设有小吃区、手作区和亲子游乐区，每晚六时至十一时开放。开张首个周末入场人数超过两万人次。
来自邻市的王先生带着妻儿来逛夜市，王先生说，他们在网上看到介绍就专程开车过来，这里的小吃种类很多，价格也不贵，孩子玩得很开心，下次还想再来。
从城西赶来的赵小姐也说，以前周末晚上不知道去哪里，现在多了一个散步吃东西的好地方，就是人实在太多了，希望以后能多设一些座位。`;

describe("a story's closing reactions (prose-judge.ts)", () => {
  it('a pair of people, one a passer-by, quoted only in the last 30% of the sentences: no round', () => {
    expect(analyzeText(CLOSING_PAIR).detected).toBe(false);
    expect(explainText(CLOSING_PAIR)).toContain('closing reactions');
  });
  it('the same pair after a short lead is still a round', () => {
    expect(analyzeText(EARLY_PAIR).detected).toBe(true);
  });
});
