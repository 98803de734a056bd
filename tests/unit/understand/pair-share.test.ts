/**
 * A pair in the reporter's sentences (judge-roundup.ts): two people each opening a paragraph with a verb of saying carry
 * a pair's piece (two views side by side, a lead before them); a story told at length that closes on two reactions gives
 * them a line or two each, less than PAIR_SHARE of its text, and stays a story. Texts written here, in the layout of a
 * local news story (a bookshop's anniversary), simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';

// three paragraphs of the story's own (its place, its history, its numbers), then two readers' reactions
const STORY = `老街书店迎来开业十周年
位于城西老街的一家独立书店本周迎来开业十周年。书店开在一栋旧楼的二层，面积不足八十平方米，却摆放着近两万册图书，以文史和艺术类为主，店内还设有一个可以容纳二十人的小型讲座区。
十年间，书店先后搬迁过两次，租金从最初的每月六千元涨到如今的一万五千元。为了维持经营，店主在店内增设了咖啡吧，并定期举办读书会和新书分享会，每月活动超过十场，吸引了不少年轻读者。
今年以来，书店的客流量比去年同期增加了三成，网上订单也稳步增长。老街一带近年陆续开了几家文创小店，周末游人增多，也为书店带来了新的客源。书店计划在年底推出会员计划，为常客提供购书折扣。
市民王立平表示，他几乎每个周末都会来这里坐一坐，店里选书很有眼光，能找到很多在大书店里见不到的好书。
退休教师刘文华表示，她喜欢这里安静的氛围，常常在讲座区看书一个下午，希望书店能一直开下去。`;

const STORY_TRAD = `老街書店迎來開業十週年
位於城西老街的一家獨立書店本週迎來開業十週年。書店開在一棟舊樓的二層，面積不足八十平方米，卻擺放着近兩萬冊圖書，以文史和藝術類為主，店內還設有一個可以容納二十人的小型講座區。
十年間，書店先後搬遷過兩次，租金從最初的每月六千元漲到如今的一萬五千元。為了維持經營，店主在店內增設了咖啡吧，並定期舉辦讀書會和新書分享會，每月活動超過十場，吸引了不少年輕讀者。
今年以來，書店的客流量比去年同期增加了三成，網上訂單也穩步增長。老街一帶近年陸續開了幾家文創小店，週末遊人增多，也為書店帶來了新的客源。書店計劃在年底推出會員計劃，為常客提供購書折扣。
市民王立平表示，他幾乎每個週末都會來這裏坐一坐，店裏選書很有眼光，能找到很多在大書店裏見不到的好書。
退休教師劉文華表示，她喜歡這裏安靜的氛圍，常常在講座區看書一個下午，希望書店能一直開下去。`;

// the same reactions after a lead of one paragraph: the pair carries the piece
const PAIR = `老街书店迎来开业十周年
位于城西老街的一家独立书店本周迎来开业十周年。书店开在一栋旧楼的二层，面积不足八十平方米，却摆放着近两万册图书，以文史和艺术类为主，店内还设有一个可以容纳二十人的小型讲座区。
市民王立平表示，他几乎每个周末都会来这里坐一坐，店里选书很有眼光，能找到很多在大书店里见不到的好书。
退休教师刘文华表示，她喜欢这里安静的氛围，常常在讲座区看书一个下午，希望书店能一直开下去。`;

describe("two reactions closing a story told at length are the story's ending", () => {
  it.each<[string, string, boolean]>([
    ['a story of three paragraphs, then two readers (simplified)', STORY, false],
    ['the same (traditional)', STORY_TRAD, false],
    ['the same two readers after a lead of one paragraph: a pair', PAIR, true],
  ])('%s', (_what, text, want) => {
    expect(analyzeText(text).detected).toBe(want);
  });
});
