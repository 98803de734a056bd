/**
 * Pull quotes printed without quotation marks, each signed after dashes by an organisation and a name
 * ("……是最要紧的。——某某俱乐部 某某"), as a feature opens on a column of its guests' lines. Only a person's name
 * makes the dashes a signature: after unquoted text they may close an aside or a source. Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { matchSentenceAttribution } from '@/lib/understand/lines';

describe('matchSentenceAttribution', () => {
  it.each<[string, { speech: string; label: string } | null]>([
    ['孩子们的文化课绝不能落下，否则走不远。——晨星俱乐部 马立新', { speech: '孩子们的文化课绝不能落下，否则走不远。', label: '晨星俱乐部 马立新' }],
    ['場地太少是最大的難題！——青苗足球學校校長周國棟', { speech: '場地太少是最大的難題！', label: '青苗足球學校校長周國棟' }],
    // quoted speech is the quotation reader's; a short phrase is no sentence; a clause after the dashes is no label
    ['“孩子们的文化课绝不能落下。”——晨星俱乐部 马立新', null],
    ['只要坚持。——马立新', null],
    ['孩子们的文化课绝不能落下，否则走不远。——这是很多教练的共识，也是家长的心声', null],
  ])('%s', (text, want) => expect(matchSentenceAttribution(text)).toEqual(want));
});

describe('a feature opening on unquoted pull quotes', () => {
  const speakers = (text: string) => analyzeText(text).topics.flatMap((t) => t.statements.map((s) => [s.speaker.name, s.speaker.role]));

  it('each signed line is a voice, in simplified and traditional script', () => {
    const text = `少年足球：练球和读书怎么兼顾
孩子们的文化课绝不能落下，学习跟不上的队员，我们宁可让他先停训。——晨星俱乐部 马立新
最缺的是好教练，一个好教练能带出一批好苗子，可现在愿意干这行的人太少。——蓝海足球学校 林志强
場地太少是最大的難題，周末想約一塊草地訓練，要提前一個月預訂。——青苗足球學校校長周國棟
编者按：
本市现有少年足球培训机构一百多家，记者近日走访了其中几家。`;
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    expect(speakers(text)).toEqual([
      ['马立新', '晨星俱乐部'],
      ['林志强', '蓝海足球学校'],
      ['周國棟', '青苗足球學校校長'],
    ]);
  });

  it('a story whose paragraphs end on a dash and a comment is no feature', () => {
    const text = `老街改造完工
改造后的老街恢复了青石板路，沿街店铺陆续开张，周末游客明显多了起来。——这是记者昨天在现场看到的情景
街道负责人介绍，下一步还将增加公共座椅和路灯，方便居民晚上散步。——不少居民对此表示期待
据了解，老街改造共投入资金三千万元，历时一年完工。`;
    expect(analyzeText(text).detected).toBe(false);
  });
});
