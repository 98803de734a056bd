import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/messages';

export default defineBackground(() => {
  // The badge shows the number of speakers on tabs where a feature was found.
  onMessage('reportPageState', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return;
    const text = data.detected && data.speakers > 0 ? String(data.speakers) : '';
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#9b1c1c' });
  });
});
