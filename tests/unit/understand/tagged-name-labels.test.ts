/**
 * A column's tag, the speaker in brackets, a colon, the words: "居民心声（王大妈）：…". Texts written here,
 * simplified and traditional, with a person's own "name（role）：" line and a single tagged line as counter-examples.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';
import { matchTaggedName } from '@/lib/understand/tagged-name-labels';

function labelled(text: string): string[] {
  const res = parseBlocks(blocksFromText(text), { fromDocument: false });
  return res.lines.filter((it) => (it.kind === 'label' || it.kind === 'attribution') && !it.host && it.speaker?.name).map((it) => it.speaker!.name!);
}

describe('matchTaggedName', () => {
  it.each([
    ['居民心声（王大妈）：楼道里的灯终于修好了，晚上下楼不用摸黑。', { tag: '居民心声', name: '王大妈', speech: '楼道里的灯终于修好了，晚上下楼不用摸黑。' }],
    ['街坊聲音(陳小姐):巴士班次太少，每天上班都要等半個鐘。', { tag: '街坊聲音', name: '陳小姐', speech: '巴士班次太少，每天上班都要等半個鐘。' }],
    // a person, then a role in brackets: the person's own label, not a tag's
    ['冯立新（退休教师）：社区食堂的饭菜比自己做的还便宜。', null],
    // brackets holding no person
    ['政策解读（上）：今年的补贴标准有所提高。', null],
  ])('%s', (text, want) => {
    expect(matchTaggedName(text)).toEqual(want);
  });
});

describe('tagged voices of a column', () => {
  it('simplified: two residents under the same tag', () => {
    const text = [
      '老旧小区改造后，记者回访了几户居民。',
      '居民心声（王大妈）：楼道里的灯终于修好了，晚上下楼不用摸黑。',
      '居民心声（李先生）：停车位还是不够，希望下一步能规划一下。',
    ].join('\n');
    expect(labelled(text)).toEqual(['王大妈', '李先生']);
  });

  it('traditional script', () => {
    const text = ['街坊聲音(陳小姐):巴士班次太少，每天上班都要等半個鐘。', '街坊聲音(黃伯伯):街市翻新之後乾淨了好多，不過租金貴了。'].join('\n');
    expect(labelled(text)).toEqual(['陳小姐', '黃伯伯']);
  });

  it('one tagged line is a quotation box, not a column of voices', () => {
    const text = ['老旧小区改造后，楼道、管线、外墙都换了新样子。', '居民心声（王大妈）：楼道里的灯终于修好了，晚上下楼不用摸黑。', '据了解，今年全市还将改造小区一百余个。'].join('\n');
    expect(labelled(text)).toEqual([]);
  });
});
