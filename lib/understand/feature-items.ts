/**
 * The plain data the parser's stages pass along: one Item per block (what the line is), and the
 * statements and topics the walk builds. No logic beyond small lookups over the item list.
 */
import type { Speaker } from '../outline';
import type { Block } from './blocks';
import type { CreditLine } from './lines';

export type LineKind =
  | 'skip'
  | 'meta'
  | 'byline'
  | 'credit'
  | 'caption'
  | 'marker'
  | 'topic'
  | 'label'
  | 'attribution'
  | 'question'
  | 'body';

export interface Item {
  block: Block;
  /** Source elements, in reading order (a re-joined paragraph has two or more). */
  els: Element[];
  /** The block's text; for a label, the speech after it; for a re-joined paragraph, both pieces. */
  text: string;
  kind: LineKind;
  speaker?: Speaker;
  evidence?: number;
  host?: boolean;
  /** A vox pop label ("市民李女士说：“…”"): weaker than a label proper, so detection needs more of them. */
  said?: boolean;
  /** Named in the reporter's sentence ("國民黨議員江某表示，…"): a vox pop only when such paragraphs carry the piece. */
  reported?: boolean;
  /** A label alone on its line without a colon, known only by its shape ("民生证券 吴春华"): counts when it repeats. */
  loose?: boolean;
  /** The label's shape, for finding parallel lines ("role name", "role：name"…). */
  shape?: string;
  title?: string;
  credits?: CreditLine[];
  reporter?: string;
  /** Taken out of the flow: the continuation of an earlier broken paragraph. */
  merged?: boolean;
  /** A section title found from context (a short line before voices), not from a 话题 marker. */
  implicit?: boolean;
  /** Between a broken paragraph and its continuation: a displaced block (the lead, a box), not the speech. */
  displaced?: boolean;
  /** Why a line read as a label was set aside (for `--explain`). */
  aside?: string;
  /** A programme line ("主持人：张三（北京大学）"): a role and names, nobody speaks. */
  programme?: boolean;
}

export interface StatementBuild {
  speaker: Speaker;
  host: boolean;
  said?: boolean;
  reported?: boolean;
  attributed?: boolean;
  /** How sure the label was (names.ts evidence); below 2 the voice does not count towards detection. */
  evidence: number;
  reporter: string | null;
  paragraphs: string[];
  els: Element[];
}

export interface TopicBuild {
  title: string | null;
  titleEl: Element | null;
  /** The title came from context (a short line before voices), not from a 话题 marker or a heading. */
  implicit: boolean;
  statements: StatementBuild[];
}

/** A reported-speech label read as the reporter's narration after all: body text again, with why. */
export function demoteReported(it: Item, why: string): void {
  it.kind = 'body';
  it.text = it.block.text;
  it.aside = why;
  delete it.speaker;
  delete it.reported;
  delete it.said;
}

export function itemOf(block: Block): Item {
  return { block, els: block.el ? [block.el] : [], text: block.text, kind: 'body' };
}

const PASSIVE: ReadonlySet<LineKind> = new Set(['skip', 'meta', 'caption', 'credit']);

/** The next item that carries text of the flow (not chrome, metadata, captions or credits). */
export function nextSignificant(items: readonly Item[], from: number): Item | null {
  for (let j = from; j < items.length; j++) if (!PASSIVE.has(items[j]!.kind)) return items[j]!;
  return null;
}

/** The next item of the flow, links included: a label right above a list of links heads the list, not speech. */
export function nextInFlow(items: readonly Item[], from: number): Item | null {
  for (let j = from; j < items.length; j++) {
    const k = items[j]!.kind;
    if (k !== 'meta' && k !== 'caption' && k !== 'credit') return items[j]!;
  }
  return null;
}

/** A paragraph of speech can start here: running text of some length. */
export function isSpeechStart(item: Item | null): boolean {
  return !!item && item.kind === 'body' && item.text.length >= 15;
}

/** A voice named with evidence: a label that is not the host's, or a "——" attribution. */
export function isVoice(item: Item): boolean {
  return (item.kind === 'label' && !item.host && (item.evidence ?? 0) >= 2) || item.kind === 'attribution';
}
