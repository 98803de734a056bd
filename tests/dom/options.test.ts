import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOptionsForm, type OptionsFormOptions } from '@/entrypoints/options/form';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '@/lib/settings';
import { useLocale } from '../helpers/fake-i18n';

const SHORTCUTS = [
  { name: 'toggle-pinyin', description: 'Toggle pinyin', shortcut: 'Alt+Shift+Y' },
  { name: 'toggle-sidebar', description: 'Toggle the DuBao sidebar', shortcut: '' },
];

/** The form wired to an in-memory store, as main.ts wires it to storage. */
function mount(initial: Settings = DEFAULT_SETTINGS, extra: Partial<OptionsFormOptions> = {}) {
  let stored = initial;
  const patches: Partial<Settings>[] = [];
  const form = createOptionsForm(document, {
    shortcuts: SHORTCUTS,
    firefox: false,
    onChange: (patch) => {
      patches.push(patch);
      stored = normalizeSettings({ ...stored, ...patch });
      form.update(stored);
    },
    onReset: () => {
      stored = DEFAULT_SETTINGS;
      form.update(stored);
    },
    ...extra,
  });
  document.body.replaceChildren(form.element);
  form.update(initial);
  const q = <T extends HTMLElement = HTMLElement>(selector: string) => form.element.querySelector<T>(selector)!;
  const radio = (name: string, value: string) => q<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
  const choose = (input: HTMLInputElement) => {
    input.checked = !input.checked || input.type === 'radio';
    input.dispatchEvent(new Event('change'));
  };
  const type = (name: string, text: string) => {
    const area = q<HTMLTextAreaElement>(`textarea[name="${name}"]`);
    area.value = text;
    area.dispatchEvent(new Event('change'));
  };
  return { form, q, radio, choose, type, patches, stored: () => stored };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('en');
});

describe('the settings form', () => {
  it('shows the current settings', () => {
    const { radio, q } = mount(
      normalizeSettings({ ...DEFAULT_SETTINGS, notation: 'zhuyin', grouping: 'character', variant: 'hk', toneColors: true, autoSites: ['a.example.com', 'b.example.com'] }),
    );
    expect(radio('readingStyle', 'zhuyin').checked).toBe(true);
    expect(radio('readingStyle', 'marks').checked).toBe(false);
    expect(radio('grouping', 'character').checked).toBe(true);
    expect(radio('pinyinScope', 'feature').checked).toBe(true);
    expect(radio('variant', 'hk').checked).toBe(true);
    expect(q<HTMLInputElement>('input[name="toneColors"]').checked).toBe(true);
    expect(q<HTMLInputElement>('input[name="openSidebarOnFeature"]').checked).toBe(false);
    expect(q<HTMLTextAreaElement>('textarea[name="autoSites"]').value).toBe('a.example.com\nb.example.com');
  });

  it('reports each change as a patch at once', () => {
    const { radio, q, choose, patches, stored } = mount();
    choose(radio('readingStyle', 'numbers'));
    choose(radio('readingStyle', 'zhuyin'));
    choose(q<HTMLInputElement>('input[name="toneColors"]'));
    choose(radio('grouping', 'character'));
    choose(radio('pinyinScope', 'page'));
    choose(radio('variant', 'twp'));
    choose(q<HTMLInputElement>('input[name="openSidebarOnFeature"]'));
    expect(patches).toEqual([
      { notation: 'pinyin', toneStyle: 'numbers' },
      { notation: 'zhuyin' },
      { toneColors: true },
      { grouping: 'character' },
      { pinyinScope: 'page' },
      { variant: 'twp' },
      { openSidebarOnFeature: true },
    ]);
    expect(stored()).toEqual({
      ...DEFAULT_SETTINGS,
      notation: 'zhuyin',
      toneStyle: 'numbers',
      toneColors: true,
      grouping: 'character',
      pinyinScope: 'page',
      variant: 'twp',
      openSidebarOnFeature: true,
    });
  });

  it('offers Jyutping beside pinyin and zhuyin, in the UI language', async () => {
    const { radio, choose, patches, stored, form, q } = mount();
    const label = () => radio('readingStyle', 'jyutping').closest('label')!.textContent;
    expect(label()).toBe('Cantonese in Jyutping (duk6 bou3)');
    choose(radio('readingStyle', 'jyutping'));
    expect(patches).toEqual([{ notation: 'jyutping' }]);
    expect(stored()).toEqual({ ...DEFAULT_SETTINGS, notation: 'jyutping' });
    expect(radio('readingStyle', 'jyutping').checked).toBe(true);
    expect(radio('readingStyle', 'marks').checked).toBe(false);
    form.update({ ...DEFAULT_SETTINGS, notation: 'zhuyin' });
    expect(radio('readingStyle', 'jyutping').checked).toBe(false);
    expect(q('[data-setting="readingStyle"]').querySelectorAll('input').length).toBe(5);

    await useLocale('zh_HK');
    const hk = mount();
    expect(hk.radio('readingStyle', 'jyutping').closest('label')!.textContent).toBe('粵語粵拼（duk6 bou3）');
    expect(hk.q('[data-setting="readingStyle"] legend').textContent).toBe('讀音標註方式');
  });

  it('offers the reading size (medium by default), saved as a patch', () => {
    const { radio, choose, patches, stored, form, q } = mount();
    expect(radio('readingSize', 'medium').checked).toBe(true);
    expect(q('[data-setting="readingSize"] legend').textContent).toBe('Reading size');
    choose(radio('readingSize', 'large'));
    expect(patches).toEqual([{ readingSize: 'large' }]);
    expect(stored()).toEqual({ ...DEFAULT_SETTINGS, readingSize: 'large' });
    form.update({ ...DEFAULT_SETTINGS, readingSize: 'small' });
    expect(radio('readingSize', 'small').checked).toBe(true);
  });

  it('offers the tones of 一 and 不 as a select (spoken by default), saved as a patch', () => {
    const { patches, stored, form, q } = mount();
    const select = q<HTMLSelectElement>('select[name="tonesAs"]');
    expect(select.value).toBe('spoken');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['spoken', 'as spoken (一个 yí gè, 不是 bú shì)'],
      ['written', 'as in the dictionary (一个 yī gè, 不是 bù shì)'],
    ]);
    expect(q('[data-setting="tonesAs"] span').textContent).toBe('Tones of 一 and 不');
    select.value = 'written';
    select.dispatchEvent(new Event('change'));
    expect(patches).toEqual([{ tonesAs: 'written' }]);
    expect(stored()).toEqual({ ...DEFAULT_SETTINGS, tonesAs: 'written' });
    form.update({ ...DEFAULT_SETTINGS, tonesAs: 'spoken' });
    expect(select.value).toBe('spoken');
  });

  it('reads site lists as typed, saving the hosts and naming what it left out', () => {
    const { type, patches, q } = mount();
    type('autoSites', 'https://paper.people.com.cn/rmrb/pc/layout/index.html\nwww.hkcnews.com, not_a site');
    expect(patches).toEqual([{ autoSites: ['paper.people.com.cn', 'www.hkcnews.com'] }]);
    expect(q('[data-rejected="autoSites"]').textContent).toBe('Not a site name, left out: not_a, site');
    type('offSites', 'mail.example.com');
    expect(patches[1]).toEqual({ offSites: ['mail.example.com'] });
    expect(q('[data-rejected="offSites"]').textContent).toBe('');
  });

  it('says which layers switch on by themselves on the listed sites, and saves both switches together', () => {
    const { q, choose, patches, stored, form } = mount();
    const box = (layer: string) => q<HTMLInputElement>(`input[name="autoLayers"][value="${layer}"]`);
    // Beside the site list, under its own legend.
    const group = q('[data-setting="autoSites"] [data-setting="autoLayers"]');
    expect(group.querySelector('legend')?.textContent).toBe('On these sites, switch on:');
    expect(group.textContent).toContain('pinyin readings');
    expect(group.textContent).toContain('the other script');
    expect([box('pinyin').checked, box('script').checked]).toEqual([true, false]);

    choose(box('script'));
    expect(patches).toEqual([{ autoLayers: { pinyin: true, script: true } }]);
    choose(box('pinyin'));
    expect(patches[1]).toEqual({ autoLayers: { pinyin: false, script: true } });
    expect(stored().autoLayers).toEqual({ pinyin: false, script: true });
    expect([box('pinyin').checked, box('script').checked]).toEqual([false, true]);

    // Changed elsewhere (another settings tab): the boxes follow.
    form.update({ ...DEFAULT_SETTINGS, autoLayers: { pinyin: true, script: true } });
    expect([box('pinyin').checked, box('script').checked]).toEqual([true, true]);
    q('[data-action="reset"]').click();
    expect([box('pinyin').checked, box('script').checked]).toEqual([true, false]);
  });

  it('follows settings changed elsewhere', () => {
    const { form, radio } = mount();
    form.update({ ...DEFAULT_SETTINGS, variant: 'hk' });
    expect(radio('variant', 'hk').checked).toBe(true);
    expect(radio('variant', 'tw').checked).toBe(false);
  });

  it('restores the defaults', () => {
    const { q, radio, stored } = mount(normalizeSettings({ ...DEFAULT_SETTINGS, variant: 'hk', toneColors: true }));
    q('[data-action="reset"]').click();
    expect(stored()).toEqual(DEFAULT_SETTINGS);
    expect(radio('variant', 'tw').checked).toBe(true);
    expect(q<HTMLInputElement>('input[name="toneColors"]').checked).toBe(false);
  });

  it('lists the shortcuts with their keys, and says where to change them', () => {
    const { q, form } = mount();
    const rows = [...form.element.querySelectorAll('[data-command]')].map((r) => r.textContent);
    expect(rows).toEqual(['Toggle pinyinAlt+Shift+Y', 'Toggle the DuBao sidebarnot set']);
    expect(q('[data-section="shortcuts"]').textContent).toContain('chrome://extensions/shortcuts');
    expect(q('[data-action="shortcuts"]')).toBeNull();
  });

  it('on Firefox, explains its shortcut page and can open it', () => {
    const open = vi.fn();
    const { q } = mount(DEFAULT_SETTINGS, { firefox: true, openShortcuts: open });
    expect(q('[data-section="shortcuts"]').textContent).toContain('Manage Extension Shortcuts');
    q('[data-action="shortcuts"]').click();
    expect(open).toHaveBeenCalledOnce();
  });

  it('says when a change could not be saved, and clears that on the next success', () => {
    const { form, q } = mount();
    form.showSaveFailed();
    expect(q('[data-testid="saved"]').textContent).toMatch(/^Couldn't save this change/);
    form.showSaved();
    expect(q('[data-testid="saved"]').textContent).toBe('Saved. Open tabs follow at once.');
    expect(q('[data-testid="saved"]').classList.contains('failed')).toBe(false);
  });

  it('labels every control', () => {
    const { form } = mount();
    for (const input of form.element.querySelectorAll('input, textarea')) {
      const labelled = input.closest('label') ?? (input.id && form.element.querySelector(`label[for="${input.id}"]`));
      expect(labelled, (input as HTMLInputElement).name).toBeTruthy();
    }
  });

  it('speaks traditional Chinese', async () => {
    await useLocale('zh_TW');
    const { form } = mount();
    expect(form.element.querySelector('h1')!.textContent).toBe('DuBao 設定');
    expect(form.element.textContent).toContain('注音符號');
    expect(form.element.querySelector('[data-setting="autoLayers"] legend')!.textContent).toBe('在這些網站上自動開啟：');
  });

  it('speaks simplified Chinese', async () => {
    await useLocale('zh_CN');
    const { form } = mount();
    expect(form.element.querySelector('label[for] + textarea[name="autoSites"]')!.previousElementSibling!.textContent).toBe('自动开启阅读辅助的网站');
    expect(form.element.querySelector('[data-setting="autoLayers"]')!.textContent).toContain('简繁转换');
  });
});
