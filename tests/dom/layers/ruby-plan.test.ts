/** The ruby plan (pure): grouping, conversions, partial plans, and calm answers to bad engine data. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RubySegment } from '@/lib/reading/contract';
import { segmentText } from '@/lib/reading/pinyin';
import { convertSegments } from '@/lib/reading/script';
import { limitPlan, planRuby, planText } from '@/entrypoints/dubao.content/layers/ruby-plan';

const TEXT = '市发展和改革委员会党组成员、副主任渠德鹏:2024年,银行行动。';

describe('planRuby', () => {
  it('covers the text exactly, per word or per character', () => {
    const segments = segmentText(TEXT, { names: ['渠德鹏'] });
    for (const grouping of ['word', 'character'] as const) {
      const plan = planRuby(TEXT, segments, grouping);
      expect(planText(plan)).toBe(TEXT);
      const rubies = plan.filter((i) => i.kind === 'ruby');
      for (const r of rubies) expect(r.readings.length).toBe(Array.from(r.base).length);
      if (grouping === 'character') expect(rubies.every((r) => Array.from(r.base).length === 1)).toBe(true);
    }
    const words = planRuby(TEXT, segments, 'word').filter((i) => i.kind === 'ruby');
    expect(words.find((r) => r.base === '渠德鹏')?.readings).toEqual(['qú', 'dé', 'péng']);
    expect(words.find((r) => r.base === '银行')?.readings).toEqual(['yín', 'háng']);
  });

  it('over converted text: bases are the conversion, character forms keep the original readings', () => {
    const text = '我们的软件发展很快';
    const plan = planRuby(text, segmentText(text), 'word', convertSegments(text, 'twp'), segmentText('我們的軟體發展很快'));
    expect(planText(plan)).toBe('我們的軟體發展很快');
  });

  it('answers from an engine that do not fit the text become plain text, never lost text', () => {
    expect(planRuby('发展', [{ text: '发', readings: ['fā'], word: false }], 'word')).toEqual([{ kind: 'text', text: '发展' }]);
    expect(planText(planRuby('发展', segmentText('发展'), 'word', [{ from: '别的', to: '別的' }]))).toBe('发展');
    expect(planRuby('', [], 'word')).toEqual([]);
  });

  it('limitPlan keeps rubies only over the given code points (whole words)', () => {
    const plan = planRuby(TEXT, segmentText(TEXT), 'word');
    const limited = limitPlan(plan, 0, 3);
    expect(planText(limited)).toBe(TEXT);
    const rubies = limited.filter((i) => i.kind === 'ruby');
    expect(rubies.map((r) => r.base)).toEqual(['市', '发展']);
    expect(limitPlan(plan, 0, 1000)).toEqual(plan);
  });
});

describe('planRuby without a conversion (the word-by-word path)', () => {
  // The general path, by way of an identity conversion: the same text, character for character.
  const general = (text: string, segments: RubySegment[], grouping: 'word' | 'character') => planRuby(text, segments, grouping, [{ from: text, to: text }]);

  it('gives the same plan as the general path, for real readings and for answers with gaps', () => {
    const texts = [TEXT, '医生说他的心脏很好，警方逮捕了一个人，不是两个。', 'A股和港股𠮷野家', '', '，。'];
    for (const text of texts) {
      for (const grouping of ['word', 'character'] as const) {
        const segments = segmentText(text);
        expect(planRuby(text, segments, grouping)).toEqual(general(text, segments, grouping));
      }
    }
  });

  it('property: any segments (readings missing, empty, or short) plan as the general path does', () => {
    const segmentArb = fc.record({
      text: fc.constantFrom('发展', '银行', '𠮷野', 'A股', '，', '', '改革委员会', 'x'),
      readings: fc.array(fc.constantFrom('fā', 'zhǎn', '', 'yín', 'háng', 'jí'), { maxLength: 6 }),
      word: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(segmentArb, { maxLength: 8 }), fc.constantFrom('word' as const, 'character' as const), fc.boolean(), (segments, grouping, misfit) => {
        const text = segments.map((s) => s.text).join('') + (misfit ? '多' : '');
        const plan = planRuby(text, segments, grouping);
        expect(plan).toEqual(general(text, segments, grouping));
        expect(planText(plan)).toBe(text);
      }),
    );
  });
});
