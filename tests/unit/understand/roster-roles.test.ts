/**
 * A roster over a written round-table, then the answers under bare names (lib/understand/roster-roles.ts): each
 * "某某：…" label takes the posts its roster line gives. Lines written here.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';

const speakers = (lines: string[]) =>
  parseBlocks(blocksFromText(lines.join('\n')), { fromDocument: false })
    .lines.filter((it) => it.kind === 'label' && !it.host && it.text)
    .map((it) => [it.speaker?.name, it.speaker?.role ?? null]);

const A = '周立群：我在海边的研究所待了三十年，最深的体会是科普和科研同样要紧，两头都不能丢。';
const B = '郑海波：年轻人要敢于坐冷板凳，实验室里的每一次失败都在为下一次成功铺路，这一点我深有体会。';

describe('roster roles', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    ['posts in brackets', ['本期嘉宾', '周立群(东海大学海洋研究所所长)', '郑海波(南山医学院院长)', '问：科研和科普怎样兼顾？', A, B], [['周立群', '东海大学海洋研究所所长'], ['郑海波', '南山医学院院长']]],
    ['a seat word, a space, the post', ['特邀嘉宾：', '周立群代表 东海县白沙乡乡长', '郑海波委员 南山医学院院长', A, B], [['周立群', '代表 东海县白沙乡乡长'], ['郑海波', '委员 南山医学院院长']]],
    ['a spaced name, a space, the post', ['嘉宾名单', '周立群 东海大学教授', '郑 海波 南山医学院院长', A, B], [['周立群', '东海大学教授'], ['郑海波', '南山医学院院长']]],
    ['no roster: bare names stay bare', ['两位老师谈科普', A, B], [['周立群', null], ['郑海波', null]]],
  ])('%s', (_, lines, expected) => expect(speakers(lines)).toEqual(expected));
});
