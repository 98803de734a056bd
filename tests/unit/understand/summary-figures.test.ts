/** Figures that are facts: numbers with units or counted things, never ordinals, markers, timestamps, section numbers or counts of abstractions. */
import { describe, expect, it } from 'vitest';
import { extractFigures, extractFigureSpans } from '@/lib/understand/summarize';

describe('extractFigures: facts are found', () => {
  it.each([
    // money, people, shares, times: Arabic and Chinese numerals, simplified and traditional
    ['我每天坐巴士只花1块钱，很方便。', ['我每天坐巴士只花1块钱']],
    ['當天有二十幾位街坊到場支持。', ['當天有二十幾位街坊到場支持']],
    ['今年全市新增就业岗位3.5万个，同比增长12%。', ['今年全市新增就业岗位3.5万个', '同比增长12%']],
    ['全校共有学生一千二百余名。', ['全校共有学生一千二百余名']],
    ['失业率降至百分之三点五。', ['失业率降至百分之三点五']],
    ['房價漲了兩倍，租金每月八千元。', ['房價漲了兩倍', '租金每月八千元']],
    // a thousands separator is part of the number, a comma after it still ends the clause
    ['全市2,300萬人受惠,其中1,200人是長者。', ['全市2,300萬人受惠', '其中1,200人是長者']],
    ['這裡有十幾間舖頭。', ['這裡有十幾間舖頭']],
    ['我們做了兩次問卷調查，收回三百多份。', ['我們做了兩次問卷調查', '收回三百多份']],
    ['全年接待游客数十万人次。', ['全年接待游客数十万人次']],
    ['其中有一半是老人，约占五成。', ['约占五成']],
    ['十一期间游客接待量达到12万人次。', ['十一期间游客接待量达到12万人次']],
    ['有71.8%人每日收看電視，較2014年下跌3.9個百分點。', ['有71.8%人每日收看電視', '較2014年下跌3.9個百分點']],
    // the date of an event, with the event it dates
    ['去年10月，新馆正式对外开放。', ['去年10月，新馆正式对外开放']],
    ['3月15日起，新规在全市施行。', ['3月15日起，新规在全市施行']],
    ['今年我们召开了三次会议。', ['今年我们召开了三次会议']],
    ['这份周刊一年出版30期。', ['这份周刊一年出版30期']],
    ['这个栏目办了三年，一共出了36期。', ['这个栏目办了三年', '一共出了36期']],
    ['这份月刊从12期增加到24期。', ['这份月刊从12期增加到24期']],
    ['一期工程共建成住房2000套。', ['一期工程共建成住房2000套']],
    // an item's marker or number is not part of the fact
    ['第三是推动官商民三个界别合作，覆盖1200家企业。', ['覆盖1200家企业']],
    ['• 2、全年新增就业岗位5万个。', ['全年新增就业岗位5万个']],
    // a score in points, a range opened by 一, a count of characters, a span of years whatever noun follows
    ['如果滿分是10分，我會給7.5分。', ['如果滿分是10分', '我會給7.5分']],
    ['今年的录取线比去年高了30多分。', ['今年的录取线比去年高了30多分']],
    ['一两元就能买到一碗豆浆。', ['一两元就能买到一碗豆浆']],
    ['常用字表收了3500个字。', ['常用字表收了3500个字']],
    ['近20多年来消费观念变化很大。', ['近20多年来消费观念变化很大']],
    // articles counted are a count; only an article's own number is none
    ['新修订的条例共有八十条，比原来多了12条。', ['新修订的条例共有八十条', '比原来多了12条']],
    ['全市已开通3条地铁线路。', ['全市已开通3条地铁线路']],
    ['新规共有十条，对市民影响很大。', ['新规共有十条']],
  ])('%s', (text, want) => {
    expect(extractFigures([text])).toEqual(want);
  });
});

describe('extractFigures: not facts', () => {
  it.each([
    ['我们从两个领域、三个方面推进工作。'], // counts of abstractions
    ['一个中心、两个基本点。'],
    ['今天我想聚焦三件事。'], // matters, not things
    ['今天我想聚焦三件事情。'],
    ['第一，要抓好落实。'], // ordinals
    ['这是他第3次参加比赛。'],
    ['2、物业费太高，服务跟不上。'], // list markers
    ['（三）加强监管。'],
    ['发布时间：2024-03-05 10:23'], // link timestamps
    ['2024年3月5日 14:30 来源：人民网'],
    ['3小时前 评论'],
    ['依据《条例》第12条，3.2条规定如下。'], // section numbers
    ['依照《个人资料保护法》第 12 条规定，本应查明。'], // an article's number, spaced
    ['政府为二十三条立法定下了时间表。'], // a law's article named by its number alone
    ['基本法二十三条早有规定。'],
    ['依《條例》十二條處理。'],
    ['二十三條對市民很不公平。'], // the article as the subject of its sentence
    ['大家都關心二十三条的影响。'],
    ['这个问题三番五次被提出。'], // idioms
    ['买菜的时候我也会货比三家。'],
    ['買家具之前總要貨比三家。'],
    ['坚持“四个全面”，推进“五位一体”。'], // slogans in quotes
    ['两市共同推进一体化。'],
    ['他是小学三年级学生。'],
    ['星期三上午开会。'],
    ['2024年，我们不断提升基础设施互联互通水平。'], // a year alone
    ['今年3月'], // a date with no event
    ['9月9日消息，市场继续回暖。'], // a dateline
    ['57岁男子获刑3年（2004-12-30 07:23）'], // a link with its timestamp
    ['05/理财产品发行量上涨3%'], // a numbered link
    ['研究的人主要分为两类。'], // a classification
    ['10年期国债收益率走低。'], // a tenor is a name
    ['大家分别发言，十分热烈。'], // 十分 'very', 分别
    ['他的发言有三项重要元素。'], // a count of abstractions
    ['这是第3分局的案子。'], // an ordinal's 分 names a branch
    ['这是他的二次创业。'], // 二次 is "second"
    ['《二十年目睹之怪现状》很好看。'], // a title is a name
    ['文明元年（684年）'], // a year in brackets
    ['这两项理论同时适用。'], // counts of abstractions
    ['全国政协十二届一次会议开幕。'], // a term is an ordinal
    ['本报第28–30期连载了这组报道。'], // a range of issue numbers is ordinals
    ['本報第5至6期刊出讀者來信。'],
    ['这本杂志从12期到15期连载了读者来信。'], // issues from one to another are issue numbers
    ['該刊自8期起改為月刊。'],
    ['杏子四处滚落。'], // 四处 is "everywhere"
    ['十二屆全國人大三次會議開幕。'], // a session is an ordinal
    ['记者来到G3605次列车上。'], // a train number is a code
    ['星辰在线3月5日北京讯'], // a dateline
    ['2006年2月22日 星期三'], // a date with its weekday, and nothing that happened
    ['股价跌破20日均线，逼近60日均線。'], // a moving average is a name
    ['这两年生意不好做。'], // a vague stretch of time pointed at
    ['建议早日开工建设引水东线二期工程。'], // a project's phase is its name
    ['園區3期項目明年動工。'],
  ])('%s', (text) => {
    expect(extractFigures([text])).toEqual([]);
  });
});

describe('extractFigureSpans', () => {
  it('reads the number with its unit, and marks dates and spans of time', () => {
    expect(extractFigureSpans('300余名党员干部带动2500余名群众').map((s) => s.text)).toEqual(['300余名', '2500余名']);
    expect(extractFigureSpans('去年10月').map((s) => s.time)).toEqual([true]);
    expect(extractFigureSpans('新修水渠12公里').map((s) => s.time)).toEqual([false]);
    expect(extractFigureSpans('会议开了两个小时，又讨论了1个半小时').map((s) => [s.text, s.time])).toEqual([
      ['两个小时', true],
      ['1个半小时', true],
    ]);
    expect(extractFigureSpans('今年是学校成立七十周年').map((s) => s.text)).toEqual(['七十周年']);
  });
});

describe('extractFigures: a transcript’s clock time and a dateline are no figures (sentences written for these tests)', () => {
  it.each([
    ['(10時5分)主席、各位委員，今天討論的是預算案。', []],
    ['（9时30分）主席、各位同仁，大家好。', []],
    ['(吉隆坡13日讯)行动党议员今早发文告表示，政府应公开合约。', []],
    // a count of minutes and a count of days stay
    ['会议开了45分钟，大家都很累。', ['会议开了45分钟']],
    ['工程拖了13日，街坊叫苦连天。', ['工程拖了13日']],
    ['我每天要看3小时电视。', ['我每天要看3小时电视']],
  ])('%s → %j', (text, want) => {
    expect(extractFigures([text])).toEqual(want);
  });
});

describe('extractFigures: counted proposals, a tricycle and the part of a month are no facts of their own (sentences written for these tests)', () => {
  it.each([
    // proposals and views counted are counts of abstractions
    ['这次我带来三份建议，都和社区养老有关。', []],
    ['我今年提交了兩份提案。', []],
    // 三轮车 names a vehicle; the load it carries stays
    ['他每天骑三轮车送货，一趟能拉两百斤菜。', ['一趟能拉两百斤菜']],
    ['街上的電動三輪車越來越多。', []],
    // "预计在5月初" places the event that follows: the date reads with it
    ['预计在5月初，我们会公布新方案。', ['预计在5月初，我们会公布新方案']],
    // a count of things with a proposal stays a count
    ['我们收到市民建议300多条。', ['我们收到市民建议300多条']],
  ])('%s → %j', (text, want) => {
    expect(extractFigures([text])).toEqual(want);
  });
});

describe('extractFigures: a rank, a turn of speech and a vague "the other day" are no facts (sentences written for these tests)', () => {
  it.each([
    // a rank places, it counts nothing; a count after it stays
    ['我们班前5名都报了竞赛班。', []],
    ['这次比赛前三名各获得2000元奖金。', ['这次比赛前三名各获得2000元奖金']],
    // the first N in an order is a rank whatever its counter ("首N个选择"); a count beside it stays
    ['女儿填表时把这所学校放在首三個選擇。', []],
    ['首兩名選手各得獎金5000元。', ['首兩名選手各得獎金5000元']],
    // 成 that begins a word (成绩) is no share in tenths: "前六成绩" is a rank; "五成" alone is a share
    ['球队最后以前六成绩结束了这个赛季。', []],
    // 八成/九成 before a verb is "most likely" (an adverb); with a whole it is part of, a share
    ['这种安排老人八成不待见。', []],
    ['這件事他九成是忘了。', []],
    // "ten years grinding one sword" is an idiom for long effort
    ['十年磨一剑，这部法律终于要出台了。', []],
    ['受访的居民有八成不满意。', ['受访的居民有八成不满意']],
    ['约八成会选择留下。', ['约八成会选择留下']],
    ['球隊最後以前六成績結束了這個賽季。', []],
    ['今年有五成学生选择留在本地读书。', ['今年有五成学生选择留在本地读书']],
    // a place the clause ends on after a verb of placing is a rank; a count of people names whom it counts
    ['论人均收入，我们大概是在一百二十到四十位，还差得远。', []],
    ['這項指標我們位居全球三十名左右。', []],
    ['今天共有一百二十位嘉宾出席论坛。', ['今天共有一百二十位嘉宾出席论坛']],
    // "180/360度大转弯" is a figure of speech
    ['产业政策不能来个180度大转弯。', []],
    // "前两天" is the other day; "提前两天" is how long ahead
    ['前两天，邻居家的小孩来问作业。', []],
    ['游客需要提前两天在网上预约。', ['游客需要提前两天在网上预约']],
    // "四周" is "all around" where it is looked at, or where things stand or lie; elsewhere it is four weeks
    ['棚子四周用竹竿撑着，风一吹就晃。', []],
    ['他站在门口环顾四周，没有看到人。', []],
    ['屋子四週都是積水。', []],
    ['学员要在基地集中培训四周。', ['学员要在基地集中培训四周']],
    ['手术四周后需要回医院复查。', ['手术四周后需要回医院复查']],
    ['菜價連續四週上漲。', ['菜價連續四週上漲']],
  ])('%s → %j', (text, want) => {
    expect(extractFigures([text])).toEqual(want);
  });
});
