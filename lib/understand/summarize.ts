/**
 * Extractive, faithful speaker summaries. The gist is the top sentence by TextRank over content-word
 * overlap (Mihalcea & Tarau 2004); points are the next-ranked sentences in reading order; figures are the
 * clauses that cite numbers with units; cites are the quoted policy lines the speaker answers. Every
 * string returned is verbatim text of the statement.
 */
import type { Summary } from '../outline';
import { splitSentences } from '../chinese/chars';
import { contentWordSpans } from './segment';

const MAX_POINTS = 3;

/** TextRank scores for sentences given their word lists. */
export function rankSentences(words: string[][], damping = 0.85, iterations = 60): number[] {
  const n = words.length;
  if (n === 0) return [];
  const sets = words.map((w) => new Set(w));
  const weights: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) {
      if (i === j) {
        row.push(0);
        continue;
      }
      const a = sets[i]!;
      const b = sets[j]!;
      let overlap = 0;
      for (const w of a) if (b.has(w)) overlap++;
      // the original similarity: shared words over the log of the lengths (guarded for one-word sentences)
      const norm = Math.log(a.size + 1) + Math.log(b.size + 1);
      row.push(overlap > 0 && norm > 0 ? overlap / norm : 0);
    }
    weights.push(row);
  }
  const outSum = weights.map((row) => row.reduce((s, x) => s + x, 0));
  let score = new Array<number>(n).fill(1);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill(1 - damping);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) {
        const w = weights[j]![i]!;
        if (w > 0 && outSum[j]! > 0) s += (w / outSum[j]!) * score[j]!;
      }
      next[i] = next[i]! + damping * s;
    }
    const delta = next.reduce((d, x, i) => d + Math.abs(x - score[i]!), 0);
    score = next;
    if (delta < 1e-6) break;
  }
  return score;
}

interface Sentence {
  text: string;
  para: number;
  order: number;
  /** Its content words (segmented once per paragraph: the segmenter's cost is per call). */
  words: string[];
}

// A sentence that only announces or frames ("这为我们指明了方向。") carries no content of its own.
const FRAMING = /^(这|這|此)(为|為|给|給|让|讓|一)/;

/** The statement's sentences, verbatim and trimmed, with their reading order and content words. */
function sentencesOf(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, para) => {
    const words = contentWordSpans(p);
    let cursor = 0;
    for (const s of splitSentences(p)) {
      // a long sentence of ；-joined statements ranks better, and reads better, one statement at a time
      const units = Array.from(s).length > 70 ? s.split(/(?<=[；;])/) : [s];
      for (const u of units) {
        const start = p.indexOf(u, cursor);
        const end = start + u.length;
        cursor = end;
        const text = u.trim().replace(/[；;]$/, '');
        if (Array.from(text).length < 6) continue;
        out.push({ text, para, order: out.length, words: words.filter((w) => w.index >= start && w.index < end).map((w) => w.word) });
      }
    }
  });
  return out;
}

/** Gist and points: TextRank, with a mild preference for sentences of readable length. */
function pickSentences(sentences: Sentence[]): { gist: string | null; points: string[] } {
  if (sentences.length === 0) return { gist: null, points: [] };
  const words = sentences.map((s) => s.words);
  const rank = rankSentences(words);
  // Very long sentences gather overlap by sheer size and very short ones say little; weigh both down a
  // little so the gist is a sentence a person would quote (ranking stays TextRank's).
  const score = sentences.map((s, i) => {
    const len = Array.from(s.text).length;
    let factor = 1;
    if (len > 110) factor = 110 / len;
    else if (len < 14) factor = 0.6;
    if (FRAMING.test(s.text)) factor *= 0.5;
    return rank[i]! * (0.5 + 0.5 * factor);
  });
  const order = sentences.map((_, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);
  const gistIndex = order[0]!;
  // a summary keeps at most about half of what was said: up to 3 points, fewer for a short statement
  const pointCount = Math.min(MAX_POINTS, Math.max(0, Math.ceil(sentences.length / 2) - 1));
  const chosen = order.slice(1, 1 + pointCount).sort((a, b) => a - b);
  const gist = trimUnbalanced(sentences[gistIndex]!.text);
  return {
    gist,
    points: chosen.map((i) => trimUnbalanced(sentences[i]!.text)).filter((t) => t && t !== gist),
  };
}

// Arabic or Chinese numbers followed by a unit or counter; 一 alone is too common a word part to count.
const UNIT =
  '(?:%|％|‰|亿元|億元|万元|萬元|千元|百元|元|美元|港元|港幣|港币|亿|億|万|萬|千|百|条|條|家|项|項|个|個|名|人|人次|户|戶|所|座|间|間|台|臺|辆|輛|架|艘|部|套|件|份|张|張|场|場|次|批|处|處|类|類|村|镇|鎮|县|縣|乡|鄉|公里|千米|米|平方米|平方公里|亩|畝|公顷|公頃|吨|噸|千克|公斤|克|斤|小时|小時|分钟|分鐘|天|日|周|月|年|岁|歲|倍|成|个百分点|個百分點|百分点|百分點|度|级|級|届|屆|期|轮|輪|棵|株|头|頭|只|隻|枚|所|床|篇|本|册|冊|集|季|代|位)';
const ARABIC_FIGURE = new RegExp(`\\d[\\d,.，]*\\s*(?:余|餘|多|几|幾)?\\s*${UNIT}`);
// a Chinese number starts with a digit word (三, 两, 十…): 百姓, 千万工程 and 万象 are words, not figures
const CHINESE_FIGURE = new RegExp(`(?:[两兩二三四五六七八九十]|[一][十百千万萬亿億])[一二三四五六七八九十百千万萬亿億零]*(?:余|餘|多)?${UNIT}`);
const YEAR_ONLY = /^\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?$/;

function stripQuoted(text: string): string {
  // slogans in quotes ("三纵十横", "六个一体化") name things; they are not figures
  return text.replace(/[“「『‘][^”」』’]*[”」』’]/g, '');
}

/** Drops a quote mark left open or closed by cutting a sentence out of a quotation (the rest stays verbatim). */
function trimQuotes(text: string): string {
  let c = text.trim();
  const opens = (c.match(/[“「『]/g) ?? []).length;
  const closes = (c.match(/[”」』]/g) ?? []).length;
  if (opens > closes) c = c.replace(/^[“「『]/, '');
  if (closes > opens) c = c.replace(/[”」』]$/, '');
  return c.trim();
}

function trimUnbalanced(clause: string): string {
  return trimQuotes(clause);
}

function trimClause(clause: string): string {
  return trimQuotes(clause).replace(/[。！？…]+$/, '').trim();
}

/** Clauses that cite figures: a number with a unit or counter, not only a year or a date. */
export function extractFigures(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    for (const sentence of splitSentences(p)) {
      for (const raw of sentence.split(/[，,；;：:。！？]/)) {
        const clause = trimClause(raw);
        if (clause.length < 3) continue;
        const bare = stripQuoted(clause).replace(/\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?/g, '');
        if (!ARABIC_FIGURE.test(bare) && !CHINESE_FIGURE.test(bare)) continue;
        if (YEAR_ONLY.test(clause)) continue;
        if (!out.includes(clause)) out.push(clause);
      }
    }
  }
  return out;
}

// What introduces a quoted policy line: a document or its verbs ("报告提出", "要", "强调").
const CITE_INTRO = /(提出|强调|強調|指出|要求|明确|明確|部署|号召|號召|写入|寫入|写道|寫道|要|报告|報告|文件|纲要|綱要|规划|規劃|讲话|講話|会议|會議)[，,:：]?\s*$/;
const QUOTE = /[“「]([^”」]*)[”」]/g;

/** Quoted lines the statement cites from a report or a policy: the quote directly follows 提出/要/强调…, or continues such a run. */
export function extractCites(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    let lastEnd = -1; // end of the previous cited quote, to follow runs like 提出,“A”,“B”
    let sentenceStart = 0;
    for (const m of p.matchAll(QUOTE)) {
      // the context is the text since the last sentence end outside this quote
      const head = p.slice(0, m.index);
      const cut = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'));
      if (cut + 1 > sentenceStart) sentenceStart = cut + 1;
      const before = p.slice(sentenceStart, m.index);
      const gap = lastEnd >= 0 ? p.slice(lastEnd, m.index) : null;
      const continues = gap !== null && /^[，,、；;和及与與\s]*$/.test(gap);
      const introduced = CITE_INTRO.test(before);
      const phrase = m[1]!.trim().replace(/[。！？；，,]+$/, '');
      if ((!introduced && !continues) || Array.from(phrase).length < 4) {
        lastEnd = -1;
        continue;
      }
      lastEnd = m.index + m[0].length;
      if (!out.includes(phrase)) out.push(phrase);
    }
  }
  return out;
}

/** The summary of one statement. */
export function summarizeStatement(paragraphs: readonly string[]): Summary {
  const { gist, points } = pickSentences(sentencesOf(paragraphs));
  return { gist, points, figures: extractFigures(paragraphs), cites: extractCites(paragraphs) };
}
