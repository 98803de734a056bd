/**
 * DuBao's neutral-tone convention (lib/reading/light-tone.ts, README "Readings"): neutral only for
 * particles, suffixes, reduplicated kinship terms and obligatory light words; optional light tones
 * (知识, 丈夫, 部分) take the character's tone, wherever the word is and whichever dictionary read it.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '@/lib/reading/pinyin';
import { applyToneConvention, keepsLightTone } from '@/lib/reading/light-tone';

function wordIn(text: string, word: string): string {
  const at = Array.from(text.slice(0, text.indexOf(word))).length;
  return readText(text).slice(at, at + Array.from(word).length).join(' ');
}

describe('neutral-tone convention', () => {
  it.each([
    // optional light tone → the character's tone
    ['知识就是力量。', '知识', 'zhī shí'],
    ['她的丈夫是医生。', '丈夫', 'zhàng fū'],
    ['大部分地区有雨。', '部分', 'bù fèn'],
    ['他认识很多人。', '认识', 'rèn shí'],
    ['孩子们穿上新衣服。', '衣服', 'yī fú'],
    ['保障粮食安全。', '粮食', 'liáng shí'],
    // particles, suffixes, kinship reduplication, obligatory light words → neutral
    ['我们去了学校。', '我们', 'wǒ men'],
    ['桌子上有书。', '桌子', 'zhuō zi'],
    ['他是我的妈妈。', '妈妈', 'mā ma'],
    ['价格便宜。', '便宜', 'pián yi'],
    ['他是一名乡村大夫。', '大夫', 'dài fu'],
    ['大家来量一量。', '量一量', 'liáng yi liáng'],
    ['你是不是记者？', '是不是', 'shì bu shì'],
    ['他笑了。', '了', 'le'],
  ])('%s → %s = %s', (text, word, expected) => {
    expect(wordIn(text, word)).toBe(expected);
  });

  it('the same word reads the same alone and inside a sentence', () => {
    for (const word of ['知识', '丈夫', '部分', '认识', '便宜', '妈妈']) {
      expect(readText(`我们说起${word}来。`).slice(4, 4 + word.length)).toEqual(readText(word));
    }
  });

  it('applies to readings from anywhere (a neutral syllable of a non-light character gets its tone)', () => {
    const readings: (string | null)[] = ['zhī', 'shi', 'de'];
    applyToneConvention(['知', '识', '的'], readings);
    expect(readings).toEqual(['zhī', 'shí', 'de']);
    expect(keepsLightTone(['妈', '妈'], 1)).toBe(true);
    expect(keepsLightTone(['知', '识'], 1)).toBe(false);
  });
});
