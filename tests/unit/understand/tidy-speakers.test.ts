/** The last tidy of a parse's speakers (tidy-speakers.ts): markers dropped, names run on into 则 cut back, names read back. */
import { describe, expect, it } from 'vitest';
import type { Speaker, Statement } from '@/lib/outline';
import type { ParseResult } from '@/lib/understand/parse';
import { isMarkerSpeaker, tidySpeakers } from '@/lib/understand/tidy-speakers';
import { parseHtml } from '@/scripts/cli/input';

const statement = (name: string | null, role: string | null): Statement => ({
  speaker: { name, role },
  reporter: null,
  paragraphs: ['我们会继续做好这件事。'],
  summary: { gist: null, points: [], figures: [], cites: [] },
});

/** A parse of one topic with these speakers; each statement's source is a marked element, to see them kept in step. */
function parseOf(speakers: Array<[string | null, string | null]>): ParseResult {
  const doc = parseHtml('<!DOCTYPE html><html><body></body></html>').document;
  const els = speakers.map((_, i) => {
    const p = doc.createElement('p');
    p.id = `s${i}`;
    return p;
  });
  return {
    outline: {
      detected: true, kind: 'voices', evidence: [], script: 'simplified', headline: null, deck: null, lead: null,
      topics: [{ title: null, statements: speakers.map(([n, r]) => statement(n, r)) }],
      credits: [], captions: [],
    },
    sources: { headline: null, lead: [], topics: [{ title: null, statements: els.map((e) => [e]) }] },
    elements: els,
    judgement: {} as ParseResult['judgement'],
    lines: [],
  };
}

describe('isMarkerSpeaker', () => {
  it.each<[Speaker, boolean]>([
    [{ name: null, role: '片花' }, true],
    [{ name: null, role: '片名' }, true],
    [{ name: '短片', role: null }, true],
    [{ name: null, role: '热点三' }, true],
    [{ name: null, role: '熱點一' }, true],
    [{ name: null, role: '分享至' }, true],
    [{ name: null, role: '对话人' }, true],
    [{ name: null, role: '對話人' }, true],
    [{ name: null, role: '访谈嘉宾' }, true],
    [{ name: null, role: '特邀嘉賓' }, true],
    // a reading guide; a website's name, the outlet asking the questions
    [{ name: null, role: '导读' }, true],
    [{ name: null, role: '南方网' }, true],
    [{ name: null, role: '東方日報網' }, true],
    // (a site that prints readings after its characters)
    [{ name: null, role: '中國網(wǎng)' }, true],
    // a topic's background, a transcript's scene, a film shown
    [{ name: null, role: '话题背景' }, true],
    [{ name: null, role: '話題背景' }, true],
    [{ name: null, role: '现场' }, true],
    [{ name: null, role: '現場' }, true],
    [{ name: null, role: '作品' }, true],
    // (the audience on the scene speaks)
    [{ name: null, role: '现场观众' }, false],
    // (a netizen, and a role that only ends with the character, are voices)
    [{ name: null, role: '网友' }, false],
    [{ name: null, role: '某互联网公司创始人' }, false],
    // a voice: a guest with no name, a person, an organisation
    [{ name: null, role: '嘉宾' }, false],
    [{ name: null, role: '某区环保局' }, false],
    [{ name: '林小青', role: '访谈嘉宾' }, false],
    [{ name: '片山', role: '导演' }, false],
    [{ name: null, role: null }, false],
  ])('%j → %s', (speaker, marker) => {
    expect(isMarkerSpeaker(speaker)).toBe(marker);
  });
});

describe('tidySpeakers', () => {
  it.each<[string, string]>([
    // the contrasting 则 after one surname and a given name of two: the name ends before it
    ['吴文澜则', '吴文澜'],
    ['鄭家明則投書報社', '鄭家明'],
    // a name that holds no run-on stays as it is
    ['吴文澜', '吴文澜'],
    ['王则', '王则'],
    // a compound surname's name of four, and a name whose fourth character is no 则
    ['欧阳明则', '欧阳明则'],
    ['司徒美玲', '司徒美玲'],
  ])('name %s → %s', (name, want) => {
    const r = tidySpeakers(parseOf([[name, '某大学教授']]));
    expect(r.outline.topics[0]!.statements[0]!.speaker.name).toBe(want);
  });

  it("reads a name against the page's lines: the role printed right after it is cut away", () => {
    const parse = parseOf([['周海全', null]]);
    parse.lines = [{ block: { text: '周海全国人大代表、某市医院院长：' } }, { block: { text: '社区医生太少了。' } }] as ParseResult['lines'];
    expect(tidySpeakers(parse).outline.topics[0]!.statements[0]!.speaker.name).toBe('周海');
  });

  it('reads each name back (tidy-names.ts): a run-on cut, a hearing label read, a title and a name put back', () => {
    const r = tidySpeakers(parseOf([['冯晓提交', '全国政协委员'], [null, '江委員佳蓉'], ['老師', '葉其芳'], ['民眾', null]]));
    expect(r.outline.topics[0]!.statements.map((s) => s.speaker)).toEqual([
      { name: '冯晓', role: '全国政协委员' },
      { name: '江佳蓉', role: '委員' },
      { name: '葉其芳', role: '老師' },
      { name: null, role: '民眾' },
    ]);
  });

  it('drops a marker with its sources, in step with the statements kept', () => {
    const r = tidySpeakers(parseOf([[null, '对话人'], ['林小青', '作家'], [null, '片花'], ['周明', '导演']]));
    expect(r.outline.topics[0]!.statements.map((s) => s.speaker.name)).toEqual(['林小青', '周明']);
    expect(r.sources.topics[0]!.statements.map((els) => els[0]!.id)).toEqual(['s1', 's3']);
  });

  it('leaves a parse whose every speaker is a marker as it was', () => {
    const r = tidySpeakers(parseOf([[null, '片花'], [null, '分享至']]));
    expect(r.outline.topics[0]!.statements).toHaveLength(2);
    expect(r.sources.topics[0]!.statements).toHaveLength(2);
  });
});
