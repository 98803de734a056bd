/**
 * Speakers named in the reporter's sentences (lib/understand/reported-speech.ts, classify-reported.ts,
 * judge-roundup.ts): reaction round-ups, dash attributions with a predicate, and the stories that name
 * people the same way but are not features. Sentences written here, in the layouts of real pages.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { matchNameRoleLine } from '@/lib/understand/name-role-lines';
import { matchSoundBite } from '@/lib/understand/transcript-lines';
import { matchAttributionClause, matchBareAttribution, matchDashClause, matchQuoteDashClause, matchReportedOpening } from '@/lib/understand/reported-speech';

type Row = [name: string | null, role: string | null];

function speakers(o: Outline): Row[] {
  return o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));
}

describe('matchReportedOpening: a paragraph opened by a person and a verb of saying', () => {
  const yes: Array<[string, string, string | null]> = [
    ['坪洲居民陈先生希望，新一届议员多落区听取意见，“我们出入都靠渡轮，班次太少了。”', '陈先生', '坪洲居民'],
    ['國民黨議員王怡君表示，社群媒體是和年輕人溝通最快的方式，她每週都會直播。', '王怡君', '國民黨議員'],
    ['「務實、清楚」，民進黨議員林家豪說，上節目前都會先做功課。', '林家豪', '民進黨議員'],
    ['“报告讲到了我们心坎上。”全国人大代表、湖南省某县实验小学校长周红梅举例，今年要新建两所寄宿制学校。', '周红梅', '全国人大代表、湖南省某县实验小学校长'],
    ['民協主席何俊賢讚揚，今年的報告回應了基層的訴求。', '何俊賢', '民協主席'],
    ['队长刘海洋在接受采访时表示：', '刘海洋', '队长'],
    ['新民黨副主席葉劉美儀認為，報告的房屋部分最有新意。', '葉劉美儀', '新民黨副主席'],
    ['對此，工聯會立法會議員黃國強指，政府應先照顧基層打工仔。', '黃國強', '工聯會立法會議員'],
    ['民進黨議員林家豪在臉書上表示，會持續監督市府的預算。', '林家豪', '民進黨議員'],
    ['香港會計師公會會長蘇明基早前預計，本年度將有財政盈餘。', '蘇明基', '香港會計師公會會長'],
    ['台北市議員陳怡君接受訪問時表示：', '陳怡君', '台北市議員'],
    // the quotation first, then the speaker's turn at a meeting, or the topic it answers before the speaker
    ['“民营企业立身的资本，就是自身的专业素质和在危机中的处置能力。”南方资本投资集团总裁王立健在圆桌会议上首先发言。', '王立健', '南方资本投资集团总裁'],
    ['“企业家精神，首先要有理想。”说到企业家精神，东湖油茶股份有限公司董事长周新安说，自己当了十年的大学教师。', '周新安', '东湖油茶股份有限公司董事长'],
    ['南山集選區議員黃美華以華語發言時説：“這份預算回應了人民的需求。”', '黃美華', '南山集選區議員'],
    ['南山集选区议员黄美华以华语发言时说，这份预算回应了人民的需求。', '黄美华', '南山集选区议员'],
    ['國民黨立委林志洲表示，預算不能一刀砍。', '林志洲', '國民黨立委'],
    ['新北市長侯大宜今（5）日表示，會持續推動捷運建設。', '侯大宜', '新北市長'],
    ['獲得最佳球員的張小龍表示，這場勝利屬於全隊。', '張小龍', '獲得最佳球員的'],
    ['區議員李國強説，會繼續跟進渡輪票價的問題。', '李國強', '區議員'],
    ['全國政協委員、某科技集團董事長陳立新對本報記者表示，提案要從熟悉的行業做起。', '陳立新', '全國政協委員、某科技集團董事長'],
    ['市人大代表、某中学校长刘海燕向本台表示，学校将增加课后服务。', '刘海燕', '市人大代表、某中学校长'],
    ['当前行业正经历深刻调整，与会的某大学经济学教授王建国表示，市场需要新的规则。', '王建国', '某大学经济学教授'] /* where they sit is no part of the role */,
    ['夜场为什么暂停？某博物馆馆长何文斌回应称，安全永远放在第一位。', '何文斌', '某博物馆馆长'],
    // vox pops: an honorific form needs no role; a describing clause before a nickname or an English name
    ['馮先生指今年的報告沒有甚麼新意，「都係老樣子」。', '馮先生', null],
    ['從事飲食業的阿強受訪時表示，今年生意比去年差。', '阿強', '從事飲食業的'],
    ['從事物流業的Kevin質疑新措施的成效，認為幫不了打工仔。', 'Kevin', '從事物流業的'],
    ['12岁的吴同学说，寒假作业比去年少了。', '吴同学', '12岁的'],
    // a mirror's pinyin glosses after characters are read past
    ['全國(guó)人大代表、某市保安公司副總經(jīng)理朱良才在接受記者采訪時(shí)表示，要為農(nóng)民工發(fā)聲。', '朱良才', '全國人大代表、某市保安公司副總經理'],
    // the quotation first, the speaker and the verb closing the paragraph
    ['“要把群众反映的事情带上来，把政策带下去。”某村党支部书记刘桥生说。', '刘桥生', '某村党支部书记'],
    // introduced before their words, the quotation in the same paragraph
    ['何先生是外地人，在城里做小生意，他对新规很焦虑。“公交跟不上，出门太难了。”', '何先生', null],
    ['吴女士家住老城区，平时自己开车。“空气好了，大家都受益，我支持。”', '吴女士', null],
  ];
  it.each(yes)('%s', (text, name, role) => {
    const m = matchReportedOpening(text);
    expect(m && [m.name, m.role]).toEqual([name, role]);
  });

  const no: string[] = [
    '他表示，公司今年将继续扩大产能。', // a pronoun: the story has introduced him
    '据悉，该项目总投资约十亿元。',
    '工商界方面，香港中华总商会表示支持报告提出的措施。', // an organisation, after a clause
    '香港中华厂商联合会表示，报告提出了一系列务实措施。', // an organisation speaks as itself
    '記者昨日在現場看到，不少市民排隊等候。',
    '王明表示，会尽快回复。', // a bare name: no role, someone the story already introduced
    '今年以来，全国人大代表李华多次表示，要关注乡村教育。', // the speaker is inside a clause
    '何先生是外地人，十年前来到城里做小生意。', // introduced, but no words of theirs
  ];
  it.each(no)('not: %s', (text) => expect(matchReportedOpening(text)).toBeNull());
});

describe('dash attributions with a predicate, and bare attribution lines', () => {
  const dash: Array<[string, string, string | null]> = [
    ['——某大学教师吴刚发文批评“科研经费报账难”。', '吴刚', '某大学教师'],
    ['——中國社會科學院研究員鄭寧談網絡語言的規範。', '鄭寧', '中國社會科學院研究員'],
    ['——春节将至，不少人为回家的车票发愁，网友“山间小溪”这样感慨。', '山间小溪', '网友'],
    ['――全國政協委員、中國藝術研究院研究員田明談媒體責任。', '田明', '全國政協委員、中國藝術研究院研究員'],
    ['---北京市人大代表、副市長陳志剛談人口上限。', '陳志剛', '北京市人大代表、副市長'],
    ['——全國人大代表、新疆某地委副書記阿不都熱合曼在被問及民生工程時如是說。', '阿不都熱合曼', '全國人大代表、新疆某地委副書記'],
    // the context first, the speaker opening the last clause
    ['――某市领导在电视上公布手机号码引起热议，政协委员孙国强如是说', '孙国强', '政协委员'],
    ['――某市領導在電視上公布手機號碼引起熱議，政協委員孫國強如是說', '孫國強', '政協委員'],
    ['——某鎮某村78歲的何景明説。按照規劃，祖宅將夷為平地。', '何景明', '某鎮某村78歲的'],
    ['——干部调走后，“题词”成了“尴尬”。某大学公共管理学院教授郑立平分析官员的“留名癖”', '郑立平', '某大学公共管理学院教授'],
    ['——幹部調走後，「題詞」成了「尷尬」。某大學公共管理學院教授鄭立平分析官員的「留名癖」', '鄭立平', '某大學公共管理學院教授'],
    ['——某省纪委副主任高明通过实名微博举报一名官员', '高明', '某省纪委副主任'],
    // a long attribution (past 120 characters) still opens with its speaker
    ['——某省紀(jì)委預(yù)防腐敗室副主任高明通過其實(shí)名認(rèn)證微博，舉報某局原局長、現某委員會常務(wù)副主任王某“為利益集團(tuán)代言”，把南方各地傳承上千年的某種藥材更名為另一種藥材，引起藥農(nóng)和學(xué)界的廣泛關(guān)注和討論', '高明', '某省紀(jì)委預(yù)防腐敗室副主任'],
  ];
  it.each(dash)('%s', (text, name, role) => {
    const m = matchDashClause(text);
    expect(m && [m.name, m.role]).toEqual([name, role]);
  });
  it('a quotation, dashes, the speaker and a predicate on one line', () => {
    const m = matchQuoteDashClause('“好政策要落到实处，老百姓才有获得感。”——全国政协委员、某省农科院副院长赵志强谈农业保险。');
    expect(m && [m.name, m.role, m.quote]).toEqual(['赵志强', '全国政协委员、某省农科院副院长', '“好政策要落到实处，老百姓才有获得感。”']);
  });
  const dashNo: string[] = [
    '——一男子在地铁上大声外放视频，引起网民热议。', // nobody named
    '——网友“阿甲”和网友“阿乙”为此吵了起来。', // two handles: a story about them
    '——據新華社電，一位業界人士向記者坦言。',
    '——據説，這條老街已有三百年歷史。', // 説 without a speaker
    // a person in a middle clause is the story's subject, not the speaker
    '——市长王建国视察工地后，工人们纷纷表示欢迎。',
    '——市長王建國視察工地後，工人們紛紛表示歡迎。',
    // a name inside a quotation of the context is not its last clause
    '——一篇题为“教授李明说，房价会跌”的文章在网上流传',
  ];
  it.each(dashNo)('not: %s', (text) => expect(matchDashClause(text)).toBeNull());
  it.each([
    ['北京市人大代表、副市长陈志刚', '陈志刚', '北京市人大代表、副市长'],
    ['全國政協委員、男中音歌唱演員李振華談紀錄片《大河》', '李振華', '全國政協委員、男中音歌唱演員'],
    ['周立，全国政协委员、某电影集团导演', '周立', '全国政协委员、某电影集团导演'],
  ])('bare attribution line: %s', (text, name, role) => {
    const m = matchBareAttribution(text);
    expect(m && [m.name, m.role]).toEqual([name, role]);
  });
  it.each(['民建聯讚揚報告內容非常全面', '市民对此表示欢迎。', '“这是一句引语”'])('not a bare attribution: %s', (text) => {
    expect(matchBareAttribution(text)).toBeNull();
  });
  it('a handle is taken only as a handle word names it', () => {
    expect(matchAttributionClause('读了这篇文章，很多人感到愤怒。')).toBeNull();
  });
});

describe('round-ups of reported speech are features; stories that name people are not', () => {
  it('a reaction round-up, paragraph per person (traditional)', () => {
    const o = analyzeText(`議員談政論節目
隨著選舉臨近，多名議員早已藉由電視和網路節目經營知名度。
國民黨議員王怡君表示，政論節目是和民眾溝通的重要管道，透過節目用白話說明政策，能幫助民眾理解。
「務實、清楚」，國民黨議員陳志明說，上節目都是利用自己的空檔時間，希望藉此讓更多人認識地方議題。
民進黨議員林家豪表示，平時會在社群平台分享看法，被節目製作單位關注後受邀上節目。
民進黨議員高橋美穗說，自己的身分讓她常被邀請談國際關係，上節目前都會和幕僚討論準備。`);
    expect(o.detected).toBe(true);
    expect(o.kind).toBe('voices');
    expect(speakers(o)).toEqual([
      ['王怡君', '國民黨議員'],
      ['陳志明', '國民黨議員'],
      ['林家豪', '民進黨議員'],
      ['高橋美穗', '民進黨議員'],
    ]);
    expect(o.evidence.join(' ')).toMatch(/opened by a person and a verb of saying/);
  });

  it('a summit round-up whose voices go on by name in their next paragraph (traditional)', () => {
    const o = analyzeText(`峰會談經濟新局
本報台北電（記者 張三）第十屆某某高峰會昨日在台北落幕，約六十位專家與會。
某文化事業群創辦人、董事長方志明在開幕式上致辭時表示，十年來兩岸經濟關係變化很大，企業要及早布局。
方志明表示，各領域專家都有共識，企業必須設法走出去，不能只守著本地市場。
當前世界正經歷深刻變化，與會的某大學政治系教授范德華表示，全球經濟正走向新秩序，區域合作更加重要。
某商學院經濟學教授高仲謀也認為，現在全球格局大洗牌，治理正處於歷史轉捩點，各方都要調整方向。
某商學院創辦院長柯文達認為，年輕人要多到外面看看，創業不只是為了創富，也要創造價值。
大會為期兩天，下屆將移師新加坡舉行，主辦方表示將擴大規模。`);
    expect(o.detected).toBe(true);
    expect(speakers(o).map((r) => r[0])).toEqual(['方志明', '范德華', '高仲謀', '柯文達']);
  });

  it('two people answering each other by name is a debate story, not a round-up', () => {
    const o = analyzeText(`議員質詢市長交通政策
市議會今日進行總質詢，交通政策成為焦點。
國民黨議員王美玲表示，捷運延伸線一再延宕，市府必須給出明確時程，不能再拖。
市長林正雄回應表示，延伸線工程已經發包，預計明年底可以完工通車。
王美玲表示，市府去年也說明年完工，市民已經聽膩了，要求市長立下軍令狀。
林正雄表示，工程進度每月都會公布，請議員放心，市府一定會如期完成。`);
    expect(o.detected).toBe(false);
  });

  it('deputies after their photo captions, quotation first (simplified)', () => {
    const o = analyzeText(`代表热议政府工作报告
本报北京3月5日电（记者 张三 李四）政府工作报告引起代表们热议。
（全国人大代表周红梅。资料图片）
“报告讲到了我们心坎上，一件件都是民生实事。”全国人大代表、湖南省某县实验小学校长周红梅举例，今年要新建两所寄宿制学校。
（全国人大代表李春生。资料图片）
全国人大代表、湖南省某镇某村村委会主任李春生认为，今年的报告干货多，写到了乡村振兴的方方面面。
全国人大代表、某通信公司湖南分公司总经理吴国栋说，报告提出要提速降费，“我们要把网络建到每一个村”。`);
    expect(o.detected).toBe(true);
    expect(speakers(o).map((r) => r[0])).toEqual(['周红梅', '李春生', '吴国栋']);
    expect(o.captions.length).toBe(2);
  });

  it('quote-then-dash lines with a predicate after the speaker', () => {
    const o = analyzeText(`两会金句
“我的提案关于文化和商业的统一，商业有文化元素，但文化不全是商业。”——全国政协委员、国家一级演员陈明透露自己的提案内容。
“好政策要落到实处，老百姓才有获得感。”——全国政协委员、某省农科院副院长赵志强谈农业保险。
“每个人都应该先问问自己做了什么。”——获邀列席会议的企业家钱大勇用此语回应质疑。`);
    expect(o.detected).toBe(true);
    expect(speakers(o).map((r) => r[0])).toEqual(['陈明', '赵志强', '钱大勇']);
  });

  it('netizens named inside the dash line', () => {
    const o = analyzeText(`网言网语
1.“顾客不是上帝，顾客只是上当。”
——消费者权益日将至，网友“青山”为那些侵权行为感到愤怒。
2.“真名说假话，假名说真话。”
——网络的影响越来越大，网友“白露”这样评价。
3.“明码标价的爱情？”
——一男子分手后向前女友索要花费，引起网民热议。
4.“孩子们把孔子叫成了圣诞老人。”
——幼儿园里的尴尬一幕让网友“木子”感慨，传统文化教育应从小开始。`);
    expect(o.detected).toBe(true);
    expect(speakers(o).map((r) => r[0])).toEqual(['青山', '白露', '木子']);
  });

  const stories: Array<[string, string]> = [
    [
      'a news story quoting two people in narrative',
      `新码头下月启用
离岛新码头下月启用，届时班次将增加一倍。
运输署发言人表示，新码头设有遮雨棚和无障碍设施，工程已进入验收阶段。
工程于前年动工，耗资约三亿元，由政府全数承担。
码头附近的商户生意预计会增加，区议会亦计划在附近增设休憩处。
南丫岛居民陈先生希望，新码头启用后班次能更准时。
区议员李国强表示，会继续跟进渡轮票价的问题。
运输署表示，会在启用前举行简介会，向居民讲解新安排。
新码头的设计曾经过三轮公众咨询，最终方案保留了旧码头的钟楼。`,
    ],
    [
      'a poll report with three reactions: the data carries it',
      `民調：七成市民支持延長通關時間
一項最新民調顯示，約七成受訪市民支持延長口岸通關時間，比去年上升十個百分點。
調查於上月以電話訪問形式進行，成功訪問了一千零二名十八歲或以上市民。
結果顯示，百分之七十一的受訪者支持延長通關時間，百分之十八反對，其餘未有表態。
按年齡劃分，十八至二十九歲的受訪者支持度最高，達到百分之八十二。
按地區劃分，新界西的受訪者支持度最高，港島區最低，但亦超過六成。
調查亦發現，超過一半受訪者過去一年曾經北上消費，平均每月一次。
立法會議員陳志強表示，結果反映市民的需要，政府應盡快與內地商討。
旅遊業界代表李國華認為，延長通關對零售業有幫助。
工聯會議員黃大文指，政府要同時照顧跨境工人的需要。`,
    ],
    [
      'one labelled voice and one reported voice',
      `基金经理谈暴跌
面对市场大跌，不同年龄的基金经理反应各异。
老将王平：“这种时候正是捡便宜货的机会，我已经加仓了三成。年轻人太紧张了。”
挺进投资董事长康建国表示，短期内市场仍会震荡，投资者要控制仓位。`,
    ],
  ];
  it.each(stories)('not: %s', (_what, text) => expect(analyzeText(text).detected).toBe(false));
});

describe('quote-first collections: the name line after its quotation (quote-first.ts)', () => {
  const QUOTE_FIRST = `“她把很多人想说的话都说出来了。”
全國政協委員、女高音歌唱演員張麗華談紀錄片《藍天》
“看了片子，我覺得用科學的態度說話很重要，空氣污染的成因要講清楚。”
全國政協新聞發言人呂建國
“城市要設人口上限，按照人口規模配給基礎設施和水電。”
北京市人大代表、副市長陳志剛
“演藝界人士是公眾人物，應該自我約束，遠離毒品。”
周立，全國政協委員、某電影集團導演`;
  it('each quotation goes to the name line below it', () => {
    const o = analyzeText(QUOTE_FIRST);
    expect(o.detected).toBe(true);
    const rows = o.topics.flatMap((t) => t.statements.map((s) => [s.speaker.name, s.paragraphs[0]?.slice(0, 6)]));
    expect(rows).toEqual([
      ['張麗華', '“她把很多人'],
      ['呂建國', '“看了片子，'],
      ['陳志剛', '“城市要設人'],
      ['周立', '“演藝界人士'],
    ]);
  });
  it('not when a name line comes first: then each heads the quotation below it', () => {
    const o = analyzeText(`代表委員說
兩會期間，代表委員們暢所欲言。
北京市人大代表、副市長陳志剛
“城市要設人口上限，按照人口規模配給基礎設施和水電。”
全國政協委員、某電影集團導演周立
“演藝界人士是公眾人物，應該自我約束，遠離毒品。”`);
    const rows = o.topics.flatMap((t) => t.statements.map((s) => [s.speaker.name, s.paragraphs[0]?.slice(0, 6)]));
    expect(rows).toEqual([
      ['陳志剛', '“城市要設人'],
      ['周立', '“演藝界人士'],
    ]);
  });
  it('horizontal bars and hyphens as dashes', () => {
    const o = analyzeText(`「城市要設人口上限，按照人口規模配給基礎設施。」
――北京市人大代表、副市長陳志剛
「演藝界人士是公眾人物，應該自我約束。」
---全國政協委員、某電影集團導演周立
「媒體不應只追求收視率。」
--全國政協委員、中國藝術研究院研究員田明`);
    expect(speakers(o).map((r) => r[0])).toEqual(['陳志剛', '周立', '田明']);
  });
  it('a bare full name after dashes signs the quotation above', () => {
    const o = analyzeText(`“大烟囱曾是富强的标志，如今我们知道那是代价。”
——马明
“审批要少盖章，一栋楼不需要两百个章。”
——国家发改委原副主任张晓东`);
    expect(speakers(o)).toEqual([
      ['马明', null],
      ['张晓东', '国家发改委原副主任'],
    ]);
  });
});

describe('"name(role)" alone on a line over a statement (name-role-lines.ts)', () => {
  it.each([
    ['沈舟(評論人)', '沈舟', '評論人'],
    ['孫立明(清華大學(xué)教授)', '孫立明', '清華大學(xué)教授'],
    ['阿堯（網友）', '阿堯', '網友'],
  ])('%s', (text, name, role) => expect(matchNameRoleLine(text)).toEqual({ name, role }));
  it.each(['姜建华（复旦大学）创新的合约选择', '（002776）柏堡龙', '张三（主持，北京大学）', '市民(2)'])('not: %s', (text) => {
    expect(matchNameRoleLine(text)).toBeNull();
  });
  it('a pundit digest, the first line a speaker, the last statement cut short', () => {
    const o = analyzeText(`沈舟(評論人)
都說年輕一代崇尚自我，但我感覺他們更注重張揚自己的感受，而較少顧及是否妨礙別人。
孫立明(清華大學(xué)教授)
政務公開除了內容上沒有保留，在時效上也要不留餘地，時間就是效率和生命。
阿堯(網友)
試想若干年後翻看今天的報紙，滿版都是火星文，會不會啞然失笑，又會怎樣看這個社會`);
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['沈舟', '評論人'],
      ['孫立明', '清華大學(xué)教授'],
      ['阿堯', '網友'],
    ]);
  });
  it('not a programme: names with their institutions over paper titles', () => {
    const o = analyzeText(`经济学研讨会议程
第一场 制度与增长
姜建华（复旦大学）
合约选择与企业边界
李明（北京大学）
地方政府竞争与产业政策`);
    expect(o.detected).toBe(false);
  });
});

describe('a voice later in the paragraph, with its quotation; an object before the quotation', () => {
  it.each([
    ['坪洲居民何女士亦赞赏现届议员，“有事打电话给他们，他们都会帮忙。”', '何女士', '坪洲居民'],
    ['去年条例通过后，长洲居民罗先生感叹社会安定了。长洲小食店老板邝志强也深表认同，“立法后再没人敢出来捣乱了。”', '邝志强', '长洲小食店老板'],
  ])('%s', (text, name, role) => {
    const m = matchReportedOpening(text);
    expect(m && [m.name, m.role]).toEqual([name, role]);
  });
  it.each([
    '坪洲居民何女士亦赞赏现届议员的工作，认为他们很勤力。', // an object and no quotation: narrative
    '去年条例通过后，社会安定了。区议员陈大文表示会继续跟进。', // later in the paragraph without a quotation
  ])('not: %s', (text) => expect(matchReportedOpening(text)).toBeNull());
});

describe('TV transcripts: 【同期】 labels over short words, 【解說】 narration, 小標題 sections (transcript-lines.ts)', () => {
  it.each([
    ['【同期】香港市民 梁先生', '香港市民 梁先生'],
    ['【同期聲】旅客 王小明', '旅客 王小明'],
    ['【解說】香港特區政府上任將滿一周年。', undefined],
    // a script's bracketed label with the words on the same line
    ['【同期声】(广州市民 周晓东)新的一年我希望家人平平安安。', '广州市民 周晓东'],
    ['【同期】（“暖心奶奶” 林秀英）', '“暖心奶奶” 林秀英'],
  ])('%s', (text, label) => expect(matchSoundBite(text)?.label).toBe(label));
  it('a bracketed sound bite carries its words: the label is a voice whose words are on its line', () => {
    expect(matchSoundBite('【同期声】(广州市民 周晓东)新的一年我希望家人平平安安。')?.speech).toBe('新的一年我希望家人平平安安。');
    expect(matchSoundBite('【同期】(成都市民)：希望生意好一点。')?.speech).toBe('希望生意好一点。');
  });
  it('each sound bite is a voice, however short; narration is not theirs', () => {
    const o = analyzeText(`政府上任一年 市民打幾分
【解說】新一屆政府上任將滿一周年，市民對它滿意嗎？
小標題: 滿分十分，可得幾分？
【同期】香港市民 梁先生
9分。
【同期】香港市民 顧女士
10分，11分都可以。
【解說】也有市民希望政府改進。
小標題: 哪裡需要改進？
【同期】香港市民 林先生 林太太
希望房屋的價錢再便宜一些，年輕人難置業。
【同期】香港市民 顧女士
和市民的溝通再多一點。`);
    expect(o.detected).toBe(true);
    expect(o.topics.map((t) => t.title)).toEqual(['滿分十分，可得幾分？', '哪裡需要改進？']);
    expect(speakers(o)).toEqual([
      ['梁先生', '香港市民'],
      ['顧女士', '香港市民'],
      ['林先生', '香港市民'],
      ['顧女士', '香港市民'],
    ]);
    expect(o.topics[0]!.statements[1]!.paragraphs).toEqual(['10分，11分都可以。']);
  });
  it('not: one sound bite in a news report', () => {
    const o = analyzeText(`港珠澳大橋客流創新高
【解說】長假期間，港珠澳大橋口岸客流創下新高，單日超過十萬人次。
【同期】旅客 王小明
我們一家人開車過來，很方便。
【解說】口岸方面表示，會增加人手應對人流。`);
    expect(o.detected).toBe(false);
  });
});

describe('quotation, a comma, then "name+title说。"', () => {
  it('three members in a group discussion', () => {
    const o = analyzeText(`小组讨论侧记
“提案办理要有回音，办没办好要让委员知道。”，郑晓红委员说。
“大会发言可以更灵活一些，重要的可以讲十分钟。”，葛建雄委员说。
“调研经费的问题应该解决，委员也可以自己承担一部分。”全国政协委员、某大学文学院院长王本明说。`);
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['郑晓红', '委员'],
      ['葛建雄', '委员'],
      ['王本明', '全国政协委员、某大学文学院院长'],
    ]);
  });
});

describe('netizen handles written in Latin letters keep their spaces', () => {
  it('after dashes and before a colon', () => {
    expect(speakers(analyzeText(`網民熱議
「呢個政策好正，終於有人理下我哋。」
——網民「Peter Au」
「講就易，做就難，睇下點落實先。」
——網民「阿明」`))).toEqual([
      ['Peter Au', '網民'],
      ['阿明', '網民'],
    ]);
    expect(speakers(analyzeText(`網民熱議
網民「Kelly  Chan」：支持！早就應該咁做，希望快啲落實。
網民「阿明」：講就易，做就難，睇下點落實先。`))).toEqual([
      ['Kelly Chan', '網民'],
      ['阿明', '網民'],
    ]);
  });
});
