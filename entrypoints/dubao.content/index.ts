import { detectDocumentLanguage } from '@/lib/understand/detect-language';
import { onMessage, sendMessage, type PageState } from '@/lib/messages';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    const verdict = detectDocumentLanguage(document);
    const state: PageState = {
      chinese: verdict.chinese,
      lang: verdict.lang,
      hanShare: verdict.hanShare,
      script: 'simplified',
      detected: false,
      topics: 0,
      speakers: 0,
      pinyin: false,
      scriptState: 'original',
      sidebarOpen: false,
      disabled: false,
    };
    document.documentElement.setAttribute('data-dubao-chinese', String(verdict.chinese));
    ctx.onInvalidated(() => document.documentElement.removeAttribute('data-dubao-chinese'));
    onMessage('getPageState', () => state);
    sendMessage('reportPageState', state).catch(() => {
      // The background may be restarting; the popup asks again when opened.
    });
  },
});
