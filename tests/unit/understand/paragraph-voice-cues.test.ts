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

// people the lead introduced, then named bare with a run-on "说" (introduced-names.ts)
const INTRODUCED = page([
  '奧運代表團陸續返國，今日返國的是羽球隊選手周志遠、林海、鄭雪，粉絲的尖叫聲此起彼落。',
  '雙打教練陳國棟說，其實他們這次發揮得相當好，雖然第一場狀態不好比較緊張，後來漸入佳境。',
  '周志遠說很感謝所有支持的人，全心全意的支持，讓他們有很棒的環境，不用擔心生活上的事情。',
  '林海表示，還是希望可以發揮運動員的本質，讓更多運動員知道自己也可以發光發熱。',
], '羽球隊凱旋');
// a voice, then a person whose words follow a pronoun (reported-speech.ts; the pronoun's form is read only
// once the page has shown a voice, so a page without any pays nothing for it)
const MOURNERS = page([
  '車站昨天發生隨機傷人事件，今上午陸續有民眾到場獻花哀悼，有人憂心衝擊治安形象，但也有外國遊客認為是個案。',
  '台北市民錢先生直言，這裡一向是很安全的地方，突然發生這種事還是有點意外，可能會影響外國人的印象。',
  '一名外國女遊客來台四天，飯店就住在車站附近，今天準備和朋友去九份。',
  '在日本出家的唐明今天單純路過，在現場念經祈福。他表示，平常常會經過這個車站，看到新聞很難過，也希望大家走路時不要低頭滑手機。',
], '民眾獻花哀悼');

const LIST = page(Array.from({ length: 40 }, (_, i) => `第${i + 1}條新聞標題 市民關注交通安排 2025-01-${String((i % 28) + 1).padStart(2, '0')}`), '新聞列表');

describe('checkPage: colon-less voices in paragraphs', () => {
  it.each([
    // (the quotation-first voice, 「…」，某議員說，, is read right after the first: two in a row pass)
    ['a reaction round-up', ROUNDUP, { reported: 2, lines: 0 }],
    ['a pundit digest', DIGEST, { reported: 0, lines: 2 }],
    ['a TV transcript', TRANSCRIPT, { reported: 0, lines: 2 }],
    ['quotes signed with horizontal bars', BARS, { reported: 0, lines: 2 }],
    ['an announced vox pop of two people', ANNOUNCED, { reported: 2, lines: 0 }],
    ['reactions by people the lead introduced', INTRODUCED, { reported: 2, lines: 0 }],
    ['a reactions lead over a voice, then a person whose words follow a pronoun', MOURNERS, { reported: 2, lines: 0 }],
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

describe('a vox pop by honorific forms: one passer-by inside a long paragraph, the next after a scene clause', () => {
  const FANS = page([
    '港隊昨於亞運男足銅牌戰以0:3落敗，但仍寫下隊史最佳成績。本港多處轉播比賽，其中球場首次免費轉播，約800人到場打氣。',
    '觀眾中不乏支持港隊多年的球迷，穿著波衫的何先生攜同兒子到場支持，由開賽到完場一直站著為球員打氣，不時帶領身邊的球迷高唱打氣歌。30歲的周先生亦表示，港隊今屆表現令人驚喜，球員拼盡無悔，值得市民繼續支持。',
    '有球迷對賽果略感失望，關注港足十年的馬先生說，看到賽果「有唔開心」，但他同意港隊戰術近年有進步，由以往只會死守改為主動進攻。',
    '多名官員昨亦在球場觀賽，為港足打氣。',
  ], '800人到球場觀戰');
  it('passes', () => expect(checkPage(FANS).passes).toBe(true));
  it('not one passer-by inside a long paragraph of a story', () => {
    const story = page([
      '港隊昨於亞運男足銅牌戰以0:3落敗，但仍寫下隊史最佳成績。本港多處轉播比賽，其中球場首次免費轉播，約800人到場打氣。',
      '觀眾中不乏支持港隊多年的球迷，穿著波衫的何先生攜同兒子到場支持，由開賽到完場一直站著為球員打氣，不時帶領身邊的球迷高唱打氣歌。30歲的周先生亦表示，港隊今屆表現令人驚喜，球員拼盡無悔，值得市民繼續支持。',
      '足總表示，下月將舉行慶功活動，屆時球員會與球迷見面，詳情稍後公布，市民可留意足總網站的消息。',
      '多名官員昨亦在球場觀賽，為港足打氣。',
    ], '800人到球場觀戰');
    expect(checkPage(story).passes).toBe(false);
  });
});

describe('two councillors: the first goes on by name, the second after a short scene sentence', () => {
  const paras = [
    '政府昨晚突擊圍封南區兩條街道並安排居民強制檢測，期間發現一宗確診個案。區議員質疑封區成效不大。',
    '公民黨、南區區議員何德明表示，政府兩次封區只找到為數不多的確診個案，令人懷疑封區的成效，當局應檢討做法。',
    '何德明指封區行動嚴重打擊該區的經濟，不少人都不敢再踏足該區。他擔心市民日後未必再到該區消費，建議政府為商戶提供協助。',
    '而北區近日亦出現不少確診個案，該區居民開始擔心會成為下一個目標。該區區議員劉志衡表示，連日來不斷有居民向他查詢，亦有居民已選擇暫時離開。',
  ];
  it('passes', () => expect(checkPage(page(paras, '區議員批封區成效')).passes).toBe(true));
  it('not with the reporter\'s narrative between them', () => {
    const story = [...paras.slice(0, 3), '衞生署表示，會繼續在區內設立臨時檢測站，並派員到多幢大廈派發檢測包，預計本週內完成。', paras[3]!];
    expect(checkPage(page(story, '區議員批封區成效')).passes).toBe(false);
  });
});

describe('per-speaker headlines with a colon ("李某：開展更深、更廣改革") over the reporter\'s sentences', () => {
  const paras = [
    '立法會今日起一連三日展開施政報告致謝議案辯論，多名議員發言。',
    '李慧明：施政報告把握契機 開展更深、更廣改革',
    '立法會內務委員會主席李慧明在會上率先發言，她指今次辯論是就施政報告作出回應，希望議員提出願景。',
    '狄志明：政府要向市民問責 容納不同聲音',
    '新思維狄志明表示，政府為人民服務，作為問責型政府，要有三項重要元素，第一是向市民交代。',
  ];
  it('passes and is detected', () => {
    const d = page(paras, '施政報告辯論');
    expect(checkPage(d).passes).toBe(true);
    expect(detectFeature(d)).not.toBeNull();
  });
  it('a group before the colon is no name headline', () => {
    expect(checkPage(page(['市民：很好很好', '球迷：非常失望', '會議由上午九時開始。'], '新聞')).passes).toBe(false);
  });
});

describe('quotation first, the speaker after it without a comma or a dash', () => {
  const paras = [
    '在某报主办的企业家论坛分论坛上，企业家和专家学者共话百年变局下的企业发展。',
    '“民营企业立身的资本，就是自身的专业素质和在危机中的处置能力。在变局下，民营投资机构必须强化使命感，坚守家国情怀和社会责任，发挥自身相对灵活的优势，去助力问题企业的纾困和重组，这是我们的责任。”南方资本投资集团总裁王立健在圆桌会议上首先发言。',
    '“产业与城市的融合发展是大势所趋，民营企业有很多参与空间。”王立健说，去年集团推动多所大学的前沿项目进驻湾区。',
    '“企业家精神，首先要有理想，有理想才能追求大梦想。”说到企业家精神，东湖油茶股份有限公司董事长周新安说，自己当了十年的大学教师，又下海创业。',
  ];
  it('passes and is detected', () => {
    const d = page(paras, '企业家圆桌会议');
    expect(checkPage(d).passes).toBe(true);
    expect(detectFeature(d)).not.toBeNull();
  });
  it('not one speaker quoted twice', () => {
    expect(checkPage(page(paras.slice(0, 3), '企业家圆桌会议')).passes).toBe(false);
  });
});
