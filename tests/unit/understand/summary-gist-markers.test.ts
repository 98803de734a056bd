/**
 * What marks the point and what marks a side remark (issue 18, the hand judges' poor gists on summaries-17 … -22): the
 * speaker's verdict on what matters (…的核心还是…, …至关重要, …最有效的路径) outranks a closing side remark; the honour of
 * taking part and the pleasure of the occasion (not of a result) are preamble; a sentence opened by 像一些…/你像… is an
 * example; a consequence that opens its own paragraph ("这就可能出现…") gives way to its cause; questions asked inside an
 * example begun mid-sentence (…，比如…怎么办？) are cases of the problem, not a rhetorical question the next line answers;
 * the cost of not heeding the point (如果…很难…) and the cases after "they differ" (…都不一样) support it. Each statement is made up for these tests in one pattern,
 * with the gist a reader picks; each gist case fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { hasMust, hasStance, isExample, isPreamble } from '@/lib/understand/summary/cues';
import { measureExamples } from '@/lib/understand/summary/score-units';
import { splitUnits } from '@/lib/understand/summary/split-units';

const gistOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).gist;

describe('gist: the point over the side remark', () => {
  it.each([
    [
      'the verdict on what matters (核心还是) over a closing side remark',
      ['社区食堂的核心还是价格，老人需要的无非就是便宜和方便。', '我自己最爱吃这里的红烧肉，每次来都要点一份。'],
      '社区食堂的核心还是价格，老人需要的无非就是便宜和方便。',
    ],
    [
      'the verdict (…最有效的路径) over the measure told after it',
      ['读书是改变山区孩子命运最有效的路径。', '设立“乡村阅读角”，营造爱读书的良好氛围和尊重知识的社会风气。'],
      '读书是改变山区孩子命运最有效的路径。',
    ],
    [
      'what matters most (…尤为重要) over one more thing to keep (还应…) after it',
      [
        '社区工作越来越专业，年轻人正在成为社区的骨干力量。选择合适的岗位对年轻社工尤为重要，年轻社工在工作初期应当围绕居民最急需的服务来选择方向。选定岗位以后，社工还应保持耐心、细心、热心和恒心。',
      ],
      '选择合适的岗位对年轻社工尤为重要，年轻社工在工作初期应当围绕居民最急需的服务来选择方向。',
    ],
    [
      'the point over an example opened by 像一些…',
      ['种水果既要提高产量，同时也要保证果子的品质。', '像一些果皮和果核营养价值也很高，在食品加工方面可以综合利用，产生更多效益。'],
      '种水果既要提高产量，同时也要保证果子的品质。',
    ],
    [
      'the cause over its consequence opening the next paragraph (这就可能出现…)',
      ['现在一些物业公司平时只做一点简单保洁，到年底才一次清理楼道杂物。', '这就可能出现消防通道堵塞的问题。'],
      '现在一些物业公司平时只做一点简单保洁，到年底才一次清理楼道杂物。',
    ],
    [
      'the answer to the problem over the line after the questions an example asks',
      [
        '开放学校操场会带来不少安全问题，比如市民在操场锻炼受伤了怎么办？晚上有人在里面遛狗怎么办？这些都给学校管理带来压力。',
        '这些可以通过学校和社区共同建立管理制度来解决，继续推动学校向市民开放操场。',
      ],
      '这些可以通过学校和社区共同建立管理制度来解决，继续推动学校向市民开放操场。',
    ],
    [
      'the claim over the cost of not heeding it (如果…，那么将很难…) after it',
      [
        '我走访了不少小餐馆，凡是生意好的，没有一家不讲食品安全的。',
        '食品安全已经成为小餐馆经营的生命线。',
        '如果一家餐馆的卫生工作长期马马虎虎，那么将很难在激烈的竞争中留住回头客。',
      ],
      '食品安全已经成为小餐馆经营的生命线。',
    ],
    [
      'the resolve over what would have been otherwise (如果不是…，我肯定…了)',
      ['学剪纸很辛苦，也挣不了多少钱，很难留住年轻人。', '咱们不能只看眼前的收入，老一辈传下来的手艺不能就这么断了。', '如果不是因为打心底里喜欢，我肯定早就改行了。'],
      '咱们不能只看眼前的收入，老一辈传下来的手艺不能就这么断了。',
    ],
    [
      'the pleasure of the occasion (很开心今天…揭牌) is preamble',
      ['很开心今天社区书屋正式揭牌，刚开始筹备的时候，是有一点担心！', '因为附近老人多，很多人不爱出门，我们就一家一家去请，现在每天都有二三十位老人来书屋看书聊天。'],
      '因为附近老人多，很多人不爱出门，我们就一家一家去请，现在每天都有二三十位老人来书屋看书聊天。',
    ],
    [
      'pleasure at a result (很高兴能取得…，令我…) is the view of it, no preamble',
      ['比赛之前就知道今天是自己的大日子，对手也确实很强。', '很高兴能取得关键进球，令我更有信心争取首发位置。'],
      '很高兴能取得关键进球，令我更有信心争取首发位置。',
    ],
    [
      'the point over the cases told after "they differ" (…都不一样。小的…，大一点的…)',
      ['幼儿园小班的孩子需要更细心的照顾，以养为主。', '每个年龄段的孩子午睡习惯都不一样。', '小的要大人哄着睡，稍大点儿能自己躺下，再大点儿午睡时间可以短一些。'],
      '幼儿园小班的孩子需要更细心的照顾，以养为主。',
    ],
  ])('%s', (_, paragraphs, gist) => {
    expect(gistOf(...paragraphs)).toBe(gist);
  });

  it('keeps a hopeful 如果 at the close as the gist (如果能…，将…)', () => {
    expect(gistOf('夜间集市这几年办得红火，但摊位还比较少。', '如果能用好街边空地，热闹的市集将从一条街向整个片区延伸。')).toBe('如果能用好街边空地，热闹的市集将从一条街向整个片区延伸。');
  });

  it('keeps a closing line that concludes as the gist after a plain opening line', () => {
    expect(gistOf('这几年小区的变化很大，路修好了，灯也亮了。', '所以大家都说，住在这里越来越舒心了。')).toBe('大家都说，住在这里越来越舒心了。');
  });
});

describe('the cues behind them', () => {
  it.each([
    ['发展托育服务至关重要。', true],
    ['这次改革意义重大。', true],
    ['菜场的核心还是一个“菜”字。', true],
    ['家长的陪伴对孩子来说非常重要。', true],
    ['我们今天讨论了托育服务。', false],
    ['这件事的重要性大家都知道。', false],
  ])('hasStance(%s) = %s', (text, expected) => {
    expect(hasStance(text)).toBe(expected);
  });

  it.each([
    ['今年有机会参与这部条例的审议，意义重大。', true],
    ['很荣幸参加今天的座谈会。', true],
    ['居民有机会就近看病，是件好事。', false],
    ['很开心参加今天的联欢活动。', true],
    ['很高兴取得了好成绩，令我更有信心。', false],
  ])('isPreamble(%s) = %s', (text, expected) => {
    expect(isPreamble(text)).toBe(expected);
  });

  it.each([
    ['像一些果皮和果核，营养价值也很高。', true],
    ['你像我们村，去年就建了冷库。', true],
    ['像往常一样，大家一早就来排队。', false],
    // pointing at one instance: "你看这…"
    ['你看这间铺位，去年月租才八千块。', true],
    ['你看看，大家一早就来排队。', false],
  ])('isExample(%s) = %s', (text, expected) => {
    expect(isExample(text)).toBe(expected);
  });

  it('reads an example begun mid-sentence on to its paragraph end, unless 等 closes it', () => {
    const read = (...paragraphs: string[]) => {
      const units = splitUnits(paragraphs);
      return measureExamples(
        units,
        units.map((u) => u.text),
      );
    };
    expect(read('这牵涉不少问题，比如受伤了怎么办？有人遛狗怎么办？', '学校可以和社区一起想办法。')).toEqual([false, true, false]);
    expect(read('这几年有好多方面做得不好，例如医疗、住房等等。希望下一任做得更好。')).toEqual([false, false]);
  });

  it('an instance pointed at after the claim is no closing point (issue 18, summaries-36)', () => {
    expect(gistOf('我在这条街开了二十年铺，今年的租金涨得最凶。', '你看这间铺位，去年月租才八千块，今年一开口就要一万二，我们这些小本生意真是顶不住。')).toBe(
      '我在这条街开了二十年铺，今年的租金涨得最凶。',
    );
  });

  it.each([
    // the speaker's own need is no call on anyone; the inclusive we's and an institution's still are
    ['自己需要每周去两次诊所覆诊，车费也花了不少。', false],
    ['我需要每天照顾两个孙子。', false],
    ['我们需要更多的社区护理员。', true],
    ['政府需要正视长者的需求。', true],
  ])('hasMust(%s) = %s', (text, expected) => {
    expect(hasMust(text)).toBe(expected);
  });

  it('a 13-character line with its full stop is still a fragment, not the point (issue 18, summaries-36)', () => {
    expect(gistOf('我负责社区养老这一块，所以每份提案我都会细看。', '今晚街坊会上大家讨论很热烈。')).toBe('我负责社区养老这一块，所以每份提案我都会细看。');
  });
});
