/**
 * The prose voices' turn in the judgement (prose-voices.ts): when the label formats made no feature only for
 * want of voices (not because one person answers every question, nor a programme), a text carried by the
 * statements of named people in the reporter's prose is a "voices" feature, its speakers those people.
 */
import type { Item, StatementBuild } from './feature-items';
import { plural, type Judgement } from './judge-feature';
import type { NameContext } from './names';
import { readProseVoices, PROSE_RULE, type ProseReading } from './prose-voices';
import { isSurnameFormOf } from './narrative-voices';
import type { Walk } from './walk-speakers';
import { cutPhotoCredit } from './lines';
import { countSpokenVoices, nameAt, opensWithPerson, REPORTER, FRAMED_ROUND, isFramedRound, isHeadedThree, isLeadThenRound, isVoiceRound, LEAD_THEN_ROUND, measureVoiceRound, ROUND_LAYOUT } from './measure-voice-round';
import { readFraming, type Framing } from './framing-cues';
import { answersTheOther } from './judge-roundup';
import { isNamedPair, isOwnedRound, isUnframedPair, measureBlocks, type VoiceBlocks } from './measure-blocks';
import { judgeHeadedPair } from './judge-headed-pair';
import { judgeForumRound } from './forum-round';
import { reportsPairOfViews } from './reported-pair';
import { isMeetingReport, reportsOfficial } from './round-vetoes';

const FLOW = new Set(['body', 'label', 'attribution', 'question']);
// a section's title or marker: a head between the voices' blocks (measure-blocks.ts)
const HEADS = new Set(['topic', 'marker']);

/**
 * The flow's paragraphs, as printed (a label's line whole: its speaker is part of the sentence). A caption that is
 * a sentence joins them, its photo credit cut: a photo story's captions are where its people speak ("某某说，…。张三 摄");
 * a caption printed twice (alt text and caption) counts once. `heads`: the section titles too, where they stand (the
 * blocks' measure asks whether each voice has a head of its own: "# 一层住户：担心噪音" over the resident who speaks).
 */
export function flowTexts(items: readonly Item[], heads = false): string[] {
  const out: string[] = [];
  for (const it of items) {
    if (it.merged || it.displaced) continue;
    const text = it.kind === 'caption' ? cutPhotoCredit(it.block.text) : FLOW.has(it.kind) || (heads && HEADS.has(it.kind)) ? it.block.text : '';
    if (text && text !== out[out.length - 1]) out.push(text);
  }
  return cutTrailingFurniture(out);
}

// a sentence's end or a clause's comma anywhere in a line (outside brackets: "…ICP备…号(浏览网站主页,建议…)"): a
// paragraph of the piece (the last one cut off where the stored page ends too), not the page's furniture
const HOLDS_SENTENCE = /[。！？!?，,；;]/u;
const ASIDE = /[（(【［\[][^（()）【】［］\[\]]*[)）】］\]]/gu;
// a photo's caption placing its people ("某某（右6）、某某（左二）"): the picture's, printed after the piece
const POSITIONS = /[（(](?:前排|后排|後排)?[左右中][一二三四五六七八九十\d]{0,2}[）)]/u;

/**
 * The flow without the page's furniture after the piece: a text page is the page as served, and below the article's
 * last paragraph come its buttons, the site's footer, its contact lines and licence ("【关闭窗口】", "联系电话：…
 * 传真：…", "…ICP备…号"), none of them a sentence. The run of lines at the end that holds no sentence's end and no
 * clause is cut, and so is a photo's caption placing its people ("（右二）"), so the reporter's narrative after the voices
 * is counted from the piece's own paragraphs.
 */
export function cutTrailingFurniture(texts: string[]): string[] {
  let end = texts.length;
  while (end > 0 && (!HOLDS_SENTENCE.test(texts[end - 1]!.replace(ASIDE, '')) || POSITIONS.test(texts[end - 1]!))) end--;
  return end === texts.length ? texts : texts.slice(0, end);
}

/**
 * A "voices" feature the label formats found: the people its prose names with their words and the formats
 * missed ("刘阿姨抱怨，…" between labelled vox pops) join it, once each, after the voices found.
 */
function addMissedVoices(judgement: Judgement, walk: Walk, prose: ProseReading): void {
  if (judgement.kind !== 'voices' || prose.people < 2) return;
  const statements = walk.topics.flatMap((t) => t.statements);
  const known = statements.map((s) => s.speaker.name ?? '').filter((n) => n.length >= 2);
  const last = walk.topics[walk.topics.length - 1];
  if (!last) return;
  const added = new Set<string>();
  for (const v of prose.voices) {
    // (a voice found already, by its name, its surname form or a longer form: "李先生" for "李某先生")
    if (added.has(v.name) || known.some((n) => n === v.name || n.includes(v.name) || v.name.includes(n) || isSurnameFormOf(v.name, n))) continue;
    added.add(v.name);
    last.statements.push({ speaker: { name: v.name, role: v.role }, host: false, reported: true, evidence: 2, reporter: null, paragraphs: [v.sentences.join('')], els: [] });
  }
  if (added.size) judgement.evidence.push(plural(added.size, "voice in the reporter's prose", "voices in the reporter's prose"));
}

/** A round's thresholds in words, for `--explain`. */
function describeRound(r: { people: number; first: number; top: number; share: number; quoted: number }): string {
  return `≥ ${r.people} people, no return, the first in the first ${r.first * 100}%, the top one ≤ ${r.top} of the words, ≥ ${r.share} of the sentences${r.quoted ? `, ≥ ${r.quoted} quoted` : ''}`;
}

/** When a reading below the prose rule holds, the prose check is met by it (`--explain` says by which). */
function meetProse(judgement: Judgement, proseAt: number, ok: boolean, by: string): boolean {
  const check = judgement.checks[proseAt]!;
  if (ok) judgement.checks[proseAt] = { ...check, need: `${check.need}; or ${by} below`, ok };
  return ok;
}

/**
 * The round of voices by its layout (measure-voice-round.ts), when the prose rule refused the reading: a check
 * of its own for `--explain`; when it holds, the prose check is met by it.
 */
function judgeLayout(judgement: Judgement, texts: readonly string[], prose: ProseReading, proseAt: number, blocks: VoiceBlocks): boolean {
  const round = measureVoiceRound(texts, prose);
  judgement.round = round;
  // (the voices' blocks one after another: a story's narrative goes back between them and after them, measure-blocks.ts)
  const narrative = blocks.between + blocks.after;
  // (a lead, then one paragraph per voice to the end: nothing of the reporter's between or after them by the round's count;
  // or three voices in a text of some length, two heading a paragraph of their own)
  const ok = (isVoiceRound(prose, round) && narrative <= 1) || isLeadThenRound(prose, round) || isHeadedThree(prose, round);
  const r = ROUND_LAYOUT;
  judgement.checks.push({
    cue: `a round of voices by its layout: from the first voice's paragraph on (${round.body} of ${round.paragraphs}), ${round.led} headed by a voice, ${round.leaders} voices heading one, ${narrative} narrative around`,
    value: round.led,
    need: `${describeRound(r)} with ≥ 2 voices each heading one paragraph, ≥ ${r.led * 100}% of those paragraphs, ≤ 1 narrative; or a lead (${round.firstVoiced} paragraphs), then ≥ ${LEAD_THEN_ROUND.people} people each heading one paragraph, every paragraph from the first voice's theirs (${round.voiced} of ${round.body}), no return, the top one ≤ ${LEAD_THEN_ROUND.top} of the words, most quoted (${prose.quoted} of ${prose.people}); or three voices, 2 heading`,
    ok,
  });
  return meetProse(judgement, proseAt, ok, 'the round by its layout');
}

// lines that frame nothing: chrome, bylines, credits, captions
const NOT_FRAME = new Set(['skip', 'meta', 'byline', 'credit', 'caption']);
const HAN = /\p{Script=Han}/u;
/** Lines read for the frame at most (a text's first lines may be a site's chrome). */
const FRAME_LINES = 8;

// a photo's credit line ("新华社记者 某某摄", "本報記者 某某攝")
const PHOTO_CREDIT = /[摄攝](?:影)?\s*$/u;

/** A line a photo credit follows: the photo's caption (a page may open with a strip of them), not the frame. */
function isPhotoCaption(items: readonly Item[], i: number): boolean {
  const next = items.slice(i + 1).find((it) => !it.merged && it.block.text.trim());
  return !!next && next.block.text.length <= 30 && PHOTO_CREDIT.test(next.block.text);
}

/**
 * The lines before the first voice speaks: short ones without a sentence's end are headlines (the page's title, a
 * deck, a title the framing missed), longer ones the lead.
 */
export function frameLines(items: readonly Item[], headline: string | null, prose: ProseReading): { headlines: string[]; lead: string[] } {
  const probe = (prose.voices[0]?.sentences[0] ?? '').slice(0, 16);
  const headlines = headline ? [headline] : [];
  const lead: string[] = [];
  let n = 0;
  for (const [i, it] of items.entries()) {
    if (it.merged || it.displaced || NOT_FRAME.has(it.kind) || !HAN.test(it.block.text) || isPhotoCaption(items, i)) continue;
    const text = it.block.text;
    if ((probe && text.includes(probe)) || ++n > FRAME_LINES) break;
    (text.length <= 40 && !/[。！？!?]$/.test(text) ? headlines : lead).push(text);
  }
  return { headlines, lead };
}

/** How the headline and lead frame the piece (read once). */
export function framingOf(judgement: Judgement, items: readonly Item[], prose: ProseReading): Framing {
  if (judgement.framing) return judgement.framing;
  const { headlines, lead } = frameLines(items, judgement.headline ?? null, prose);
  return (judgement.framing = readFraming(headlines, lead, prose.voices.map((v) => v.name)));
}

/**
 * A weaker round of voices the headline and lead frame as a round of views (framing-cues.ts), when the prose rule
 * and the layout refused it: a check of its own for `--explain`; when it holds, the prose check is met by it.
 */
function judgeFraming(judgement: Judgement, items: readonly Item[], prose: ProseReading, proseAt: number): boolean {
  const round = judgement.round;
  if (!round) return false;
  const framing = framingOf(judgement, items, prose);
  const ok = isFramedRound(prose, round, framing.strength);
  const r = FRAMED_ROUND;
  judgement.checks.push({
    cue: `framed as a round of views (${framing.cues.join('; ') || 'no cue'}), the round above, ${countSpokenVoices(prose)} saying`,
    value: framing.strength,
    need: `≥ ${r.strength} cue (an event's headline −1), ${describeRound({ ...r, people: 2, quoted: 0 }).replace('no', `≤ ${r.returns}`)}; ≥ 2 voices heading ≥ ${r.led * 100}% of ≥ 3 paragraphs, or ≥ ${r.voices} saying (≥ 2 sentences or a quote), ≥ ${r.spokenShare}, top ≤ ${r.spokenTop}, ${r.heads} heading`,
    ok,
  });
  return meetProse(judgement, proseAt, ok, 'the framed round');
}

/**
 * The blocks told in the reporter's words make a round: two people each opening a block of their own by name (a pair
 * of views), three passers-by or more ("王小姐", "鄺先生") owning a block each in turn (a vox pop; officials so told
 * may be a meeting's report), or the sessions' deputies and members.
 */
const ownsTold = (prose: ProseReading, told: VoiceBlocks, strength: number, texts: readonly string[]) =>
  (prose.people === 2 && isNamedPair(told)) || (prose.ordinary >= 3 && told.owners >= 3 && isOwnedRound(told, strength)) || isDeputiesRound(prose, told, texts);

// a deputy to a people's congress or a member of a political consultative conference: by the role, or where the piece first
// names them, the title before the name ("全国人大代表，某公司董事长某某", "全国政协委员、某画院院长某某") or the address after it ("某某委员表示")
// (a role is short: the title in it ends within the role's last 30 characters too)
const DEPUTY = /(人大代表|政[协協]委[员員])[^。“「]{0,30}$/;

/**
 * Deputies and members each given a block of their own, told in the reporter's words, one after another (the sessions'
 * "代表委员谈…" round, framed or not): every voice a deputy or member, each owning one block a view's paragraph long
 * (50 characters of their own, as a named pair's: a story's closing quotes are a line each), none of the reporter's
 * paragraphs between or after them, and no reporter before the person where the piece first names them (a story of a
 * visit or a scene at the sessions, "记者来到代表某某的房间", quotes them along its narrative).
 */
function isDeputiesRound(prose: ProseReading, told: VoiceBlocks, texts: readonly string[]): boolean {
  if (prose.people < 2 || told.owners !== prose.people || told.blocks !== told.owners || told.after || told.between || told.least < 50) return false;
  return prose.voices.every(({ name, role }) => introducesDeputy(texts, name, role));
}

// a role that is the address alone, or ends on it ("委员", "民盟界别的委员", "代表")
const ADDRESSED = /(?:代表|委[员員])$/u;

/** Where the piece first names the person, a deputy or a member by the title before the name, the address after it or the role, and no reporter before. */
function introducesDeputy(texts: readonly string[], name: string, role: string | null): boolean {
  const first = texts.find((t) => nameAt(t, name, role) >= 0) ?? '';
  const at = nameAt(first, name, role);
  const before = first.slice(0, at);
  // (a dateline's byline in brackets, "中新网北京3月6日电（记者 某某）", is the wire's, not the reporter's tour)
  return (DEPUTY.test(role ?? '') || ADDRESSED.test(role ?? '') || DEPUTY.test(before) || /^(代表|委[员員])/.test(first.slice(at + name.length))) && !REPORTER.test(before.replace(ASIDE, ''));
}

/**
 * The sessions' "代表委员谈" piece (两会): the headline or lead frames a round of views ("政协委员谈…", "代表委员建议：…"),
 * every voice is a deputy or a member where the piece first names them (or addressed so: "某某委员认为"), and each is
 * introduced at the head of a paragraph of their own (first two sentences), none named again after another, a paragraph
 * of the reporter's at most after the last. Such a piece states each topic and its data between the members' paragraphs
 * (a subhead, "据统计，…"), so the narrative between them does not count against it; a story of one member's proposal
 * quotes a second one inside its narrative, or goes back to the first.
 */
function isSessionsRound(prose: ProseReading, texts: readonly string[], framing: Framing, after: number): boolean {
  if (prose.people < 2 || prose.returns || after > 1 || framing.strength < 1 || framing.event) return false;
  const roles = new Map<string, string | null>();
  for (const v of prose.voices) if (!roles.get(v.name)) roles.set(v.name, v.role);
  const people = [...roles];
  const named = (t: string, [name, role]: [string, string | null]) => nameAt(t, name, role) >= 0;
  // each a member by the title where first named, or addressed so ("某某委员认为" in a piece framed by the members), and
  // owning a paragraph: the first naming them at its head and no other member
  const heads = people.map((p) => (introducesDeputy(texts, ...p) ? texts.findIndex((t) => named(t, p) && opensWithPerson(t, ...p) && people.every((o) => o === p || !named(t, o))) : -1));
  // (each member's paragraphs before the next one's: a member named again after another is the story going back)
  return !heads.includes(-1) && new Set(heads).size === heads.length && people.every((p, k) => !texts.some((t, i) => i > Math.min(...heads.filter((h) => h > heads[k]!)) && named(t, p)));
}

/**
 * The round of voices by its blocks (measure-blocks.ts), when the prose rule, the layout and the framing refused it:
 * a check of its own for `--explain`; when it holds, the prose check is met by it.
 */
function judgeBlocks(judgement: Judgement, texts: readonly string[], prose: ProseReading, proseAt: number): boolean {
  const strength = judgement.framing?.strength ?? 0;
  let b = judgement.blocks!;
  let ok = isOwnedRound(b, strength);
  // the blocks counting what the reporter's words tell of each voice: measured once, only where a check needs them
  let told: VoiceBlocks | undefined;
  const measureTold = () => (told ??= measureBlocks(texts, prose, true));
  // (a round announced twice, headline and lead, may be told in the reporter's words: measure-blocks.ts)
  if (!ok && strength >= 2) ok = isOwnedRound((b = judgement.blocks = measureTold()), strength);
  // (a pair of views, a round of three or the sessions' members, told in the reporter's words or their own)
  if (!ok && ownsTold(prose, measureTold(), strength, texts)) [ok, b, judgement.blocks] = [true, told!, told!];
  // (the pair's told numbers, printed whenever the pair rule read them, so a refused pair shows what it lacked)
  const t = told as VoiceBlocks | undefined;
  const pair = prose.people === 2 && t ? `; a named pair told: ${t.named} named, ${t.between}+${t.after} narrative, balance ${t.balance.toFixed(2)}, ${t.least} own` : '';
  judgement.checks.push({
    cue: `voices owning blocks (${b.blocks} blocks, ${b.between}+${b.after} narrative, balance ${b.balance.toFixed(2)}, ${b.odd} odd, ${b.heads} heads${pair})`,
    value: b.owners,
    need: `≥ 2, measure-blocks.ts${pair && '; a pair: 2 named, 0+0, ≥ 0.3, ≥ 50'}`,
    ok,
  });
  return meetProse(judgement, proseAt, ok, "the voices' blocks");
}

/**
 * The sessions' round of members (isSessionsRound), when every other reading refused it: a check of its own for
 * `--explain`; when it holds, the prose check is met by it.
 */
function judgeSessions(judgement: Judgement, items: readonly Item[], texts: readonly string[], prose: ProseReading, proseAt: number): boolean {
  const framing = framingOf(judgement, items, prose);
  const ok = isSessionsRound(prose, texts, framing, judgement.round?.after ?? 0);
  judgement.checks.push({ cue: "the sessions' members, framed, each heading a paragraph", value: prose.people, need: '≥ 2', ok });
  return meetProse(judgement, proseAt, ok, "the sessions' members");
}

// where a story's closing reactions begin: its last 30% of sentences (a round of views hands the page to its people
// well before: the sessions' pair at 84% after a long lead is the latest of dev's, named officials, not passers-by)
const CLOSING = 0.7;

/**
 * A story of a place or an event (a shop opening, a holiday crowd) ends on what a customer or a passer-by says
 * ("来自某地的李先生说，…", "丁阿姨说：“…”"): a pair of people quoted only in its last 30% of sentences, one of them a
 * passer-by (surname + address), are its closing reactions, however evenly they share the last paragraphs.
 */
const closesOnReactions = (prose: ProseReading) => prose.people === 2 && prose.ordinary >= 1 && prose.first >= CLOSING;

/** Reads the prose voices and, when they carry the text, makes the judgement a "voices" feature. */
export function applyProseVoices(judgement: Judgement, walk: Walk, items: readonly Item[], ctx: NameContext): void {
  // only the count of voices may fail: an interview, a programme or briefs stay what they are
  if (judgement.checks.slice(1).some((c) => !c.ok)) return;
  // (a feature of another kind keeps its voices: its prose is not read)
  if (judgement.detected && judgement.kind !== 'voices') return;
  const texts = flowTexts(items);
  const prose = readProseVoices(texts, ctx);
  judgement.prose = prose;
  if (judgement.detected) {
    // (a round-up of voices in the reporter's sentences is no round with an official reported among a few of them)
    if (judgement.counts?.byRoundup && reportsOfficial(prose) && prose.officials < prose.people) return refuseAsStory(judgement, 'an official among few voices');
    addMissedVoices(judgement, walk, prose);
    return;
  }
  const share = prose.sentences ? prose.statements / prose.sentences : 0;
  const r = PROSE_RULE;
  const proseAt = judgement.checks.push({
    cue: `prose voices: ${prose.people} named people, ${prose.statements} of ${prose.sentences} sentences theirs, the first at ${Math.round(prose.first * 100)}%, the top one ${Math.round(prose.top * 100)}% of the words, ${prose.returns} returns, ${prose.ordinary} passers-by, ${prose.opened} of ${prose.paragraphs} paragraphs opened by a voice, ${prose.quoted} quoted`,
    value: Math.round(share * 100) / 100,
    need: `≥ ${r.people} people with ≥ ${r.share} of the sentences, ≤ ${r.returns} return; or ≥ ${r.ordinary} passers-by (surname + address) with ≥ ${r.ordinaryShare}; or ${describeRound(r.round)}, opening ≥ ${r.round.opened * 100}% of the paragraphs; or ${describeRound(r.three)} in ≥ ${r.three.sentences} sentences`,
    ok: prose.ok,
  }) - 1;
  const headed = flowTexts(items, true);
  const blocks = (judgement.blocks = measureBlocks(headed, prose));
  const by = prose.ok ? 'prose' : judgeLayout(judgement, texts, prose, proseAt, blocks) ? 'layout' : judgeFraming(judgement, items, prose, proseAt) ? 'framing' : judgeBlocks(judgement, headed, prose, proseAt) ? 'blocks' : judgeSessions(judgement, items, texts, prose, proseAt) ? 'sessions' : judgeForumRound(judgement, Object.values(frameLines(items, judgement.headline ?? null, prose)).flat(), prose, proseAt) ? 'forum' : null;
  if (!by) return judgeHeadedPair(judgement, walk, headed, prose, proseAt, adoptProseVoices);
  // a headline framing an event (an accident, a crime): the people its story quotes are witnesses; so are a pair the
  // prose rule or the layout took without the frame of a round or heads of their own (measure-blocks.ts)
  const framing = framingOf(judgement, items, prose);
  // no voice heading a paragraph nor owning a block: people a scene story quotes along its narrative (a vox pop gives
  // each person a paragraph of their own)
  const round = (judgement.round ??= measureVoiceRound(texts, prose));
  // (the blocks told in the reporter's words say otherwise when they make a round: the prose rule's reading is the
  // stronger, and the blocks' check would have taken it had the prose rule refused it)
  let told: VoiceBlocks | undefined;
  const toldOwns = () => ownsTold(prose, (told ??= measureBlocks(headed, prose, true)), framing.strength, texts);
  // (an official reported among a few others, whichever reading took them: a news story of the official's event; officials
  // alone are a round of reactions or a meeting report, the round rules' to tell apart, unless only the frame took them)
  const witnesses = reportsOfficial(prose) && (by === 'framing' || prose.officials < prose.people) ? 'an official among few voices' : by === 'blocks' && prose.quoted === 0 && isMeetingReport(prose) ? 'a meeting report' : framing.event ? "an event's story" : closesOnReactions(prose) ? 'closing reactions' : !round.leaders && !judgement.blocks.owners && !toldOwns() ? 'people quoted inside the narrative' : by !== 'framing' && by !== 'blocks' && isUnframedPair(prose.people, blocks, framing.strength) && !toldOwns() && !reportsPairOfViews(prose, round.after) ? 'an unframed pair' : '';
  if (witnesses) {
    judgement.checks.push({ cue: witnesses, value: 1, need: 'none', ok: false });
    return void judgement.evidence.push(witnesses);
  }
  // two people, one answering the other: a dispute (judge-roundup.ts)
  if (prose.people === 2 && answersTheOther(texts)) return void judgement.evidence.push('a dispute');
  // the count of labelled voices is met by the prose voices instead (explain shows every check holding)
  const count = judgement.checks[0];
  if (count) judgement.checks[0] = { ...count, need: `${count.need}, or the prose voices below`, ok: true };
  adoptProseVoices(judgement, walk, prose);
  // (decided by the layout: say so, the prose rule alone refused it)
  if ((by === 'layout' || by === 'framing') && judgement.round) judgement.evidence.push(plural(judgement.round.leaders, 'voice heading a paragraph of its own', 'voices each heading a paragraph of their own'));
  if (by === 'blocks') judgement.evidence.push(plural(judgement.blocks.owners, 'voice owning a block of its own', 'voices each owning a block of their own'));
  if (judgement.framing?.cues.length && by !== 'prose' && by !== 'layout') judgement.evidence.push('framed as a round of views');
}

/** Takes back a feature the count of voices made: a news story quoting its people along the way. */
function refuseAsStory(judgement: Judgement, why: string): void {
  judgement.checks.push({ cue: why, value: 1, need: 'none', ok: false });
  judgement.detected = false;
  judgement.kind = null;
  judgement.evidence.push(why);
}

/** Makes the judgement a "voices" feature whose speakers are the prose voices, once each, their sentences joined. */
export function adoptProseVoices(judgement: Judgement, walk: Walk, prose: ProseReading): void {
  const byName = new Map<string, StatementBuild>();
  for (const v of prose.voices) {
    const s = byName.get(v.name);
    if (s) {
      s.paragraphs.push(v.sentences.join(''));
      if (!s.speaker.role && v.role) s.speaker = { ...s.speaker, role: v.role };
    } else {
      byName.set(v.name, { speaker: { name: v.name, role: v.role }, host: false, reported: true, evidence: 2, reporter: walk.topics.flatMap((t) => t.statements).find((x) => x.reporter)?.reporter ?? null, paragraphs: [v.sentences.join('')], els: [] });
    }
  }
  walk.topics = [{ title: null, titleEl: null, implicit: true, statements: [...byName.values()] }];
  // the lead is what comes before the first voice: the walk, finding no label, had taken every paragraph for it, and
  // the sidebar's lead repeated the people's words
  const first = prose.voices[0]?.sentences[0];
  const at = first ? walk.leadParts.findIndex((p) => p.includes(first)) : -1;
  if (at >= 0) walk.leadParts.length = at;
  judgement.detected = true;
  judgement.byProse = true;
  judgement.kind = 'voices';
  judgement.evidence = [`${prose.people} people speaking in the reporter's prose (${prose.statements} of ${prose.sentences} sentences)`];
}
