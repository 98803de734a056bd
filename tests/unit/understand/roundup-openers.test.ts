/**
 * A pair round-up (judge-roundup.ts) and the paragraphs before its first voice: a story that opens on a quotation its
 * speaker signs after it ("“……”市民某某告诉记者", "“……”对于…，某某直言") is about that person (a third one), or
 * goes back to one of the pair (heard twice): no pair of views, announced or not. Texts written here, in the layouts of
 * real pages (an evening paper's holiday story, a Taiwanese paper's policy story).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';

// the reporter announces that people were asked, but the story opens on one of them and goes back to them
const HOLIDAY = `七天假期花了近万元
本报讯 国庆假期过后，记者在采访中了解到，不少市民感叹假期出游花钱又累人，游玩过后连叹不如在家休息。
“这七天不知不觉花了近万元，景点、高速路上到处都是人，太累了。”市民张建国告诉记者。他说，一家四口去了南方，住宿和交通花得最多。
调查中发现，选择短途游的市民也没少花钱。赵先生带着家人自驾游，他说，景区周边的酒店价格比平时翻了一倍，吃饭也要排队。
“玩得不尽兴不说，钱可没少花，回来都不敢算账了。”李女士告诉记者，她原本打算坐火车，结果没买到票，只好花高价打车去了邻省。
张建国告诉记者，假期的花费主要是交通、住宿和购买特产，“去的时候没带多少东西，回来光特产就装了两箱，下次一定错峰出行”。
李女士说，下次假期打算就在本地转转，陪家人吃吃饭、逛逛公园，花钱少，也能好好休息。`;

// the same without the opening quotation: each heard in turn
const HOLIDAY_ONCE = HOLIDAY.replace(/\n“这七天[^\n]*/, '');

// a story opening on a third person's signed quotation, then an official and a professor
// (the opener a bureau's 负责人: with a mill's, two of the three hold no office and the prose rule hears three voices)
const PURCHASE = `粮食收购价该不该取消
“政府按一定价格收购稻谷，既保障农民的基本收入，也稳住了市场价格；一旦取消，谁也说不准价格的底在哪里。”对于实行多年的收购制度何去何从，市粮食局负责人王海涛直言，这是艰难的选择。
收购制度已经实行了五十年，是稻米产业的重要支柱，然而近年来市场逐步走向订单种植，多次改革都没有成功。
米业公会理事长张建国说，目前约有三成农民把稻谷交给政府，其余卖给粮商，农民可以比较市场价和收购价，哪个好就卖给谁，不怕手里的粮食卖不掉。
某大学农经系主任李秀兰表示，各方都有各自的道理，取消收购制度要循序渐进，先推动品牌建设，再慢慢放手，否则市场会乱、产业会受冲击。`;

// the same opening on the question, nobody's quotation: the guild's head and the professor carry it (an official in
// office among the two would be the story's, round-vetoes.ts)
const PURCHASE_PAIR = PURCHASE.replace(/\n“[^\n]*/, '\n对于实行多年的收购制度何去何从，业内看法不一，这是一个艰难的选择。');

describe('a pair round-up and the quotation the story opens on', () => {
  it.each<[string, string, boolean]>([
    ['not: an announced vox pop that opened on one of its two and goes back to them', HOLIDAY, false],
    ['each heard once in turn', HOLIDAY_ONCE, true],
    ["not: a pair after the story opened on a third person's signed quotation", PURCHASE, false],
    ["the pair after an opening of the reporter's own", PURCHASE_PAIR, true],
  ])('%s', (_what, text, want) => {
    expect(analyzeText(text).detected).toBe(want);
  });
});
