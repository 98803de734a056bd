/**
 * The reporter's ways of introducing a person before their words (lib/understand/prose-voices.ts): called by a name
 * ("一位叫某某的小伙子"), a word for a person before 小/老 + surname ("旁边的女孩小某"), and a described person whose
 * verb of saying comes in a later clause with the subject left out ("78岁的某某…，难过地说"). Sentences written
 * here, simplified and traditional, each form with counter-examples (names must come out exact).
 */
import { describe, expect, it } from 'vitest';
import { findSentenceVoice, readProseVoices } from '@/lib/understand/prose-voices';

describe('findSentenceVoice: a person introduced before their words', () => {
  const yes: Array<[string, string, string | null]> = [
    // called by a name, then what they are (a word for a young man or a girl, kept here, role-tidy.ts drops)
    ['其中一位叫小江的小伙子兴奋地说：“明天就到家了！”', '小江', '小伙子'],
    ['一位名叫阿杰的姑娘笑着说：“票是抢到的。”', '阿杰', '姑娘'],
    ['一位叫韩立新的司机告诉记者：“今年客人多。”', '韩立新', '司机'],
    ['一位叫Lily的留學生說：「這裡很安全。」', 'Lily', '留學生'],
    // a word for a person before 小/老 + surname
    ['旁边的女孩小钱接着说：“我也想家了。”', '小钱', '旁边的女孩'],
    ['环卫工人老褚说：“过年我们也不休息。”', '老褚', '环卫工人'],
    ['乘客小蒋说：“车厢里很暖和。”', '小蒋', '乘客'],
    // a described person whose verb of saying comes in a later clause, its subject left out
    ['72岁的柏玉兰前天买了两斤猪肉，回家后才发现不新鲜，生气地说，以后再也不去那家了。', '柏玉兰', '72岁的'],
    ['選委界溫啟明同樣關注公屋輪候時間，指輪候太久令年輕人失去希望。', '溫啟明', '選委界'],
    ['退休教师喻兰芳则关注社区食堂，认为价格还可以再低一些。', '喻兰芳', '退休教师'],
    ['退休工人车志刚今年已经七十岁，他坦言，身体还硬朗。', '车志刚', '退休工人'],
    // a Hong Kong vox pop's given name after who they are: a Latin name, 阿 + a character, a character + a kinship word
    ['市民Joe表示，新巴士線方便了很多。', 'Joe', '市民'],
    ['從事裝修業的阿標慨嘆：「工程少了一半。」', '阿標', '從事裝修業的'],
    ['另一位街坊娟姐則說：「我都咁諗。」', '娟姐', '另一位街坊'],
    // a seminar's round-up: a titled speaker and what the talk did, the verb with 了 however far
    ['某师范大学历史学院副教授符文涛引用多份地方志分析了清代移民的路线，并提出了新的看法。', '符文涛', '某师范大学历史学院副教授'],
    ['某大學社會學系講師甘慧敏分別從家庭、學校和社區三個層面探討了青少年的壓力來源。', '甘慧敏', '某大學社會學系講師'],
  ];
  it.each(yes)('%s → %s', (s, name, role) => expect(findSentenceVoice(s)).toEqual({ name, role }));

  const no = [
    // 叫 before a place or a time, not a person
    '有个叫杨家的村子说起来很有名。',
    '他叫徐明的时候说：“到了。”',
    // the description holds the sentence's own action on someone else
    '陶建军昨天拜访了住在城东的华建平，表示感谢。',
    // a name cut past its end: a preposition or a verb after a two-character name is no third character of it
    '全国人大代表戚丽在说完建议后，又提到了农民工问题。',
    '章萌用“很紧张”来形容第一次面试。',
    // 向 before 政府 is the preposition, not a surname
    '就社會問題進行研究，向政府提出建議。',
    // a pronoun in the description: someone else's sentence ("计划" is a word a surname opens)
    '她乐见政府提出重建旧区的计划，认为方向正确。',
    // a bare name opening the sentence: a story's subject as often as a voice
    '鲍志刚昨天到访，表示感谢。',
    // where the name ends is not marked (a verb right after it): no name rather than a wrong one
    '市民费建看完报道后，对记者说：“好。”',
    // a kinship word after 大, 表, 老: who they are to someone, no name
    '隔壁的大姐说：“菜又涨价了。”',
    '一位市民大叔说：“好。”',
    // a talk's verb after no title: a meeting, a describing clause, a bare name
    '本次研讨会探讨了两岸青年交流的前景。',
    '在城东开店的鲁建平分享了经验。',
    // no verb of saying in a later clause
    '72岁的柏玉兰前天买了两斤猪肉，回家后才发现不新鲜。',
  ];
  it.each(no)('%s → none', (s) => expect(findSentenceVoice(s)).toBeNull());
});

describe('readProseVoices: the quoted words first, then who said them', () => {
  const voice = (text: string) => readProseVoices([text], { text }).voices.map((v) => [v.name, v.role]);
  it.each([
    // the manner and an addressee between the person and the verb: the name ends before them
    ['“票是提前一个月抢的。”大学生小戚笑着对记者说。', '小戚', '大学生'],
    ['“票是提前一个月抢的。”小戚高兴地对记者说。', '小戚', null],
    // the speaker revealed after the words
    ['“票是提前一个月抢的。”说这话的是来自贵州的务工人员萧建军。', '萧建军', '来自贵州的务工人员'],
    ['「票是提前一個月搶的。」說這番話的，是在車站等車的岑伯伯。', '岑伯伯', '在車站等車的'],
  ])('%s → %s', (text, name, role) => expect(voice(text)).toEqual([[name, role]]));
  it.each([
    // an anonymous speaker revealed: nobody
    '“票是提前一个月抢的。”说这话的是一位老人。',
    // someone talked about, not the speaker
    '“票是提前一个月抢的。”这话让萧建军想起了往年。',
  ])('%s → none', (text) => expect(voice(text)).toEqual([]));
});

describe('readProseVoices: a full name the piece introduced after a title, then gives again', () => {
  const voice = (texts: string[]) => readProseVoices(texts, { text: texts.join('\n') }).voices.map((v) => [v.name, v.role]);
  it.each([
    // a surname the name list does not hold, introduced after a title, then bare after a quotation
    [['政协委员、某校副教授达云钦就是迟到的一员。“我是两点到的，半个小时都没进来。”达云钦说，不少委员都在找车位。'], '达云钦'],
    // a given name with a character few names hold (会), named after a title and again
    [['某协会副会长白会平对此深有体会：“这份荣誉属于大家。”', '白会平还有着更长远的期盼：“希望更多孩子参与进来。”'], '白会平'],
  ])('%s → %s', (texts, name) => expect(voice(texts).map(([n]) => n)).toContain(name));
  it.each([
    // never introduced with a title: the name list's doubt stands
    [['“我是两点到的，半个小时都没进来。”达云钦说，不少委员都在找车位。']],
    // after a title once, never again: a passing mention
    [['某协会副会长白会平对此深有体会：“这份荣誉属于大家。”']],
  ])('%s → none', (texts) => expect(voice(texts)).toEqual([]));
});
