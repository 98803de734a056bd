/**
 * The question a speaker answers (a roundtable's topic, a panel host's question), read for what kind of
 * answer it asks for: a rating asks for a score, "what impressed you most" for the thing singled out, "why"
 * for a reason, "what should be improved" for a request, "how do you see it" for a view: the sentence that
 * gives that kind of answer is likely the speaker's answer. (Repeating the question's words is no such sign:
 * a preamble restates the question as often as an answer does. A headline that names the speaker is no question: it
 * sums up what they said, and the sentence it repeats is their point: echoHeadline.)
 */
/** What the sidebar knows around one statement. */
export interface SummaryContext {
  /** The topic title or the host's question the statement answers; null when there is none. */
  question?: string | null;
}

export type AnswerKind = 'score' | 'focus' | 'reason' | 'request' | 'view';

// Ordered: the first kind the question asks for decides ("你最希望…" asks for a request).
const ASKS: ReadonlyArray<readonly [AnswerKind, RegExp]> = [
  ['score', /[几幾]分|多少分|打分|打[幾几]分|[評评]分|分[数數]|[及合]格/],
  ['request', /[希期]望|期待|建[议議]|改[进進善]|[诉訴要]求|应该|應該|怎么办|怎麼辦|如何(?:解[决決]|做)/],
  ['focus', /最[^，,。？?！!]{0,6}(?:深|难忘|難忘|大|[多想]|[关關]心|[关關]注|在意|喜[欢歡]|[担擔]心)|印象/],
  ['reason', /为什么|為什麼|[为為]何|原因|怎么会|怎麼會/],
  ['view', /怎[么麼]看|如何看|看法|评价|評價|观点|觀點|意味[着著]|怎么样|怎麼樣|如何[评評]|感受|[觉覺]得/],
];

/** The kind of answer a question asks for, or null (a title that asks nothing, "其他"). */
export function readQuestionKind(question: string | null | undefined): AnswerKind | null {
  if (!question) return null;
  for (const [kind, re] of ASKS) if (re.test(question)) return kind;
  return null;
}

// The speaker singles something out ("印象最深的是…", "最大的变化是…"); summary/cues.ts reads it too.
export const FOCUS = /最[^，,。！？!?；;]{1,6}?的(?:[^，,。！？!?；;]{0,6}?)(?:是|就是|要[数數]|莫过于|莫過於|[还還]是)|印象(?:最|特别|特別|比较|比較)?深|的印象(?:是|就是|[还還]是)/;

// The forms of each kind of answer, in simplified and traditional script.
const ANSWERS: Readonly<Record<AnswerKind, RegExp>> = {
  // a number of points, not the adverb 十分 'very' (十分重要) nor 三分之一, 十分钟
  score: /(?:\d+(?:\.\d+)?|[０-９]+|[一二三四五六七八九]十|[一二三四五六七八九兩两半]|(?<=[给給打得拿有])十)\s*分(?![之钟鐘鍾别別析开開享配布散手类類])|不及格|及格|合格|满分|[滿零]分/,
  focus: FOCUS,
  reason: /因[为為]|由[于於]|原因是|原因在于|原因在於|之所以|是[为為]了|[为為]的是/,
  request: /[希期]望|建[议議]|应该|應該|应当|應當|要求|呼吁|呼籲|盼|冀/,
  view: /我(?:[们們])?(?:认为|認為|[觉覺]得|相信|看[来來])|在我看[来來]|感[觉覺]/,
};

// A section headline that names a voice and gives their point ("某某委员：提高技能人才地位", "支持者：…"): features head each
// voice with its name and the reporter's one-line summary of what was said, so the sentence that repeats most of that line
// is the one it sums up. (Not a byline, "文：…", nor a host's or a topic's label, nor a camp's, "支持者：…", whose line is
// one voice's quote for many; a question asks, it sums up nothing.)
const HEADLINE = /^\s*(?!主持|[记記编編]者|[话話议議主][题題]|[问問答第\d])[\p{Script=Han}·]{2,8}(?<!者)\s*[：:]\s*([^？?]{6,})$/u;

/**
 * Per sentence, whether it is the one a headline naming the speaker sums up (HEADLINE): the sentence holding the most of
 * the headline's character pairs, at least half of them. All false without such a headline.
 */
export function echoHeadline(texts: readonly string[], question: string | null | undefined): boolean[] {
  const claim = (question && HEADLINE.exec(question)?.[1]?.replace(/\P{Script=Han}/gu, '')) || '';
  const shares = texts.map((t) => {
    let n = 0;
    for (let i = 1; i < claim.length; i++) n += +t.includes(claim.slice(i - 1, i + 1));
    return n / (claim.length - 1);
  });
  const top = Math.max(...shares);
  return shares.map((x) => top >= 0.5 && x === top);
}

/** Whether a sentence gives the kind of answer asked for. */
export function answersKind(text: string, kind: AnswerKind | null): boolean {
  return kind !== null && ANSWERS[kind].test(text);
}
