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

const QUOTED = /[“「『][^“”「」『』]*[”」』]?/gu;
const OPENS_QUOTE = /^[“「『]/u;
// a voice goes on in the next paragraph under a pronoun ("她说，…", "他还建议…")
const PRONOUN = /^(?:他|她)/u;
// a section's head: a short line that ends no sentence ("■“出发前就征集签名”", "关注公共话题")
const ENDS_SENTENCE = /[。！？!?…][”」』]?$/u;
/** A quotation long enough to be the voice's own statement, not a quoted word ("名医"). */
const OWN_QUOTE = 12;

export interface VoiceBlocks {
  /** Runs of paragraphs owned by one voice, the distinct owners, and owners owning two runs apart. */
  blocks: number;
  owners: number;
  returns: number;
  /** Paragraphs of the reporter's between the first block and the last, and after the last. */
  between: number;
  after: number;
  /** Section heads from the first block on. */
  heads: number;
  /** The shortest block's own words over the longest's (1 when alike). */
  balance: number;
  /** Blocks whose owner is introduced another way than the commonest (name first, quotation first, a scene first). */
  odd: number;
  /** Blocks opened by their owner's name (or role and name) before the first clause ends: a view's paragraph. */
  named: number;
  /** The shortest block's own words, in characters (a story's closing quote is a line; a view is a paragraph). */
  least: number;
}

const isHead = (p: string) => p.length <= 30 && !ENDS_SENTENCE.test(p);

/** Characters in quotation marks, and the longest quotation. */
function quotes(text: string): [number, number] {
  let n = 0;
  let top = 0;
  for (const m of text.matchAll(QUOTED)) {
    n += m[0].length;
    top = Math.max(top, m[0].length);
  }
  return [n, top];
}

/**
 * Measures who owns the flow's paragraphs, given the voices the prose reader found. `told`: the reporter's own
 * telling of each view counts as the voice's (a round the headline and lead both announce: "…怎么干？代表委员来回答"),
 * and a paragraph that opens on its topic ("产业振兴是乡村振兴的基础。全国人大代表某某认为，…") is the voice's from
 * the sentence naming it to the paragraph's end, when that is most of it: reported speech runs on to the paragraph's
 * end, the next view gets a paragraph of its own.
 */
export function measureBlocks(texts: readonly string[], prose: ProseReading, told = false): VoiceBlocks {
  const roles = new Map(prose.voices.map((v) => [v.name, v.role] as const));
  const paras = texts.filter((t) => t.length >= 4 && /\p{Script=Han}/u.test(t)).map((t) => t.trim());
  // what a voice says in the reporter's words is its own too: its statement sentences, where they stand
  const said = paras.map((p) => prose.voices.reduce((n, v) => n + v.sentences.reduce((k, s) => k + (p.includes(s.slice(0, 12)) ? Math.min(s.length, p.length) : 0), 0), 0));
  const out: VoiceBlocks = { blocks: 0, owners: 0, returns: 0, between: 0, after: 0, heads: 0, balance: 0, odd: 0, named: 0, least: 0 };
  // blocks: a paragraph one voice opens (named in its first two sentences, or its quotation first) starts one; the
  // paragraphs after it that name no other voice and go on with its words (a quotation, a pronoun, its name) are its
  // own; a head, another voice or the reporter's narrative ends it. A block is owned when the voice's words are half
  // of it, each paragraph a quarter at least, with a quotation of its own (the reporter's "某某表示，…" is the reporter's)
  const runs: { who: string; at: number; end: number; words: number; intro: string }[] = [];
  let run: (typeof runs)[number] | null = null;
  let chars = 0;
  let top = 0;
  const close = () => {
    if (run && run.words * 2 >= chars && (told || top >= OWN_QUOTE)) runs.push(run);
    run = null;
  };
  paras.forEach((p, i) => {
    const head = isHead(p);
    const named = head ? [] : [...roles].filter(([n, r]) => nameAt(p, n, r) >= 0);
    const [quoted, longest] = quotes(p);
    const first = splitSentences(p);
    let who: string | null = null;
    let own = Math.max(quoted, said[i]!);
    if (named.length === 1) {
      const [n, r] = named[0]!;
      if (OPENS_QUOTE.test(p) || first.slice(0, 2).some((s) => nameAt(s, n, r) >= 0)) who = n;
      const k = first.findIndex((s) => nameAt(s, n, r) >= 0);
      const tail = told && k >= 0 ? first.slice(k).join('').length : 0;
      if (tail * 2 >= p.length) [who, own] = [n, Math.max(own, tail)];
    } else if (!head && !named.length && run && (OPENS_QUOTE.test(p) || PRONOUN.test(p) || quoted * 2 >= p.length)) who = run.who;
    // (a paragraph saying little of the voice's own is the reporter's telling about them: narrative)
    if (!who || own * 4 < p.length) who = null;
    if (run && (who !== run.who || run.end !== i)) close();
    if (!who) return;
    if (!run) {
      const s = first[0] ?? '';
      const at = nameAt(s, who, roles.get(who) ?? null);
      const clause = s.search(/[，,：:；;]/u);
      run = { who, at: i, end: i, words: 0, intro: OPENS_QUOTE.test(p) ? 'quote' : at >= 0 && (clause < 0 || at < clause) ? 'name' : 'scene' };
      chars = 0;
      top = 0;
    }
    run.end = i + 1;
    run.words += own;
    chars += p.length;
    top = Math.max(top, longest);
  });
  close();
  if (!runs.length) return out;
  const seen = new Set<string>();
  let prev = runs[0]!;
  for (const r of runs) {
    // (the same voice again right after its block, past a head: one block; after another's or narrative: a return)
    if (r !== prev && r.who === prev.who && !paras.slice(prev.end, r.at).some((p) => !isHead(p))) continue;
    if (seen.has(r.who)) out.returns++;
    seen.add(r.who);
    prev = r;
    out.blocks++;
    if (r.intro === 'name') out.named++;
  }
  out.owners = seen.size;
  const from = runs[0]!.at;
  const last = runs[runs.length - 1]!.end;
  const inRuns = (i: number) => runs.some((r) => i >= r.at && i < r.end);
  paras.forEach((p, i) => {
    if (i < from) return;
    if (isHead(p)) out.heads++;
    else if (!inRuns(i)) i < last ? out.between++ : out.after++;
  });
  const words = runs.map((r) => r.words);
  out.least = Math.min(...words);
  out.balance = runs.length > 1 ? Math.min(...words) / Math.max(...words) : 0;
  const intros = new Map<string, number>();
  for (const r of runs) intros.set(r.intro, (intros.get(r.intro) ?? 0) + 1);
  out.odd = runs.length - Math.max(...intros.values());
  return out;
}

/**
 * A round of views by its blocks, for a reading the prose rule, the layout and the framing refused: two voices or more
 * each owning one block, one after another, none returned to, no narrative between them and a paragraph at most after
 * the last, every block introduced the same way (one odd one among four or more, or among voices each under a head of
 * their own: the head introduces them, the paragraph may open on the name or the quotation), the shortest at least 0.3 of the
 * longest; a pair needs the headline or lead to frame a round of views, or a section head of its own (a story may
 * end on two quotations owned alike: the frame says which it is).
 */
export function isOwnedRound(b: VoiceBlocks, framing: number): boolean {
  return (
    b.owners >= 2 &&
    b.blocks === b.owners &&
    !b.between &&
    b.after <= 1 &&
    b.odd <= (b.blocks >= 4 || (b.heads && b.heads >= b.owners - 1) ? 1 : 0) &&
    b.balance >= 0.3 &&
    (b.owners >= 3 || framing >= 1 || b.heads >= b.owners - 1)
  );
}

/** The characters of their own each of a pair owns at least: a paragraph stating a view, not a line quoted. */
export const PAIR_VIEW = 50;

/**
 * Two views side by side (a forum's two speakers, a pair of interviewees under a theme): each person opens a block of
 * their own by name (role and name, then what they said, even in the reporter's words), the two blocks one after
 * the other with no narrative between or after them, the shorter at least 0.3 of the longer and a view's paragraph
 * long (PAIR_VIEW characters of the person's own: a story's closing quotes are a line each). A story quoting two
 * people goes back to its narrative between or after them, or opens their paragraphs on the scene or the quotation
 * ("下午3时，…", "“……”李某说").
 */
export function isNamedPair(b: VoiceBlocks): boolean {
  return b.owners === 2 && b.blocks === 2 && b.named === 2 && !b.between && !b.after && b.balance >= 0.3 && b.least >= PAIR_VIEW;
}

/**
 * Two people the reporter's sentences quote ("X说：“…”", "X表示，…") are a story's witnesses unless the piece frames
 * them as a round of views (headline or lead) or gives each a section head: a news story leads with its events and
 * quotes two people in the same way a pair of views is printed, and only the frame tells them apart.
 */
export function isUnframedPair(people: number, b: VoiceBlocks, framing: number): boolean {
  return people === 2 && framing < 1 && !b.heads;
}
