import { describe, expect, it } from 'vitest';
import { findNames, readName } from '@/lib/reading/names';

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
