/**
 * Roles as a reader (and the corpus keys, ../corpus-data/README.md "Decision rules") name a person: the sentence's
 * own words, page furniture, where the reporter met them and quote marks are no part of the role; what they are,
 * what they do and how old they are stay as printed. Sentences written here, simplified and traditional, each
 * convention with its counter-examples.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { tidyRole } from '@/lib/understand/role-tidy';
import { settleRole } from '@/lib/understand/settle-roles';
import { findIntroducedRole } from '@/lib/understand/introduced-roles';
import { splitSpeakerLabel } from '@/lib/understand/names';

describe('tidyRole: the role without the sentence around it', () => {
  it.each([
    // the sentence's words before the role: conjunctions, adverbs, "including", "an interview with"
    ['比如市民', '市民'],
    ['而主办方某某基金会董事长', '主办方某某基金会董事长'],
    ['但東區區議員', '東區區議員'],
    ['包括听众', '听众'],
    ['同样参加了晚会的退休人士', '参加了晚会的退休人士'],
    ['同屬「民主陣線」的', '民主陣線'],
    ['专访乐队主唱-', '乐队主唱'],
    // ("另一位", "另一名": which of them the person is, kept as printed, as the keys of batches 40–42 keep it, six of seven)
    ['另一位读者', '另一位读者'],
    ['至于另一位刚下班的', '另一位刚下班的'],
    ['另一名居民', '另一名居民'],
    // …but with nothing after it, it only says which of them: no role ("另一位陳女士", "其中一名李先生")
    ['另一位', null],
    ['另一名', null],
    ['其中一位', null],
    ['另外一位', null],
    ['這位', null],
    ['另有来自某市的', '来自某市的'],
    ['惟市民', '市民'],
    // a count word before a describing clause counts the person named after it ("一位买到限量玩偶的某某")
    ['一位买到限量玩偶的', '买到限量玩偶的'],
    // a host introducing the next guest ("还有一位是…"): the count word and the copula are the sentence's
    ['还有一位是全国人大代表、某药业公司董事长', '全国人大代表、某药业公司董事长'],
    // the sentence's verb that reaches them, a few words before the role: invited, interviewed, listed, asked
    ['会上也邀请了某协会会长', '某协会会长'],
    ['某刊专访某剧导演', '某剧导演'],
    ['问题分别抛给某基金会副理事长', '某基金会副理事长'],
    ['候选人包括现任议员', '现任议员'],
    ['我们遇到了来自某市的球迷', '来自某市的球迷'],
    // attending the meeting is where they are, not what they are
    ['参会的某部副部长', '某部副部长'],
    ['與會的', null],
    // a sentence or a dash's aside before the role ends where the role begins; a quotation's unclosed opening mark
    ['下一步往哪里走？某研究院院士', '某研究院院士'],
    ['九旬老夫妇——92岁', '92岁'],
    ['"某大学一位大四学生', '某大学一位大四学生'],
    // a noun, then 由: the agent of a passive sentence ("提案由…"); 由 or 来自 opening a title
    ['提案由政協委員、工商聯', '政協委員、工商聯'],
    ['由某協會主席', '某協會主席'],
    ['来自某大学出版社社长、总编辑', '某大学出版社社长、总编辑'],
    ['其60歲朋友', '60歲朋友'],
    // a describing clause before a title of office: the title is what they are
    ['一直关注此议题的某某党主席', '某某党主席'],
    ['从小在厂区长大的某集团总裁', '某集团总裁'],
    ['在機場正準備登車的全國政協委員', '全國政協委員'],
    // where they live or stand: how the reporter met them; where they come from is kept, as the keys of batches
    // 16–19 keep it ("來自某地的", "来自某地的球迷")
    ['来自江西的', '来自江西的'],
    ['來自屯門的', '來自屯門的'],
    ['来自某地的年轻球迷', '来自某地的年轻球迷'],
    ['来自某省的全国人大代表', '来自某省的全国人大代表'],
    // where they live or what they are doing is how the piece describes them: the keys keep it (家住: six of six)
    ['住在老城区的', '住在老城区的'],
    ['居住在北角的退休教師', '退休教師'],
    ['入住某邨二十年的互委會主席', '互委會主席'],
    ['就读于某中学的高二学生', '高二学生'],
    // a clause of a few characters says which of them they are: kept as printed ("首次参与…的", "已生育…的")
    ['首次参与抗疫的住院医师', '首次参与抗疫的住院医师'],
    ['已生育二孩的市民代表', '已生育二孩的市民代表'],
    ['某市人大代表、某区新的社会组织联合会会长', '某市人大代表、某区新的社会组织联合会会长'],
    // counter-examples: a longer one tells what they did; the sentence's words after the 的
    ['长期研究金融风险的某实验室理事长', '某实验室理事长'],
    ['两个不同的问题分别抛给某基金会副理事长', '某基金会副理事长'],
    ['正在排队买菜的', '正在排队买菜的'],
    ['旁边的市民', '市民'],
    ['身旁的店員', '店員'],
    // quote marks around the whole role; a note on the name
    ['“暴走妈妈”', '暴走妈妈'],
    ['「街坊代表」', '街坊代表'],
    ['与邻居有纠纷的(化名)', '与邻居有纠纷的'],
    ['議員(圖)', '議員'],
    ['的', null],
    [null, null],
    // the dash that opens an attribution, a wire credit after it, where they stand in the photo: punctuation, furniture
    ['——全国政协委员、某市卫生局局长', '全国政协委员、某市卫生局局长'],
    ['—— 某研究院研究员', '某研究院研究员'],
    ['全國人大代表、某市人大常委會主任(以上均據新華社電)', '全國人大代表、某市人大常委會主任'],
    ['某某大学副校长 （据本报记者）', '某某大学副校长'],
    ['某公司总经理(右)', '某公司总经理'],
    ['區議員（左二）', '區議員'],
    ['某公司总经理(资料图)', '某公司总经理'],
    ['某協會主席（資料圖片）', '某協會主席'],
    // when and how the sentence goes on, with no comma before the role
    ['日前某大学教授', '某大学教授'],
    ['對此某研究院研究員', '某研究院研究員'],
    ['会上某市市长', '某市市长'],
    ['尤其是某公司总经理', '某公司总经理'],
    ['还邀请到某医院院长', '某医院院长'],
    // the copula pointing at them, the reporter reaching them
    ['这是某医疗队护士', '某医疗队护士'],
    ['正是某村党支部书记', '某村党支部书记'],
    ['记者拨通某县人民医院院长', '某县人民医院院长'],
    ['記者聯繫上某協會主席', '某協會主席'],
    // a preposition before the role, with no clause after it; a post, then 由 who takes it; markup left in the text
    ['与知名企业家', '知名企业家'],
    ['在全国政协委员、某农业大学副校长', '全国政协委员、某农业大学副校长'],
    ['某商会主席由全国政协常委', '全国政协常委'],
    ['<p>某大学教授', '某大学教授'],
    ['<p>家住某区的', '家住某区的'],
    // an age's 的 before the name is printed with it: the keys of batches 40–45 keep it, fourteen of fourteen
    ['某医疗队护士、24岁的', '某医疗队护士、24岁的'],
    ['在建築公司工作的31歲的', '在建築公司工作的31歲的'],
    ['70多岁的', '70多岁的'],
    // an age before a title stays, and so does a counted noun phrase, whole
    ['52岁的出租车司机', '52岁的出租车司机'],
    ['今年65歲的退休教師', '今年65歲的退休教師'],
    ['一位来自山区的乡村教师', '一位来自山区的乡村教师'],
    ['一名在读的研究生', '一名在读的研究生'],
    // counter-examples: what the person is, does or how old they are stays as printed
    ['市民', '市民'],
    ['自由黨主席', '自由黨主席'],
    ['经由社区推荐的志愿者', '经由社区推荐的志愿者'],
    ['而立之年的创业者', '而立之年的创业者'],
    ['30多岁的业主', '30多岁的业主'],
    ['68歲已經退休的', '68歲已經退休的'],
    ['23岁大学生', '23岁大学生'],
    ['居住超过四十年的居民', '居住超过四十年的居民'],
    ['在菜场卖鱼的', '在菜场卖鱼的'],
    ['“掌上某城”微友', '“掌上某城”微友'],
    ['BEJ48', 'BEJ48'],
    ['遠見 天下文化事業群創辦人', '遠見 天下文化事業群創辦人'],
    ['香港志愿者、某大学学生', '香港志愿者、某大学学生'],
    // counter-examples to the above: a reporter's own title, a bracket that is part of the name, 是 inside, a clause's 的
    ['记者站站长', '记者站站长'],
    ['今日头条副总裁', '今日头条副总裁'],
    ['现任某市市长', '现任某市市长'],
    ['原某市市长', '原某市市长'],
    ['时任某县县长', '时任某县县长'],
    ['在读博士生', '在读博士生'],
    ['在京全国政协委员', '在京全国政协委员'],
    ['在港內地生', '在港內地生'],
    ['与会代表', '与会代表'],
    ['在社区做了十年义工的', '在社区做了十年义工的'],
    ['某某协会(香港)主席', '某某协会(香港)主席'],
    ['某某集团（中国）有限公司总经理', '某某集团（中国）有限公司总经理'],
    ['在菜场卖了三十年鱼的', '在菜场卖了三十年鱼的'],
    ['某中学2019届毕业生', '某中学2019届毕业生'],
    // a clause before a group word or a short noun says who they are: kept ("由…來港…的" is where they came from)
    ['居住在本港的外籍人士', '居住在本港的外籍人士'],
    ['从事贸易工作的北京市民', '从事贸易工作的北京市民'],
    ['开了二十年茶馆的老板', '开了二十年茶馆的老板'],
    ['由上海來港工作半年的', '由上海來港工作半年的'],
    ['北京大学的历史系教授', '北京大学的历史系教授'],
    ['一名大学老师', '一名大学老师'],
    // the reporter meeting them, or a topic then 采访了 (the reporter left out)
    ['记者遇到了大学生', '大学生'],
    // …where the reporter met them, however long ("记者在某医院门口停车场见到了…"), or walked into their home
    ['记者在某医院门口停车场见到了保安', '保安'],
    ['记者在县城东门外见到了摊主', '摊主'],
    ['记者走进村民', '村民'],
    ['走進村民', '村民'],
    // "and" joining them to the person before ("船长某某和摄影师某某"); not a company's 和記, nor 和平
    ['和摄影师', '摄影师'],
    ['和記黃埔董事', '和記黃埔董事'],
    ['和平区居民', '和平区居民'],
    ['記者碰到了退休教師', '退休教師'],
    ['就医保采访了全国人大代表、某医院院长', '全国人大代表、某医院院长'],
    ['接受采访的市民', '接受采访的市民'],
    // a per-person subhead's mark, a section's tag in corner brackets
    ['★乘客', '乘客'],
    ['【委員建議】全國政協委員', '全國政協委員'],
    ['【群众心声】社区网格员', '社区网格员'],
    // a word for a young man or a girl is who the reporter saw, not a role (an age or a job with it stays)
    ['小伙子', null],
    ['旁边的女孩', null],
    ['小夥子', null],
    ['18岁的女孩', '18岁的女孩'],
    ['女孩子们的老师', '女孩子们的老师'],
    // a forum's anti-copy jammer before the role, the forum's name after it; a photo credit's 攝 (traditional too)
    ['k" D% P8 w/ z從事物流工作的街坊', '從事物流工作的街坊'],
    ['a  T" Q9 g$ x某某影視論壇', null],
    ['攝某某基金會主席', '某某基金會主席'],
    // counter-examples: Latin letters or digits that are the role's own
    ['NBA球迷', 'NBA球迷'],
    ['3D打印公司創辦人', '3D打印公司創辦人'],
    // a subhead of two phrases run into the line before it; not a vox pop's one phrase, nor a card's unit
    ['本港樓市前景未明朗 業界冀政策再放寬 某地產代理總裁', '某地產代理總裁'],
    ['盼早日通车 方便街坊', '盼早日通车 方便街坊'],
    // the host's sequence and welcome ("首先欢迎", "最后"); a count of two or more before the role the pair shares
    ['首先欢迎某区交通局规划科负责人', '某区交通局规划科负责人'],
    ['歡迎某大學社會學系教授', '某大學社會學系教授'],
    ['最后四川网友', '四川网友'],
    ['兩位青年畫家', '青年畫家'],
    ['三名退休教师', '退休教师'],
    // where they sit or stand when the reporter saw them
    ['坐在前排的全国政协委员、某大学副校长', '全国政协委员、某大学副校长'],
    ['站在柜台后的', null],
    // a name's Latin form in a bracket after the role is the name's
    ['某華人超市店主(Amy Chen)', '某華人超市店主'],
    ['某某集团（中国）有限公司总经理', '某某集团（中国）有限公司总经理'],
  ])('%s → %s', (role, want) => {
    expect(tidyRole(role)).toBe(want);
  });
});

describe('findIntroducedRole: the role the piece met the person with', () => {
  it.each([
    // a list of what they are, joined by 、
    ['这次活动中，香港志愿者、某大学金融专业大二学生李小梅在场馆担任引导员。李小梅说，收获很大。', '李小梅', '香港志愿者、某大学金融专业大二学生'],
    ['新春将至，甲市市长张大明和乙市市长王一平分别发表贺词。张大明表示，祝福大家。', '张大明', '甲市市长'],
    // where they come from stays with what they are
    ['除夕夜，来自老挝的留学生阮文山在寝室包饺子。阮文山说，他很喜欢中国的春节。', '阮文山', '来自老挝的留学生'],
    ['座談會由越南籍新住民阮氏花分享經驗。阮氏花說，剛來時很不習慣。', '阮氏花', '越南籍新住民'],
    // a title too long for a short reach ("——全国政协委员、…主任某某如是说")
    ['“要让病人少跑腿。”\n——全国政协委员、某某省医学科学院心血管病医院内科管委会及心律中心主任严立新如是说。严立新认为，分级诊疗是关键。', '严立新', '全国政协委员、某某省医学科学院心血管病医院内科管委会及心律中心主任'],
    // people listed with their roles: each takes only their own ("…甲、…乙和…丙")
    ['出席座谈的有：某某大学教授李大山、某某公司总经理王小河、某某医院院长赵长林。王小河说，要抓落实。', '王小河', '某某公司总经理'],
    ['某某大學教授李大山、某某公司總經理王小河和某某醫院院長趙長林近日做客本報。趙長林說，要抓落實。', '趙長林', '某某醫院院長'],
    ['主持人：今天请来两位嘉宾，分别是某某大学教授李大山，某某公司总经理王小河。李大山说，要抓落实。', '李大山', '某某大学教授'],
    // a dash before the name sets the role apart from the sentence ("老朋友——…")
    ['记者一眼认出了老朋友——全国政协委员、某大学副校长严立新。严立新说，今年带来两份提案。', '严立新', '全国政协委员、某大学副校长'],
    // what they are, told after the name with 是 (the predicate as printed, its count word too)
    ['周末，居民议事会开到很晚。郑国平是一位来自老街区的楼组长，他说，大家的意见要听。', '郑国平', '一位来自老街区的楼组长'],
    ['“要把好事办好。”孔德明说。孔德明是某街道办事处主任。', '孔德明', '某街道办事处主任'],
    // …or in apposition, set off by a comma
    ['早高峰路口很堵。李女士，退休教师。李女士说，早上出门要早。', '李女士', '退休教师'],
    ['会上，孔德明，李大山和王小河都发了言。孔德明说，要抓落实。', '孔德明', null],
    // 这位 naming the unnamed voice just met ("一位…说…这位名叫某某的…")
    ['在车站，一位45岁的长途货车司机说，路比以前好走多了。这位自称名叫鲍成的师傅说，他跑这条线十年了。', '鲍成', '45岁的长途货车司机'],
    ['在車站，一位從事物流的從業者說，生意難做。這位名叫阿輝的男子說，他會再等等。', '阿輝', '從事物流的從業者'],
    // counter-examples: no role word, or a sentence about them
    ['孔德明是我的老朋友。孔德明说，天气很好。', '孔德明', null],
    ['在车站，一位乘客很着急。这位名叫鲍成的师傅说，车晚点了。', '鲍成', null],
    ['张大明今天很高兴。张大明说，天气很好。', '张大明', null],
    ['和平区的张大明说，天气很好。', '张大明', null],
    // a guest list's card line: the role, a space, the name
    ['主持嘉宾：\n某研究院院长 丁某某\n讨论嘉宾：\n某省房地产协会会长 王某某\n王某某：市场会回暖。', '王某某', '某省房地产协会会长'],
    // a person listed after another, the sentence's start out of reach
    ['围绕今年社会广泛关注的住房保障问题，本报记者分别采访了全国人大代表、某纺织公司培训中心教练林某某和全国政协委员庄某某。庄某某说，要多建保障房。', '庄某某', '全国政协委员'],
    // a describing clause before the noun is the role as printed, its 的 too
    ['展馆里，首次参加展会的某国采购商阿明对新产品爱不释手。阿明说，价格合适。', '阿明', '首次参加展会的某国采购商'],
    ['“太方便了！”77岁的本报读者张某某专程来坐地铁。张某某说，想早点体验。', '张某某', '77岁的本报读者'],
    // counter-examples: a clause with 是 is a sentence; a clause before no role word is no role
    ['其中一位获奖者是某中学的男生赵某某。赵某某说，很意外。', '赵某某', null],
    ['穿着红外套的王某某说，公交站太远。', '王某某', null],
    // in apposition, the verb of speech right after it ("某某，一位…的研究生回忆道")
    ['“那天孩子们都来了。” 王某某，一位在外地读教育学的研究生回忆道，“我们很感动。”', '王某某', '一位在外地读教育学的研究生'],
    // …or a group they belong to, with 是
    ['刘先生是某渔港东岸的一名住户，他表示，汽笛会响。', '刘先生', '某渔港东岸的一名住户'],
    ['张先生，一位朋友说，他很好。', '张先生', null],
    // a list's last person after 以及; a delegation's deputy head, a paper's deputy editor-in-chief
    ['候選人包括現任議員霍某某，以及某文學館館長、某通訊社副總編輯羅某某。羅某某表示，要推動閱讀。', '羅某某', '某文學館館長、某通訊社副總編輯'],
    ['当地时间6日，冬奥会某代表团副团长肖某某做客演播室。肖某某说，状态很好。', '肖某某', '冬奥会某代表团副团长'],
    // counter-example: a quotation before the name is what was said, not a role
    ['“我很满意”李某某说。李某某认为，服务好。', '李某某', null],
    // counter-example: out of reach with nobody listed before: no clean start, no role
    ['围绕今年社会广泛关注的住房保障问题和城市更新中遇到的种种难题我们访问了长期在基层一线工作的社区干部赵某某。赵某某说，要多听居民意见。', '赵某某', null],
  ])('%s', (text, name, want) => {
    expect(findIntroducedRole(name, text)).toBe(want);
  });
});

describe('settleRole: the last word on a speaker\'s role', () => {
  it.each([
    // a voice told without a role gets the one the piece met them with
    ['周末的菜市场很热闹。市民老罗则表示，菜价还算稳定。老罗说，“我每天都来。”', '老罗', null, '市民'],
    // a party in corner quotes right before the name
    ['「民主陣線」陳大文指預算案沒有照顧基層。', '陳大文', null, '民主陣線'],
    ['同屬「民主陣線」的黃小明認為政府應加強支援。', '黃小明', '的', '民主陣線'],
    // the role as the page prints it, a mirror's pinyin glosses and all
    ['30多歲的業(yè)主張先生表示,公有面積應該公開。', '張先生', '30多歲的業主', '30多歲的業(yè)主'],
    // the sentence's words are tidied away
    ['比如市民张先生就认为，要管好水管。', '张先生', '比如市民', '市民'],
    // counter-examples: a role as printed stays; a voice nobody introduced stays without one
    ['市民张先生说，要管好水管。', '张先生', '市民', '市民'],
    ['张先生说，要管好水管。', '张先生', null, null],
    ['大家好。', null, '某某協會', '某某協會'],
    // a describing clause stays as printed, its 的 too (the collectors' rule: the role verbatim)
    ['来自某市的陈小姐认为，街道很干净。', '陈小姐', '来自某市的', '来自某市的'],
    ['從事銀行業的阿明質疑這項措施。', '阿明', '從事銀行業的', '從事銀行業的'],
    // where they live, alone before the name, is their role
    ['家住城东某小区的王先生说，公交站太远。', '王先生', null, '家住城东某小区的'],
    ['在留观区，76岁的吕某某老人正在休息。吕某某说，打完疫苗很安心。', '吕某某', null, '76岁的'],
    // a congress member's seat, a comma, then the post: both
    ['“要办好教育。”全国人大代表,某市第二医院副院长李建华认为，要让群众少跑腿。', '李建华', '某市第二医院副院长', '全国人大代表,某市第二医院副院长'],
    ['“要办好教育。”全國政協委員，某大學副校長陳大文說，要多聽學生意見。', '陳大文', '某大學副校長', '全國政協委員，某大學副校長'],
    // a bracketed note inside the role as printed, which a matcher dropped
    ['全国政协委员、某党校(某学院)教授张明远说，要加大投入。', '张明远', '全国政协委员、某党校教授', '全国政协委员、某党校(某学院)教授'],
    ['最后一位是全国政协委员,某市医院副院长林某某。林某某说，要多建诊所。', '林某某', '某市医院副院长', '全国政协委员,某市医院副院长'],
    // a card line prints a bracketed note inside the role, which a matcher dropped
    ['本期嘉宾\n侯某某 某协会(筹)秘书长\n侯某某：要管好源头。', '侯某某', '某协会秘书长', '某协会(筹)秘书长'],
    // a subhead's gist after the name's colon is what they say: the introduction gives the role
    ['代表谈出行\n王某某：要延长公交线\n省人大代表王某某告诉记者，线路太少。', '王某某', '要延长公交线', '省人大代表'],
    ['謝女士：\n支持這個計劃，但要多宣傳。', '謝女士', '支持這個計劃', null],
    // a fuller introduction under a subhead that names them by their seat alone
    ['全国政协委员刘某某：\n这一年很充实\n全国政协委员、某环保公司董事长刘某某在去年的会上提了三件提案。', '刘某某', '全国政协委员', '全国政协委员、某环保公司董事长'],
    // counter-example: another person's fuller title is no fuller one of theirs
    ['全国政协委员刘某某：\n这一年很充实\n全国政协委员、某环保公司董事长王某某也这样说。刘某某表示，很忙。', '刘某某', '全国政协委员', '全国政协委员'],
    // a profile card: the name on its line, each post on a line under it, or the post above
    ['两会声音\n周某某\n\n全国政协委员\n\n某网络协会副会长\n\n360集团创始人\n\n周某某委员提出：要扶持小企业。', '周某某', '委员', '全国政协委员、某网络协会副会长、360集团创始人'],
    ['市民有話說\n推遲實施當然好\n某村居民\n雷先生：\n村民一向自律。', '雷先生', null, '某村居民'],
    // counter-examples: a headline line above, a body paragraph under the name
    ['市民有話說\n要做好宣傳工作\n謝女士：\n支持這個計劃。', '謝女士', null, null],
    ['两会声音\n周某某\n今年我带来了三份提案，都和小企业有关。', '周某某', null, null],
    // where they stood when the reporter met them is no part of it
    ['听到这里，在一旁挑选蔬菜的市民周某某也忍不住出声。周某某说，菜太贵了。', '周某某', null, '市民'],
    // counter-examples: the seat is the subject of another clause; a bracket after the role is no part of it
    ['全国人大代表走访了社区,某医院副院长李某认为，要多建诊所。', '李某', '某医院副院长', '某医院副院长'],
    ['市民(右)张先生说，要管好水管。', '张先生', '市民', '市民'],
    ['穿着红外套的王先生说，公交站太远。', '王先生', null, null],
    // a describing clause alone right before the name, with no role given: the role as printed, its 的 too
    ['在夜市摆了十年摊的林女士说，生意比去年好。', '林女士', null, '在夜市摆了十年摊的'],
    ['週末，讀中三的周同學和同學一起去看燈會。', '周同學', null, '讀中三的'],
    ['记者见到从乡下来的小吴，他正在排队。', '小吴', null, '从乡下来的'],
    ['手拿雨伞的陈先生说，雨太大了。', '陈先生', null, null],
    // another person introduced before this one and joined by 和: what follows is theirs
    ['今天请来某大学法学院院长宋立群教授和某研究所副所长韩明。韩明说，要完善立法。', '韩明', '某大学法学院院长宋立群教授和某研究所副所长', '某研究所副所长'],
    ['广东80岁的林奶奶和福建75岁的吴奶奶聊起了年轻时的事。吴奶奶说，那时候很苦。', '吴奶奶', '广东80岁的林奶奶和福建75岁的', '福建75岁的'],
    // counter-examples: one person's two posts joined by 和
    ['某村党支部书记和村委会主任郑大海说，路修好了。', '郑大海', '某村党支部书记和村委会主任', '某村党支部书记和村委会主任'],
    ['北京某大学教授和博士生导师宋立群认为，要多读书。', '宋立群', '北京某大学教授和博士生导师', '北京某大学教授和博士生导师'],
    // an age or a role in a bracket after the name, where the prose gives none
    ['夜市物价\n阿米娜：下班太晚只好打包\n阿米娜(37岁)说，晚饭常常来不及做。', '阿米娜', null, '37岁'],
    ['与会学者\n黄立新(某大学历史系教授)\n黄立新：要重视地方史。', '黄立新', null, '某大学历史系教授'],
    ['周末的公园里很热闹。\n罗先生(化名)说，他每周都来。', '罗先生', null, null],
    // a card at the head of the person's line: short nouns, one a person's title
    ['他们这样说\n郑伟：物流公司司机，已婚\n我觉得这个节日应该更多关心家人。', '郑伟', null, '物流公司司机，已婚'],
    ['“我先问了朋友。”\n杨女士，52岁，湖北人，退休教师；病症：失眠。\n我睡不好已经很多年了。', '杨女士', null, '52岁，湖北人，退休教师'],
    ['代表谈出行\n王某某：要延长公交线\n王某某说，线路太少。', '王某某', null, null],
    ['问卷\n林某：看书、在地铁上坐过站\n林某说，很喜欢城市。', '林某', null, null],
  ])('%s', (text, name, role, want) => {
    expect(settleRole(name, role, text)).toBe(want);
  });
});

describe('the conventions through the parser', () => {
  it('a vox pop whose voices are met with the sentence\'s words around their roles', () => {
    const text = `记者街头随机采访了几位市民，听听他们对新公园的看法。
比如市民张大伟就认为，公园的绿化做得很好，“我每天早上都来这里跑步，空气比以前好多了。”
来自河南的王女士说：“公园的厕所太少了，希望能多建几个，方便带孩子的家长。”
旁边的市民刘先生也说：“停车位不够，周末来一次要找半天车位，希望管理部门想想办法。”`;
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker))).toEqual([
      { name: '张大伟', role: '市民' },
      { name: '王女士', role: '来自河南的' },
      { name: '刘先生', role: '市民' },
    ]);
  });
});

describe('which of them, with no role after it', () => {
  it('a queue vox pop: "另一位" before a name is no role', () => {
    const text = `彩票中心外排起長龍
大批市民冒雨在投注站外排隊。
退休教師何先生表示：「我每期都買，今次獎金咁多，一定要試下。」
另一位李小姐就說：「我同同事夾錢買，希望大家都有份。」
家住觀塘的張太稱：「平時唔買，今日見到咁多人排隊先嚟湊熱鬧。」`;
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => [s.speaker.name, s.speaker.role]))).toEqual([
      ['何先生', '退休教師'],
      ['李小姐', null],
      ['張太', '家住觀塘的'],
    ]);
  });
});

describe('splitSpeakerLabel: an age or a note in brackets after the name', () => {
  it.each([
    // an age or a note on the photo after the name is no part of the role
    ['居民王先生(70岁)', '王先生', '居民'],
    ['主席陳某某(圖)', '陳某某', '主席'],
    ['議員黃某某（圖）', '黃某某', '議員'],
    // counter-examples: the Cantonese forms after a role
    ['议员陈生', '陈生', '议员'],
    ['市民李太', '李太', '市民'],
    ['主席何太', '何太', '主席'],
  ])('%s → %s / %s', (label, name, role) => {
    const s = splitSpeakerLabel(label);
    expect([s.name, s.role]).toEqual([name, role]);
  });
});

describe('a company printed with the live stock quote a finance site injects', () => {
  it('keeps the company in the role (the quote is no forum jammer)', () => {
    const text = `三位基金经理谈明年债市
ACME(12.5, 0.30, 2.46%)首席投资官：Mark Doyle
我们认为明年利率仍有下行空间，投资者可以适当拉长久期，但要注意信用风险。
BETA(0, 0.00, 0.00%)固定收益主管：Lena Wirth
通胀回落的节奏比市场预期的慢，我们更看好短端品种，长端要等待更好的时机。
某某资管首席经济学家：Omar Haddad
全球需求放缓已经反映在价格里，接下来要看各国央行的动作，我们保持中性。`;
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => [s.speaker.name, s.speaker.role]))).toEqual([
      ['Mark Doyle', 'ACME首席投资官'],
      ['Lena Wirth', 'BETA固定收益主管'],
      ['Omar Haddad', '某某资管首席经济学家'],
    ]);
  });
});

describe('the new conventions through the parser', () => {
  it('quote-then-dash attributions with long titles and a wire credit', () => {
    const text = `委员谈医改
“群众看病难，难在好医生太少。”
——全国政协委员、某某省医学科学院心血管病医院内科管委会及心律中心主任严立新如是说。严立新认为，要让好医生下基层。
“药价要降，医生的劳务价值要升。”
——全国政协委员、某市卫生局局长孔德明如是说。孔德明认为，医改要调动医生的积极性。
“检查越多越贵，不等于看得越好。”
——全国政协委员郑国平如是说。郑国平认为，要管住不必要的检查。(以上均据本报记者)`;
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => [s.speaker.name, s.speaker.role]))).toEqual([
      ['严立新', '全国政协委员、某某省医学科学院心血管病医院内科管委会及心律中心主任'],
      ['孔德明', '全国政协委员、某市卫生局局长'],
      ['郑国平', '全国政协委员'],
    ]);
  });
});
