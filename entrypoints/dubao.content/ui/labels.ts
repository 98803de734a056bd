/**
 * The in-page UI's own words, in the browser's UI language (English, simplified or traditional
 * Chinese). Kept as data so the renderers stay pure and testable.
 */
export interface UiLabels {
  brand: string;
  openSidebar: string;
  closeSidebar: string;
  sidebarRegion: string;
  pinyin: string;
  pinyinShort: string;
  script: string;
  scriptToTraditional: string;
  scriptToSimplified: string;
  copyMarkdown: string;
  copied: string;
  copyFailed: string;
  lead: string;
  topic: string;
  topicsList: string;
  speakersOf: string;
  reporter: string;
  figures: string;
  answers: string;
  keyPoints: string;
  fullStatement: string;
  hideStatement: string;
  credits: string;
  captions: string;
  nothingFound: string;
  notChinese: string;
  layersHint: string;
  selectionTitle: string;
  selectionPinyin: string;
  selectionOther: string;
  close: string;
  unnamed: string;
}

const EN: UiLabels = {
  brand: 'DuBao 读报',
  openSidebar: 'Open the DuBao outline',
  closeSidebar: 'Close the DuBao outline',
  sidebarRegion: 'DuBao outline of this feature',
  pinyin: 'Pinyin readings',
  pinyinShort: '拼',
  script: 'Simplified / traditional',
  scriptToTraditional: 'Show traditional characters',
  scriptToSimplified: 'Show simplified characters',
  copyMarkdown: 'Copy as Markdown',
  copied: 'Outline copied as Markdown.',
  copyFailed: 'Could not copy the outline.',
  lead: 'Lead',
  topic: 'Topic',
  topicsList: 'Topics',
  speakersOf: 'Speakers on',
  reporter: 'Reporter',
  figures: 'Figures',
  answers: 'Answers',
  keyPoints: 'Key points',
  fullStatement: 'Full statement',
  hideStatement: 'Hide statement',
  credits: 'Credits',
  captions: 'Photos',
  nothingFound: 'No roundtable feature was found on this page. The reading layers still work on its text.',
  notChinese: 'This page does not read as Chinese.',
  layersHint: 'Reading layers',
  selectionTitle: 'Selected text',
  selectionPinyin: 'Pinyin',
  selectionOther: 'Other script',
  close: 'Close',
  unnamed: 'Speaker',
};

const ZH_CN: UiLabels = {
  brand: '读报 DuBao',
  openSidebar: '打开读报提纲',
  closeSidebar: '关闭读报提纲',
  sidebarRegion: '本篇报道的读报提纲',
  pinyin: '拼音注音',
  pinyinShort: '拼',
  script: '简繁转换',
  scriptToTraditional: '显示繁体字',
  scriptToSimplified: '显示简体字',
  copyMarkdown: '复制为 Markdown',
  copied: '提纲已复制为 Markdown。',
  copyFailed: '未能复制提纲。',
  lead: '导语',
  topic: '话题',
  topicsList: '话题',
  speakersOf: '发言人:',
  reporter: '记者',
  figures: '数据',
  answers: '回应',
  keyPoints: '要点',
  fullStatement: '全文',
  hideStatement: '收起',
  credits: '本版',
  captions: '图片',
  nothingFound: '本页未发现圆桌类报道。拼音与简繁转换仍可用于本页文字。',
  notChinese: '本页不是中文页面。',
  layersHint: '阅读辅助',
  selectionTitle: '所选文字',
  selectionPinyin: '拼音',
  selectionOther: '另一字形',
  close: '关闭',
  unnamed: '发言人',
};

const ZH_TW: UiLabels = {
  brand: '讀報 DuBao',
  openSidebar: '打開讀報提綱',
  closeSidebar: '關閉讀報提綱',
  sidebarRegion: '本篇報導的讀報提綱',
  pinyin: '拼音注音',
  pinyinShort: '拼',
  script: '簡繁轉換',
  scriptToTraditional: '顯示繁體字',
  scriptToSimplified: '顯示簡體字',
  copyMarkdown: '複製為 Markdown',
  copied: '提綱已複製為 Markdown。',
  copyFailed: '未能複製提綱。',
  lead: '導語',
  topic: '話題',
  topicsList: '話題',
  speakersOf: '發言人:',
  reporter: '記者',
  figures: '數據',
  answers: '回應',
  keyPoints: '要點',
  fullStatement: '全文',
  hideStatement: '收起',
  credits: '本版',
  captions: '圖片',
  nothingFound: '本頁未發現圓桌類報導。拼音與簡繁轉換仍可用於本頁文字。',
  notChinese: '本頁不是中文頁面。',
  layersHint: '閱讀輔助',
  selectionTitle: '所選文字',
  selectionPinyin: '拼音',
  selectionOther: '另一字形',
  close: '關閉',
  unnamed: '發言人',
};

/** Labels for a UI language tag ("zh-TW", "zh_HK", "en-US", …); English when unknown. */
export function pickLabels(language: string | null | undefined): UiLabels {
  const tag = (language ?? '').toLowerCase().replace('_', '-');
  if (/^zh-(tw|hk|mo|hant)/.test(tag)) return ZH_TW;
  if (tag.startsWith('zh')) return ZH_CN;
  return EN;
}

export const DEFAULT_LABELS = EN;
