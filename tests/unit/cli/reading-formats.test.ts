import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { personNames } from '@/lib/outline';
import { loadInput } from '@/scripts/cli/input';
import { runAnalyze } from '@/scripts/cli/run';
import {
  formatConverted,
  formatPinyinJson,
  formatPinyinText,
  formatWordReading,
  splitReadingOptions,
} from '@/scripts/cli/reading-formats';

const run = promisify(execFile);

/** Runs the analyze command in process (the same function the binary runs). */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runAnalyze(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Runs the real binary (scripts/analyze.ts in a child process). */
async function binary(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// a traditional-script article (the real Hong Kong ones are in the corpus tier: tests/corpus/hk-reading.test.ts)
const HK = 'tests/fixtures/understand/policy-address-hk.txt';

describe('reading options', () => {
  it.each([
    [['f.txt', '--format', 'pinyin-text'], ['f.txt', '--format', 'pinyin-text'], 'marks', false, 'spoken'],
    [['f.txt', '--tones', 'numbers', '--format', 'pinyin-text'], ['f.txt', '--format', 'pinyin-text'], 'numbers', false, 'spoken'],
    [['--tones=none', '--zhuyin', 'f.txt'], ['f.txt'], 'none', true, 'spoken'],
    [['f.txt', '--tones-as', 'written', '--format', 'pinyin'], ['f.txt', '--format', 'pinyin'], 'marks', false, 'written'],
    [['--tones-as=spoken', 'f.txt'], ['f.txt'], 'marks', false, 'spoken'],
  ] as const)('%j', (argv, rest, tones, zhuyin, tonesAs) => {
    expect(splitReadingOptions(argv)).toEqual({ rest, options: { tones, zhuyin, tonesAs } });
  });

  it('rejects a bad --tones-as value with a one-line message', () => {
    expect(() => splitReadingOptions(['--tones-as', 'loud'])).toThrow(/written or spoken, not "loud"/);
    expect(() => splitReadingOptions(['--tones-as'])).toThrow(/written or spoken/);
  });

  it('--tones-as written gives 一 and 不 their dictionary tones, spoken as said (pinyin-text and pinyin)', () => {
    const text = ['一个不是'];
    expect(formatPinyinText(text, [], { tones: 'marks', zhuyin: false, tonesAs: 'spoken' })).toBe('一个(yígè)不是(búshì)\n');
    expect(formatPinyinText(text, [], { tones: 'marks', zhuyin: false, tonesAs: 'written' })).toBe('一个(yīgè)不是(bùshì)\n');
    expect(JSON.parse(formatPinyinJson(text, [], { tonesAs: 'written' })).paragraphs[0].readings).toEqual(['yī', 'gè', 'bù', 'shì']);
    expect(JSON.parse(formatPinyinJson(text, [])).paragraphs[0].readings).toEqual(['yí', 'gè', 'bú', 'shì']);
  });



  it('rejects a bad --tones value with a one-line message', () => {
    expect(() => splitReadingOptions(['--tones', 'loud'])).toThrow(/marks, numbers or none/);
    expect(() => splitReadingOptions(['--tones'])).toThrow(/needs a value/);
  });

  it.each([
    [['fā', 'zhǎn'], { tones: 'marks', zhuyin: false }, 'fāzhǎn'],
    [['fā', 'zhǎn'], { tones: 'numbers', zhuyin: false }, 'fa1zhan3'],
    [['xī', 'ān'], { tones: 'marks', zhuyin: false }, "xī'ān"],
    [['fā', 'zhǎn'], { tones: 'marks', zhuyin: true }, 'ㄈㄚ ㄓㄢˇ'],
    [['fā', 'zhǎn'], { tones: 'none', zhuyin: true }, 'ㄈㄚ ㄓㄢ'],
  ] as const)('word reading %j %j → %s', (readings, options, expected) => {
    expect(formatWordReading(readings, options)).toBe(expected);
  });
});

describe('formats on the fixtures (in process)', () => {
  it('pinyin: one entry per paragraph, one reading per character, names read as names', async () => {
    const input = await loadInput('tests/fixtures/seed.txt');
    const names = personNames(input.outline());
    expect(names).toContain('渠德鹏');
    const json = JSON.parse(formatPinyinJson(input.paragraphs, names)) as { paragraphs: Array<{ text: string; readings: (string | null)[] }> };
    expect(json.paragraphs.map((p) => p.text)).toEqual(input.paragraphs);
    for (const p of json.paragraphs) expect(p.readings).toHaveLength(Array.from(p.text).length);
    const first = json.paragraphs[0]!;
    expect(first.text.startsWith('做活城乡融合')).toBe(true);
    expect(first.readings.slice(0, 6)).toEqual(['zuò', 'huó', 'chéng', 'xiāng', 'róng', 'hé']);
    await input.close();
  });

  it('pinyin-text: words with their readings, per line', async () => {
    const input = await loadInput('tests/fixtures/seed.txt');
    const text = formatPinyinText(input.paragraphs, ['渠德鹏'], { tones: 'marks', zhuyin: false });
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(input.paragraphs.length);
    expect(text).toContain('渠德鹏(qúdépéng)');
    expect(text).toContain('发展(fāzhǎn)');
    expect(text).toContain('乡长(xiāngzhǎng)');
    expect(text).toContain('融为一体(róngwéiyìtǐ)');
    // Removing the readings gives back the paragraphs.
    const reading = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ'?]+\)/g;
    expect(lines.map((l) => l.replace(reading, ''))).toEqual(input.paragraphs);
    await input.close();
  });

  it('tw/twp/hk/cn: converted paragraphs, one per line, exceptions applied', async () => {
    const seed = await loadInput('tests/fixtures/seed.txt');
    const tw = formatConverted(seed.paragraphs, 'tw').trimEnd().split('\n');
    expect(tw).toHaveLength(seed.paragraphs.length);
    expect(tw[0]).toBe('做活城鄉融合“大文章” 下好區域協調“一盤棋”');
    expect(tw.join('\n')).toContain('指明了');
    expect(formatConverted(seed.paragraphs, 'twp')).toContain('萬象更新');
    expect(formatConverted(seed.paragraphs, 'hk')).toContain('新征程');
    const hk = await loadInput(HK);
    const cn = formatConverted(hk.paragraphs, 'cn');
    expect(cn).toContain('施政报告咨询　市民团体各抒己见');
    expect(cn).toContain('公屋联会主席黄国健：轮候公屋时间仍然超过五年');
    await seed.close();
    await hk.close();
  });
});

describe('the CLI (npm run analyze / dubao)', () => {
  it('--format pinyin on seed.txt scores ≥ 99.5% of the 621 gold occurrences', async () => {
    const { code, stdout } = await cli('tests/fixtures/seed.txt', '--format', 'pinyin');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { paragraphs: Array<{ text: string; readings: (string | null)[] }> };
    const gold = JSON.parse(readFileSync('tests/fixtures/seed-pinyin-gold.json', 'utf8')) as Array<{ para: number; index: number; char: string; gold: string[] }>;
    let right = 0;
    for (const g of gold) {
      const p = out.paragraphs[g.para]!;
      expect(Array.from(p.text)[g.index]).toBe(g.char);
      if (g.gold.includes(p.readings[g.index] ?? '')) right++;
    }
    console.log(`CLI --format pinyin on the seed: ${right}/${gold.length}`);
    expect(right / gold.length).toBeGreaterThanOrEqual(0.995);
  }, 60_000);

  it('--format pinyin-text --tones numbers on the e-paper HTML reads its blocks', async () => {
    const { code, stdout } = await cli('tests/fixtures/seed-epaper.html', '--format', 'pinyin-text', '--tones', 'numbers');
    expect(code).toBe(0);
    expect(stdout).toContain('发展(fa1zhan3)');
    expect(stdout).toContain('渠德鹏(qu2de2peng2)');
  }, 60_000);

  it('--format cn on a Hong Kong article and --format twp on the seed', async () => {
    const cn = await cli(HK, '--format', 'cn');
    expect(cn.code).toBe(0);
    expect(cn.stdout.split('\n')[0]).toBe('施政报告咨询　市民团体各抒己见');
    const twp = await cli('tests/fixtures/seed.txt', '--format', 'twp');
    expect(twp.code).toBe(0);
    expect(twp.stdout).toContain('春潮湧動,萬象更新');
  }, 60_000);

  it('the binary exits with code 2 and one line for bad input, and prints readings for good input', async () => {
    const bad = await binary('tests/fixtures/nope.txt', '--format', 'pinyin');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const good = await binary('tests/fixtures/seed.txt', '--format', 'pinyin-text');
    expect(good.code).toBe(0);
    expect(good.stdout.split('\n')[0]).toBe('做活(zuòhuó)城乡(chéngxiāng)融合(rónghé)“大(dà)文章(wénzhāng)” 下(xià)好(hǎo)区域(qūyù)协调(xiétiáo)“一(yì)盘(pán)棋(qí)”');
  }, 60_000);

  describe('bad input: one line on stderr, exit code 2, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dubao-reading-cli-'));
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'binary.txt');
    const latin1 = join(dir, 'gbk.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    writeFileSync(latin1, Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a])); // 中文 in GBK
    it.each([
      ['missing', [join(dir, 'nope.txt'), '--format', 'pinyin']],
      ['empty', [empty, '--format', 'pinyin-text']],
      ['binary', [binary, '--format', 'tw']],
      ['not UTF-8', [latin1, '--format', 'pinyin']],
      ['bad --tones', ['tests/fixtures/seed.txt', '--format', 'pinyin-text', '--tones', 'loud']],
    ])('%s', async (_name, args) => {
      const { code, stdout, stderr } = await cli(...args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at /);
    }, 60_000);
  });
});

describe('--notation (pinyin | zhuyin | jyutping)', () => {
  it.each([
    [['f.txt', '--notation', 'jyutping'], { tones: 'marks', zhuyin: false, tonesAs: 'spoken', notation: 'jyutping' }],
    [['--notation=zhuyin', 'f.txt'], { tones: 'marks', zhuyin: true, tonesAs: 'spoken', notation: 'zhuyin' }],
    [['--zhuyin', '--notation', 'pinyin', 'f.txt'], { tones: 'marks', zhuyin: false, tonesAs: 'spoken', notation: 'pinyin' }],
  ] as const)('%j', (argv, options) => {
    expect(splitReadingOptions(argv)).toEqual({ rest: ['f.txt'], options });
  });

  it('rejects anything else with a one-line message', () => {
    expect(() => splitReadingOptions(['--notation', 'cantonese'])).toThrow(/pinyin, zhuyin or jyutping, not "cantonese"/);
    expect(() => splitReadingOptions(['--notation'])).toThrow(/pinyin, zhuyin or jyutping/);
  });

  it('writes Jyutping in pinyin-text and in the JSON readings, Cantonese-only characters and senses read right', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dubao-jyutping-'));
    const file = join(dir, 'hk.txt');
    // Our own two lines: colloquial Cantonese, and 重/行/长/乐 whose Mandarin reading tells the sense.
    writeFileSync(file, '佢哋話要重塑形象。\n銀行行長好快樂，喜歡音樂。\n');
    const text = await cli(file, '--format', 'pinyin-text', '--notation', 'jyutping');
    expect(text.code).toBe(0);
    expect(text.stdout).toBe('佢(keoi5)哋(dei6)話(waa6)要(jiu3)重塑(cung4 sou3)形象(jing4 zoeng6)。\n銀行(ngan4 hong4)行長(hong4 zoeng2)好(hou2)快樂(faai3 lok6)，喜歡(hei2 fun1)音樂(jam1 ngok6)。\n');
    const json = await cli(file, '--format', 'pinyin', '--notation', 'jyutping');
    const readings = (JSON.parse(json.stdout) as { paragraphs: Array<{ readings: (string | null)[] }> }).paragraphs[0]!.readings;
    expect(readings).toEqual(['keoi5', 'dei6', 'waa6', 'jiu3', 'cung4', 'sou3', 'jing4', 'zoeng6', null]);
    // Without the option: Mandarin as before.
    const mandarin = await cli(file, '--format', 'pinyin');
    expect((JSON.parse(mandarin.stdout) as { paragraphs: Array<{ readings: (string | null)[] }> }).paragraphs[0]!.readings.slice(4, 6)).toEqual(['chóng', 'sù']);
    const none = await cli(file, '--format', 'pinyin-text', '--notation', 'jyutping', '--tones', 'none');
    expect(none.stdout.split('\n')[0]).toBe('佢(keoi)哋(dei)話(waa)要(jiu)重塑(cung sou)形象(jing zoeng)。');
  });
});
