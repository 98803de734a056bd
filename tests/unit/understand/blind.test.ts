/**
 * The blind set: roundtables and negatives in layouts the engine was not built from (see
 * tests/fixtures/understand/blind/expected.json, written before the first run). Every speaker, topic and
 * byline must come out as written by hand; every negative must be rejected by the parse and the page check.
 */
import { describe, expect, it } from 'vitest';
import { blindFiles, scoreBlindFile } from './blind-score';
import { readFixture } from './support';

describe('blind set', () => {
  const files = blindFiles();
  it('has at least 12 roundtables and 6 negatives', () => {
    const expected = JSON.parse(readFixture('understand/blind/expected.json')) as Record<string, { detected: boolean }>;
    expect(files.filter((f) => expected[f]?.detected === true).length).toBeGreaterThanOrEqual(12);
    expect(files.filter((f) => expected[f]?.detected === false).length).toBeGreaterThanOrEqual(6);
  });
  it.each(files)('%s', (file) => {
    const result = scoreBlindFile(file);
    expect(result.problems).toEqual([]);
    expect(result.speakersRight).toBe(result.speakersTotal);
  });
});
