/**
 * The content script's understanding steps (dubao.content/understanding.ts) over the lazy scripts' own entries
 * (entrypoints/understanding, entrypoints/summaries), loaded by a fake loader instead of import(): the summaries'
 * script is loaded only where a feature is found (or people are quoted, on request), and where it fails to load or
 * throws, the error is reported and the analysis stands, its speakers without gists.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import understandingEntry from '@/entrypoints/understanding';
import summariesEntry from '@/entrypoints/summaries';
import { UNDERSTANDING_KEY, type UnderstandingApi } from '@/entrypoints/dubao.content/understanding-api';
import { SUMMARIES_KEY, type SummariesApi } from '@/entrypoints/dubao.content/summaries-api';
import { readQuotedPeople, understandPage, type LazyParts } from '@/entrypoints/dubao.content/understanding';
import { leadGistOf } from '@/lib/lead-gist';
import type { Outline } from '@/lib/outline';
import { analyzeDocument, readPageVoices, summarizeAnalysis } from '@/lib/understand';
import { emptySummary } from '@/lib/understand/empty-summary';

const FIXTURES = resolve(__dirname, '../fixtures');
const page = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const fixture = (path: string) => page(readFileSync(resolve(FIXTURES, path), 'utf8'));
// a reporter's story quoting two people: no feature, read on request
const STORY = page(`<!DOCTYPE html><html lang="zh-CN"><head><title>小区门口的新路灯</title></head><body><article><h1>小区门口的新路灯</h1><p>本报记者 孙立</p>
<p>居民张海燕说：“这灯总算亮了，晚上出门踏实多了。”</p>
<p>物业经理刘建军说：“我们会每周巡查一次线路，坏了马上修，请大家放心。”</p></article></body></html>`);
const NOTICE = page(`<!DOCTYPE html><html lang="zh-CN"><head><title>降温</title></head><body><article><h1>明天起本市有一次降温过程</h1><p>受冷空气影响，明天起本市气温将下降六到八摄氏度，请市民注意添衣保暖。</p><p>后天早晨郊区有霜冻。</p></article></body></html>`);

let understanding: UnderstandingApi;
let summaries: SummariesApi;
beforeAll(() => {
  // each entry leaves its functions on the global, as in the content script's world
  understandingEntry.main();
  summariesEntry.main();
  const global = globalThis as Record<symbol, unknown>;
  understanding = global[UNDERSTANDING_KEY] as UnderstandingApi;
  summaries = global[SUMMARIES_KEY] as SummariesApi;
});

/** Loaders that count their loads; `summaries` may be replaced (a failed load, a throwing script). */
function lazyParts(summariesLoad: () => Promise<SummariesApi> = async () => summaries) {
  const loads = { understanding: 0, summaries: 0 };
  const errors: unknown[] = [];
  const parts: LazyParts = {
    understanding: async () => (loads.understanding++, understanding),
    summaries: () => (loads.summaries++, summariesLoad()),
  };
  return { parts, loads, errors, report: (error: unknown) => errors.push(error) };
}

const throwing = (message: string) => (): never => {
  throw new Error(message);
};
const summariesOf = (outline: Outline) => outline.topics.flatMap((t) => t.statements.map((s) => s.summary));
const speakersOf = (outline: Outline) => outline.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

describe('understandPage', () => {
  it('a feature: the parse, then the summaries’ script makes its summaries and the lead’s gist (the one-step analysis’)', async () => {
    const doc = fixture('seed-epaper.html');
    const { parts, loads, errors, report } = lazyParts();
    const { analysis, leadGist } = await understandPage(doc, null, null, report, parts);
    expect(loads).toEqual({ understanding: 1, summaries: 1 });
    expect(analysis!.outline).toEqual(analyzeDocument(fixture('seed-epaper.html')).outline);
    expect(summariesOf(analysis!.outline).every((s) => s.gist)).toBe(true);
    expect(leadGist).toBe(leadGistOf(analysis!.outline));
    expect(leadGist).toBeTruthy();
    expect(errors).toEqual([]);
  });

  it('a page whose check passes but which holds no feature never loads the summaries', async () => {
    const { parts, loads, errors, report } = lazyParts();
    const understood = await understandPage(fixture('understand/neg-single-reporter.html'), null, null, report, parts);
    expect(understood).toEqual({ analysis: null, leadGist: null });
    expect(loads).toEqual({ understanding: 1, summaries: 0 });
    expect(errors).toEqual([]);
  });

  const failures: Array<[string, () => Promise<SummariesApi>]> = [
    ['fails to load', () => Promise.reject(new Error('DuBao: the summaries did not load'))],
    ['throws', async () => ({ ...summaries, summarize: throwing('the summariser threw') })],
  ];
  it.each(failures)('the summaries’ script %s: reported, and the feature stands with its speakers, without gists', async (_, load) => {
    const { parts, errors, report } = lazyParts(load);
    const { analysis, leadGist } = await understandPage(fixture('seed-epaper.html'), null, null, report, parts);
    expect(errors).toHaveLength(1);
    expect(analysis!.outline.detected).toBe(true);
    expect(speakersOf(analysis!.outline)).toEqual(['渠德鹏', '张新海', '闫万玲', '王静']);
    expect(summariesOf(analysis!.outline)).toEqual(Array(4).fill(emptySummary()));
    expect(leadGist).toBeNull();
  });

  it('the lead’s gist throws: reported, the statements’ summaries stand', async () => {
    const { parts, errors, report } = lazyParts(async () => ({ ...summaries, leadGist: throwing('the lead threw') }));
    const { analysis, leadGist } = await understandPage(fixture('seed-epaper.html'), null, null, report, parts);
    expect(errors).toHaveLength(1);
    expect(summariesOf(analysis!.outline).every((s) => s.gist)).toBe(true);
    expect(leadGist).toBeNull();
  });
});

describe('readQuotedPeople', () => {
  const words = async () => null;

  it('the people quoted, with their summaries (the one-step reading’s)', async () => {
    const { parts, loads, errors, report } = lazyParts();
    const reading = await readQuotedPeople(STORY, words, report, parts);
    expect(reading).toEqual(summarizeAnalysis(readPageVoices(STORY)));
    expect(reading.people).toBe(2);
    expect(summariesOf(reading.outline).map((s) => s.gist)).toEqual(['“这灯总算亮了，晚上出门踏实多了。”', '“我们会每周巡查一次线路，坏了马上修，请大家放心。”']);
    expect(loads).toEqual({ understanding: 1, summaries: 1 });
    expect(errors).toEqual([]);
  });

  it('nobody quoted: nothing to summarize, the summaries are not loaded', async () => {
    const { parts, loads, report } = lazyParts();
    const reading = await readQuotedPeople(NOTICE, words, report, parts);
    expect(reading.people).toBe(0);
    expect(loads.summaries).toBe(0);
  });

  it('the summaries fail to load: reported, and the reading stands without gists', async () => {
    const { parts, errors, report } = lazyParts(() => Promise.reject(new Error('DuBao: the summaries did not load')));
    const reading = await readQuotedPeople(STORY, words, report, parts);
    expect(errors).toHaveLength(1);
    expect(reading.people).toBe(2);
    expect(summariesOf(reading.outline)).toEqual([emptySummary(), emptySummary()]);
  });
});
