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

describe('netizen handles in quotes or alone on their line', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    [
      'handles in corner quotes, a colon after the word or not',
      ['消息一出，網民紛紛留言。', '網民「月光下的貓」：「上次的錢都還沒收到，又要派？」', '網民:「阿強 #:)」：「我等了半年，到現在還沒有消息。」'],
      [['月光下的貓', '網民'], ['阿強 #:)', '網民']],
    ],
    [
      "a portal's handles alone over the posts",
      ['网友谈春节晚会', '新浪网友海边的风', '晚会年年看，今年的小品少了些味道，可一家人坐在一起看本身就是年味。', '新浪网友k小米', '希望明年多一些新面孔，少一些老套路，让年轻人也愿意守在电视前。'],
      [['海边的风', '新浪网友'], ['k小米', '新浪网友']],
    ],
    [
      "a forum's post stamps",
      ['网友:路人(甲)发表时间: 2003-01-05 10:12:40 IP地址:61.1.2.★', '晚会年年看，今年的小品少了些味道，可一家人坐在一起看本身就是年味。', '网友:路人(乙)发表时间: 2003-01-05 10:10:02 IP地址:61.3.4.★', '希望明年多一些新面孔，少一些老套路，让年轻人也愿意守在电视前。'],
      [['路人(甲)', '网友'], ['路人(乙)', '网友']],
    ],
  ])('%s', (_, lines, expected) =>
    expect(
      parseBlocks(blocksFromText(lines.join('\n')), { fromDocument: false })
        .lines.filter((it) => it.kind === 'label' && !it.host)
        .map((it) => [it.speaker?.name, it.speaker?.role]),
    ).toEqual(expected));

  it('counter-example: section heads of netizens talking', () =>
    expect(labels(['网友热议', '晚会年年看，今年的小品少了些味道，可一家人坐在一起看本身就是年味。', '网友吐槽', '希望明年多一些新面孔，少一些老套路，让年轻人也愿意守在电视前。'])).toEqual([]));
});
