/**
 * A sentence saying only that another case is the same ("…的人，也一样。", "年轻人亦然。", "城里同样如此。") leans on the
 * case told before it: alone it tells a skimmer nothing (summaries-56: a restorer's "就算…的人，也一样。" was her gist,
 * both blind judges called it poor). Statements written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { measureFeatures } from '@/lib/understand/summary/score-units';
import { splitUnits } from '@/lib/understand/summary/split-units';

const dependentOf = (paragraphs: string[]) => measureFeatures(splitUnits(paragraphs)).map((f) => f.dependent);

describe('gist: a sentence that says another case is the same does not stand alone', () => {
  it.each([
    ['也一样', '就算是自认为很有耐心的人，也一样。'],
    ['也是一樣', '我自己當年學刻紙的時候，也是一樣。'],
    ['亦然', '乡镇上那几家小书店的处境亦然。'],
    ['同样如此', '木雕、竹编这些老手艺同样如此。'],
  ])('"%s" closing a statement leans on the sentence before', (_, last) => {
    expect(dependentOf(['老手艺最怕的是没人接班，师傅一走，这门手艺也就断了。', last])).toEqual([0, 1]);
  });

  it('a restorer’s closing "…的人，也一样" is not her gist: the sentence of her point is', () => {
    const point = '我们学画的人，一毕业都想做自己的作品，可是来修复室以后，修文物占了我们大量的时间和精力，根本腾不出时间画画，一开始也很迷茫，所以我很理解刚来的年轻人，谁都不能马上适应。';
    const statement = [`我用了好几年才慢慢适应。${point}就算是觉得自己很能坐得住的人，也一样。`];
    expect(summarizeStatement(statement).gist).toBe(point);
  });

  it.each([
    ['a sentence with its own case and 一样 inside', ['我们这一行收入不高，可是大家都一样热爱这门手艺，没有人想过放弃。']],
    ['一样 as an adjective before a noun', ['现在的孩子和我们那时候不一样，学戏之前先要上完文化课。']],
  ])('%s stands alone', (_, paragraphs) => {
    expect(dependentOf(paragraphs)[0]).toBe(0);
  });
});
