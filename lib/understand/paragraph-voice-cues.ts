/**
 * A page-check step for voices that have no colon: paragraphs opened by a person and a verb of saying
 * (a reaction round-up), "——" lines with a predicate, "name(role)" lines and "【同期】" sound bites. Only the
 * first text node of each <p> is read, and only its opening; the full matchers run on the few openings a
 * cheap test lets through, so a long list page costs a property read and a short regex per paragraph.
 */
import { announcesVoices } from './announced-voices';
import { matchAttribution } from './lines';
import { matchNameRoleLine } from './name-role-lines';
import { isPersonName, splitSpeakerLabel, type NameContext } from './names';
import { isHonorificForm, matchDashClause, matchQuoteDashClause, matchReportedOpening, OPENING_VERBS, subjectThenPronoun } from './reported-speech';
import { matchSoundBite } from './transcript-lines';
import { matchBareNameVoice } from './bare-name-voices';
import { matchBracketSoundBite } from './classify-lines';
import { matchForumSummary } from './forum-summaries';
import { matchNameColonHeadline, matchNameHeadline } from './name-headline-lines';
import { findParagraphVoices } from './netizen-voices';
import { matchNumberedQuote } from './numbered-quotes';
import { matchPronounLabel } from './remarks-lines';
import { matchMetThenSays, matchPredicateRole, matchSurnameSays } from './narrative-voices';
import { isDateLine, matchSignature } from './signed-letters';
import { matchRoleNameLine, readsAsSpeech } from './role-name-lines';

const MAX_PARAGRAPHS = 3000;
const OPENING = 120;
// a verb of saying right before the first clause's comma or colon: the only openings worth matching
// (tested with native indexOf and a set lookup, no regex over the paragraph)
// (with 指出/强调: a legislator's reaction opens with them too; the opening matcher tells a member from an official)
const VERBS = new Set([...OPENING_VERBS, '指出', '强调', '強調']);
const VERB_LENGTHS = [...new Set(OPENING_VERBS.map((v) => v.length))];
const REACH = 60;
// the verbs' last characters: most clauses end with another, and one character read rules the slices out
const VERB_LAST = new Set([...VERBS].map((v) => v.charCodeAt(v.length - 1)));

/** Whether a verb of saying ends right before `end` (a set lookup per verb length, after its last character). */
function verbEndsAt(data: string, end: number): boolean {
  if (!VERB_LAST.has(data.charCodeAt(end - 1))) return false;
  for (const n of VERB_LENGTHS) if (VERBS.has(data.slice(end - n, end))) return true;
  return false;
}

/** The first comma or colon within reach of `from`, or -1 (one pass over the reach: a paragraph is not searched to its end). */
function clauseEnd(data: string, from: number): number {
  const max = Math.min(data.length, from + REACH);
  for (let i = from; i < max; i++) {
    const c = data.charCodeAt(i);
    if (c === 0xff0c || c === 44 || c === 0xff1a || c === 58) return i;
  }
  return -1;
}

/** Whether a verb of saying ends the paragraph's first clause (after an opening quotation, if any). */
function saysEarly(data: string, quoted: boolean): boolean {
  let from = 0;
  if (quoted) {
    const close = Math.max(data.indexOf('”'), data.indexOf('」'));
    if (close === -1) return false;
    from = close + 1;
  }
  const end = clauseEnd(data, from);
  return end >= from + 3 && verbEndsAt(data, end);
}

// a passer-by's honorific opening the paragraph ("鄧先生指過往…", "郭先生是外地人，…“…”"): its verb may run on
// (one anchor over the whole alternation: the test fails at the opening instead of trying every position)
const VOX_START = /^(?:\p{Script=Han}{1,2}(?:先生|女士|小姐|太太|同學|同学|老師|老师)|\d{1,3}(?:岁|歲)的|從事|从事)/u;

/** The verb closes the paragraph's second clause after a short first one ("當今世界…變化，與會的某教授王某表示，"). */
function saysInSecondClause(data: string): boolean {
  const first = clauseEnd(data, 0);
  if (first < 8 || first > 24 || first >= data.length - 4) return false;
  const end = clauseEnd(data, first + 1);
  return end > first + 2 && verbEndsAt(data, end);
}

const SCENE_SENTENCE = 50;
const QUOTE_REACH = 360;

/** A quotation signed by a person the page has shown ("“……”王某说，"): that person going on, or null. */
function signedBySeen(people: Set<string>, head: string): string | null {
  for (const who of people) if (head.includes(`”${who}`) || head.includes(`」${who}`)) return who;
  return null;
}

/** The opening quotation closes within reach (one bounded indexOf per mark). */
function closesQuoteSoon(data: string): boolean {
  const head = data.length > QUOTE_REACH ? data.slice(0, QUOTE_REACH) : data;
  return head.indexOf('”') !== -1 || head.indexOf('」') !== -1;
}

/** The verb closes the first clause of the paragraph's second sentence, after a short first one (one bounded indexOf). */
function saysInSecondSentence(data: string): boolean {
  const stop = data.slice(0, SCENE_SENTENCE + 1).indexOf('。');
  return stop >= 10 && verbEndsClauseAt(data, stop + 1);
}

const HONORIFIC_WORDS = new Set(['先生', '女士', '小姐', '太太', '同學', '同学', '老師', '老师']);

/** VOX_START by a few character reads (this runs on most paragraphs of a page): "郭先生…", "從事…的", "13歲的…". */
function opensAsPasserBy(raw: string): boolean {
  if (HONORIFIC_WORDS.has(raw.slice(1, 3)) || HONORIFIC_WORDS.has(raw.slice(2, 4)) || raw.startsWith('從事') || raw.startsWith('从事')) return VOX_START.test(raw);
  return false;
}

export interface ParagraphVoices {
  /** Distinct people opening paragraphs with a verb of saying. */
  reported: number;
  /** "——" lines with a predicate, "name(role)" lines, sound bites. */
  lines: number;
  passes: boolean;
}

/** Counts colon-less voices in a page's paragraphs, stopping once the page passes. */
export function countParagraphVoices(body: HTMLElement): ParagraphVoices {
  const people = new Set<string>();
  let lines = 0;
  const paras = body.getElementsByTagName('p');
  const handles = new Set<string>();
  // two people reacting in paragraphs one right after the other (a pair round-up; a story puts narrative between)
  let pair = false;
  // people of prose vox pops (addNarrative): two on a page, whatever sits between them, are worth a parse
  const told = new Set<string>();
  let previous: { at: number; who: string } | null = null;
  const opened = (who: string | null, at: number) => {
    if (!who) return;
    if (previous && previous.at === at - 1 && previous.who !== who) pair = true;
    previous = { at, who };
  };
  let at = 0;
  // the full matcher runs at a few sentence openings per page: a meeting report's voices come early, and a
  // long story whose sentences keep opening with verbs must not cost a matcher per sentence
  const crowded = { matches: CROWDED_MATCHES, paragraphs: CROWDED_PARAGRAPHS };
  // (one of them and one more voice anywhere: a prose vox pop puts narrative between its people)
  const done = () => people.size >= 3 || lines >= 2 || (lines >= 1 && people.size >= 2) || handles.size >= 2 || pair || (told.size >= 1 && people.size >= 2);
  for (let i = 0; i < paras.length && i < MAX_PARAGRAPHS && !done(); i++) {
    const first = paras[i]!.firstChild;
    if (!first || first.nodeType !== 3) continue;
    const raw = (first as Text).data;
    if (raw.length < 4) {
      // (a letter's signature is a two- or three-character name over its date)
      if (raw.length >= 2 && signsLetter(paras, i, raw.trim())) lines++;
      continue;
    }
    at++;
    const c0 = raw.charCodeAt(0);
    // netizens quoted inside the paragraph ("…，网民「Cat」发帖表示，…"): native indexOf, the matcher only on a hit
    // (read in the paragraph's opening only: a long paragraph is not scanned to its end four times)
    const opening = raw.length > NETIZEN_REACH ? raw.slice(0, NETIZEN_REACH) : raw;
    if (mentionsNetizen(opening)) for (const v of findParagraphVoices(opening)) if (/网|網/.test(v.role ?? '')) handles.add(v.name);
    // a long paragraph of a meeting report may hold several people's views, each opening a sentence
    // (sentence-voices.ts): two people inside one paragraph pass
    if (raw.length >= LONG_PARAGRAPH && crowded.paragraphs-- > 0 && crowded.matches > 0) {
      const inside = crowdedParagraph(raw, crowded);
      if (inside === true) return { reported: Math.max(2, people.size), lines, passes: true };
      // one voice inside ("…到場支持。30歲的許先生亦表示，…"): a person of the page, as an opening would be
      if (inside) {
        people.add(inside);
        opened(inside, at);
      }
    }
    // most paragraphs open with Han text and have no verb before their first comma: one set lookup
    // (a passer-by's form may run its verb on, "從事教育的Kevin質疑…": read below once the page has shown a voice)
    if (c0 >= 0x3400 && c0 <= 0x9fff && raw.length > 40 && !saysEarly(raw, false) && !(people.size > 0 && opensAsPasserBy(raw))) {
      const head = raw.length > OPENING ? raw.slice(0, OPENING) : raw;
      // a run-on "说" after a name the page's opening introduced ("王某麟說很感謝…"): four characters read
      // (only once the page has shown a voice: a round-up's next people; a page with none pays nothing more)
      // the last voice going on by its name ("余某指封區行動…" after "…議員余某表示，…"): still theirs
      // (set inside opened(): the compiler cannot see it change)
      const last = previous as { at: number; who: string } | null;
      if (last && last.at === at - 1 && raw.startsWith(last.who)) {
        last.at = at;
        continue;
      }
      const runOn = people.size > 0 && saysRunOn(raw);
      // a vox pop's next passer-by after a scene clause ("有球迷略感失望，關注港足十年的馬先生說，"), once a voice was seen
      // (or after a short scene sentence: "…居民開始擔心。該區區議員劉某表示，")
      if (people.size > 0 && (saysInSecondClause(raw) || saysInSecondSentence(raw))) {
        const who = addPerson(people, head);
        if (who) {
          opened(who, at);
          continue;
        }
      }
      if (runOn || head.indexOf('他') !== -1 || head.indexOf('她') !== -1 || namesByAddress(head)) {
        // a person, then a pronoun's words ("…念經祈福。他表示，…", "…的委員，他對本社表示，")
        // (the pronoun's form alone is matched: the full opening matcher is dear, and runs only for a run-on "说")
        const who = runOn ? addPerson(people, head, () => openingContext(paras)) : ((people.size > 0 && pronounSaysSoon(head) ? addSubject(people, head) : null) ?? addNarrative(people, head, told));
        if (who) {
          opened(who, at);
          continue;
        }
        // a forum presenter's paragraph ("某大学马某就…提出几点看法。他认为，…"): only where a pronoun is near the opening
        const presenter = matchForumSummary(head);
        if (presenter) people.add(presenter.name);
      }
      continue;
    }
    const data = raw.trimStart();
    const head = data.length > OPENING ? data.slice(0, OPENING) : data;
    const c = head.charCodeAt(0);
    if (c === 0x2014 || c === 0x2015 || c === 0x2d) {
      // "――全國政協委員陳某" (horizontal bars, hyphens: the text scan looks for "——" only), or with a predicate
      const label = matchAttribution(head);
      if ((label && splitSpeakerLabel(label).evidence >= 2) || matchDashClause(head)) lines++;
    } else if (c === 0x201c || c === 0x300c) {
      if (head.includes('—') && matchQuoteDashClause(data)) lines++;
      else if (saysEarly(head, true)) opened(addPerson(people, head) ?? signedBySeen(people, head), at);
      // the speaker after the quotation without a comma ("”某集团总裁王某在会上首先发言。", "”说到…，某董事长周某说，"):
      // the opening matcher on the few paragraphs that open with a quotation closed within the opening
      else if (closesQuoteSoon(data)) opened(addPerson(people, data.length > QUOTE_REACH ? data.slice(0, QUOTE_REACH) : data), at);
    } else if (c >= 0x30 && c <= 0x39 && matchNumberedQuote(data)) {
      // "3、“……”——2007年3月6日，某某说。"
      lines++;
    } else if (data.length <= 40 && isVoiceLine(paras, i, data)) {
      lines++;
    } else if (!saysEarly(head, false) && (VOX_START.test(head) || saysInSecondClause(head))) {
      opened(addPerson(people, head), at);
    } else if (saysEarly(head, false)) {
      // "他表示：" and "队长某某在接受采访时表示：" close with a colon: labels over the words (remarks-lines.ts)
      if (matchPronounLabel(head) !== null || /[:：]\s*$/.test(data)) lines++;
      else if (!documentSays(head, 0)) opened(addPerson(people, head, () => openingContext(paras)), at);
    } else if (head.indexOf('他') !== -1 || head.indexOf('她') !== -1) {
      // (an indented paragraph: the same prose vox pop as above)
      opened(addNarrative(people, head, told), at);
    }
  }
  // two people, narrative between them: a vox pop when the reporter announces asking several people
  // (announced-voices.ts; read only on such pages, in the opening paragraphs where the announcement sits)
  if (!done() && people.size >= 2 && announcedIn(paras)) return { reported: people.size, lines, passes: true };
  return { reported: people.size, lines, passes: done() };
}

/**
 * A short paragraph that is a voice's own line: "带队志愿者张某政" alone, the words below (role-name-lines.ts); a
 * sound bite, "name(role)", "name headline" or "name：headline" lines; "(台東縣議員 章某 排灣族:", a TV transcript's
 * never-closed bracket over the words; a letter's signature. (The paragraph below read once: a list page has hundreds.)
 */
function isVoiceLine(paras: HTMLCollectionOf<HTMLParagraphElement>, i: number, data: string): boolean {
  const below = paragraphBelow(paras, i);
  const c = data.charCodeAt(0);
  return (
    (data.length <= 31 && readsAsSpeech(below) && !!matchRoleNameLine(data)) ||
    !!matchSoundBite(data) ||
    !!matchNameRoleLine(data) ||
    !!matchNameHeadline(data) ||
    !!matchNameColonHeadline(data, {}, below) ||
    ((c === 0x28 || c === 0xff08) && !!matchBracketSoundBite(data)) ||
    signsLetter(paras, i, data)
  );
}

/** The opening text of the paragraph after paragraph i (its first text node), or undefined. */
function paragraphBelow(paras: HTMLCollectionOf<HTMLParagraphElement>, i: number): string | undefined {
  const next = paras[i + 1]?.firstChild;
  return next && next.nodeType === 3 ? (next as Text).data : undefined;
}

const ANNOUNCE_PARAGRAPHS = 12;

/** Whether one of the page's opening paragraphs announces that the reporter asked several people. */
function announcedIn(paras: HTMLCollectionOf<HTMLParagraphElement>): boolean {
  for (let i = 0, n = 0; i < paras.length && n < ANNOUNCE_PARAGRAPHS; i++) {
    const text = paras[i]!.textContent ?? '';
    if (text.length < 10) continue;
    n++;
    if (announcesVoices(text)) return true;
  }
  return false;
}

const SAY_RUN_ON_AT = 5;

/** "…路過，在現場念經。他表示，", "…委員，他對本社表示，": a pronoun opens a sentence or a clause of the opening. */
function pronounSaysSoon(head: string): boolean {
  for (const p of PRONOUN_OPENERS) {
    const i = head.indexOf(p);
    // (and the pronoun's clause ends with a verb of saying: "他表示，", not "他在現場…")
    if (i !== -1 && verbEndsClauseAt(head, i + 1)) return true;
  }
  return false;
}
const PRONOUN_OPENERS = ['。他', '。她', '，他', '，她', ',他', ',她'];

/** "王某麟說很感謝…": "说" within a name's length of the opening, no punctuation after it. */
function saysRunOn(data: string): boolean {
  for (let i = 2; i <= SAY_RUN_ON_AT && i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 0x8bf4 /* 说 */ || c === 0x8aaa /* 說 */) return true;
  }
  return false;
}

/** The person of a paragraph's first sentence whose words follow a pronoun ("…念經祈福。他表示，…"), or null. */
function addSubject(people: Set<string>, head: string): string | null {
  const who = subjectThenPronoun(head.trim())?.name ?? null;
  if (who) people.add(who);
  return who;
}

/** A letter's signature: a short name line with a date line right after it (signed-letters.ts). */
function signsLetter(paras: HTMLCollectionOf<HTMLParagraphElement>, i: number, data: string): boolean {
  if (data.length > 20) return false;
  const next = paras[i + 1]?.textContent ?? '';
  return next.length <= 24 && isDateLine(next) && matchSignature(data) !== null;
}

/** "…的鄧先生…。鄧形容…": an address form in the opening (three native indexOf), for matchSurnameSays. */
function namesByAddress(head: string): boolean {
  return head.indexOf('先生') !== -1 || head.indexOf('女士') !== -1 || head.indexOf('小姐') !== -1;
}

const MET_WORDS = ['遇', '碰到', '碰見', '见到', '見到', '采访了', '採訪了'];

/**
 * A vox pop told in prose (narrative-voices.ts): "王某，厦门人，是一名大学老师。…他…说：“…”", "…巧遇即将回乡的
 * 李某。…李某说：“…”". Only on paragraphs with a pronoun near the opening, and only when "是" sits in the
 * first clauses or a word of meeting in the first sentence (native indexOf), so most paragraphs pay nothing.
 */
function addNarrative(people: Set<string>, head: string, told: Set<string>): string | null {
  const is = head.indexOf('是');
  const who =
    (is > 1 && is < 16 ? matchPredicateRole(head) : null) ??
    (MET_WORDS.some((w) => head.indexOf(w) !== -1) ? matchMetThenSays(head) : null) ??
    (namesByAddress(head) ? matchSurnameSays(head) : null);
  if (!who) return null;
  people.add(who.name);
  told.add(who.name);
  return who.name;
}

/** Whether a paragraph opens with a bare full name (two to four characters). */
function opensWithName(head: string): boolean {
  return isPersonName(head.slice(0, 3)) || isPersonName(head.slice(0, 2)) || isPersonName(head.slice(0, 4));
}

const OPENING_PARAGRAPHS = 6;
const contexts = new WeakMap<object, NameContext>();

/** The page's opening paragraphs as the names' context (a lead introduces the people a round-up names bare), read once. */
function openingContext(paras: HTMLCollectionOf<HTMLParagraphElement>): NameContext {
  let ctx = contexts.get(paras);
  if (!ctx) {
    let text = '';
    for (let i = 0; i < paras.length && i < OPENING_PARAGRAPHS; i++) text += `${paras[i]!.textContent ?? ''}\n`;
    ctx = { text };
    contexts.set(paras, ctx);
  }
  return ctx;
}

const LONG_PARAGRAPH = 100;
const MAX_SENTENCES = 24;
const SENTENCE_REACH = 32;
const CROWDED_MATCHES = 12;
// (only the first long paragraphs: a report's crowded paragraph opens it, a long page need not be read sentence by sentence)
const CROWDED_PARAGRAPHS = 8;

/** Whether the clause from `from` ends (within reach) with a verb of saying: one char loop, one slice per length at its end. */
function verbEndsClauseAt(data: string, from: number): boolean {
  const end = clauseEndAt(data, from);
  return end !== -1 && verbEndsAt(data, end);
}

/** Where the clause from `from` ends (its comma or colon) within a sentence's opening, or -1 (the sentence ends first). */
function clauseEndAt(data: string, from: number): number {
  // (a person and a verb at a sentence's start are short: "军队政协委员张某直言：", "任某代表说，")
  const max = Math.min(data.length, from + SENTENCE_REACH);
  for (let j = from + 2; j < max; j++) {
    const c = data.charCodeAt(j);
    if (c === 0xff0c || c === 44 || c === 0xff1a || c === 58) return j;
    if (c === 0x3002 || c === 0xff1f || c === 0xff01) return -1;
  }
  return -1;
}

// What a document or a meeting says ("今年的政府工作报告提出，", "会议强调，", "報告再次指出，"): no person speaks, and
// the opening matcher that would find none is dear (a few dozen µs a call, the most of this step's cost on a
// policy story). The two characters before the verb are read, past an adverb.
const DOCUMENTS = new Set(['报告', '報告', '会议', '會議', '文件', '通知', '公报', '公報', '规划', '規劃', '意见', '意見', '方案', '决定', '決定', '纲要', '綱要', '条例', '條例', '决议', '決議', '公告', '声明', '聲明', '讲话', '講話', '研究', '调查', '調查']);
const ADVERBS = ['进一步', '進一步', '再次', '明确', '明確', '首次', '多次', '同时', '同時', '特别', '特別', '也', '还', '還', '亦', '又', '更'];

/** Whether the clause from `from` ends with a verb of saying whose subject is a document or a meeting. */
function documentSays(data: string, from: number): boolean {
  const end = clauseEndAt(data, from);
  if (end === -1) return false;
  const n = VERB_LENGTHS.find((k) => VERBS.has(data.slice(end - k, end)));
  if (n === undefined) return false;
  let subject = end - n;
  const adverb = ADVERBS.find((a) => data.startsWith(a, subject - a.length));
  if (adverb) subject -= adverb.length;
  return subject - 2 >= from && DOCUMENTS.has(data.slice(subject - 2, subject));
}

/**
 * Two different people opening sentences inside one paragraph with a verb of saying (native indexOf per
 * sentence end): true; the one person found inside, or null.
 */
function crowdedParagraph(data: string, budget: { matches: number }): true | string | null {
  let first: string | null = null;
  let n = 0;
  for (let i = data.indexOf('。'); i !== -1 && n < MAX_SENTENCES && budget.matches > 0; i = data.indexOf('。', i + 1), n++) {
    let from = i + 1;
    // a quotation's close after the full stop belongs to the sentence before
    if (data.charCodeAt(from) === 0x201d || data.charCodeAt(from) === 0x300d) from++;
    if (from >= data.length - 6 || !verbEndsClauseAt(data, from) || documentSays(data, from)) continue;
    budget.matches--;
    const who = matchReportedOpening(data.slice(from, from + OPENING));
    if (!who || !(who.role || isHonorificForm(who.name))) continue;
    if (first === null) first = who.name;
    else if (who.name !== first) return true;
  }
  return first;
}

const NETIZEN_REACH = 400;
const NETIZEN = ['网民', '網民', '网友', '網友'];

function mentionsNetizen(data: string): boolean {
  for (const w of NETIZEN) {
    const i = data.indexOf(w);
    if (i !== -1 && i + 2 < data.length && (data.charCodeAt(i + 2) === 0x201c || data.charCodeAt(i + 2) === 0x300c)) return true;
  }
  return false;
}

/** The person opening a paragraph with a verb of saying (a bare name only as "陳某則說，" beside others), or null. */
function addPerson(people: Set<string>, head: string, context?: () => NameContext): string | null {
  let who = matchReportedOpening(head)?.name ?? null;
  // a bare name the page's opening introduced ("李某表示，…" under "…選手王某、李某…"): the opening is read
  // only for a paragraph that opens with a name, once another voice was seen (a round-up names them bare after one)
  if (!who && context && people.size && opensWithName(head)) who = matchReportedOpening(head, context())?.name ?? null;
  if (!who && people.size) who = matchBareNameVoice(head);
  if (who) people.add(who);
  return who;
}
