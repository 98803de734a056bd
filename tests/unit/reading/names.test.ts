import { describe, expect, it } from 'vitest';
import { findNames, findTitledNames, readName } from '@/lib/reading/names';
import { segmentWords } from '@/lib/chinese/words';

describe('readName', () => {
  it.each([
    ['渠德鹏', 'qú dé péng'],
    ['单雄信', 'shàn xióng xìn'],
    ['曾国藩', 'zēng guó fān'],
    ['解缙', 'xiè jìn'],
    ['区家麟', 'ōu jiā lín'],
    ['仇英', 'qiú yīng'],
    ['查良镛', 'zhā liáng yōng'],
    ['朴槿惠', 'piáo jǐn huì'],
    ['繁钦', 'pó qīn'],
    ['盖叫天', 'gě jiào tiān'],
    ['乐毅', 'yuè yì'],
    ['华罗庚', 'huà luó gēng'],
    ['任正非', 'rén zhèng fēi'],
    ['尉迟恭', 'yù chí gōng'],
    ['万俟卨', 'mò qí xiè'],
    ['欧阳修', 'ōu yáng xiū'],
    ['闫万玲', 'yán wàn líng'],
    ['张新海', 'zhāng xīn hǎi'],
  ])('%s → %s', (name, expected) => {
    expect(readName(name).join(' ')).toBe(expected);
  });

  it('gives one reading per character and null for non-Han', () => {
    expect(readName('李·娜')).toEqual(['lǐ', null, 'nà']);
    expect(readName('')).toEqual([]);
  });
});

describe('findNames', () => {
  it('finds every occurrence, longest names first, without overlaps', () => {
    const chars = Array.from('曾国藩说，曾国藩之弟曾国荃也说');
    const found = findNames(chars, ['曾国', '曾国藩', '曾国荃']);
    expect(found.map(([s, e]) => chars.slice(s, e).join(''))).toEqual(['曾国藩', '曾国藩', '曾国荃']);
  });

  it('ignores one-character "names" (a lone 单 in running text is a word)', () => {
    expect(findNames(Array.from('单位'), ['单'])).toEqual([]);
  });
});

describe('findTitledNames (names nobody listed, introduced by a title)', () => {
  function titled(text: string): string[] {
    const chars = Array.from(text);
    const starts = new Set(segmentWords(text).map((w) => w.start));
    starts.add(chars.length);
    return findTitledNames(chars, starts).map(([s, e, r]) => `${chars.slice(s, e).join('')} ${r.join(' ')}`);
  }

  it.each([
    ['局长单晓峰带队赴浙江考察。', '单晓峰 shàn xiǎo fēng'],
    ['区委书记曾志强在调研时要求。', '曾志强 zēng zhì qiáng'],
    ['主治医生查文华表示，患者平稳。', '查文华 zhā wén huá'],
    ['首席预报员朴长春介绍。', '朴长春 piáo cháng chūn'],
    ['（记者 华少峰）', '华少峰 huà shǎo fēng'],
    // Hong Kong offices, and a two-character given name before the possessive 的
    ['立法会议员曾志明回应时表示。', '曾志明 zēng zhì míng'],
    ['局长曾国平的答复指出。', '曾国平 zēng guó píng'],
    ['署长单家乐宣布新措施。', '单家乐 shàn jiā lè'],
  ])('%s → %s', (text, expected) => {
    expect(titled(text)).toEqual([expected]);
  });

  it.each([
    '书记曾多次强调要抓好落实。',
    '主任曾是一名教师。',
    '委员解释说，方案可行。',
    '记者查看了现场。',
    '局长任职期间成绩突出。',
    '村民种果树、养肉牛。',
    '选手乐观地说。',
    '医生查房后说。',
    '院长单独会见了他。',
    '单位解决了问题。',
    // before 的 only a given name that is no dictionary word: an adverb and its verb stay
    '议员曾批评的做法。',
    '主席曾多年的努力。',
    '局长单方面的决定。',
  ])('finds no name in %s', (text) => {
    expect(titled(text)).toEqual([]);
  });
});
