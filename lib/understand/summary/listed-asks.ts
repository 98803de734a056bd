/**
 * Requests the speaker lists after a counted announcement ("提出4大訴求，包括…、…，以及…", "提出三点期望：…“…”、“…”"):
 * the items carry no request word of their own, the announcement is what makes them asks. Each item a verbatim span.
 */

// a count before the noun ("4大訴求", "三点期望", "两条建议"): the list follows
const COUNTED = /[\d一二三四五六七八九十两兩几幾](?:大|[点點项項条條])(?:[诉訴]求|建[议議]|期望)[，,：:]?(?:包括)?/u;

/** The items of a sentence that announces counted requests (two at least, each of 4 to 40 characters), or none. */
export function extractCountedAsks(sentence: string): string[] {
  const m = COUNTED.exec(sentence);
  const asks = (m ? sentence.slice(m.index + m[0].length).split(/、|[，,]?以及|[；;]/) : [])
    // (no marker, no closing mark: "…必须“明确研讨主题，服务国家战略”" keeps the opening one, it is verbatim)
    .map((item) => item.trim().replace(/^[一二三四五六七八九十]是|^[“「『]|[。！？!?，,”」』]+$/g, ''))
    .filter((item) => item.length > 3 && item.length < 41);
  return asks.length > 1 ? asks : [];
}

// A proposal named by its title ("带来三份建议：‘关于保护…遗址，发展…’的建议", "《关于加快…的提案》"): the title says what the
// speaker asks (taken in or not since), the line is the title without its 关于 and its 的建议.
const TITLED = /[“‘「『《][关關][于於]([^”’」』》]{4,60}?)(?:的(?:建[议議]|[提议議]案)[”’」』》]|[”’」』》]\s*的?(?:建[议議]|[提议議]案))/g;

/** The titles of the speaker's proposals a sentence names, or none. */
export function extractTitledAsks(sentence: string): string[] {
  return [...sentence.matchAll(TITLED)].map((m) => m[1]!.trim());
}
