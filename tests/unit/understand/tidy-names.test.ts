/** A name read back once the feature is parsed (tidy-names.ts): run-ons cut, hearing labels read, names and titles put back. */
import { describe, expect, it } from 'vitest';
import type { Speaker } from '@/lib/outline';
import { readHearingLabel } from '@/lib/understand/names';
import { cutRunOnInText, cutRunOnName, tidyName } from '@/lib/understand/tidy-names';

describe('cutRunOnName', () => {
  it.each<[string, string | null]>([
    // what the person did next, read into the name: a verb of submitting or saying, the occasion, a manner
    ['孙立婕提交', '孙立婕'],
    ['冯晓提交', '冯晓'],
    ['程敏華受訪時', '程敏華'],
    ['葛瑞會後', '葛瑞'],
    ['苏文清深有感触地', '苏文清'],
    ['邵海明表示', '邵海明'],
    ['歐陽志明指出', '歐陽志明'],
    // one character that may close a given name is cut only after a name that reads whole
    ['范家安今', '范家安'],
    ['鄧嘉文當', '鄧嘉文'],
    // the time of day it happened
    ['吴立峰上午', '吴立峰'],
    ['陳美玲下午', '陳美玲'],
    ['周读今', null],
    // a transliterated name's last part ran on
    ['玛丽亚·桑切斯之所', '玛丽亚·桑切斯'],
    ['玛丽亚·桑切斯', null],
    // names that hold such a character, or are none, stay
    ['张今明', null],
    ['王则', null],
    ['李明', null],
    ['今天表示', null],
    ['Amy今', null],
  ])('%s → %s', (name, want) => {
    expect(cutRunOnName(name)).toBe(want);
  });
});

describe('readHearingLabel', () => {
  it.each<[string | null, string | null, { name: string; role: string } | null]>([
    // a hearing's record: surname, title, given name
    [null, '江委員佳蓉', { name: '江佳蓉', role: '委員' }],
    ['明德', '黃主任委員', { name: '黃明德', role: '主任委員' }],
    [null, '吳部長國安', { name: '吳國安', role: '部長' }],
    [null, '蔡副院長志成', { name: '蔡志成', role: '副院長' }],
    [null, '林委员晓东', { name: '林晓东', role: '委员' }],
    // a title alone, an office, a body, a verb after a title: no name to read
    [null, '主席', null],
    [null, '委員', null],
    [null, '立法委員', null],
    [null, '陳委員會', null],
    ['表示', '王部長', null],
    ['佳蓉', '衛生福利部', null],
    // a councillor's full name after the council's level: a role and a name, as given
    ['陳大文', '區議員', null],
    ['文華', '區議員', null],
    ['志明', '市議員', null],
    // a verb after the title: the reporter's sentence, not a given name
    [null, '李局長指出', null],
    [null, '王部長表示', null],
  ])('%s / %s → %j', (name, role, want) => {
    expect(readHearingLabel(name, role)).toEqual(want);
  });
});

describe('cutRunOnInText: a name read against its mentions on the page', () => {
  it.each<[string, string, string | null]>([
    // the role printed right after the name, no space between
    ['周海全', '周海全国人大代表、某市医院院长：“社区医生太少了。”', '周海'],
    ['钱立中', '钱立中国科学院院士、某大学教授', '钱立'],
    ['劉文全', '劉文全國人大代表劉文說，…', '劉文'],
    // a time word the last character opens
    ['黄明现', '黄明现在是一家公司的老板，他说…', '黄明'],
    // a Cantonese honorific, then what the person did
    ['梁太居', '梁太居於公屋三十年。', '梁太'],
    ['鄭生指', '鄭生指：「我哋都冇辦法。」', '鄭生'],
    // a real three-character name: some mention of it reads whole, or nothing after it opens a word
    ['周海全', '周海全国人大代表周海全说，…周海全表示，…', null],
    ['陈中华', '陈中华说，他来自农村。', null],
    ['王建国', '王建国家住城西。', null],
    ['梁太平', '梁太平表示支持。', null],
    // not on the page, or no surname
    ['周海全', '没有这个名字', null],
    ['全国人', '全国人大代表', null],
  ])('%s in %s → %s', (name, text, want) => {
    expect(cutRunOnInText(name, text)).toBe(want);
  });

  it('tidyName uses the page text it is given', () => {
    expect(tidyName({ name: '周海全', role: null }, '周海全国人大代表、某市医院院长')).toEqual({ name: '周海', role: null });
    // the cut character opens the role the reader took without it: it goes back to the role
    expect(tidyName({ name: '周海全', role: '国人大代表、某市医院院长' }, '周海全国人大代表、某市医院院长')).toEqual({ name: '周海', role: '全国人大代表、某市医院院长' });
    // a role printed elsewhere keeps its own first character
    expect(tidyName({ name: '黄明现', role: '某公司经理' }, '某公司经理黄明现在是老板')).toEqual({ name: '黄明', role: '某公司经理' });
    expect(tidyName({ name: '周海全', role: null })).toEqual({ name: '周海全', role: null });
  });
});

describe('tidyName', () => {
  it.each<[Speaker, Speaker]>([
    // the title taken for the name, the name for the role
    [{ name: '老師', role: '葉其芳' }, { name: '葉其芳', role: '老師' }],
    [{ name: '教授', role: '曾立群' }, { name: '曾立群', role: '教授' }],
    // a hearing's label
    [{ name: null, role: '江委員佳蓉' }, { name: '江佳蓉', role: '委員' }],
    // a group or an organisation given as the name speaks without a person's name
    [{ name: '民眾', role: null }, { name: null, role: '民眾' }],
    [{ name: '宣传处', role: '某市交通管理局' }, { name: null, role: '某市交通管理局宣传处' }],
    [{ name: '勞工局', role: null }, { name: null, role: '勞工局' }],
    // a run-on name
    [{ name: '孙立婕提交', role: '全国政协委员' }, { name: '孙立婕', role: '全国政协委员' }],
    // with the date printed after 今, which went to the role
    [{ name: '范家安今', role: '某醫學會理事長(8日)' }, { name: '范家安', role: '某醫學會理事長' }],
  ])('%j → %j', (speaker, want) => {
    expect(tidyName(speaker)).toEqual(want);
  });

  it.each<Speaker>([
    // a handle is whatever its owner chose
    { name: '小鹿今', role: '网友' },
    { name: '深夜表示', role: '微博网友' },
    // a given name may end on 社; an organisation of one character is no name to judge
    { name: '王建社', role: '村民' },
    // a title for a name with an organisation, not a name, for its role
    { name: '老師', role: '某中學' },
    { name: '主任', role: '市教育局' },
    // nothing to mend
    { name: '邵海明', role: '市民' },
    { name: null, role: '嘉宾' },
    { name: null, role: null },
  ])('%j stays', (speaker) => {
    expect(tidyName(speaker)).toBe(speaker);
  });
});
