import { describe, expect, it } from 'vitest';
import { segmentWords } from '@/lib/chinese/words';
import { READING_STAGES, readParagraph, type ReadingContext } from '@/lib/reading/paragraph';
import { toOriginal } from '@/lib/reading/stage-script';
import { createWordCache } from '@/lib/reading/word-cache';

function countingContext(): ReadingContext & { segmented: string[] } {
  const segmented: string[] = [];
  return { segmented, cache: createWordCache(), segment: (text) => (segmented.push(text), segmentWords(text)) };
}

describe('the readings as one pass over a paragraph record', () => {
  it('runs the stages in the documented order', () => {
    expect(READING_STAGES.map(([name]) => name)).toEqual(['script', 'segment', 'names', 'library readings', 'word re-reads', 'corrections', 'tones']);
  });

  it.each([
    ['乡长闫万玲说，银行行长为人民服务。', ['闫万玲']],
    ['局長單曉峰帶隊走訪銀行。', []],
    ['Hello, world', []],
    ['', []],
  ])('segments %s once, whatever its script', (text, names) => {
    const ctx = countingContext();
    readParagraph(text, names, ctx);
    expect(ctx.segmented).toHaveLength(1);
  });

  // [stage, text, names, what the record holds after that stage]
  const AFTER: Array<[string, string, string[], (p: ReturnType<typeof readParagraph>) => unknown, unknown]> = [
    ['script', '銀行行長了解到', [], (p) => [p.script, p.chars.join('')], ['traditional', '银行行长了解到']],
    ['script', '银行行长了解到', [], (p) => [p.script, p.pieces], ['simplified', null]],
    ['segment', '银行行长了解到', [], (p) => p.words.map((w) => w.text), ['银行', '行长', '了解', '到']],
    ['names', '乡长闫万玲说', ['闫万玲'], (p) => [p.nameSpans, p.readings.slice(2, 5), p.readings[0]], [[[2, 5]], ['yán', 'wàn', 'líng'], null]],
    ['names', '局长单晓峰带队', [], (p) => [p.nameSpans, p.readings[2]], [[[2, 5]], 'shàn']],
    ['library readings', '单位里', [], (p) => p.readings, ['dān', 'wèi', 'lǐ']],
    ['corrections', '乡长闫万玲说', [], (p) => [p.readings[1], p.matches], ['zhǎng', [[0, 2]]]],
  ];
  it.each(AFTER)('after %s, %s (names %j) holds what that stage decides', (stage, text, names, pick, want) => {
    expect(pick(readParagraph(text, names, countingContext(), stage))).toEqual(want);
  });

  it('carries traditional readings back to the text as written, names and joins included', () => {
    const p = readParagraph('縣長單曉峰說', ['單曉峰'], countingContext());
    const back = toOriginal(p);
    expect(back.chars.join('')).toBe('縣長單曉峰說');
    expect(back.readings).toEqual(['xiàn', 'zhǎng', 'shàn', 'xiǎo', 'fēng', 'shuō']);
    expect(back.nameSpans).toEqual([[2, 5]]);
    expect(back.words.map((w) => w.text).join('')).toBe('縣長單曉峰說');
  });
});
