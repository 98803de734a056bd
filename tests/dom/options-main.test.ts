/** The settings page's wiring (entrypoints/options/main.ts) against the fake browser's storage. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { useLocale } from '../helpers/fake-i18n';

const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown> | undefined;

async function openOptions(): Promise<HTMLElement> {
  document.body.replaceChildren(Object.assign(document.createElement('main'), { id: 'app' }));
  vi.resetModules();
  await import('@/entrypoints/options/main');
  const root = document.getElementById('app')!;
  await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
  return root;
}

const input = (root: HTMLElement, selector: string) => root.querySelector<HTMLInputElement>(selector)!;

beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('en');
  (fakeBrowser.commands as unknown as Record<string, unknown>).getAll = vi.fn(async () => [
    { name: 'toggle-pinyin', description: 'Toggle pinyin', shortcut: 'Alt+Shift+Y' },
    { name: '_execute_action', description: '', shortcut: '' },
  ]);
});

describe('the settings page, wired', () => {
  it('shows what is stored, repairing a corrupt value', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, variant: 'hk', grouping: 'syllable' }, settings$: { v: 2 } });
    const root = await openOptions();
    expect(input(root, 'input[name="variant"][value="hk"]').checked).toBe(true);
    expect(input(root, 'input[name="grouping"][value="word"]').checked).toBe(true);
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, variant: 'hk' });
    expect([...root.querySelectorAll('[data-command]')].map((r) => r.getAttribute('data-command'))).toEqual(['toggle-pinyin']);
  });

  it('saves each change to storage at once and says so', async () => {
    const root = await openOptions();
    const zhuyin = input(root, 'input[name="readingStyle"][value="zhuyin"]');
    zhuyin.checked = true;
    zhuyin.dispatchEvent(new Event('change'));
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ notation: 'zhuyin' }));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="saved"]')!.textContent).toMatch(/^Saved/));
    const sites = root.querySelector<HTMLTextAreaElement>('textarea[name="offSites"]')!;
    sites.value = 'mail.example.com\nhttps://www.Example.org/path';
    sites.dispatchEvent(new Event('change'));
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ offSites: ['mail.example.com', 'www.example.org'] }));
    expect(sites.value).toBe('mail.example.com\nwww.example.org');
  });

  it('follows a change made elsewhere (the popup\'s variant)', async () => {
    const root = await openOptions();
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, variant: 'twp' } });
    await vi.waitFor(() => expect(input(root, 'input[name="variant"][value="twp"]').checked).toBe(true));
  });

  it('restores the defaults in storage', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, toneColors: true, autoSites: ['a.example.com'] }, settings$: { v: 2 } });
    const root = await openOptions();
    root.querySelector<HTMLElement>('[data-action="reset"]')!.click();
    await vi.waitFor(async () => expect(await stored()).toEqual(DEFAULT_SETTINGS));
    expect(input(root, 'input[name="toneColors"]').checked).toBe(false);
  });

  it('says so when the browser refuses to save', async () => {
    const root = await openOptions();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const colors = input(root, 'input[name="toneColors"]');
    colors.checked = true;
    colors.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="saved"]')!.textContent).toMatch(/^Couldn't save/));
    await vi.waitFor(() => expect(colors.checked).toBe(false));
    vi.restoreAllMocks();
  });
});
