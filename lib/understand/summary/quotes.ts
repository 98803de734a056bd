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

/**
 * A sentence that is one quotation and nothing else ("“横峰的产业很有潜力，希望街道…扶持。”"): the reporter quotes the
 * speaker's own words, so what they ask or hold is read inside the marks. The inside (verbatim), or the text as it is.
 */
export function unquoteSpeech(text: string): string {
  const m = /^\s*([“「『])([^“”「」『』]{6,})([”」』])\s*$/u.exec(text);
  if (!m || '“「『'.indexOf(m[1]!) !== '”」』'.indexOf(m[3]!)) return text;
  return m[2]!.trim();
}

// (only ever used with replace, which starts from 0 and leaves lastIndex at 0)
export const QUOTED_SPANS = /“[^”]{0,500}”|「[^」]{0,500}」|『[^』]{0,500}』|‘[^’]{0,500}’/g;

/** Text with its quoted spans (“…” 「…」 『…』 ‘…’) removed: what the speaker says in their own words. */
export function stripQuoted(text: string): string {
  return text.replace(QUOTED_SPANS, '');
}

// A verb of saying right before a quote: the quote is the speaker's own words ("賴正鎧說：「…」")…
// (and the questions a speaker puts, "提出多个问题：“…？”", "一连串的问句——“…？”")
const SPEECH_VERB =
  /(?:[说說道]|表示|[称稱]|[直坦]言|笑[言說说]|[续續又]指|[补補]充|回[应應]|感[慨嘆叹]|形容|透露|强调|強調|指出|认为|認為|提到|[问問][题題句]?)(?:[：:，,]|——|—)?\s*$/;
// …unless a document or an authority is what speaks ("报告指出：“…”").
// (cues.ts's REPORT_INTRO opens with the same documents: one copy)
export const DOCUMENTS = '[报報]告|文件|[纲綱]要|规划|規劃|讲话|講話|会议|會議|[决決]定|意[见見]';
// (the documents and the authorities that speak: cues.ts reads a line they state without quotes too)
export const AUTHORITIES = /* @__PURE__ */ DOCUMENTS.concat('|政策|中央|总书记|總書記|[条條]例|通知');
const DOCUMENT = /* @__PURE__ */ new RegExp(AUTHORITIES);
// (a quote runs at most 500 characters: an unclosed mark must not make every later one scan to the end)
const QUOTED = /“[^”]{0,500}”|「[^」]{0,500}」|『[^』]{0,500}』|《[^》]{0,500}》/g;

// …or when the sentence opens on the speaker's frame and the quote goes on with what they say
// ("翁国宁表示，侨团是…的纽带，“我们坚持…”"): the frame governs the whole sentence.
const FRAME_OPENING =
  /^[^，,。！？!?：:「」“”『』]{1,30}?(?:[说說]|表示|[称稱]|[直坦]言|强调|強調|指出|认为|認為|透露|告诉记者|告訴記者|告[诉訴])[，,：:]/;

function isOwnWords(before: string, framed = false): boolean {
  if (DOCUMENT.test(before.slice(-16))) return false;
  return SPEECH_VERB.test(before) || (framed && FRAME_OPENING.test(before) && !/[“「『《]/.test(before));
}

const PROPOSAL_AFTER_TITLE = /^的?(?:建[议議]|[提议]案|議案|建言)/;

/** Whether the 《》 title closing at `end` names a proposal ("《关于…的建议》" is the document's, "《…》的建议" the speaker's). */
export function isOwnProposalTitle(text: string, end: number): boolean {
  return PROPOSAL_AFTER_TITLE.test(text.slice(end));
}

/** The share of a text's characters inside quotes that are not the speaker's own words (policy lines, slogans, 《》 titles). */
export function measureQuotedShare(text: string): number {
  const total = Array.from(text).length;
  if (total === 0) return 0;
  let inside = 0;
  for (const m of text.matchAll(QUOTED)) {
    // a quote that opens the sentence is the speaker's statement as the reporter quotes it
    if (!m[0].startsWith('《') && (m.index === 0 || isOwnWords(text.slice(0, m.index), true))) continue;
    // the title of the speaker's own proposal ("提出《…》的建议") names what they ask, it quotes no one
    if (m[0].startsWith('《') && isOwnProposalTitle(text, m.index + m[0].length)) continue;
    inside += Array.from(m[0]).length;
  }
  return inside / total;
}

/**
 * The speaker's words inside a reported-speech sentence ("賴正鎧說：「我真心覺得…」。" gives
 * "我真心覺得…"), or null when the sentence is not narration around one quote.
 */
export function extractReportedWords(text: string): string | null {
  const m = /^(.{1,80}?)(“([^“”]{10,})”|「([^「」]{10,})」)([。！？!?]?)$/su.exec(text.trim());
  if (!m || !isOwnWords(m[1]!)) return null;
  return (m[3] ?? m[4]!).trim();
}
