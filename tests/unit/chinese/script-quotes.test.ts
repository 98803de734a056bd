import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertQuotes } from '@/lib/chinese/script-quotes';

// [text, corner style expected]
const TABLE: Array<[string, string]> = [
  ['他说：“我们支持这一决定。”', '他说：「我们支持这一决定。」'],
  ['“十三五”里民生领域', '「十三五」里民生领域'],
  ['他说：“这是‘新常态’的开始。”', '他说：「这是『新常态』的开始。」'],
  ['他说“OK”。', '他说「OK」。'],
  // English inside a Chinese page: apostrophes and Latin quotes stay.
  ['Tom’s book is “great”.', 'Tom’s book is “great”.'],
  ['他读了 Tom’s book。', '他读了 Tom’s book。'],
  ['the students’ union 学生会', 'the students’ union 学生会'],
  ['don’t', 'don’t'],
  // A lone mark (its partner in another text node) by its Chinese neighbour.
  ['”里民生', '」里民生'],
  ['代表说“', '代表说「'],
  // Straight quotes are not quotation marks this changes.
  ['他说"好"。', '他说"好"。'],
];

describe('convertQuotes', () => {
  it.each(TABLE)('%s → %s', (text, expected) => {
    expect(convertQuotes(text, 'corner')).toBe(expected);
    expect(convertQuotes(expected, 'curly')).toBe(text);
  });

  it('uses the neighbouring text for a lone mark at an edge', () => {
    expect(convertQuotes('“', 'corner', { after: '十三五' })).toBe('「');
    expect(convertQuotes('“', 'corner', { after: 'Hello' })).toBe('“');
    expect(convertQuotes('”', 'corner', { before: '十三五' })).toBe('」');
  });

  it('curly: every corner bracket back to its curly mark', () => {
    expect(convertQuotes('「這是『新常態』的開始。」', 'curly')).toBe('“這是‘新常態’的開始。”');
  });

  const alphabet = fc.constantFrom(...Array.from('中国人民说好的一“”‘’ abcXYZ19。，：、!?."\'\n'));
  const text = fc.array(alphabet, { maxLength: 40 }).map((a) => a.join(''));

  it('property: the way back is exact, one mark for one mark', () => {
    fc.assert(
      fc.property(text, (t) => {
        const corner = convertQuotes(t, 'corner');
        expect(Array.from(corner)).toHaveLength(Array.from(t).length);
        expect(convertQuotes(corner, 'curly')).toBe(t);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: nothing outside Chinese text is touched', () => {
    const latin = fc.array(fc.constantFrom(...Array.from('abcXYZ19 “”‘’.,!?"\'\n')), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(latin, text, (t, any) => {
        // Text without Chinese stays as it is, and only quotation marks ever change.
        expect(convertQuotes(t, 'corner')).toBe(t);
        const out = Array.from(convertQuotes(any, 'corner'));
        Array.from(any).forEach((c, k) => {
          if (out[k] !== c) expect('“”‘’').toContain(c);
        });
        // A mark between two Latin letters (an apostrophe) never changes.
        const a = Array.from(any);
        a.forEach((c, k) => {
          if (/[a-zA-Z]/.test(a[k - 1] ?? '') && /[a-zA-Z]/.test(a[k + 1] ?? '')) expect(out[k]).toBe(c);
        });
      }),
      { numRuns: 3000 },
    );
  });
});
