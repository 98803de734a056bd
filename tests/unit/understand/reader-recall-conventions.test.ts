/**
 * Conventions of Chinese news writing that name a person given words, which the reader missed on dev batches
 * 21–23: a trade as the role ("参展商", "批發商"), a child named as reporters name children
 * ("陳小朋友"), and an adverb or a manner the verb list does not know between a titled person and their verb
 * ("深有感触地说", "连连称赞"). Sentences written here, simplified and traditional, each with counter-examples.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { splitSpeakerLabel } from '@/lib/understand/names';
import { findSentenceVoice } from '@/lib/understand/prose-voices';

type Row = [name: string | null, role: string | null];
const speakers = (o: Outline): Row[] => o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));

describe('splitSpeakerLabel: a trade (…商) is a role before the name', () => {
  it.each<[string, Row]>([
    ['泰国参展商苏莎', ['苏莎', '泰国参展商']],
    ['批发商王建明', ['王建明', '批发商']],
    ['水果批發商劉偉倫', ['劉偉倫', '水果批發商']],
    // the trade or the household alone names nobody
    ['供应商', [null, '供应商']],
    ['电商平台', [null, '电商平台']],
    // a household is a group word, not this rule's: the label stays a role
    ['一层住户', [null, '一层住户']],
  ])('%s', (label, [name, role]) => {
    const split = splitSpeakerLabel(label);
    expect([split.name, split.role]).toEqual([name, role]);
  });
});
