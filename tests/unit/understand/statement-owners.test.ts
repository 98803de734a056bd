/**
 * Who owns a statement in a reporter's prose (prose-voices.ts, pronoun-antecedents.ts): the person named before it
 * in the same sentence, past clauses of what they did ("一名…的胡同学，在转了一圈后…，他不禁感慨道："), a transliterated
 * name with its role, a role then a full name ("应届考生某某："), people chained by semicolons in one sentence, and a
 * report citing someone's words ("援引球迷某某的话称"). Sentences written here, simplified and traditional, with
 * counter-examples that must not give a voice.
 */
import { describe, expect, it } from 'vitest';
import { findPronounAntecedent } from '@/lib/understand/pronoun-antecedents';
import { findSentenceVoice, personOfChunk, readProseVoices } from '@/lib/understand/prose-voices';

const read = (c: string) => personOfChunk(c);
const names = (texts: string[]) => readProseVoices(texts, { text: texts.join('\n') }).voices.map((v) => v.name);

describe('a pronoun that speaks later in the sentence: the person named before it owns the words', () => {
  const yes: Array<[string, string]> = [
    ['一名从宁波赶来参加招聘会的郑同学，在会场转了两圈后只递出一份简历，他不禁感叹道：“适合我的岗位太少了。”', '郑同学'],
    ['一名学机械专业的孔同学经过一番排队，终于见到了招聘方，她指着展板说：“原来企业更看重实习经历。”', '孔同学'],
    ['還沒到中午，來自嶺南大學的程思遠就匆匆離開會場，她要趕去另一場面試：「我只是過來看看有沒有合適的職位。」', '程思遠'],
    ['多年来，祁晓峰跟随球队走遍各地客场，他认为，“球迷的素质一年比一年高。”', '祁晓峰'],
    ['以上是某航空公司总裁让•马尔丹在论坛上列出的一组数字，他在点赞之余感慨道，“这些变化令人印象深刻。”', '让•马尔丹'],
  ];
  it.each(yes)('%s → %s', (text, name) => expect(names([text])).toEqual([name]));

  const no: string[] = [
    // no one named before the pronoun: a pronoun alone is nobody
    '会场外排起了长队，他不禁感叹道：“人真多啊。”',
    // the pronoun does not speak: no verb of saying, no words of theirs after a colon
    '一名从宁波赶来的郑同学，在会场转了两圈，他最后去了食堂。',
    // someone of theirs speaks, not the person named before
    '多年来，祁晓峰跟随球队走遍各地客场，他的父亲随后说，“孩子从小就爱足球。”',
    // a thing named sentences before is no antecedent for a pronoun whose words come after what they did
    '袋子里只剩几粒花生米，米袋子和油壶都空了。已到中午，他只说早上吃过了。',
    // the reporter asks someone unnamed
    '记者问这位老人吃了什么，他只说早上吃过了。',
  ];
  it.each(no)('%s → nobody', (text) => expect(names([text])).toEqual([]));
});

describe('a transliterated name after its role, as the antecedent of a pronoun', () => {
  it('the whole dotted name, never its first part', () => {
    expect(findPronounAntecedent(['看未来发展，某基金的创始人瑞·达尔顿对中国表现出很强的信心。'], read)).toEqual({ name: '瑞·达尔顿', role: '某基金的创始人' });
    expect(findPronounAntecedent(['某公司董事长皮耶•布朗多在论坛上列出一组数字，'], read)).toEqual({ name: '皮耶•布朗多', role: '某公司董事长' });
  });
  it('a bare dotted name (no role) is not taken: it is as often someone talked about', () => {
    expect(findPronounAntecedent(['瑞·达尔顿的新书上个月出版。'], read)).toBeNull();
  });
});

describe('a role word (考生, 人士, 球迷…), then a full name, before the words', () => {
  const yes: Array<[string, string, string]> = [
    ['應屆考生葉朗生說，今年的試題比預期容易，「我覺得可以入到心儀的大學。」', '葉朗生', '應屆考生'],
    ['应届考生许文博：“成绩比预计的好，我很开心。”', '许文博', '应届考生'],
    ['退休人士沈家明表示，希望政府多建公屋。', '沈家明', '退休人士'],
  ];
  it.each(yes)('%s → %s (%s)', (s, name, role) => expect(findSentenceVoice(s)).toEqual({ name, role }));
  const no: string[] = [
    // a role word and then narrative, no name after it
    '应届考生今天领取成绩单，心情激动地说：“终于放榜了。”',
    // a description after a role word that is no name
    '退休人士普遍表示，希望政府多建公屋。',
  ];
  it.each(no)('%s → nobody', (s) => expect(findSentenceVoice(s)).toBeNull());
});

describe('people chained by semicolons in one sentence each own their part', () => {
  it('a street poll in one sentence gives every person named with a verb of saying', () => {
    expect(names(['市民黃先生表示關注房屋問題；另一位黃先生則期望政府簡化收地手續；在港工作的外籍人士白小姐表示，政府應優先照顧本地居民。'])).toEqual(['黃先生', '黃先生', '白小姐']);
    expect(names(['教育工作者马先生认为考试模式变数太多；刘同学则希望政府多发展艺术教育。'])).toEqual(['马先生', '刘同学']);
  });
  it('a part naming no one stays with the part before; a semicolon inside a quotation is no break', () => {
    expect(names(['市民黃先生表示關注房屋問題；樓價太高，年輕人難以上車。'])).toEqual(['黃先生']);
    expect(readProseVoices(['市民黃先生說：「樓價太高；租金也貴。」']).voices[0]!.sentences).toHaveLength(1);
  });
  it('a story listing facts with semicolons gives nobody', () => {
    expect(names(['今年共有四万名考生；其中四成达到入学要求；约一点三人争一个学位。'])).toEqual([]);
  });
});

describe('a report citing someone’s words', () => {
  it('"援引/引述 someone 的话称" with a quotation: that person', () => {
    expect(findSentenceVoice('报道援引球迷祁晓峰的话称，“我们在客场受到了热情欢迎。”')).toEqual({ name: '祁晓峰', role: '球迷' });
    expect(findSentenceVoice('報道引述市民梁先生的話說：「今年的煙花特別好看。」')).toEqual({ name: '梁先生', role: '市民' });
  });
  it('citing an institution, or no quotation after it: nobody', () => {
    expect(findSentenceVoice('报道援引统计局的话称，“今年物价总体平稳。”')).toBeNull();
    expect(findSentenceVoice('报道援引球迷祁晓峰的话称球队表现不错')).toBeNull();
  });
});

describe('government officers count as officials (a story about them is no round of voices)', () => {
  it('a premier and a minister in one story are two officials', () => {
    const r = readProseVoices(['行政院長龔正宇今天表示，高鐵將延伸到南部；交通部長葛明哲表示，路線將在月底審查。', '兩人都到場視察。']);
    expect(r.officials).toBe(2);
    expect(r.ok).toBe(false);
  });
});
