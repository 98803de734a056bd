/**
 * Statements each headed by the author's name on its own line (lib/understand/name-head-lines.ts, name-first comma
 * labels in lib/understand/lines.ts): a bare name over title lines, a name run into its titles, "某某，某校教授" over
 * the text. Two or more distinct people make the layout; a portrait's caption over a story does not. Lines written here.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { matchLabel } from '@/lib/understand/lines';
import { parseBlocks } from '@/lib/understand/parse';

const voices = (lines: string[]) =>
  parseBlocks(blocksFromText(lines.join('\n')), { fromDocument: false })
    .lines.filter((it) => it.kind === 'label' && !it.host && (it.evidence ?? 0) >= 2)
    .map((it) => [it.speaker?.name, it.speaker?.role ?? null]);

const SAYS_A = '我一直觉得，做研究最要紧的是找准问题，问题找对了，方法和团队自然会跟上来，这是我几十年的体会。';
const SAYS_B = '年轻人要敢于坐冷板凳，十年磨一剑不是一句空话，实验室里的每一次失败都在为下一次成功铺路。';

describe('name head lines', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    [
      'a bare name over title lines',
      ['科学家谈创新', '周立群', '中国科学院院士', '东海大学海洋研究所所长', SAYS_A, '郑海波', '中国工程院院士', SAYS_B],
      [['周立群', '中国科学院院士 东海大学海洋研究所所长'], ['郑海波', '中国工程院院士']],
    ],
    [
      'the name run into its titles (traditional)',
      ['人才培養筆談', '周立群中國科學院院士東海大學校長', SAYS_A, '郑海波中國工程院院士南山醫學院副院長', SAYS_B],
      [['周立群', '中國科學院院士東海大學校長'], ['郑海波', '中國工程院院士南山醫學院副院長']],
    ],
    [
      'bare names, the roles from the guest list',
      ['嘉宾名单', '周 立群 东海大学教授', '郑海波 南山医学院院长', '问：科研和科普怎样兼顾？', '周立群', SAYS_A, '郑海波', SAYS_B],
      [['周立群', '东海大学教授'], ['郑海波', '南山医学院院长']],
    ],
    [
      'the name, a comma, the titles, alone over the text',
      ['学者看两会', '周立群，东海大学海洋研究所资深研究员', SAYS_A, '郑海波，南山研究院主任、资深研究员', SAYS_B],
      [['周立群', '东海大学海洋研究所资深研究员'], ['郑海波', '南山研究院主任、资深研究员']],
    ],
    [
      'a bare name over the person\'s particulars, an age then what they did',
      ['退休以后', '周立群', '66岁，原纺织厂工人。', SAYS_A, '郑海波', '71岁，原中学教师。', SAYS_B],
      [['周立群', '66岁，原纺织厂工人'], ['郑海波', '71岁，原中学教师']],
    ],
  ])('%s', (_, lines, expected) => expect(voices(lines)).toEqual(expected));

  it.each<[string, string[]]>([
    ['one name only', ['科学家谈创新', '周立群', '中国科学院院士', SAYS_A, '实验室里灯火通明，学生们还在忙碌。']],
    ['bare names with no title anywhere (portraits over the text)', ['创新笔谈', '周立群', SAYS_A, '郑海波', SAYS_B]],
    ['an age and a sentence under each name, no occupation', ['退休以后', '周立群', '66岁，喜欢钓鱼。', SAYS_A, '郑海波', '71岁，身体还好。', SAYS_B]],
    ['portrait captions over a story about each', ['周立群', '周立群今年六十岁，在海边的研究所工作了三十年，每天最早到实验室。', '郑海波', '郑海波是他的学生，如今也带起了自己的团队，常常回来看望老师。']],
  ])('counter-example: %s', (_, lines) => expect(voices(lines)).toEqual([]));

  it.each<[string, string | null]>([
    ['周立群，全国政协委员、东海大学校长：我们要把人才放在第一位。', '周立群，全国政协委员、东海大学校长'],
    ['周立群，他在会上说：我们要把人才放在第一位。', null],
  ])('name-first comma label: %s', (text, label) => expect(matchLabel(text)?.label ?? null).toBe(label));
});
