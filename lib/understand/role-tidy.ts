/**
 * A role as a reader names the person: what they are, not the words of the sentence around it. The spans the
 * matchers cut may open with the sentence's own words ("比如市民", "而主辦單位…董事長", "議案由…成員"), with page
 * furniture ("date 2025-12-20 "), with how the reporter met the person ("来自…的", "居住在…的", "旁邊的"), or
 * come wrapped in quote marks or followed by a note on the name ("(化名)"). The corpus keys (corpus README,
 * "Decision rules") write the role without these; what the person does and how old they are stay as printed.
 */

// the sentence's words before a role: conjunctions, adverbs, "including", "an interview with"
const LEAD = /^(?:比如|例如|譬如|包括|其中|另外|此外|而且|但是|不过|不過|还有|還有|就连|就連|甚至|同样|同樣|同属|同屬|另一[位名]?|专访|專訪|而(?!立)|[但也亦则則并並又由])+/;
// page furniture before the role: Latin words and figures, then a space ("date 2025-12-20 世新大學學生")
const CHROME = /^[!-~\s]*\d[!-~]*\s+(?=\p{Script=Han})/u;
// a noun, then 由 marking who does it ("議案由行政會議成員…"): the role follows (not 自由, 理由, 經由…)
const AGENT = /^\p{Script=Han}{1,3}(?<![自理缘緣经經因])由(?=\p{Script=Han}{2})/u;
// where the person comes from, lives or studies, where they stood or what they were doing at the moment: how the
// reporter met them, not what they are ("居住超过四十年的" says what they are: a long-time resident, kept)
const CIRCUMSTANCE = /^(?:来自|來自|家住|住在|居住在|居住於|居於|居于|入住|故乡|故鄉|老家|祖籍|就读|就讀|正在|在期[间間]|在场|在場|旁边|旁邊|一旁|身旁)[^的]*的/;
// the whole role in quote marks ("“板凳妈妈”"), or a quoted party before 的 ("「議會陣線」的")
const QUOTED = /^[“「『"]([^”」』"]+)[”」』"]的?$/;

/** The role without the sentence's words around it; null when nothing of a role is left. */
export function tidyRole(role: string | null): string | null {
  if (!role) return null;
  let r = role.replace(/[（(]化名[)）]/g, '').trim();
  for (let last = ''; last !== r; ) {
    last = r;
    r = r.replace(CHROME, '').replace(LEAD, '').replace(AGENT, '').replace(CIRCUMSTANCE, '');
  }
  r = r.replace(QUOTED, '$1').replace(/[-－—–:：、，,\s]+$/, '');
  return r && r !== '的' ? r : null;
}
