/**
 * Remarks after an event (lib/understand/remarks-lines.ts): "他表示：" under the paragraph that named
 * the coach, "队长某某在接受采访时表示：" alone over the words. Texts written here, in the layout of
 * post-match pages; a story that goes on with a comma stays the reporter's.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { findNamedSubject, matchPronounLabel } from '@/lib/understand/remarks-lines';

type Row = [name: string | null, role: string | null];
const speakers = (o: Outline): Row[] => o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));

describe('matchPronounLabel: a pronoun and a verb of saying closed by a colon', () => {
  const rows: Array<[string, string | null]> = [
    ['他表示：', ''],
    ['她说：我们准备得很充分。', '我们准备得很充分。'],
    ['他在发布会上表示：', ''],
    ['他表示，球队会继续努力。', null], // a comma: the reporter's sentence goes on
    ['他们表示：', null], // a group is no one voice
    ['主教练表示：', null],
  ];
  it.each(rows)('%s', (text, rest) => expect(matchPronounLabel(text)).toBe(rest));
});

describe('findNamedSubject: the person a paragraph names with a role', () => {
  const rows: Array<[string, Row | null]> = [
    ['赛后，青岛海风队主教练韩明哲出席了新闻发布会。', ['韩明哲', '青岛海风队主教练']],
    ['比赛结束后，队长吴一鸣接受了记者采访。', ['吴一鸣', '队长']],
    ['赛后双方都出席了新闻发布会。', null],
  ];
  it.each(rows)('%s', (text, who) => {
    const m = findNamedSubject(text);
    expect(m && [m.name, m.role]).toEqual(who);
  });
});

describe('post-match remarks in a text', () => {
  it('a pronoun label under the coach and the captain alone over his words make two voices', () => {
    const o = analyzeText(
      [
        '赛后，青岛海风队主教练韩明哲出席了新闻发布会。',
        '他表示：',
        '今天的场地条件很差，两队都踢得很艰苦，我更高兴的是没有球员受伤。接下来我们要好好恢复。',
        '队长吴一鸣在接受采访时表示：',
        '首先祝贺对手，他们今天执行战术非常到位。我们拼到了最后一刻，我为队友骄傲。',
      ].join('\n'),
    );
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['韩明哲', '青岛海风队主教练'],
      ['吴一鸣', '队长'],
    ]);
  });

  it('a story where the coach "表示，" in the reporter\'s sentences is not a feature', () => {
    const o = analyzeText(
      [
        '赛后，青岛海风队主教练韩明哲出席了新闻发布会。',
        '他表示，今天的场地条件很差，两队都踢得很艰苦，好在没有球员受伤。',
        '记者了解到，球队将于下周二前往客场，备战联赛第十轮的比赛。',
      ].join('\n'),
    );
    expect(o.detected).toBe(false);
  });

  it('one coach answering, with no second voice, is not a feature', () => {
    const o = analyzeText(
      [
        '赛后，青岛海风队主教练韩明哲出席了新闻发布会。',
        '他表示：',
        '今天的场地条件很差，两队都踢得很艰苦，我更高兴的是没有球员受伤。',
        '在回答记者提问时，他表示：',
        '接下来我们要好好恢复，下周的比赛同样重要，我们会认真准备。',
      ].join('\n'),
    );
    expect(o.detected).toBe(false);
  });
});

describe('a quote digest whose first quotation opens the text', () => {
  it('the first quotation, behind a column tag, is speech signed by the dash line below, not the headline', () => {
    const o = analyzeText(
      [
        '[一周热语]“城市的公园不该只在白天开放，晚上散步的人其实更多。我们做了调查，大多数居民都支持延长开放时间。”',
        '——市园林局副局长高志远',
        '一、“孩子的书包越来越重，家长也跟着累。”',
        '——一位家长在接孩子时这样说。',
        '二、“老街的石板路走了几百年，怎么说换就换了呢？”',
        '——西城区老街85岁的居民范长庚说。',
      ].join('\n'),
    );
    expect(o.detected).toBe(true);
    expect(speakers(o).map((r) => r[0])).toEqual(['高志远', '范长庚']);
    // the anonymous quotation in between is signed by its own dash line, not taken into the next voice
    const last = o.topics.flatMap((t) => t.statements).at(-1)!;
    expect(last.paragraphs.join('')).not.toContain('书包');
  });
});
