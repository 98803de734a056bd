/**
 * Requests the speaker lists rather than puts one by one: announced by a counted noun ("提出4大訴求，包括…、…，以及…",
 * "提出三点期望：一是…；二是…", the items then in that sentence or in the item sentences after it), or said in quotes
 * right after a request word ("他奉勸馬，「至少奮戰到最後一刻」", "訴求「地方要觀光，不要殯儀館」"): the items carry no
 * request word of their own, the announcement or the verb is what makes them asks. Each item a verbatim span.
 */
import { isListItem, stripListMarker } from './list-markers';

const REQUEST_NOUN = '(?:[诉訴]求|要求|建[议議]|期望|期待|希望|提[议議]|倡[议議])';
// a count before the noun ("4大訴求", "三点期望", "以下几点建议"): the list follows
const COUNTED = new RegExp(
  `(?:[\\d０-９]{1,2}|[一二三四五六七八九十两兩几幾多])\\s*(?:大|[点點项項条條个個])\\s*(?:[的])?${REQUEST_NOUN}(?:[，,：:]|——)?\\s*(?:包括|包含|分[别別]是|就是|即|如下)?[：:，,]?`,
  'u',
);
// a request word, then the quoted words it asks (at most a short object between: "奉勸馬，「…」")
const QUOTED_ASK =
  /(?:奉[劝勸]|[劝勸]告|呼[吁籲]|促[请請]|[诉訴]求|要求|提醒|高[喊呼]|喊出)[^，,。！？!?「“『」”』]{0,6}?[，,：:]?\s*[「“『]([^「“『」”』《》]{4,60})[」”』]/gu;
// the separators of a run of items; a marker that is a word of the item ("一是…") opens it
const ITEM_SPLIT = /、|[，,]?(?:以及|及其他)|[；;]|[，,](?=[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|[（(][一二三四五六七八九十\d][）)])/u;
const WORD_MARKER = /^\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]?|其[一二三四五六七八九十][，,、]?)/u;
const HAN = /\p{Script=Han}/gu;
const countHan = (s: string) => (s.match(HAN) ?? []).length;

/** An item as shown: no marker, no closing mark, its first clause when it runs on. */
function tidyItem(item: string): string | null {
  let out = stripListMarker(item.trim()).replace(WORD_MARKER, '').replace(/^(?:[和与與及]|以及)/, '');
  // an item said in quotes ("…必须“明确研讨主题，服务国家战略”") asks what the quote says
  const quoted = /[“「『]([^“”「」『』]{4,})[”」』]?$/u.exec(out);
  if (quoted) out = quoted[1]!;
  if (countHan(out) > 40) out = out.replace(/[，,][^]*$/, '');
  out = out.replace(/[。！？!?；;，,…”」』]+$/, '').trim();
  const han = countHan(out);
  return han >= 4 && han <= 40 ? out : null;
}

/** The items of a sentence that announces counted requests, and whether the list goes on in the sentences after it. */
export function extractCountedAsks(sentence: string): { asks: string[]; open: boolean } {
  const m = COUNTED.exec(sentence);
  if (!m) return { asks: [], open: false };
  const list = sentence.slice(m.index + m[0].length).replace(/[。！？!?]+[”」』]*\s*$/, '');
  // (nothing after the announcement: the items are the sentences that follow)
  if (countHan(list) < 4) return { asks: [], open: true };
  const asks = list.split(ITEM_SPLIT).flatMap((item) => tidyItem(item) ?? []);
  if (asks.length >= 2) return { asks, open: false };
  // (the first item joined to the announcement, "我有三点期望：一是…。", the others in the sentences after)
  const first = isListItem(list);
  return { asks: first ? asks : [], open: first };
}

/** An item sentence of a list announced before it ("二是加强…"): its first clause, or null. */
export function extractItemAsk(sentence: string): string | null {
  return tidyItem(stripListMarker(sentence).replace(WORD_MARKER, '').split(/[，,；;。！？!?]/)[0]!);
}

export { isListItem };

/** The quoted words right after a request word ("奉勸馬，「…」"), each verbatim. */
export function extractQuotedAsks(sentence: string): string[] {
  return [...sentence.matchAll(QUOTED_ASK)].flatMap((m) => tidyItem(m[1]!) ?? []);
}
