/**
 * Stage 4 of the parser: judge what the walk found. A feature has two or more distinct voices who say
 * something (three when all are "X说：“…”" quotes a story might hold), and is none of the look-alikes: an
 * interview (one answerer, however many questions or outlets ask), a programme (roles and names, nobody
 * speaks). Its kind follows from its frame; the cues that decided are kept as evidence.
 */
import type { FeatureKind } from '../outline';
import type { Item, StatementBuild, TopicBuild } from './feature-items';
import { announcesVoices } from './announced-voices';
import { judgeRoundup } from './judge-roundup';
import { findProgrammeHosts, introducesGuest } from './chair-introductions';
import { opensWithPhone } from './contact-lines';
import { findAskingHost, findHeadlinedInterviewer, findInterviewer, whoOf } from './find-interviewer';
import { saidBy } from './question-hosts';
import { readRosterLine } from './roster-lines';
import type { Walk } from './walk-speakers';
import type { ProseReading } from './prose-voices';
import type { VoiceRound } from './measure-voice-round';
import type { Framing } from './framing-cues';
import type { PieceVerdict } from './judge-piece';
import type { VoiceBlocks } from './measure-blocks';

const SPEECH_PUNCT = /[。！？!?…]/;

export interface Check {
  /** What was counted or tested, in words. */
  cue: string;
  value: number;
  /** The threshold, in words ("≥ 2"). */
  need: string;
  ok: boolean;
}

export interface Judgement {
  detected: boolean;
  kind: FeatureKind | null;
  /** The cues that decided, short ("4 speaker labels", "2 topic headers", "reporter bylines"). */
  evidence: string[];
  /** Every test made, with its threshold, for `--explain`. */
  checks: Check[];
  /** The prose voices read when the label formats found too few (prose-judge.ts), and whether they decided. */
  prose?: ProseReading;
  byProse?: boolean;
  /** Where the prose voices speak among the paragraphs (measure-voice-round.ts). */
  round?: VoiceRound;
  /** The page's headline, as framed (frame-feature.ts). */
  headline?: string | null;
  /** How the headline and lead frame the piece, read when the prose and layout checks refused it (framing-cues.ts). */
  framing?: Framing;
  /** What the checks counted, for the learned judge (measure-piece.ts). */
  counts?: JudgeCounts;
  /** The learned judge's reading of the whole piece (judge-piece.ts). */
  piece?: PieceVerdict;
  /** Who owns the paragraphs: the voices' blocks, one after another, or the reporter's narrative (measure-blocks.ts). */
  blocks?: VoiceBlocks;
}

/** The numbers behind the checks: the learned judge reads them as they are. */
export interface JudgeCounts {
  /** Voices who say something (labels, attributions, reported openings), and the labelled ones among them. */
  speaking: StatementBuild[];
  distinct: number;
  roundup: boolean;
  roundupPeople: number;
  /** Vox-pop quotes ("市民李某说：“…”"). */
  said: number;
  /** The look-alikes' vetoes: one answerer, an interviewer, a host and one guest, a programme, briefs. */
  vetoes: number;
  /** The kind the piece has when it is a feature. */
  kind: FeatureKind;
  /** The round-up alone met the count of voices (the labelled ones too few). */
  byRoundup?: boolean;
}

/** Counts of the line cues in the framed flow. */
function countCues(items: readonly Item[]) {
  const c = { labels: 0, said: 0, reported: 0, loose: 0, attributions: 0, hosts: 0, markers: 0, implicitTitles: 0, programme: 0 };
  for (const it of items) {
    if (it.merged) continue;
    if (it.programme) c.programme++;
    else if (it.kind === 'attribution') c.attributions++;
    else if (it.kind === 'label' && it.host) c.hosts++;
    else if (it.kind === 'label' && it.said) {
      c.said++;
      if (it.reported) c.reported++;
    }
    else if (it.kind === 'label' && it.loose) c.loose++;
    else if (it.kind === 'label' && (it.evidence ?? 0) >= 2) c.labels++;
    else if (it.kind === 'marker' || (it.kind === 'topic' && !it.implicit)) c.markers++;
    else if (it.kind === 'topic') c.implicitTitles++;
  }
  return c;
}

// a part of the programme printed as a label ("開場白：", "主持詞：", "致辞："): no person speaks it
const PROGRAMME_PART = /^(?:[開开][場场]白|主持[詞词]|致[辭辞詞词]|[開开闭閉]幕[詞词]|[結结]束[語语]|[編编]者按|[導导][語语])$/u;
export function isProgrammePart(s: StatementBuild): boolean {
  return PROGRAMME_PART.test(whoOf(s).trim());
}

// a greeting or a thanks, the guest's first turn on air ("大家好！", "温博士，你好！", "谢谢主持人。"): says nothing
const PLEASANTRY = /^([^，。！]{1,8}[，,])?((大家|你|您|各位)好|[谢謝]{2}\S{0,3})[！!。]?$/;

// a post quoted whole under its writer's label ("网友「某某」：「到现在还没收到」"): said, however short
const WHOLE_QUOTE = /^[“「『][^“”「」『』]{4,}[”」』]$/u;

// a shout caught on tape ("教練：「用力！」"): the scene's sound, no one's statement
const SHOUT = /^[「“『]?[^「」“”『』，,。]{1,4}[！!][」”』]?$/u;
const isShout = (s: StatementBuild) => s.speaker.name === null && SHOUT.test(s.paragraphs[0]?.trim() ?? '');

// a post held in an institution: a head, a manager, a spokesperson, a board's or a committee's member (not a
// parent, 家长, nor a senior schoolmate or a class monitor: 学长, 班长)
const OFFICE = /(?:(?<![家学學兄班])[长長]|[经經]理|主管|主任|主委|董事|[负負][责責]人|[发發]言人|官[员員]?|[总總][监監]|主席|秘[书書]|[书書][記记]|委[员員]|[议議][员員]|立委)$/u;

// a sound bite: the label's whole first paragraph is its quotation ("家屬李小姐：「…」"), as TV news prints its clips
const BITE = /^[「“『][^]*[」”』][。！？!?]?$/u;
/**
 * A TV news package: two voices, each a sound bite the reporter's narration runs on from (the reader gives them the
 * paragraphs after their clip), of different sides, one of them speaking for an institution (a relative and the home's
 * manager, two officials of different posts). A vox pop of two asks people of no office (two stall holders, a commuter
 * and a student) and stays (batches 96–109: the packages of this shape were negatives or edge, the pairs of
 * citizens features or edge).
 */
function isNewsPackage(labelled: readonly StatementBuild[]): boolean {
  const voices = new Map<string, StatementBuild[]>();
  for (const s of labelled) {
    const turns = voices.get(whoOf(s));
    if (turns) turns.push(s);
    else voices.set(whoOf(s), [s]);
  }
  if (voices.size !== 2 || !labelled.every((s) => BITE.test(s.paragraphs[0]?.trim() ?? ''))) return false;
  if (!labelled.some((s) => s.paragraphs.slice(1).some((p) => !/^[「“『]/u.test(p.trim())))) return false;
  // what each is, by the last two characters of their role ("受害會員" and "…會員" alike; "家屬" and "…經理" not)
  const kinds = [...voices.values()].map((ss) => ss.map((s) => s.speaker.role ?? '').find((r) => r.length >= 2)?.slice(-2) ?? null);
  if (!kinds.every((k) => k !== null) || kinds[0] === kinds[1]) return false;
  return [...voices.values()].some((ss) => ss.some((s) => OFFICE.test(s.speaker.role ?? '')));
}

function saysSomething(text: string): boolean {
  return (SPEECH_PUNCT.test(text) || WHOLE_QUOTE.test(text.trim()) || (text.length >= 40 && /[，,]/.test(text))) && !PLEASANTRY.test(text.trim());
}

/** The page's last voice, cut off mid-sentence by the excerpt, one the page listed before on a roster line: speech. */
function isCutRostered(s: StatementBuild, items: readonly Item[]): boolean {
  const name = s.speaker.name;
  const text = s.paragraphs.join('').trim();
  if (!name || name.length < 2 || !text || text.length >= 40 || /[。！？!?…，,；;：:”」』]$/.test(text)) return false;
  const rest = items.filter((it) => it.kind !== 'skip' && it.kind !== 'meta' && !it.merged);
  const last = rest[rest.length - 1];
  if (!last || last.kind !== 'label' || last.speaker?.name !== name) return false;
  return rest.some((it) => it !== last && readRosterLine(it.block.text, name) !== null);
}

/** A block that only asks ("路透社：请问…？"): an outlet's question, not a voice. */
function onlyAsks(s: StatementBuild): boolean {
  // a quotation signed below ("“……怎么说拆就拆了呢？”" then "——某某说") is the speaker's own question
  if (s.attributed) return false;
  // (so is a post quoted whole: a netizen's "「…收到未？」" asks nobody at the briefing)
  if (s.paragraphs.length === 1 && WHOLE_QUOTE.test(s.paragraphs[0]!.trim())) return false;
  return s.paragraphs.every((p) => /[？?][”」』]?$/.test(p.trim()) && !(s.speaker.name && arguesAtLength(p)));
}

// an outlet's question at a briefing ("请问…"), however it follows the host
const PLEASE_ASK = /[请請]问|[请請]教/u;

/**
 * Named voices whose turn follows the host's question ("主持人：…我们听听校长怎么说？" then "某某：我想…，你在斯坦福学什么呢？"):
 * the host asks and the guest answers, whatever the answer ends on. A member of the audience or an outlet asks
 * after the host hands over with a statement ("…他们肯定会有很多问题要问。"), or asks in so many words ("请问").
 */
function guestsAnsweringHost(items: readonly Item[]): Set<string> {
  const out = new Set<string>();
  let asked = false;
  items.forEach((it, i) => {
    if (it.merged || it.kind !== 'label') return;
    if (it.host) {
      asked = /[？?][”」』]?$/.test(saidBy(items, i));
      return;
    }
    const said = saidBy(items, i);
    const name = it.speaker?.name;
    // (a statement before the question: clauses of its own, not a one-line question back)
    if (asked && name && name.length >= 2 && !PLEASE_ASK.test(said) && (said.match(/[，,。；;]/g) ?? []).length >= 2) out.add(name);
    asked = false;
  });
  return out;
}

/** A named person's long paragraph that states more than it asks, ending on a rhetorical question: speech. */
function arguesAtLength(p: string): boolean {
  // (an interviewer's question may have a sentence of preamble; three statements and more are a view)
  if (p.length < 150) return false;
  const stated = (p.match(/[。！!]/g) ?? []).length;
  return stated >= 3 && stated > (p.match(/[？?]/g) ?? []).length;
}

// A voice with no name whose role is a bystander's ("附近店家", "(其他乘客)", "一名路人"): anonymous, no speaker
const BYSTANDER = /^[（(]?(?:附近|其他|其它|另一|另一名|另一位|一名|一位|部分|不少|現場|现场|隔壁|當地|当地|路過|路过|在場|在场)?(?:的)?(?:店家|乘客|民眾|民众|路人|目擊者|目击者|旅客|遊客|游客|顧客|顾客|攤商|摊商|店員|店员|員工|员工|司機|司机|車主|车主|住戶|住户|鄰居|邻居|居民|市民|家長|家长|學生|学生|網友|网友|消費者|消费者|老闆|老板|民衆)[)）]?$/;
function isAnonymous(s: StatementBuild): boolean {
  return s.speaker.name === null && s.speaker.role !== null && BYSTANDER.test(s.speaker.role.trim());
}

// a label with no name that counts people ("（三位代表）：", "今天到场的三位代表：", "各位嘉宾：", "大家："): the
// guests in chorus, or a host addressing them, no one voice
const CHORUS = /(?:^|的|[（(])(?:[两兩三四五六七八九十几幾多数數各诸諸众眾全]+[位名]|大家|[众眾]人)\p{Script=Han}{0,4}[）)]?$/u;
const isChorus = (s: StatementBuild) => s.speaker.name === null && CHORUS.test(whoOf(s).trim());

// "行政長官。", "何某議員。": a chair's call to the next speaker, another voice's name or title and nothing said
const CALL = /^([^，,。；;：:！？!?“”「」]{2,12})[。.]?$/;
// a forum's chair handing the floor on ("…交给某某先生，有请。", "…第一位演讲者某某先生，有请黄先生。", "下面请某某发言。"):
// an introduction of the next speaker, no view of its own
const HANDS_OVER = /(?:有[请請]|[请請][^，,。]{1,20}(?:[发發]言|致[辞辭]|演[讲講]|[讲講]话|講話))[^，,。]{0,12}[。！!]?$/u;
/** The longest introduction a chair gives a speaker (their title, their topic): a view is longer. */
const INTRODUCTION = 150;
function onlyCalls(s: StatementBuild, all: readonly StatementBuild[]): boolean {
  const others = all.filter((o) => whoOf(o) !== whoOf(s));
  const text = s.paragraphs.join('');
  if (text.length <= INTRODUCTION && s.paragraphs.every((p) => HANDS_OVER.test(p.trim())) && others.some((o) => (o.speaker.name?.length ?? 0) >= 2 && text.includes(o.speaker.name!))) return true;
  return s.paragraphs.length > 0 && s.paragraphs.every((p) => {
    const call = CALL.exec(p.trim())?.[1];
    return !!call && others.some((o) => (o.speaker.name && call.includes(o.speaker.name)) || (o.speaker.role && call === o.speaker.role));
  });
}

/** A voice another voice hands over to as a reporter ("…我们的记者张某…"). */
function isHandedOverReporter(s: StatementBuild, all: readonly StatementBuild[]): boolean {
  const name = s.speaker.name;
  if (!name || name.length < 2) return false;
  return all.some((o) => o !== s && o.speaker.name !== name && o.paragraphs.some((p) => p.includes(`记者${name}`) || p.includes(`記者${name}`)));
}

/** Whether one voice speaks right after every turn of every other voice (questions, each answered by the same one). */
function answersEveryTurn(speaking: readonly StatementBuild[]): boolean {
  const who = speaking.map(whoOf);
  const people = new Set(who);
  if (people.size < 2 || who.length < 4) return false;
  for (const answerer of people) {
    // every other turn asks (a member's question), and the same voice speaks next
    const ok = who.every((w, i) => w === answerer || (who[i + 1] === answerer && /[？?]/.test(speaking[i]!.paragraphs.join(''))));
    if (ok && who.filter((w) => w === answerer).length >= 2) return true;
  }
  return false;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Per-speaker headlines ("利好堆积市场或将企稳" over each analyst) are not topic sections: when every
 * section is an implicit title holding one voice, the feature has no sections.
 */
export function mergePerSpeakerTitles(topics: TopicBuild[]): TopicBuild[] {
  const perSpeaker = topics.length >= 3 && topics.every((t) => t.implicit && t.statements.length === 1);
  if (!perSpeaker) return topics;
  return [{ title: null, titleEl: null, implicit: true, statements: topics.flatMap((t) => t.statements) }];
}

/**
 * Whether the headline or a narrative paragraph announces that several people were asked (announced-voices.ts): a
 * paragraph before the last voice's, as the voices it announces follow it (a closing "记者随机采访了几位考生" after a
 * story's people speaks of others).
 */
function isAnnounced(items: readonly Item[], headline: string | null): boolean {
  if (headline && announcesVoices(headline)) return true;
  let end = items.length;
  while (end > 0 && !items[end - 1]!.speaker) end--;
  return items.slice(0, end).some((it) => !it.merged && it.kind === 'body' && announcesVoices(it.block.text));
}

export function judgeFeature(walk: Walk, items: readonly Item[], headline: string | null = null): Judgement {
  const cues = countCues(items);
  // a programme part is the piece's own words, no voice, and so is a count of people: the lead when it opens the piece
  for (const t of walk.topics)
    t.statements = t.statements.filter((s) => {
      if (!isProgrammePart(s) && !isChorus(s)) return true;
      if (walk.topics[0]!.statements[0] === s) walk.leadParts.push(...s.paragraphs);
      return false;
    });
  const statements = walk.topics.flatMap((t) => t.statements).filter((s) => !s.host);
  // a named guest the host has just asked answers, even when the answer ends on a question of its own
  const answered = guestsAnsweringHost(items);
  const asks = (s: StatementBuild) => !(s.speaker.name && answered.has(s.speaker.name) && !PLEASE_ASK.test(s.paragraphs.join(''))) && onlyAsks(s);
  const asking = statements.filter(asks);
  // weak labels (no role, no name shape) may split a feature's text but never make one
  // (a page's excerpt may cut the last voice short: clauses of some length are speech too)
  const voiced = statements.filter((s) => s.evidence >= 2 && !asks(s) && (saysSomething(s.paragraphs.join('')) || isCutRostered(s, items)) && !isAnonymous(s) && !opensWithPhone(s) && !isShout(s));
  // the chair who only calls the next speaker ("主席：行政長官。") is no voice; neither is a reporter the
  // anchor hands over to ("…我們的另一路記者張某…"): a broadcast link, one voice on each end
  // (a programme's hosts, who greet its audience or introduce its guest, are no voices in any turn)
  const programmeHosts = findProgrammeHosts(statements);
  const chairs = statements.filter((s) => onlyCalls(s, statements) || introducesGuest(s, statements) || programmeHosts.has(whoOf(s)));
  const speaking = voiced.filter((s) => !chairs.includes(s) && !isHandedOverReporter(s, voiced));
  const turns = new Map<string, number>();
  for (const s of speaking) turns.set(whoOf(s), (turns.get(whoOf(s)) ?? 0) + 1);
  // people named in the reporter's sentences ("江某表示，…") count only as a round-up (judge-roundup.ts)
  const labelled = speaking.filter((s) => !s.reported);
  const distinct = new Set(labelled.map(whoOf)).size;
  const roundup = judgeRoundup(speaking, items, isAnnounced(items, headline));
  // a story may quote two people as "X说：“…”" paragraphs; a vox pop gathers three or more
  const onlySaid = labelled.length > 0 && labelled.every((s) => s.said);
  const need = onlySaid ? 3 : 2;
  const top = Math.max(0, ...turns.values());
  const asked = cues.hosts + walk.questions + asking.length;
  // one person answers every question (an interview, a press conference): at most one other voice, and
  // a passing one; a panel where one guest talks most still has two or more others
  // with a chair calling speakers, a session where one voice answers after every other turn is a Q&A
  // with one answerer, however many members ask (a Chief Executive's question time)
  const oneAnswerer = (asked >= 2 && top >= 3 && turns.size <= 2 && top >= 3 * (speaking.length - top)) || (chairs.length + cues.hosts > 0 && answersEveryTurn(statements.filter((s) => !chairs.includes(s) && s.evidence >= 2)));
  // two voices taking turns, one presenting or questioning the other: an interview printed as a dialogue
  // (its questions too: a turn that only asks is no voice, but it is a turn)
  const interviewer = cues.hosts ? null : findInterviewer(statements.filter((s) => !s.reported && s.evidence >= 2)) ?? findHeadlinedInterviewer(headline, labelled);
  // a host, by role (主持人：) or by asking, with one guest answering: an interview, whatever the labels (a panel has two guests at least)
  const asker = cues.hosts ? null : findAskingHost(labelled);
  const answerers = new Set(labelled.map(whoOf).filter((w) => w !== asker)).size;
  const hostAndOne = (cues.hosts > 0 || !!asker) && answerers === 1;
  const programme = cues.programme >= 3 && cues.programme >= speaking.length;
  // "国家统计局：10月CPI上涨0.3%。" line after line: news briefs from institutions, nobody speaks at length
  const briefs = speaking.length >= 2 && speaking.every((s) => s.speaker.name === null && s.paragraphs.length === 1 && s.paragraphs[0]!.length <= 60);
  const newsPackage = isNewsPackage(labelled);

  const checks: Check[] = [
    roundup.reported
      ? { cue: `distinct voices (${distinct} labelled; or a round-up: ${roundup.people} people, ${roundup.reported} in the reporter's sentences, opening ${roundup.voiceParagraphs} of ${roundup.paragraphs} paragraphs, ${roundup.unheaded} only after the narrative)`, value: distinct, need: `≥ ${need}; or ≥ 3 people, ≥ 2 reported, opening ≥ 40% of the paragraphs; or 2 reported carrying every paragraph from the first, each from its start${roundup.announced ? '; or 2 reported at length, announced' : ''}`, ok: distinct >= need || roundup.ok }
      : { cue: onlySaid ? 'distinct voices (all "X说：“…”" quotes)' : 'distinct voices who say something', value: distinct, need: `≥ ${need}`, ok: distinct >= need },
    { cue: 'turns of the voice who speaks most, against all others', value: top, need: `< 3× the others' (${speaking.length - top}) when asked (${asked}), one other voice at most`, ok: !oneAnswerer },
    { cue: `a dialogue of two voices taking turns, one interviewing the other${interviewer ? ` (${interviewer} presents the other or asks)` : ''}`, value: interviewer ? 1 : 0, need: 'none (an interview)', ok: !interviewer },
    { cue: `guests of a host (${asker ?? `${cues.hosts} host lines`})`, value: answerers, need: '≠ 1 with a host', ok: !hostAndOne },
    { cue: 'programme lines (主持人/评论人：names, no speech)', value: cues.programme, need: `< 3 or fewer than the voices (${speaking.length})`, ok: !programme },
    { cue: 'a news package: two sound bites of different sides, the narration running on after them', value: newsPackage ? 1 : 0, need: 'none', ok: !newsPackage },
    { cue: 'voices that are a person, or speak at length (not briefs)', value: speaking.filter((s) => s.speaker.name !== null || s.paragraphs.length > 1 || s.paragraphs[0]!.length > 60).length, need: '≥ 1', ok: !briefs },
  ];
  const detected = checks.every((c) => c.ok);

  const titled = walk.topics.filter((t) => t.title !== null);
  const explicitSections = titled.filter((t) => !t.implicit).length;
  const kindIf: FeatureKind = explicitSections >= 2 ? 'roundtable' : cues.hosts + walk.questions >= 1 ? 'panel' : titled.length >= 2 ? 'roundtable' : 'voices';
  const kind = detected ? kindIf : null;

  const evidence: string[] = [];
  if (cues.labels) evidence.push(plural(cues.labels, 'speaker label'));
  if (cues.loose) evidence.push(plural(cues.loose, 'speaker line without a colon', 'speaker lines without a colon'));
  if (cues.attributions) evidence.push(plural(cues.attributions, '"——" attribution'));
  if (cues.said - cues.reported > 0) evidence.push(plural(cues.said - cues.reported, 'vox-pop quote'));
  if (cues.reported) evidence.push(plural(cues.reported, 'paragraph opened by a person and a verb of saying', 'paragraphs opened by a person and a verb of saying'));
  if (explicitSections) evidence.push(plural(explicitSections, 'topic header'));
  else if (titled.length >= 2) evidence.push(plural(titled.length, 'section title'));
  if (cues.hosts) evidence.push(plural(cues.hosts, 'host line'));
  if (walk.questions - cues.hosts > 0) evidence.push(plural(walk.questions - cues.hosts, 'interviewer question'));
  if (walk.bylines) evidence.push('reporter bylines');
  if (!detected) {
    if (distinct < need && !roundup.ok) evidence.push(`${plural(distinct, 'voice')} (${need} needed)`);
    if (oneAnswerer) evidence.push('one answerer to every question');
    if (interviewer || (hostAndOne && !oneAnswerer)) evidence.push('an interviewer and one answerer');
    if (programme) evidence.push(plural(cues.programme, 'programme line'));
    if (briefs) evidence.push('one-line briefs from institutions');
    if (newsPackage) evidence.push('a news package of two sound bites');
  }
  const counts: JudgeCounts = { speaking, distinct, roundup: roundup.ok, roundupPeople: roundup.people, said: cues.said - cues.reported, vetoes: checks.slice(1).filter((c) => !c.ok).length, kind: kindIf, byRoundup: distinct < need && roundup.ok };
  return { detected, kind, evidence, checks, headline, counts };
}
