/**
 * Issue 18, round 21: a frame that the same sentence turns from is no preamble. "我们知道…，但是…" concedes and then says
 * what the speaker holds; the point follows the turn. Statements written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { isPreamble } from '@/lib/understand/summary/cues';
import { measureFeatures } from '@/lib/understand/summary/score-units';
import { splitUnits } from '@/lib/understand/summary/split-units';

describe('a frame the same sentence turns from', () => {
  it.each([
    ['我们都知道，老旧小区加装电梯很难。', true],
    ['大家都知道这条路每天早上都堵。', true],
    ['俗话说，远亲不如近邻。', true],
    ['我们知道老旧小区加装电梯很难，但是居民自己也要出一份力。', false],
    ['大家都知道這條路每天早上都堵，可是改線以後情況更糟。', false],
    ['俗话说远亲不如近邻，不过现在邻居之间都不太来往了。', false],
    ['關於這個問題，然而我還沒有想好。', false],
  ])('%s → preamble %s', (text, want) => {
    expect(isPreamble(text)).toBe(want);
  });

  const STATEMENT = '加装电梯是一个庞大的工程，需要一些时间。我们知道这个工程的一些环节耽误了，但是你应该给施工队一些时间去补好这些环节。住户已经告诉物业这个工程太吵了。';

  it('the conceding sentence that turns to the speaker\'s call is not marked preamble, and the gist shows it', () => {
    const features = measureFeatures(splitUnits([STATEMENT]));
    expect(features[1]!.preamble).toBe(0);
    expect(summarizeStatement([STATEMENT]).gist).toContain('但是你应该给施工队一些时间去补好这些环节');
  });

  it('the gist stays verbatim text of the statement', () => {
    const gist = summarizeStatement([STATEMENT]).gist!;
    expect(STATEMENT.includes(gist)).toBe(true);
  });
});

describe('a statement whose last sentence the page cut', () => {
  it.each([
    ['小区门口新开了一家菜店。价格比超市便宜不少，老人买菜方便多了。我觉得，这家店在有些地方还可以更贴', true],
    ['小区门口新开了一家菜店。价格比超市便宜不少，老人买菜方便多了。我觉得，这家店在有些地方还可以更贴心。', false],
    ['小区门口新开了一家菜店。他说：「價格比超市便宜不少，老人買菜方便多了」', false],
  ])('%s → the last sentence unfinished: %s', (text, cut) => {
    const features = measureFeatures(splitUnits([text]));
    expect(features[features.length - 1]!.cut).toBe(cut ? 1 : 0);
  });

  it('is not the gist: a skimmer would read a sentence that stops mid-word', () => {
    const gist = summarizeStatement(['小区门口新开了一家菜店，价格比超市便宜不少，老人买菜方便多了。我觉得，这家店在有些地方还可以更贴']).gist;
    expect(gist).toBe('小区门口新开了一家菜店，价格比超市便宜不少，老人买菜方便多了。');
  });

  it('a one-sentence statement keeps it (nothing else to show)', () => {
    const features = measureFeatures(splitUnits(['我觉得这家店在有些地方还可以更贴']));
    expect(features[0]!.cut).toBe(0);
  });
});
