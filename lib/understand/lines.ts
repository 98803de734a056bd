/**
 * Recognisers for the kinds of line a news feature is made of: bylines, page credits, photo captions,
 * date and metadata lines, topic markers, speaker labels and "——" attributions. Pure string functions.
 */
import { isBalanced, squeeze } from '../chinese/chars';
import { endsWithRoleWord, endsWithTitle, isPersonName, splitSpeakerLabel } from './names';

// ---------------------------------------------------------------- bylines

// an outlet's name may lead ("澎湃新闻记者 朱莹", "红网时刻新闻记者 黄维"): any few Han characters before 记者
const REPORTER_WORD = '(?:本报|本報|本刊|本台|本网|本網|新华社|新華社|中新社|人民日报|人民日報|央视|央視|[\\u4e00-\\u9fff]{2,8}?)?(?:实习|實習|特约|特約|驻\\S{1,6}|駐\\S{1,6})?(?:记者|記者)';
const HELPER_WORD = '(?:通讯员|通訊員|实习生|實習生|见习记者|見習記者)';
const ACTION_WORDS = /(整理|采写|採寫|采访|採訪|报道|報道|撰稿|撰文|摄影|攝影|摄|攝|文|图|圖)$/;

/** Reads the names out of a byline's inside: "本报记者 刘乐艺整理" → reporters [刘乐艺]. */
function namesOfByline(inner: string): { reporters: string[]; others: string[] } | null {
  const tokens = inner
    .replace(/^(?:文|图|圖|文图|文圖|文\/图|文／圖)\s*[/／]\s*/, '')
    .split(/[\s、，,/／]+/)
    .filter(Boolean);
  const reporters: string[] = [];
  const others: string[] = [];
  let mode: 'reporter' | 'other' | null = null;
  for (let token of tokens) {
    const lead = new RegExp(`^(${REPORTER_WORD}|${HELPER_WORD})`).exec(token);
    if (lead) {
      mode = new RegExp(`^${HELPER_WORD}$`).test(lead[1]!) ? 'other' : 'reporter';
      token = token.slice(lead[1]!.length);
      if (!token) continue;
    }
    // "黄维 长沙报道": a dateline after the names, not another reporter
    if (/(报道|報道)$/.test(token) && reporters.length) continue;
    token = token.replace(ACTION_WORDS, '');
    if (!token) continue;
    if (!/^[\p{Script=Han}·]{2,5}$/u.test(token) || mode === null) return null;
    (mode === 'reporter' ? reporters : others).push(token);
  }
  if (!reporters.length && !others.length) return null;
  return { reporters, others };
}

export interface Byline {
  /** The reporters' names joined with 、 (helpers such as 通讯员 only when no reporter is named). */
  reporter: string;
  /** The text before the byline (empty for a standalone byline line). */
  rest: string;
}

/** A byline at the end of a paragraph ("…发展。(记者 李娟)") or alone on its line ("記者戴晴曦", "(记者 武玲芳)"). */
export function matchByline(text: string): Byline | null {
  const t = text.trim();
  const bracketed = /[（(]([^()（）]{2,40})[）)]\s*$/.exec(t);
  if (bracketed) {
    const inner = bracketed[1]!.trim();
    if (new RegExp(`^(?:文\\s*[/／]\\s*|图\\s*[/／]\\s*|圖\\s*[/／]\\s*)?(?:${REPORTER_WORD}|${HELPER_WORD})`).test(inner)) {
      const names = namesOfByline(inner);
      if (names) {
        const who = names.reporters.length ? names.reporters : names.others;
        return { reporter: who.join('、'), rest: t.slice(0, bracketed.index).trimEnd() };
      }
    }
  }
  // a whole line: "記者戴晴曦", "实习记者 周满铿", "文/本报记者 张三 李四"
  if (t.length <= 30 && new RegExp(`^(?:文\\s*[/／]\\s*|图\\s*[/／]\\s*)?${REPORTER_WORD}`).test(t)) {
    const names = namesOfByline(t.replace(/^(?:文|图|圖)\s*[/／]\s*/, '').replace(/[:：]/, ' '));
    if (names && names.reporters.length) return { reporter: names.reporters.join('、'), rest: '' };
  }
  return null;
}

// ---------------------------------------------------------------- credits and metadata

const CREDIT_ROLE =
  '(?:本版|本期|本刊|本文|本组|本組)?(?:策划|策劃|统筹|統籌|摄影|攝影|责任编辑|責任編輯|责编|責編|编辑|編輯|美编|美編|校对|校對|组版|組版|版式|设计|設計|制图|製圖|撰文|文字|图片|圖片|主编|主編|监制|監製|审核|審核|审校|審校|统稿|統稿|视觉|視覺|翻译|翻譯|出品|终审|終審|编审|編審|来源|來源|作者|撰稿)';
const CREDIT_START = new RegExp(`^${CREDIT_ROLE}\\s*[:：]`);
// …or a whole label ("责任编辑", "来源 ："), read as CREDIT_START reads the label with its colon, without building that string
const CREDIT_LABEL = new RegExp(`^${CREDIT_ROLE}\\s*(?:[:：]|$)`);
const CREDIT_ANY = /* @__PURE__ */ new RegExp(`(${CREDIT_ROLE})\\s*[:：]`, 'g');

export interface CreditLine {
  role: string;
  names: string[];
}

/** Page credits and source lines: "本版策划:路丽华", "责编：张三 校对：李四", "来源:晋中日报". */
export function matchCredits(text: string): CreditLine[] | null {
  // "(责编：张蕾、李明)": credits are often set in brackets
  const t = text.trim().replace(/^[（(]\s*(.*?)\s*[)）]$/, '$1');
  if (!CREDIT_START.test(t) || t.length > 80) return null;
  const marks = [...t.matchAll(CREDIT_ANY)];
  const out: CreditLine[] = [];
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i]!;
    const end = i + 1 < marks.length ? marks[i + 1]!.index : t.length;
    const value = t.slice(m.index + m[0].length, end).trim();
    if (!value) continue;
    const role = m[1]!;
    // a source names one outlet ("来源：人民日报客户端"); people are listed with 、 or spaces
    const names = /^(来源|來源)$/.test(role) ? [value] : value.split(/[\s、，,/／]+/).filter(Boolean);
    if (names.some((n) => n.length > 20) || /[。！？]/.test(value)) return null;
    out.push({ role, names });
  }
  return out.length ? out : null;
}

const META_KEYS =
  /^(时间|時間|日期|发布时间|發布時間|發佈時間|更新时间|更新時間|发表时间|發表時間|浏览|瀏覽|浏览次数|瀏覽次數|点击|點擊|阅读|閱讀|字号|字號|字体|字體|分享|分享到|标签|標籤|关键词|關鍵詞|关键字|關鍵字|版次|版面|栏目|欄目|出处|出處|原标题|原標題|链接|鏈接|网址|網址|电话|電話|地址|邮箱|郵箱|E-?mail|TEL|热线|熱線)$/i;

const DATE_PREFIX = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*[|｜]?\s*/;

/** A header line that opens with a date: "2024-08-20 記者陳嘉欣", "2025年03月03日08:21 | 来源：…". Returns what follows the date. */
export function afterDate(text: string): string | null {
  const m = DATE_PREFIX.exec(text.trim());
  return m ? text.trim().slice(m[0].length) : null;
}

/** The source named in a header line ("来源：新闻网－人民日报"). */
export function matchSource(text: string): string | null {
  const m = /(?:来源|來源)\s*[:：]\s*([^\s|｜]+)/.exec(text);
  return m ? m[1]! : null;
}

/** Dates, times and "时间：…" style header lines, which carry no text of the feature. */
export function isMetaLine(text: string): boolean {
  const t = text.trim();
  const rest = afterDate(t);
  if (rest !== null && t.length <= 80 && !/[。！？]/.test(rest)) return true;
  if (/^[\d\s年月日:：\-/.()（）星期周一二三四五六日天]+$/.test(t) && /\d/.test(t)) return true;
  if (/^第?\s*[\dA-Z]{1,3}\s*版/.test(t) && t.length <= 20) return true;
  const m = /^([^:：]{1,8})\s*[:：]/.exec(t);
  if (m && META_KEYS.test(m[1]!.trim())) return true;
  if (APP_PROMO.test(t) && t.length <= 60 && !/[。！？]./.test(t)) return true;
  if (isFooterFields(t)) return true;
  return /^(【字体|【字體|打印|关闭|關閉|返回|收藏|分享到)/.test(t) && t.length <= 40;
}

// a site's footer lists its contact fields on a line ("主管：某市委 地址：… 邮编：… 传真：…"): two or more of them, no
// sentence, are the page's furniture, not a speaker's label (a programme's 主办/承办 lines are left to the programme check)
const FOOTER_FIELD = /(?:主管|地址|邮编|郵編|电话|電話|传真|傳真|信箱|邮箱|郵箱|E-?mail|网址|網址|顾问|顧問|备案号|備案號)\s*[:：]/giu;
function isFooterFields(t: string): boolean {
  return !/[。！？]/u.test(t) && (t.match(FOOTER_FIELD)?.length ?? 0) >= 2;
}

// The site's own promotion between paragraphs ("安装新浪财经客户端…→【下载地址】", "扫码关注公众号"): page chrome,
// never a section title or speech.
const APP_PROMO =
  /(?:下载|下載)(?:地址|客户端|客戶端|APP|App|app)|(?:安装|安裝|下载|下載)[^。！？]{0,12}(?:客户端|客戶端|APP|App)|扫码|掃碼|扫描二维码|掃描二維碼|长按识别|長按識別|关注公众号|關注公眾號|关注我们的公众号/;

// ---------------------------------------------------------------- captions

const PHOTO_CREDIT = /(?:^|[。！？.!?\s)）])[^。！？\s]{1,14}(?<!拍|航)(?:摄|攝|供图|供圖|製圖|制图)[)）]?$/;
const PHOTO_SOURCE = /(资料图片|資料圖片|资料图|資料圖|网络图片|網絡圖片|资料照片|資料照片|视频截图|視頻截圖|受访者供图|受訪者供圖)[)）]?$/;
// "图/pixabay", "圖片／路透社": a picture's source line under an image, never a title.
const PHOTO_START = /^(图为|圖為|图：|圖：|上图|下图|左图|右图|上圖|下圖|左圖|右圖|图\d|圖\d|组图|組圖|[图圖]片?\s*[/／|丨])/;

/** Photo captions: a bare name under a portrait, or a caption ending in a photo credit ("…周滿鏗攝"). */
export function isCaption(text: string): boolean {
  const t = text.trim();
  if (isPersonName(t)) return true;
  // spaces around a photographer's name ("（张三 摄）") do not matter
  const tight = t.replace(/\s+/g, '');
  return PHOTO_CREDIT.test(tight) || PHOTO_SOURCE.test(tight) || (PHOTO_START.test(t) && t.length <= 120);
}

/** A caption's sentence without its photo credit; '' for a caption that is no sentence (a bare name, a source line). */
export function cutPhotoCredit(text: string): string {
  const t = text.replace(/\s+/g, '');
  const m = PHOTO_CREDIT.exec(t);
  const cut = m ? t.slice(0, m.index + (/[^。！？.!?)）]/.test(m[0][0]!) ? 0 : 1)) : t;
  return /[。！？.!?]$/.test(cut) && /[，,]/.test(cut) ? cut : '';
}

// ---------------------------------------------------------------- topics

const TOPIC_WORD = '(?:话题|話題|议题|議題|主题|主題|小标题|小標題|话题[一二三四五六七八九十\\d]+|話題[一二三四五六七八九十\\d]+|议题[一二三四五六七八九十\\d]+|議題[一二三四五六七八九十\\d]+)';

export type TopicMatch = { kind: 'marker' } | { kind: 'title'; title: string };

/** "话题:" alone (the title follows), "话题：标题", "【话题】标题", "【标题】". */
export function matchTopic(text: string): TopicMatch | null {
  const t = text.trim();
  if (new RegExp(`^${TOPIC_WORD}\\s*[:：]?$`).test(t)) return { kind: 'marker' };
  let m = new RegExp(`^${TOPIC_WORD}\\s*[:：]\\s*(.{2,40})$`).exec(t);
  // a topic may be asked as a question, but it is not a sentence
  if (m && !/[。！]$/.test(m[1]!)) return { kind: 'title', title: m[1]!.trim() };
  m = new RegExp(`^【\\s*${TOPIC_WORD}\\s*】\\s*(.*)$`).exec(t);
  if (m) return m[1]!.trim() ? { kind: 'title', title: m[1]!.trim() } : { kind: 'marker' };
  m = /^【([^】]{2,30})】$/.exec(t);
  if (m) return { kind: 'title', title: m[1]!.trim() };
  return null;
}

/** A short line that could head a section: no sentence punctuation, no clause commas. */
export function isTitleLike(text: string): boolean {
  const t = stripOrnament(text.trim()).replace(/[？?]$/, ''); // a section may be headed by a question
  return t.length >= 2 && t.length <= 30 && !/[。！？!?，,；;]/.test(t) && !/[:：]$/.test(t);
}

// ---------------------------------------------------------------- speaker labels

/** Labels that announce an interviewer or a question, not a voice of the roundtable. */
const HOST_LABEL =
  /^(主持人|主持|记者|記者|本报记者|本報記者|本刊记者|本刊記者|问|問|答|提问|提問|网友提问|網友提問|读者提问|讀者提問|观众提问|觀眾提問|Q|A|编者|編者)(?=$|\p{Script=Han}{2,4}$)/u;
// an outlet asking ("《21世纪》：", "新华社记者：", "路透社記者："): the interviewer, never a voice
const OUTLET_ASKS =
  /^(?:《[^》]{1,20}》|[^：:，。]{1,4}(?:报|報)|[^：:，。]{1,16}(?:记者|記者|日报|日報|晚报|晚報|时报|時報|周刊|週刊|新闻网|新聞網|杂志|雜誌|电视台|電視台|通讯社|通訊社|新华社|新華社|中新社))$/;
// the editors answering a letters column ("编辑部：感谢来信…"): the column's host, not a voice
const EDITORS = /^(?:本刊|本报|本報)?(?:编辑部|編輯部|小编|小編)$/;
// a reporter named after the role ("總臺記者 朱某", "本台记者李某") or with the role in brackets ("李某(本台记者)")
const REPORTER_ROLE = /(?:记者|記者|主持人|通讯员|通訊員)$/;
const REPORTER_THEN_NAME = /(?:记者|記者|主持人)(\p{Script=Han}{2,4})$/u;
export function isHostLabel(label: string): boolean {
  const full = squeeze(label);
  const inner = /[（(]([^（()）]*)[)）]$/.exec(full)?.[1];
  // (a microblog handle is its owner speaking, whatever the profession: "@某某(主持人):")
  if (inner && REPORTER_ROLE.test(inner) && !full.startsWith('@')) return true;
  // "主持人（张三）": the host named in brackets is still the host
  const l = full.replace(/[（(][^（()）]*[)）]$/, '');
  if (HOST_LABEL.test(l) || OUTLET_ASKS.test(l) || EDITORS.test(l)) return true;
  // a reporter asks, whoever employs them: never a voice (a byline or a credit names them)
  const named = REPORTER_THEN_NAME.exec(l);
  return named !== null && l.length <= 24 && isPersonName(named[1]!);
}

/** The roles of a programme or an agenda: "主持人：张三（北京大学）" lists who sits where, nobody speaks. */
const PROGRAMME_ROLE =
  /^(主持人?|主席|评论人|評論人|评议人|評議人|点评人|點評人|主讲人?|主講人?|报告人|報告人|演讲人|演講人|讨论人|討論人|与谈人|與談人|对谈人|對談人|致辞|致辭|发言人|發言人|召集人|嘉宾|嘉賓|特邀嘉宾|特邀嘉賓|主办|主辦|承办|承辦|协办|協辦|时间|時間|地点|地點)$/;
export function isProgrammeRole(label: string): boolean {
  return PROGRAMME_ROLE.test(squeeze(label));
}

/** Labels that are never speakers: metadata keys, captions, narrative lead-ins ("他表示", "…如下"). */
const NOT_SPEAKER_LABEL =
  /^(其[一二三四五六七八九十]|第[一二三四五六七八九十]|[一二三四五六七八九十]是|首先|其次|再次|最后|最後|另外|此外|总之|總之|免责声明|免責聲明|声明|聲明|版权声明|版權聲明|特别声明|特別聲明|风险提示|風險提示|点评|點評|专家点评|專家點評|短评|短評|简评|簡評|评论|評論|述评|述評|评析|評析|解读|解讀|观点|觀點|结语|結語|小结|小結|总结|總結|编后|編後|话题|話題|议题|議題|主题|主題|标题|標題|本期嘉宾|本期嘉賓|嘉宾|嘉賓|特邀嘉宾|特邀嘉賓|出席嘉宾|出席嘉賓|与会嘉宾|與會嘉賓|出席人员|出席人員|对话嘉宾|對話嘉賓|访谈嘉宾|訪談嘉賓|受访者|受訪者|受访嘉宾|受訪嘉賓|参与者|參與者|注|附|备注|備註|图|圖|图为|圖為|导语|導語|摘要|编者按|編者按|核心提示|提示|按|链接|鏈接|相关链接|相關鏈接|延伸阅读|延伸閱讀|背景|小贴士|小貼士|数据|數據|来源|來源|时间|時間|地点|地點|日期|电话|電話|地址|网址|網址|邮箱|郵箱|例如|比如|其中|结果|結果|原因|理由|目标|目標|答案|内容|內容|方式|要求|口号|口號|主要内容|Tips|PS|注意)$/i;
const SITE_TOOLBAR = /设为首页|設為首頁|设为主页|設為主頁|加入收藏|网站地图|網站地圖|网站导航|網站導航/;
const NARRATIVE_END =
  /(证明|證明|叙述|敘述|记载|記載|描述|报道|報道|载|載|来看|來看|而言|来说|來說|看来|看來|说|說|表示|称|稱|指出|认为|認為|介绍|介紹|坦言|直言|强调|強調|透露|告诉|告訴|提到|写道|寫道|问道|問道|回答|答道|笑道|感慨|如下|以下|包括|分别|分別|是|即|曰|获悉|獲悉|了解到|得知|发现|發現|看到|显示|顯示|提出|建议|建議|呼吁|呼籲|要求|(?:告诉|告訴|对|對|跟|向)(?:本报|本報)?(?:记者|記者))$/;

// verbs of saying or praising inside: "晚清词人陈廷焯称赞此诗：" reports a quotation, no role holds them
const NARRATIVE_INSIDE = /(称赞|稱讚|赞叹|讚嘆|感叹|感嘆|写道|寫道|说道|說道|评价|評價|曾说|曾說|认为|認為|表示|指出|强调|強調)/;

// on-screen text and the narration of a broadcast, not a voice: "字幕提示：", "画外音：", "解說詞："
const SCREEN_LABEL = /^(?:字幕|画面|畫面|同期声|同期聲|解[说說説][词詞]?|旁白|画外音|畫外音|配音|图注|圖注|图说|圖說)(?:提示|说明|說明)?$/;

const CITED_FROM = /^(摘自|选自|選自|转自|轉自|引自|出自|节选自|節選自|节选|節選|摘编自|摘編自|据|據)/;

// "…会务组负责人联系方式：", "相关信息：": a box of contact details or links, not a voice
const CONTACT_END = /(联系方式|聯繫方式|联系人|聯繫人|联系电话|聯繫電話|电话|電話|传真|傳真|邮箱|郵箱|地址|网址|網址|信息|資訊|简介|簡介|链接|鏈接)$/;

const LATIN_NAME_BRACKETED = /^[A-Z][a-z]{1,14}(?:[A-Z][a-z]{1,14}){0,2}[（(][^()（）]{2,40}[)）]$/u;

/** Whether a string can be a speaker label by its form: short, no sentence punctuation, balanced, not a lead-in. */
export function isLabelShaped(label: string): boolean {
  // cheapest tests first: this runs on every colon of every Chinese page
  const l = /\s/.test(label) ? squeeze(label) : label;
  if (l.length < 2 || l.length > 45) return false;
  if (/[。；！？;!?"]/.test(l)) return false;
  // commas inside brackets are a description ("黃先生（55歲，的士司機）"), not a clause
  if (/[，,]/.test(l) && /[，,]/.test(l.replace(/[（(][^（()）]*[)）]/g, '')) && !isTitleChain(l)) return false;
  // a quotation opens a paragraph of speech, not a label, unless it closes inside ("“95后”返乡青年张明")
  if (/^[【\d]/.test(l) || (/^[“‘「『《]/.test(l) && !isBalanced(l))) return false;
  // "（002776）柏堡龙", "(3)致辞": a stock code or list numbering opens a list item, not a label
  if (/^[（(]\s*\d/.test(l)) return false;
  // a citation, not a speaker: "（宋）陆游" (a dynasty), "鲁迅《故乡》" (a work), "摘自人民日报" (a source)
  // ("《21世纪》" alone is an outlet asking questions: a host label, kept)
  if (/^[（(〔［\[][^）)〕］\]]{1,3}[）)〕］\]]/.test(l) || (/》$/.test(l) && !/^《[^》]+》$/.test(l)) || CITED_FROM.test(l)) return false;
  // dates, times and list numbering run into the text before a colon when lists are flattened ("03-056外交部")
  if (/\d[-/.:]\d|[|/]/.test(l)) return false;
  if (NARRATIVE_END.test(l) || NOT_SPEAKER_LABEL.test(l) || SCREEN_LABEL.test(l) || NARRATIVE_INSIDE.test(l) || CONTACT_END.test(l)) return false;
  // a site's toolbar ("工作管理 设为主页 加入收藏 英文网站"): navigation, whatever it ends with
  if (l.length >= 6 && SITE_TOOLBAR.test(l)) return false;
  // (a Latin name with what they do in brackets, all in Latin: "Cecilia(Nudité Fashion)", as Hong Kong pages label
  // designers and shop owners by their brand)
  if (!/\p{Script=Han}.*?\p{Script=Han}/u.test(l) && !/^@/.test(l) && !LATIN_NAME_BRACKETED.test(l)) return false;
  if (CREDIT_LABEL.test(l)) return false;
  return isBalanced(l);
}

/**
 * Titles joined by commas instead of 、: "全国政协委员，中国农业大学教授李华". Each part before the last ends
 * with a role word and the last part names someone; anything else with a comma is a sentence.
 */
function isTitleChain(label: string): boolean {
  const parts = label.split(/[，,]/);
  if (parts.length > 3 || label.length > 45) return false;
  // or the name first, one comma, then titles ending like one: "李华，全国政协委员、某大学教授" (a speaker's head line)
  if (parts.length === 2 && isPersonName(parts[0]!.trim()) && !/[\s的是在]/.test(parts[1]!.trim()) && endsWithTitle(parts[1]!.trim())) return true;
  const last = parts.pop()!;
  if (!parts.every((p) => p.length >= 2 && endsWithRoleWord(p))) return false;
  const split = splitSpeakerLabel(last);
  return split.name !== null && split.evidence >= 2;
}

export interface LabelMatch {
  label: string;
  /** The speech after the colon on the same line; '' when the label stands alone. */
  speech: string;
  colon: boolean;
}

/** "label：speech" or "label：" alone; the colon is ASCII or full-width, the label short and well-formed. */
// Bullets and ornaments that open a line in print ("■", "◆", "▲") are not part of a label or a title.

export function stripOrnament(text: string): string {
  return text.replace(/^[■□◆◇●○▲△▼▽★☆※►▶•]+\s*/, '');
}

// Live stock quotes some sites inject after a company's name: "贝莱德(431.2, 7.37, 1.74%)", "PIMCO(0, 0.00, 0.00%)".
const TICKER_QUOTE = /[（(]\s*-?\d+(?:\.\d+)?\s*[,，]\s*[-+]?\d+(?:\.\d+)?\s*[,，]\s*[-+]?\d+(?:\.\d+)?%\s*[)）]/g;

/** The text without injected stock quotes. */
export function stripTickerQuotes(text: string): string {
  return text.includes('%') ? text.replace(TICKER_QUOTE, '') : text;
}

// a headline in a list ends with its date: "…市场底不远 2015/07/03", "（07-03）"
// (a bracketed date and a hit count may close it: "…更好(2006-12-16)[355]")
const DATE_END = /(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/]\d{1,2})[)）\]]?(?:\s*\d{1,2}:\d{2})?(?:\s*\[\d+\])?$/;

export function matchLabel(text: string): LabelMatch | null {
  const t = stripOrnament(text.trim());
  // (dashes where the colon would stand, alone on the line: "石培文委员——" over the section's words)
  const m = /^([^:：]{2,60}?)\s*(?:[:：]|[—―]{1,2}$)\s*/.exec(t);
  if (!m) return null;
  const label = stripTickerQuotes(m[1]!).trim();
  if (!isLabelShaped(label)) return null;
  const speech = t.slice(m[0].length).trim();
  // "10:30" and URLs are not labels
  if (/^\d/.test(speech) && /\d$/.test(label)) return null;
  if (DATE_END.test(speech) && speech.length <= 60) return null;
  return { label, speech, colon: true };
}

// a quotation someone says holds a sentence or a clause; a quoted title ("“全球经济失衡的调整”") does not
const QUOTE_SAYS = /[。！？!?…，,；;]/;

/** "“……”——全国人大代表、某某学校教师王某某": a whole quotation, then its speaker after dashes. */
export function matchQuoteAttribution(text: string): { speech: string; label: string } | null {
  const m = /^([“「『].*[”」』][。！？!?]?)\s*(?:—{1,2}|―{1,2}|－－|─{1,2}|-{2,3})\s*([^—―]{2,90})$/.exec(text.trim());
  if (!m || !isBalanced(m[1]!) || !QUOTE_SAYS.test(m[1]!)) return null;
  const label = stripReadingGlosses(m[2]!).trim().replace(/[。．.]$/, '');
  if (label.length > 50 || !isBalanced(label)) return null;
  return isLabelShaped(label) ? { speech: m[1]!, label } : null;
}

/**
 * "……是致命的。——某俱乐部 申思": a pull quote printed without quotation marks, whole sentences, then its
 * speaker after dashes. Only a name makes the dashes a signature (the caller checks): after unquoted text they
 * may close an aside.
 */
export function matchSentenceAttribution(text: string): { speech: string; label: string } | null {
  const m = /^([^“”「」『』—―]{8,}[。！？!?…])\s*(?:—{2}|―{2}|－－)\s*([^—―。，,；;！？!?]{2,40})$/.exec(text.trim());
  if (!m) return null;
  const label = stripReadingGlosses(m[2]!).trim();
  return isLabelShaped(label) ? { speech: m[1]!, label } : null;
}

/** "陳先生（的士司機）「……」": a label, then the quotation to the paragraph's end, no colon between. */
export function matchQuotedLabel(text: string): LabelMatch | null {
  const m = /^([^“”「」『』：:，,。]{2,40}?)\s*([“「『].*[”」』][。！？!?]?)$/.exec(stripOrnament(text.trim()));
  if (!m || !isBalanced(m[2]!) || !QUOTE_SAYS.test(m[2]!)) return null;
  const label = m[1]!.trim();
  return isLabelShaped(label) ? { label, speech: m[2]!, colon: false } : null;
}

/**
 * "民生证券 吴春华", "吴春华 民生证券": an organisation and a person's name, a space between, nothing else on
 * the line. Only the shape says it is a label, so the caller needs it repeated.
 */
export function matchLooseLabel(text: string): { name: string; role: string; shape: string } | null {
  const t = text.trim();
  if (t.length > 24) return null;
  const m = /^(\S{2,16})[ \t\u3000]+(\S{2,16})$/u.exec(t);
  if (!m) return null;
  const [a, b] = [m[1]!, m[2]!];
  const plain = (s: string) => /^[\p{Script=Han}A-Za-z&]+$/u.test(s);
  if (!plain(a) || !plain(b)) return null;
  // "摄影 王强", "编辑 李明": a credit, not a speaker
  if (CREDIT_LABEL.test(a) || CREDIT_LABEL.test(b) || /(记者|記者|编辑|編輯|通讯员|通訊員|实习生|實習生)$/.test(a)) return null;
  if (isPersonName(b) && !isPersonName(a)) return { name: b, role: a, shape: 'org name' };
  if (isPersonName(a) && !isPersonName(b)) return { name: a, role: b, shape: 'name org' };
  return null;
}

// A vox pop paragraph: "市民李女士说：“…”" — who, a verb of saying, then one quotation to the end of the paragraph.
// (a handle in quotes may sit in the label: "网友“晨曦微露”说：“…”")
const SAID = /^([^，,。：:“”「」『』\s][^，,。：:]{1,29}?)(?:说|說|説|表示|讲|講|告诉记者|告訴記者|坦言|直言|笑着说|笑著說)\s*[:：，,]\s*([“「][^“「]*(?:[“「][^”」]*[”」][^“「]*)*[”」][。！？]?)$/;

/** "市民李女士说：“…”": the speaker's label and the quotation, when the paragraph is nothing but that. */
// "市民李女士说：" alone on its line, the quotation in the paragraphs below
const SAID_ALONE = /^([^，,。：:“”「」『』\s][^，,。：:“”「」『』]{1,29}?)(?:说|說|説|表示|讲|講|坦言|直言)\s*[:：]$/;

// "“……”家住迎泽区的王女士说。": the quotation first, then who said it, to the paragraph's end
const SAID_AFTER = /^([“「][^“「]*(?:[“「][^”」]*[”」][^“「]*)*[”」])\s*[，,]?\s*([^，,。：:“”「」『』\s][^，,。：:“”「」『』]{1,29}?)(?:说|說|説|表示|坦言|直言|笑着说|笑著說)[。.！!]?$/;

export function matchSaidLabel(text: string): LabelMatch | null {
  const t = stripOrnament(text.trim());
  const alone = SAID_ALONE.exec(t);
  if (alone) return isLabelShaped(alone[1]!.trim()) ? { label: alone[1]!.trim(), speech: '', colon: true } : null;
  const after = SAID_AFTER.exec(t);
  if (after && QUOTE_SAYS.test(after[1]!)) {
    const label = after[2]!.trim();
    return isLabelShaped(label) ? { label, speech: after[1]!, colon: false } : null;
  }
  const m = SAID.exec(t);
  if (!m) return null;
  const label = m[1]!.trim();
  if (!isLabelShaped(label)) return null;
  return { label, speech: m[2]!, colon: true };
}

/** "——全国人大代表、山东省教育厅副厅长张志勇": an attribution after the quoted speech (or a deck). */
export function matchAttribution(text: string): string | null {
  // em dashes, horizontal bars ("――", as some traditional fonts set them), box rules, hyphens ("---")
  const m = /^(?:—{1,2}|―{1,2}|－－|-{2,3}|─{1,2})\s*(.{2,50})$/.exec(stripReadingGlosses(text.trim()));
  if (!m) return null;
  // a signature may close with a full stop ("――著名哲学家李某。"): the stop ends the line, not a clause
  const label = m[1]!.trim().replace(/[。．.]$/, '');
  return isLabelShaped(label) ? label : null;
}

// A mirror's pinyin glosses after characters ("政協(xié)委員"): the reader reads past them, so do names and roles
// (the gloss after its opening bracket, toned pinyin: one copy of it for the three readers of glosses)
export const TONED_GLOSS = '(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6} ?\\)';
const READING_GLOSS = /* @__PURE__ */ new RegExp(/* @__PURE__ */ '(?<=\\p{Script=Han})\\('.concat(TONED_GLOSS), 'gu');

/** A label without a mirror's pinyin glosses ("全國政協(xié)委員" → "全國政協委員"); other text as it is. */
export function stripReadingGlosses(text: string): string {
  return text.includes('(') ? text.replace(READING_GLOSS, '') : text;
}

/** Strips a deck's leading dashes. */
export function stripDashes(text: string): string {
  return text.replace(/^\s*(?:—{1,2}|―{1,2}|－－|-{2,3}|─{1,2}|~~|～～)\s*/, '').trim();
}

export function startsWithDashes(text: string): boolean {
  return /^\s*(?:—|―|－－|--|─)/.test(text);
}
