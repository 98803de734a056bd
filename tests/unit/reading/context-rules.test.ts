import { describe, expect, it } from 'vitest';
import { segmentWords } from '@/lib/chinese/words';
import { CONTEXT_RULES, decidingRule, ruleContext } from '@/lib/reading/context-rules';
import { readParagraph } from '@/lib/reading/paragraph';
import { readText } from '@/lib/reading/pinyin';
import type { ContextRule } from '@/lib/reading/rule-context';
import { createWordCache } from '@/lib/reading/word-cache';
import { applyWordList } from '@/lib/reading/word-list';
import { useWordDictionary } from '../../helpers/word-dictionary';

// The readings as the product makes them: with the word dictionary the background loads.
useWordDictionary();

/** A sentence with its character marked 【】: the plain sentence and the mark's code-point index. */
function unmark(sentence: string): { text: string; at: number } {
  const chars = Array.from(sentence);
  const at = chars.indexOf('【');
  if (at < 0 || chars[at + 2] !== '】') throw new Error(`mark one character: ${sentence}`);
  return { text: sentence.replace('【', '').replace('】', ''), at };
}

const ctx = { segment: segmentWords, cache: createWordCache() };

/** The paragraph as the context rules meet it: every stage before them, and the word list. */
function ruleView(text: string, at: number) {
  const p = readParagraph(text, [], ctx, 'word re-reads');
  applyWordList({ chars: p.chars, readings: p.readings, words: p.words, boundaries: p.boundaries, locked: p.locked });
  return ruleContext(p.chars, p.readings, p.words, at);
}

const label = (rule: ContextRule) => `${rule.char} ${rule.reading}: ${rule.why}`;

describe('the context-rule table', () => {
  it('every row has a reason, examples and counter-examples, each marking its character', () => {
    for (const rule of CONTEXT_RULES) {
      expect(rule.why.length, label(rule)).toBeGreaterThan(20);
      expect(rule.examples.length, label(rule)).toBeGreaterThan(0);
      expect(rule.counterExamples.length, label(rule)).toBeGreaterThan(0);
      for (const s of [...rule.examples, ...rule.counterExamples.map(([c]) => c)]) {
        const { text, at } = unmark(s);
        expect(Array.from(text)[at], s).toBe(rule.char);
      }
    }
  });

  describe.each(CONTEXT_RULES.map((rule) => [label(rule), rule] as const))('%s', (_, rule) => {
    it.each(rule.examples.map((s) => [s]))('example %s: the row decides, the paragraph reads it', (sentence) => {
      const { text, at } = unmark(sentence);
      const view = ruleView(text, at);
      expect(rule.applies(view)).toBe(true);
      // Where the word list leaves the character open, this row (not an earlier one) decides.
      expect(decidingRule(view, false)).toBe(rule);
      expect(readText(text)[at]).toBe(rule.reading);
    });

    it.each(rule.counterExamples.map(([s, reads]) => [s, reads]))('counter-example %s: the row does not apply, it reads %s', (sentence, reads) => {
      const { text, at } = unmark(sentence);
      expect(rule.applies(ruleView(text, at))).toBe(false);
      expect(readText(text)[at]).toBe(reads);
    });
  });
});
