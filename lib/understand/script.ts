/** Tells simplified from traditional script by counting characters that exist in only one of them. */

// Common characters whose form differs between the scripts (the two sets are disjoint; characters that
// occur in both scripts, such as 著/于/台, are left out so that they cannot tip the count).
const SIMPLIFIED_ONLY = new Set(
  '乡区协调盘发畅话题晋体员会党组鹏报来动挥领导办职责连续与联个积极们断础设两纵横网线达条产业潜装备迈飞经济实现机农应篮为纽带游丰给时进务购贷异医结点项频红广众将继确标构阵络场综声鸣质记张着历这里许筑遗览级旧艺忆闲愿满怀节间亲见关键径并莲开处内齐洁观围绕闫万静丽华统筹摄证况壮锣跷诙谐爷车传轮让违气势庙画栋县辉编织热闹后尝杂粮饼种还几仅蕴获难创长显对独访验书涌润学习运环户评乐兴类盖参风枣双驱优态链绿绘图赋启征梦笔黄写爱撑载镇总规则强谋从顶层计维资坚吁腾马琼说国过当问无头义门东鸟鱼语讲认识议论词谁请读课谈该贵费买卖单严厉岛绍绝听闻烧营边远选迁页须颜饭馆驾骑鲜龙龟',
);
const TRADITIONAL_ONLY = new Set(
  '眾聞財預錢訴記鄭後會關黨團體對場見學聯劉國勳贊讓時經濟發絕應慮麥議額張認為費飲鍾無葉儀屬燒煙實圓較稅盧偉與問題兒決訂機當達謹協資產將開強層醫療專業長遠項紓陳還萬靜願計劃筆過購買樓綠請師針幫鈺證務總監黃現責組員鳴須堅審則莊輕劇脹處來數況沒變終錄圖暢個綜億測執蘇儲備賣樣統調電視響態勵諮詢寬規廣網興騰華亞顯論佔穩碼報兩內據別點間訪約戶滲傳齡觸選擇們製隨紀歲該僅訊爭犧習滿鏗麼聽聲掛寫魚衝東奪獄謝攝維權紅動膠愛陸舉職掃隸結貧窮觀嶺濱園訓這覺講話諷譚頭馬復運殭屍嚴紙難義鄉區盤晉鵬揮領導辦連續積極斷礎設縱橫線條潛裝邁飛農籃紐帶豐給進貸異頻繼確標構陣絡質歷裡許築遺覽級舊藝憶閒懷節親鍵徑並蓮齊潔圍繞閆麗籌壯鑼蹺詼諧爺車輪違氣勢廟畫棟縣輝編織熱鬧嘗雜糧餅種幾蘊獲創獨驗書湧潤環評樂類蓋參風棗雙驅優鏈繪賦啟夢撐載鎮謀從頂籲瓊說門鳥語識詞誰讀課談貴單厲島紹營邊遷頁顏飯館駕騎鮮龍龜',
);

export type Script = 'simplified' | 'traditional';

/** Counts script-specific characters; simplified when tied (the more common case on the web). */
export function detectScript(text: string): Script {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (SIMPLIFIED_ONLY.has(ch)) simplified++;
    else if (TRADITIONAL_ONLY.has(ch)) traditional++;
  }
  return traditional > simplified ? 'traditional' : 'simplified';
}
