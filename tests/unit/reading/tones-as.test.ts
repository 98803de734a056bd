/** Tones as spoken (一/不 tone change, the default) or as written (dictionary tones), through the engine's read options. */
import { describe, expect, it } from 'vitest';
import { createReadingEngine } from '@/lib/reading/reading-engine';

const engine = createReadingEngine();
const readings = (text: string, tonesAs?: 'spoken' | 'written') =>
  engine.read([text], [], tonesAs ? { tonesAs } : undefined)[0]!.flatMap((s) => s.readings);

describe('tonesAs', () => {
  it.each([
    ['一个', ['yí', 'gè'], ['yī', 'gè']],
    ['不是', ['bú', 'shì'], ['bù', 'shì']],
    ['一起', ['yì', 'qǐ'], ['yī', 'qǐ']],
    ['一丝不苟', ['yì', 'sī', 'bù', 'gǒu'], ['yī', 'sī', 'bù', 'gǒu']],
    ['不对', ['bú', 'duì'], ['bù', 'duì']],
    ['第一', ['dì', 'yī'], ['dì', 'yī']],
    ['不好', ['bù', 'hǎo'], ['bù', 'hǎo']],
  ])('%s: spoken %j, written %j', (text, spoken, written) => {
    expect(readings(text)).toEqual(spoken); // the default is spoken
    expect(readings(text, 'spoken')).toEqual(spoken);
    expect(readings(text, 'written')).toEqual(written);
  });

  it('only 一 and 不 change: every other reading is the same either way', () => {
    const text = '我们一起去看看不远处的长城，大家都不是第一次来。';
    const spoken = readings(text, 'spoken');
    const written = readings(text, 'written');
    Array.from(text).forEach((ch, i) => {
      if (ch !== '一' && ch !== '不') expect([ch, written[i]]).toEqual([ch, spoken[i]]);
    });
  });

  it('an unknown value from a page reads as spoken', () => {
    expect(engine.read(['一个'], [], { tonesAs: 'loud' } as never)[0]!.flatMap((s) => s.readings)).toEqual(['yí', 'gè']);
    expect(engine.read(['一个'], [], 'written' as never)[0]!.flatMap((s) => s.readings)).toEqual(['yí', 'gè']);
  });
});
