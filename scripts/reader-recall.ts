/**
 * `node --import tsx scripts/reader-recall.ts DIR…`: what the READER finds, whatever the judge then decides.
 * Per page: the key's speakers the label formats or the prose reader name (name exact), and the people they
 * name on negatives (what a judge would have to refuse). A diagnostic for the reader modules; the product's
 * score is `npm run corpus`.
 * `--save FILE` writes what was found per batch (hits, names on negatives, extra names on positives);
 * `--against FILE` prints, per batch, what a change gained and lost against such a file: a change motivated by one
 * batch's misses is kept when it gains on the OTHER batches without naming more people on negatives.
 */
import './use-word-costs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { blocksFromText } from '../lib/understand/blocks';
import { parseBlocks } from '../lib/understand/parse';
import { readProseVoices } from '../lib/understand/prose-voices';
import { squeeze } from '../lib/chinese/chars';

interface Entry { file: string; roundtable: boolean; edge?: boolean; speakers?: Array<{ name: string | null }> }

const FLOW = new Set(['body', 'label', 'attribution', 'question', 'caption']);

/** Where each name came from: a line's format (its shape) or the prose reader (for `-v`). */
export const origins = new Map<string, string>();

export async function readerNames(path: string): Promise<Set<string>> {
  const text = await readFile(path, 'utf8');
  const lines = text.split('\n');
  const body = /^(https?:|SOURCE:)/.test(lines[0] ?? '') ? lines.slice(1).join('\n') : text;
  const blocks = blocksFromText(body);
  const allText = blocks.map((b) => b.text).join('\n');
  const res = parseBlocks(blocks, { fromDocument: false });
  const names = new Set<string>();
  origins.clear();
  for (const it of res.lines) {
    if ((it.kind === 'label' || it.kind === 'attribution') && !it.host && it.speaker?.name) {
      names.add(it.speaker.name);
      if (!origins.has(squeeze(it.speaker.name))) origins.set(squeeze(it.speaker.name), `${it.kind} ${it.shape ?? ''}`.trim());
    }
  }
  for (const t of res.outline.topics) for (const s of t.statements) if (s.speaker.name) names.add(s.speaker.name);
  const texts = res.lines.filter((it) => !it.merged && FLOW.has(it.kind)).map((it) => it.block.text);
  const prose = readProseVoices(texts, { text: allText, known: new Set() });
  for (const v of prose.voices) {
    names.add(v.name);
    if (!origins.has(squeeze(v.name))) origins.set(squeeze(v.name), 'prose');
  }
  return new Set([...names].map((n) => squeeze(n)));
}

type Found = Record<string, { hit: string[]; neg: string[]; extra: string[] }>;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function printAgainst(before: Found, after: Found): void {
  for (const [batch, now] of Object.entries(after)) {
    const was = before[batch];
    if (!was) continue;
    const parts = (['hit', 'neg', 'extra'] as const).map((k) => {
      const plus = now[k].filter((x) => !was[k].includes(x));
      const minus = was[k].filter((x) => !now[k].includes(x));
      return plus.length || minus.length ? `${k} +${plus.length} -${minus.length} ${plus.join(' ')}${minus.length ? ` / -${minus.join(' -')}` : ''}` : '';
    });
    if (parts.some(Boolean)) console.log(`  vs saved, ${batch}: ${parts.filter(Boolean).join(' | ')}`);
  }
}

async function main(): Promise<void> {
  let kWanted = 0, kFound = 0, negNames = 0, posExtra = 0;
  const verbose = process.argv.includes('-v');
  const save = option('--save');
  const against = option('--against');
  const found: Found = {};
  const dirs = process.argv.slice(2).filter((a, i, all) => a !== '-v' && !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
  for (const dir of dirs) {
    const batch = dir.split('/').pop()!;
    const f0: Found[string] = (found[batch] = { hit: [], neg: [], extra: [] });
    const key = JSON.parse(await readFile(join(dir, 'key.json'), 'utf8')) as Entry[];
    let w = 0, f = 0, n = 0, x = 0;
    for (const e of key) {
      if (e.edge) continue;
      const got = await readerNames(join(dir, e.file));
      if (e.roundtable) {
        const want = (e.speakers ?? []).map((s) => squeeze(s.name ?? '')).filter(Boolean);
        const hit = want.filter((nm) => got.has(nm));
        const extra = [...got].filter((g) => !want.includes(g));
        f0.hit.push(...hit.map((nm) => `${e.file.slice(0, 6)}:${nm}`));
        f0.extra.push(...extra.map((nm) => `${e.file.slice(0, 6)}:${nm}`));
        w += want.length; f += hit.length; x += extra.length;
        if (verbose && hit.length < want.length) console.log(`  ${e.file.slice(0, 40)} ${hit.length}/${want.length} missed: ${want.filter((nm) => !got.has(nm)).join('、')}${extra.length ? ` extra: ${extra.join('、')}` : ''}`);
      } else {
        n += got.size;
        f0.neg.push(...[...got].map((nm) => `${e.file.slice(0, 6)}:${nm}`));
        if (verbose && got.size) console.log(`  NEG ${e.file.slice(0, 40)} names: ${[...got].map((g) => `${g} (${origins.get(g) ?? '?'})`).join('、')}`);
      }
    }
    console.log(`${dir.split('/').pop()}: reader recall ${f}/${w} = ${(f / w).toFixed(2)} | extra on positives ${x} | named on negatives ${n}`);
    kWanted += w; kFound += f; negNames += n; posExtra += x;
  }
  if (against) printAgainst(JSON.parse(await readFile(against, 'utf8')) as Found, found);
  if (save) await writeFile(save, JSON.stringify(found));
  console.log(`ALL: reader recall ${kFound}/${kWanted} = ${(kFound / kWanted).toFixed(3)} | extra on positives ${posExtra} | named on negatives ${negNames}`);
}

void main();
