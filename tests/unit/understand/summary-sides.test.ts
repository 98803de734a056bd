/**
 * Issue 18, round 23: the side a speaker takes at a sentence's head ("赞成…，不赞成…") is their stance; a concession
 * about themselves ("虽然自己没…，但…") corrects no view; and one "至于Y，" after the first sentence turns to one more
 * area of a run, never the gist over the speaker's framing line. Statements written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { hasCorrection, hasStance } from '@/lib/understand/summary/cues';

describe('the side taken, at the head of a sentence', () => {
  it.each([
    ['赞成在小区里设快递柜，不赞成收保管费。', true],
    ['我们坚决反对把绿地改成停车场。', true],
    ['我不贊同延長營業時間。', true],
    ['本人完全赞同这个方案。', true],
    // others' side, or the word not at the head: told, not taken
    ['这个方案得到了大多数居民的赞成。', false],
    ['居委会开会讨论时，有人反对。', false],
    ['他在这条街上开了二十年的店。', false],
  ])('%s → %s', (text, want) => {
    expect(hasStance(text)).toBe(want);
  });

  it('a concession about the speaker themself corrects no view; one about the matter does', () => {
    expect(hasCorrection('虽然自己没用过，但经常看邻居们在楼下取件。')).toBe(false);
    expect(hasCorrection('雖然我不懂電腦，但孫子會幫我上網。')).toBe(false);
    expect(hasCorrection('虽然收费不高，但对老人来说还是一笔负担。')).toBe(true);
  });

  it('the gist is the side taken, not the remark about the speaker after it', () => {
    const statement = ['赞成在小区里设快递柜，不赞成向居民收保管费。表示支持晚上十点后关闭的规定。虽然自己没用过快递柜，但经常看到邻居们在楼下排队取件。'];
    const gist = summarizeStatement(statement).gist!;
    expect(gist).toContain('不赞成向居民收保管费');
    expect(statement[0]!.includes(gist)).toBe(true);
  });
});

describe('one "as for" after the first sentence', () => {
  it('is one more area of the run, not the gist', () => {
    const statement = [
      '今年来店里的本地客人少了四成，老客人大多搬去了新区，周末也没什么人。外地游客也比去年少，团队游几乎停了。至于网上订单，因为平台抽成提高，加上配送费上涨，只比去年多了一成左右。',
    ];
    const gist = summarizeStatement(statement).gist!;
    expect(gist).not.toMatch(/^至于/);
    expect(statement[0]!.includes(gist)).toBe(true);
  });

  it('still carries the point when it is what the speaker asks for', () => {
    const statement = ['这几年菜价涨得厉害，老人们买菜越来越不容易。至于怎么办，我建议社区每周组织两次平价菜进小区。'];
    expect(summarizeStatement(statement).gist).toContain('我建议社区每周组织两次平价菜进小区');
  });
});
