/** page-verdict.ts: a parse's outline with the extension's verdict (pure data in, data out). */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import type { PageCheck } from '@/lib/understand/detect';
import { applyPageCheck, describeCheckRefusal, parsedAloneAsFeature, refuseOutline } from '@/lib/understand/page-verdict';

const FOUND: Outline = {
  detected: true,
  kind: 'voices',
  evidence: ['2 speaker lines without a colon'],
  script: 'simplified',
  headline: '院士谈基础研究',
  deck: null,
  lead: null,
  topics: [{ title: null, statements: [{ speaker: { name: '王海明', role: '院士' }, reporter: null, paragraphs: ['基础研究是源头。'], summary: { gist: null, points: [], figures: [], cites: [], asks: [] } }] }],
  credits: [],
  captions: [],
};
const NOT_FOUND: Outline = { ...FOUND, detected: false, kind: null, evidence: ['1 voice (2 needed)'], topics: [] };

function check(over: Partial<PageCheck>): PageCheck {
  return { chinese: true, textCues: false, boldLabels: 0, looseLines: 0, paragraphVoices: null, passes: false, ...over };
}

describe('applyPageCheck', () => {
  it.each<[string, Outline, PageCheck, boolean, string[]]>([
    ['a feature on a page the check passes stays', FOUND, check({ textCues: true, passes: true }), true, ['2 speaker lines without a colon']],
    ['a feature on a page the check refuses is refused, the check first', FOUND, check({}), false, ['page check: no speaker labels, bold speaker lines, voices in paragraphs or announced round of views', 'the parse alone: 2 speaker lines without a colon']],
    ['a page with no Chinese opening says so', FOUND, check({ chinese: false }), false, ['page check: no Chinese text in the page opening', 'the parse alone: 2 speaker lines without a colon']],
    ['a refused parse stays as it was, whatever the check', NOT_FOUND, check({}), false, ['1 voice (2 needed)']],
  ])('%s', (_, outline, pageCheck, detected, evidence) => {
    const shown = applyPageCheck(outline, pageCheck);
    expect(shown.detected).toBe(detected);
    expect(shown.evidence).toEqual(evidence);
    if (!detected) {
      expect(shown.kind).toBeNull();
      expect(shown.topics).toEqual([]);
    }
    // the headline and the rest of what was read stay
    expect(shown.headline).toBe(outline.headline);
  });
});

describe('parsedAloneAsFeature', () => {
  it('tells a refused parse apart from a parse that found nothing and from a feature', () => {
    expect(parsedAloneAsFeature(refuseOutline(FOUND, describeCheckRefusal(check({}))))).toBe(true);
    expect(parsedAloneAsFeature(NOT_FOUND)).toBe(false);
    expect(parsedAloneAsFeature(FOUND)).toBe(false);
  });

  it('does not change the outline it is given', () => {
    const before = JSON.stringify(FOUND);
    refuseOutline(FOUND, 'why');
    expect(JSON.stringify(FOUND)).toBe(before);
  });
});
