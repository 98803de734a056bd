/** `--entries FILE`: the reader's own entries in the CLI, as in the extension (the settings page's export format). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '@/scripts/cli/run';

const dir = mkdtempSync(join(tmpdir(), 'dubao-entries-cli-'));
const input = join(dir, 'in.txt');
const entries = join(dir, 'entries.txt');
const bad = join(dir, 'bad.txt');
writeFileSync(input, '银行行长说软件很好。\n');
writeFileSync(entries, '# mine\n行长 → xing2 chang2\n软件 ↔ 軟體\n');
writeFileSync(bad, '行长 → xing2\n');

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runAnalyze(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const jyutping = join(dir, 'jyutping.txt');
writeFileSync(jyutping, '行长 → hong2 zoeng2\n说 → jyutping: syut3\n很 → han2\n');

describe('dubao --entries FILE', () => {
  it('Jyutping readings of the file win under --notation jyutping, and leave pinyin alone', async () => {
    const plain = await run(input, '--format', 'pinyin-text', '--notation', 'jyutping');
    expect(plain.stdout).toContain('行长(hong4 zoeng2)');
    const own = await run(input, '--format', 'pinyin-text', '--notation', 'jyutping', '--entries', jyutping);
    expect(own.code).toBe(0);
    expect(own.stdout).toContain('行长(hong2 zoeng2)');
    expect(own.stdout).toContain('说(syut3)');
    // 很 → han2 is pinyin hán as much as Jyutping: read as pinyin, and said so on stderr.
    expect(own.stderr).toBe(`dubao: ${jyutping}:3: read as pinyin (its syllables are Jyutping too; write "jyutping:" before them for Cantonese): 很 → han2\n`);
    const pinyin = await run(input, '--format', 'pinyin-text', '--entries', jyutping);
    expect(pinyin.stdout).toContain('行长(hángzhǎng)');
    expect(pinyin.stdout).toContain('很(hán)');
    const json = JSON.parse((await run(input, '--format', 'pinyin', '--notation', 'jyutping', '--entries', jyutping)).stdout);
    expect(json.paragraphs[0].readings.slice(2, 5)).toEqual(['hong2', 'zoeng2', 'syut3']);
  });

  it('readings and conversions of the file win, and only while it is given', async () => {
    expect((await run(input, '--format', 'pinyin-text', '--entries', entries)).stdout).toBe('银行(yínháng)行长(xíngcháng)说(shuō)软件(ruǎnjiàn)很(hěn)好(hǎo)。\n');
    expect((await run(input, '--format', 'hk', `--entries=${entries}`)).stdout).toBe('銀行行長説軟體很好。\n');
    // The next run without the option is back to the built-in ones.
    expect((await run(input, '--format', 'hk')).stdout).toBe('銀行行長説軟件很好。\n');
    expect((await run(input, '--format', 'pinyin-text')).stdout).toContain('行长(hángzhǎng)');
  });

  it('a missing file or a line that is not an entry: one line on stderr, exit 2', async () => {
    const missing = await run(input, '--format', 'hk', '--entries', join(dir, 'none.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^dubao: cannot read the entries file .*none\.txt\n$/);
    const wrong = await run(input, '--format', 'hk', '--entries', bad);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(`dubao: ${bad}:1: not an entry: 行长 → xing2\n`);
    expect((await run(input, '--entries')).code).toBe(2);
  });
});
