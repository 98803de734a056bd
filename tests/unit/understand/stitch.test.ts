/** Re-joining statements broken by an e-paper layout: chosen by evidence at the join. */
import { describe, expect, it } from 'vitest';
import { continuationScore, isFragment, pickContinuation } from '@/lib/understand/stitch';

describe('isFragment', () => {
  it.each([
    ['今年春节期间,我和妻子带着孩子一同前往榆次老城,亲眼见', true],
    ['今年,小白乡将立足“红枣苗木双擎驱动”的产业优势,以生态链串联产业链,打造绿色经济新高地;以环境整治重塑乡', true],
    ['这为我们后续的工作指明了清晰的方向。', false],
    ['太原晋中一体化', false],
    ['走出一条“以产兴村、以绿美村、以文润村”的“小白路径”', false],
    ['眾新聞整理各政黨、團體、學者就派錢的立場及意見如下：', false],
  ])('%s → %s', (text, want) => {
    expect(isFragment(text)).toBe(want);
  });
});

describe('pickContinuation', () => {
  const fragment = '今年春节期间,我和妻子带着孩子一同前往榆次老城,亲眼见';

  it('skips the displaced lead and picks the block that completes a word across the join', () => {
    const candidates = [
      '在时代发展的浪潮中,城乡融合发展已成为推动经济社会高质量发展的关键路径。我市各界人士围绕聚力城乡融合发展各抒己见。',
      '证了新春社火巡演的盛况。威武雄壮的锣鼓表演轮番上演。',
      '社火表演结束后,我们带着孩子漫步于美食街。',
    ];
    expect(pickContinuation(fragment, candidates)).toBe(1);
  });

  it('joins an adjacent piece that starts mid-word', () => {
    expect(pickContinuation('以环境整治重塑乡', ['村肌理,绘就宜居宜业新图景。'])).toBe(0);
    expect(pickContinuation('建议在夜市周边增开夜间专线，方便市民回', ['家，也能缓解交通压力。'])).toBe(0);
  });

  it('joins nothing when no block reads as the rest of the sentence', () => {
    expect(pickContinuation(fragment, ['在这里,我们不仅感受到了榆次老城深厚的文化底蕴。', '今年的政府工作报告提出,要加快发展。'])).toBe(-1);
  });

  it('scores a lead-like paragraph below zero', () => {
    expect(continuationScore(fragment, '围绕聚力城乡融合发展，我市各界人士各抒己见。')).toBeLessThan(0);
  });
});

describe('a cut that stops on a particle', () => {
  it('joins "…现在服务站的" with the line that carries on', () => {
    expect(pickContinuation('老伴走得早，以前自己做饭有一顿没一顿的。现在服务站的', ['食堂一顿饭只要8块钱，两荤一素，还有汤。'])).toBe(0);
  });
});
