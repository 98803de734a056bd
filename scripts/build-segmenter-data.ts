/**
 * Builds the word segmenter's word list (lib/chinese/word-costs.ts format) from packaged data, at
 * build time, so no browser's ICU data decides DuBao's words (issue 17):
 * - word counts of the BLCU Chinese Corpus (BCC), as `chinese-lexicon` ships them
 *   (statistics/bookWordFrequency.js): each word's cost is its negative log frequency;
 * - the words BCC's list lacks (it leaves out 一, 多, 很多, 万, 一日…) from the film-subtitle counts
 *   (SUBTLEX-CH) the same package ships (statistics/movieWordFrequency.js): single characters at
 *   their counts scaled to BCC's size, words weighed against their split with pinyin-pro's own word
 *   frequencies (@pinyin-pro/data, complete.json).
 * The background gets it through a virtual module (segmenterDataPlugin, in wxt.config.ts; never a
 * committed file) and sends its common words to the content script; Node (CLI, bench, tests)
 * installs the same list (scripts/use-word-costs.ts).
 * Run directly (`node --import tsx scripts/build-segmenter-data.ts [OUT]`) it prints sizes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pinyin } from 'pinyin-pro';
import { CONTEXT_RULES } from '../lib/reading/context-rules';
import { stripTone, toneOf } from '../lib/reading/tones';
import { COMMON_MAX_COST, COST_SCALE, cutWordCosts, encodeWordCosts } from '../lib/chinese/word-costs';

const require = createRequire(import.meta.url);

/** How much cheaper than its cheapest split an uncounted dictionary word is: at least, and at most. */
const MIN_BONUS = 1;
const MAX_BONUS = 10;
/** The same for a word added because it settles a polyphone (polyphoneWords): at most. */
const POLYPHONE_MAX_BONUS = 1;
const HAN_WORD = /^\p{Script=Han}+$/u;

type Counts = Record<string, { count: number }>;

function hanCounts(table: Counts): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word, { count }] of Object.entries(table)) if (HAN_WORD.test(word) && count > 0) counts.set(word, count);
  return counts;
}

function readBookCounts(): Map<string, number> {
  return hanCounts((require('chinese-lexicon/statistics/bookWordFrequency.js') as { bookWordFrequencies: Counts }).bookWordFrequencies);
}

/** The subtitle counts, scaled to BCC's size by the median ratio of the words both count. */
function readMovieCounts(book: ReadonlyMap<string, number>): Map<string, number> {
  const movie = hanCounts((require('chinese-lexicon/statistics/movieWordFrequency.js') as { movieWordFrequencies: Counts }).movieWordFrequencies);
  const ratios: number[] = [];
  for (const [word, count] of movie) {
    const b = book.get(word);
    if (b !== undefined) ratios.push(b / count);
  }
  ratios.sort((x, y) => x - y);
  const scale = ratios[ratios.length >> 1] ?? 1;
  for (const [word, count] of movie) movie.set(word, Math.max(1, Math.round(count * scale)));
  return movie;
}

let built: string | undefined;

/** What the list is built from: a change to any of them rebuilds it. */
function sourcesKey(): string {
  const hash = createHash('sha256');
  for (const file of [
    require.resolve('chinese-lexicon/package.json'),
    require.resolve('@pinyin-pro/data/complete.json'),
    require.resolve('pinyin-pro/package.json'),
    resolve(import.meta.dirname, '../lib/chinese/word-costs.ts'),
    // The context rows' readings choose polyphoneWords (the rows live in these files).
    ...['context-rules.ts', 'rules-wei.ts', 'rules-names.ts', 'rules-chars.ts'].map((f) => resolve(import.meta.dirname, '../lib/reading', f)),
    resolve(import.meta.dirname, 'build-segmenter-data.ts'),
  ]) {
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

// Building reads three packages' lists (seconds); every test file and build needs the result, so it
// is kept in WXT's cache folder (never committed) under the key of its sources.
const CACHE = resolve(import.meta.dirname, '../.wxt/segmenter/word-costs.txt');

/** The word list's compact text: from the cache when its sources are unchanged, else built (and cached). */
export function buildWordCostsText(): string {
  if (built !== undefined) return built;
  const key = sourcesKey();
  const stamp = `${CACHE}.key`;
  try {
    if (existsSync(CACHE) && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return (built = readFileSync(CACHE, 'utf8'));
  } catch {
    // unreadable cache: build
  }
  built = compileWordCostsText();
  try {
    mkdirSync(dirname(CACHE), { recursive: true });
    // Written aside and renamed: parallel test workers may read it meanwhile.
    for (const [file, text] of [[CACHE, built], [stamp, key]] as const) {
      writeFileSync(`${file}.${process.pid}.tmp`, text);
      renameSync(`${file}.${process.pid}.tmp`, file);
    }
  } catch {
    // a read-only checkout: build each time
  }
  return built;
}

/** The word list's compact text (built once per process). */
/** The cost of the cheapest split of `word` into counted words (a character nobody counted: `unknown`). */
function splitCost(word: string, costs: ReadonlyMap<string, number>, unknown: number): number {
  const chars = Array.from(word);
  const best = new Array<number>(chars.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + 1; j <= chars.length; j++) {
      if (i === 0 && j === chars.length) continue; // a split, not the word itself
      const piece = chars.slice(i, j).join('');
      const c = costs.get(piece) ?? (j === i + 1 ? unknown : undefined);
      if (c !== undefined && best[i]! + c < best[j]!) best[j] = best[i]! + c;
    }
  }
  return best[chars.length]!;
}

type PinyinProTable = Record<string, [string, number]>;

function readPinyinProTable(): PinyinProTable {
  return JSON.parse(readFileSync(require.resolve('@pinyin-pro/data/complete.json'), 'utf8')) as PinyinProTable;
}

/** pinyin-pro's words (@pinyin-pro/data, complete.json) with their costs from its own frequencies. */
function readPinyinProCosts(table: PinyinProTable): Map<string, number> {
  const out = new Map<string, number>();
  for (const [word, [, p]] of Object.entries(table)) if (HAN_WORD.test(word) && p > 0) out.set(word, Math.round(-Math.log(p) * COST_SCALE));
  return out;
}

/** The source's lowest frequency: words it lists without a corpus count (as in build-word-dictionary.ts). */
const PINYIN_PRO_FLOOR = 3e-12;

/**
 * The words of pinyin-pro's list whose reading settles a polyphone (阙如 quē, 重开 chóng): counted
 * words (above the source's floor) where a character reads otherwise than it may alone, that is
 * than pinyin-pro's reading of it alone or than a context row may make it (阙 què outside words).
 * Split, such a character is read alone and a row meant for the lone character may decide.
 * Not X为 (贬为, 封为): 为 after a verb is the context rules' to decide, as in the word dictionary.
 */
function polyphoneWords(table: PinyinProTable): string[] {
  const alone = new Map<string, Set<string>>();
  const readingsAlone = (ch: string) => {
    let set = alone.get(ch);
    if (!set) alone.set(ch, (set = new Set([pinyin(ch)])));
    return set;
  };
  for (const rule of CONTEXT_RULES) readingsAlone(rule.char).add(rule.reading);
  // A neutral tone in the word (粮食 shi) is the same reading under DuBao's convention (tones.ts).
  // 一 and 不 change tone by the next syllable (一寸 yí), not by the word: tone sandhi, by rule.
  const differs = (ch: string, inWord: string) =>
    ch !== '一' && ch !== '不' && [...readingsAlone(ch)].some((r) => r !== inWord && !(toneOf(inWord) === 5 && stripTone(r) === inWord));
  const out: string[] = [];
  for (const [word, [reading, p]] of Object.entries(table)) {
    const chars = Array.from(word);
    const syllables = reading.split(' ');
    if (chars.length < 2 || p <= PINYIN_PRO_FLOOR || !HAN_WORD.test(word) || syllables.length !== chars.length) continue;
    if (chars.length === 2 && chars[1] === '为') continue;
    if (chars.some((ch, k) => differs(ch, syllables[k]!))) out.push(word);
  }
  return out;
}

/** Compiles the word list from the packages. */
export function compileWordCostsText(): string {
  const book = readBookCounts();
  const movie = readMovieCounts(book);
  let total = 0;
  for (const c of book.values()) total += c;
  const costOf = (count: number) => Math.round(-Math.log(count / total) * COST_SCALE);
  const costs = new Map<string, number>();
  let max = 0;
  for (const [word, count] of book) {
    costs.set(word, costOf(count));
    max = Math.max(max, costOf(count));
  }
  // Single characters BCC lacks (一, 多, 万) take their subtitle counts: a character's frequency
  // hardly depends on the genre.
  for (const [word, count] of movie) if (word.length === 1 && !costs.has(word)) costs.set(word, costOf(count));
  const unknown = max + 2 * COST_SCALE;
  // Words BCC lacks (很多, 一日, 物流): subtitles are no measure of written words (一日 is rare there),
  // so such a word costs its cheapest split here, less pinyin-pro's own preference for the word over
  // that split (its frequencies), within bounds: known words are read whole where their parts would
  // be, never instead of counted words around them. Only words both lists know: CC-CEDICT's or
  // pinyin-pro's alone glue too much (得很 in 做得很好, 为人民服务, 资产重组).
  const table = readPinyinProTable();
  const pp = readPinyinProCosts(table);
  const ppUnknown = [...pp.values()].reduce((m, c) => Math.max(m, c), 0) + 2 * COST_SCALE;
  const extra = new Map<string, number>();
  const addExtra = (word: string, maxBonus = MAX_BONUS) => {
    if (word.length < 2 || costs.has(word) || extra.has(word)) return;
    const own = pp.get(word);
    if (own === undefined) return;
    const margin = splitCost(word, pp, ppUnknown) - own;
    const bonus = Math.min(maxBonus, Math.max(MIN_BONUS, margin));
    extra.set(word, Math.max(1, splitCost(word, costs, unknown) - bonus));
  };
  for (const word of movie.keys()) addExtra(word);
  // Words that settle a polyphone's reading, the same way (within the same bounds): read whole, they
  // are read as the word; split, a context row meant for the lone character would decide.
  for (const word of polyphoneWords(table)) addExtra(word, POLYPHONE_MAX_BONUS);
  for (const [word, cost] of extra) costs.set(word, cost);
  return encodeWordCosts(costs);
}

const MODULES: Record<string, () => string> = {
  'virtual:dubao-word-costs': () => buildWordCostsText(),
  // The common words alone (what the background sends a Chinese page): Chrome's background carries
  // only these, the engine host's worker the whole list.
  'virtual:dubao-common-word-costs': () => cutWordCosts(buildWordCostsText(), COMMON_MAX_COST),
};

/**
 * A Vite plugin serving the word list as the virtual module `virtual:dubao-word-costs` (default
 * export: the compact text), built from the packages (or WXT's cache) whenever the bundle is. The
 * background carries it; it sends the common words to a Chinese page's content script.
 */
export function segmenterDataPlugin() {
  return {
    name: 'dubao-word-costs',
    // Filters let the bundler skip calling these hooks for every other module.
    resolveId: {
      filter: { id: /^virtual:dubao-/ },
      handler: (id: string) => (id in MODULES ? `\0${id}` : undefined),
    },
    load: {
      filter: { id: /^\0virtual:dubao-/ },
      handler: (id: string) => {
        const make = MODULES[id.slice(1)];
        return make ? `export default ${JSON.stringify(make())};` : undefined;
      },
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = buildWordCostsText();
  if (process.argv[2]) writeFileSync(process.argv[2], text);
  const words = text.split('\n').reduce((n, line) => n + line.split(' ').length, 0);
  const size = (t: string) => `${(Buffer.byteLength(t) / 1e6).toFixed(2)} MB raw, ${(gzipSync(t).length / 1e6).toFixed(2)} MB gzipped`;
  const common = cutWordCosts(text, COMMON_MAX_COST);
  const commonWords = common.split('\n').reduce((n, line) => n + line.split(' ').length, 0);
  process.stdout.write(`word costs: ${words} words, ${size(text)}; common words: ${commonWords}, ${size(common)}\n`);
}
