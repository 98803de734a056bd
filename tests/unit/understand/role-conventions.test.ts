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
    ['另一位读者', '读者'],
    // a noun, then 由: the agent of a passive sentence ("提案由…"); 由 or 来自 opening a title
    ['提案由政協委員、工商聯', '政協委員、工商聯'],
    ['由某協會主席', '某協會主席'],
    ['来自某大学出版社社长、总编辑', '某大学出版社社长、总编辑'],
    ['其60歲朋友', '60歲朋友'],
    // a describing clause before a title of office: the title is what they are
    ['一直关注此议题的某某党主席', '某某党主席'],
    ['从小在厂区长大的某集团总裁', '某集团总裁'],
    ['在機場正準備登車的全國政協委員', '全國政協委員'],
    // where they come from, live or stand: how the reporter met them
    ['来自江西的', null],
    ['來自屯門的', null],
    ['住在老城区的', null],
    ['居住在北角的退休教師', '退休教師'],
    ['入住某邨二十年的互委會主席', '互委會主席'],
    ['就读于某中学的高二学生', '高二学生'],
    ['正在排队买菜的', null],
    ['旁边的市民', '市民'],
    ['身旁的店員', '店員'],
    // quote marks around the whole role; a note on the name
    ['“暴走妈妈”', '暴走妈妈'],
    ['「街坊代表」', '街坊代表'],
    ['与邻居有纠纷的(化名)', '与邻居有纠纷的'],
    ['議員(圖)', '議員'],
    ['的', null],
    [null, null],
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
    // a clause before a group word or a short noun says who they are: kept ("由…來港…的" is where they came from)
    ['居住在本港的外籍人士', '居住在本港的外籍人士'],
    ['从事贸易工作的北京市民', '从事贸易工作的北京市民'],
    ['开了二十年茶馆的老板', '开了二十年茶馆的老板'],
    ['由上海來港工作半年的', '由上海來港工作半年的'],
    ['北京大学的历史系教授', '北京大学的历史系教授'],
    ['一名大学老师', '一名大学老师'],
  ])('%s → %s', (role, want) => {
    expect(tidyRole(role)).toBe(want);
  });
});

describe('findIntroducedRole: the role the piece met the person with', () => {
  it.each([
    // a list of what they are, joined by 、
    ['这次活动中，香港志愿者、某大学金融专业大二学生李小梅在场馆担任引导员。李小梅说，收获很大。', '李小梅', '香港志愿者、某大学金融专业大二学生'],
    ['新春将至，甲市市长张大明和乙市市长王一平分别发表贺词。张大明表示，祝福大家。', '张大明', '甲市市长'],
    // where they come from is dropped, what they are stays
    ['除夕夜，来自老挝的留学生阮文山在寝室包饺子。阮文山说，他很喜欢中国的春节。', '阮文山', '留学生'],
    ['座談會由越南籍新住民阮氏花分享經驗。阮氏花說，剛來時很不習慣。', '阮氏花', '越南籍新住民'],
    // counter-examples: no role word, or a sentence about them
    ['张大明今天很高兴。张大明说，天气很好。', '张大明', null],
    ['和平区的张大明说，天气很好。', '张大明', null],
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
      { name: '王女士', role: null },
      { name: '刘先生', role: '市民' },
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
