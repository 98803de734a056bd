/**
 * Two people under a head each (lib/understand/headed-voices.ts) and their turn in the judgement
 * (judge-headed-pair.ts): a head naming the person hands the page to them; a story's subheads name topics, and a
 * story goes back to its first person after the second. Texts written here, in the layouts of real pages.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { readHeadedPair, type Voice } from '@/lib/understand/headed-voices';

const names = (o: Outline): Array<string | null> => o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

const ZHOU: Voice = { name: '周建华', role: '乘客' };
const LIN: Voice = { name: '林秀芳', role: null };
const VIEW_ZHOU = '他在城东的工厂打工，今年总算买到了坐票，说十几个小时的车程能坐着就很满足了，为了这张票守了三个月手机。';
const VIEW_LIN = '她和丈夫带着女儿挤进车厢，说平时工作忙，只有过年才能回去陪陪父母，再累也值得，包里都是给老人的衣服。';

describe('readHeadedPair: which lines head one voice, and when two make a pair', () => {
  const cases: Array<{ what: string; texts: string[]; pair: boolean }> = [
    { what: 'a name and its address, then a dash, over each', texts: ['周建华代表——', VIEW_ZHOU, '林秀芳委员——', VIEW_LIN], pair: true },
    { what: 'a bullet, a role and the name, then the section title', texts: ['★乘客周建华 提前三个月抢票', VIEW_ZHOU, '★林秀芳 带着年货回家', VIEW_LIN], pair: true },
    { what: 'a bracketed tag opening the paragraph, the name near its start', texts: [`【群众心声】工人周建华：${VIEW_ZHOU}`, `【代表建议】全国人大代表林秀芳：${VIEW_LIN}`], pair: true },
    { what: 'the name and the view as a title', texts: ['周建华：能坐着就很满足', VIEW_ZHOU, '林秀芳：再累也值得', VIEW_LIN], pair: true },
    { what: 'a label ending on its colon is the label formats\' (not a head)', texts: ['周建华（工人）：', VIEW_ZHOU, '林秀芳（职员）：', VIEW_LIN], pair: false },
    { what: 'a head naming both is no one\'s', texts: ['周建华和林秀芳的春运', VIEW_ZHOU, VIEW_LIN], pair: false },
    { what: 'a sentence naming the person is a paragraph, not a head', texts: ['周建华买到了票。', VIEW_ZHOU, '林秀芳也回家了。', VIEW_LIN], pair: false },
    { what: 'only one headed', texts: ['★乘客周建华 提前三个月抢票', VIEW_ZHOU, `对此，林秀芳说：${VIEW_LIN}`], pair: false },
    { what: 'the first headed again after the second', texts: ['★周建华 抢票', VIEW_ZHOU, '★林秀芳 回家', VIEW_LIN, '★周建华 到站', VIEW_ZHOU], pair: false },
    { what: 'the first named again in the second section: the story going back', texts: ['★周建华 抢票', VIEW_ZHOU, '★林秀芳 回家', VIEW_LIN, '列车到站时，周建华已经收拾好了行李。'], pair: false },
    { what: 'a section with no paragraph past its head', texts: ['★周建华 抢票', VIEW_ZHOU, '★林秀芳 回家'], pair: false },
  ];
  it.each(cases)('$what', ({ texts, pair }) => {
    expect(readHeadedPair(texts, [ZHOU, LIN])?.map((s) => s.name) ?? null).toEqual(pair ? ['周建华', '林秀芳'] : null);
  });

  it('reads a name the readers gave twice, once with a stray space, as one voice', () => {
    expect(readHeadedPair(['★周建华 抢票', VIEW_ZHOU, '★林秀芳 回家', VIEW_LIN], [{ name: '周建华 ', role: '★乘客' }, ZHOU, LIN])?.length).toBe(2);
  });

  it('gives each voice the lines of its section, the head line left out', () => {
    const pair = readHeadedPair(['导语一句。', '★乘客周建华 抢票', VIEW_ZHOU, '★林秀芳 回家', VIEW_LIN], [ZHOU, LIN]);
    expect(pair?.map((s) => [s.name, s.paragraphs])).toEqual([
      ['周建华', [VIEW_ZHOU]],
      ['林秀芳', [VIEW_LIN]],
    ]);
  });
});

// two passengers, each under a head of their own, the train's scenes around their words
const HEADED = `春运路上的回家故事
今年春运客流高峰提前到来，火车站每天发送旅客超过五万人次，开往西南方向的列车几乎趟趟满员。
记者连日来在车站和列车上看到，返乡的人们大多带着大包小包，车厢过道里也站满了人。
★乘客周建华 提前三个月就开始抢票
晚上八点，开往贵阳的列车缓缓驶出站台。车厢连接处，几个年轻人正靠着行李箱打盹。
在城东一家工厂打工的周建华说：“今年总算买到了坐票，十几个小时的车程，能坐着就很满足了。为了这张票，我提前三个月就开始守着手机。”
列车员推着小车走过，车厢里飘着泡面的味道，有人在打电话报平安。
★乘客林秀芳 一家三口带着年货回家
另一节车厢里，行李架上塞满了年货，座位底下也放着两箱水果。
带着五岁女儿的林秀芳告诉记者：“平时工作忙，只有过年才能回去陪陪父母，再累也值得。包里装的都是给老人买的保暖衣服。”`;

describe('the pair under heads in the judgement', () => {
  it('takes two people under a head each, the sections their statements', () => {
    const o = analyzeText(HEADED);
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(['周建华', '林秀芳']);
    expect(o.evidence).toContain('2 voices each under a head of their own');
  });

  it('reads the first head where the page opens on it (the frame takes it for the headline)', () => {
    const o = analyzeText(HEADED.split('\n').slice(3).join('\n'));
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(['周建华', '林秀芳']);
  });

  it('refuses the same story whose subheads name its topics', () => {
    const o = analyzeText(HEADED.replace('★乘客周建华 提前三个月就开始抢票', '★提前三个月就开始抢票').replace('★乘客林秀芳 一家三口带着年货回家', '★一家三口带着年货回家'));
    expect(o.detected).toBe(false);
  });

  it('refuses the story going back to the first passenger after the second', () => {
    const o = analyzeText(`${HEADED}\n列车到达贵阳站时已是第二天中午，周建华扛着行李第一个下了车，站台上挤满了接站的人。`);
    expect(o.detected).toBe(false);
  });
});
