/**
 * `node --import tsx scripts/role-detail.ts DIR… [-a]`: the role given to each keyed speaker of each feature, beside
 * the key's. A speaker the outline shows has the outline's role (what `npm run corpus` scores); a speaker the
 * outline lacks (the judge refused the page, or another format won) has the role the reader's labels or prose give
 * it, settled as the parse settles roles (settle-roles.ts), so role work is seen on pages the judges still refuse.
 * Prints the mismatches (`-a`: every speaker), then per batch roles exact over the outline's speakers and over
 * every keyed speaker the reader names. A diagnostic; the product's score is `npm run corpus`.
 */
import './use-word-costs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { blocksFromText } from '../lib/understand/blocks';
import { parseBlocks } from '../lib/understand/parse';
import { readProseVoices } from '../lib/understand/prose-voices';
import { settleRole } from '../lib/understand/settle-roles';
import { squeeze } from '../lib/chinese/chars';
import type { Outline } from '../lib/outline';
import { loadInput } from './cli/input';

interface Entry { file: string; roundtable: boolean; edge?: boolean; speakers?: Array<{ name: string | null; role: string | null }> }

const FLOW = new Set(['body', 'label', 'attribution', 'question', 'caption']);

/** name → role: the outline's speakers, then the reader's (labels, then prose) for names the outline lacks. */
function givenRoles(paragraphs: string[], pageOutline: Outline): { outline: Map<string, string | null>; reader: Map<string, string | null> } {
  const blocks = blocksFromText(paragraphs.join('\n'));
  const allText = blocks.map((b) => b.text).join('\n');
  const res = parseBlocks(blocks, { fromDocument: false });
  const outline = new Map<string, string | null>();
  for (const t of pageOutline.topics) for (const s of t.statements) if (s.speaker.name && !outline.has(squeeze(s.speaker.name))) outline.set(squeeze(s.speaker.name), s.speaker.role);
  const reader = new Map<string, string | null>();
  const add = (name: string, role: string | null) => {
    const k = squeeze(name);
    if (!reader.has(k)) reader.set(k, settleRole(name, role, allText));
  };
  for (const it of res.lines) if ((it.kind === 'label' || it.kind === 'attribution') && !it.host && it.speaker?.name) add(it.speaker.name, it.speaker.role);
  const texts = res.lines.filter((it) => !it.merged && FLOW.has(it.kind)).map((it) => it.block.text);
  for (const v of readProseVoices(texts, { text: allText, known: new Set() }).voices) add(v.name, v.role);
  return { outline, reader };
}

async function main(): Promise<void> {
  const all = process.argv.includes('-a');
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  for (const dir of dirs) {
    const key = JSON.parse(await readFile(join(dir, 'key.json'), 'utf8')) as Entry[];
    let oFound = 0, oExact = 0, rFound = 0, rExact = 0;
    for (const e of key) {
      if (!e.roundtable) continue;
      const input = await loadInput(join(dir, e.file));
      // (an HTML page's outline as the CLI reads it; the reader's names from its paragraphs)
      const { outline, reader } = givenRoles(input.paragraphs, input.outline());
      await input.close();
      for (const s of e.speakers ?? []) {
        if (!s.name) continue;
        const k = squeeze(s.name);
        const inOutline = outline.has(k);
        if (!inOutline && !reader.has(k)) continue;
        const got = (inOutline ? outline.get(k) : reader.get(k)) ?? '';
        const ok = got === (s.role ?? '');
        rFound++;
        if (ok) rExact++;
        if (inOutline) {
          oFound++;
          if (ok) oExact++;
        }
        if (!ok || all) console.log(`${ok ? '  ok' : 'MISS'} ${inOutline ? 'outline' : 'reader '} ${e.file.slice(0, 44).padEnd(44)} ${s.name}\tkey「${s.role ?? ''}」\tgot「${got}」`);
      }
    }
    const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(0)}%` : 'n/a');
    console.log(`${dir.split('/').pop()}: roles exact ${oExact}/${oFound} ${pct(oExact, oFound)} (outline) | ${rExact}/${rFound} ${pct(rExact, rFound)} (every keyed speaker named)`);
  }
}

void main();
