/**
 * Numbered quote digests (lib/understand/numbered-quotes.ts): a number, the quotation, dashes or none,
 * then a dated sentence naming the speaker. Lines written here, in the layout of year-end quote lists.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { matchNumberedQuote } from '@/lib/understand/numbered-quotes';

type Row = [name: string, role: string | null];

describe('matchNumberedQuote', () => {
  const yes: Array<[string, Row]> = [
    ['1、“公园晚上也该开着，散步的人多。”---2019年5月7日，市园林局副局长高志远回应市民提问时说。', ['高志远', '市园林局副局长']],
    ['2、“课后服务不能变成第二课堂，孩子需要休息。”--某晚报报道：2019年3月，全国政协委员、北方师范大学教授林春华表示，他将就此提交提案。', ['林春华', '全国政协委员、北方师范大学教授']],
    ['3、“城市更新不是大拆大建。”2019年3月11日，全国人大代表、某建设集团副总裁于海涛对记者说。', ['于海涛', '全国人大代表、某建设集团副总裁']],
    ['四、“老城的路，要慢慢修。”——2019年1月16日，江城市委副书记、市长钱立新在工作会议上说。', ['钱立新', '江城市委副书记、市长']],
  ];
  it.each(yes)('%s', (text, row) => {
    const m = matchNumberedQuote(text);
    expect(m && [m.name, m.role]).toEqual(row);
  });
  const no: string[] = [
    '3、“不准乱收费”--2019年3月6日，某局高层领导在例会上说。', // nobody named
    '4、“物价平稳增长。”----专家解析物价变化的原因。', // an expert, no name
    '1、“如何看待城市更新”（专题）', // no attribution
    '5、城市更新不是大拆大建---2019年3月，市长钱立新说。', // no quotation
  ];
  it.each(no)('not: %s', (text) => expect(matchNumberedQuote(text)).toBeNull());
});

describe('a numbered digest in a text', () => {
  it('two or more numbered quotations naming their speakers make a feature of voices', () => {
    const o = analyzeText(
      [
        '2019年城市热语',
        '1、“公园晚上也该开着，散步的人多。”---2019年5月7日，市园林局副局长高志远回应市民提问时说。',
        '2、“不准乱收费。”--2019年3月6日，某局高层领导在例会上说。',
        '3、“城市更新不是大拆大建，要留住老街坊。”2019年3月11日，全国人大代表、某建设集团副总裁于海涛对记者说。',
      ].join('\n'),
    );
    expect(o.detected).toBe(true);
    expect(o.kind).toBe('voices');
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['高志远', '于海涛']);
  });
  it('one named quotation in a numbered list is no feature', () => {
    const o = analyzeText(
      [
        '2019年城市热语',
        '1、“公园晚上也该开着，散步的人多。”---2019年5月7日，市园林局副局长高志远回应市民提问时说。',
        '2、“不准乱收费。”--2019年3月6日，某局高层领导在例会上说。',
      ].join('\n'),
    );
    expect(o.detected).toBe(false);
  });
});
