/** The CLI end to end: JSON and Markdown on real files; bad input gets one line on stderr and exit code 2. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readParagraphs } from '@/scripts/cli/input';
import { runAnalyze } from '@/scripts/cli/run';
import { FIXTURES, readFixture, withoutSummaries } from './support';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The real command in a child process: exit code and streams as a shell sees them. */
function spawnAnalyze(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same command in this process (fast): output captured. */
async function analyze(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runAnalyze(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('npm run analyze', () => {
  it('prints the seed outline as JSON in exactly the documented shape (child process)', () => {
    const r = spawnAnalyze(join(FIXTURES, 'seed.txt'));
    expect(r.code).toBe(0);
    const outline = JSON.parse(r.stdout);
    expect(Object.keys(outline)).toEqual(['detected', 'kind', 'evidence', 'script', 'headline', 'deck', 'lead', 'topics', 'credits', 'captions']);
    expect(Object.keys(outline.topics[0].statements[0])).toEqual(['speaker', 'reporter', 'paragraphs', 'summary']);
    expect(Object.keys(outline.topics[0].statements[0].summary)).toEqual(['gist', 'points', 'figures', 'cites', 'asks']);
    expect(withoutSummaries(outline)).toEqual(JSON.parse(readFixture('seed-expected.json')));
  }, 30_000);

  it('reads an HTML page and prints Markdown', async () => {
    const r = await analyze(join(FIXTURES, 'seed-epaper.html'), '--format', 'md');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# 做活城乡融合/);
    expect(r.stdout).toContain('### 王静(市发展和改革委员会党组成员、副主任)');
  });

  it.each([
    ['missing', (dir: string) => join(dir, 'nope.txt'), /no such file/],
    ['empty', (dir: string) => (writeFileSync(join(dir, 'empty.txt'), ''), join(dir, 'empty.txt')), /empty/],
    ['blank', (dir: string) => (writeFileSync(join(dir, 'blank.txt'), '\n  \n'), join(dir, 'blank.txt')), /empty/],
    ['binary', (dir: string) => (writeFileSync(join(dir, 'b.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1])), join(dir, 'b.txt')), /binary/],
    ['not UTF-8', (dir: string) => (writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xd6, 0xd0])), join(dir, 'gbk.txt')), /UTF-8/],
    ['a directory', (dir: string) => dir, /directory/],
  ])('input %s: one-line error, exit code 2', async (_what, make, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'dubao-cli-'));
    const r = await analyze(make(dir));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('rejects an unknown format and a missing argument with exit code 2', async () => {
    expect((await analyze(join(FIXTURES, 'seed.txt'), '--format', 'xml')).code).toBe(2);
    const none = await analyze();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^dubao: usage:/);
  });

  it('exits with 2 from the shell too, for a missing file (child process, through the bin launcher)', () => {
    const r = spawnSync(process.execPath, ['scripts/dubao.mjs', join(FIXTURES, 'missing.txt')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dubao: .*missing\.txt: no such file\n$/);
  }, 30_000);
});

describe('readParagraphs', () => {
  it('reads a .txt as its non-empty trimmed lines, skipping a SOURCE: first line', async () => {
    const paragraphs = await readParagraphs(join(FIXTURES, 'understand/policy-address-hk.txt'));
    expect(paragraphs[0]).toBe('施政報告諮詢　市民團體各抒己見');
    expect(paragraphs.every((p) => p === p.trim() && p.length > 0)).toBe(true);
  });

  it('reads an .html as its readable blocks in document order', async () => {
    const paragraphs = await readParagraphs(join(FIXTURES, 'seed-epaper.html'));
    expect(paragraphs[0]).toBe('做活城乡融合“大文章” 下好区域协调“一盘棋”');
    expect(paragraphs).toContain('本版策划:路丽华');
    expect(paragraphs).not.toContain('第01版');
  });
});
