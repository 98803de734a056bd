/**
 * Real Hong Kong articles in traditional script (../shared/fixtures/hk): two multi-speaker pieces with
 * every speaker found, by hand-written tables, and one single-reporter story that must not be detected.
 */
import { describe, expect, it } from 'vitest';
import { summaryProblems } from '../unit/understand/support';
import { BUDGET, VOXPOP } from './hk-key';
import { analyzeShared as analyzeTextFixture } from './shared';

describe('hkcnews-10364 budget voices (name：position lines under section headers)', () => {
  const outline = analyzeTextFixture('hk/hkcnews-10364-budget-voices.txt');

  it('is a roundtable in traditional script', () => {
    expect(outline.detected).toBe(true);
    expect(outline.kind).toBe('roundtable');
    expect(outline.script).toBe('traditional');
    expect(outline.headline).toBe('財政預算案明公布 各界派錢訴求');
    expect(outline.lead).toMatch(/^林鄭月娥出任特首後的首份財政預算案明天公布.*如下：$/);
  });

  it('finds both sections and every speaker with the right name and role', () => {
    expect(outline.topics.map((t) => ({ title: t.title, speakers: t.statements.map((s) => [s.speaker.name, s.speaker.role]) }))).toEqual(
      BUDGET,
    );
  });

  it('keeps each speech without its label, and the byline at the top as every speaker’s reporter', () => {
    const first = outline.topics[0]!.statements[0]!;
    expect(first.paragraphs).toEqual(['贊成派錢，讓市民即時共享經濟發展成果，形容派6000元絕對可以。']);
    expect(outline.topics.flatMap((t) => t.statements).every((s) => s.reporter === '戴晴曦')).toBe(true);
  });

  it('ends the last speaker’s words where the reporter’s narrative resumes', () => {
    const last = outline.topics[1]!.statements.at(-1)!;
    expect(last.paragraphs).toHaveLength(1);
    expect(outline.captions).toEqual([expect.stringMatching(/資料圖片$/)]);
  });

  it('summarises verbatim', () => {
    expect(summaryProblems(outline)).toEqual([]);
  });
});

describe('hkcnews-13232 July 1 vox-pop (labels alone on their lines, captions between)', () => {
  const outline = analyzeTextFixture('hk/hkcnews-13232-july1-voxpop.txt');

  it('finds every speaker, one implicit topic', () => {
    expect(outline.detected).toBe(true);
    expect(outline.script).toBe('traditional');
    expect(outline.topics).toHaveLength(1);
    expect(outline.topics[0]!.title).toBeNull();
    expect(outline.topics[0]!.statements.map((s) => [s.speaker.name, s.speaker.role])).toEqual(VOXPOP);
  });

  it('keeps the speeches whole and the photo captions apart', () => {
    const chen = outline.topics[0]!.statements[1]!;
    expect(chen.paragraphs).toHaveLength(2);
    expect(chen.paragraphs[1]).toMatch(/為在內地的在囚人士抗爭。」$/);
    expect(outline.captions).toHaveLength(9);
    expect(outline.captions.every((c) => c.endsWith('周滿鏗攝'))).toBe(true);
    for (const s of outline.topics[0]!.statements) expect(s.paragraphs.join('')).not.toContain('攝');
  });

  it('takes the reporter from the byline under the headline', () => {
    expect(outline.headline).toBe('學生穿「囚衣」上街：政治犯為理想犧牲很多');
    expect(outline.topics[0]!.statements.every((s) => s.reporter === '周滿鏗')).toBe(true);
    expect(outline.lead).toBe('今年的七一遊行，部分人以特別造型上街，背後想傳達甚麼訊息？聽聽他們的心聲。');
  });

  it('summarises verbatim', () => {
    expect(summaryProblems(outline)).toEqual([]);
  });
});

describe('hkcnews-10243 single-reporter story', () => {
  const outline = analyzeTextFixture('hk/hkcnews-10243-single-reporter.txt');

  it('is not detected', () => {
    expect(outline.detected).toBe(false);
    expect(outline.kind).toBeNull();
    expect(outline.topics).toEqual([]);
    expect(outline.script).toBe('traditional');
    expect(outline.headline).toBe('統計處調查：電視最影響公共政策及時事取態');
  });
});
