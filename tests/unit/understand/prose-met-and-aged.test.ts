/**
 * People the reporter's prose introduces without a verb of saying next to their name: the person the reporter met
 * ("见到…场长某某时，他告诉记者"), a pupil by full name and 同学, a doubled pseudonym ("丽丽分析"), a
 * name with an aside ("小某(化名)…，他说"), a titled person who did something first ("…书记某某显得很沉静，他对记者说").
 * Also the scene "在…现场" between a name and its verb, and "对他来说，" as the view of the person just named.
 * Sentences written here in the shapes of mainland, Hong Kong and Taiwan pages, each with look-alikes that name no one.
 */
import { describe, expect, it } from 'vitest';
import { personOfChunk, readProseVoices } from '@/lib/understand/prose-voices';
import { findPronounAntecedent } from '@/lib/understand/pronoun-antecedents';

const names = (...paragraphs: string[]) => readProseVoices(paragraphs).voices.map((v) => v.name);

describe('a pronoun speaking after a person the prose names before it', () => {
  it.each([
    ['记者在驻地见到全国人大代表、某某水产场场长李瑞明时，他告诉记者，报告里和农业有关的内容自己都多看了几遍。', '李瑞明'],
    ['記者走訪時遇到剛下班的護士張麗華時，她告訴記者，今年醫院的病人比往年多了不少。', '張麗華'],
    ['与王建国相比，福建省某县溪口村党支部书记林和平显得比较沉静，他对记者说，农村占用耕地的现象很突出。', '林和平'],
    ['今年廿五歲的小陳(化名)五年前到台北讀書，談起租屋，他說，想在台北租一間像樣的套房並不容易。', '小陳'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    // a scene met, no person in it
    '每次见到这种情况时，他告诉记者，心里都很难受。',
    '见到我们的时候，他说，这条路已经修了三年。',
    '18岁的时候，他说自己想去当兵，后来去了南方。',
  ])('%s names no one', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('reads the met person off the words before the pronoun', () => {
    expect(findPronounAntecedent(['记者在驻地见到全国人大代表、某某水产场场长李瑞明时，'], (c) => personOfChunk(c))?.name).toBe('李瑞明');
    expect(findPronounAntecedent(['见到这种情况时，'], (c) => personOfChunk(c))).toBeNull();
  });
});

describe('a passer-by introduced by age, a pupil by full name and 同学', () => {
  it.each([
    ['35岁的李建华', '李建华', '35岁的'],
    ['四十八歲的王建國', '王建國', '四十八歲的'],
    ['陈雨萱同学', '陈雨萱', null],
    ['六年级的王小明同学', '王小明', '六年级的'],
    ['李小朋友', '李小朋友', null],
    // a doubled given name, a vox pop's pseudonym
    ['丽丽', '丽丽', null],
  ])('%s → %s', (chunk, name, role) => {
    expect(personOfChunk(chunk)).toEqual({ name, role });
  });

  it.each(['18岁的时候', '各位同学', '同学们', '纷纷', '常常', '爸爸', '姐姐'])('%s is no one', (chunk) => {
    expect(personOfChunk(chunk)).toBeNull();
  });

  it('gives the words after a pronoun to the person the sentence before introduced by age', () => {
    expect(names('48歲的王建國是一位出租車司機，做這行已有兩年。他告訴記者，今年生意不好做，收入少了很多。')).toEqual(['王建國']);
  });

  it('names a pupil by full name before a verb of saying', () => {
    expect(names('太空手表是什么？陈雨萱同学告诉记者，她从小爱看星星，最想要这样一块表。')).toEqual(['陈雨萱']);
  });

  it('names a doubled pseudonym before a verb of saying, not an adverb', () => {
    expect(names('丽丽在一家博物馆负责布展工作。丽丽分析，博物馆越来越受欢迎，一方面是因为展品丰富。')).toEqual(['丽丽']);
    expect(names('游客们纷纷表示，今年的展览比往年更精彩，排队也更有秩序。')).toEqual([]);
  });
});

describe('a scene at a venue, a view by pronoun', () => {
  it('reads the speaker after a quotation past 曾 and 在…现场', () => {
    expect(names('“这台晚会已成为我们全家每年春节必看的节目。”田志飞曾在晚会录制现场对记者说，自己获邀参加录制已有多年。')).toEqual(['田志飞']);
  });

  it('gives "对他来说，" to the person the sentence before is about', () => {
    expect(names('郑建华开电动车跑网约车已经三年。对他来说，电动车在成本上更划算，一公里只要几毛钱。')).toEqual(['郑建华']);
    // nobody named before it: no one
    expect(names('这条路修了三年，终于通车了。对他来说，这是最开心的一天，以后回家方便多了。')).toEqual([]);
  });
});

describe('简单 before a verb of saying is "briefly", no name', () => {
  it.each([
    '簡單來說，這次調整主要是為了減輕家長的負擔，學校會再發通知。',
    '节目开始时，主持人请张老师简单的介绍这些年教书的经历。',
    '先請王教授簡單說兩句，再開放現場提問。',
  ])('%s names no one', (text) => {
    expect(names(text)).toEqual([]);
  });
});
