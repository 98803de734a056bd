/** Bad input gets a calm result: any text, any page, no exception, and a well-formed outline. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeDocument, analyzeText, detectFeature } from '@/lib/understand';
import { parseHtml } from '@/scripts/cli/input';
import { readFixture } from './support';

function wellFormed(o: Outline): boolean {
  return (
    typeof o.detected === 'boolean' &&
    (o.kind !== null) === o.detected &&
    Array.isArray(o.evidence) &&
    (o.script === 'simplified' || o.script === 'traditional') &&
    Array.isArray(o.topics) &&
    o.topics.every((t) => t.statements.every((s) => s.paragraphs.length > 0 && s.summary.points.length <= 3))
  );
}

// Lines made of real feature pieces, shuffled and cut: labels, bylines, captions, credits, speech.
const pieces = [...readFixture('seed.txt').split('\n'), ...readFixture('understand/policy-address-hk.txt').split('\n')]
  .map((l) => l.trim())
  .filter(Boolean);
const line = fc.oneof(
  fc.constantFrom(...pieces),
  fc.constantFrom(...pieces).chain((p) => fc.nat(p.length).map((n) => p.slice(0, n))),
  fc.constantFrom('话题:', '【话题】', '——', '(记者 )', '本版策划:', '：', '“', '」', '@', '陈太：', 'SOURCE: x'),
  fc.string(),
);

describe('analyzeText', () => {
  it('never throws and always returns a well-formed outline', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => wellFormed(analyzeText(lines.join('\n')))),
      { numRuns: 200, seed: 7 },
    );
  });

  it('handles empty and whitespace-only text', () => {
    expect(analyzeText('')).toMatchObject({ detected: false, headline: null, topics: [] });
    expect(analyzeText(' \n\u3000\n')).toMatchObject({ detected: false, topics: [] });
  });
});

describe('analyzeDocument and detectFeature', () => {
  it('never throw on pages built from the same pieces in odd markup', () => {
    const tag = fc.constantFrom('p', 'div', 'h2', 'strong', 'li', 'span', 'td', 'founder-content');
    const element = fc.tuple(tag, line).map(([t, text]) => `<${t}>${text.replace(/[<&]/g, ' ')}</${t}>`);
    fc.assert(
      fc.property(fc.array(element, { maxLength: 25 }), (elements) => {
        const { document } = parseHtml(`<!DOCTYPE html><html><body>${elements.join('')}</body></html>`);
        const analysis = analyzeDocument(document);
        return wellFormed(analysis.outline) && typeof detectFeature(document) === 'boolean';
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('handles a document without a body', () => {
    const { document } = parseHtml('<!DOCTYPE html><html></html>');
    document.documentElement.removeChild(document.body);
    expect(detectFeature(document)).toBe(false);
    expect(analyzeDocument(document).outline.detected).toBe(false);
  });
});
