/**
 * One verdict on every surface: `npm run analyze` says what the extension's badge says. A text the full parse takes
 * for a feature but the page check refuses (the extension never parses it) is not detected in the CLI either;
 * `--explain` says why, and `--on-request` gives the people it quotes, as the popup's button does.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '@/scripts/cli/run';
import { FIXTURES } from '../understand/support';

// name-and-title lines with no colon: the parse reads them as labels; the page check finds no cue it reads, and
// the hand-off (the parse of the page's opening, made in the engine) finds them
const TITLE_LINES = [
  '院士谈基础研究',
  '王海明中国科学院院士、某大学教授',
  '基础研究是科技创新的源头，我们迫切需要在西部布局建设一批基础科学中心，尽快建设多学科交叉的创新中心。',
  '刘建华中国工程院院士、某研究院院长',
  '西部地区有从事基础研究的良好氛围，科研人员容易沉下心来，坐十年冷板凳搞基础研究。',
];
// the same round after some 9,000 characters of a work report: past the opening the hand-off reads, so the
// extension never parses the page, though a parse of the whole text would take it
const REPORT = Array.from({ length: 180 }, (_, i) => `第${i + 1}项工作进展顺利，相关部门按照年初确定的计划推进各项任务，完成情况总体良好，群众满意度较去年有所提高。`);
const LATE_ROUND = [TITLE_LINES[0]!, ...REPORT, ...TITLE_LINES.slice(1)].join('\n');

function file(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dubao-verdict-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function analyze(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runAnalyze(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe("the CLI's verdict is the extension's", () => {
  it('a text the page check refuses and its opening does not hold is not detected: no kind, no topics, the check first in the evidence', async () => {
    const r = await analyze(file('late.txt', LATE_ROUND));
    expect(r.code).toBe(0);
    const outline = JSON.parse(r.stdout);
    expect(outline.detected).toBe(false);
    expect(outline.kind).toBeNull();
    expect(outline.topics).toEqual([]);
    expect(outline.evidence[0]).toMatch(/^page check: no speaker labels.*and no feature in the opening's parse$/);
    // what the parse alone found stays visible, marked as such
    expect(outline.evidence.slice(1).length).toBeGreaterThan(0);
    expect(outline.evidence.slice(1).every((e: string) => e.startsWith('the parse alone: '))).toBe(true);
    expect(outline.headline).toBe('院士谈基础研究');
  });

  it('--explain says the extension never parses it, and what the parse alone would take it for', async () => {
    const r = await analyze(file('late.txt', LATE_ROUND), '--explain');
    expect(r.stdout).toMatch(/^Detected: no \(the page check and the opening's parse refuse it, so the extension never parses this page; the parse alone would take it for a feature, kind "voices"/m);
    expect(r.stdout).toContain("✗ the parse of the page's opening (headline and paragraphs), made off the page by the engine, finds a feature");
    expect(r.stdout).not.toMatch(/^Detected: yes/m);
    expect(r.stdout).toContain('Page check (the extension runs it on every page');
    expect(r.stdout).toContain('→ fails: the page is not parsed, nothing is shown');
  });

  it('--on-request gives the people it quotes, as the popup does, and is marked so', async () => {
    const r = await analyze(file('late.txt', LATE_ROUND), '--on-request');
    const outline = JSON.parse(r.stdout);
    expect(outline.detected).toBe(false);
    expect(outline.onRequest).toBe(true);
    const people = outline.topics.flatMap((t: { statements: Array<{ speaker: { name: string; role: string } }> }) => t.statements.map((s) => [s.speaker.name, s.speaker.role]));
    expect(people).toEqual([
      ['王海明', '中国科学院院士、某大学教授'],
      ['刘建华', '中国工程院院士、某研究院院长'],
    ]);
  });

  it('a feature the extension finds reads the same with and without --on-request, and on text and page alike', async () => {
    const plain = JSON.parse((await analyze(join(FIXTURES, 'seed.txt'))).stdout);
    const asked = JSON.parse((await analyze(join(FIXTURES, 'seed.txt'), '--on-request')).stdout);
    expect(plain.detected).toBe(true);
    expect(asked).toEqual(plain);
    const page = JSON.parse((await analyze(join(FIXTURES, 'seed-epaper.html'))).stdout);
    expect(page.detected).toBe(true);
    expect(page.topics.map((t: { title: string }) => t.title)).toEqual(plain.topics.map((t: { title: string }) => t.title));
  });

  it('a page whose check and opening refuse it is not detected in the CLI either (HTML)', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>院士谈基础研究</title></head><body><article>${LATE_ROUND.split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('')}</article></body></html>`;
    const r = await analyze(file('late.html', html));
    const outline = JSON.parse(r.stdout);
    expect(outline.detected).toBe(false);
    expect(outline.evidence[0]).toMatch(/^page check:/);
    const md = await analyze(file('late.html', html), '--format', 'md');
    expect(md.stdout).not.toContain('王海明');
  });
});

describe('the hand-off: a round the check cannot see, found in the opening', () => {
  it('a text of name-and-title lines is detected, and --explain says the opening let it through', async () => {
    const r = await analyze(file('titles.txt', TITLE_LINES.join('\n')));
    const outline = JSON.parse(r.stdout);
    expect(outline.detected).toBe(true);
    expect(outline.topics.flatMap((t: { statements: Array<{ speaker: { name: string } }> }) => t.statements.map((s) => s.speaker.name))).toEqual(['王海明', '刘建华']);
    const why = await analyze(file('titles.txt', TITLE_LINES.join('\n')), '--explain');
    expect(why.stdout).toMatch(/^Detected: yes/m);
    expect(why.stdout).toContain("✓ the parse of the page's opening (headline and paragraphs), made off the page by the engine, finds a feature");
    expect(why.stdout).toContain('→ passes: the page is parsed');
  });

  it('the same as an HTML page', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>院士谈基础研究 - 示例网</title></head><body><article>${TITLE_LINES.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;
    const outline = JSON.parse((await analyze(file('titles.html', html))).stdout);
    expect(outline.detected).toBe(true);
    expect(outline.kind).toBe('voices');
  });
});
