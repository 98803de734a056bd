/**
 * The policy lines a statement answers: quoted lines introduced by a report or its verbs (提出, 要,
 * 强调…) or continuing such a run, and the stock line on society's principal contradiction. They are shown as what the speaker answers, never as the speaker's gist.
 */

// What introduces a quoted policy line: a document or its verbs ("报告提出", "要", "强调").
const CITE_INTRO =
  /(提出|强调|強調|指出|要求|明确|明確|部署|[号號]召|[写寫]入|[写寫]道|要|[报報]告|文件|[纲綱]要|规划|規劃|讲话|講話|会议|會議)[，,:：]?\s*$/;
const QUOTE = /[“「]([^”」]*)[”」]/g;
const PRINCIPAL_LINE =
  /人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾|人民日益增長的美好生活需要和不平衡不充分的發展之間的矛盾/g;

function addOnce(out: string[], phrase: string): void {
  if (!out.includes(phrase)) out.push(phrase);
}

/** Quoted lines the statement cites from a report or a policy, in order of appearance. */
export function extractCites(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const found: Array<{ at: number; phrase: string }> = [];
    let lastEnd = -1; // end of the previous cited quote, to follow runs like 提出,“A”,“B”
    let sentenceStart = 0;
    for (const m of p.matchAll(QUOTE)) {
      // the context is the text since the last sentence end outside this quote
      const head = p.slice(0, m.index);
      const cut = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'));
      if (cut + 1 > sentenceStart) sentenceStart = cut + 1;
      const before = p.slice(sentenceStart, m.index);
      const gap = lastEnd >= 0 ? p.slice(lastEnd, m.index) : null;
      const continues = gap !== null && /^[，,、；;和及与與\s]*$/.test(gap);
      const introduced = CITE_INTRO.test(before);
      const phrase = m[1]!.trim().replace(/[。！？；，,]+$/, '');
      if ((!introduced && !continues) || Array.from(phrase).length < 4) {
        lastEnd = -1;
        continue;
      }
      lastEnd = m.index + m[0].length;
      found.push({ at: m.index, phrase });
    }
    for (const m of p.matchAll(PRINCIPAL_LINE)) found.push({ at: m.index, phrase: m[0] });
    found.sort((a, b) => a.at - b.at);
    for (const f of found) addOnce(out, f.phrase);
  }
  return out;
}
