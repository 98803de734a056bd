/**
 * A long news page: the seed e-paper page with its article body repeated to about `chars`
 * characters of text (200,000 by default), one heading per round. Used by the bench and by the
 * reading-window tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES_DIR } from './paths';

export const LONG_CHARS = 200_000;

export function makeLongPage(chars = LONG_CHARS): string {
  const seed = readFileSync(resolve(FIXTURES_DIR, 'seed-epaper.html'), 'utf8');
  const match = /<founder-content>([\s\S]*?)<\/founder-content>/.exec(seed);
  if (!match) throw new Error('seed page without <founder-content>');
  const paragraphs = [...match[1]!.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
  const out: string[] = [];
  let total = 0;
  for (let round = 1; total < chars; round++) {
    out.push(`<h3>第${round}部分</h3>`);
    for (const p of paragraphs) {
      out.push(`<p>${p}</p>`);
      total += p.length;
      if (total >= chars) break;
    }
  }
  return seed.replace(match[0], `<founder-content>\n${out.join('\n')}\n</founder-content>`);
}
