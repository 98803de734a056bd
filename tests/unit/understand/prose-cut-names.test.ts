/**
 * Names the prose reader cut short or read with junk, and speakers it missed for a word around the name
 * (lib/understand/prose-voices.ts, pronoun-antecedents.ts): a field inside a title chain read as the name, a name
 * before a date, a count read as a name, a married name of two surnames, a farmer by crop, a child, a sigh, a list
 * of deeds ending in an ellipsis. Sentences written here, with made-up people.
 */
import { describe, expect, it } from 'vitest';
import { findSentenceVoice, personOfChunk, readProseVoices, titledSubject } from '@/lib/understand/prose-voices';
import { findPronounAntecedent } from '@/lib/understand/pronoun-antecedents';

describe('titledSubject: the name after the whole title', () => {
  const yes: Array<[string, string, string]> = [
    // a field inside the title chain is no name: "…学院|经济学|讲座教授|何家伟"
    ['在上午的分论坛上，某大学商学院经济学讲座教授何家伟也谈了自己的看法。', '何家伟', '某大学商学院经济学讲座教授'],
    // a married name of two surnames read whole
    ['公民党主席陈冯美琪认为，补贴应当直接发到市民手里。', '陈冯美琪', '公民党主席'],
    ['公民党主席陈冯美琪，昨天出席了记者会。', '陈冯美琪', '公民党主席'],
    // a farmer by what they grow
    ['果农钟德胜摘下一个苹果尝了尝。', '钟德胜', '果农'],
    // a two-surname start that is one full name and a verb: no fourth character taken
    ['菜农侯文明剥开菜叶看了看。', '侯文明', '菜农'],
  ];
  it.each(yes)('%s → %s (%s)', (s, name, role) => expect(titledSubject(s)).toEqual({ name, role }));

  it('a count is no name: "代表团连续五届…"', () => {
    expect(titledSubject('在刚结束的运动会上，省代表团连续五届位列奖牌榜第一。')).toBeNull();
  });
});

describe('findSentenceVoice: the speaker around a date, an address, a sigh, an ellipsis', () => {
  const yes: Array<[string, string]> = [
    ['政治大学教授潘立成12日受访时表示，改革的步子还可以再大一些。', '潘立成'],
    ['一起来看灯的小朋友周可欣表示，兔子灯最好看。', '周可欣'],
    ['在超市做收银的林小姐大叹，今年的奖金只有一个红包。', '林小姐'],
    ['种菜、养鸡、修水渠、办夜校……村党支部书记邓永和说，这些事一件件都要落实。', '邓永和'],
  ];
  it.each(yes)('%s → %s', (s, name) => expect(findSentenceVoice(s)?.name).toBe(name));

  it('no speaker without a verb of saying after the sigh word', () => {
    expect(findSentenceVoice('在超市做收银的林小姐大步走出门，外面下着雨。')).toBeNull();
  });
});

describe('findPronounAntecedent: a name before a date is read whole', () => {
  const read = (c: string) => personOfChunk(c);
  it.each([
    ['政治大学教授潘立發12日出席座谈会。', '潘立發'],
    ['政治大学教授潘立發在座谈会上发言。', '潘立發'],
    ['政治大学教授潘立發，在座谈会上发言。', '潘立發'],
  ])('%s → %s', (s, name) => expect(findPronounAntecedent([s], read)?.name).toBe(name));

  it('not a third character before what goes on as a word: "王明发12条…"', () => {
    expect(findPronounAntecedent(['委员王明发12条微博回应质疑。'], read)?.name).toBe('王明');
  });
});

describe('readProseVoices: a paragraph introducing a person in a later sentence, their words in the next', () => {
  it('the quotation opening the next paragraph is theirs', () => {
    const r = readProseVoices([
      '在千里之外的北方平原上，稻田也已经一片金黄。稻农钟德胜弯腰拔起一株稻子，仔细看了看稻穗。',
      '“今年的收成差不了，下个礼拜就开镰！”他家的合作社种了三千多亩水稻，亩产比去年又高了一截。',
    ]);
    expect(r.voices.map((v) => v.name)).toEqual(['钟德胜']);
  });
  it('unless the next sentence names who said it', () => {
    const r = readProseVoices([
      '各地社团是办年货市集的主力。某华人商会会长丁国平给记者发来了市集的照片，一张比一张热闹。',
      '“这边的年味一年比一年浓了。”某中法友好协会主席罗志成说，协会每年都办灯会和书法展，来的人越来越多。',
    ]);
    expect(r.voices.map((v) => v.name)).toEqual(['罗志成']);
  });
});

describe('findSentenceVoice: an observation, a feeling put in words, words cited as theirs', () => {
  const yes: Array<[string, string]> = [
    ['何思敏则注意到，上世纪的女工为了同工同酬争了很多年。', '何思敏'],
    ['某师范大学历史系主任邹文博这样表达心声。', '邹文博'],
    ['用某研究会副秘书长方慧玲的话来说：“参加座谈的同学各有各的故事。”', '方慧玲'],
  ];
  it.each(yes)('%s → %s', (s, name) => expect(findSentenceVoice(s)?.name).toBe(name));

  it('not what someone noticed without a comma after it, nor a feeling with no words', () => {
    expect(findSentenceVoice('何思敏注意到路边的小猫。')).toBeNull();
    expect(findSentenceVoice('某师范大学历史系主任邹文博表达能力很强。')).toBeNull();
  });
});

describe('readProseVoices: a pronoun, what it did, then a verb of saying', () => {
  it('"他结合…指出，" after a quotation goes back to the titled person before it', () => {
    const r = readProseVoices([
      '某国际问题研究所所长梁振邦的日常工作，就是跟踪各国对中国政策的评论。“从目前看，报告在海外引起了很大反响。”他结合多年观察指出，外界最关注的是开放的新举措。',
    ]);
    expect(r.voices.map((v) => v.name)).toEqual(['梁振邦']);
  });
  it('not "他们…表示", a group', () => {
    const r = readProseVoices(['某国际问题研究所所长梁振邦走访了几所大学。他们经过讨论表示，下学期再办一次。']);
    expect(r.voices).toEqual([]);
  });
});
