/**
 * Parses blocks into the outline: headline, deck, lead, topics → statements (speaker, reporter,
 * paragraphs), credits and captions; re-joins broken paragraphs; keeps each piece's source elements.
 */
import type { Credit, Outline, Speaker, Topic } from '../outline';
import type { Block } from './blocks';
import { squeeze } from '../chinese/chars';
import {
  afterDate,
  isCaption,
  isHostLabel,
  isLabelShaped,
  isMetaLine,
  isTitleLike,
  matchAttribution,
  matchByline,
  matchCredits,
  matchLabel,
  matchSaidLabel,
  matchSource,
  matchTopic,
  startsWithDashes,
  stripDashes,
  stripOrnament,
  type CreditLine,
} from './lines';
import { endsWithRoleWord, isPersonName, splitSpeakerLabel, type NameContext } from './names';
import { detectScriptByCommonChars } from '../chinese/script-common';
import { isFragment, pickContinuation } from './stitch';
import { summarizeStatement } from './summarize';

type Kind = 'skip' | 'meta' | 'byline' | 'credit' | 'caption' | 'marker' | 'topic' | 'label' | 'attribution' | 'body';

interface Item {
  block: Block;
  /** Source elements, in reading order (a re-joined paragraph has two or more). */
  els: Element[];
  /** The block's text; for a label, the speech after it; for a re-joined paragraph, both pieces. */
  text: string;
  kind: Kind;
  speaker?: Speaker;
  evidence?: number;
  host?: boolean;
  /** A vox pop label ("市民李女士说：“…”"): weaker than a label proper, so detection needs more of them. */
  said?: boolean;
  title?: string;
  credits?: CreditLine[];
  reporter?: string;
  /** Taken out of the flow: the continuation of an earlier broken paragraph. */
  merged?: boolean;
  /** A section title found from context (a short line before voices), not from a 话题 marker. */
  implicit?: boolean;
  /** Between a broken paragraph and its continuation: a displaced block (the lead, a box), not the speech. */
  displaced?: boolean;
}

export interface StatementSources {
  title: Element | null;
  statements: Element[][];
}

export interface ParseResult {
  outline: Outline;
  sources: { headline: Element | null; lead: Element[]; topics: StatementSources[] };
  /** Every element the feature's text came from, for finding its container. */
  elements: Element[];
}

// A paragraph that reports someone else's words is the reporter's narrative, not the speaker's speech.
const REPORTED =
  /^[^，,。：:“”「」]{2,24}?(表示|指出|认为|認為|说|說|称|稱|预计|預計|估计|估計|预测|預測|透露|强调|強調|坦言|直言|提到|介绍|介紹)/;
// The reporter's voice resuming after the speakers: "据悉，…", "记者了解到，…".
const NARRATIVE_START = /^(据悉|據悉|据了解|據了解|记者了解到|記者了解到|记者注意到|記者注意到|记者获悉|記者獲悉|据介绍|據介紹|另悉|又讯|又訊|编后|編後|记者手记|記者手記)/;
const FIRST_PERSON = /我(?![市省区區县縣国國校院局委厅廳部乡鄉镇鎮村])|咱/;
const SPEECH_PUNCT = /[。！？!?…]/;

function itemOf(block: Block): Item {
  return { block, els: block.el ? [block.el] : [], text: block.text, kind: 'body' };
}

/** First-pass classification of one block, before context (neighbours, label counts) refines it. */
function classify(item: Item, ctx: NameContext): void {
  const { block } = item;
  // print ornaments ("■本报记者 张三", "●话题：") open lines but belong to none of them
  const text = stripOrnament(block.text);
  if (block.link) {
    item.kind = 'skip';
    return;
  }
  if (block.caption) {
    item.kind = 'caption';
    return;
  }
  const topic = matchTopic(text);
  if (topic) {
    item.kind = topic.kind === 'marker' ? 'marker' : 'topic';
    if (topic.kind === 'title') item.title = topic.title;
    return;
  }
  const credits = matchCredits(text);
  if (credits) {
    item.kind = 'credit';
    item.credits = credits;
    return;
  }
  const byline = matchByline(text);
  if (byline && byline.rest === '') {
    item.kind = 'byline';
    item.reporter = byline.reporter;
    return;
  }
  const dated = afterDate(text);
  if (dated) {
    // "2024-08-20 記者陳嘉欣": a date, then a byline
    const datedByline = matchByline(dated);
    if (datedByline && datedByline.rest === '') {
      item.kind = 'byline';
      item.reporter = datedByline.reporter;
      return;
    }
  }
  if (isMetaLine(text)) {
    item.kind = 'meta';
    const source = matchSource(text);
    if (source) item.credits = [{ role: /來源/.test(text) ? '來源' : '来源', names: [source] }];
    return;
  }
  // a bold bare name is a label alone on its line when speech follows (refine decides), else a caption
  if (isCaption(text) && !(block.emphasis && isPersonName(text))) {
    item.kind = 'caption';
    return;
  }
  const attribution = matchAttribution(text);
  if (attribution) {
    const split = splitSpeakerLabel(attribution, ctx);
    if (split.evidence >= 2) {
      item.kind = 'attribution';
      item.speaker = { name: split.name, role: split.role };
      item.evidence = split.evidence;
      return;
    }
  }
  // an <h1> is the page's headline, even one shaped "专家解读：…"
  const label = block.heading === 1 ? null : matchLabel(text);
  if (label) {
    const split = splitSpeakerLabel(label.label, ctx);
    item.kind = 'label';
    item.host = isHostLabel(label.label);
    item.speaker = { name: split.name, role: split.role };
    // a bare full name before a colon, then sentences: a guest introduced earlier ("张三：…")
    const bareName = split.name !== null && split.role === null && isPersonName(label.label) && SPEECH_PUNCT.test(label.speech);
    item.evidence = item.host ? 2 : bareName ? Math.max(2, split.evidence) : split.evidence;
    item.text = label.speech;
    return;
  }
  const said = matchSaidLabel(text);
  if (said) {
    const split = splitSpeakerLabel(said.label, ctx);
    // a person, named or by an honorific; narrative "他说：“…”" and groups are the reporter's story
    if (split.name && split.evidence >= 2) {
      item.kind = 'label';
      item.host = false;
      item.said = true;
      item.speaker = { name: split.name, role: split.role };
      item.evidence = split.evidence;
      item.text = said.speech;
      return;
    }
  }
  // A bold label opening the paragraph, without a colon: "<b>市民张新海</b> 榆次老城是…"
  const head = block.boldHead?.replace(/[:：]\s*$/, '');
  if (head && isLabelShaped(head)) {
    const split = splitSpeakerLabel(head, ctx);
    const speech = text.slice(text.indexOf(block.boldHead!) + block.boldHead!.length).replace(/^[\s:：]+/, '');
    if (split.name && split.evidence >= 2 && speech.length >= 4) {
      item.kind = 'label';
      item.host = false;
      item.speaker = { name: split.name, role: split.role };
      item.evidence = split.evidence;
      item.text = speech;
      return;
    }
  }
  // "主持人" alone on its line (bold, no colon): the host's question follows
  if (/^(主持人|主持)$/.test(squeeze(text))) {
    item.kind = 'label';
    item.host = true;
    item.evidence = 2;
    item.text = '';
    return;
  }
  // A label alone on its line without a colon: bold on a page, or a role and a name in plain text.
  if (!/[:：]/.test(text) && isLabelShaped(text)) {
    const split = splitSpeakerLabel(text, ctx);
    // bold, a name with evidence; plain, a role that ends like one ("…书记欧阳华") and a name
    const plainOk = split.role !== null && endsWithRoleWord(split.role);
    if (split.evidence >= 2 && split.name && (block.emphasis || plainOk)) {
      item.kind = 'label';
      item.host = false;
      item.speaker = { name: split.name, role: split.role };
      item.evidence = split.evidence;
      item.text = '';
      item.title = text; // falls back to a section title if no speech follows
    }
  }
}

function nextSignificant(items: Item[], from: number): Item | null {
  for (let j = from; j < items.length; j++) {
    const k = items[j]!.kind;
    if (k !== 'skip' && k !== 'meta' && k !== 'caption' && k !== 'credit') return items[j]!;
  }
  return null;
}

function isSpeechStart(item: Item | null): boolean {
  return !!item && item.kind === 'body' && item.text.length >= 15;
}

/** Context rules: weak labels need strong company, colon-less labels need speech below, short lines before voices head sections. */
function refine(items: Item[]): void {
  const strong = items.filter((it) => (it.kind === 'label' && (it.evidence ?? 0) >= 2 && !it.host) || it.kind === 'attribution').length;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'label') continue;
    const alone = it.text === '';
    if (it.title !== undefined) {
      // colon-less label: speech must follow, else it is a bold title or a caption
      if (!isSpeechStart(nextSignificant(items, i + 1))) {
        it.kind = isPersonName(it.title) ? 'caption' : 'body';
        it.text = it.block.text;
      }
      continue;
    }
    if ((it.evidence ?? 0) >= 2 || it.host) continue;
    const speechOk = alone ? isSpeechStart(nextSignificant(items, i + 1)) : SPEECH_PUNCT.test(it.text);
    if (strong < 2 || !speechOk) {
      it.kind = 'body';
      it.text = it.block.text;
      delete it.speaker;
    }
  }
  // "主持人" alone on its line: the paragraph below is the host's question, not a section title or speech
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'label' || !it.host || it.text !== '') continue;
    const next = nextSignificant(items, i + 1);
    if (next && next.kind === 'body' && next.text.length <= 120) {
      it.text = next.text;
      it.els.push(...next.els);
      next.merged = true;
    }
  }
  const attributionMode = items.some((it) => it.kind === 'attribution');
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'body' || it.merged || !isTitleLike(it.text) || isPersonName(it.text)) continue;
    const next = nextSignificant(items, i + 1);
    const heads =
      next?.kind === 'label' ||
      (it.block.emphasis && next?.kind === 'body') ||
      (attributionMode && next?.kind === 'body' && /^[“「]/.test(next.text));
    if (heads && !(items[i - 1] && items[i - 1]!.kind === 'marker')) {
      it.kind = 'topic';
      it.title = stripOrnament(it.text);
      it.implicit = true;
    }
  }
}

/** Re-joins broken paragraphs; blocks skipped over in between are marked displaced. */
function stitch(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if ((it.kind !== 'body' && it.kind !== 'label') || it.merged || !it.text) continue;
    if (matchByline(it.text) || !isFragment(it.text)) continue;
    const candidates: number[] = [];
    for (let j = i + 1; j < items.length && j <= i + 16; j++) {
      const k = items[j]!.kind;
      if (k === 'label' || k === 'marker' || k === 'topic' || k === 'attribution' || k === 'byline') break;
      if (k === 'body' && !items[j]!.merged && !items[j]!.displaced) candidates.push(j);
    }
    const pick = pickContinuation(it.text, candidates.map((j) => items[j]!.text));
    if (pick < 0) continue;
    const j = candidates[pick]!;
    const cont = items[j]!;
    it.text = it.text.trimEnd() + cont.text.trimStart();
    it.els.push(...cont.els);
    cont.merged = true;
    for (let k = i + 1; k < j; k++) if (items[k]!.kind === 'body') items[k]!.displaced = true;
    i--; // the joined paragraph may still be broken further on
  }
}

interface StatementBuild {
  speaker: Speaker;
  host: boolean;
  said?: boolean;
  reporter: string | null;
  paragraphs: string[];
  els: Element[];
}

interface TopicBuild {
  title: string | null;
  titleEl: Element | null;
  statements: StatementBuild[];
}

export function commonAncestor(els: Element[]): Element | null {
  let anc: Element | null = els[0] ?? null;
  for (const el of els.slice(1)) {
    while (anc && !anc.contains(el)) anc = anc.parentElement;
  }
  return anc;
}

function pickHeadline(items: Item[], first: number, fromDocument: boolean): number {
  if (!fromDocument) {
    // a text starts with its headline, even one with a colon ("专访市文旅局局长：让老城“活”起来")
    const i = items.findIndex((it) => it.kind !== 'skip' && it.kind !== 'meta');
    const text = items[i]?.block.text ?? '';
    return i >= 0 && (i < first || (text.length <= 60 && !/[。！？]$/.test(text))) ? i : -1;
  }
  for (const level of [1, 2, 3]) {
    for (let i = first - 1; i >= 0; i--) {
      const h = items[i]!.block.heading;
      if (h === level && items[i]!.kind !== 'skip') return i;
    }
  }
  // no heading: a box the page calls its title ("<div class="title">")
  for (let i = first - 1; i >= 0; i--) {
    const el = items[i]!.block.el;
    const name = `${el?.getAttribute('class') ?? ''} ${el?.id ?? ''}`;
    if (items[i]!.kind !== 'skip' && /(^|[\s_-])(title|headline|biaoti|art-?title|article-?title)([\s_-]|$)/i.test(name)) return i;
  }
  return -1;
}

/** The role a lead gives a name: "张新海，市住建局副局长；…" or "张新海（市住建局副局长）". */
function introducedRole(name: string, lead: string): string | null {
  let from = lead.indexOf(name);
  while (from !== -1) {
    const after = lead.slice(from + name.length);
    // "张新海，市住建局副局长", "张新海（市住建局副局长）", or a guest list's "胡彬彬　中南大学…主任"
    const m = /^(?:\s*[，,：:]\s*([^；;。，,（()）\n]{2,30})|\s*[（(]([^（()）\n]{2,30})[)）]|[ \t\u3000]+([^；;。，,（()）\s]{2,30})(?=\n|$))/.exec(after);
    const role = m ? (m[1] ?? m[2] ?? m[3])!.trim() : null;
    if (role && endsWithRoleWord(role)) return role;
    from = lead.indexOf(name, from + name.length);
  }
  return null;
}

/** Parses blocks (from a page or a text) into the outline and its sources. */
export function parseBlocks(blocks: Block[], options: { fromDocument: boolean; title?: string | null }): ParseResult {
  const allText = blocks.map((b) => b.text).join('\n');
  const known = new Set<string>();
  for (const b of blocks) if (!b.link && isPersonName(b.text)) known.add(squeeze(b.text));
  const ctx: NameContext = { known, text: allText };

  let items = blocks.map(itemOf);
  for (const it of items) classify(it, ctx);
  refine(items);

  const featureKinds: Kind[] = ['label', 'attribution', 'marker', 'topic'];
  // fewer than two voices named with evidence: not a roundtable, and no need for the costly steps below
  const voiceCount = items.filter((it) => (it.kind === 'label' && !it.host && (it.evidence ?? 0) >= 2) || it.kind === 'attribution').length;
  // the headline is looked for before the first voice or explicit topic (a bold headline reads like a section title)
  let first = items.findIndex((it) => featureKinds.includes(it.kind) && !it.implicit);
  if (first < 0) first = items.length;

  // headline and deck
  const h = pickHeadline(items, first, options.fromDocument);
  const headlineItem = h >= 0 ? items[h]! : null;
  if (h >= 0 && h === first) first = items.findIndex((it, k) => k > h && featureKinds.includes(it.kind) && !it.implicit);
  if (first < 0) first = items.length;
  let start = h + 1;
  let deck: string | null = null;
  let deckItem: Item | null = null;
  for (let i = start; i < items.length && i < first + 1; i++) {
    const it = items[i]!;
    if (it.kind === 'skip' || it.kind === 'meta') continue;
    const headingDeck = options.fromDocument && it.block.heading > 0 && headlineItem && it.block.heading > headlineItem.block.heading;
    if (startsWithDashes(it.block.text) || (headingDeck && it.kind !== 'label')) {
      deck = stripDashes(it.block.text);
      deckItem = it;
      start = i + 1;
      if (first === i) first = items.findIndex((x, k) => k > i && featureKinds.includes(x.kind) && !x.implicit);
      if (first < 0) first = items.length;
    }
    break;
  }

  // On a page, the feature ends with the container of its voices: pagers, footers and rails after it are not speech.
  let end = items.length;
  if (options.fromDocument) {
    const featureEls = items.filter((it, i) => i > h && featureKinds.includes(it.kind) && !it.implicit).flatMap((it) => it.els);
    const container = commonAncestor(featureEls);
    if (container) {
      let last = -1;
      items.forEach((it, i) => {
        if (it.els.some((el) => container.contains(el))) last = i;
      });
      if (last >= 0) end = last + 1;
    }
  }
  items = items.slice(Math.max(start, 0), end);
  if (voiceCount >= 2) stitch(items);

  // the state machine over the flow
  const topics: TopicBuild[] = [];
  const credits: Credit[] = [];
  const captions: string[] = [];
  const leadParts: string[] = [];
  const leadEls: Element[] = [];
  let articleReporter: string | null = null;
  let topic: TopicBuild | null = null;
  let stmt: StatementBuild | null = null;
  let sinceByline: StatementBuild[] = [];
  let pending: Item[] = [];
  let seenFeature = false;
  let expectTitle: Item | null = null;

  const ensureTopic = (): TopicBuild => {
    if (!topic) {
      topic = { title: null, titleEl: null, statements: [] };
      topics.push(topic);
    }
    return topic;
  };
  const toLead = (it: Item) => {
    leadParts.push(it.text);
    leadEls.push(...it.els);
  };
  const flushPending = () => {
    if (!seenFeature) pending.forEach(toLead);
    pending = [];
  };
  const closeStatement = () => {
    stmt = null;
  };
  const openStatement = (speaker: Speaker, host: boolean, els: Element[]): StatementBuild => {
    const s: StatementBuild = { speaker, host, reporter: null, paragraphs: [], els: [...els] };
    ensureTopic().statements.push(s);
    sinceByline.push(s);
    seenFeature = true;
    return s;
  };
  const applyByline = (reporter: string) => {
    for (const s of sinceByline) if (!s.reporter) s.reporter = reporter;
    sinceByline = [];
  };
  /** Adds a paragraph to the open statement, taking a trailing byline off it. */
  const addParagraph = (s: StatementBuild, text: string, els: Element[]) => {
    const byline = matchByline(text);
    const body = byline ? byline.rest : text;
    if (body.trim()) s.paragraphs.push(body.trim());
    s.els.push(...els);
    if (byline) {
      applyByline(byline.reporter);
      closeStatement();
    }
  };

  for (const it of items) {
    if (it.kind === 'meta' && it.credits) for (const c of it.credits) credits.push({ role: c.role, names: c.names });
    if (it.merged || it.kind === 'skip' || it.kind === 'meta') continue;
    if (expectTitle && (it.kind === 'body' || it.kind === 'caption' || it.kind === 'label') && it.block.text.length <= 40) {
      topic = { title: it.block.text, titleEl: it.els[0] ?? expectTitle.els[0] ?? null, statements: [] };
      topics.push(topic);
      expectTitle = null;
      continue;
    }
    expectTitle = null;
    switch (it.kind) {
      case 'credit':
        for (const c of it.credits ?? []) credits.push({ role: c.role, names: c.names });
        break;
      case 'caption':
        captions.push(it.text);
        break;
      case 'byline':
        if (!seenFeature) articleReporter = it.reporter ?? null;
        else applyByline(it.reporter ?? '');
        closeStatement();
        break;
      case 'marker':
        closeStatement();
        flushPending();
        seenFeature = true;
        expectTitle = it;
        break;
      case 'topic':
        closeStatement();
        flushPending();
        seenFeature = true;
        topic = { title: it.title ?? it.text, titleEl: it.els[0] ?? null, statements: [] };
        topics.push(topic);
        break;
      case 'label': {
        closeStatement();
        flushPending();
        if (it.host) {
          // a host's question heads the answers that follow it; a host's opening words introduce the voices
          const said = it.text.trim();
          // a section the page titled (a heading, a 话题 line) keeps its title: the host's question is under it
          const titled = topic !== null && (topic as TopicBuild).title !== null && (topic as TopicBuild).statements.length === 0;
          if (said && said.length <= 80 && /[？?]$/.test(said) && !titled) {
            topic = { title: said, titleEl: it.els[0] ?? null, statements: [] };
            topics.push(topic);
            seenFeature = true;
          } else if (said && !seenFeature) {
            toLead(it);
          }
          break;
        }
        const s = openStatement(it.speaker ?? { name: null, role: null }, it.host ?? false, it.els);
        if (it.said) s.said = true;
        stmt = s;
        if (it.text) addParagraph(s, it.text, []);
        break;
      }
      case 'attribution': {
        closeStatement();
        // the speech is the run of paragraphs just before; before the first voice, what precedes the quotes is the lead
        let run = pending;
        const quoted = run.findIndex((p) => /^[“「『]/.test(p.text));
        if (!seenFeature) {
          const cut = quoted > 0 ? quoted : run.length > 1 && quoted < 0 ? 1 : 0;
          run.slice(0, cut).forEach(toLead);
          run = run.slice(cut);
        } else if (quoted > 0) {
          run = run.slice(quoted);
        }
        pending = [];
        const s = openStatement(it.speaker ?? { name: null, role: null }, false, []);
        for (const p of run) addParagraph(s, p.text, p.els);
        s.els.push(...it.els);
        stmt = null;
        break;
      }
      case 'body': {
        if (it.displaced) {
          toLead(it);
          break;
        }
        const open: StatementBuild | null = stmt;
        if (open) {
          const narrative = NARRATIVE_START.test(it.text) || (REPORTED.test(it.text) && !FIRST_PERSON.test(it.text));
          if (open.paragraphs.length > 0 && narrative) {
            closeStatement();
            pending.push(it);
          } else {
            addParagraph(open, it.text, it.els);
          }
        } else {
          pending.push(it);
        }
        break;
      }
    }
  }
  flushPending();

  // a byline at the head of the article covers every voice that has none of its own
  const allStatements = topics.flatMap((t) => t.statements);
  if (articleReporter && !allStatements.some((s) => s.reporter)) {
    for (const s of allStatements) s.reporter = articleReporter;
  }

  // a speaker named in full once and by name alone later keeps the role given the first time; a bare
  // name takes the role the lead gave it ("本期嘉宾：张新海，市住建局副局长；…")
  const roles = new Map<string, string>();
  for (const s of allStatements) if (s.speaker.name && s.speaker.role && !roles.has(s.speaker.name)) roles.set(s.speaker.name, s.speaker.role);
  for (const s of allStatements) {
    const name = s.speaker.name;
    if (!name || s.speaker.role) continue;
    // the lead first; then the whole text, where a guest box may sit apart from the lead ("嘉宾：" lines)
    const role = roles.get(name) ?? introducedRole(name, leadParts.join('\n')) ?? introducedRole(name, allText);
    if (role) s.speaker = { name, role };
  }

  const kept = topics
    .map((t) => ({ ...t, statements: t.statements.filter((s) => s.paragraphs.length > 0) }))
    .filter((t) => t.statements.length > 0);

  // detection: at least two distinct voices who say something, named with evidence
  const voices = kept.flatMap((t) => t.statements).filter((s) => !s.host);
  const speaking = voices.filter((s) => SPEECH_PUNCT.test(s.paragraphs.join('')));
  const distinct = new Set(speaking.map((s) => s.speaker.name ?? s.speaker.role ?? ''));
  // a story may quote two people as "X说：“…”" paragraphs; a vox pop gathers three or more
  const onlySaid = speaking.length > 0 && speaking.every((s) => s.said);
  const detected = distinct.size >= (onlySaid ? 3 : 2);

  const outTopics: Topic[] = detected
    ? kept.map((t) => ({
        title: t.title,
        statements: t.statements.map((s) => ({
          speaker: s.speaker,
          reporter: s.reporter,
          paragraphs: s.paragraphs,
          summary: summarizeStatement(s.paragraphs),
        })),
      }))
    : [];

  const scriptSample = [headlineItem?.block.text ?? '', ...items.map((it) => it.block.text)].join('');
  const outline: Outline = {
    detected,
    kind: detected ? 'roundtable' : null,
    script: detectScriptByCommonChars(scriptSample),
    headline: headlineItem?.block.text ?? options.title ?? null,
    deck,
    // a story that is not a roundtable has no introduction of voices: its lead is its first paragraph
    lead: leadParts.length ? (detected ? leadParts.join('\n') : leadParts[0]!) : null,
    topics: outTopics,
    credits,
    captions,
  };
  const sources = {
    headline: headlineItem?.els[0] ?? null,
    lead: leadEls,
    topics: detected ? kept.map((t) => ({ title: t.titleEl, statements: t.statements.map((s) => s.els) })) : [],
  };
  const elements = [
    ...(headlineItem?.els ?? []),
    ...(deckItem?.els ?? []),
    ...leadEls,
    ...sources.topics.flatMap((t) => [...(t.title ? [t.title] : []), ...t.statements.flat()]),
  ];
  return { outline, sources, elements };
}
