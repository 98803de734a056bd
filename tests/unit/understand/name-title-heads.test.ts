/**
 * A guests' page heads each person's words with the name run on into the title ("某某台湾知名乐评人、媒体人"),
 * alone on a line. Texts written here, simplified and traditional, with a list of names and posts (no words below)
 * and a name cut short as counter-examples.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';
import { matchNameTitleHead } from '@/lib/understand/name-title-heads';

function labelled(text: string): string[] {
  const res = parseBlocks(blocksFromText(text), { fromDocument: false });
  return res.lines.filter((it) => (it.kind === 'label' || it.kind === 'attribution') && !it.host && it.speaker?.name).map((it) => it.speaker!.name!);
}

describe('matchNameTitleHead', () => {
  it.each([
    ['孟庆华大陆著名作家、历史学者', { name: '孟庆华', role: '大陆著名作家、历史学者' }],
    ['秦玉梅台湾知名乐评人、媒体人', { name: '秦玉梅', role: '台湾知名乐评人、媒体人' }],
    // a two-character name before where the guest is from
    ['鄭遠臺灣作家、電台主持人', { name: '鄭遠', role: '臺灣作家、電台主持人' }],
    // a subhead, a sentence, a title too short to be sure of the cut
    ['社区养老的新办法', null],
    ['孟庆华说了算，大家都同意', null],
    ['歐陽美議員', null],
  ])('%s', (text, want) => {
    expect(matchNameTitleHead(text)).toEqual(want);
  });
});

describe('name+title heads over their words', () => {
  it('simplified: two guests', () => {
    const text = [
      '读书沙龙嘉宾说',
      '孟庆华大陆著名作家、历史学者',
      '沙龙这种形式很好，大家面对面聊，比在网上争来争去强多了。',
      '秦玉梅台湾知名乐评人、媒体人',
      '我第一次来参加这样的活动，气氛非常好，年轻人也多。',
    ].join('\n');
    expect(labelled(text)).toEqual(['孟庆华', '秦玉梅']);
  });

  it('traditional script', () => {
    const text = ['鄭遠臺灣作家、電台主持人', '辦沙龍不一定要大場面，幾個朋友固定聚會也很好。', '黃志偉香港大學教授', '城市的文化氛圍，靠的是這些小而長久的聚會。'].join('\n');
    expect(labelled(text)).toEqual(['鄭遠', '黃志偉']);
  });

  it('a list of names and posts, no words below each, names nobody', () => {
    const text = ['出席座谈会的有：', '孟庆华长风二村居委会主任', '秦玉梅长风二村居委会民政干部', '韩晓东街道办事处副主任', '会议由街道办事处主持，与会人员就社区养老工作进行了讨论。'].join('\n');
    expect(labelled(text)).toEqual([]);
  });
});
