/**
 * A gist should stand on its own: a sentence that names what was said before (这点, 这件事, 这个问题) gives way to one
 * that says it, and a sentence whose 这 sums up its own first clause ("…，这就是…") needs no sentence before it.
 * The statements are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { splitUnits } from '@/lib/understand/summary/split-units';
import { widenGist } from '@/lib/understand/summary/widen-gist';

describe('gist: a sentence that names what was said before is no gist while one says it', () => {
  it.each([
    [['孩子们每天天不亮就要出门。小区门口那条路坑坑洼洼的，下雨天老人孩子根本没法走。', '我们向物业反映过好几次这个问题，到现在也没人管。'], '小区门口那条路'],
    [['孩子们每天天不亮就要出门。小区门口那条路坑坑洼洼的，下雨天老人孩子根本没法走。', '大家都很气愤，这件事到现在也没有个说法。'], '小区门口那条路'],
    [['孩子们每天天不亮就要出门。我觉得村里的小学不能撤，孩子们走十几里山路上学太危险。', '我们去年就反映过这个问题，希望今年能有个结果。'], '我觉得村里的小学不能撤'],
  ])('%j: the sentence that says it', (lines, head) => {
    const gist = summarizeStatement(lines).gist!;
    expect(gist).toContain(head);
    expect(gist).not.toContain(lines[1]!.slice(0, 8));
  });
});

describe('widenGist: "…，这就是…" sums up its own sentence', () => {
  it.each([
    [['好书屋的标准有很多。能让居民随时借到想看的书，这就是好书屋。'], 1],
    [['社区的老人越来越多。老人吃饭不用愁，这才是养老的根本。'], 1],
  ])('keeps %j (gist %i) alone', (lines, gist) => {
    const units = splitUnits(lines);
    expect(widenGist(units, gist, lines)).toBe(units[gist]!.shown);
  });

  it('still shows a short sentence whose 这 opens it with the sentence before', () => {
    const lines = ['好书屋的标准有很多。这就是我们的目标。'];
    expect(widenGist(splitUnits(lines), 1, lines)).toBe('好书屋的标准有很多。这就是我们的目标。');
  });
});
