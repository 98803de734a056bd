/** The lead's gist: one of its own sentences, verbatim, picked by the statements' summariser. */
import { describe, expect, it } from 'vitest';
import { leadGistOf } from '@/lib/lead-gist';
import type { Outline } from '@/lib/outline';
import { analyzeTextFixture } from './understand/support';

const withLead = (lead: string | null): Outline => ({ detected: true, kind: 'roundtable', script: 'simplified', headline: null, deck: null, lead, topics: [], credits: [], captions: [], evidence: [] });

describe('leadGistOf', () => {
  it.each([
    ['no outline', null, null],
    ['no lead', withLead(null), null],
    ['a lead of blank lines', withLead('\n  \n'), null],
  ])('%s → null', (_, outline, expected) => {
    expect(leadGistOf(outline)).toBe(expected);
  });

  it('one sentence: that sentence', () => {
    expect(leadGistOf(withLead('城乡融合发展是推进中国式现代化的必然要求。'))).toBe('城乡融合发展是推进中国式现代化的必然要求。');
  });

  it('on the seed: a sentence of the lead, verbatim', () => {
    const seed = analyzeTextFixture('seed.txt');
    const gist = leadGistOf(seed)!;
    expect(gist.length).toBeGreaterThan(10);
    expect(seed.lead!.replace(/\s/g, '')).toContain(gist.replace(/\s/g, ''));
  });
});
