/**
 * A reaction round-up: paragraphs that each open with a different person and a verb of saying
 * ("國民黨議員江某表示，…", "南丫岛居民林先生希望，…"). A news story names people the same way, so these
 * voices count only together: three or more people, two of them named in the reporter's sentence, and
 * such paragraphs a good share of the piece (a story quoting people in passing is mostly narrative).
 */
import type { Item, StatementBuild } from './feature-items';
import { isPersonName } from './names';
import { LINK, SAYING } from './reported-speech';
import { goesOnBySurname, isSurnameFormOf } from './narrative-voices';
import { opensWithPerson } from './measure-voice-round';
import { whoOf } from './find-interviewer';
import { personAfterQuote, quoteDepth } from './prose-voices';

/** Share of the flow's paragraphs that open with a voice, at least, for a round-up (a story with a few reactions stays below). */
const CARRIED = 0.4;
/** Characters each of two voices says, at least, to make a pair round-up (a story's reaction is one short sentence). */
const PAIR_LENGTH = 45;
/** Share of the piece's characters, at least, that a pair's own words fill (a story's two closing reactions fill a third). */
const PAIR_SHARE = 0.45;
// a paragraph of the story is Chinese text (an image's placeholder or a code line is none)
const HAN = /\p{Script=Han}/u;
const PRONOUN_GOES_ON = /^(?:他|她)(?:们|們)?(?:又|亦|也|还|還|并|並|续|續|则|則|更|同时|同時)?/;
// after a narrative paragraph (the voice's example, "我國最近便捲入了…事件"), a pronoun and a verb of saying
// in the first clause ("她以此為例説，…") is the last voice going on, not the reporter's story
const PRONOUN_SAYS = new RegExp(`^(?:他|她)[^，,。：:“”「」]{0,10}?${SAYING}[，,：:]`, 'u');

export interface Roundup {
  /** Distinct people named in the reporter's sentences. */
  reported: number;
  /** Distinct people among all voices, reported or labelled. */
  people: number;
  /** Paragraphs that open with a voice, and all paragraphs of the flow. */
  voiceParagraphs: number;
  paragraphs: number;
  /** The reporter announced that several people were asked (announced-voices.ts). */
  announced: boolean;
  /** Voices named in the reporter's sentences whose paragraph the narrative heads (measure-voice-round.ts). */
  unheaded: number;
  ok: boolean;
}

// one voice answering the other ("對此，某某回應指出", "对此…反驳"): a dispute the story reports, not two views
const ANSWERS = /[对對]此[^。！？]{0,20}?(?:回[应應击擊]|反[驳駁击擊])/u;
export const answersTheOther = (texts: readonly string[]): boolean => texts.some((t) => ANSWERS.test(t));

const BARE_SPEAKER = new RegExp(`^(\\p{Script=Han}{2,4}?)${LINK}${SAYING}[，,：:]`, 'u');

// chrome and headings have no clause punctuation ("推荐】【打印】【关闭"): no paragraph of the story
const CLAUSE = /[。，,！？!?；;：:]/;

/** More opening than closing quotation marks: the words go on in the next paragraph. */
function opensQuote(text: string): boolean {
  return quoteDepth(text, 0) > 0;
}

/** A closing mark with no opening before it: the paragraph ends a quotation opened above. */
function closesQuote(text: string): boolean {
  const close = text.search(/[”」]/);
  if (close === -1) return false;
  const open = text.search(/[“「]/);
  return open === -1 || open > close;
}

/** A paragraph opened by a bare full name and a verb of saying ("吳某表示，…"). */
function opensWithSpeaker(text: string): boolean {
  const m = BARE_SPEAKER.exec(text);
  return !!m && isPersonName(m[1]!);
}

// a quotation that opens the paragraph, then who signs it with a verb of saying, in the clause after it
// (its last clause: "“……”对于…，某某直言")
const SIGNED_QUOTE = new RegExp(`^[“「][^”」]{6,}[”」]([^。！？：:“”「」]{2,40}?)${SAYING}`);

/** Whether a person signs the quotation opening the paragraph ("“……”市民章某告诉记者，…"). */
function signsOpeningQuote(text: string): boolean {
  const m = SIGNED_QUOTE.exec(text);
  return !!(m && personAfterQuote(m[1]!.split(/[，,]/).pop()!));
}

/** A name and the short form a story goes on with: a Latin name's given name ("Barney" for "Barney Glover"). */
function namesOf(name: string): string[] {
  const given = /^([A-Z][a-z]{2,})\s+[A-Z]/.exec(name);
  return given ? [name, given[1]!] : [name];
}

/** Judges whether reported voices, with the labelled ones, make a round-up. */
export function judgeRoundup(speaking: readonly StatementBuild[], items: readonly Item[], announced = false): Roundup {
  const reported = new Set(speaking.filter((s) => s.reported).map(whoOf));
  const people = new Set(speaking.map(whoOf));
  const names = new Set(speaking.filter((s) => s.reported && s.speaker.name && s.speaker.name.length >= 2).map((s) => s.speaker.name!));
  let paragraphs = 0;
  let voiceParagraphs = 0;
  // a voice's own paragraphs go on with a pronoun ("她續指，…", "他称…"): they are the voice's too
  let inVoice = false;
  // paragraphs after the first voice that are none of the voices' (the reporter's narrative between them)
  let narrativeAfter = 0;
  // paragraphs before the first voice that a third person opens with a verb of saying ("吳某表示，…"): a
  // report that gives its opening to someone else (a rally's main speaker) is about that person, not a pair; so is one
  // opening on a quotation signed after it, whoever's (one of the pair then speaks twice)
  let othersBefore = 0;
  // paragraphs that open with a voice's name again: the voice's, for a round-up of three or more; a pair
  // going back and forth by name is a story about the two (a debate report)
  let namedAgain = 0;
  // the voice speaking now: a paragraph opened by its own name ("Barney表示，…" after "…主席Barney Glover表示")
  // is that voice going on, like a pronoun; another voice's name is the story going back to them
  let current: readonly string[] = [];
  let currentRole: string | null = null;
  // the voice's quotation left open at its paragraph's end: the next paragraph goes on with its words
  let quoteOpen = false;
  // voices named in the reporter's sentence only after the paragraph's own story (measure-voice-round.ts): quotes a
  // story gives as evidence, not a person a paragraph
  let unheaded = 0;
  // the characters of the paragraphs counted: the pair's own words are most of a pair's piece
  let chars = 0;
  for (const it of items) {
    if (it.merged || it.displaced) continue;
    if ((it.kind === 'label' && !it.host) || it.kind === 'attribution') {
      voiceParagraphs++;
      inVoice = true;
      current = it.speaker?.name ? namesOf(it.speaker.name) : [];
      currentRole = it.speaker?.role ?? null;
      quoteOpen = opensQuote(it.block.text);
      if (it.reported && it.speaker?.name && !opensWithPerson(it.block.text, it.speaker.name, it.speaker.role)) unheaded++;
    } else if (it.kind === 'body' && it.text.length >= 15 && HAN.test(it.text) && CLAUSE.test(it.text)) {
      const opened = voiceParagraphs > 0;
      const opening = it.text.trimStart();
      // (or with a quotation signed by the voice's name inside: "…好几万农民参与种植。“每次分红时……。”周某说")
      // (or by its surname and an address or its role's word: "王老师还谈到…" for a teacher named 王某; or, as Hong
      // Kong papers write, by the surname alone: "姜表示，…", "至於鄭某，姜指…"; narrative-voices.ts)
      const goesOn: boolean =
        (inVoice && quoteOpen) ||
        (inVoice && current.some((n) => opening.startsWith(n) || opening.includes(`”${n}`) || opening.includes(`」${n}`) || [2, 3].some((k) => isSurnameFormOf(opening.slice(0, k), n, currentRole)) || goesOnBySurname(opening, n)));
      // (a quotation over paragraphs: each opens with "“", only the last closes it)
      quoteOpen = goesOn && ((quoteOpen && !closesQuote(it.text)) || opensQuote(it.text));
      // or with the voice's own name again ("高某表示，…": the same person goes on, not the story)
      const again = !goesOn && [...names].some((n) => opening.startsWith(n));
      inVoice = goesOn || (inVoice && PRONOUN_GOES_ON.test(it.text)) || (opened && current.length > 0 && PRONOUN_SAYS.test(opening));
      if (inVoice) voiceParagraphs++;
      else if (again) namedAgain++;
      else if (opened) narrativeAfter++;
      else if (opensWithSpeaker(opening)) othersBefore++;
      // (or with a quotation its speaker signs after it, "“……”市民某某告诉记者": the story opens on that person, a
      // third one or one of the pair heard twice)
      else if (signsOpeningQuote(opening)) othersBefore++;
    } else continue;
    paragraphs++;
    chars += it.block.text.length;
  }
  // two people make a round-up only when, once the first speaks, the voices carry every paragraph (two
  // officials reacting to a policy address one after the other); a story goes back to its narrative
  // officials reacting one after the other, each at length (a story's "X表示，…" is a sentence)
  const said = new Map<string, number>();
  for (const s of speaking) said.set(whoOf(s), (said.get(whoOf(s)) ?? 0) + s.paragraphs.join('').length);
  const atLength = [...said.values()].every((n) => n >= PAIR_LENGTH);
  // (two reactions closing a story told at length are its ending: the pair's words carry less than PAIR_SHARE of it)
  const carried = [...said.values()].reduce((n, k) => n + k, 0) >= PAIR_SHARE * chars;
  const pair = !answersTheOther(items.map((it) => it.block.text)) && reported.size >= 2 && people.size === 2 && voiceParagraphs >= 2 && narrativeAfter + namedAgain + othersBefore === 0 && atLength && unheaded === 0 && carried;
  // a vox pop the reporter announces ("记者随机采访了多名市民…"): two people asked, each at length, carry it
  // whatever narrative sits between them (announced-voices.ts), unless the story opened on someone's words
  const asked = announced && reported.size >= 2 && voiceParagraphs >= 2 && atLength && !othersBefore;
  const ok = (reported.size >= 2 && people.size >= 3 && voiceParagraphs + namedAgain >= CARRIED * paragraphs) || pair || asked;
  return { reported: reported.size, people: people.size, voiceParagraphs, paragraphs, announced, unheaded, ok };
}
