/**
 * Issue 18, round 22: a statement told in reported speech gives the speaker's view as the reporter's clause "他认为…";
 * that clause marks the view as "我认为" does, and the gist is the view, not the background before it. Statements
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { hasStance } from '@/lib/understand/summary/cues';

describe('the view the reporter gives as the speaker\'s', () => {
  it.each([
    ['他认为，社区食堂最要紧的是让老人吃得起。', true],
    ['下一个难关，她認為是年轻人不愿意回乡。', true],
    ['他也坚信这条老街还能热闹起来。', true],
    ['我认为这个办法行得通。', true],
    ['他在这条街上开了二十年的店。', false],
    ['其他人认为这个办法行不通。', false],
    ['“他认为我们不会来，”她笑着说。', false],
  ])('%s → %s', (text, want) => {
    expect(hasStance(text)).toBe(want);
  });

  const STATEMENT = [
    '二十年前他从工厂调到社区工作时，这一带还都是平房。那时候居委会只有三个人，谁家有事都是挨家挨户去敲门。',
    '说到现在社区最缺的，他认为是能留下来的年轻社工。这几年招进来的人，干不了两年就走了。',
  ];

  it('the gist is the view, not the years of background before it, and stays verbatim', () => {
    const gist = summarizeStatement(STATEMENT).gist!;
    expect(gist).toContain('他认为是能留下来的年轻社工');
    expect(STATEMENT.some((p) => p.includes(gist))).toBe(true);
  });
});
