/**
 * Line formats that name a voice only when a page repeats them, each rewritten to the plain "name：" label the
 * line classifier reads (one table row a convention; one such line is a tag, a byline or a case in a story, so two
 * or more naming different people are needed):
 * - a web transcript's bracketed turns (访谈实录, 聊天实录): "【主持人】", "【某某】" alone over the words, or
 *   "[嘉宾某某]" opening them;
 * - a column's tag with the speaker in brackets: "居民心声（王大妈）：…";
 * - a series of interviews heading each person's words with name and particulars: "某某（男，46岁）",
 *   "某某（从业5年，…）" (a sex, an age, years in a trade: not a role, so the line reads as no label alone).
 */
import { classifyLine } from './classify-lines';
import { type Item } from './feature-items';
import { type NameContext } from './names';

// (rewritten with an ASCII colon, which the classifier reads as the full-width one)
export const REPEATED_FORMATS: Array<[RegExp, string]> = [
  [/^[【[]([^【】[\]，,。：:]{2,9})[】\]][：:]?/u, '$1:'],
  [/^[^（()）：:，,]{2,8}[（(]([^（()）：:，,]{2,8})[)）][：:]/u, '$1:'],
  [/^(\p{Script=Han}{2,4})[（(](?=[^（()）]*(?:[男女][，,]|\d[岁歲年]))[^（()）]{3,30}[)）]$/u, '$1:'],
];

/** Lines of a repeated format become the labels their rewriting reads, when they name two people or more. */
export function labelRepeatedFormats(items: Item[], ctx: NameContext): void {
  for (const [format, label] of REPEATED_FORMATS) {
    const found: Array<[Item, Item]> = [];
    for (const it of items) {
      const line = it.block.text.trim();
      const text = line.replace(format, label);
      if (it.merged || text === line || !/^(?:body|topic)$/.test(it.kind)) continue;
      const read = { ...it, block: { ...it.block, text } };
      classifyLine(read, ctx);
      // (a bare name, or a role the classifier trusts before it: "以下为实录文字：" is a note, not 文字)
      if (read.kind === 'label' && read.speaker?.name && (read.host || read.evidence! > 1 || text.startsWith(read.speaker.name + ':'))) found.push([it, read]);
    }
    if (new Set(found.filter(([, r]) => !r.host).map(([, r]) => r.speaker!.name)).size < 2) continue;
    for (const [it, read] of found) Object.assign(it, { kind: 'label', host: read.host, speaker: read.speaker, evidence: 3, text: read.text, shape: read.shape, title: undefined });
  }
}
