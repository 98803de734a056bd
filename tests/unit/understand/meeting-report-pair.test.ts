/**
 * Two officials at their own event, each given a paragraph of the reporter's paraphrase ("县长某某表示，…",
 * "教育处长某某指出，…"), no one quoted: the wire's account of a meeting, not a round of views, even when each owns a
 * block of their own (batch-105: a county's ceremony for new parents' association chairs, a false feature on its
 * first run). The same two quoted in their own words stay what the blocks make them. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';

const HEADLINE = '县府为新任家长会长授证';
const LEAD = '县政府昨日在县体育馆举办新任中小学家长会长授证及交流活动，全县一百多位家长会长出席，现场气氛热烈。';
const TOLD = [
  '县长林志远表示，家长是孩子教育最重要的伙伴，家长会的参与不仅帮助学校推动各项教育政策，也能通过建言让学校更了解学生的需要，县府会继续支持家长会的各项工作。',
  '教育处长陈美华指出，家长会在学校运作中发挥重要作用，县府将建立学校、家长与教育行政之间的沟通平台，让家长会长更有效地参与学校事务，共同提升教育质量。',
];
const TOLD_TRAD = [
  '縣長林志遠表示，家長是孩子教育最重要的夥伴，家長會的參與不僅幫助學校推動各項教育政策，也能透過建言讓學校更了解學生的需要，縣府會繼續支持家長會的各項工作。',
  '教育處長陳美華指出，家長會在學校運作中發揮重要作用，縣府將建立學校、家長與教育行政之間的溝通平台，讓家長會長更有效地參與學校事務，共同提升教育品質。',
];
const QUOTED = [
  '县长林志远表示：“家长是孩子教育最重要的伙伴，家长会的参与不仅帮助学校推动各项教育政策，也能通过建言让学校更了解学生的需要。”',
  '教育处长陈美华指出：“家长会在学校运作中发挥重要作用，我们将建立学校、家长与教育行政之间的沟通平台，让家长会长更有效地参与学校事务。”',
];

const outline = (paragraphs: readonly string[]) => analyzeText([HEADLINE, LEAD, ...paragraphs].join('\n'));

describe('two officials paraphrased at their own event are a meeting report', () => {
  it.each([
    ['simplified', TOLD],
    ['traditional', TOLD_TRAD],
  ])('%s: no feature, and the explanation says why', (_, paragraphs) => {
    const o = outline(paragraphs);
    expect(o.detected).toBe(false);
    expect(o.evidence).toContain('a meeting report');
  });

  it('the same two quoted in their own words are still read as a pair of voices', () => {
    const o = outline(QUOTED);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['林志远', '陈美华']);
  });
});
