import { describe, expect, it } from 'vitest';
import { applyBudget, CONTENT_SCRIPT_ROW, DICTIONARY_CARD_ROW, findLimit, loadBudget, SUMMARIES_ROW, UNDERSTANDING_ROW, withinLimit } from '../../../scripts/bench/budget';

describe('the bench budget (scripts/bench/budget.json)', () => {
  const budget = loadBudget();

  it.each([
    ['layers/seed: pinyin viewport ÷ plain ruby', { max: 0.3 }],
    ['layers/200k: pinyin viewport ÷ plain ruby', { max: 0.3 }],
    ["layers/200k: pinyin longest animation frame − the browser's first-<ruby> frame", { max: 15 }],
    ["layers/200k: pinyin longest animation frame apart from the first <ruby>'s relayout", { max: 50 }],
    ['cold: first pinyin after the service worker was stopped, click → screen ÷ plain ruby', { max: 1 }],
    ['dictionary: lookup, paragraph read + card', { max: 16 }],
    ['detect seed page: detected', { min: 1 }],
    [CONTENT_SCRIPT_ROW, { max: 238 }],
    [DICTIONARY_CARD_ROW, { max: 20 }],
    [UNDERSTANDING_ROW, { max: 214 }],
    [SUMMARIES_ROW, { max: 80 }],
  ])('holds a limit for %s', (name, limit) => {
    expect(findLimit(budget, name)).toMatchObject(limit);
  });

  it('has no limit for a row kept for the record, and a pattern does not match past its text', () => {
    expect(findLimit(budget, 'layers/seed: pinyin viewport annotated')).toBeUndefined();
    expect(findLimit(budget, 'layers/seed: pinyin longest animation frame (LoAF)')).toBeUndefined();
  });

  it('judges a row by its limit: at the limit passes, over fails, NaN (not measured) fails', () => {
    expect(withinLimit(0.3, { max: 0.3 })).toBe(true);
    expect(withinLimit(0.31, { max: 0.3 })).toBe(false);
    expect(withinLimit(0, { min: 1 })).toBe(false);
    expect(withinLimit(Number.NaN, { max: 1 })).toBe(false);
  });

  it('sets target and pass from the budget, and lists a code target the budget lacks', () => {
    const { rows, failed, unbudgeted } = applyBudget(
      [
        { name: 'layers/seed: pinyin viewport ÷ plain ruby', value: 0.53, unit: 'ratio', target: '≤ 0.25', pass: false },
        { name: 'dictionary: lookup, paragraph read + card', value: 3.2, unit: 'ms' },
        { name: 'something new', value: 1, unit: 'ms', target: '≤ 2', pass: true },
      ],
      budget,
    );
    expect(rows[0]).toMatchObject({ target: '≤ 0.3', pass: false });
    expect(rows[1]).toMatchObject({ target: '≤ 16', pass: true });
    expect(failed.map((r) => r.name)).toEqual(['layers/seed: pinyin viewport ÷ plain ruby']);
    expect(unbudgeted.map((r) => r.name)).toEqual(['something new']);
  });
});
