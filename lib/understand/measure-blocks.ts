/**
 * The structure a keyer looks at (measure-voice-round.ts counts paragraphs a voice heads; this asks who OWNS each
 * paragraph): a round of views hands the page to its people one after another. Each voice owns a block (its
 * paragraph opens with its name or its quotation, and its own words are most of it; the next paragraph going on with
 * its quotation or a pronoun is its too), the blocks follow one another with little of the reporter's narrative
 * between or after them, and they run parallel (each person introduced the same way, at a like length). A story
 * quoting people owns its paragraphs itself: its narrative carries events, times and places, with a quotation set
 * inside, and goes back to the narrative between the voices and after the last.
 */
import { splitSentences, type ProseReading } from './prose-voices';
import { nameAt } from './measure-voice-round';

const HAN = /\p{Script=Han}/u;
const QUOTED = /[“「『][^“”「」『』]*[”」』]?/gu;
const OPENS_QUOTE = /^[“「『]/u;
// a voice goes on in the next paragraph under a pronoun ("她说，…", "他还建议…")
const PRONOUN = /^(?:他|她)(?:们|們)?/u;
// a section's head: a short line that ends no sentence ("■“出发前就征集签名”", "关注公共话题")
const HEAD_MAX = 30;
const ENDS_SENTENCE = /[。！？!?…][”」』]?$/u;

export type Intro = 'name' | 'quote' | 'scene';

export interface VoiceBlocks {
  /** Paragraphs from the first block on (section heads left out), and section heads among them. */
  body: number;
  heads: number;
  /** Body paragraphs owned by a voice. */
  owned: number;
  /** Runs of paragraphs owned by one voice, and the distinct owners; owners owning two runs apart. */
  blocks: number;
  owners: number;
  returns: number;
  /** Unowned paragraphs between the first block and the last, and after the last. */
  between: number;
  after: number;
  /** Share of the owned paragraphs' characters that are the voices' own words (quoted, or their statements). */
  spoken: number;
  /** The shortest block's words over the longest's (1 when alike). */
  balance: number;
  /** Share of the blocks whose owner is introduced the commonest way (name first, quotation first, a scene first). */
  parallel: number;
  intros: Intro[];
}

interface Located {
  text: string;
  head: boolean;
  /** Voices named in the paragraph (by name or surname form). */
  named: string[];
  /** Characters of the voices' statement sentences in the paragraph. */
  said: number;
}

/** A quotation long enough to be the voice's own statement, not a quoted word ("名医"). */
const OWN_QUOTE = 12;

function longestQuote(text: string): number {
  let n = 0;
  for (const m of text.matchAll(QUOTED)) n = Math.max(n, m[0].length);
  return n;
}

function quotedChars(text: string): number {
  let n = 0;
  for (const m of text.matchAll(QUOTED)) n += m[0].length;
  return n;
}

/** How a block's first paragraph brings its owner in: by the name in its first clause, by a quotation, or after a scene. */
function introOf(text: string, name: string, role: string | null): Intro {
  const t = text.trimStart();
  if (OPENS_QUOTE.test(t)) return 'quote';
  const first = splitSentences(t)[0] ?? '';
  const at = nameAt(first, name, role);
  const clause = first.search(/[，,：:；;]/u);
  return at >= 0 && (clause < 0 || at < clause) ? 'name' : 'scene';
}

/** Measures who owns the flow's paragraphs, given the voices the prose reader found. */
export function measureBlocks(texts: readonly string[], prose: ProseReading): VoiceBlocks {
  const roles = new Map<string, string | null>();
  for (const v of prose.voices) if (!roles.has(v.name)) roles.set(v.name, v.role);
  const paras: Located[] = texts
    .filter((t) => t.length >= 4 && HAN.test(t))
    .map((t) => ({ text: t, head: t.length <= HEAD_MAX && !ENDS_SENTENCE.test(t.trim()), named: [], said: 0 }));
  for (const p of paras) if (!p.head) for (const [name, role] of roles) if (nameAt(p.text, name, role) >= 0) p.named.push(name);
  // the voices' statement sentences, where they stand (what a voice says in the reporter's words is its own too)
  for (const v of prose.voices)
    for (const s of v.sentences) {
      const p = paras.find((q) => !q.head && q.text.includes(s.slice(0, 12)));
      if (p) p.said += Math.min(s.length, p.text.length);
    }

  // blocks: a paragraph one voice opens (named in its first two sentences, or its quotation first) starts one; the
  // paragraphs after it that name no other voice and go on with its words (a quotation, a pronoun, its name) are its
  // own; a head, another voice or the reporter's narrative ends it
  const owner: (string | null)[] = paras.map(() => null);
  const words: number[] = paras.map(() => 0);
  let current: string | null = null;
  paras.forEach((p, i) => {
    if (p.head) {
      current = null;
      return;
    }
    const t = p.text.trimStart();
    const own = Math.max(quotedChars(p.text), p.said);
    if (p.named.length === 1) {
      const name = p.named[0]!;
      const role = roles.get(name) ?? null;
      const opens = OPENS_QUOTE.test(t) || splitSentences(t).slice(0, 2).some((s) => nameAt(s, name, role) >= 0);
      current = opens ? name : null;
    } else if (p.named.length > 1 || !(current && (OPENS_QUOTE.test(t) || PRONOUN.test(t) || quotedChars(t) * 2 >= t.length))) current = null;
    // (a paragraph of the block that says little of the voice's own is the reporter's telling about them: narrative)
    owner[i] = current && own * 4 >= p.text.length ? current : null;
    words[i] = owner[i] ? own : 0;
  });
  // a block whose words are not most of it is the reporter's: a story names its people at a paragraph's head too
  for (let i = 0; i < paras.length; ) {
    if (!owner[i]) {
      i++;
      continue;
    }
    let j = i;
    let chars = 0;
    let said = 0;
    let quoted = 0;
    while (j < paras.length && owner[j] === owner[i]) {
      chars += paras[j]!.text.length;
      said += words[j]!;
      quoted = Math.max(quoted, longestQuote(paras[j]!.text));
      j++;
    }
    // (and the voice's own words are printed: a quotation of some length; the reporter's "某某表示，…" is the reporter's sentence)
    if (said * 2 < chars || quoted < OWN_QUOTE) for (let k = i; k < j; k++) owner[k] = null;
    i = j;
  }

  const body = paras.map((p, i) => ({ p, i })).filter(({ p }) => !p.head);
  const firstOwned = body.findIndex(({ i }) => owner[i] !== null);
  const result: VoiceBlocks = { body: 0, heads: 0, owned: 0, blocks: 0, owners: 0, returns: 0, between: 0, after: 0, spoken: 0, balance: 0, parallel: 0, intros: [] };
  if (firstOwned < 0) return result;
  const rest = body.slice(firstOwned);
  let lastOwned = rest.length - 1;
  while (lastOwned > 0 && owner[rest[lastOwned]!.i] === null) lastOwned--;
  const blockWords: number[] = [];
  const seen = new Set<string>();
  let prev: string | null = null;
  let ownedChars = 0;
  let ownedWords = 0;
  rest.forEach(({ p, i }, k) => {
    const who = owner[i] ?? null;
    if (who === null) {
      if (k < lastOwned) result.between++;
      else result.after++;
      prev = null;
      return;
    }
    result.owned++;
    ownedChars += p.text.length;
    ownedWords += words[i]!;
    if (who !== prev) {
      if (seen.has(who)) result.returns++;
      seen.add(who);
      result.blocks++;
      blockWords.push(0);
      result.intros.push(introOf(p.text, who, roles.get(who) ?? null));
    }
    blockWords[blockWords.length - 1]! += words[i]!;
    prev = who;
  });
  result.body = rest.length;
  result.heads = paras.slice(rest[0]!.i).filter((p) => p.head).length;
  result.owners = seen.size;
  result.spoken = ownedChars ? ownedWords / ownedChars : 0;
  result.balance = blockWords.length >= 2 ? Math.min(...blockWords) / Math.max(...blockWords) : 0;
  const byIntro = new Map<Intro, number>();
  for (const x of result.intros) byIntro.set(x, (byIntro.get(x) ?? 0) + 1);
  result.parallel = result.blocks ? Math.max(...byIntro.values()) / result.blocks : 0;
  return result;
}


/**
 * A round of views by its blocks, for a reading the prose rule, the layout and the framing refused: two voices or more
 * each owning one block, one after another, none returned to, no narrative between them and a paragraph at most after
 * the last, every block introduced the same way (one odd one among four or more), the shortest at least `balance` of
 * the longest; a pair needs the headline or lead to frame a round of views, or a section head of its own (a story may
 * end on two quotations owned alike: the frame says which it is).
 */
export const OWNED_ROUND = { after: 1, balance: 0.3 };

export function isOwnedRound(b: VoiceBlocks, framing: number, r = OWNED_ROUND): boolean {
  const odd = b.blocks - Math.round(b.parallel * b.blocks);
  return (
    b.owners >= 2 &&
    b.blocks === b.owners &&
    b.between === 0 &&
    b.after <= r.after &&
    odd <= (b.blocks >= 4 ? 1 : 0) &&
    b.balance >= r.balance &&
    (b.owners >= 3 || framing >= 1 || b.heads >= b.owners - 1)
  );
}

/**
 * The narrative a story goes back to: paragraphs of the reporter's between the voices' blocks and after the last. A
 * round of voices told by layout alone (no frame) keeps at most one (measure-voice-round.ts isVoiceRound).
 */
export const narrativeAround = (b: VoiceBlocks): number => b.between + b.after;

/**
 * Two people the reporter's sentences quote ("X说：“…”", "X表示，…") are a story's witnesses unless the piece frames
 * them as a round of views (headline or lead) or gives each a section head: a news story leads with its events and
 * quotes two people in the same way a pair of views is printed, and only the frame tells them apart.
 */
export function isUnframedPair(people: number, b: VoiceBlocks, framing: number): boolean {
  return people === 2 && framing < 1 && b.heads === 0;
}
