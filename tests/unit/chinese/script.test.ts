import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildScriptTables, renderScriptTables, TABLES_PATH } from '@/scripts/generate-script-tables';
import { detectScriptByAllChars } from '@/lib/chinese/script-complete';
import { detectScriptByCommonChars, type Script } from '@/lib/chinese/script-common';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '@/lib/chinese/script-tables';

// Sentences written for this test (news-style, everyday topics), neither detector's tables were
// built from them: the small one's come from OpenCC's tables and GB2312, the complete one's from
// OpenCC's. The traditional ones are written as Taiwan or Hong Kong papers write, not converted.
const SIMPLIFIED = [
  '今天上午，市气象台发布暴雨蓝色预警。',
  '地铁三号线北延段预计明年年底通车。',
  '这家面馆开了三十年，老顾客说味道没变。',
  '学校食堂将推出更多低盐低油的菜品。',
  '图书馆周末延长开放时间至晚上九点。',
  '她把退休金的一部分捐给了乡村小学。',
  '社区医院新开设了儿童哮喘门诊。',
  '电动车充电桩覆盖了全区所有小区。',
  '春运期间铁路部门加开临时列车。',
  '两国领导人就气候变化问题交换了意见。',
  '这场音乐会的门票五分钟内售罄。',
  '小区里的流浪猫有了志愿者照顾。',
  '外卖骑手在雨中送餐的视频引发关注。',
  '博物馆举办青铜器特展，吸引大批观众。',
  '农民们趁着晴天抢收晚稻。',
  '他说：“这个项目明年就能见到效果。”',
  '专家提醒，夏季要注意防范食物中毒。',
  '新修订的条例将于下月起施行。',
  '足球队在主场以二比一战胜对手。',
  '银行下调了存款利率。',
];
const TRADITIONAL = [
  '今天上午，中央氣象署發布豪雨特報。',
  '捷運環狀線北段預計明年底通車。',
  '這家麵店開了三十年，老顧客說味道沒變。',
  '學校餐廳將推出更多低鹽低油的菜色。',
  '圖書館週末延長開放時間至晚上九點。',
  '她把退休金的一部分捐給了偏鄉小學。',
  '社區醫院新開設了兒童氣喘門診。',
  '電動車充電樁已遍及全區所有社區。',
  '春節連假期間鐵路局加開臨時列車。',
  '兩國領袖就氣候變遷問題交換了意見。',
  '這場音樂會的門票五分鐘內售罄。',
  '社區裡的流浪貓有了志工照顧。',
  '外送員在雨中送餐的影片引發關注。',
  '博物館舉辦青銅器特展，吸引大批觀眾。',
  '農民們趁著晴天搶收稻穀。',
  '他說：「這個計畫明年就能看到成效。」',
  '專家提醒，夏季要注意防範食物中毒。',
  '新修訂的條例將於下個月起實施。',
  '足球隊在主場以二比一擊敗對手。',
  '銀行調降了存款利率。',
];

describe('the two script detectors', () => {
  it.each([
    ...SIMPLIFIED.map((s) => [s, 'simplified'] as const),
    ...TRADITIONAL.map((s) => [s, 'traditional'] as const),
  ])('agree on a single sentence: %s → %s', (sentence, script: Script) => {
    expect(detectScriptByCommonChars(sentence)).toBe(script);
    expect(detectScriptByAllChars(sentence)).toBe(script);
  });

  it('agree on text with nothing script-specific (simplified by default)', () => {
    for (const text of ['', 'Hello', '中国人', '2024年', '大小']) {
      expect(detectScriptByCommonChars(text)).toBe('simplified');
      expect(detectScriptByAllChars(text)).toBe('simplified');
    }
  });
});

describe('the small detector tables', () => {
  it('are what the generator builds from OpenCC now (regenerate: npm run generate:script-tables)', () => {
    expect(readFileSync(TABLES_PATH, 'utf8')).toBe(renderScriptTables(buildScriptTables()));
  });

  it('stay small, apart from each other, and leave out characters both scripts write', () => {
    const simplified = new Set(SIMPLIFIED_ONLY);
    const traditional = new Set(TRADITIONAL_ONLY);
    expect(simplified.size + traditional.size).toBeLessThan(3000);
    for (const ch of simplified) expect(traditional.has(ch)).toBe(false);
    // 于 台 后 里 干 云 著 乾 occur in both scripts (于是/於; 台灣; 皇后; 公里; 干涉; 云云; 著名; 乾隆).
    for (const ch of '于台后里干云著乾') expect(simplified.has(ch) || traditional.has(ch), ch).toBe(false);
    for (const ch of '们发这说') expect(simplified.has(ch), ch).toBe(true);
    for (const ch of '們發這說') expect(traditional.has(ch), ch).toBe(true);
  });
});
