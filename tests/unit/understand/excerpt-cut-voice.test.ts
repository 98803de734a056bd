/**
 * A page's excerpt that ends a few words into the last member's statement (lib/understand/classify-lines.ts):
 * "某某委员：我们要把" with no clause after it. Text written here in the pattern of a paper's 讨论摘登.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';

const names = (o: Outline): Array<string | null> => o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

const digest = [
  '3月5日下午，政协委员分组讨论常委会工作报告，大家一致认为报告实事求是、重点突出。',
  '■ 凝聚共识 担当作为',
  '陈志远委员：报告总结成绩实事求是，部署工作重点突出。我们要围绕中心任务建言资政，把协商成果转化为推动发展的实际成效。',
  '林慧敏委员：报告字里行间体现了实干担当。作为委员，要不断提高履职能力，在调研中找准问题，在协商中凝聚共识。',
];

describe('the last label of an excerpt, cut after its first words', () => {
  it('a member named with the seat speaks even cut short', () => {
    const o = analyzeText([...digest, '黄建华委员：我们要把'].join('\n'));
    expect(names(o)).toEqual(['陈志远', '林慧敏', '黄建华']);
  });

  it.each([
    // a headline list: the members before it have no sentences either
    ['a list of headlines', ['陈志远委员：建言资政见实效', '林慧敏委员：提高履职能力', '黄建华委员：我们要把']],
    // a bare name, no seat: too weak to be sure
    ['a bare name', [...digest, '黄建华：我们要把']],
  ])('counter-example, %s: not a voice', (_what, lines) => {
    expect(names(analyzeText(lines.join('\n')))).not.toContain('黄建华');
  });
});
