/**
 * The in-page UI's own words. The wording lives in assets/locales/*.yml (keys `ui.*`), shared with
 * the popup and settings through @wxt-dev/i18n; this typed object is filled from it once per mount
 * so the renderers stay pure and testable.
 *
 * The language is the extension's locale, which the browser picks from its own UI language, the
 * same for the page UI, the popup and the settings (not the page's language). Chrome looks for the
 * exact locale, then the bare language, then `default_locale` (en): checked in Chromium 156, a
 * browser in zh-TW gets zh_TW, but zh-HK and zh-MO get English, since there is no `zh_HK` (or `zh`)
 * messages file. Chrome does load a `_locales/zh_HK` if one is shipped.
 */
import { i18n } from '#i18n';
import type { FeatureKind } from '@/lib/outline';

export interface UiLabels {
  brand: string;
  openSidebar: string;
  closeSidebar: string;
  sidebarRegion: string;
  pinyin: string;
  pinyinShort: string;
  scriptToTraditional: string;
  scriptToSimplified: string;
  copyMarkdown: string;
  copied: string;
  copyFailed: string;
  lead: string;
  /** "Topic 3" / "话题 3": the number is put in by the message (word order differs by language). */
  topicNumber(n: number): string;
  topicsList: string;
  reporter: string;
  figures: string;
  answers: string;
  keyPoints: string;
  asks: string;
  fullStatement: string;
  hideStatement: string;
  credits: string;
  captions: string;
  nothingFound: string;
  notChinese: string;
  /** The people quoted, on request (no feature found): the offer, the banner over them, nobody named. */
  showQuoted: string;
  quotedBanner: string;
  nobodyQuoted: string;
  /** The one untitled topic of a reading on request: the people, not "Topic 1" of a feature it is not. */
  quotedTopic: string;
  /** The one untitled topic of a feature found: "Voices", "Panel", "Speakers" by its kind, not "Topic 1". */
  soleTopic(kind: FeatureKind | null): string;
  layersHint: string;
  selectionTitle: string;
  selectionPinyin: string;
  selectionOther: string;
  close: string;
  unnamed: string;
}

/** The labels in the extension's current locale. */
export function readLabels(): UiLabels {
  return {
    brand: i18n.t('ui.brand'),
    openSidebar: i18n.t('ui.openSidebar'),
    closeSidebar: i18n.t('ui.closeSidebar'),
    sidebarRegion: i18n.t('ui.sidebarRegion'),
    pinyin: i18n.t('ui.pinyin'),
    pinyinShort: i18n.t('ui.pinyinShort'),
    scriptToTraditional: i18n.t('ui.scriptToTraditional'),
    scriptToSimplified: i18n.t('ui.scriptToSimplified'),
    copyMarkdown: i18n.t('ui.copyMarkdown'),
    copied: i18n.t('ui.copied'),
    copyFailed: i18n.t('ui.copyFailed'),
    lead: i18n.t('ui.lead'),
    topicNumber: (n) => i18n.t('ui.topicNumber', [String(n)]),
    topicsList: i18n.t('ui.topicsList'),
    reporter: i18n.t('ui.reporter'),
    figures: i18n.t('ui.figures'),
    answers: i18n.t('ui.answers'),
    keyPoints: i18n.t('ui.keyPoints'),
    asks: i18n.t('ui.asks'),
    fullStatement: i18n.t('ui.fullStatement'),
    hideStatement: i18n.t('ui.hideStatement'),
    credits: i18n.t('ui.credits'),
    captions: i18n.t('ui.captions'),
    nothingFound: i18n.t('ui.nothingFound'),
    notChinese: i18n.t('ui.notChinese'),
    showQuoted: i18n.t('ui.showQuoted'),
    quotedBanner: i18n.t('ui.quotedBanner'),
    nobodyQuoted: i18n.t('ui.nobodyQuoted'),
    quotedTopic: i18n.t('ui.quotedTopic'),
    soleTopic: (kind) =>
      kind === 'voices'
        ? i18n.t('ui.soleTopicVoices')
        : kind === 'panel'
          ? i18n.t('ui.soleTopicPanel')
          : i18n.t('ui.soleTopicRoundtable'),
    layersHint: i18n.t('ui.layersHint'),
    selectionTitle: i18n.t('ui.selectionTitle'),
    selectionPinyin: i18n.t('ui.selectionPinyin'),
    selectionOther: i18n.t('ui.selectionOther'),
    close: i18n.t('ui.close'),
    unnamed: i18n.t('ui.unnamed'),
  };
}
