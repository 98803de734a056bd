/** `npm run analyze -- FILE --explain`: why a page was or was not taken for a feature, with the cues and thresholds. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '@/scripts/cli/run';
import { FIXTURES } from '../understand/support';

async function explain(file: string, ...more: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runAnalyze([join(FIXTURES, file), ...more], { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('--explain', () => {
  it('says a detected feature is one, its kind, the evidence and every check with its threshold', async () => {
    const r = await explain('seed.txt', '--explain');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Detected: yes, kind "roundtable"');
    expect(r.stdout).toContain('Evidence: 4 speaker labels · 4 topic headers · reporter bylines');
    expect(r.stdout).toMatch(/✓ distinct voices who say something: 4 \(need ≥ 2\)/);
    expect(r.stdout).toContain('1. 渠德鹏 (市发展和改革委员会党组成员、副主任)');
    expect(r.stdout).not.toContain('✗');
  });

  it('says why an interview is not a feature: one answerer', async () => {
    const r = await explain('understand/neg-interview.txt', '--explain');
    expect(r.stdout).toContain('Detected: no');
    expect(r.stdout).toMatch(/✗ distinct voices who say something: 1 \(need ≥ 2\)/);
    expect(r.stdout).toMatch(/✗ turns of the voice who speaks most/);
    expect(r.stdout).toContain('one answerer to every question');
  });

  it('on a page, reports the page check the extension runs before the parse', async () => {
    const r = await explain('seed-epaper.html', '--explain');
    expect(r.stdout).toContain('Page check');
    expect(r.stdout).toContain('✓ Chinese text in the page\'s opening');
    expect(r.stdout).toContain('→ passes: the page is parsed');
  });

  it('on a page with no speaker cues, says the page check fails and the page is not parsed', async () => {
    const r = await explain('understand/neg-headlines.html', '--explain');
    expect(r.stdout).toContain('Detected: no');
    expect(r.stdout).toContain('→ fails: the page is not parsed');
  });

  it('lists the label-like lines set aside and why (a list of headlines)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dubao-explain-'));
    const file = join(dir, 'headlines.txt');
    writeFileSync(file, '相關新聞\n侯友宜：治安不好我下台\n柯文哲：台北市不會停止建設\n蔡英文：兩岸應維持現狀\n');
    let stdout = '';
    await runAnalyze([file, '--explain'], { out: (t) => (stdout += t), err: () => {} });
    expect(stdout).toContain('Detected: no');
    expect(stdout).toContain('“侯友宜：治安不好我下台”: a headline (no sentence after the colon, no speech below)');
  });

  it('is also a --format', async () => {
    const a = await explain('seed.txt', '--explain');
    const b = await explain('seed.txt', '--format', 'explain');
    expect(b.stdout).toBe(a.stdout);
  });
});
