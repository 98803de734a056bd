/**
 * The round-up judgement (lib/understand/judge-roundup.ts): how much of a piece its reported voices carry.
 * Sentences written here, in the layouts of real reaction round-ups and news stories.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';

describe('a voice goes on in pronoun-led paragraphs', () => {
  it('three people with three paragraphs each is a round-up', () => {
    const o = analyzeText(`各黨派評施政報告
行政長官今日發表任內第二份施政報告，各黨派反應不一。
民建聯主席李志明表示，報告內容全面，在房屋方面提出了不少新措施。
他續指，政府應加快公屋興建，縮短輪候時間。
他又認為，報告在醫療方面著墨不多，希望日後補足。
民主黨主席胡大偉批評，報告沒有回應市民對政治改革的訴求。
他表示，房屋政策只是舊酒新瓶，未見突破。
他們會在立法會辯論時提出修訂。
新民黨主席葉美芬認為，報告是近年最詳盡的一份。
她樂見政府提出重建舊屋邨的計劃，認為方向正確。
她亦期望政府交代重建期間居民的安置安排。`);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['李志明', '胡大偉', '葉美芬']);
    expect(o.evidence.join(' ')).toMatch(/3 paragraphs opened by a person and a verb of saying/);
  });

  it('not when narrative follows each voice', () => {
    const o = analyzeText(`新碼頭下月啟用
離島新碼頭下月啟用，屆時班次將增加一倍。
運輸署助理署長陳志強表示，新碼頭設有遮雨棚和無障礙設施。
工程於前年動工，耗資約三億元，由政府全數承擔。
碼頭附近的商戶預計生意會增加，區議會亦計劃增設休憩處。
區議員李國強表示，會繼續跟進渡輪票價的問題。
新碼頭的設計曾經過三輪公眾諮詢，最終方案保留了舊碼頭的鐘樓。
舊碼頭將於新碼頭啟用後拆卸，原址改建為海濱長廊。
渡輪公司經理黃大文表示，會按需要調整班次。
當局預計，新碼頭每日可處理逾萬人次。`);
    expect(o.detected).toBe(false);
  });

  it('not an official meeting report: the officials give directives, they are not voices', () => {
    const o = analyzeText(`全市安全生产工作会议召开
昨日，全市安全生产工作会议召开，部署下一阶段工作。
市委书记张建国强调，要压实各级责任，坚决遏制重特大事故发生。
市长李文明指出，要聚焦重点行业领域，深入开展隐患排查整治。
副市长王海涛强调，要加强应急值守，确保信息报送及时准确。`);
    expect(o.detected).toBe(false);
  });
});

describe('a numbered quotation on the first line is speech, not the headline', () => {
  it('its dash line below names the first netizen', () => {
    const o = analyzeText(`1.“顾客不是上帝，顾客只是上当。”
——消费者权益日将至，网友“青山”为那些侵权行为感到愤怒。
2.“真名说假话，假名说真话。”
——网络的影响越来越大，网友“白露”这样评价。`);
    expect(o.headline).toBeNull();
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['青山', '白露']);
  });
});
