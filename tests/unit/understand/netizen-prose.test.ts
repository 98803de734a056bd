/**
 * Netizens in the reporter's prose, by the handle they post under (Latin with a space, Han, letters and digits),
 * with how they posted (回文, 留言, po文) and their own words quoted: the handle is the name, 网友/網民 the role as
 * printed. Netizens at large ("网友纷纷表示") are nobody. Sentences written here, with counter-examples.
 */
import { describe, expect, it } from 'vitest';
import { findSentenceVoice, readProseVoices } from '@/lib/understand/prose-voices';

describe('findSentenceVoice: a netizen by their handle', () => {
  it.each([
    ['网友Grace Lin则说：“加油！不要理会那些评论。”', 'Grace Lin', '网友'],
    ['网友周小舟昨回文讽：“请问能不能早点下班？”', '周小舟', '网友'],
    ['網民Kevin Ho留言說：「支持！」', 'Kevin Ho', '網民'],
    ['网友jack2024留言：“路太堵了。”', 'jack2024', '网友'],
    ['网友小美PO文：“今天排了两个小时的队。”', '小美', '网友'],
  ])('%s', (s, name, role) => {
    expect(findSentenceVoice(s)).toEqual({ name, role });
  });
  it.each(['網友昨天爆料「一碗麵要三百元」', '网友近日发帖：“排了两个小时的队。”', '网友日前留言：“太贵了。”', '网友纷纷表示：“太贵了。”', '网友对此评论说：“太贵了。”', '网友们说：“太贵了。”', '不少网友都说：“太贵了。”'])('nobody: %s', (s) => {
    expect(findSentenceVoice(s)).toBeNull();
  });
});

describe('readProseVoices: two netizens answering a post', () => {
  it('both are voices, each with their words', () => {
    const r = readProseVoices(['这段感言引来不少网友留言。', '网友周小舟昨回文讽：“请问能不能早点下班？最好早个两年。”网友Grace Lin则说：“加油！一步一脚印。”']);
    expect(r.voices.map((v) => [v.name, v.role])).toEqual([
      ['周小舟', '网友'],
      ['Grace Lin', '网友'],
    ]);
  });
});
