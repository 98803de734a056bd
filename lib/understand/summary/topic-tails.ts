/**
 * Council records list what a member raised as topics ("(2)探討長者送餐服務…,衛生局應加強人力培訓議題。", "…與助理篩選標準等議題。"):
 * the closing "等議題" / "議題" is the clerk's label for the list, not the member's words, and read in a gist or an
 * asks line it is a tail that cuts the sentence off ("…應加強宣導等議題"). What is shown leaves it out (a prefix
 * of the text, so still verbatim). A sentence that says something is a topic ("這是重要議題。", "處理議題的方式") keeps it:
 * only the label closing a topic list (opened by 探討/瞭解/質詢…, or "等議題" after what was listed) goes.
 */
const TOPIC_LIST = /^[\s(（\d一二三四五六七八九十)）、.．]*(?:探[討讨]|[瞭了]解|[關关][心切]|[質质][詢询]|[詢询]問|[针針][对對]|建?[請请]|呼[籲吁]|要求)/;
const TAIL_AFTER_LIST = /(?<=[^，,、；;。\s])等(?:議題|议题)([。；;]?)\s*$/;
const TAIL = /(?<=[^，,、；;。\s是的大小重新此該该本])(?:議題|议题)([。；;]?)\s*$/;

/** The text without a topic list's closing label ("…等議題。" → "…"); other text as it is. */
export function trimTopicTail(text: string): string {
  if (!/[議议]題\s*[。；;]?\s*$/.test(text)) return text;
  const cut = text.replace(TAIL_AFTER_LIST, '');
  if (cut !== text) return cut;
  return TOPIC_LIST.test(text) ? text.replace(TAIL, '') : text;
}

// "探討本會對待每位議員應一視同仁…", "瞭解遊蕩犬貓誘捕流程應全面更新…": the clerk's topic verb wraps a request of the member's
// own clause (its 應 before any comma); the asks line reads from what is asked.
const TOPIC_HEAD = /^(?:探[討讨]|[瞭了]解)(?=[^，,。；;]{2,30}?[应應])/;

/** An asks line without the topic verb that wraps its request ("探討X應…" → "X應…"); other text as it is. */
export function trimTopicHead(text: string): string {
  return text.replace(TOPIC_HEAD, '');
}
