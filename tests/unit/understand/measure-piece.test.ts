/**
 * The learned judge's view of a whole piece (measure-piece.ts) and its decision with the shipped weights
 * (judge-piece.ts, piece-weights.ts). Texts written here, not corpus text.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText, explainText } from '@/lib/understand';
import { explainParse } from '@/lib/understand/explain-feature';
import { parseBlocks } from '@/lib/understand/parse';
import { measurePiece, PIECE_FEATURES, type PieceParts } from '@/lib/understand/measure-piece';
import { judgePiece, PIECE_MODEL } from '@/lib/understand/judge-piece';
import type { JudgeCounts } from '@/lib/understand/judge-feature';
import type { StatementBuild } from '@/lib/understand/feature-items';
import type { ProseReading } from '@/lib/understand/prose-voices';

const at = (name: (typeof PIECE_FEATURES)[number]) => PIECE_FEATURES.indexOf(name);

function statement(name: string, text: string): StatementBuild {
  return { speaker: { name, role: '市民' }, host: false, evidence: 2, reporter: null, paragraphs: [text], els: [] };
}

function counts(speaking: StatementBuild[], more: Partial<JudgeCounts> = {}): JudgeCounts {
  const distinct = new Set(speaking.map((s) => s.speaker.name)).size;
  return { speaking, distinct, roundup: false, roundupPeople: distinct, said: 0, vetoes: 0, kind: 'voices', ...more };
}

const noProse: ProseReading = { sentences: 0, statements: 0, people: 0, top: 0, ordinary: 0, returns: 0, first: 0, paragraphs: 0, opened: 0, quoted: 0, officials: 0, voices: [], ok: false };
const noRound = { paragraphs: 0, firstVoiced: 0, body: 0, led: 0, leaders: 0, voiced: 0, between: 0, after: 0 };
const noFraming = { headline: false, lead: false, listed: false, event: false, cues: [], strength: 0 };

function parts(more: Partial<PieceParts>): PieceParts {
  return { counts: counts([]), prose: noProse, round: noRound, framing: noFraming, texts: [], dispute: false, ...more };
}

describe('measurePiece: one number per feature, each about 0..1', () => {
  const even = [statement('李建国', '小区里干净了不少。'), statement('王秀英', '现在全家都会分了。')];
  const lopsided = [statement('李建国', '新规实施以来，小区里干净了不少，我每天早上下楼倒垃圾都会先分好。'), statement('王秀英', '好。')];
  it.each<[string, PieceParts, (typeof PIECE_FEATURES)[number], number]>([
    ['two voices with as many words: even', parts({ counts: counts(even) }), 'evenness', 1],
    ['one voice: no evenness', parts({ counts: counts([even[0]!]) }), 'evenness', 0],
    ['two labelled voices on a log scale to 8', parts({ counts: counts(even) }), 'labelled', Math.log2(3) / Math.log2(9)],
    ['the top voice holds its share of the words', parts({ counts: counts(lopsided) }), 'top voice', 32 / 34],
    ['all voices vox-pop quotes', parts({ counts: counts(even, { said: 2 }) }), 'vox pops', 1],
    ['a veto is counted', parts({ counts: counts(even, { vetoes: 1 }) }), 'vetoes', 0.5],
    ['the voices\' share of the text', parts({ counts: counts(even), texts: ['记者问大家怎么看新规。', '小区里干净了不少。', '现在全家都会分了。'] }), 'voices\' text', 18 / 29],
    ['half the prose voices quoted', parts({ prose: { ...noProse, people: 2, quoted: 1 } }), 'quoted', 0.5],
    ['a dispute', parts({ dispute: true }), 'dispute', 1],
    ['three passers-by', parts({ prose: { ...noProse, people: 3, ordinary: 3 } }), 'passers-by', 2 / Math.log2(9)],
    ['officials among the prose voices', parts({ prose: { ...noProse, people: 4, officials: 1 } }), 'officials', 0.25],
    ['framing: two cues of three', parts({ framing: { ...noFraming, headline: true, lead: true, strength: 2 } }), 'framing', 2 / 3],
    ['an event headline alone', parts({ framing: { ...noFraming, event: true, strength: -1 } }), 'framing', -1 / 3],
  ])('%s', (_what, input, feature, want) => {
    const x = measurePiece(input);
    expect(x).toHaveLength(PIECE_FEATURES.length);
    expect(x[at(feature)]).toBeCloseTo(want, 5);
  });

  it('the second prose voice’s share of the prose voices’ words', () => {
    const prose: ProseReading = {
      ...noProse, people: 2, sentences: 4, statements: 3, top: 0.7,
      voices: [
        { name: '李建国', role: '市民', sentences: ['李建国说，小区干净了。', '他很满意。'], at: 0 },
        { name: '王秀英', role: '居民', sentences: ['王秀英说，好。'], at: 3 },
      ],
    };
    const x = measurePiece(parts({ prose, texts: ['李建国说，小区干净了。他很满意。', '王秀英说，好。'] }));
    expect(x[at('2nd voice')]).toBeCloseTo(7 / 23, 5);
    expect(x[at('prose top')]).toBeCloseTo(0.7, 5);
  });
});

// a vox pop: the headline asks what residents think, two named residents each say their piece
const VOX_POP = `市民怎么看垃圾分类新规
本报记者走上街头，随机采访了几位市民，听听他们对垃圾分类新规的看法。
家住东城区的市民李建国说：“新规实施以来，小区里干净了不少。我每天早上下楼倒垃圾，都会先分好厨余和其他垃圾，习惯了也不麻烦。”
在公园晨练的居民王秀英说：“刚开始确实不习惯，分不清哪些是可回收物。后来社区志愿者上门讲解，现在我们全家都会分了。”`;

// a news story: the reporter's narrative quotes an official and a resident in passing
const STORY = `老旧小区加装电梯工程正式启动
本报讯 昨日，我市老旧小区加装电梯工程在城南街道正式启动，首批共有十二个小区纳入改造计划。
据介绍，此次改造资金由市、区两级财政共同承担，居民只需承担少量费用。工程预计明年六月前全部完工，届时将惠及三千余户居民。
市住建局副局长赵明表示，加装电梯是一项民生工程，住建部门将加强质量监管，确保工程安全。
施工方负责人介绍，为减少对居民生活的影响，工程将分批进行，每栋楼的施工期约为两个月。
家住六楼的居民孙大爷说，自己腿脚不便，盼电梯盼了好几年。
目前，各小区的施工准备工作已基本就绪。`;

// 港式 traditional vox pop under labels with roles in brackets
const VOX_POP_TRAD = `港人點睇新巴士路線
記者昨日在旺角街頭訪問多名市民，聽取他們的意見。
陳大文（的士司機）：新路線繞得太遠，我哋做司機都覺得唔方便，希望運輸署可以再諗清楚。
李美玲（文員）：我每日返工都搭呢條線，而家慢咗十幾分鐘，真係好麻煩，希望可以加密班次。`;

describe('the shipped weights decide hand-written pieces', () => {
  const judge = (text: string) => parseBlocks(blocksFromText(text), { fromDocument: false, learned: judgePiece });

  it.each([
    ['a vox pop with two named residents', true, VOX_POP, ['李建国', '王秀英']],
    ['a traditional vox pop under labels', true, VOX_POP_TRAD, ['陳大文', '李美玲']],
    ['a story quoting one official and one resident in its narrative', false, STORY, []],
  ])('%s → %s', (_what, want, text, speakers) => {
    const r = judge(text);
    expect(r.judgement.piece?.candidate).toBe(true);
    expect(r.outline.detected).toBe(want);
    expect(r.outline.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(speakers);
  });

  it('scores the vox pop above the story, and names what moved the score', () => {
    const vox = judge(VOX_POP).judgement.piece!;
    const story = judge(STORY).judgement.piece!;
    expect(vox.score).toBeGreaterThan(story.score);
    expect(story.score).toBeLessThanOrEqual(PIECE_MODEL.margin);
    expect(vox.top).toHaveLength(3);
    for (const t of vox.top) expect(PIECE_FEATURES).toContain(t.feature);
  });

  it('ships one weight and one mean per feature, numbers only', () => {
    expect(PIECE_MODEL.weights).toHaveLength(PIECE_FEATURES.length);
    expect(PIECE_MODEL.mean).toHaveLength(PIECE_FEATURES.length);
    for (const v of [...PIECE_MODEL.weights, ...PIECE_MODEL.mean, PIECE_MODEL.bias, PIECE_MODEL.margin]) expect(Number.isFinite(v)).toBe(true);
  });

  it('a piece with one voice is not asked, and a page without counts is left alone', () => {
    const one = judge('市民李建国说：“新规实施以来，小区里干净了不少，我很满意。”');
    expect(one.judgement.piece?.candidate).toBe(false);
    expect(one.outline.detected).toBe(false);
    const judgement = { detected: false, kind: null, evidence: [], checks: [] };
    judgePiece(judgement, { topics: [], credits: [], captions: [], leadParts: [], leadEls: [], questions: 0, bylines: 0 }, [], {});
    expect(judgement).toEqual({ detected: false, kind: null, evidence: [], checks: [] });
  });

  it('--explain says the learned score and its top contributions, where a script runs the learned judge', () => {
    const text = explainParse(judge(STORY));
    expect(text).toMatch(/Learned judge \(judge-piece\.ts\): score -?\d[^\n]*, top: [^\n]+ -?\d/);
  });

  it('the product runs without it (parse.ts): no learned line', () => {
    expect(explainText(STORY)).not.toMatch(/Learned judge/);
  });
});
