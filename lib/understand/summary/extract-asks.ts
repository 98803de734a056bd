/**
 * What the speaker asks for: from the clause that holds a request (./requests.ts) to the end of its sentence,
 * or to where the next request of the same sentence starts, verbatim. Requests inside quoted policy lines are the
 * report's, not the speaker's.
 */
import { findRequestCues, GOES_ON, opensOnAddressee, type RequestCue } from './requests';
import { dropPinyinGlosses } from './cues';
import { trimTopicHead, trimTopicTail } from './topic-tails';
import { stripQuoted, unquoteSpeech } from './quotes';
import { isBoilerplate } from './score-units';
import { extractCountedAsks, extractTitledAsks } from './listed-asks';
import type { Unit } from './split-units';

// (a council member's interpellation puts four or five requests to as many bureaus, a counted list three or four: six keep
// them; no key of summaries-8..12 had a wrong line among the fifth and sixth)
const MAX_ASKS = 6;
// (a line a skimmer reads at a glance: a request's head clauses, not the whole of a long sentence; 80 → 45 turned 6 wrong
// lines of 276 right over summaries-14..22, no set worse but -21 by one: the keys name a request by its head)
const MAX_HAN = 45;
const countHan = (s: string) => (dropPinyinGlosses(s).match(/\p{Script=Han}/gu) ?? []).length;
// (a quotation opened, or a dash, starts what the speaker says: "…连问了几句——“物业能不能…？")
const CLAUSE_END = /[，,；;：:。！？!?—“「『]/;
const LEAD_WORDS = /^(?:但是|但|而且|而|所以|因此|因而|同时|同時|另外|此外|并且|並且|并|並|那么|那麼|一方面|另一方面|特别是|特別是|尤其是)[，,]?/;
// A request word that opens a request of its own; 应该/别/不要 in a later clause go on with the one before
// ("希望…唔好搞咁多事，要做實事，但不要太出位").
const OPENS_REQUEST = new Set<RequestCue['kind']>(['hope', 'propose', 'call', 'demand', 'longing', 'please', 'rather', 'remedy', 'urge', 'proposedMust', 'askIf']);

function clauseStart(sentence: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_END.test(sentence[i]!)) return i + 1;
  return 0;
}

function tidy(ask: string, cueAt: number, maxHan = MAX_HAN): string | null {
  const bare = ask.trim().replace(LEAD_WORDS, '');
  let out = trimTopicHead(bare);
  cueAt -= bare.length - out.length;
  if (countHan(out) > maxHan) {
    // keep whole clauses: cut at the last clause end before the limit, past the request word (characters counted
    // without pinyin glosses or punctuation, so a glossed page keeps as much of its request as a plain one)
    let cut = -1;
    for (const m of out.matchAll(/[，,；;]/g)) if (m.index > cueAt && countHan(out.slice(0, m.index)) <= maxHan) cut = m.index;
    if (cut > 0) out = out.slice(0, cut);
  }
  // (a request put as a question drops its closing particle with the mark: "能不能公开…收入呢？" → "能不能公开…收入")
  if (/[？?][”」』]?$/.test(out)) out = out.replace(/(?:[呢吗嗎])?[？?]+([”」』]?)$/, '$1');
  out = trimTopicTail(out.replace(/[。！？!?；;，,…]+[”」』]?$/, '').trim()).trim();
  if ((out.match(/[“「『]/g) ?? []).length !== (out.match(/[”」』]/g) ?? []).length) out = out.replace(/^[“「『]|[”」』]$/g, '');
  return Array.from(out).length >= 4 ? out : null;
}

// A clause that only frames what follows ("他说，", "李彥秀表示，"): not part of the request.
const FRAME_CLAUSE = /(?:[说說]|表示|指出|认为|認為|[觉覺]得|[指称稱]|强调|強調|[直坦]言|透露|提到|[补補]充)[，,]$/;
// A condition or a concession carries the request on ("如果要追究…，請去…", "可以引导，但不要…"); so does the topic
// of a modal clause with no subject of its own ("代表地方的立委提出需求，應該要迎合").
const CONDITION = /^[\s“「『]*(?:如果|若|假如|要是|倘若|只要|[为為]了)/;
const CONCESSION = /^[\s“「『]*(?:但是|但|而|可是)/;


// a clause that is only 要 and what to achieve, nothing else before the next clause: a goal when a request to someone follows
const GOAL = /^\s*要[^，,]*[，,]$/;

/** Where the request of a cue starts: its clause, or the one before when that one carries it. */
function requestStart(sentence: string, cue: RequestCue): number {
  if (cue.topicFirst) return 0;
  // "他希望，可以…", "她建議，與其…": the words after the comma say what is asked
  // (a verb that takes what follows: "可做出調整，甚至…" ends its own request)
  if (/^[，,：:]/.test(sentence.slice(cue.end)) && ['hope', 'propose', 'call', 'demand', 'urge'].includes(cue.kind))
    return cue.end + 1;
  const start = clauseStart(sentence, cue.at);
  if (start === 0) return start;
  const prevStart = clauseStart(sentence, start - 1);
  const prev = sentence.slice(prevStart, start);
  if (/[。！？!?；;：:]$/.test(prev) || FRAME_CLAUSE.test(prev)) return start;
  const head = sentence.slice(start, cue.at);
  // (the clause before is the modal's topic, not a description: "石滬是…文化資產，應給予…")
  const bareModal = cue.kind === 'modal' && /^[\s“「『]*(?:[也还還就更都则則])?$/.test(head) && !/^[^，,]*?是/.test(prev);
  // (a concession only where the request has no subject of its own: "…，但不要…", not "…，但我们希望…")
  const bareConcession = CONCESSION.test(head) && !/\p{Script=Han}/u.test(head.replace(CONCESSION, '').replace(/^(?:[也还還就更都]|千[万萬])/, ''));
  if (CONDITION.test(prev) || bareConcession || bareModal) return prevStart;
  return start;
}

/** The requests of one sentence, each a verbatim span of it. */
function extractSentenceAsks(sentence: string, proposed = false): string[] {
  const cues = findRequestCues(sentence, true, proposed);
  const spans: { start: number; cue: number; end: number; kind: RequestCue['kind'] }[] = [];
  for (const cue of cues) {
    const start = requestStart(sentence, cue);
    const last = spans[spans.length - 1];
    // the same clause, or a later one that only goes on with the request before, or one before which the request
    // had said nothing yet ("台中市長…建議，與其…，不如…")
    const said = last ? (sentence.slice(last.end, start).match(/\p{Script=Han}/gu) ?? []).length : 0;
    const ownRequest = OPENS_REQUEST.has(cue.kind) || opensOnAddressee(sentence.slice(start));
    if (last && (start <= last.start || start === clauseStart(sentence, last.cue) || !ownRequest || said < 4)) continue;
    // a lone 要 clause before whom a request is put to is its goal ("要搞好生态建设，社会各界都应该行动起来"): one request
    if (last && GOAL.test(sentence.slice(last.start, start)) && opensOnAddressee(sentence.slice(start))) continue;
    spans.push({ start, cue: cue.at, end: cue.end, kind: cue.kind });
  }
  return spans.flatMap((span, k) => {
    let end = spans[k + 1]?.start ?? sentence.length;
    // a semicolon closes the request: what follows is another matter ("呼吁…；今年他又提出…")
    const semi = sentence.slice(span.cue).search(/[；;]/);
    if (semi >= 0) end = Math.min(end, span.cue + semi);
    // the request ends where the sentence turns to something else ("…，但落实我们才能受益"), unless the turn asks on
    // (or to a verb of saying: "…，並強調…" reports something else; or to what would follow from it: "，進而…")
    // (or to what happens if it is not done: "，要不然…", "，否则…")
    // (so does a clause that comments on it, "，这是大势所趋", or turns to the speaker, "，他平常也會留意…", "，她说…": the
    // reporter's words about the request, not the request; or to the listener, "，你觉得这能实现吗？")
    // ("，即…" says it again in other words: "…红线，即藏粮于地"; "，希望…" that is no request of its own, the speaker's own
    // wish: "要多练字，希望将来能写好小楷")
    // (a condition, "，在…的前提下，", opens the next measure: "要重点强化…，在确保…的前提下，逐步提高…")
    // (what advice spares, "，免得…", is why it is given; so is what it would bring, "，不仅能…，还能…", "，既能…，也能…")
    const turn = /[，,；;](?:即(?![将將使便刻时時])|免得|以免|但是|但|可是|不过|不過|因为|因為|所以|因此|因而|其[实實]|而且|然而|[毕畢]竟|这样|這樣|[进進]而|在[^，,]{1,20}前提下|要不然|不然|否[则則]|不[仅僅](?:能|可以?)|既(?:能|可以?)|得到|[獲获]得|受到|引[起发發]|(?:[并並亦也]|同[时時])(?:强调|強調|指出|表示|认为|認為|指)|[这這][^，,]{0,5}是|[他她](?![们們人])|[你您]|希望)/g;
    turn.lastIndex = span.cue - span.start > 0 ? span.cue : span.start;
    for (let m = turn.exec(sentence); m && m.index < end; m = turn.exec(sentence)) {
      if (cues.some((c) => c.at > m!.index && c.at < end && clauseStart(sentence, c.at) === m!.index + 1)) continue;
      end = m.index;
      break;
    }
    // the request said, its purpose ("，讓…", "，方便…", "，以便…") tells why it is asked, not what: the line stops before it
    // (a request that is only its means, "希望通过…，让…", or only points back, "希望交通局正视此问题，让…", asks for what the
    // purpose says; one that asks on after it, "…，方便病人就醫，不要管住病人", is read whole)
    // (a hope hopes for its outcome too, "希望国家规范…制度，让…": it keeps it; summaries-16, -19, -21: 3 lines right, 3 more
    // requests found, no set worse)
    const p = sentence.slice(span.cue, end).search(/[，,](?:[让讓使]|以便|方便|好[让讓])/) + span.cue;
    const said = sentence.slice(span.cue, p);
    if (p > span.cue && !cues.some((c) => c.at > p && c.at < end) && !/[此这這]/.test(said) && span.kind !== 'hope' && countHan(said.replace(/^\S*?(?:通[过過]|藉|借)[^，,]*/, '')) >= 8) end = p;
    // (a request "from N aspects", "应从以下几个方面着力：", only announces the measures it counts: they are the asks;
    // summaries-20, -27, none keyed)
    if (/[从從][^，,。；;]*[几幾两兩二三四五六七八九十\d][个個]方面/.test(sentence.slice(span.start, end))) return [];
    const ask = tidy(sentence.slice(span.start, end), span.cue - span.start);
    return ask ? [ask] : [];
  });
}

// A measure put as a sentence of its own, opening on a verb of policy ("…他建议…。组织编写…读本，…。成立…讲师团，…。"): the
// way a delegate's proposal lists its steps; read only right after a sentence that asked (or another such measure), never
// what was done ("加强了…") nor what a measure is ("推动…是…")
// (its line is the measure and what it names, the clauses after say how: the keys name a measure by its head)
const MEASURE_HAN = 32;
// (one more measure may be put as what can also be done: "还可以建立…")
const MEASURE =
  /^(?:[还還也]可以?)?(?:[进進]一步|不[断斷]|[继繼][续續])?(?:加[强強大]|建立|健全|完善|推[动動]|成立|[组組][织織]|[开開]展|做好|提高|引[导導]|[发發][挥揮])(?![了过過]|[^，,。；;]*是)/;

const SENTENCES = /[^。！？!?]+(?:[。！？!?]+[”’」』]*|$)/g;

/** The requests of one sentence or unit, or null (the first, for callers that show one). */
export function extractAsk(sentence: string): string | null {
  return (sentence.match(SENTENCES) ?? []).flatMap((s) => extractSentenceAsks(s))[0] ?? null;
}

/** Up to MAX_ASKS requests of a statement, in reading order. */
export function extractAsks(units: readonly Unit[]): string[] {
  const out: string[] = [];
  // whether the speaker has proposed yet: a list of proposals goes on in the sentences after
  let proposed = false;
  // whether the sentence before asked: a proposal's measures go on in sentences of their own, each opening on its verb
  let asked = false;
  for (const u of units) {
    // (read on the unit's text: what is shown has dropped the "另一方面，" that says the list goes on)
    const goesOn = proposed && GOES_ON.test(u.text);
    // (a sentence that is only the speaker's quoted words asks what it says inside the marks)
    for (const sentence of unquoteSpeech(u.shown).match(SENTENCES) ?? []) {
      // (slogans and stock lines ask nothing; a sentence is not such only because much of it is quoted, "台灣應加快…，“…”，讓“…”…":
      // the request words are read outside the quotes anyway)
      const own = isBoilerplate(stripQuoted(u.text)) ? [] : extractSentenceAsks(sentence, goesOn);
      // items with no request word of their own are asked by a counted announcement, even in slogans ("提出三点期望：…“突出…”、…")
      // …and proposals named by their titles
      const listed = own.length ? own : extractCountedAsks(sentence);
      const titled = listed.length ? listed : extractTitledAsks(sentence);
      const measure: string | null = asked && !titled.length && MEASURE.test(sentence) ? tidy(sentence, 0, MEASURE_HAN) : null;
      const asks: string[] = measure ? [measure] : titled;
      for (const ask of asks) if (!out.includes(ask)) out.push(ask);
      asked = asks.length > 0;
      proposed ||= findRequestCues(sentence, true).some((c) => c.kind === 'propose');
    }
  }
  // a request said again in full ("希望中央支持，一是希望中央支持澳门…") is one request: the fuller line stays
  return out.filter((ask, k) => !out.some((other, j) => j !== k && other.length > ask.length && other.includes(ask))).slice(0, MAX_ASKS);
}
