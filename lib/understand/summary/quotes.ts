/** Quote marks and quoted spans in extracted text. */

/** Drops a quote mark left open or closed by cutting a sentence out of a quotation (the rest stays verbatim). */
export function trimQuotes(text: string): string {
  let c = text.trim();
  const opens = (c.match(/[“「『]/g) ?? []).length;
  const closes = (c.match(/[”」』]/g) ?? []).length;
  if (opens > closes) c = c.replace(/^[“「『]/, '');
  if (closes > opens) c = c.replace(/[”」』]$/, '');
  return c.trim();
}

/** Text with its quoted spans (“…” 「…」 『…』 ‘…’) removed: what the speaker says in their own words. */
export function stripQuoted(text: string): string {
  return text.replace(/“[^”]*”|「[^」]*」|『[^』]*』|‘[^’]*’/g, '');
}

/** The share of a text's characters that stand inside quotes or 《》 titles. */
export function measureQuotedShare(text: string): number {
  const total = Array.from(text).length;
  if (total === 0) return 0;
  let inside = 0;
  for (const m of text.matchAll(/“[^”]*”|「[^」]*」|『[^』]*』|《[^》]*》/g)) inside += Array.from(m[0]).length;
  return inside / total;
}
