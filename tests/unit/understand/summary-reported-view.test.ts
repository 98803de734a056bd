/**
 * Issue 18, round 22: a statement told in reported speech gives the speaker's view as the reporter's clause "他认为…";
 * that clause marks the view as "我认为" does, and the gist is the view, not the background before it. And the
 * sentence the speaker's own "而事实上，…" corrects is the view they answer, never their gist; nor is a sentence that
 * only closes what was said ("就只是这样。"). Statements written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { hasStance } from '@/lib/understand/summary/cues';
import { measureFeatures } from '@/lib/understand/summary/score-units';
import { splitUnits } from '@/lib/understand/summary/split-units';

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

describe('the sentence the speaker\'s "in fact" corrects', () => {
  const STATEMENT = [
    '这几年来小镇的游客越来越多。在不少外地人的眼中，这里的温泉就应该全部建成高档度假村，收费越贵越好。而事实上，镇上的老汤池一直是居民自己泡澡的地方，我们更希望它们保持原样、对本地人免费开放。',
  ];

  it('is never the gist: the correction, the speaker\'s own line, is', () => {
    const gist = summarizeStatement(STATEMENT).gist!;
    expect(gist).not.toContain('在不少外地人的眼中');
    expect(STATEMENT[0]!.includes(gist)).toBe(true);
  });

  it.each([
    ['实际上，', true],
    ['而事實上，', true],
    ['事实上这条路早就该修了。', true],
    ['其实我也不知道。', false],
  ])('a sentence opening %s corrects the one before it → %s', (opening, want) => {
    const text = `很多人以为这条路明年才修。${opening.endsWith('，') ? `${opening}施工队下个月就进场。` : opening}`;
    const features = measureFeatures(splitUnits([text]));
    expect(features[0]!.corrected).toBe(want ? 1 : 0);
  });
});

describe('a sentence that only closes what was said', () => {
  it.each([
    ['就只是这样。', true],
    ['也就是这样了。', true],
    ['就這麼多了。', true],
    ['只是這樣而已。', true],
    ['这样的安排很合理。', false],
    ['就这样定了，下周开工。', false],
  ])('%s → %s', (sentence, want) => {
    const features = measureFeatures(splitUnits([`票价比去年便宜了一点。${sentence}`]));
    expect(features[1]!.closesOnly).toBe(want ? 1 : 0);
  });

  it('is never the gist beside a sentence of the speaker\'s own', () => {
    const STATEMENT = ['就只是这样。挺好的，真的。'];
    expect(summarizeStatement(STATEMENT).gist).toBe('挺好的，真的。');
  });

  it('alone, it is still what the speaker said', () => {
    expect(summarizeStatement(['就只是这样。']).gist).toBe('就只是这样。');
  });
});
