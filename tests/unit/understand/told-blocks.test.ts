/**
 * The blocks told in the reporter's words (measure-blocks.ts, `told`) in the judgement (prose-judge.ts): a pair each
 * opening a block of their own by name, and three passers-by or more owning a block each in turn, make a round of views
 * even where the prose rule's reading would call them a story's witnesses; so do deputies and members of the sessions
 * each given a block of their own. Texts written here, in the layouts of real
 * pages (results day in Hong Kong, a CPPCC survey report, deputies at the sessions, a holiday vox pop), simplified and
 * traditional. (Three officials so told may be a meeting's report: the round of three is the passers-by's; see
 * party-reactions.test.ts and round-up.test.ts for the meeting reports, voice-round.test.ts for the reporter's tour.)
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';

const names = (o: Outline): Array<string | null> => o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

// two top scorers, each two paragraphs in reported speech opened by name (or a pronoun), no frame in the headline
const SCORERS = `中学文凭试今日放榜
今年共有五名考生考获七科最高等级，分布在四间学校，其中两人更考获八科最高等级，成为超级状元。
张建国指，得知成绩后感到喜出望外，惊喜过后才相信自己并非做梦。他计划在本地升学，日后再考虑是否到外地深造，又指自己对数学和经济最有兴趣。
张建国又提到，备考期间每天坚持运动一小时，“休息好了才有效率”，认为考生不必为一次考试过分焦虑，家长也应多给孩子空间。
李秀兰指，心情又惊又喜，很感恩老师和家人一直以来的支持。她自小对科学有兴趣，希望修读医科，将来成为医生，帮助有需要的病人。
她又指，自己在本地土生土长，对这座城市有归属感，会留在本地升学，希望将来把所学贡献给社会。`;

const SCORERS_TRAD = `中學文憑試今日放榜
今年共有五名考生考獲七科最高等級，分佈在四間學校，其中兩人更考獲八科最高等級，成為超級狀元。
張建國指，得知成績後感到喜出望外，驚喜過後才相信自己並非做夢。他計劃在本地升學，日後再考慮是否到外地深造，又指自己對數學和經濟最有興趣。
張建國又提到，備考期間每天堅持運動一小時，「休息好了才有效率」，認為考生不必為一次考試過分焦慮，家長也應多給孩子空間。
李秀蘭指，心情又驚又喜，很感恩老師和家人一直以來的支持。她自小對科學有興趣，希望修讀醫科，將來成為醫生，幫助有需要的病人。
她又指，自己在本地土生土長，對這座城市有歸屬感，會留在本地升學，希望將來把所學貢獻給社會。`;

// the reporter's story going on after the pair: a story quoting two people
const SCORERS_AFTER = `${SCORERS}
据了解，今年共有五万多名考生报考文凭试，整体成绩与去年相若，各校将于下周安排学生领取证书。
考评局提醒考生，如对成绩有疑问，可于本月底前申请复核，复核结果将于下月公布。`;

// three members, one paragraph each in the reporter's words, after a lead of the survey: a round of views
const MEMBERS = `政协调研组建议建立古城遗址保护区
本月上旬，全国政协文史委调研组在某省就古城遗址的保护和利用开展专题调研，实地察看了遗址区和周边村庄。
据介绍，古城遗址目前面临保护规划尚未审定、统筹难度大、遗址区群众收入偏低等问题。
某研究院原副院长张建国委员表示，遗址的保护和利用需要多方面共同努力，涉及体制、规划和法律等方面，应尽快审定总体规划，明确各方的责任。
某大学原副校长李秀兰委员也提出，应设立遗址公园，让沉睡的文物走进公众视野，同时带动周边群众增收，实现保护和发展的双赢。
某出版社原社长王海涛委员表示，要借助文化旅游发展的契机，推动遗址保护和利用工作，切实改善遗址区群众的生活环境。`;

// the same with the reporter's narrative between the members: a report of a visit
const MEMBERS_BETWEEN = MEMBERS.replace('\n某大学', '\n随后，调研组来到遗址区的一处村庄，察看了村民的住房和村里的排水设施，详细询问了村民的收入情况。\n某大学');

describe("blocks told in the reporter's words make a round", () => {
  it.each<[string, string, string[] | null]>([
    ['two top scorers, each opening their paragraphs by name (simplified)', SCORERS, ['张建国', '李秀兰']],
    ['the same (traditional)', SCORERS_TRAD, ['張建國', '李秀蘭']],
    ["not: the reporter's story going on after the pair", SCORERS_AFTER, null],
    ["three members, a paragraph each in the reporter's words", MEMBERS, ['张建国', '李秀兰', '王海涛']],
    ["not: the reporter's narrative between the members", MEMBERS_BETWEEN, null],
  ])('%s', (_what, text, want) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(want !== null);
    if (want) expect(names(o)).toEqual(want);
  });
});

// two members of the sessions, each paragraph opening on its topic, then the member in the reporter's words; no frame
const DEPUTIES = `让乡村学校留住好老师
近年来，各地持续加大乡村教育投入，乡村学校的办学条件明显改善，但青年教师流失的问题依然突出。
乡村教师是乡村教育的根本。全国政协委员、某师范大学副校长张建国表示，要提高乡村教师的工资待遇和职称评定倾斜力度，让年轻教师愿意去、留得住。
留住老师，还要从培养抓起。张建国认为，师范院校应当与县里合作定向培养，学生入学时就签订协议，毕业后回到家乡任教，同时保障他们的进修机会，让他们在乡村也能成长。
乡村学校规模小、学科全，对教师的要求更高。全国人大代表、某县第一中学校长李秀兰表示，要推动城乡学校结对帮扶，让城里的优秀教师定期到乡村学校上课，把好的教学方法带下去，也让乡村教师到城里跟岗学习。`;

const DEPUTIES_TRAD = `讓鄉村學校留住好老師
近年來，各地持續加大鄉村教育投入，鄉村學校的辦學條件明顯改善，但青年教師流失的問題依然突出。
鄉村教師是鄉村教育的根本。全國政協委員、某師範大學副校長張建國表示，要提高鄉村教師的工資待遇和職稱評定傾斜力度，讓年輕教師願意去、留得住。
留住老師，還要從培養抓起。張建國認為，師範院校應當與縣裏合作定向培養，學生入學時就簽訂協議，畢業後回到家鄉任教，同時保障他們的進修機會，讓他們在鄉村也能成長。
鄉村學校規模小、學科全，對教師的要求更高。全國人大代表、某縣第一中學校長李秀蘭表示，要推動城鄉學校結對幫扶，讓城裏的優秀教師定期到鄉村學校上課，把好的教學方法帶下去，也讓鄉村教師到城裏跟崗學習。`;

// the same people without the sessions' titles: a pair the frame does not announce (an unframed pair)
const NOT_DEPUTIES = DEPUTIES.replace('全国政协委员、', '').replace('全国人大代表、', '');

// the reporter's story going on after the last member
const DEPUTIES_AFTER = `${DEPUTIES}
据了解，今年以来，全省共招聘乡村教师三千多名，其中师范院校定向培养的毕业生占到一半，比去年增加两成。`;

// the reporter's tour of the deputies' rooms: the reporter before each person ("记者来到…的房间")
const TOUR = `记者探访代表驻地
大会开幕前一天，代表们陆续抵达驻地，不少人还在忙着修改建议。
下午3时，记者来到全国政协委员、某师范大学副校长张建国的房间。他表示，要提高乡村教师的工资待遇和职称评定倾斜力度，让年轻教师愿意去、留得住。
留住老师，还要从培养抓起。张建国认为，师范院校应当与县里合作定向培养，学生入学时就签订协议，毕业后回到家乡任教，同时保障他们的进修机会，让他们在乡村也能成长。
4时许，记者在驻地遇见全国人大代表、某县第一中学校长李秀兰。她表示，要推动城乡学校结对帮扶，让城里的优秀教师定期到乡村学校上课，把好的教学方法带下去，也让乡村教师到城里跟岗学习。`;

describe("deputies and members each given a block in the reporter's words: the sessions' round", () => {
  it.each<[string, string, string[] | null]>([
    ['a member and a deputy, each a block opened on its topic (simplified)', DEPUTIES, ['张建国', '李秀兰']],
    ['the same (traditional)', DEPUTIES_TRAD, ['張建國', '李秀蘭']],
    ['the title set off by a comma ("全国人大代表，某县…校长某某")', DEPUTIES.replace('全国人大代表、', '全国人大代表，'), ['张建国', '李秀兰']],
    ['not: the same people without the titles of the sessions', NOT_DEPUTIES, null],
    ["not: the reporter's story going on after the last member", DEPUTIES_AFTER, null],
    ["not: the reporter's tour of the deputies' rooms", TOUR, null],
  ])('%s', (_what, text, want) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(want !== null);
    if (want) expect(names(o)).toEqual(want);
  });
});

// three passers-by, each a paragraph opening on the scene, then the visitor in the reporter's words: a vox pop
const VISITORS = `假期最后一天旅客不算多
昨日是假期最后一日，中区一带人流不算多，的士站未见人龙，有商户表示，假期生意比预期理想。
老街一带的食肆吸引不少旅客前来觅食。广州游客邝先生表示，趁着假期来玩几日，主要是品尝特色美食，大赞这里的菜式味道正宗，价钱也合理，下次还会带家人再来。
昨日老街和码头一带人流同样不算多，部分商店没有营业。来自浙江的旅客夏小姐指出，以往都是节假日出游，但房价昂贵，现时有不少酒店优惠，一家人住三晚也不算贵。
码头附近的手信店仍有不少客人。来自江门的王小姐表示，每年都会来一两次，这次买了不少手信送给亲友，觉得这里的店员服务态度很好，购物也方便。`;

// the same with the reporter's story going on after the last visitor (a paragraph after is a round's closing line)
const VISITORS_AFTER = `${VISITORS}
据统计，假期五日共有二十多万人次入境，比去年同期增加一成，其中七成来自邻近省份。
有关部门表示，下一个长假前将增加口岸的通关人手，并在热门景点加派人员疏导人流。`;

describe("passers-by each given a block in the reporter's words: a vox pop", () => {
  it.each<[string, string, string[] | null]>([
    ['three visitors, a paragraph each', VISITORS, ['邝先生', '夏小姐', '王小姐']],
    ["not: the reporter's story going on after the last visitor", VISITORS_AFTER, null],
  ])('%s', (_what, text, want) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(want !== null);
    if (want) expect(names(o)).toEqual(want);
  });
});
