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

describe('widenGist: an opener naming what or whom was told before', () => {
  it.each([
    // 该 with a measure word, 上述: the thing told before
    [['区里去年在河边建了一个湿地公园。该项目投入使用以后，周边居民散步锻炼都有了好去处。'], 1],
    [['很多老人不会用手机挂号，看病只能排长队。上述问题希望医院尽快想办法解决。'], 1],
    // a group named before (他们, 佢): not the speaker, whom a reporter's 他 may name
    [['社区里有几位退休的老教师。他们每个周末都给孩子们免费辅导功课，家长都很感激。'], 1],
    [['我個仔今年讀中三。佢話學校功課太多，日日做到半夜都做唔完。'], 1],
  ])('shows %j (gist %i) with the sentence before', (lines, gist) => {
    const units = splitUnits(lines);
    expect(widenGist(units, gist, lines)).toBe(lines[0]);
  });

  it('keeps a reporter\'s 他, who may be the speaker, alone', () => {
    const lines = ['王先生在小区住了二十年。他认为小区门口的路早就该修了，下雨天根本没法走。'];
    const units = splitUnits(lines);
    expect(widenGist(units, 1, lines)).toBe(units[1]!.shown);
  });
});
