/**
 * The round-up judgement (lib/understand/judge-roundup.ts): how much of a piece its reported voices carry.
 * Sentences written here, in the layouts of real reaction round-ups and news stories.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';

describe('a voice goes on in pronoun-led paragraphs', () => {
  it('three people with three paragraphs each is a round-up', () => {
    const o = analyzeText(`各黨派評施政報告
行政長官今日發表任內第二份施政報告，各黨派反應不一。
民建聯主席李志明表示，報告內容全面，在房屋方面提出了不少新措施。
他續指，政府應加快公屋興建，縮短輪候時間。
他又認為，報告在醫療方面著墨不多，希望日後補足。
民主黨主席胡大偉批評，報告沒有回應市民對政治改革的訴求。
他表示，房屋政策只是舊酒新瓶，未見突破。
他們會在立法會辯論時提出修訂。
新民黨主席葉美芬認為，報告是近年最詳盡的一份。
她樂見政府提出重建舊屋邨的計劃，認為方向正確。
她亦期望政府交代重建期間居民的安置安排。`);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['李志明', '胡大偉', '葉美芬']);
    expect(o.evidence.join(' ')).toMatch(/3 paragraphs opened by a person and a verb of saying/);
  });

  it('not when narrative follows each voice', () => {
    const o = analyzeText(`新碼頭下月啟用
離島新碼頭下月啟用，屆時班次將增加一倍。
運輸署助理署長陳志強表示，新碼頭設有遮雨棚和無障礙設施。
工程於前年動工，耗資約三億元，由政府全數承擔。
碼頭附近的商戶預計生意會增加，區議會亦計劃增設休憩處。
區議員李國強表示，會繼續跟進渡輪票價的問題。
新碼頭的設計曾經過三輪公眾諮詢，最終方案保留了舊碼頭的鐘樓。
舊碼頭將於新碼頭啟用後拆卸，原址改建為海濱長廊。
渡輪公司經理黃大文表示，會按需要調整班次。
當局預計，新碼頭每日可處理逾萬人次。`);
    expect(o.detected).toBe(false);
  });

  it('not an official meeting report: the officials give directives, they are not voices', () => {
    const o = analyzeText(`全市安全生产工作会议召开
昨日，全市安全生产工作会议召开，部署下一阶段工作。
市委书记张建国强调，要压实各级责任，坚决遏制重特大事故发生。
市长李文明指出，要聚焦重点行业领域，深入开展隐患排查整治。
副市长王海涛强调，要加强应急值守，确保信息报送及时准确。`);
    expect(o.detected).toBe(false);
  });
});

describe('a numbered quotation on the first line is speech, not the headline', () => {
  it('its dash line below names the first netizen', () => {
    const o = analyzeText(`1.“顾客不是上帝，顾客只是上当。”
——消费者权益日将至，网友“青山”为那些侵权行为感到愤怒。
2.“真名说假话，假名说真话。”
——网络的影响越来越大，网友“白露”这样评价。`);
    expect(o.headline).toBeNull();
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['青山', '白露']);
  });
});

describe('two people make a round-up only when their voices carry every paragraph after the first', () => {
  const pair: Array<[string, string, string[]]> = [
    [
      'simplified: two officials react one after the other',
      `各界回应预算案
财政预算案昨日公布，各界人士纷纷作出回应。
发展局局长黄志刚表示，预算案在土地供应方面提出了多项新措施，当中不少具突破性，有助缩短市民轮候公屋的时间。
劳工局局长郭美玲认为，预算案照顾了基层和中产的需要，带领本港经济向前迈进，政府会全力落实各项措施。`,
      ['黄志刚', '郭美玲'],
    ],
    [
      'traditional: two officials react one after the other',
      `各界回應預算案
財政預算案昨日公布，各界人士紛紛作出回應。
發展局局長黃志剛表示，預算案在土地供應方面提出了多項新措施，當中不少具突破性，有助縮短市民輪候公屋的時間。
勞工局局長郭美玲認為，預算案照顧了基層和中產的需要，帶領本港經濟向前邁進，政府會全力落實各項措施。`,
      ['黃志剛', '郭美玲'],
    ],
  ];
  it.each(pair)('%s', (_, text, names) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(names);
  });

  it.each([
    [
      'simplified: the story goes back to its narrative',
      `新码头下月启用
离岛新码头下月启用，届时班次将增加一倍。
运输署助理署长陈志强表示，新码头设有遮雨棚和无障碍设施，方便长者和轮椅使用者上落。
区议员李国强表示，会继续跟进渡轮票价的问题，希望营办商不要借新码头加价。
工程于前年动工，耗资约三亿元，由政府全数承担，旧码头将改建为海滨长廊。`,
    ],
    [
      'traditional: narrative between the two voices',
      `新碼頭下月啟用
離島新碼頭下月啟用，屆時班次將增加一倍。
運輸署助理署長陳志強表示，新碼頭設有遮雨棚和無障礙設施，方便長者和輪椅使用者上落。
工程於前年動工，耗資約三億元，由政府全數承擔，舊碼頭將改建為海濱長廊。
區議員李國強表示，會繼續跟進渡輪票價的問題，希望營辦商不要借新碼頭加價。`,
    ],
    [
      'two short reactions are a story\'s, not a round-up',
      `跨城公交线路今起开通
本报讯 今年以来，我市新增十条跨城公交线路。
市交通局局长王强表示，下一步将继续加密班次。
區議員李國強認為，班次開通後居民出行方便多了。`,
    ],
    [
      'one person in two paragraphs is no pair',
      `新碼頭下月啟用
離島新碼頭下月啟用，屆時班次將增加一倍。
運輸署助理署長陳志強表示，新碼頭設有遮雨棚和無障礙設施，方便長者和輪椅使用者上落。
運輸署助理署長陳志強又指，渡輪班次會按乘客人數調整，繁忙時間每十五分鐘一班。`,
    ],
  ])('not: %s', (_, text) => {
    expect(analyzeText(text).detected).toBe(false);
  });
});

describe('party leaders and constituency legislators react (黨魁, …界)', () => {
  const text = `泛民評施政報告
新一份施政報告出爐，民主派議員一如以往給予負評，目前只有一個政黨明確表示反對致謝動議。
公民黨黨魁楊大橋批評，報告沒有回應司法獨立和言論自由等核心價值的問題，質疑政府有心把特首角色市長化。
民主黨林志申表示，若政府堅持在現有框架下才推動政改，效果將是緣木求魚，民主黨會繼續爭取。
衞生服務界李大麟直言，這份報告可見政府思維改變甚大，不但以大篇幅談及衞生議題，更重視基層醫療。`;
  it('each opens a paragraph with a verb of saying: a round-up', () => {
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => [s.speaker.name, s.speaker.role]))).toEqual([
      ['楊大橋', '公民黨黨魁'],
      ['林志申', '民主黨'],
      ['李大麟', '衞生服務界'],
    ]);
  });
  it('not one legislator quoted in a story', () => {
    const o = analyzeText(`新碼頭下月啟用
離島新碼頭下月啟用，屆時班次將增加一倍。
衞生服務界李大麟直言，碼頭附近應增設急救站。
工程於前年動工，耗資約三億元，由政府全數承擔。
碼頭附近的商戶預計生意會增加，區議會亦計劃增設休憩處。
當局預計，新碼頭每日可處理逾萬人次。`);
    expect(o.detected).toBe(false);
  });
});

// a parliament's budget debate as a paper reports it: three members, one "以華語發言時説：“…”" (a colon after
// the verb, not a label), one going on by a pronoun after her own example
const DEBATE = `預算案辯論：議員關注民生與生存空間
國會昨日復會，約三十名朝野議員針對新財年的財政政策展開辯論，不少議員聚焦地緣政治的影響。
東海區議員陳美玲説，我國身處大國角力的世界，愈演愈烈的對抗為各國帶來各種挑戰，包括供應鏈和技術體系的重塑。
我國最近便捲入了一家外國科技公司被指使用受管制晶片而被調查的事件中。
她以此為例説，如果地緣政治博弈持續升温，我國恐怕難以置身事外，必須思考如何應對，確保自身利益。
總理上週發表新財年預算聲明，形容這是一份幫助國家克服眼前挑戰的全民預算。
辯論將持續一個星期，議員發言之後，由各部部長在下週逐一回應。
南山集選區議員黃美華以華語發言時説：“面對複雜多變的全球環境，這份預算不僅回應了人民的實際需求，也為未來勾勒了藍圖。”
反對黨領袖、北港集選區議員林志星認為，在這個難以預測的時代，維持國家團結至關重要，各方都應放下成見。`;

describe('a debate report: a verb of saying before a colon, a pronoun going on after the voice\'s example', () => {
  it('three members are a round-up', () => {
    const o = analyzeText(DEBATE);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['陳美玲', '黃美華', '林志星']);
  });
  it('not when the pronoun\'s paragraph is the reporter\'s narrative', () => {
    const o = analyzeText(DEBATE.replace('她以此為例説，如果', '專家認為，如果'));
    expect(o.detected).toBe(false);
  });
});

// fans at a screening, as a Hong Kong paper writes them up: passers-by by their honorific forms, several to a
// paragraph, one introduced by a clause and going on with "他表示" run on into the words, a wife as "張太"
const FANS = `800人到球場觀戰 球迷：賽果失望表現滿意
港隊昨於亞運男足銅牌戰以0:3落敗，但仍寫下隊史最佳成績。本港多處轉播比賽，其中球場首次免費轉播，約800人到場打氣。
昨午約4時場內三分之二座位滿座，當熒幕播放港隊進場畫面時，現場觀眾均報以掌聲及歡呼。
觀眾中不乏支持港隊多年的球迷，穿著波衫的何先生攜同兒子到場支持。30歲的周先生亦表示，港隊今屆表現令人驚喜，球員拼盡無悔，值得市民繼續支持。
有球迷對賽果略感失望，關注港足十年的馬先生說，看到賽果「有唔開心」，但他同意港隊戰術近年有進步。
由北京來港工作半年的張先生一家首次支持港隊，他表示以往關注國家隊較多，對港隊晉身四強感到意外。張太則指風雨不影響到場意欲，認為「機會難得」。觀眾林小姐則表示現場氣氛未如想像中好。
多名官員昨亦在球場觀賽，為港足打氣。`;

describe('a vox pop of passers-by by their honorific forms, several to a paragraph', () => {
  it('is a round-up of five', () => {
    const o = analyzeText(FANS);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['周先生', '馬先生', '張先生', '張太', '林小姐']);
  });
  it('not a story with one family quoted', () => {
    const o = analyzeText(`新碼頭下月啟用
離島新碼頭下月啟用，屆時班次將增加一倍。
工程於前年動工，耗資約三億元，由政府全數承擔。
由北京來港工作半年的張先生一家常坐渡輪，他表示以往班次太少，希望新碼頭啟用後有改善。張太則指碼頭應增設遮雨棚。
碼頭附近的商戶預計生意會增加，區議會亦計劃增設休憩處。
當局預計，新碼頭每日可處理逾萬人次。`);
    expect(o.detected).toBe(false);
  });
});

// two district councillors on a lockdown: the second's paragraph opens with a short scene sentence
const COUNCILLORS = `區議員批封區成效 北區居民憂成下個目標
政府昨晚突擊圍封南區兩條街道並安排居民強制檢測，期間發現一宗確診個案。區議員質疑封區成效不大。
公民黨、南區區議員何德明表示，政府兩次封區只找到為數不多的確診個案，令人懷疑封區的成效，當局應檢討做法。
何德明指封區行動嚴重打擊該區的經濟，不少人都不敢再踏足該區。他擔心市民日後未必再到該區消費，建議政府為商戶提供協助。
而北區近日亦出現不少確診個案，該區居民開始擔心會成為下一個目標。該區區議員劉志衡表示，連日來不斷有居民向他查詢，亦有居民已選擇暫時離開，他批評政府沒有提供足夠資訊。`;

describe('a voice after a short scene sentence opens the paragraph\'s second sentence', () => {
  it('two councillors carrying the piece are a pair round-up', () => {
    const o = analyzeText(COUNCILLORS);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['何德明', '劉志衡']);
  });
  it('not when the first sentence is long narrative (the person is in the story, not opening the paragraph)', () => {
    const o = analyzeText(COUNCILLORS.replace('而北區近日亦出現不少確診個案，該區居民開始擔心會成為下一個目標。', '而北區近日亦出現不少確診個案，衞生署已在區內設立三個臨時檢測站，並派員到多幢大廈派發檢測包，預計本週內完成檢測。'));
    expect(o.detected).toBe(false);
  });
});

// fans at a watch party, by Latin names after their role, each described first and speaking through a
// pronoun whose verb runs on ("他坦言參加派對…")
const WATCH_PARTY = `美國隊晉級 球迷欣喜若狂
世界盃小組賽昨日美國對伊朗，最終美國隊以1:0獲勝晉級，在三藩市參與觀賽的球迷歡喜若狂。
觀賽派對的座位先到先得，一早便被球迷們一搶而空，其餘球迷有的自帶摺椅，有的席地而坐。
住在附近的球迷Ryan可謂是現場最引人注目的一位，他全程揮舞著國旗，動作誇張。他坦言參加派對的體驗比在家看好太多，大家一起歡呼才有氣氛。
專程從聖荷西前來觀賽的美國球迷Kyle Morris從中學便開始踢球，可惜後來受傷離開賽場。他表示很激動，美國隊時隔八年重返世界盃，今屆一定要到現場支持。`;

describe('fans by Latin names after their role, speaking through a pronoun', () => {
  it('two fans carrying the piece are a pair', () => {
    const o = analyzeText(WATCH_PARTY);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['Ryan', 'Kyle Morris']);
  });
  it('not one fan in a match report', () => {
    const o = analyzeText(WATCH_PARTY.split('\n').slice(0, 4).join('\n') + '\n比賽下半場雙方互有攻守，伊朗隊多次射門都未能破門，美國隊最終守住勝果。');
    expect(o.detected).toBe(false);
  });
});

// a forum's speakers as the paper collects them: each paragraph opens with the quotation, the speaker after it
// (no dash), the last going on in a paragraph with a quotation signed by the name
const FORUM_QUOTES = `企业家圆桌会议共话变局
在某报主办的企业家论坛分论坛“企业家精神圆桌会议”上，企业家和专家学者共话百年变局下的企业发展。
“民营企业立身的资本，就是自身的专业素质和在危机中的处置能力。在变局下，民营投资机构必须强化使命感，助力问题企业纾困。”南方资本投资集团总裁王立健在圆桌会议上首先发言。
“产业与城市的融合发展是大势所趋，民营企业有很多参与空间。”王立健说，去年集团推动多所大学的前沿项目进驻湾区。
“企业家精神，首先要有理想，有理想才能追求大梦想。”说到企业家精神，东湖油茶股份有限公司董事长周新安说，自己当了十年的大学教师，又下海创业。
去年，在周新安的帮助下，一个小县建起了茶园工厂，好几万农民参与种植。“每次分红时，看着农民们数着手里的钱，自己内心会有很大的欣慰。”周新安说。`;

describe('quotation first, the speaker after it without a dash', () => {
  it('two entrepreneurs carrying the piece are a pair', () => {
    const o = analyzeText(FORUM_QUOTES);
    expect(o.detected).toBe(true);
    expect([...new Set(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name)))]).toEqual(['王立健', '周新安']);
  });
  it('not when the last paragraph is the reporter\'s narrative', () => {
    const o = analyzeText(FORUM_QUOTES.replace('“每次分红时，看着农民们数着手里的钱，自己内心会有很大的欣慰。”周新安说。', '当地政府也为工厂提供了用地和贷款支持。'));
    expect(o.detected).toBe(false);
  });
});

// a debate written up under per-speaker headlines: a bare name and a headline, then the reporter's sentences
// naming that person with a verb of saying
const HEADLINED = `立法會展開施政報告致謝議案辯論
立法會今日起一連三日展開施政報告致謝議案辯論，多名議員發言。
李慧明：施政報告把握契機 開展更深更廣改革
立法會內務委員會主席李慧明在會上率先發言，她指今次辯論是就施政報告作出回應，希望議員提出願景。
李慧明表示，議員將就各政策範疇提出措施，作為內委會主席，她期望辯論有建設性。
狄志明：政府要向市民問責 容納不同聲音
新思維狄志明表示，政府為人民服務，作為問責型政府，要有三項重要元素，第一是向市民交代。
狄志明說，官員和公務員不只在行政體系內交代，更要向市民交代，每個重要決定都要解釋清楚。`;

describe('per-speaker headlines ("李某：改革要更深") over the reporter\'s sentences naming them', () => {
  it('two members are the voices', () => {
    const o = analyzeText(HEADLINED);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['李慧明', '狄志明']);
    // the role the paragraph gives before the name, when it is one (新思維, a group's name, reads as none)
    expect(o.topics[0]!.statements[0]!.speaker.role).toBe('立法會內務委員會主席');
  });
  it('not a strip of name headlines with nobody named below them', () => {
    const o = analyzeText(`立法會展開施政報告致謝議案辯論
立法會今日起一連三日展開施政報告致謝議案辯論，多名議員發言。
李慧明：施政報告把握契機 開展更深更廣改革
會議由上午九時開始，至晚上八時結束，期間休會兩次，共有三十名議員登記發言。
狄志明：政府要向市民問責 容納不同聲音
辯論明日繼續，政府官員將於最後一日回應，屆時會進行表決。`);
    expect(o.detected).toBe(false);
  });
});
