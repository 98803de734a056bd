/**
 * Two officials at their own event, each given a paragraph of the reporter's paraphrase ("县长某某表示，…",
 * "教育处长某某指出，…"), no one quoted: the wire's account of a meeting, not a round of views, even when each owns a
 * block of their own (batch-105: a county's ceremony for new parents' association chairs, a false feature on its
 * first run). The same two quoted in their own words stay what the blocks make them. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';

const HEADLINE = '县府为新任家长会长授证';
const LEAD = '县政府昨天下午在文化中心为今年新上任的家长会长颁发聘书，一百多位会长和各校校长到场。';
const TOLD = [
  '县长林志远表示，学校办得好不好，离不开家长出主意、出力气，县里今年会拿出专项经费，支持各校家长会开展课后服务和安全巡查。',
  '教育处长陈美华指出，今后每学期将召开一次校长与家长会长的座谈，把家长反映的午餐、校车和作业量问题列成清单，逐项答复。',
];
const TOLD_TRAD = [
  '縣長林志遠表示，學校辦得好不好，離不開家長出主意、出力氣，縣裡今年會拿出專項經費，支持各校家長會開展課後服務和安全巡查。',
  '教育處長陳美華指出，今後每學期將召開一次校長與家長會長的座談，把家長反映的午餐、校車和作業量問題列成清單，逐項答覆。',
];
const QUOTED = [
  '县长林志远表示：“学校办得好不好，离不开家长出主意、出力气，县里今年会拿出专项经费支持各校家长会。”',
  '教育处长陈美华指出：“今后每学期我们都会请校长和家长会长坐下来谈一次，家长反映的问题列成清单，逐项答复。”',
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
