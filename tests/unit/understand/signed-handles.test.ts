/**
 * A digest of netizens' comments signs each with a handle after a dash ("——小熊爱吃鱼"). Texts written here,
 * simplified and traditional, with sources after a dash and a lone epigraph as counter-examples.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';
import { matchSignedHandle } from '@/lib/understand/signed-handles';

function labelled(text: string): string[] {
  const res = parseBlocks(blocksFromText(text), { fromDocument: false });
  return res.lines.filter((it) => (it.kind === 'label' || it.kind === 'attribution') && !it.host && it.speaker?.name).map((it) => it.speaker!.name!);
}

describe('matchSignedHandle', () => {
  it.each([
    ['——小熊爱吃鱼', '小熊爱吃鱼'],
    ['——Amy的妈妈', 'Amy的妈妈'],
    ['--天涯-老周', '天涯-老周'],
    ['——摘自《读者》', null],
    ['——新华社', null],
    ['——编者', null],
    ['——2024', null],
    ['小熊爱吃鱼', null],
  ])('%s', (text, want) => {
    expect(matchSignedHandle(text)).toBe(want);
  });
});

describe('handles signing a digest of comments', () => {
  it('simplified: three comments, each signed', () => {
    const text = [
      '网友热评',
      '学校食堂的饭菜十几年没变过，孩子们都吃腻了。',
      '——小熊爱吃鱼',
      '营养餐的钱到底花在哪里了，应该把账目公开出来。',
      '——Amy的妈妈',
      '政策是好政策，关键看下面怎么执行。',
      '——吃瓜群众2号',
    ].join('\n');
    expect(labelled(text)).toEqual(['小熊爱吃鱼', 'Amy的妈妈', '吃瓜群众2号']);
  });

  it('traditional script', () => {
    const text = ['飯堂的菜又鹹又油，小朋友根本吃不下。', '——阿寶媽咪', '一餐收二十幾蚊，質素應該好啲先啱。', '——食得是福', '學校應該讓家長參與揀選供應商。', '——路過的爸爸'].join('\n');
    expect(labelled(text)).toEqual(['阿寶媽咪', '食得是福', '路過的爸爸']);
  });

  it('two sign-offs, or sources after a dash, are no digest', () => {
    const two = ['学校食堂的饭菜十几年没变过，孩子们都吃腻了。', '——小熊爱吃鱼', '营养餐的钱到底花在哪里了，应该把账目公开出来。', '——Amy的妈妈'].join('\n');
    expect(labelled(two)).toEqual([]);
    const sources = ['今年全市新增学生营养餐供应点五十个。', '——新华社', '家长可通过学校公众号查询每周菜谱。', '——摘自《晚报》', '营养餐标准每年调整一次。', '——编者'].join('\n');
    expect(labelled(sources)).toEqual([]);
  });
});
