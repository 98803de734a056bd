/**
 * A portal's round-up of posts under the posters' handles (lib/understand/netizen-handle-labels.ts): "网友某某：…"
 * lines of two or more distinct handles are voices; a column's word after 网友 is no handle. Lines written here.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';

const labels = (lines: string[]): Array<string | null | undefined> =>
  parseBlocks(blocksFromText(lines.join('\n')), { fromDocument: false })
    .lines.filter((it) => it.kind === 'label' && !it.host)
    .map((it) => it.speaker?.name);

describe('netizen handle lines', () => {
  it.each<[string, string[], string[]]>([
    [
      'two distinct handles, each over a post',
      [
        '年轻人该不该回县城？',
        '网友晚风轻轻吹：县城节奏慢，房子便宜，可是工资也低，回去之后总觉得少了点什么。',
        '网友7号码头：在大城市租房十年了，还是觉得回老家买套房更踏实，至少父母在身边。',
      ],
      ['晚风轻轻吹', '7号码头'],
    ],
    [
      'traditional',
      [
        '假期你去哪裡？',
        '網友小島慢慢：今年不出門了，在家陪孩子看書，反而過得很充實。',
        '網友阿木木：排隊三小時只為拍一張照片，我再也不去熱門景點了。',
      ],
      ['小島慢慢', '阿木木'],
    ],
  ])('%s', (_, lines, names) => expect(labels(lines)).toEqual(names));

  it.each<[string, string[]]>([
    ['a column word repeated', ['网友观点：县城节奏慢，房子便宜，可是工资也低。', '网友观点：在大城市租房十年了，还是想回老家。']],
    ['one handle alone', ['年轻人该不该回县城？', '网友晚风轻轻吹：县城节奏慢，房子便宜，可是工资也低，回去之后总觉得少了点什么。']],
    ['the reporter saying what netizens said', ['网友表示：县城节奏慢，房子便宜，可是工资也低。', '网友纷纷留言：在大城市租房十年了，还是想回老家。']],
  ])('counter-example: %s', (_, lines) => expect(labels(lines)).toEqual([]));
});
