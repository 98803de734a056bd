/**
 * A web interview's transcript names each turn's speaker in square brackets: "【主持人】" and "【某某】" alone on
 * their lines with the words below, or "[嘉宾某某]" opening the words. Texts written here, simplified and
 * traditional, with the brackets that name nobody or one person only (a column tag, a byline, a section title).
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';
import { readBracketLabel } from '@/lib/understand/bracket-labels';

/** The people the line formats name, whatever the judge decides (as scripts/reader-recall.ts reads them). */
function labelled(text: string): string[] {
  const res = parseBlocks(blocksFromText(text), { fromDocument: false });
  return res.lines.filter((it) => (it.kind === 'label' || it.kind === 'attribution') && !it.host && it.speaker?.name).map((it) => it.speaker!.name!);
}

describe('readBracketLabel', () => {
  it.each([
    ['主持人', 'host'],
    ['本报记者张明', 'host'],
    ['孟庆华', { name: '孟庆华', role: null }],
    // (the tag for a guest is no role: the page says what they are)
    ['嘉宾罗文斌', { name: '罗文斌', role: null }],
    ['街道社工罗文斌', { name: '罗文斌', role: '街道社工' }],
    // a full name ending as a role word ends (官) is still a name alone in its bracket
    ['郑立官', { name: '郑立官', role: null }],
    ['話題', null],
    // an editor's note in brackets is nobody's turn
    ['以下为访谈的实录文字', null],
    ['关注', null],
    ['相关阅读', null],
  ])('%s', (label, want) => {
    expect(readBracketLabel(label)).toEqual(want);
  });
});

describe('bracketed turns of a web transcript', () => {
  const simplified = [
    '网络访谈：社区养老怎么办',
    '【主持人】',
    '各位网友好，今天我们请来两位嘉宾，一起聊聊社区养老的新变化。',
    '【孟庆华】',
    '谢谢主持人。我在街道做了十几年养老服务，这几年最大的变化是老人愿意走出家门了。',
    '【主持人】',
    '罗老师，您怎么看？',
    '【罗文斌】',
    '我觉得关键是服务要送到家门口，老人不愿意跑远路，助餐点最好步行十分钟就能到。',
  ];
  it('two named brackets and a host: the two people are labels, the host is not a voice', () => {
    expect(labelled(simplified.join('\n'))).toEqual(['孟庆华', '罗文斌']);
  });

  it('traditional script, the words on the bracket\'s own line', () => {
    const text = [
      '【聊天實錄】',
      '[嘉賓鄭美玲]開場白：各位網友好，我是社區的社工，很高興和大家聊聊青少年的課後生活。',
      '[嘉賓黃志偉]開場白：大家好，我在學校做輔導員，平時接觸最多的就是中學生。',
      '[網友]孩子放學後沒人看管怎麼辦？',
    ].join('\n');
    expect(labelled(text)).toEqual(['鄭美玲', '黃志偉']);
  });

  it('one named bracket is a byline or a tag, not a transcript', () => {
    const text = [
      '【本报讯】',
      '【孟庆华】',
      '昨天上午，市里召开养老服务推进会，会上通报了今年的建设进度，全市新增助餐点四十个。',
      '【相关阅读】',
      '下半年还将继续推进社区食堂建设，覆盖更多老旧小区。',
    ].join('\n');
    expect(labelled(text)).toEqual([]);
  });

  it('section titles in brackets name nobody', () => {
    const text = ['【政策解读】', '今年起，社区养老服务补贴标准有所提高，符合条件的老人每月可多领一百元。', '【办事指南】', '申请人可持身份证到街道服务中心办理，材料齐全的当场受理。'].join('\n');
    expect(labelled(text)).toEqual([]);
  });
});
