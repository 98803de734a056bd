/**
 * Label formats and the false voices found on a batch kept apart from the team, each cause with invented
 * texts of the same shape (simplified and traditional) and a counter-example.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { isAnonymousVoice } from '@/lib/understand/anonymous-voices';

type Row = [name: string | null, role: string | null];

function speakers(o: Outline): Row[] {
  return o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));
}

describe('anonymous and group labels are never speakers', () => {
  const ANONYMOUS: Array<[role: string, anonymous: boolean]> = [
    ['球迷', true],
    ['現場球迷', true],
    ['(大学生)', true],
    ['（家長）', true],
    ['嫂子', true],
    ['受訪專家', true],
    ['球賽主播', true],
    ['一位市民', true],
    // organisations and offices speak as themselves
    ['專業議政', false],
    ['香港會計師公會', false],
    ['市发改委副主任', false],
    ['民建聯', false],
  ];
  it.each(ANONYMOUS)('%s → anonymous %s', (role, anonymous) => {
    expect(isAnonymousVoice({ name: null, role })).toBe(anonymous);
  });
  it('a named person is never anonymous, whatever the role', () => {
    expect(isAnonymousVoice({ name: '陈先生', role: '球迷' })).toBe(false);
  });

  const PAGES: Array<{ what: string; text: string; detected: boolean; speakers: Row[] }> = [
    {
      what: 'simplified: fans\' lines and one named coach are no feature',
      detected: false,
      speakers: [],
      text: `球迷热议决赛
昨晚的决赛吸引了众多球迷到场观看。
现场球迷：“这场比赛太精彩了，主队的防守非常出色。”
一位球迷：“最后十分钟的进球让我激动不已。”
球迷：“希望明年还能看到这样的比赛。”
俱乐部主教练王建国：“队员们发挥得很好，感谢球迷的支持。”`,
    },
    {
      what: 'traditional: kin, a group subhead and a nameless host among two named voices',
      detected: true,
      speakers: [
        ['李建華', '校長'],
        ['張明', '家長會主席'],
      ],
      text: `開學第一天
新學期開始，記者在校門口隨機採訪。
(大學生)：「終於可以見到同學們了，很開心。」
嫂子：「每天接送孩子其實也挺累的。」
受訪專家：「開學初期家長要多留意孩子的情緒。」
球賽主播：「今天的天氣很適合戶外活動。」
校長李建華：「開學初期我們會安排適應課程，讓學生慢慢進入狀態。」
家長會主席張明：「我們會和學校保持溝通，一起照顧好孩子。」`,
    },
    {
      what: 'counter-example: a named fan stays a speaker',
      detected: true,
      speakers: [
        ['陈先生', '球迷'],
        ['王建国', '俱乐部主教练'],
      ],
      text: `球迷热议决赛
昨晚的决赛吸引了众多球迷到场观看。
球迷陈先生：“这场比赛太精彩了，主队的防守非常出色。”
俱乐部主教练王建国：“队员们发挥得很好，感谢球迷的支持。”`,
    },
  ];
  it.each(PAGES)('$what', ({ text, detected, speakers: want }) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(detected);
    expect(speakers(o)).toEqual(want);
  });
});
