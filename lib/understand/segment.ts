/**
 * Words for understanding: content words (for summaries) and whether a word runs across a join
 * (for stitching cut paragraphs), over lib/chinese/words.ts's segmentation with the common words (the list the content script carries).
 */
import { hasWordSegmenter, isWordLike, segmentCommonWords as segmentWords } from '../chinese/words';

/** Whether the segmenter reads a word across `boundary` (a UTF-16 offset in text): evidence that two pieces belong together. */
export function wordCrossesBoundary(text: string, boundary: number): boolean {
  if (!hasWordSegmenter()) return false;
  let index = 0;
  for (const w of segmentWords(text)) {
    const end = index + w.text.length;
    if (index < boundary && end > boundary && w.text.length >= 2 && isWordLike(w.text)) return true;
    index = end;
  }
  return false;
}

/** Whether the common words read `text` as one word ("曾经", "卫生"); with no list installed each character is a word. */
export function isOneCommonWord(text: string): boolean {
  const words = segmentWords(text);
  return words.length === 1 && isWordLike(words[0]!.text);
}

// Function words and news boilerplate that say nothing about what a sentence is about.
// (pure: the content script carries this module for wordCrossesBoundary, not for the summaries' stop words)
const STOP_WORDS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    '的 了 着 著 过 過 是 在 和 与 與 及 或 等 也 都 还 還 又 就 才 将 將 把 被 让 讓 对 對 于 於 从 從 向 以 为 為 而 且 并 並 但 却 卻 则 則 ' +
    '这 這 那 其 之 所 个 個 些 种 種 们 們 我 你 他 她 它 我们 我們 你们 他们 他們 大家 自己 咱们 ' +
    '一 一个 一個 一些 一种 这个 這個 这些 這些 那些 此 该 該 每 各 ' +
    '很 更 最 非常 十分 已 已经 已經 正 正在 会 會 能 可 可以 要 应 應 应该 應該 需要 不 没 沒 没有 沒有 无 無 ' +
    '上 下 中 里 裡 内 內 外 前 后 後 来 來 去 到 得 地 着 吧 呢 吗 嗎 啊 呀 嘛 哦 ' +
    '今年 去年 明年 近年来 近年來 同时 同時 其中 以及 通过 通過 进一步 進一步 不断 不斷 继续 繼續 表示 认为 認為 指出 说 說'
  ).split(/\s+/),
);

/** The content words of a text with their offsets: word-like, not stop words, not bare numbers. */
export function contentWordSpans(text: string): Array<{ word: string; index: number }> {
  const out: Array<{ word: string; index: number }> = [];
  let index = 0; // UTF-16, as the callers slice text
  for (const w of segmentWords(text)) {
    const at = index;
    index += w.text.length;
    if (!isWordLike(w.text)) continue;
    const word = w.text.toLowerCase();
    if (STOP_WORDS.has(word)) continue;
    if (/^\d+$/.test(word)) continue;
    out.push({ word, index: at });
  }
  return out;
}

