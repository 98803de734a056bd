/**
 * The common words Chrome's background sends a Chinese page are cut at build time (the virtual
 * module), the whole list staying with the engines: the same text as the cut made from the whole list.
 */
import { describe, expect, it } from 'vitest';
import wordCosts from 'virtual:dubao-word-costs';
import commonWordCosts from 'virtual:dubao-common-word-costs';
import { COMMON_MAX_COST, cutWordCosts } from '@/lib/chinese/word-costs';

describe('the build’s common words', () => {
  it('are the whole list cut at COMMON_MAX_COST, and only part of it', () => {
    expect(commonWordCosts).toBe(cutWordCosts(wordCosts, COMMON_MAX_COST));
    expect(commonWordCosts.length).toBeGreaterThan(10_000);
    expect(commonWordCosts.length).toBeLessThan(wordCosts.length / 2);
    const costs = commonWordCosts.split('\n').map((line) => Number(line.slice(0, line.indexOf('\t'))));
    expect(Math.max(...costs)).toBeLessThanOrEqual(COMMON_MAX_COST);
    expect(commonWordCosts).toMatch(/\t[^\n]*的/); // the commonest word is in
  });
});
