/**
 * A live text broadcast whose page lost its line breaks (lib/understand/blocks.ts): each post's time stamp
 * ("[03-12 17:46]") opened a post, so a run-on line is cut there and the stamp dropped. Text written here in the
 * pattern of an online interview's transcript, in traditional script as such mirrors serve it.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { blocksFromText } from '@/lib/understand/blocks';

const names = (o: Outline): Array<string | null> => o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

const posts = [
  '主持人(李曉雲):感謝各位嘉賓作客我們的節目,也感謝各位網友的收看,謝謝。',
  '[03-12 17:46] 趙德明:我說一句話,醫保要管好自己的錢,不要管住病人,讓病人有選擇的餘地,公立醫院和民營醫院之間要引進競爭機制。',
  '[03-12 17:45] 楊金生:看病難、看病貴的問題,要靠健全醫療保障體系來解決,城鎮職工醫保和新農合要由一個部門統一負責。',
  '[03-12 17:44] 孫海燕:我希望基層的醫務人員能有更好的待遇和社會地位,更積極地投入到基本醫療服務當中去。',
];

describe('a run-on live transcript cut at its posts\' time stamps', () => {
  it('each stamped post is a paragraph of its own, the stamp left out', () => {
    const blocks = blocksFromText(posts.join(' '));
    expect(blocks.map((b) => b.text.slice(0, 4))).toEqual(['主持人(', '趙德明:', '楊金生:', '孫海燕:']);
  });

  it('the guests labelled by their bare names are the voices (a lone surname before a given name ending 生 included)', () => {
    const o = analyzeText(posts.join(' '));
    expect(names(o)).toEqual(['趙德明', '楊金生', '孫海燕']);
  });

  it.each([
    // one stamp in a long line is a time the text mentions
    ['one stamp', `${posts[0]} ${posts[1]}`, 1],
    // a short line's stamp is a post's own line: nothing to cut
    ['a short line', '[03-12 17:46] 趙德明:我同意。', 1],
  ])('counter-example, %s: not cut', (_what, text, count) => {
    expect(blocksFromText(text)).toHaveLength(count);
  });
});
