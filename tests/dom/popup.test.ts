import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from '@/lib/messages';
import { renderPopup, type PopupActions, type PopupModel } from '@/entrypoints/popup/view';
import { useLocale } from '../helpers/fake-i18n';
import { pageState } from '../helpers/page-state';

const state = pageState;

function mount(model: PopupModel) {
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  const actions: PopupActions = {
    setPinyin: vi.fn(),
    setScript: vi.fn(),
    setVariant: vi.fn(),
    setSidebar: vi.fn(),
    showQuoted: vi.fn(),
    openSettings: vi.fn(),
  };
  renderPopup(root, model, actions);
  const q = (selector: string) => root.querySelector<HTMLElement>(selector);
  const text = (selector: string) => q(selector)?.textContent ?? null;
  return { root, actions, q, text };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('en');
});

describe('the popup view', () => {
  it('says what it found on a roundtable page: 4 topics, 4 speakers', () => {
    const { text, q } = mount({ kind: 'ready', state: state(), variant: 'tw' });
    expect(text('[data-testid="status"]')).toBe('Chinese page, simplified characters');
    expect(text('[data-testid="feature"] h2')).toBe('Roundtable feature found');
    expect(text('[data-testid="topics"]')).toBe('4 topics');
    expect(text('[data-testid="speakers"]')).toBe('4 speakers');
    expect(q('[data-testid="speakers"]')!.dataset.count).toBe('4');
  });

  it('uses the singular for one', () => {
    const { text } = mount({ kind: 'ready', state: state({ topics: 1, speakers: 1 }), variant: 'tw' });
    expect(text('[data-testid="topics"]')).toBe('1 topic');
    expect(text('[data-testid="speakers"]')).toBe('1 speaker');
  });

  it('shows each layer as a toggle button whose pressed state is the tab\'s', () => {
    const { q } = mount({ kind: 'ready', state: state({ pinyin: true, scriptState: 'hk', sidebarOpen: false }), variant: 'hk' });
    expect(q('[data-action="pinyin"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(q('[data-action="script"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(q('[data-action="sidebar"]')!.getAttribute('aria-pressed')).toBe('false');
    expect(q('[data-action="pinyin"]')!.tagName).toBe('BUTTON');
    expect((q('[data-action="variant"]') as HTMLSelectElement).value).toBe('hk');
  });

  it('asks for the opposite of each toggle\'s state when clicked', () => {
    const { q, actions } = mount({ kind: 'ready', state: state({ pinyin: true, sidebarOpen: false }), variant: 'tw' });
    q('[data-action="pinyin"]')!.click();
    q('[data-action="script"]')!.click();
    q('[data-action="sidebar"]')!.click();
    q('[data-action="settings"]')!.click();
    expect(actions.setPinyin).toHaveBeenCalledWith(false);
    expect(actions.setScript).toHaveBeenCalledWith(true);
    expect(actions.setSidebar).toHaveBeenCalledWith(true);
    expect(actions.openSettings).toHaveBeenCalledOnce();
  });

  it('offers the three traditional variants, and reports a change', () => {
    const { q, actions } = mount({ kind: 'ready', state: state(), variant: 'tw' });
    const select = q('[data-action="variant"]') as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['tw', 'Traditional (Taiwan)'],
      ['twp', 'Traditional (Taiwan, local phrases)'],
      ['hk', 'Traditional (Hong Kong)'],
    ]);
    select.value = 'twp';
    select.dispatchEvent(new Event('change'));
    expect(actions.setVariant).toHaveBeenCalledWith('twp');
  });

  it('offers simplified characters, without variants, on a traditional page', () => {
    const { q, text } = mount({ kind: 'ready', state: state({ script: 'traditional', lang: 'zh-HK' }), variant: 'tw' });
    expect(text('[data-testid="status"]')).toBe('Chinese page, traditional characters');
    expect(text('[data-action="script"] .toggle-label')).toBe('Simplified characters');
    expect(q('[data-action="variant"]')).toBeNull();
  });

  it('says so when no feature is found, keeping the reading toggles', () => {
    const { q, text } = mount({ kind: 'ready', state: state({ detected: false, topics: 0, speakers: 0 }), variant: 'tw' });
    expect(text('[data-testid="feature"]')).toMatch(/^No roundtable feature/);
    expect(q('[data-testid="topics"]')).toBeNull();
    expect(q('[data-action="pinyin"]')).not.toBeNull();
  });

  it.each<[string, Partial<PageState>, boolean]>([
    ['a Chinese page without a feature', { detected: false, topics: 0, speakers: 0 }, true],
    ['a roundtable page', {}, false],
    ['a page that is not Chinese', { chinese: false, detected: false, topics: 0, speakers: 0 }, false],
    ['a site switched off', { detected: false, disabled: true }, false],
  ])('offers the people quoted on %s: %s', (_, over, offered) => {
    const { q, actions } = mount({ kind: 'ready', state: state(over), variant: 'tw' });
    const button = q('[data-action="show-quoted"]');
    expect(!!button).toBe(offered);
    if (!button) return;
    // under the "no feature" line, which stays as it was: the button asks, it finds nothing
    expect(button.previousElementSibling?.getAttribute('data-testid')).toBe('feature');
    expect(button.textContent).toBe('Show the people quoted');
    button.click();
    expect(actions.showQuoted).toHaveBeenCalledTimes(1);
    expect(q('[data-testid="feature"]')!.textContent).toMatch(/^No roundtable feature/);
  });

  it.each([
    ['zh_CN', '查看文中引述的人'],
    ['zh_TW', '查看文中引述的人'],
    ['zh_HK', '查看文中引述的人'],
  ] as const)('names the button in %s', async (locale, label) => {
    await useLocale(locale);
    const { q } = mount({ kind: 'ready', state: state({ detected: false, topics: 0, speakers: 0 }), variant: 'tw' });
    expect(q('[data-action="show-quoted"]')!.textContent).toBe(label);
  });

  // The count of people quoted, asked after the first paint: unknown (the button as it was), N ≥ 1, or nobody.
  const noFeature = () => state({ detected: false, topics: 0, speakers: 0 });
  it.each<[string, number | undefined, string]>([
    ['unknown or unavailable', undefined, 'Show the people quoted'],
    ['one', 1, 'Show the 1 person quoted'],
    ['three', 3, 'Show the 3 people quoted'],
  ])('the people-quoted button with a count %s', (_, quoted, label) => {
    const { q, actions } = mount({ kind: 'ready', state: noFeature(), variant: 'tw', ...(quoted == null ? {} : { quoted }) });
    const button = q('[data-action="show-quoted"]')!;
    expect(button.textContent).toBe(label);
    expect(button.dataset.count).toBe(quoted == null ? undefined : String(quoted));
    expect(q('[data-testid="nobody-quoted"]')).toBeNull();
    button.click();
    expect(actions.showQuoted).toHaveBeenCalledOnce();
  });

  it('nobody quoted: no button, a muted line under the "no feature" one', () => {
    const { q } = mount({ kind: 'ready', state: noFeature(), variant: 'tw', quoted: 0 });
    expect(q('[data-action="show-quoted"]')).toBeNull();
    const line = q('[data-testid="nobody-quoted"]')!;
    expect(line.textContent).toBe('No one is quoted by name on this page.');
    expect(line.classList.contains('muted')).toBe(true);
    expect(line.previousElementSibling?.getAttribute('data-testid')).toBe('feature');
    // the toggles stay
    expect(q('[data-action="pinyin"]')).not.toBeNull();
  });

  it.each([
    ['zh_CN', '查看文中引述的3位人士', '本页没有引述任何具名的人。'],
    ['zh_TW', '查看文中引述的3位人士', '本頁沒有引述任何具名的人。'],
    ['zh_HK', '查看文中引述的3位人士', '這一頁沒有引述任何具名的人。'],
  ] as const)('counts the people quoted in %s', async (locale, label, nobody) => {
    await useLocale(locale);
    expect(mount({ kind: 'ready', state: noFeature(), variant: 'tw', quoted: 3 }).text('[data-action="show-quoted"]')).toBe(label);
    expect(mount({ kind: 'ready', state: noFeature(), variant: 'tw', quoted: 0 }).text('[data-testid="nobody-quoted"]')).toBe(nobody);
  });

  it.each<[string, PopupModel, RegExp]>([
    ['loading', { kind: 'loading' }, /^Reading this page/],
    ['a page DuBao cannot reach', { kind: 'unavailable' }, /can't work on this page/],
    ['a site switched off', { kind: 'ready', state: state({ disabled: true }), variant: 'tw' }, /off on this site/],
  ])('is calm on %s: a message and no toggles', (_, model, message) => {
    const { q, text } = mount(model);
    expect(text('[data-testid="status"]')).toMatch(message);
    expect(q('[data-action="pinyin"]')).toBeNull();
    expect(q('[data-action="settings"]')).not.toBeNull();
  });

  it('reports a page that stopped answering', () => {
    const { q } = mount({ kind: 'ready', state: state(), variant: 'tw', failed: true });
    expect(q('[role="alert"]')!.textContent).toMatch(/didn't answer/);
  });

  it('keeps keyboard focus on the toggle just used when it re-renders', () => {
    const { root, q } = mount({ kind: 'ready', state: state(), variant: 'tw' });
    q('[data-action="pinyin"]')!.focus();
    renderPopup(root, { kind: 'ready', state: state({ pinyin: true }), variant: 'tw' }, {} as PopupActions);
    expect(document.activeElement?.getAttribute('data-action')).toBe('pinyin');
    expect(document.activeElement?.getAttribute('aria-pressed')).toBe('true');
  });

  it.each([
    ['zh_CN', '中文页面，简体字', '4 个话题', '拼音', '显示繁体字'],
    ['zh_TW', '中文頁面，簡體字', '4 個話題', '拼音', '顯示繁體字'],
  ] as const)('speaks %s', async (locale, status, topics, pinyin, script) => {
    await useLocale(locale);
    const { text } = mount({ kind: 'ready', state: state(), variant: 'tw' });
    expect(text('[data-testid="status"]')).toBe(status);
    expect(text('[data-testid="topics"]')).toBe(topics);
    expect(text('[data-action="pinyin"] .toggle-label')).toBe(pinyin);
    expect(text('[data-action="script"] .toggle-label')).toBe(script);
  });
});
