/**
 * A column's tag for the people's words, the speaker in brackets after it, then a colon and the words:
 * "老人心声（蔡大爷）：…", "居民说（李先生）：…", "網友聲音（陳小姐）：…". The tag names no one and is the
 * same on every line; the person is in the brackets. Read as labels when two or more different people are so
 * tagged (one such line is a quotation box in a story).
 */
import { squeeze } from '../chinese/chars';
import { type Item } from './feature-items';
import { isPersonName, splitSpeakerLabel, type NameContext } from './names';

// the tag (no clause punctuation, no name of its own), the person in brackets, a colon, the words
const TAGGED = /^\s*([^（()）：:，,。！？!?“”「」\s]{2,8})\s*[（(]([^（()）：:，,。]{2,8})[)）]\s*[：:]\s*(\S.*)$/su;

/** "老人心声（蔡大爷）：…" → the person and the words; null when the brackets hold no one or the tag is a person. */
export function matchTaggedName(text: string, ctx: NameContext = {}): { tag: string; name: string; speech: string } | null {
  const m = TAGGED.exec(text);
  if (!m) return null;
  const tag = squeeze(m[1]!);
  const inner = squeeze(m[2]!);
  // (a person first, their role in brackets, is names.ts's "name（role）": not a tag's line)
  if (isPersonName(tag) || splitSpeakerLabel(tag, ctx).name) return null;
  const split = splitSpeakerLabel(inner, ctx);
  if (!split.name || split.role !== null || !isPersonName(split.name)) return null;
  return { tag, name: split.name, speech: m[3]!.trim() };
}

/** Tagged lines become labels of their words when two or more people are tagged by the same tag. */
export function labelTaggedNames(items: Item[], ctx: NameContext): void {
  const found: Array<{ item: Item; tag: string; name: string; speech: string }> = [];
  for (const it of items) {
    if (it.merged || it.kind === 'skip' || it.kind === 'caption' || (it.kind === 'label' && it.speaker?.name)) continue;
    const m = matchTaggedName(it.block.text, ctx);
    if (m && m.speech.length >= 4) found.push({ item: it, ...m });
  }
  const byTag = new Map<string, Set<string>>();
  for (const f of found) byTag.set(f.tag, (byTag.get(f.tag) ?? new Set()).add(f.name));
  for (const f of found) {
    if ((byTag.get(f.tag)?.size ?? 0) < 2) continue;
    const it = f.item;
    it.kind = 'label';
    it.host = false;
    it.speaker = { name: f.name, role: null };
    it.evidence = 3;
    it.text = f.speech;
    it.shape = 'tag（name）：';
    delete it.aside;
    delete it.title;
  }
}
