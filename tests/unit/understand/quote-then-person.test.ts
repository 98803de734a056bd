/**
 * Hong Kong papers' quote-first vox pop: the words, then the person and a comma with no verb of saying
 * ("「……。」加入警隊三年的姓江警員，形容…"), and the person named by surname and what they are (姓X + 警員/司機/
 * 師傅…). Sentences written here, traditional and simplified, with counter-examples.
 */
import { describe, expect, it } from 'vitest';
import { personOfChunk, readProseVoices } from '@/lib/understand/prose-voices';

describe('personOfChunk: 姓X and what they are', () => {
  it.each([
    ['加入警隊已經三年的姓江警員', { name: '江警員', role: '加入警隊已經三年的' }],
    ['姓陳的司機', { name: '陳司機', role: null }],
    ['在街市賣菜十年的姓黃師傅', { name: '黃師傅', role: '在街市賣菜十年的' }],
    // (where they live is no role)
    ['家住北角的姓李太太', { name: '李太太', role: null }],
  ])('%s', (chunk, want) => {
    expect(personOfChunk(chunk)).toEqual(want);
  });
  it.each(['老百姓', '不願透露姓名的', '同姓'])('not a person: %s', (chunk) => {
    expect(personOfChunk(chunk)).toBeNull();
  });
});

describe('readProseVoices: the words first, then the person and a comma', () => {
  it.each([
    ['「今年生意唔好，希望明年好番啲。」在街市賣菜十年的姓陳師傅，形容去年是最難捱的一年。', '陳師傅'],
    ['“经济好一点，大家都好过一点。”做了五年外卖的梁先生，希望新一年多接几单。', '梁先生'],
  ])('%s', (s, name) => {
    expect(readProseVoices([s]).voices.map((v) => v.name)).toEqual([name]);
  });
  it.each([
    // a slogan or a policy's name in quotation marks names no one
    '「一國兩制」方針，是香港繁榮穩定的基石。',
    '“双减”政策实施以来，学生的负担明显减轻。',
    // the words are followed by a thing, not a person
    '“今年的目标是把产量再提高一成。”公司的新厂房，预计明年投产。',
    '「希望明年經濟好番啲。」老百姓，都有同一個願望。',
  ])('no one: %s', (s) => {
    expect(readProseVoices([s]).voices).toEqual([]);
  });
});

describe('readProseVoices: a quoted sentence, then the person and a comma, is theirs', () => {
  it('takes the quotation before the attribution', () => {
    const r = readProseVoices(['「新年最緊要身體健康，一家人平平安安。」做中港運輸司機的郭先生，說他今年會多陪家人。']);
    expect(r.voices.map((v) => [v.name, v.role, v.sentences.length])).toEqual([['郭先生', '做中港運輸司機的', 2]]);
  });
  it('not after narrative: a sentence opening with a person and a comma, no quotation before it', () => {
    const r = readProseVoices(['昨日天氣寒冷，街上行人不多。做中港運輸司機的郭先生，今日照常開工。']);
    expect(r.voices).toEqual([]);
  });
});
