/**
 * The real Hong Kong articles (../shared/fixtures/hk) through the other engines: script detection and
 * conversion, the quick page condition, speaker names, the Markdown of an undetected page and the CLI.
 * (The unit tier runs the same checks on the project's own traditional-script fixtures.)
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outlineToMarkdown, speakerNames } from '@/lib/outline';
import { detectScriptByAllChars as detectScript } from '@/lib/chinese/script-complete';
import { convertText } from '@/lib/reading/script';
import { mightBeFeature } from '@/lib/understand';
import { loadInput } from '@/scripts/cli/input';
import { formatConverted } from '@/scripts/cli/reading-formats';
import { runAnalyze } from '@/scripts/cli/run';
import { analyzeShared, readShared, sharedPath } from './shared';

const files = readdirSync(sharedPath('hk')).filter((f) => f.endsWith('.txt')).sort();
const hkTexts = files.map((f) => readShared(`hk/${f}`));

describe('script layer on the Hong Kong articles', () => {
  it('reads all three as traditional', () => {
    expect(files).toHaveLength(3);
    for (const text of hkTexts) expect(detectScript(text)).toBe('traditional');
  });

  it.each(['tw', 'hk'] as const)('made simplified: s → %s → s is the identity', (variant) => {
    const lines = hkTexts.flatMap((t) => t.split('\n')).map((l) => convertText(l.trim(), 'cn'));
    for (const line of lines) expect(convertText(convertText(line, variant), 'cn')).toBe(line);
  });

  it('traditional → simplified keeps every character count', () => {
    for (const text of hkTexts) {
      const simplified = convertText(text, 'cn');
      expect(Array.from(simplified)).toHaveLength(Array.from(text).length);
      expect(detectScript(simplified)).toBe('simplified');
    }
  });
});

describe('understanding the Hong Kong articles', () => {
  it('the quick condition holds for the budget voices and not for the single-reporter story', () => {
    expect(mightBeFeature(readShared('hk/hkcnews-10364-budget-voices.txt'))).toBe(true);
    expect(mightBeFeature(readShared('hk/hkcnews-10243-single-reporter.txt'))).toBe(false);
  });

  it('speakerNames lists the 20 people of the budget piece, not its organisations', () => {
    const names = speakerNames(analyzeShared('hk/hkcnews-10364-budget-voices.txt'));
    expect(names).toHaveLength(20);
    expect(names).not.toContain('香港會計師公會');
  });

  it('the Markdown of the single-reporter story says nothing was detected', () => {
    const md = outlineToMarkdown(analyzeShared('hk/hkcnews-10243-single-reporter.txt'));
    expect(md).toContain('No roundtable feature detected.');
    expect(md).not.toContain('###');
  });
});

describe('the CLI on a Hong Kong article', () => {
  const HK = `${sharedPath('hk')}/hkcnews-10364-budget-voices.txt`;

  it('reads its lines, skipping the SOURCE: line, and converts them to simplified', async () => {
    const input = await loadInput(HK);
    expect(input.paragraphs[0]).toBe('財政預算案明公布　各界派錢訴求');
    const cn = formatConverted(input.paragraphs, 'cn');
    expect(cn).toContain('财政预算案明公布');
    expect(cn).toContain('建议政府着力处理人口老化问题');
    await input.close();
  });

  it('--format cn prints the simplified headline first', async () => {
    let stdout = '';
    const code = await runAnalyze([HK, '--format', 'cn'], { out: (t) => (stdout += t), err: () => {} });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('财政预算案明公布　各界派钱诉求');
  }, 60_000);
});
