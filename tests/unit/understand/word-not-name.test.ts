/**
 * Words a surname character opens, read as no name (lib/understand/prose-voices.ts, names.ts): "曾经提出", "医疗卫生",
 * a delegation's "代表团驻地", "某考生"; a full name with a given name ending 生 ("楊金生"); a name and the next word
 * ("王某用“…”来形容") where the piece names the person by two characters throughout. Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { readProseVoices } from '@/lib/understand/prose-voices';
import { isPersonName, splitSpeakerLabel } from '@/lib/understand/names';

const voiceNames = (texts: string[]): string[] => readProseVoices(texts, { text: texts.join('\n') }).voices.map((v) => v.name);

describe('prose: a common word a surname opens is no speaker', () => {
  it.each([
    ['曾经', '这位乡村医生在过去五年中，曾经提出加强乡镇卫生院建设等多件建议。'],
    ['卫生', '这部法律是医疗卫生领域的基本法，也被称为医疗卫生“母法”。'],
    // (the speaker's long title is past what the reader takes for a subject: the place before it was read instead)
    ['团驻地', '“去年我提出的基层医疗相关建议基本都落实了。”在全国两会湖北代表团驻地，湖北省宜昌市西陵区云集街道桃花岭社区党总支书记、居委会主任傅文华代表兴奋地说。'],
  ])('not "%s"', (word, sentence) => expect(voiceNames([sentence])).not.toContain(word));

  it('a person the sentence names is still read', () => {
    expect(voiceNames(['“去年我提的建议基本都落实了。”在全国两会某省代表团驻地，某社区党委书记李文华代表高兴地说。'])).toContain('李文华');
  });

  it('a short name after a person\'s title stays a name, even a word ("代表高峰说")', () => {
    expect(voiceNames(['全国人大代表高峰说：“农村的路修好了，孩子上学就方便了。”'])).toEqual(['高峰']);
  });
});

describe('names: group words, lone surnames, surnames the list lacked', () => {
  it.each([
    ['高考生', false],
    ['李学生', false],
    ['高考', true], // a surname and one character: the shape alone (the prose guard above reads the word)
    // surnames of the common hundred the list had left out: seldom anything but a surname
    ['傅文华', true],
    ['阎立新', true],
  ])('isPersonName(%s) → %s', (text, out) => expect(isPersonName(text)).toBe(out));

  it.each([
    ['楊金生', '楊金生', null],
    ['陳金生', '陳金生', null],
    ['陳生', '陳生', null],
    ['的士司機黃生', '黃生', '的士司機'],
  ])('splitSpeakerLabel(%s) → %s', (label, name, role) => {
    const split = splitSpeakerLabel(label);
    expect([split.name, split.role]).toEqual([name, role]);
  });
});
