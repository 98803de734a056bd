/**
 * `node --import tsx scripts/summaries-eval/export-key.ts OUT.json`
 *
 * Writes the statements tests/corpus/summaries-key.json names (pages in ../shared/fixtures) as an
 * evaluation set in the format of scripts/summaries-eval.ts (`{file, speaker, statement, reference, best}`),
 * so the key can be pooled with the other sets and cross-validated. OUT must lie outside the repo: the
 * statements are third-party text.
 */
import '../use-word-costs';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Outline } from '../../lib/outline';
import { loadInput } from '../cli/input';
import { splitEvalSentences } from './score';

interface KeyItem {
  file: string;
  speaker: string;
  from?: string;
  reference: string;
  best: string;
}

const ROOT = resolve(import.meta.dirname, '../..');
const squash = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

function findStatement(outline: Outline, item: KeyItem): readonly string[] {
  const statements = outline.topics.flatMap((t) => t.statements).filter((s) => (s.speaker.name ?? s.speaker.role) === item.speaker);
  if (!item.from) return statements.length === 1 ? statements[0]!.paragraphs : [];
  const anchor = squash(item.from);
  return statements.flatMap((s) => s.paragraphs).filter((p) => squash(p).startsWith(anchor)).slice(0, 1);
}

async function main(out: string | undefined): Promise<number> {
  if (!out || resolve(out).startsWith(ROOT)) {
    console.error('usage: export-key OUT.json (outside the repo)');
    return 2;
  }
  const key = JSON.parse(readFileSync(resolve(ROOT, 'tests/corpus/summaries-key.json'), 'utf8')) as { items: KeyItem[] };
  const outlines = new Map<string, Outline>();
  for (const file of new Set(key.items.map((i) => i.file))) {
    const input = await loadInput(resolve(ROOT, '../shared/fixtures', file));
    try {
      outlines.set(file, input.outline());
    } finally {
      await input.close();
    }
  }
  const items = key.items.flatMap((item) => {
    const paragraphs = findStatement(outlines.get(item.file)!, item);
    const best = paragraphs.flatMap((p) => splitEvalSentences(p)).find((s) => squash(s).includes(squash(item.best)));
    if (!paragraphs.length || !best) {
      console.error(`skipped ${item.file} ${item.speaker}`);
      return [];
    }
    return [{ file: item.file, speaker: item.speaker, statement: [...paragraphs], reference: item.reference, best }];
  });
  writeFileSync(out, JSON.stringify(items, null, 1));
  console.log(`${items.length} of ${key.items.length} statements written to ${out}`);
  return 0;
}

process.exitCode = await main(process.argv[2]);
