import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messages';

async function render(root: HTMLElement): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const status = document.createElement('p');
  status.setAttribute('data-testid', 'status');
  root.replaceChildren(status);
  if (tab?.id == null) {
    status.textContent = 'No tab.';
    return;
  }
  try {
    const state = await sendMessage('getPageState', undefined, tab.id);
    status.textContent = state.chinese ? 'This page is Chinese.' : 'This page is not Chinese.';
  } catch {
    status.textContent = 'DuBao cannot read this page.';
  }
}

void render(document.getElementById('app')!);
