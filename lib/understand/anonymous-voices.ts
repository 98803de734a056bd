/**
 * Voices with no name that stand for a group or a class of people ("球迷：", "(家长)", "嫂子：", "受訪專家：",
 * "球賽主播："): a page quoting such lines is a story told through passers-by, not a feature of speakers. They
 * are never speakers and never count toward a feature (the judge sees only the walk's statements).
 * Organisations speaking as themselves ("香港會計師公會", "專業議政") and offices ("市发改委副主任") are not
 * classes of people: they stay.
 */
import type { Speaker } from '../outline';

// what may stand before the class: a count, a place, "the interviewed", "at the scene" ("一名球迷", "現場觀眾")
const QUALIFIER =
  /^(?:一名|一位|一个|一個|两名|兩名|几名|幾名|多名|多位|某|某位|部分|不少|许多|許多|其他|其它|另一名|另一位|另一|另外一位|附近|隔壁|现场|現場|在场|在場|当地|當地|路过|路過|受访|受訪|参与|參與|围观|圍觀|年轻|年輕|年长|年長|老|女|男)*(?:的)?/;

// classes of people, kin and anonymous professions: nobody in particular
const CLASS =
  /^(?:\p{Script=Han}{0,3}?(?:球迷|粉丝|粉絲|歌迷|影迷|戏迷|戲迷|市民|居民|村民|街坊|网友|網友|网民|網民|学生|學生|考生|家长|家長|专家|專家|学者|學者|主播|观众|觀眾|听众|聽眾|读者|讀者|游客|遊客|旅客|乘客|消费者|消費者|路人|民众|民眾|群众|群眾|选民|選民|业主|業主|店家|商户|商戶|摊贩|攤販|员工|員工|职工|職工|工人|农民|農民|司机|司機|车主|車主|住户|住戶|邻居|鄰居|老师|老師|教师|教師|医生|醫生|护士|護士|患者|病人|家属|家屬|志愿者|志願者|义工|義工|目击者|目擊者|交警|民警|辅警|輔警|警察|消防员|消防員|上班族|白领|白領|食客|顾客|顧客|买家|買家|卖家|賣家|租客|网民们|网友们|村民们|市民们)|嫂子|哥哥|姐姐|弟弟|妹妹|妈妈|媽媽|爸爸|母亲|母親|父亲|父親|儿子|兒子|女儿|女兒|丈夫|妻子|老公|老婆|奶奶|爷爷|爺爺|外婆|外公|婆婆|公公|阿姨|叔叔|舅舅|姑姑|孩子|小孩|大爷|大爺|大妈|大媽|大娘|大叔|大婶|大嬸|孙子|孫子|孙女|孫女|朋友|同事|同伴|伙伴|夥伴|邻居|鄰居)[A-Za-z0-9甲乙丙丁戊]?$/u;

/** Whether a voice is a group or a class of people with no name: "球迷", "(大学生)", "嫂子", "受訪專家". */
export function isAnonymousVoice(speaker: Speaker): boolean {
  if (speaker.name !== null || !speaker.role) return false;
  const core = speaker.role.replace(/[\s\u3000]/g, '').replace(/^[（(](.*)[)）]$/, '$1').replace(QUALIFIER, '');
  return core.length >= 2 && core.length <= 6 && CLASS.test(core);
}
