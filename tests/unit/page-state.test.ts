/** What the popup and the badge are told about a page, from what the content script knows. */
import { describe, expect, it } from 'vitest';
import { hasFeature, pageStateOf, type PageFacts } from '@/lib/page-state';
import type { Outline, Statement } from '@/lib/outline';
import { pageState } from '../helpers/page-state';

const statement = (name: string): Statement => ({
  speaker: { name, role: null },
  reporter: null,
  paragraphs: ['城乡融合发展。'],
  summary: { gist: null, points: [], figures: [], cites: [] },
});

function outline(topics: string[][], detected = true): Outline {
  return {
    detected,
    kind: detected ? 'roundtable' : null,
    script: 'simplified',
    headline: '做活城乡融合“大文章”',
    deck: null,
    lead: null,
    topics: topics.map((names, i) => ({ title: `话题${i}`, statements: names.map(statement) })),
    credits: [],
    captions: [],
    evidence: [],
  };
}

const SEED_LIKE = outline([['渠德鹏'], ['张新海'], ['闫万玲'], ['王静']]);
const facts = (patch: Partial<PageFacts> = {}): PageFacts => ({
  verdict: { chinese: true, lang: 'zh-CN', hanShare: 0.92 },
  pageScript: 'simplified',
  outline: SEED_LIKE,
  layers: { pinyin: false, script: 'original' },
  sidebarOpen: false,
  disabled: false,
  ...patch,
});

describe('hasFeature', () => {
  it.each([
    ['a roundtable with statements', SEED_LIKE, true],
    ['detected, but no statement', outline([[], []]), false],
    ['not detected', outline([['渠德鹏']], false), false],
    ['no outline', null, false],
  ])('%s → %s', (_, o, expected) => {
    expect(hasFeature(o)).toBe(expected);
  });
});

describe('pageStateOf', () => {
  it.each([
    ['the seed page, layers off', facts(), pageState()],
    ['layers on, sidebar open', facts({ layers: { pinyin: true, script: 'tw' }, sidebarOpen: true }), pageState({ pinyin: true, scriptState: 'tw', sidebarOpen: true })],
    ['topics without statements are not counted', facts({ outline: outline([['甲', '乙'], [], ['丙']]) }), pageState({ topics: 2, speakers: 3 })],
    ['no feature: no topics nor speakers', facts({ outline: outline([['甲']], false) }), pageState({ detected: false, topics: 0, speakers: 0 })],
    ['a traditional page', facts({ pageScript: 'traditional' }), pageState({ script: 'traditional' })],
    [
      'DuBao off on the site: nothing known',
      facts({ verdict: null, pageScript: null, outline: null, layers: null, disabled: true }),
      pageState({ chinese: false, lang: null, hanShare: 0, detected: false, topics: 0, speakers: 0, disabled: true }),
    ],
  ])('%s', (_, f, expected) => {
    expect(pageStateOf(f)).toEqual(expected);
  });
});
