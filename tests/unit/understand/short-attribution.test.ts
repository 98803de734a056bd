/**
 * The prose reader (prose-voices.ts) on two small gaps seen in several batches: a quotation followed by an
 * attribution as short as "王某说。" (five characters, once skipped as too short to be a sentence), and the
 * surname 萧/蕭 (once missing, so "萧太称" and "蕭先生表示" named nobody). Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { readProseVoices } from '@/lib/understand/prose-voices';
import { surnameLengthAt } from '@/lib/understand/surnames';

const voices = (...texts: string[]): string[] => readProseVoices(texts).voices.map((v) => v.name);

describe('a short attribution after a quotation', () => {
  it.each([
    [['“直播带货让村里的茶叶卖到了全国。”王建国说。'], ['王建国']],
    [['「今年的生意比去年好得多。」陳志明說。'], ['陳志明']],
    [['“路修好了，日子就好过了。”李秀兰说。', '“孩子上学也方便了。”赵海涛说。'], ['李秀兰', '赵海涛']],
  ])('%j → %j', (texts, names) => expect(voices(...texts)).toEqual(names));

  it.each([
    [['王建国说。'], 'no quotation before it: too short to be a statement'],
    [['“直播带货让村里的茶叶卖到了全国。”', '全文完。'], 'a short line after a quotation that names nobody'],
  ])('%j: nobody (%s)', (texts) => expect(voices(...texts)).toEqual([]));
});

describe('the surname 萧/蕭', () => {
  it('is a surname in both scripts', () => {
    expect(surnameLengthAt('萧太')).toBe(1);
    expect(surnameLengthAt('蕭先生')).toBe(1);
  });

  it.each([
    ['退休人士萧太称，近日的争议令大家都感到难过。', ['萧太']],
    ['街坊蕭先生表示，希望政府多聽市民意見。', ['蕭先生']],
    ['市道萧条，不少商户表示生意难做。', []],
  ])('%s → %j', (text, names) => expect(voices(text)).toEqual(names));
});
