/** Issue 18, cause 3: a reporter's bracketed interjection inside a quote is not the speaker's words. */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { dropAsides, dropLeadingAsides, hasAside, isOnlyAside } from '@/lib/understand/summary/asides';
import { splitUnits } from '@/lib/understand/summary/split-units';

describe('asides', () => {
  it.each([
    ['（點解？）最緊要係搵到工做。', '最緊要係搵到工做。'],
    ['(为什么?)因为房租涨得太快了。', '因为房租涨得太快了。'],
    ['这个价钱（笑）其实不算贵。', '这个价钱其实不算贵。'],
    ['我哋（記者問：係咪真係咁難？）真係好難。', '我哋真係好難。'],
  ])('drops the interjection of %s', (text, bare) => {
    expect(dropAsides(text)).toBe(bare);
    expect(hasAside(text)).toBe(true);
  });

  it.each(['區選(區議會選舉)除了是大事，亦是開心事。', '(抗议者)提出的诉求不可能实现。', '价格（含税）是两百元。'])(
    'keeps a gloss or an insertion that is part of the sentence: %s',
    (text) => {
      expect(dropAsides(text)).toBe(text);
      expect(hasAside(text)).toBe(false);
    },
  );

  it('knows a unit that is only an interjection, and drops one at the start of what is shown', () => {
    expect(isOnlyAside('（點解？）')).toBe(true);
    expect(isOnlyAside('(笑)。')).toBe(true);
    expect(isOnlyAside('（點解？）最緊要係安全。')).toBe(false);
    expect(dropLeadingAsides('（點解？）最緊要係安全。')).toBe('最緊要係安全。');
    expect(dropLeadingAsides('(抗议者)提出的诉求。')).toBe('(抗议者)提出的诉求。');
  });
});

describe('gist: the interjection is neither a sentence nor a cue', () => {
  it.each([
    ['搞好經濟最重要。（點解？）經濟好咗，市民有工做，社會自然就穩定落嚟。', '經濟好咗，市民有工做，社會自然就穩定落嚟。'],
    ['先把老旧小区的电梯装起来。(为什么?)因为楼里住的大多是七八十岁的老人，上下楼太难了。', '因为楼里住的大多是七八十岁的老人，上下楼太难了。'],
  ])('shows the answer without the reporter’s question: %s', (statement, gist) => {
    const s = summarizeStatement([statement]);
    expect(units(statement)).not.toContain(statement.match(/[（(][^）)]*[）)]/)![0]);
    for (const piece of [s.gist ?? '', ...s.points]) {
      expect(piece.startsWith('（') || piece.startsWith('(')).toBe(false);
      expect(statement).toContain(piece);
    }
    expect([s.gist, ...s.points]).toContain(gist);
  });

  it('prefers a sentence with no interjection inside it when the two say as much', () => {
    const s = summarizeStatement(['我覺得政府應該（笑）多啲聽吓年輕人嘅意見。我覺得政府應該多啲幫吓年輕人上樓。']);
    expect(s.gist).toBe('我覺得政府應該多啲幫吓年輕人上樓。');
  });
});

const units = (statement: string) => splitUnits([statement]).map((u) => u.text);
