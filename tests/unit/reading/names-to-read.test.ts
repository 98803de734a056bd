import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { namesToRead } from '@/lib/reading/names-to-read';
import { analyzeTextFixture } from '../understand/support';

/** An outline with just what the rule looks at. */
function outline(speakers: Array<string | null>, reporters: Array<string | null>, credits: string[][]): Outline {
  const statements = speakers.map((name, k) => ({ speaker: { name, role: null }, reporter: reporters[k] ?? null }));
  return { topics: [{ statements }], credits: credits.map((names) => ({ role: '摄影', names })) } as unknown as Outline;
}

describe('namesToRead (the page and the CLI alike)', () => {
  it.each([
    ['speakers in order, each once', outline(['渠德鹏', '闫万玲', '渠德鹏'], [], []), ['渠德鹏', '闫万玲']],
    ['reporters of their statements after the speakers', outline(['王静'], ['单晓峰'], []), ['王静', '单晓峰']],
    ['credited people', outline([], [], [['曾佳', '解红梅']]), ['曾佳', '解红梅']],
    ['a speaker who is also credited, once', outline(['曾佳'], [null], [['曾佳']]), ['曾佳']],
    ['no names: roles only, blank credits', outline([null], [null], [['  ']]), []],
  ])('%s', (_, given, want) => {
    expect(namesToRead(given)).toEqual(want);
  });

  it('on the seed: its four speakers first', () => {
    const names = namesToRead(analyzeTextFixture('seed.txt'));
    expect(names.slice(0, 4)).toEqual(['渠德鹏', '张新海', '闫万玲', '王静']);
  });
});
