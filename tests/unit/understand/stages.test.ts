/**
 * The parser's named stages, each on plain data: classify lines → frame the feature → walk speakers →
 * judge. Table-driven, with the counter-examples beside the examples.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { classifyLine, refineLines } from '@/lib/understand/classify-lines';
import { itemOf, type Item, type StatementBuild, type TopicBuild } from '@/lib/understand/feature-items';
import { frameFeature } from '@/lib/understand/frame-feature';
import { judgeFeature, mergePerSpeakerTitles } from '@/lib/understand/judge-feature';
import { walkSpeakers, type Walk } from '@/lib/understand/walk-speakers';

function classify(text: string): Item[] {
  const items = blocksFromText(text).map(itemOf);
  for (const it of items) classifyLine(it, { text });
  refineLines(items);
  return items;
}

describe('classify lines', () => {
  it.each([
    ['市民张新海：榆次老城是一座古城。', 'label', 'label：'],
    ['AMUNDI副首席投资官：Vincent Mortier', 'label', 'role：name'],
    ['“乡村教师队伍建设是关键。”——全国政协委员、北京师范大学教授周作宇', 'attribution', undefined],
    ['——全国人大代表、山东省教育厅副厅长张志勇', 'attribution', undefined],
    ['市民李女士说：“以前去医院要倒两趟车。”', 'label', 'said'],
    ['陳先生（的士司機）「生意比以前差咗好多。」', 'label', 'label「'],
    ['主持人：老字号最大的优势是什么？', 'label', 'label：'],
    ['话题：夜市如何更有特色', 'topic', undefined],
    ['(记者 李娟)', 'byline', undefined],
    ['评论人：张维迎（北京大学光华管理学院）', 'meta', undefined],
  ])('%s → %s', (line, kind, shape) => {
    // each line followed by speech, so context keeps what the line is
    const [it] = classify(`${line}\n今年的政府工作报告再次提出，要加快一体化。我们做了大量工作。`);
    expect(it!.kind).toBe(kind);
    expect(it!.shape).toBe(shape);
  });

  it('sets a label alone over a list of "X：…" lines aside, not one over speech that opens with "首先："', () => {
    expect(classify('热门影院：\n北京：嘉华国际影城双井店\n上海：五角万达影城')[0]!.kind).toBe('body');
    expect(classify('市民张新海：\n首先：榆次老城变美了，我们常去逛。')[0]!.kind).toBe('label');
  });

  it('marks a host, and a programme line as a programme', () => {
    expect(classify('主持人：老字号最大的优势是什么？')[0]!.host).toBe(true);
    expect(classify('主 席：海闻（北京大学）')[0]!.programme).toBe(true);
  });

  it('sets a loose "org name" line aside unless a second one heads speech', () => {
    const one = classify('民生证券 吴春华\n本周市场继续大幅下挫，下跌幅度较大。');
    expect(one[0]!.kind).toBe('body');
    expect(one[0]!.aside).toMatch(/loose/);
    const two = classify('民生证券 吴春华\n本周市场继续大幅下挫，下跌幅度较大。\n信达证券 刘景德\n近日利好消息不断，大盘随时可能止跌反弹。');
    expect(two.filter((it) => it.kind === 'label').map((it) => it.speaker?.name)).toEqual(['吴春华', '刘景德']);
  });

  it('takes a question under a speaker for the interviewer\'s when it is asked of every speaker', () => {
    const items = classify(
      'AMUNDI副首席投资官：Vincent Mortier\n债券市场存在泡沫吗？\n估值确实过高，这可以被视为泡沫。\nLGIM首席投资官：Sonja Laud\n债券市场存在泡沫吗？\n不。我们几乎看不到泡沫的迹象。',
    );
    expect(items.filter((it) => it.kind === 'question')).toHaveLength(2);
    expect(items.filter((it) => it.kind === 'topic')).toHaveLength(0);
  });
});

describe('frame the feature', () => {
  it('finds the headline and the deck of a text, and keeps the rest as the flow', () => {
    const items = classify('做活城乡融合“大文章”\n——我市各界人士畅所欲言\n市民张新海：榆次老城变美了。\n村民李秀英：日子越过越好。');
    const frame = frameFeature(items, false);
    expect(frame.headline?.block.text).toBe('做活城乡融合“大文章”');
    expect(frame.deck).toBe('我市各界人士畅所欲言');
    expect(frame.items.map((it) => it.kind)).toEqual(['label', 'label']);
    expect(frame.voiceCount).toBe(2);
  });
});

describe('walk speakers', () => {
  it('gives each voice its paragraphs, the reporter its byline closes, and the lead what comes before', () => {
    const text = '标题\n各界人士畅所欲言。\n市民张新海：榆次老城变美了。\n我和妻子常去逛。(记者 李娟)\n村民李秀英：日子越过越好。';
    const walk = walkSpeakers(frameFeature(classify(text), false).items, text);
    expect(walk.leadParts).toEqual(['各界人士畅所欲言。']);
    expect(walk.topics[0]!.statements.map((s) => [s.speaker.name, s.reporter, s.paragraphs.length])).toEqual([
      ['张新海', '李娟', 2],
      ['李秀英', null, 1],
    ]);
    expect(walk.bylines).toBe(1);
  });
});

function statement(name: string | null, role: string | null, paragraphs: string[], extra: Partial<StatementBuild> = {}): StatementBuild {
  return { speaker: { name, role }, host: false, evidence: 3, reporter: null, paragraphs, els: [], ...extra };
}

function walkOf(topics: TopicBuild[], questions = 0): Walk {
  return { topics, credits: [], captions: [], leadParts: [], leadEls: [], questions, bylines: 0 };
}

function topic(title: string | null, statements: StatementBuild[], implicit = title === null): TopicBuild {
  return { title, titleEl: null, implicit, statements };
}

const label = (extra: Partial<Item> = {}): Item => ({ ...itemOf({ text: 'x', el: null, heading: 0, emphasis: false, link: false }), kind: 'label', evidence: 3, ...extra });

describe('judge', () => {
  const a = statement('渠德鹏', '副主任', ['今年我们做了大量工作。']);
  const b = statement('张新海', '市民', ['榆次老城变美了。']);
  const c = statement('闫万玲', '乡长', ['乡村振兴项目7个。']);

  it.each([
    ['topic sections → roundtable', walkOf([topic('太原晋中一体化', [a], false), topic('老城新貌展活力', [b, c], false)]), [], true, 'roundtable'],
    ['no sections → voices', walkOf([topic(null, [a, b])]), [], true, 'voices'],
    ['a host asks → panel', walkOf([topic(null, [a, b, c])], 2), [label({ host: true })], true, 'panel'],
    ['one voice → nothing', walkOf([topic(null, [a])]), [], false, null],
    ['two "X说：“…”" quotes → nothing (a story may quote two)', walkOf([topic(null, [{ ...a, said: true }, { ...b, said: true }])]), [], false, null],
  ] as const)('%s', (_what, walk, items, detected, kind) => {
    const j = judgeFeature(walk, items);
    expect(j.detected).toBe(detected);
    expect(j.kind).toBe(kind);
  });

  it('rejects one answerer to every question, however many outlets ask', () => {
    const answers = [1, 2, 3, 4].map((n) => statement('汪文斌', '发言人', [`回答第${n}个问题。`]));
    const asker = statement(null, '彭博社', ['中方是否考虑调整相关政策？']);
    const j = judgeFeature(walkOf([topic(null, [...answers, asker, statement(null, '中新社', ['还有补充吗。'])])], 4), []);
    expect(j.detected).toBe(false);
    expect(j.evidence).toContain('one answerer to every question');
    expect(j.checks.find((c) => c.cue.startsWith('turns'))!.ok).toBe(false);
  });

  it('rejects a programme and one-line briefs, and says so', () => {
    const programme = Array.from({ length: 3 }, () => ({ ...label(), kind: 'meta' as const, programme: true }));
    expect(judgeFeature(walkOf([topic(null, [a, b])]), programme).evidence).toContain('3 programme lines');
    const briefs = walkOf([topic(null, [statement(null, '国家统计局', ['CPI上涨0.3%。']), statement(null, '商务部', ['服务贸易保持增长。'])])]);
    expect(judgeFeature(briefs, []).detected).toBe(false);
  });

  it('does not count weak labels (no role, no name shape) as voices', () => {
    const weak = statement(null, '后市关注', ['一是新股申购。'], { evidence: 1 });
    expect(judgeFeature(walkOf([topic(null, [a, weak])]), []).detected).toBe(false);
  });
});

describe('per-speaker headlines', () => {
  it('merges three or more implicit titles of one voice each into one untitled topic', () => {
    const t = (title: string, s: StatementBuild) => topic(title, [s], true);
    const a = statement('吴春华', '民生证券', ['本周市场继续下挫。']);
    const b = statement('刘景德', '信达证券', ['大盘随时可能反弹。']);
    const c = statement('张刚', '西南证券', ['有望重返4200点。']);
    expect(mergePerSpeakerTitles([t('利好堆积', a), t('反弹一触即发', b), t('重返4200点', c)]).map((x) => x.title)).toEqual([null]);
    // explicit sections (话题 markers) stay, even with one voice each
    const explicit = [topic('太原晋中一体化', [a], false), topic('老城新貌', [b], false), topic('城乡联动', [c], false)];
    expect(mergePerSpeakerTitles(explicit)).toBe(explicit);
  });
});
