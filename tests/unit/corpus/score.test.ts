/** The corpus harness's scoring (scripts/corpus/score.ts), on small made-up outlines. */
import { describe, expect, it } from 'vitest';
import type { Topic } from '@/lib/outline';
import { formatOnRequest, formatPage, formatTotals, outlineFromKey, outlineSpeakers, scorePage, totalScores, type KeyEntry, type ScoredOutline } from '@/scripts/corpus/score';

const summary = { gist: null, points: [], figures: [], cites: [] };

/** An outline from topics of [name, role] speakers. */
function outline(detected: boolean, ...topics: Array<Array<[string | null, string | null]>>): ScoredOutline {
  const ts: Topic[] = topics.map((speakers, i) => ({
    title: `话题${i + 1}`,
    statements: speakers.map(([name, role]) => ({ speaker: { name, role }, reporter: null, paragraphs: ['我们要把这件事做好。'], summary })),
  }));
  return { detected, topics: ts };
}

const PANEL: KeyEntry = {
  file: 'panel.html',
  roundtable: true,
  speakers: [
    { name: '渠德鹏', role: '市发展和改革委员会副主任' },
    { name: '余小姐', role: null },
    { name: null, role: '香港会计师公会' },
    { name: 'Rick Rieder', role: '贝莱德首席投资官' },
  ],
};
const NEGATIVE: KeyEntry = { file: 'list.html', roundtable: false };

describe('outlineSpeakers', () => {
  it.each<[string, ScoredOutline, string[]]>([
    ['nothing when not detected, whatever the topics hold', outline(false, [['渠德鹏', null]]), []],
    ['distinct, in order of appearance across topics', outline(true, [['渠德鹏', '副主任'], ['余小姐', null]], [['渠德鹏', '主任'], ['张超雄', '工党']]), ['渠德鹏', '余小姐', '张超雄']],
    ['a nameless speaker by its role', outline(true, [[null, '中产联盟'], [null, '中产联盟'], [null, '专业议政']]), ['中产联盟', '专业议政']],
  ])('%s', (_, o, want) => {
    expect(outlineSpeakers(o).map((s) => s.name ?? s.role)).toEqual(want);
  });
});

describe('scorePage', () => {
  it.each<[string, KeyEntry, ScoredOutline, { right: boolean; found: number; given: number; rolesExact: number; missed: string[]; extra: string[] }]>([
    [
      'every speaker, every role',
      PANEL,
      outline(true, [['渠德鹏', '市发展和改革委员会副主任'], ['余小姐', null]], [[null, '香港会计师公会'], ['Rick Rieder', '贝莱德首席投资官']]),
      { right: true, found: 4, given: 4, rolesExact: 4, missed: [], extra: [] },
    ],
    [
      'a name cut at the wrong character is a miss and an extra; a role with a stock quote in it is found but not exact',
      PANEL,
      outline(true, [['渠德鹏', '市发展和改革委员会副主任'], ['小姐', null], ['Rick Rieder', '贝莱德(431.2, 7.37, 1.74%)首席投资官']]),
      { right: true, found: 2, given: 3, rolesExact: 1, missed: ['余小姐', '(香港会计师公会)'], extra: ['小姐'] },
    ],
    [
      'a key\'s "" role is no role: a speaker given without one is exact, one given a role is not',
      { file: 'p.txt', roundtable: true, speakers: [{ name: '樊刚', role: '' }, { name: '李强', role: '' }] },
      outline(true, [['樊刚', null], ['李强', '经济学家']]),
      { right: true, found: 2, given: 2, rolesExact: 1, missed: [], extra: [] },
    ],
    [
      'one speaker given answers one key entry: three people of one name in the key, one given, one found',
      { file: 'p.txt', roundtable: true, speakers: [{ name: '陳先生', role: '' }, { name: '陳先生', role: '退休人士' }, { name: '張小姐', role: '' }] },
      outline(true, [['陳先生', '退休人士'], ['張小姐', null]]),
      { right: true, found: 2, given: 2, rolesExact: 2, missed: ['陳先生'], extra: [] },
    ],
    ['a feature not detected: found nothing, gave nothing', PANEL, outline(false), { right: false, found: 0, given: 0, rolesExact: 0, missed: ['渠德鹏', '余小姐', '(香港会计师公会)', 'Rick Rieder'], extra: [] }],
    ['a negative rejected', NEGATIVE, outline(false), { right: true, found: 0, given: 0, rolesExact: 0, missed: [], extra: [] }],
    [
      'a negative detected: every speaker given is extra',
      NEGATIVE,
      outline(true, [['侯友宜', null], [null, '主持人']]),
      { right: false, found: 0, given: 2, rolesExact: 0, missed: [], extra: ['侯友宜', '(主持人)'] },
    ],
  ])('%s', (_, entry, o, want) => {
    const s = scorePage(entry, o);
    expect({ right: s.right, found: s.found, given: s.given, rolesExact: s.rolesExact, missed: s.missed, extra: s.extra }).toEqual(want);
    expect(s.wanted).toBe(entry.roundtable ? entry.speakers!.length : 0);
  });

  it.each<[string, KeyEntry, boolean, boolean, boolean]>([
    ['parse and page check both detect a feature', PANEL, true, true, true],
    ['the parse detects a feature the page check rejects: the badge stays dark, wrong', PANEL, true, false, false],
    ['a page check that passes a negative is wrong, whatever the parse says', NEGATIVE, false, true, false],
    ['the parse detects a negative the page check rejects: the CLI shows it, wrong', NEGATIVE, true, false, false],
    ['both reject a negative', NEGATIVE, false, false, true],
  ])('%s', (_, entry, parse, pageCheck, right) => {
    expect(scorePage(entry, outline(parse, [['渠德鹏', null]]), { pageCheck }).right).toBe(right);
  });
});

describe('totalScores', () => {
  const pages = [
    // 3 of 4 found, 1 extra given, 2 of 3 roles exact
    scorePage(PANEL, outline(true, [['渠德鹏', '市发展和改革委员会副主任'], ['余小姐', '市民'], [null, '香港会计师公会'], ['王某', null]]), { ms: 10 }),
    // a missed feature: 0 of 2
    scorePage({ file: 'b.txt', roundtable: true, speakers: [{ name: '李娟', role: null }, { name: '张三', role: null }] }, outline(false), { ms: 5 }),
    scorePage(NEGATIVE, outline(false), { ms: 1 }),
    scorePage({ file: 'c.html', roundtable: false }, outline(true, [['侯友宜', null], ['柏堡龙', null]]), { ms: 2 }),
    // edge pages are reported, not scored: this one would add a false positive and 5 speakers
    scorePage({ file: 'e.html', roundtable: false, edge: true }, outline(true, [['甲', null], ['乙', null], ['丙', null], ['丁', null], ['戊', null]]), { ms: 100 }),
  ];
  const t = totalScores(pages);

  it('counts detection over scored pages only', () => {
    expect([t.pages, t.scored, t.edge]).toEqual([5, 4, 1]);
    expect([t.truePositives, t.falsePositives, t.falseNegatives, t.trueNegatives]).toEqual([1, 1, 1, 1]);
    expect([t.detectionPrecision, t.detectionRecall]).toEqual([0.5, 0.5]);
  });

  it('micro-averages speakers over the features, and counts speakers on negatives apart', () => {
    expect([t.speakersFound, t.speakersWanted, t.speakersGiven]).toEqual([3, 6, 4]);
    expect(t.speakerPrecision).toBeCloseTo(0.75);
    expect(t.speakerRecall).toBeCloseTo(0.5);
    expect(t.speakerF1).toBeCloseTo(0.6);
    expect(t.rolesExact).toBeCloseTo(2 / 3);
    expect(t.speakersOnNegatives).toBe(2);
    expect(t.ms).toBe(118);
  });

  it('an empty corpus or one without features scores 1 where nothing could go wrong, and F1 0 when nothing was found', () => {
    expect(totalScores([]).detectionPrecision).toBe(1);
    expect(totalScores([scorePage(NEGATIVE, outline(false))]).speakerF1).toBe(1);
    expect(totalScores([scorePage(PANEL, outline(false))]).speakerF1).toBe(0);
  });

  it('formats one line per page and a totals line', () => {
    expect(formatPage(pages[1]!)).toMatch(/^WRONG\tb\.txt\tfeature → not detected\tspeakers 0\/2 \(given 0\).*missed: 李娟、张三$/);
    expect(formatPage(pages[4]!)).toMatch(/^edge \te\.html/);
    expect(formatPage(scorePage(PANEL, outline(true, [['渠德鹏', null]]), { pageCheck: false }))).toContain('parse detects, page check rejects');
    expect(formatTotals(t)).toBe(
      'TOTAL 4 scored (+1 edge) | detection TP 1 FP 1 FN 1 TN 1, precision 0.50 recall 0.50 | speakers 3/6 (given 4) P 0.75 R 0.50 F1 0.60 | roles exact 67% | speakers on negatives 2 | 118 ms',
    );
  });
});

describe('the people read on request, where the product detects nothing', () => {
  const asked = (p: ReturnType<typeof scorePage>, found: number, wanted: number, given: number) => ({ ...p, onRequest: { found, wanted, given } });
  const pages = [
    // a missed feature: 1 of its 2 named, 2 given
    asked(scorePage({ file: 'b.txt', roundtable: true, speakers: [{ name: '李娟', role: null }, { name: '张三', role: null }] }, outline(false)), 1, 2, 2),
    // a detected feature has no reading on request
    scorePage(PANEL, outline(true, [['渠德鹏', '市发展和改革委员会副主任']])),
    // negatives: the people named count, an edge page's do not
    asked(scorePage(NEGATIVE, outline(false)), 0, 0, 3),
    asked(scorePage({ file: 'e.html', roundtable: false, edge: true }, outline(false)), 0, 0, 9),
  ];
  it('totals them apart and prints them on the line before the totals', () => {
    const t = totalScores(pages);
    expect(t.onRequest).toEqual({ found: 1, wanted: 2, given: 2, onNegatives: 3 });
    expect(formatOnRequest(t)).toBe("on request: missed features' speakers named 1/2 (P 0.50, given 2), people named on negatives 3");
    expect(formatPage(pages[0]!)).toMatch(/missed: 李娟、张三; on request: named 1\/2 \(given 2\)$/);
    expect(formatPage(pages[2]!)).toMatch(/on request: people named 3$/);
    // the totals line is as it was
    expect(formatTotals(t)).toMatch(/^TOTAL 3 scored \(\+1 edge\) \| .* \| speakers on negatives 0 \| 0 ms$/);
  });
});

describe('outlineFromKey (a second reader\'s key scored as the engine is)', () => {
  const second: KeyEntry = {
    file: 'panel.html',
    roundtable: true,
    speakers: [
      { name: '渠德鹏', role: '市发展和改革委员会副主任' },
      { name: '余小姐', role: '' },
      { name: 'Rick Rieder', role: '首席投资官' },
      { name: '王五', role: null },
    ],
  };

  it.each<[string, KeyEntry | undefined, boolean, number]>([
    ['a feature gives its speakers', second, true, 4],
    ['a negative gives nothing', { ...NEGATIVE, speakers: [{ name: '李四', role: null }] }, false, 0],
    ['a page the second reader did not key is not detected', undefined, false, 0],
  ])('%s', (_, entry, detected, speakers) => {
    const o = outlineFromKey(entry);
    expect(o.detected).toBe(detected);
    expect(outlineSpeakers(o)).toHaveLength(speakers);
  });

  it('agreement is the engine\'s own scoring: a name found, a role written "" equal to none, a role that differs counted', () => {
    const p = scorePage(PANEL, outlineFromKey(second));
    expect([p.right, p.found, p.given, p.rolesExact]).toEqual([true, 3, 4, 2]);
    expect(p.missed).toEqual(['(香港会计师公会)']);
    expect(p.extra).toEqual(['王五']);
  });
});
