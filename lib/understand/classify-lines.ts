/**
 * Stage 1 of the parser: what each line is, first alone (classifyLine), then in context (refineLines):
 * weak labels need strong company, colon-less labels need speech below, repeated loose labels confirm
 * each other, programme lines and per-speaker questions are told apart from voices and topics.
 */
import { squeeze } from '../chinese/chars';
import { isSpeechStart, nextInFlow, nextSignificant, type Item } from './feature-items';
import {
  afterDate,
  isCaption,
  isHostLabel,
  isLabelShaped,
  isMetaLine,
  isProgrammeRole,
  isTitleLike,
  matchAttribution,
  matchByline,
  matchCredits,
  matchLabel,
  matchLooseLabel,
  matchQuoteAttribution, matchSentenceAttribution,
  matchQuotedLabel,
  matchSaidLabel,
  matchSource,
  matchTopic,
  stripOrnament,
  stripReadingGlosses,
} from './lines';
import { endsWithRoleWord, isLatinName, isPersonName, looksLikeGivenName, splitSpeakerLabel, type NameContext } from './names';
import { classifyReported, demoteReportedAmongLabels } from './classify-reported';
import { matchNameFirstAttribution, matchSlashLabel } from './name-first-labels';
import { markInterviewerLabels } from './interviewer-credit';
import { markQuestionHosts } from './question-hosts';
import { labelSurnameTurns } from './surname-labels';
import { confirmRepeatedNameLabels } from './repeated-name-labels';
import { matchLetterIntro } from './letter-lines';
import { splitInlineLabels } from './inline-labels';
import { confirmHandleQuotes } from './handle-quotes';
import { matchNameRoleLine } from './name-role-lines';
import { confirmNameColonHeadlines } from './name-headline-lines';
import { takeRosterRoles } from './roster-roles';
import { surnameLengthAt } from './surnames';
import { stripJammer } from './forum-jammer';

const SPEECH_PUNCT = /[。！？!?…]/;
const CHANNEL_TAG = /^[[【［〔]\p{Script=Han}{2,6}[\]】］〕]\s*/u;
const DATELINE = /(?:网|網|社|台|报|報)(?:消息|讯|訊)$|[日]电$|[日]電$/;

function asLabel(item: Item, speaker: { name: string | null; role: string | null }, evidence: number, text: string, shape: string): void {
  item.kind = 'label';
  item.host = false;
  item.speaker = { name: speaker.name, role: speaker.role };
  item.evidence = evidence;
  item.text = text;
  item.shape = shape;
}

/** Lines that carry no voice: captions, topics, credits, bylines, dates and metadata. Returns true when one matched. */
function classifyFrame(item: Item, text: string): boolean {
  const { block } = item;
  if (block.link) return (item.kind = 'skip'), true;
  if (block.caption) return (item.kind = 'caption'), true;
  const topic = matchTopic(text);
  if (topic) {
    item.kind = topic.kind === 'marker' ? 'marker' : 'topic';
    if (topic.kind === 'title') item.title = topic.title;
    return true;
  }
  const credits = matchCredits(text);
  if (credits) {
    item.kind = 'credit';
    item.credits = credits;
    return true;
  }
  // "2024-08-20 記者陳嘉欣": a date, then a byline
  const byline = matchByline(text) ?? matchByline(afterDate(text) ?? '');
  if (byline && byline.rest === '') {
    item.kind = 'byline';
    item.reporter = byline.reporter;
    return true;
  }
  if (isMetaLine(text)) {
    item.kind = 'meta';
    const source = matchSource(text);
    if (source) item.credits = [{ role: /來源/.test(text) ? '來源' : '来源', names: [source] }];
    return true;
  }
  // a bold bare name is a label alone on its line when speech follows (refine decides), else a caption
  if (isCaption(text) && !(block.emphasis && isPersonName(text))) return (item.kind = 'caption'), true;
  return false;
}

/** "label：speech", "label：" alone, and "role：name" (the name after the colon, the speech below). */
function classifyColonLabel(item: Item, text: string, ctx: NameContext): boolean {
  // an <h1> is the page's headline, even one shaped "专家解读：…"; a heading holding speech is a headline too
  const label = item.block.heading === 1 ? null : matchLabel(text);
  if (!label || (item.block.heading > 0 && label.speech.length > 3)) return false;
  // "央视网消息：…", "新华社北京3月5日电：…": the dateline of a news agency or site, not a speaker
  if (DATELINE.test(label.label)) return false;
  // a web transcript tags how a guest came in before the name ("[电话连线]某某：", "［现场连线］某某："): the
  // editor's tag, not the speaker's label (only before a bare name: "【嘉宾】" would be a role)
  const untagged = label.label.replace(CHANNEL_TAG, '');
  const who = isPersonName(untagged) ? untagged : label.label;
  const split = splitSpeakerLabel(who, ctx);
  const host = isHostLabel(label.label);
  const speech = label.speech;
  // "讲述者：某某" over a first-person story: an oral history names its teller, whatever the name (a nickname too)
  if (TELLER.test(squeeze(label.label)) && /^\p{Script=Han}{2,5}$/u.test(squeeze(speech))) {
    asLabel(item, { name: squeeze(speech), role: squeeze(label.label) }, 2, '', 'role：name');
    return true;
  }
  // "贝莱德固定收益业务全球首席投资官：Rick Rieder", "市发改委副主任：张三": the role, then the name alone
  if (!host && split.name === null && split.evidence >= 2 && (isLatinName(speech) || isPersonName(speech))) {
    asLabel(item, { name: isLatinName(speech) ? speech.trim() : squeeze(speech), role: split.role }, split.evidence, '', 'role：name');
    if (isProgrammeRole(label.label)) item.programme = true;
    return true;
  }
  // "主持人：张三（北京大学）", "评论人：李四": a programme line lists people, nobody speaks
  if (isProgrammeRole(label.label) && speech && !SPEECH_PUNCT.test(speech)) {
    item.kind = 'meta';
    item.programme = true;
    return true;
  }
  item.kind = 'label';
  item.host = host;
  item.speaker = { name: split.name, role: split.role };
  // a bare full name before a colon, then sentences: a guest introduced earlier ("张三：…")
  // (a page's excerpt may cut the last answer short: clauses of some length are sentences enough)
  const bareName = split.name !== null && split.role === null && isPersonName(who) && (SPEECH_PUNCT.test(speech) || (speech.length >= 40 && /[，,]/.test(speech)));
  item.evidence = host ? 2 : bareName ? Math.max(2, split.evidence) : split.evidence;
  item.text = speech;
  item.shape = 'label：';
  return true;
}

/** First-pass classification of one block, before context (neighbours, label counts) refines it. */
// A TV transcript's sound bite: "(台東縣議員 章某 排灣族:" — a bracket the transcript never closes, the
// role and the name (and, on Taiwan's indigenous channels, the speaker's people), the statement below
const SOUND_BITE = /^[（(]\s*([^（()）：:]{4,30}?)(?:[\s\u3000]+\p{Script=Han}{1,3}族)?\s*[：:]\s*$/u;

/** "(台東縣議員 章某 排灣族:" → the speaker; null for other lines. */
export function matchBracketSoundBite(text: string, ctx: NameContext = {}): { name: string; role: string } | null {
  const m = SOUND_BITE.exec(text.trim());
  if (!m) return null;
  const split = splitSpeakerLabel(m[1]!, ctx);
  return split.name && split.role && split.evidence >= 2 ? { name: split.name, role: split.role } : null;
}

export function classifyLine(item: Item, ctx: NameContext): void {
  const { block } = item;
  // print ornaments ("■本报记者 张三", "●话题：") open lines but belong to none of them; so does a forum's
  // anti-scrape jammer ("V* f Q' X5 m公仔箱論壇四川隊主教練李某：…"), which a page hides and its text keeps
  const text = stripJammer(stripOrnament(block.text));
  if (classifyFrame(item, text)) return;
  const bite = matchBracketSoundBite(text, ctx);
  if (bite) {
    asLabel(item, bite, 3, '', 'label：');
    return;
  }
  const attribution = matchAttribution(text);
  if (attribution) {
    const split = splitSpeakerLabel(attribution, ctx);
    // "——哈市大灰狼(职员)": a handle with its role in brackets after the dashes is a speaker too (the label
    // reader would split the handle itself into a name and a role)
    const handle = matchNameRoleLine(attribution);
    if (handle && /^\p{Script=Han}{1,8}$/u.test(handle.role) && (split.evidence < 2 || /[（(]/.test(split.role ?? ''))) {
      item.kind = 'attribution';
      item.speaker = { name: handle.name, role: handle.role };
      item.evidence = 2;
      item.text = '';
      return;
    }
    if (split.evidence >= 2) {
      item.kind = 'attribution';
      item.speaker = { name: split.name, role: split.role };
      item.evidence = split.evidence;
      item.text = '';
      return;
    }
  }
  // "——王立华，某集团董事长": the name first, a comma, then the titles (a comma no label reader takes)
  const nameFirst = matchNameFirstAttribution(text);
  if (nameFirst) return void Object.assign(item, { kind: 'attribution', speaker: nameFirst, evidence: 2, text: '' });
  // "“……”——全国人大代表、某某学校教师王某某": the quotation and its speaker on one line
  const quoteAttribution = matchQuoteAttribution(text);
  if (quoteAttribution) {
    const split = splitSpeakerLabel(quoteAttribution.label, ctx);
    if (split.evidence >= 2 && (split.name !== null || split.role !== null)) {
      item.kind = 'attribution';
      item.speaker = { name: split.name, role: split.role };
      item.evidence = split.evidence;
      item.text = quoteAttribution.speech;
      return;
    }
  }
  // "……是致命的。——某俱乐部 申思": the same without quotation marks, when a person's name signs it
  const sentenceAttribution = matchSentenceAttribution(text);
  if (sentenceAttribution) {
    const split = splitSpeakerLabel(sentenceAttribution.label, ctx);
    if (split.evidence >= 2 && split.name !== null) {
      item.kind = 'attribution';
      item.speaker = { name: split.name, role: split.role };
      item.evidence = split.evidence;
      item.text = sentenceAttribution.speech;
      return;
    }
  }
  // "某地的读者王某来信写到：" and the letter below: its writer speaks
  const letter = matchLetterIntro(text, ctx);
  if (letter) return asLabel(item, letter.speaker, Math.max(2, letter.speaker.evidence), letter.speech, 'label：');
  if (classifyColonLabel(item, text, ctx)) {
    // a weak "label" that is a person, a circumstance and a verb of saying ("某區議員黃某以華語發言時説：“…”")
    // is the reporter's sentence naming a voice
    if (item.kind === 'label' && !item.host && (item.evidence ?? 0) < 2) classifyReported(item, text, ctx);
    return;
  }
  const said = matchSaidLabel(text);
  if (said) {
    const split = splitSpeakerLabel(said.label, ctx);
    // a person, named or by an honorific; narrative "他说：“…”" and groups are the reporter's story
    if (split.name && split.evidence >= 2) {
      asLabel(item, split, split.evidence, said.speech, 'said');
      item.said = true;
      return;
    }
  }
  // "陳先生（的士司機）「……」": a label and the quotation, no colon
  const quoted = matchQuotedLabel(text);
  if (quoted) {
    const split = splitSpeakerLabel(quoted.label, ctx);
    if (split.name && split.evidence >= 2) return asLabel(item, split, split.evidence, quoted.speech, 'label「');
  }
  if (classifyReported(item, text, ctx)) return;
  // A bold label opening the paragraph, without a colon: "<b>市民张新海</b> 榆次老城是…"
  const head = block.boldHead?.replace(/[:：]\s*$/, '');
  if (head && isLabelShaped(head)) {
    const split = splitSpeakerLabel(head, ctx);
    const speech = text.slice(text.indexOf(block.boldHead!) + block.boldHead!.length).replace(/^[\s:：]+/, '');
    if (split.name && split.evidence >= 2 && speech.length >= 4) return asLabel(item, split, split.evidence, speech, 'bold');
  }
  // "主持人" alone on its line (bold, no colon): the host's question follows
  if (/^(主持人|主持)$/.test(squeeze(text))) {
    item.kind = 'label';
    item.host = true;
    item.evidence = 2;
    item.text = '';
    return;
  }
  classifyLabelAlone(item, text, ctx);
}

function isNameShaped(name: string, ctx: NameContext): boolean {
  return isPersonName(name) || /[·•・A-Za-z]/.test(name) || (surnameLengthAt(name) > 0 && surnameLengthAt(name, 1) > 0) || !!ctx.known?.has(name);
}

/** A label alone on its line without a colon: bold on a page, a role and a name in plain text, or a loose "org name". */
function classifyLabelAlone(item: Item, printed: string, ctx: NameContext): void {
  // a mirror's pinyin glosses ("創(chuàng)始人") are no bracket of a programme's paper title
  const text = stripReadingGlosses(printed);
  // (a byline, glossed or with a stray letter, "本報(bào)記者 某某", "N海都记者 某某", is the reporter's, not a voice)
  if ((text !== printed && matchByline(text)) || /(?:记者|記者)[\s\u3000]+\p{Script=Han}{2,4}$/u.test(text)) return;
  // "劉某 / 急診科醫生 / 河南鄭州" over a photo essay's portrait: a repeated layout only, like the loose labels
  const slash = matchSlashLabel(printed);
  if (slash) return asLabel(item, slash, 2, '', 'slash'), void Object.assign(item, { loose: true, title: text });
  // "姜建强（复旦大学）创新的合约选择…": text after a bracket is a paper's title in a programme, not a name
  if (/[:：]/.test(text) || /[)）]./.test(text) || !isLabelShaped(text)) return;
  const split = splitSpeakerLabel(text, ctx);
  // bold, a name with evidence; plain, a role that ends like one ("…书记欧阳华") and a name
  // (the name shaped as one: "…拜訪院士取經" is a subhead, the role word the verb's object; "林郑月娥", "Alex Au" are names)
  const plainOk = split.role !== null && endsWithRoleWord(split.role) && !!split.name && isNameShaped(split.name, ctx);
  if (split.evidence >= 2 && split.name && (item.block.emphasis || plainOk)) {
    asLabel(item, split, split.evidence, '', 'alone');
    item.title = text; // falls back to a section title if no speech follows
    return;
  }
  // "@某某": a microblog handle alone on its line, the post below; a repeated layout only (refine)
  const loose = /^[@＠]/.test(text) && split.name && split.evidence >= 2 ? { ...split, shape: 'handle' } : matchLooseLabel(text);
  if (loose) {
    asLabel(item, loose, 2, '', loose.shape);
    item.loose = true;
    item.title = text;
  }
}

/** The length of a label's own text: the line without the speech after it. */
function labelLength(item: Item): number {
  return squeeze(item.block.text).length - squeeze(item.text).length;
}

function demote(item: Item, why: string): void {
  item.aside = why;
  item.kind = 'body';
  item.text = item.block.text;
  delete item.speaker;
  delete item.loose;
}

/** Loose labels count only when two or more of one shape each head speech: a layout, not a chance line. */
function confirmLooseLabels(items: Item[]): void {
  const heading = new Map<string, number>();
  const ok = new Set<Item>();
  items.forEach((it, i) => {
    if (it.kind !== 'label' || !it.loose || !isSpeechStart(nextSignificant(items, i + 1))) return;
    ok.add(it);
    heading.set(it.shape!, (heading.get(it.shape!) ?? 0) + 1);
  });
  for (const it of items) if (it.kind === 'label' && it.loose && (!ok.has(it) || (heading.get(it.shape!) ?? 0) < 2)) demote(it, 'a loose "org name" line without a second like it over speech');
}

/**
 * A bare name over a headline ("李某：改革要更深更廣"), its paragraph below naming that person in its first
 * sentence ("…主席李某在會上率先發言，她指…"): a per-speaker headline, the person confirmed by the text.
 */
function confirmHeadlineLabels(items: Item[], ctx: NameContext): void {
  items.forEach((it, i) => {
    const name = it.speaker?.name;
    if (it.kind !== 'label' || it.host || !name || name.length < 2 || it.speaker?.role || it.shape !== 'label：') return;
    if (it.text === '' || SPEECH_PUNCT.test(it.text)) return;
    const next = nextSignificant(items, i + 1);
    if (!next || next.kind === 'label') return;
    const text = next.block.text;
    const stop = text.search(/[。！？!?]/);
    const at = text.slice(0, stop === -1 ? text.length : stop).indexOf(name);
    if (at === -1) return;
    it.evidence = Math.max(2, it.evidence ?? 0);
    // the role the paragraph gives before the name ("立法會內務委員會主席李某在會上…"), when it is one
    const before = text.slice(0, at + name.length);
    if (!/[，,：:“”「」]/.test(before)) {
      const split = splitSpeakerLabel(before, ctx);
      if (split.name === name && split.role && split.evidence >= 2) it.speaker = { name, role: split.role };
    }
  });
}

/**
 * Context rules: weak labels need strong company, colon-less labels need speech below, a label whose
 * "speech" is a headline (no sentence, no speech below) is a list item, short lines before voices head
 * sections, and a question right after a speaker is the interviewer's, asked of that speaker.
 */
export function refineLines(items: Item[], ctx: NameContext = {}): void {
  splitInlineLabels(items, ctx);
  labelSurnameTurns(items);
  markInterviewerLabels(items);
  confirmLooseLabels(items);
  confirmHeadlineLabels(items, ctx);
  confirmNameColonHeadlines(items);
  demoteReportedAmongLabels(items);
  takeRosterRoles(items);
  for (let i = 0; i < items.length; i++) refineLabel(items, i);
  confirmRepeatedNameLabels(items);
  confirmHandleQuotes(items);
  const strongItems = items.filter((it) => (it.kind === 'label' && (it.evidence ?? 0) >= 2 && !it.host) || it.kind === 'attribution');
  // a transcript's host line ("主持人：…？") vouches for the colon labels of the guests it asks, as a
  // second strong label would: "主持人：" / "龙某：" / "保某：" (a surname the table does not know)
  const hostLines = items.filter((it) => it.kind === 'label' && it.host && it.shape === 'label：' && SPEECH_PUNCT.test(it.text)).length;
  const strongCount = strongItems.length + Math.min(1, hostLines);
  // a weak "X：" keeps company only with strong labels of the same colon shape (not under "org name" lines)
  const colonShaped = strongItems.filter((it) => it.shape === 'label：').length + Math.min(1, hostLines) >= 2;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'label' || (it.evidence ?? 0) >= 2 || it.host) continue;
    const speechOk = it.text === '' ? isSpeechStart(nextSignificant(items, i + 1)) : SPEECH_PUNCT.test(it.text);
    // a weak label (no role, no name shape) is a voice only among strong ones, and only when short: a
    // party's short name ("專業議政"), not a phrase ("幸福来得太突然")
    const amongStrong = strongCount >= 2 && colonShaped && labelLength(it) <= (it.speaker?.name ? 12 : 6);
    const twin = speechOk && !amongStrong && isTitledTwin(it, strongItems);
    if (!speechOk || !(amongStrong || twin)) {
      demote(it, 'a weak label (no role or name shape) without strong colon labels around it');
      continue;
    }
    if (twin) it.evidence = 2;
    // asked by the host among guests labelled by their bare names, a name-like label is one more guest
    // ("保某：" with a surname the table does not know, "汪某和：" with a character given names seldom end in)
    const role = it.speaker?.role ?? '';
    const surnamed = /^\p{Script=Han}{3}$/u.test(role) && surnameLengthAt(role) === 1 && !endsWithRoleWord(role);
    if (hostLines && !it.speaker?.name && (looksLikeGivenName(role) || surnamed)) {
      it.speaker = { name: role, role: null };
      it.evidence = 2;
    }
  }
  markQuestionHosts(items);
  takeHostQuestions(items);
  markSectionTitles(items);
}

const TELLER = /^(?:[讲講]述|口述)[者人]$/u;

// a list's numbering before the label ("一、参保范围：", "2.缴费标准："): a document's items, not a collection's voices
const NUMBERED = /^[\d一二三四五六七八九十]+[、.．)）]/u;

/**
 * "某县海外侨胞陈某：…" beside "某同乡会会长林某：…": a collection of statements prints every voice in one
 * shape, a role and a full name before the colon; the role word the table lacks does not make the first any less
 * a voice than its strong twin.
 */
function isTitledTwin(it: Item, strong: readonly Item[]): boolean {
  const isTitled = (x: Item) => !!x.speaker?.name && (x.speaker.role?.length ?? 0) >= 2 && !NUMBERED.test(x.speaker.role!) && isPersonName(x.speaker.name) && x.shape === 'label：';
  return isTitled(it) && strong.some((x) => x.kind === 'label' && isTitled(x) && SPEECH_PUNCT.test(x.text));
}

const NO_SPEECH_BELOW = 'a label without a colon and no speech below';

/** Right after a colon-less label line set aside for want of speech below: one more line of a list of people. */
function followsRosterLine(items: readonly Item[], i: number): boolean {
  const prev = items.slice(0, i).reverse().find((x) => x.kind !== 'skip' && x.kind !== 'meta');
  return !!prev && prev.kind !== 'label' && !!prev.aside && !!prev.shape && !/[:：]/.test(prev.shape);
}

/** One label in context: what follows it decides whether it heads speech, a list, or nothing. */
function refineLabel(items: Item[], i: number): void {
  const it = items[i]!;
  if (it.kind !== 'label') return;
  const alone = it.text === '';
  const next = nextSignificant(items, i + 1);
  // "车险：" over a list of links heads the list
  if (alone && !it.host && nextInFlow(items, i + 1)?.kind === 'skip') return demote(it, 'heads a list of links');
  // "热门影院：" over "北京：…" "上海：…": a label alone heading lines that are labels themselves is a list's title
  // (not a speaker's first paragraph, "首先：我们要…。", which has sentences)
  if (alone && !it.host && next && /^[^：:，,。]{1,8}[：:]\S/.test(next.block.text) && !SPEECH_PUNCT.test(next.block.text)) {
    return demote(it, 'heads a list of "X：…" lines');
  }
  // "资方：涨太多！劳方：像施舍！": two sides' cries set against each other in one line, a headline
  if (!alone && !it.host && it.text.length <= 40 && /[！!？?]\s*[^\s，,。！？!?：:]{1,6}[：:]\S/.test(it.text)) return demote(it, 'a headline of two sides, each after a colon');
  if (it.title !== undefined && !it.loose) {
    // colon-less label: speech must follow, else it is a bold title or a caption
    if (!isSpeechStart(next) && !isTitledProposal(items, i)) {
      it.kind = isPersonName(it.title) ? 'caption' : 'body';
      it.text = it.block.text;
      it.aside = NO_SPEECH_BELOW;
    }
    // (the last of a list of guests, "來賓：" then "role name" lines, heads the story below, not its own speech)
    else if (followsRosterLine(items, i)) demote(it, 'the last of a list of people, no voice');
    return;
  }
  if (it.shape === 'role：name' && !(isSpeechStart(next) || (next?.kind === 'body' && isQuestion(next.text)))) {
    // "主席：张三" with no speech below is a programme line
    it.aside = 'a programme line (a role and a name, no speech below)';
    it.kind = 'meta';
    it.programme = true;
    return;
  }
  // "长安基金经理栾绍菲：政策底已现" and no speech: a headline in a list, not a voice (but the last voice of a
  // page's excerpt, cut short after a clause, after a voice who spoke: "…：我打算继续读博，暂时不考虑就业")
  if (!alone && !it.host && !it.said && !SPEECH_PUNCT.test(it.text) && it.text.length <= 40 && !isSpeechStart(next) && !isCutLastVoice(items, i)) return demote(it, 'a headline (no sentence after the colon, no speech below)');
  // "街坊：投票让生活回正轨" over the article's date line: the headline of the piece, not a voice
  const below = items.slice(i + 1).find((x) => x.kind !== 'skip');
  if (!alone && !it.host && !it.said && !SPEECH_PUNCT.test(it.text) && it.text.length <= 40 && below?.kind === 'meta' && !it.speaker?.name) demote(it, 'a headline over the date line');
}

/**
 * "姜某（全国政协委员、某演员）" / "关注未成年人保护" / "让传统艺术走进课堂" / the text: a congress round-up gives each
 * person a heading with their seats in brackets, then the title of their proposal in a line or two, then its text.
 * Only after a bracketed role, the title lines short, without punctuation.
 */
function isTitledProposal(items: readonly Item[], i: number): boolean {
  if (!/[)）]$/.test(items[i]!.block.text) || (items[i]!.evidence ?? 0) < 3) return false;
  for (let n = 0, x = nextSignificant(items, i + 1); x && n < 3; n++, x = nextSignificant(items, items.indexOf(x) + 1)) {
    if (n && isSpeechStart(x)) return true;
    // (a title has no punctuation: a bracket makes the line the next person of a list, "林某（某出版社发行人）")
    if (x.kind !== 'body' || x.text.length > 24 || /[^\p{Script=Han}\w\s]/u.test(x.text)) return false;
  }
  return false;
}

/**
 * The text's last label, its speech a clause or more cut off without a full stop, right after a label whose
 * speech has sentences: the excerpt ended mid-answer.
 */
function isCutLastVoice(items: readonly Item[], i: number): boolean {
  const it = items[i]!;
  // a clause or more; or, after a label naming the person and their seat ("某某委员："), the first words
  const clause = /\p{Script=Han}{2}[，,、]\p{Script=Han}{2}/u.test(it.text) && it.text.length >= 10;
  const named = !!it.speaker?.name && !!it.speaker.role && (it.evidence ?? 0) >= 2 && it.text.length >= 4;
  if (!clause && !named) return false;
  if (items.slice(i + 1).some((x) => x.kind !== 'skip' && x.kind !== 'meta' && x.kind !== 'caption' && x.kind !== 'credit')) return false;
  for (let j = i - 1; j >= 0; j--) {
    const p = items[j]!;
    if (p.kind === 'label' && !p.host && (p.evidence ?? 0) >= 2) return SPEECH_PUNCT.test(p.text) && p.shape === it.shape;
    if (p.kind !== 'body' && p.kind !== 'skip' && p.kind !== 'meta') return false;
  }
  return false;
}

/** "主持人" alone on its line: the paragraph below is the host's question, not a section title or speech. */
function takeHostQuestions(items: Item[]): void {
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
}

/** A question on its own line ("美国国债收益率可能变为负值吗？你的预测是什么？"): no statement in it. */
function isQuestion(text: string): boolean {
  return /[？?]$/.test(text.trim()) && text.length <= 60 && !/[。！!]/.test(text);
}

/** Short lines before voices head sections; a question inside a speaker's block is asked of that speaker. */
function markSectionTitles(items: Item[]): void {
  const attributionMode = items.some((it) => it.kind === 'attribution');
  // a question asked of every speaker in turn ("债券市场存在泡沫吗？" under each of eight) is the interviewer's
  const seen = new Map<string, number>();
  for (const it of items) if (it.kind === 'body' && isQuestion(it.text)) seen.set(squeeze(it.text), (seen.get(squeeze(it.text)) ?? 0) + 1);
  // the label whose block is open (an attribution closes its block: what follows is the next one's)
  let open: Item | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind === 'label') open = it.host ? null : it;
    if (it.kind === 'attribution' || it.kind === 'topic' || it.kind === 'marker') open = null;
    if (it.kind !== 'body' || it.merged) continue;
    const next = nextSignificant(items, i + 1);
    // asked of this speaker: asked of every speaker, or in the block of a label with nothing after its
    // colon ("首席投资官：Rick Rieder", "张三："); a bold question after a speaker's speech may head a section
    const asked = (seen.get(squeeze(it.text)) ?? 0) >= 2 || open?.text === '';
    if (isQuestion(it.text) && next?.kind === 'body' && open && asked) {
      it.kind = 'question';
      continue;
    }
    if (!isTitleLike(it.text) || isPersonName(it.text)) continue;
    const heads =
      next?.kind === 'label' ||
      (it.block.emphasis && next?.kind === 'body') ||
      (attributionMode && next?.kind === 'body' && /^[“「]/.test(next.text));
    if (heads && !(items[i - 1] && items[i - 1]!.kind === 'marker')) {
      it.kind = 'topic';
      it.title = stripOrnament(it.text);
      it.implicit = true;
      open = null;
    }
  }
}

export { matchByline, SPEECH_PUNCT };
