/**
 * `node --import tsx scripts/tabulate-refusals.ts DIR…`: the judge's refusals, check by check, on keyed corpus folders.
 * For every feature (by the key; pairs too, most of the judge's misses on fit batches 37–45) that the judge refuses while
 * the reader names two of its keyed speakers or more (labelled, in the reporter's sentences or in the prose), the checks
 * that refused it, each page by its folder; for every
 * negative where the reader names two people or more, the checks that kept it out; and the false positives with the
 * evidence that took them. A check's cue is printed without its numbers, so the same check counts once however it read.
 * Where a change should look: a check that refuses many such features and keeps few negatives out.
 */
import './use-word-costs';
import { basename, join } from 'node:path';
import { blocksFromText } from '../lib/understand';
import { parseBlocks } from '../lib/understand/parse';
import { loadInput } from './cli/input';
import { readKey } from './corpus';

const cueOf = (cue: string) => cue.replace(/\(.*$/su, '').replace(/\d+/g, '#').trim();

async function main(dirs: string[]): Promise<void> {
  const refusing = new Map<string, number>();
  const keeping = new Map<string, number>();
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const misses: string[] = [];
  const fps: string[] = [];
  let negatives = 0;
  for (const dir of dirs) {
    for (const e of await readKey(dir)) {
      const input = await loadInput(join(dir, e.file));
      const text = input.paragraphs.join('\n');
      await input.close();
      const { judgement: j } = parseBlocks(blocksFromText(text), { fromDocument: false });
      const names = new Set<string>();
      for (const s of j.counts?.speaking ?? []) if (s.speaker.name && s.speaker.name.length >= 2) names.add(s.speaker.name);
      for (const v of j.prose?.voices ?? []) if (v.name.length >= 2) names.add(v.name);
      const keyed = (e.speakers ?? []).map((s) => s.name ?? '').filter((n) => n.length > 0);
      const named = keyed.filter((k) => [...names].some((n) => k.includes(n) || n.includes(k))).length;
      const failed = [...new Set(j.checks.filter((c) => !c.ok).map((c) => cueOf(c.cue)))];
      if (e.roundtable && !j.detected && keyed.length >= 2 && named >= 2) {
        failed.forEach((c) => add(refusing, c));
        misses.push(`  ${basename(dir)}/${e.file}: ${named} of ${keyed.length} named, prose people ${j.prose?.people ?? '-'}; refused by ${failed.join(' | ')}`);
      } else if (!e.roundtable && !j.detected && names.size >= 2) {
        negatives++;
        failed.forEach((c) => add(keeping, c));
      } else if (!e.roundtable && j.detected) fps.push(`  ${basename(dir)}/${e.file}: ${j.evidence.join(' · ')}`);
    }
  }
  const rows = [...new Set([...refusing.keys(), ...keeping.keys()])].sort((a, b) => (refusing.get(b) ?? 0) - (refusing.get(a) ?? 0));
  console.log(`Features refused, two keyed speakers named: ${misses.length}; negatives with two people named kept out: ${negatives}`);
  console.log('refuses\tkeeps out\tcheck');
  for (const r of rows) console.log(`${refusing.get(r) ?? 0}\t${keeping.get(r) ?? 0}\t${r}`);
  console.log(`\nRefused:\n${misses.join('\n')}\n\nFalse positives (${fps.length}):\n${fps.join('\n')}`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
