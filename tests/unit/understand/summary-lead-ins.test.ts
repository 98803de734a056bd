/** Issue 18, cause 2: the point over a lead-in, an aside or a closing tag in short quotes. */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { hasStance } from '@/lib/understand/summary/cues';

const gistOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).gist;

describe('gist: a closing tag does not take the closing position', () => {
  it.each([
    ['先把小区的消防通道全部清理出来。', '这个不能再拖了。'],
    ['每個人都要先諗清楚自己想做咩工作。', '趁後生！'],
    ['我退休以后最大的心愿是孙子能考上好大学。', '那样我就放心了。'],
  ])('%s / %s', (point, tag) => {
    expect(gistOf(point + tag)).toBe(point);
  });

  it('still takes a closing sentence that says the point', () => {
    expect(gistOf('去年冬天暖气一直不热，家里只有十几度。希望供热公司今年早点检修管道。')).toBe('希望供热公司今年早点检修管道。');
  });
});

describe('gist: "最重要" marks the speaker’s view', () => {
  it.each(['最重要搞好經濟。', '最紧要系揾到工做。', '最要紧的是先把路修好。'])('%s', (text) => {
    expect(hasStance(text)).toBe(true);
  });

  it('picks the view over the reason that follows it', () => {
    expect(gistOf('最重要是把老街的排水系统修好。下雨的时候，铺子里的货都泡在水里。生意已经很难做了。')).toBe('最重要是把老街的排水系统修好。');
  });
});

describe('gist: a question the speaker tells of asking is not a rhetorical one', () => {
  it.each([
    [
      '第一次来这里，人生地不熟，每到一个路口都要问人，往哪边走？',
      '路上的人都很耐心地告诉我，心里觉得暖暖的。',
      '我想提两条建议：一是路牌太少，外地人容易迷路；二是公厕太少，建议有关部门多建几座。',
    ],
    [
      '第一次嚟香港，周圍都唔識路，成日要問人，點樣搭車？',
      '啲街坊都好熱心咁話我知，我覺得好感動。',
      '我想提兩點意見：一是路牌太少，遊客好易蕩失路；二是公廁太少，建議政府多起幾間。',
    ],
  ])('what follows the told question does not win as its answer: %s', (told, follows, point) => {
    expect(gistOf(told + follows + point)).toBe(point);
  });
});
