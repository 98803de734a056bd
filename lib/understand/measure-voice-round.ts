/**
 * The layout of the prose voices in a text (prose-voices.ts reads who speaks; this measures where): a round of
 * voices gives each person a paragraph of their own and names them at its head ("全国政协委员某某……她说："), one
 * after the other, and the reporter's narrative is the frame before them; a story quoting people names them
 * inside its narrative, late in a paragraph, and goes back to the narrative. Measured from the paragraphs the
 * voices speak in, so the lead before the first voice (the frame) does not count against the round.
 */
import { splitSentences, PROSE_RULE, type ProseReading, type ProseVoice } from './prose-voices';
import { isSurnameFormOf } from './narrative-voices';
import { carriesBody, isMeetingReport } from './round-vetoes';

const HAN = /\p{Script=Han}/u;
const OPENS_QUOTE = /^[“「『]/u;

export interface VoiceRound {
  /** Paragraphs of the flow (Han text), and the first a voice speaks in. */
  paragraphs: number;
  firstVoiced: number;
  /** Paragraphs from the first voiced one to the end: the body after the frame. */
  body: number;
  /** Body paragraphs a voice speaks in whose first sentence names that voice or opens with a quotation. */
  led: number;
  /** Distinct voices that lead a paragraph of their own. */
  leaders: number;
  /** Body paragraphs a voice speaks in, led or not. */
  voiced: number;
  /** Paragraphs no voice speaks in between the first voiced one and the last (the story's narrative between voices). */
  between: number;
  /** Paragraphs after the last voiced one (the story going back to its narrative). */
  after: number;
}

/** Where a sentence names the person (the name, or its surname form: "黄委员" for 黄某某), or -1. */
export function nameAt(sentence: string, name: string, role: string | null): number {
  const at = sentence.indexOf(name);
  if (at >= 0) return at;
  for (let i = 0; i + 2 <= sentence.length; i++) {
    if (sentence[i] !== name[0]) continue;
    for (const k of [2, 3]) if (isSurnameFormOf(sentence.slice(i, i + k), name, role)) return i;
  }
  return -1;
}

// the reporter as the sentence's actor before the person ("记者先来到代表某某的房间"): the reporter's tour leads
export const REPORTER = /记者|記者|笔者|筆者/u;

/**
 * Whether the paragraph is given to the person from its start: a quotation opens it, or its first two sentences
 * name the person (after a byline or a sentence of scene: "〔記者某某／台北報導〕…。國民黨立委某某昨說…"); a story
 * gives a quote as evidence after its own sentences ("两名小孩吸引了记者的注意。他们是…。“……”带队的郭老师说道。").
 */
export function opensWithPerson(paragraph: string, name: string, role: string | null = null): boolean {
  if (OPENS_QUOTE.test(paragraph.trimStart())) return true;
  return splitSentences(paragraph).slice(0, 2).some((s) => nameAt(s, name, role) >= 0);
}

function leads(head: string, name: string, role: string | null): boolean {
  if (OPENS_QUOTE.test(head)) return true;
  const at = nameAt(head, name, role);
  return at >= 0 && !REPORTER.test(head.slice(0, at));
}

/**
 * A paragraph a short topic sentence opens (naming no one, quoting nothing: as a scene sentence before a voice,
 * reported-speech.ts), the voice's own statement second with a title of office (…长, 主任, 主席, 教授, 书记; not a
 * passer-by's "游客") and name at its head ("职业教育关系千家万户。职教社副理事长某某委员认为，…"): a round of views
 * states each topic, then who speaks on it.
 */
function leadsAfterTopic([topic, second]: readonly string[], v: ProseVoice): boolean {
  // (no role reads as "null": no title, no head)
  return v.sentences[0] === second && topic!.length <= 50 && !/[“「他她]|[记記]者/u.test(topic!) && /[长長任席授记記]$/u.test(v.role!) && second!.startsWith(v.role! + v.name);
}

/** Measures where the voices of a prose reading speak among the flow's paragraphs. */
export function measureVoiceRound(texts: readonly string[], prose: ProseReading): VoiceRound {
  const paras = texts.filter((t) => t.length >= 6 && HAN.test(t));
  // the paragraph of each voice's statement (its last sentence: a pending quotation may open it in the paragraph before)
  const voicedAt = new Map<number, ProseVoice[]>();
  let from = 0;
  for (const v of prose.voices) {
    const probe = v.sentences[v.sentences.length - 1] ?? '';
    let at = -1;
    for (let i = from; i < paras.length; i++) {
      if (paras[i]!.includes(probe.slice(0, 40))) {
        at = i;
        break;
      }
    }
    if (at < 0) continue;
    from = at;
    const list = voicedAt.get(at) ?? [];
    list.push(v);
    voicedAt.set(at, list);
  }
  const indices = [...voicedAt.keys()].sort((a, b) => a - b);
  const firstVoiced = indices[0] ?? paras.length;
  const leaders = new Set<string>();
  let led = 0;
  for (const i of indices) {
    const sentences = splitSentences(paras[i]!);
    const head = sentences[0] ?? '';
    const here = voicedAt.get(i)!;
    // (after a topic, only a paragraph given to that one voice: a lead's scene goes on to several people)
    const leader = here.find((v) => leads(head, v.name, v.role)) ?? (new Set(here.map((v) => v.name)).size < 2 ? here.find((v) => leadsAfterTopic(sentences, v)) : undefined);
    if (!leader) continue;
    led++;
    leaders.add(leader.name);
  }
  const last = indices[indices.length - 1] ?? paras.length - 1;
  return {
    paragraphs: paras.length,
    firstVoiced,
    body: paras.length - firstVoiced,
    led,
    leaders: leaders.size,
    voiced: indices.length,
    between: indices.length ? last - firstVoiced + 1 - indices.length : 0,
    after: paras.length - 1 - last,
  };
}

/**
 * A round of voices by its layout, for a reading the prose rule refused (prose-voices.ts): the prose rule's
 * round with its share of paragraphs counted from the first voice on (the frame before it is the reporter's
 * and does not count against the round) and by paragraphs each voice heads (not the reporter's tour, not a
 * person's story going on over paragraphs headed by their name); two voices carry every one of those paragraphs.
 */
export const ROUND_LAYOUT = { people: 2, first: 0.5, top: 0.7, share: 0.2, quoted: 1, led: 0.5 };

export function isVoiceRound(prose: ProseReading, round: VoiceRound): boolean {
  const r = ROUND_LAYOUT;
  const share = prose.sentences ? prose.statements / prose.sentences : 0;
  return (
    prose.people >= r.people &&
    prose.returns === 0 &&
    prose.first <= r.first &&
    prose.top <= r.top &&
    share >= r.share &&
    prose.quoted >= r.quoted &&
    // (officials in office most of the people: a meeting report, as the prose rule has it; round-vetoes.ts)
    !isMeetingReport(prose) &&
    round.leaders >= 2 &&
    // each voice heads one paragraph of its own: a person heading two is a story about that person
    round.led === round.leaders &&
    round.led >= r.led * round.body &&
    // two voices are a pair: as for a pair named in the reporter's sentences (judge-roundup.ts), they carry every
    // paragraph from the first one on; a story goes back to its narrative between them or after them
    carriesBody(prose, round)
  );
}

/**
 * A round printed as a lead and then one paragraph per voice (导语 then 逐人一段): three people or more, each heading
 * exactly one paragraph, every paragraph from the first of them to the end theirs, the reporter's lead before them
 * however long (the round's first voice then comes late in the sentences, which the layout's share does not allow), none
 * holding most of the words, officials in office not most of them, most of them quoted in their own words or each given
 * a view's paragraph in the reporter's words (a forum report's "某某院士指出，…", speakers a paragraph each). A story goes
 * back to its narrative between or after its quotes, and gives a person two paragraphs; a report carried by its data or
 * events closes on reactions paraphrased a line each ("议员某某表示，…"); a round of two is left to the frame
 * (measure-blocks.ts isUnframedPair).
 */
export const LEAD_THEN_ROUND = { people: 3, top: 0.7, view: 50 };

/**
 * Every voice's words, paraphrased, a view's paragraph long (a forum report gives each speaker a paragraph of what
 * they said, "某某院士指出，…"): not the line each of the reactions a report closes on.
 */
const speaksAtLength = (prose: ProseReading) => prose.voices.every((v) => v.sentences.join('').length >= LEAD_THEN_ROUND.view);

export function isLeadThenRound(prose: ProseReading, round: VoiceRound): boolean {
  const r = LEAD_THEN_ROUND;
  return (
    prose.people >= r.people &&
    prose.returns === 0 &&
    prose.top <= r.top &&
    !isMeetingReport(prose) &&
    (prose.quoted * 2 > prose.people || speaksAtLength(prose)) &&
    round.firstVoiced >= 1 &&
    round.leaders === prose.people &&
    round.led === round.leaders &&
    round.voiced === round.body
  );
}

/**
 * The prose rule's round of three voices or more (PROSE_RULE.three: a text of some length, none returned to, the
 * first early, none holding most of the words, one quoted) where two of them head a paragraph of their own, not the
 * three the rule asks: a vox pop or a round of comments gives some of its people a paragraph and tucks a third into
 * the reporter's (two or three quoted one after another); a story of one person quotes others in passing.
 */
export function isHeadedThree(prose: ProseReading, round: VoiceRound): boolean {
  const r = PROSE_RULE.three;
  return prose.people >= r.people && prose.sentences >= r.sentences && prose.returns === 0 && prose.first <= r.first && prose.top <= r.top && prose.statements >= r.share * prose.sentences && prose.quoted >= r.quoted && !isMeetingReport(prose) && round.leaders >= 2;
}

/**
 * A weaker round that passes when the headline and lead frame the piece as a round of views (framing-cues.ts):
 * two or more voices, one return at most, none holding most of the words, the first early enough; then either the
 * layout (each of two voices heading a paragraph of its own, their share of the paragraphs from the first one on
 * lowered, three paragraphs at least) or, whatever the layout (voices inside narrative paragraphs), two voices
 * that each say something of their own, with a larger share of the sentences and more balance between them.
 * Thresholds chosen leave-one-batch-out (scripts/corpus-fit.ts, FIT_FRAME=1; README's understanding section).
 */
export const FRAMED_ROUND = { strength: 1, first: 0.7, top: 0.8, share: 0.15, led: 0.5, returns: 1, voices: 2, spokenShare: 0.3, spokenTop: 0.7, heads: 1 };

// a quotation of the person's own words
const QUOTES = /[“「『]/u;

/** Distinct voices that say something of their own: two sentences or more, or a quotation (not a name in passing). */
export function countSpokenVoices(prose: ProseReading): number {
  const said = new Map<string, number>();
  for (const v of prose.voices) said.set(v.name, (said.get(v.name) ?? 0) + (v.sentences.some((s) => QUOTES.test(s)) ? 2 : v.sentences.length));
  return [...said.values()].filter((k) => k >= 2).length;
}

export function isFramedRound(prose: ProseReading, round: VoiceRound, strength: number, r = FRAMED_ROUND): boolean {
  const share = prose.sentences ? prose.statements / prose.sentences : 0;
  return (
    strength >= r.strength &&
    prose.people >= 2 &&
    prose.returns <= r.returns &&
    prose.first <= r.first &&
    prose.top <= r.top &&
    share >= r.share &&
    !isMeetingReport(prose) &&
    // by the layout: the voices head their paragraphs (and take the body: two quotes closing a story told over most
    // of its paragraphs are its ending); or, whatever the layout, enough voices that say something, one heading
    ((round.leaders >= 2 && round.body >= 3 && round.led >= r.led * round.body) ||
      (countSpokenVoices(prose) >= r.voices && share >= r.spokenShare && prose.top <= r.spokenTop && round.leaders >= r.heads))
  );
}
