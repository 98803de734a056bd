/**
 * The page check's step for colon-less voices (lib/understand/paragraph-voice-cues.ts) on pages written
 * here in the layouts of real ones: a reaction round-up, a pundit digest, a TV transcript pass the check and
 * are detected; a news story naming two people and a headline list do not.
 */
import { describe, expect, it } from 'vitest';
import { checkPage, detectFeature } from '@/lib/understand';
import { parseHtml } from '@/scripts/cli/input';

function page(paragraphs: string[], title = '新聞'): Document {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return parseHtml(`<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`).document;
}

const ROUNDUP = page([
  '隨著選舉臨近，多名議員早已藉由電視和網路節目經營知名度。',
  '國民黨議員王怡君表示，政論節目是和民眾溝通的重要管道，透過節目用白話說明政策，能幫助民眾理解。',
  '「務實、清楚」，國民黨議員陳志明說，上節目都是利用自己的空檔時間，希望藉此讓更多人認識地方議題。',
  '民進黨議員林家豪表示，平時會在社群平台分享看法，被節目製作單位關注後受邀上節目。',
  '民進黨議員高橋美穗說，自己的身分讓她常被邀請談國際關係，上節目前都會和幕僚討論準備。',
], '議員談政論節目');

const DIGEST = page([
  '沈舟(評論人)',
  '都說年輕一代崇尚自我，但我感覺他們更注重張揚自己的感受，而較少顧及是否妨礙別人。',
  '孫立明(大學教授)',
  '政務公開除了內容上沒有保留，在時效上也要不留餘地，時間就是效率和生命。',
], '一周觀點');

const TRANSCRIPT = page([
  '【解說】新一屆政府上任將滿一周年，市民對它滿意嗎？',
  '【同期】香港市民 梁先生',
  '9分，房屋問題有改善。',
  '【同期】香港市民 顧女士',
  '10分，11分都可以，我覺得很滿意。',
], '市民打幾分');

const BARS = page([
  '「城市要設人口上限，按照人口規模配給基礎設施和水電。」',
  '――北京市人大代表、副市長陳志剛',
  '「演藝界人士是公眾人物，應該自我約束，遠離毒品。」',
  '――全國政協委員、某電影集團導演周立',
], '兩會金句');

const STORY = page([
  '離島新碼頭下月啟用，屆時班次將增加一倍，工程已進入驗收階段。',
  '運輸署發言人表示，新碼頭設有遮雨棚和無障礙設施。',
  '工程於前年動工，耗資約三億元，由政府全數承擔。',
  '區議員李國強表示，會繼續跟進渡輪票價的問題。',
  '新碼頭的設計曾經過三輪公眾諮詢，最終方案保留了舊碼頭的鐘樓。',
], '新碼頭下月啟用');

// a vox pop the reporter announces: two people, narrative between them (announced-voices.ts)
const ANNOUNCED = page([
  '政府今日發表新一份施政報告。本報在步行街訪問多名市民，聽取他們的回應。',
  '從事物流業的阿強受訪時表示，這份報告若以10分為滿分，他會給6分，自言沒有甚麼受惠的地方，希望政府多照顧打工仔。',
  '今早恒指高開二百點，其後升幅逐步收窄，收市時微升約九十點。',
  '從事教育工作的Kevin質疑生育獎勵的成效，認為養小朋友開支太大，兩萬元幫不了多少，他亦不打算生育。',
], '市民評施政報告');
// the same two people without the announcement: a story
const UNANNOUNCED = page([
  '政府今日發表新一份施政報告，涵蓋房屋、醫療及人口等範疇。',
  '從事物流業的阿強受訪時表示，這份報告若以10分為滿分，他會給6分，自言沒有甚麼受惠的地方，希望政府多照顧打工仔。',
  '今早恒指高開二百點，其後升幅逐步收窄，收市時微升約九十點。',
  '從事教育工作的Kevin質疑生育獎勵的成效，認為養小朋友開支太大，兩萬元幫不了多少，他亦不打算生育。',
], '施政報告發表');

const LIST = page(Array.from({ length: 40 }, (_, i) => `第${i + 1}條新聞標題 市民關注交通安排 2025-01-${String((i % 28) + 1).padStart(2, '0')}`), '新聞列表');

describe('checkPage: colon-less voices in paragraphs', () => {
  it.each([
    ['a reaction round-up', ROUNDUP, { reported: 3, lines: 0 }],
    ['a pundit digest', DIGEST, { reported: 0, lines: 2 }],
    ['a TV transcript', TRANSCRIPT, { reported: 0, lines: 2 }],
    ['quotes signed with horizontal bars', BARS, { reported: 0, lines: 2 }],
    ['an announced vox pop of two people', ANNOUNCED, { reported: 2, lines: 0 }],
  ])('%s passes and is detected', (_what, doc, voices) => {
    const check = checkPage(doc);
    expect(check.textCues).toBe(false);
    expect(check.paragraphVoices).toEqual(voices);
    expect(check.passes).toBe(true);
    expect(detectFeature(doc)).toBe(true);
  });
  it.each([
    ['a story naming two people', STORY],
    ['two people with narrative between them, nobody announced', UNANNOUNCED],
    ['a headline list', LIST],
  ])('%s does not pass', (_what, doc) => {
    const check = checkPage(doc);
    expect(check.passes).toBe(false);
    expect(detectFeature(doc)).toBe(false);
  });
});
