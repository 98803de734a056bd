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

describe('an introduction that says who interviews whom makes the first the host', () => {
  it.each([
    [
      'simplified: an anchor interviews a professor, his opening long and telling, the guest answering at length',
      `2023年10月，某电台主播周海文就重阳节采访退休教授郑立群。节目播出后，现将访谈内容根据录音整理如下：
周海文(某电台主播,以下简称周)：
重阳节刚过，我们上周的节目里访问了几位在社区照顾老人的志愿者，听众反响很热烈，很多人打电话来分享自己家里的故事。
郑教授在退休以后一直关心老年人的精神生活，写过不少文章，还在社区里办了一个老年读书会，每个月都有几十位老人参加。
待会儿我们就打电话给郑立群教授，请他跟我们谈一谈敬老的传统在今天应该怎样延续下去。
周海文：这里是周末访谈节目，我是周海文。今天要访问的是退休教授郑立群先生。郑教授，请问您在电话线上了吗？
郑立群(退休教授,以下简称郑)：
在的，主持人好，听众朋友们好。
我觉得敬老不只是节日里的事情，平时多陪伴老人、多听他们说话，比节日里送礼物更重要。
现在很多年轻人工作忙，一年回不了几次家，老人最缺的其实是有人说说话。
我们的读书会就是想让老人们有个去处，大家一起读书、一起聊天，心情也好了很多。`,
    ],
    [
      'traditional: a reporter visits (訪問) a shop owner',
      `店主談老街
本報記者林佳慧日前在老街訪問開了四十年鐘錶店的陳國棟，以下是訪談摘要。
林佳慧（本報記者）：老街這幾年變化很大，您的生意受影響嗎？
陳國棟（鐘錶店老闆）：客人少了很多，年輕人都用手機看時間，修錶的人越來越少了。
林佳慧（本報記者）：那您打算一直做下去嗎？
陳國棟（鐘錶店老闆）：做到做不動為止，這家店是我父親留下來的。`,
    ],
  ])('%s: one answerer, not a feature', (_, text) => {
    expect(analyzeText(text).detected).toBe(false);
  });

  it('counter-example: a reporter who interviewed two guests introduces a panel', () => {
    const text = `两位老师谈阅读
本报记者采访了两位语文老师，听听她们对课外阅读的看法。
某中学语文老师王秀英：我建议孩子每天读半小时书，不要只看短视频，阅读的习惯要从小养成。
某小学语文老师刘佳琪：家长的陪伴很重要，父母自己读书，孩子自然也会跟着读起来。`;
    expect(analyzeText(text).detected).toBe(true);
    expect(speakers(text)).toEqual(['王秀英', '刘佳琪']);
  });

  it('counter-example: two guests, the first "visited" (访问) the other\'s city, is still a dialogue of equals when neither asks', () => {
    const text = `两位市长谈合作
今年春天，甲市市长李明远访问乙市，与乙市市长张国华共同出席经贸论坛。
甲市市长李明远：两市的产业互补性很强，我们希望在新能源汽车领域加强合作，共同打造产业链。
乙市市长张国华：乙市愿意提供土地和人才支持，欢迎更多甲市企业来这里投资兴业，实现共赢。`;
    // both speak at length and neither asks: the verb of visiting alone does not make a host
    expect(analyzeText(text).evidence.join(' ')).not.toMatch(/the introduction names/);
  });
});
