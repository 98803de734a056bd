/**
 * Layouts of Chinese news writing the reader missed on dev batches 15–29: a collection of statements printing two
 * voices in one "role + full name：" shape, the first with a role word the table lacks; a round-up paragraph opening
 * with a titled person, their words only sentences later or in the paragraph right after.
 * Texts written here, each with counter-examples.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';
import { findSentenceVoice, readProseVoices } from '@/lib/understand/prose-voices';

/** The people the line formats name, whatever the judge decides (as scripts/reader-recall.ts reads them). */
function labelled(text: string): string[] {
  const res = parseBlocks(blocksFromText(text), { fromDocument: false });
  return res.lines.filter((it) => (it.kind === 'label' || it.kind === 'attribution') && !it.host && it.speaker?.name).map((it) => it.speaker!.name!);
}

const voiced = (paragraphs: string[]): string[] => readProseVoices(paragraphs, { text: paragraphs.join('\n') }).voices.map((v) => v.name);

describe('two "role + full name：" labels of one collection: the weaker is the stronger one\'s twin', () => {
  const lead = '大会召开期间，侨界人士通过各种方式关注会议进程，纷纷表达自己的感受。';
  it('a role word the table lacks ("海外侨胞") beside a chairman: both voices', () => {
    const text = [
      lead,
      '某县海外侨胞罗静雯：我在海外通过直播收看了大会，报告里讲到家乡的发展，让我十分振奋。',
      '某市同乡会会长邱文昊：作为海外游子，我们一直关注家乡的变化，今年的报告给了我们很大的信心。',
    ].join('\n');
    expect(labelled(text)).toEqual(['罗静雯', '邱文昊']);
  });

  it('counter-example: a phrase before a colon beside one voice stays the reporter\'s', () => {
    const text = [
      lead,
      '家乡的新变化：这几年道路修通了，游客多了起来，村里的民宿一家接一家开张。',
      '某市同乡会会长邱文昊：作为海外游子，我们一直关注家乡的变化，今年的报告给了我们很大的信心。',
    ].join('\n');
    expect(labelled(text)).toEqual(['邱文昊']);
  });

  it('counter-example: a notice\'s numbered items are no twins, whatever their tails look like', () => {
    const text = [
      '关于做好本年度居民医保参保工作的通知',
      '一、适用范围：本市户籍居民，以及持有本市居住证的外地户籍人员。',
      '二、缴费标准：今年的个人缴费标准是每年三百元，困难群众由财政全额资助。',
    ].join('\n');
    expect(labelled(text)).not.toContain('范围');
  });
});

describe('a round-up paragraph opening with a titled person: their words later in it, or in the next', () => {
  it('the quotation three sentences after the introduction is the titled person\'s', () => {
    const paragraphs = [
      '市政协委员、某学院副院长罗静雯是连任委员。过去几年里，她走访了很多社区。为此，她今年更加关注老旧小区的改造。“今年我带来的建议是加快加装电梯，让老人出门更方便。”',
    ];
    expect(voiced(paragraphs)).toEqual(['罗静雯']);
  });

  it('a paragraph opening with a quotation after a short introduction is the introduced person\'s', () => {
    const paragraphs = ['市政协委员、某博物馆副馆长邱文昊多年来关注城市文化建设。', '“我们的博物馆不只要建得多，更要让市民愿意走进来，把它当成自己的客厅。”'];
    expect(voiced(paragraphs)).toEqual(['邱文昊']);
  });

  it('counter-examples: a quotation short as a subhead; a group a surname character opens', () => {
    expect(voiced(['市政协委员、某博物馆副馆长邱文昊多年来关注城市文化建设。', '“让文化走进生活”'])).toEqual([]);
    expect(voiced(['高校毕业生是今年就业工作的重点群体。据统计，今年的毕业生规模再创新高。“就业难主要是结构性的矛盾，岗位和专业对不上。”'])).toEqual([]);
  });
});

describe('"谈到，" before what the person said, as "提到，" is', () => {
  it('"某某谈到，…" opens their words', () => {
    expect(findSentenceVoice('邱文昊谈到，城市更新要兼顾老街区的烟火气，不能一拆了之。')?.name).toBe('邱文昊');
  });

  it('counter-example: "谈到" with its object, the topic talked about, is no verb of saying', () => {
    expect(findSentenceVoice('邱文昊谈到老街区的变化时笑了起来。')).toBeNull();
  });
});
