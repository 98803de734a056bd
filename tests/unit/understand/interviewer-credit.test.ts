/**
 * The interviewer a page credits (lib/understand/interviewer-credit.ts): their labelled turns are the host's.
 * Sentences written here, in the layouts of real one-person interviews and panels.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';

const speakers = (text: string) =>
  analyzeText(text).topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

describe('a credited interviewer is the host', () => {
  it.each([
    [
      'traditional, the credit shared with the writing',
      `【周立平社長專訪】把地方議會變成監督的力量
採訪/ 文字：《新報》社長周立平
地方選舉剛結束，新政黨的路要怎麼走？我們請黨主席談談。
周立平（《新報》社長，以下簡稱「周」）：去年你們在北部提名七席議員當選六席，成績不錯。
這個成果最主要的原因，你認為是什麼？
林正宏（新黨主席，以下簡稱「林」）：其實是有一群堅實支持我們的選民，我們的訴求就是強而有力的監督。
我們不是要進入議會去護航，而是要做一個監督的力量，這一點選民看得很清楚。`,
    ],
    [
      'simplified, the credit alone',
      `对话县委书记：乡村振兴要靠人才
采访：本报记者 孙海明
孙海明：这两年县里引进了不少年轻人，成效明显。
可是也有人留不住，您觉得最难的是什么？
赵建国（某县县委书记）：最难的是让他们看到前途。我们把项目和岗位一起给，年轻人才愿意扎根。
人才来了，还要有住房、有学校，这些我们都在一件件落实。`,
    ],
  ])('%s: one answerer, not a feature', (_, text) => {
    expect(analyzeText(text).detected).toBe(false);
  });

  it('a panel with a credited host still has its guests', () => {
    const text = `圆桌：数字经济如何助力县域发展
采访：本报记者 孙海明
孙海明：各位怎么看县域数字经济的短板？
某大学经济学院教授李文涛：短板在人才。县里缺懂数据的人，平台建起来也用不好。
某电商平台副总裁王晓燕：我看短板在物流。冷链不到村，农产品就卖不远。
孙海明：那么该从哪里入手？
某大学经济学院教授李文涛：先从培训入手。每个乡镇培养十个带头人，就能带动一片。
某电商平台副总裁王晓燕：我们愿意把仓库建到县里，和政府一起补上物流的短板。`;
    expect(analyzeText(text).detected).toBe(true);
    expect(speakers(text)).toEqual(['李文涛', '王晓燕', '李文涛', '王晓燕']);
  });

  it('a byline that names nobody in the labels changes nothing', () => {
    const text = `两位代表谈乡村教育
采访：本报记者 孙海明
全国人大代表、某小学校长王丽华：乡村学校最缺的是音乐和美术老师，孩子们的兴趣课开不起来。
全国人大代表、某县教育局局长陈志远：我们在试点走教，一位老师跑三所学校，效果不错。`;
    expect(analyzeText(text).detected).toBe(true);
    expect(speakers(text)).toEqual(['王丽华', '陈志远']);
  });
});
