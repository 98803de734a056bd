/**
 * Voices named by their bare name in a round-up, once the page has introduced voices with roles:
 * "陳某則說，…", "王某某也表示：…" opening a paragraph. The connective (則/也/亦…) sets a new person beside
 * the voices before; without it, "吳某表示，" paragraph after paragraph is a speech report's narration.
 * A person already among the voices goes on speaking (no new voice), and the voice is a reported one:
 * judge-roundup.ts decides whether such paragraphs carry the piece.
 */
import type { Item } from './feature-items';
import { isPersonName, type NameContext } from './names';
import { SAYING } from './reported-speech';

const CONNECTIVE = '(?:则|則|也|亦|同样|同樣|接着|接著|随后|隨後|还|還|更)';
const BARE = new RegExp(`^(\\p{Script=Han}{2,4}?)(${CONNECTIVE})${SAYING}(?=[，,：:“「])`, 'u');

/** "陳某則說，…" → the name; null for other openings. */
export function matchBareNameVoice(text: string, ctx: NameContext = {}): string | null {
  const m = BARE.exec(text.trim());
  if (!m) return null;
  const name = m[1]!;
  if (!isPersonName(name) && !ctx.known?.has(name)) return null;
  return name;
}

/** Paragraphs opened by a bare name and a verb of saying become reported voices, beside voices with roles. */
export function labelBareNameVoices(items: Item[], ctx: NameContext): void {
  const withRole = items.some((it) => it.kind === 'label' && !it.host && it.speaker?.name && it.speaker.role && (it.evidence ?? 0) >= 2);
  if (!withRole) return;
  const voices = new Set(items.filter((it) => it.kind === 'label' && it.speaker?.name).map((it) => it.speaker!.name!));
  for (const it of items) {
    if (it.merged || it.kind !== 'body') continue;
    const name = matchBareNameVoice(it.block.text, ctx);
    if (!name || voices.has(name)) continue;
    voices.add(name);
    it.kind = 'label';
    it.host = false;
    it.speaker = { name, role: null };
    it.evidence = 2;
    it.text = it.block.text.trim();
    it.shape = 'reported';
    it.said = true;
    it.reported = true;
  }
}
