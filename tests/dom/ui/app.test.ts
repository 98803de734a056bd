import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { outlineToMarkdown, personNames } from '@/lib/outline';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { TextEngines } from '@/entrypoints/dubao.content/contracts';
import { createDubaoUi, type DubaoUiOptions } from '@/entrypoints/dubao.content/ui/app';
import { readLabels, type UiLabels } from '@/entrypoints/dubao.content/ui/labels';
import { HIGHLIGHT_ATTR } from '@/entrypoints/dubao.content/ui/page-link';
import { useLocale } from '../../helpers/fake-i18n';
import { FakeController, key, mountPage, realEngines, seedOutline, settle, shadowContainer } from './support';

// The labels come from the real locale files, as the extension reads them (fake-i18n answers like browser.i18n).
let LABELS: UiLabels;
beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('en');
  LABELS = readLabels();
});

function setup(overrides: Partial<DubaoUiOptions> = {}) {
  const analysis = mountPage(seedOutline());
  const { shadow, container } = shadowContainer();
  const controller = new FakeController();
  const log = { read: [] as string[][], names: [] as (string[] | undefined)[], options: [] as unknown[] };
  const errors: unknown[] = [];
  const ui = createDubaoUi({
    container,
    labels: LABELS,
    analysis: analysis as DubaoUiOptions['analysis'],
    leadGist: '今年的政府工作报告提出,要“突出城乡融合,全力推进区域协调发展。”',
    chinese: true,
    pageScript: 'simplified',
    controller,
    engines: realEngines(log),
    settings: { ...DEFAULT_SETTINGS },
    showLauncher: true,
    onError: (e) => errors.push(e),
    ...overrides,
  });
  const $ = <T extends Element = HTMLElement>(sel: string) => shadow.querySelector<T & Element>(sel);
  return { ui, shadow, container, controller, analysis, log, errors, $ };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('the in-page UI', () => {
  it('shows the launcher and layer buttons, and opens and closes the sidebar', async () => {
    const { ui, shadow, $ } = setup();
    await settle();
    const launcher = $<HTMLButtonElement>('[data-action="sidebar"]')!;
    expect($('[data-action="pinyin"]')).not.toBeNull();
    expect($('[data-action="script"]')?.textContent).toBe('繁');
    expect($('.db-toolbar')!.hidden).toBe(false);
    const sidebar = $('[data-dubao-sidebar]')!;
    expect(sidebar.hidden).toBe(true);
    launcher.click();
    expect(sidebar.hidden).toBe(false);
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    expect(shadow.activeElement?.classList.contains('db-brand')).toBe(true);
    expect(ui.isSidebarOpen()).toBe(true);
    launcher.click();
    expect(sidebar.hidden).toBe(true);
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(ui.toggleSidebar(true)).toBe(true);
    expect(ui.toggleSidebar()).toBe(false);
  });

  it('closes on Esc (inside the sidebar or on the page) and gives focus back to the launcher', async () => {
    const { ui, shadow, $ } = setup();
    ui.toggleSidebar(true);
    await settle();
    const card = $('[data-speaker="王静"]')!;
    card.focus();
    const esc = key(card, 'Escape');
    expect(esc.defaultPrevented).toBe(true);
    expect(ui.isSidebarOpen()).toBe(false);
    expect(shadow.activeElement?.getAttribute('data-action')).toBe('sidebar');
    ui.toggleSidebar(true);
    key(document.body, 'Escape');
    expect(ui.isSidebarOpen()).toBe(false);
    // An Esc the page handled itself is left alone.
    ui.toggleSidebar(true);
    document.body.addEventListener('keydown', (e) => e.preventDefault(), { capture: true, once: true });
    key(document.body, 'Escape');
    expect(ui.isSidebarOpen()).toBe(true);
  });

  it('a click on a speaker scrolls to the statement and highlights it briefly', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { ui, analysis, $, shadow } = setup();
    ui.toggleSidebar(true);
    await vi.advanceTimersByTimeAsync(10);
    const statement = analysis.sources.topics[2]!.statements[0]!;
    const scrolled = vi.spyOn(statement[0]!, 'scrollIntoView');
    $('[data-speaker="闫万玲"] .db-gist')!.click();
    expect(scrolled).toHaveBeenCalledOnce();
    expect(statement.every((el) => el.hasAttribute(HIGHLIGHT_ATTR))).toBe(true);
    expect(shadow.querySelectorAll('.db-highlight')).toHaveLength(statement.length);
    expect($('[data-speaker="闫万玲"]')!.classList.contains('db-current')).toBe(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(document.querySelectorAll(`[${HIGHLIGHT_ATTR}]`)).toHaveLength(0);
    expect(shadow.querySelectorAll('.db-highlight')).toHaveLength(0);
    // A topic title goes to the topic's title paragraph.
    const title = analysis.sources.topics[1]!.title!;
    const toTitle = vi.spyOn(title, 'scrollIntoView');
    $('[data-topic-index="1"] .db-topic-title')!.click();
    expect(toTitle).toHaveBeenCalledOnce();
    expect(title.hasAttribute(HIGHLIGHT_ATTR)).toBe(true);
  });

  it('marks the card of the statement in view as the reader scrolls', async () => {
    const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
    class FakeObserver {
      targets: Element[] = [];
      constructor(public callback: IntersectionObserverCallback) {
        observers.push(this);
      }
      observe(el: Element) {
        this.targets.push(el);
      }
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { ui, analysis, $ } = setup();
    ui.toggleSidebar(true);
    await settle();
    const observer = observers[0]!;
    expect(observer.targets).toHaveLength(analysis.sources.topics.flatMap((t) => t.statements.flat()).length);
    const fire = (el: Element, isIntersecting: boolean) =>
      observer.callback([{ target: el, isIntersecting } as IntersectionObserverEntry], observer as never);
    const third = analysis.sources.topics[2]!.statements[0]!;
    fire(third[1]!, true);
    expect($('.db-current')?.getAttribute('data-speaker')).toBe('闫万玲');
    // Both in view: the one showing more of itself wins, the earlier one on a tie.
    const fourth = analysis.sources.topics[3]!.statements[0]!;
    const rect = (top: number, bottom: number) => ({ top, bottom, left: 0, right: 600, width: 600, height: bottom - top }) as DOMRect;
    vi.spyOn(third[1]!, 'getBoundingClientRect').mockReturnValue(rect(-400, 100));
    vi.spyOn(fourth[0]!, 'getBoundingClientRect').mockReturnValue(rect(100, 300));
    fire(fourth[0]!, true);
    expect($('.db-current')?.getAttribute('data-speaker')).toBe('王静');
    vi.spyOn(third[1]!, 'getBoundingClientRect').mockReturnValue(rect(-100, 400));
    vi.spyOn(fourth[0]!, 'getBoundingClientRect').mockReturnValue(rect(400, 600));
    window.dispatchEvent(new Event('scroll'));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    expect($('.db-current')?.getAttribute('data-speaker')).toBe('闫万玲');
    fire(third[1]!, false);
    expect($('.db-current')?.getAttribute('data-speaker')).toBe('王静');
    fire(fourth[0]!, false);
    expect($('.db-current')).toBeNull();
    vi.unstubAllGlobals();
  });

  it('pinyin on: names and topic titles carry readings (names read as names), roles do not', async () => {
    const { ui, controller, log, $ } = setup();
    ui.toggleSidebar(true);
    await settle();
    $<HTMLButtonElement>('[data-action="pinyin"]')!.click();
    await settle();
    expect(controller.calls).toEqual(['pinyin:true']);
    expect($('[data-action="pinyin"]')!.getAttribute('aria-pressed')).toBe('true');
    const name = $('[data-speaker="渠德鹏"] .db-name')!;
    const rubies = [...name.querySelectorAll('ruby')];
    expect(rubies.map((r) => r.firstChild?.textContent)).toEqual(['渠', '德', '鹏']);
    expect(rubies.map((r) => r.querySelector('rt')?.textContent)).toEqual(['qú', 'dé', 'péng']);
    expect($('[data-speaker="渠德鹏"] .db-role ruby')).toBeNull();
    expect($('[data-topic-index="2"] .db-topic-text rt')?.textContent).toBe('chéng');
    // The names went to the engine as names: the speakers first, then the reporters and the
    // credited people (the one rule of lib/outline.ts personNames, as on the page and in the CLI).
    expect(log.names.at(-1)).toEqual(personNames(seedOutline()));
    expect(log.names.at(-1)!.slice(0, 4)).toEqual(['渠德鹏', '张新海', '闫万玲', '王静']);
    // The name's text (without readings) is unchanged; data-speaker stays the original name.
    expect([...name.childNodes].map((n) => (n as Element).firstChild?.textContent ?? n.textContent).join('')).toBe('渠德鹏');
    $<HTMLButtonElement>('[data-action="pinyin"]')!.click();
    await settle();
    expect($('[data-dubao-sidebar] ruby')).toBeNull();
  });

  it('script on: the sidebar shows the same script as the page (發展), and back', async () => {
    const { ui, controller, $ } = setup();
    ui.toggleSidebar(true);
    await settle();
    $<HTMLButtonElement>('[data-action="script"]')!.click();
    await settle();
    expect(controller.calls).toEqual(['script:tw']);
    expect($('[data-action="script"]')!.getAttribute('aria-pressed')).toBe('true');
    const text = $('[data-dubao-sidebar]')!.textContent!;
    expect(text).toContain('發展');
    expect($('.db-deck')?.textContent).toBe('我市各界人士就城鄉融合發展暢所欲言');
    expect($('[data-speaker="张新海"]')).not.toBeNull(); // the contract's key stays the outline's name
    expect($('[data-speaker="张新海"] .db-name')?.textContent).toBe('張新海');
    $<HTMLButtonElement>('[data-action="script"]')!.click();
    await settle();
    expect(controller.calls).toEqual(['script:tw', 'script:original']);
    expect($('.db-deck')?.textContent).toBe('我市各界人士就城乡融合发展畅所欲言');
  });

  it('uses the reader’s variant, and offers simplified on a traditional page', async () => {
    const a = setup({ settings: { ...DEFAULT_SETTINGS, variant: 'hk' } });
    a.$<HTMLButtonElement>('[data-action="script"]')!.click();
    await settle();
    expect(a.controller.calls).toEqual(['script:hk']);
    a.ui.dispose();
    document.body.replaceChildren();
    const b = setup({ pageScript: 'traditional' });
    expect(b.$('[data-action="script"]')?.textContent).toBe('简');
    b.$<HTMLButtonElement>('[data-action="script"]')!.click();
    await settle();
    expect(b.controller.calls).toEqual(['script:cn']);
  });

  it('copies the outline as Markdown, the same text as the CLI', async () => {
    const writes: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text: string) => {
      writes.push(text);
    });
    const { ui, analysis, $ } = setup();
    ui.toggleSidebar(true);
    await settle();
    $<HTMLButtonElement>('[data-action="copy-markdown"]')!.click();
    await settle();
    expect(writes).toEqual([outlineToMarkdown(analysis.outline)]);
    expect(writes[0]).toContain('## 3. 城乡联动共发展');
    expect($('.db-status')?.textContent).toBe('Outline copied as Markdown.');
  });

  it('falls back to the copy command where the Clipboard API is refused', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    let copied = '';
    const exec = vi.fn((command: string) => {
      const area = (document.querySelector('dubao-ui')!.shadowRoot!.querySelector('textarea') as HTMLTextAreaElement);
      copied = command === 'copy' ? area.value : '';
      return true;
    });
    (document as unknown as { execCommand: typeof exec }).execCommand = exec;
    const { ui, analysis, $ } = setup();
    ui.toggleSidebar(true);
    await settle();
    $<HTMLButtonElement>('[data-action="copy-markdown"]')!.click();
    await settle();
    expect(copied).toBe(outlineToMarkdown(analysis.outline));
    expect($('textarea')).toBeNull();
    expect($('.db-status')?.textContent).toBe('Outline copied as Markdown.');
  });

  it('on a Chinese page without a feature, the sidebar says so and still offers the layers', async () => {
    const { ui, $ } = setup({ analysis: null, leadGist: null, showLauncher: false });
    await settle();
    expect($('.db-toolbar')!.hidden).toBe(true);
    ui.toggleSidebar(true);
    await settle();
    expect($('[data-dubao-empty]')?.textContent).toBe('No roundtable feature was found on this page. The reading layers still work on its text.');
    expect($('.db-toolbar')!.hidden).toBe(false);
    expect($('[data-action="pinyin"]')).not.toBeNull();
    ui.toggleSidebar(false);
    expect($('.db-toolbar')!.hidden).toBe(true);
  });

  it('on a page that is not Chinese, says so and offers no layers', async () => {
    const { ui, $ } = setup({ analysis: null, leadGist: null, showLauncher: false, chinese: false, controller: null, engines: null });
    ui.toggleSidebar(true);
    await settle();
    expect($('[data-dubao-empty]')?.textContent).toBe('This page does not read as Chinese.');
    expect($('[data-action="pinyin"]')!.hidden).toBe(true);
    expect($('[data-action="script"]')!.hidden).toBe(true);
    expect($('[data-action="sidebar"]')!.hidden).toBe(false);
  });

  it('shows the selection’s pinyin and other-script form, as text', async () => {
    const { ui, $, shadow } = setup();
    await ui.showSelection('  城乡融合发展 ');
    const panel = $('[data-dubao-selection]')!;
    expect(panel.hidden).toBe(false);
    expect(panel.getAttribute('role')).toBe('dialog');
    expect([...panel.querySelectorAll('rt')].map((rt) => rt.textContent)).toEqual([
      'chéng',
      'xiāng',
      'róng',
      'hé',
      'fā',
      'zhǎn',
    ]);
    expect(panel.querySelector('[data-part="other"]')?.textContent).toContain('城鄉融合發展');
    await ui.showSelection('<img src=x onerror=alert(1)>发展');
    expect(shadow.querySelector('img')).toBeNull();
    expect(panel.querySelector('[data-part="reading"]')?.textContent).toContain('<img src=x onerror=alert(1)>');
    key(panel, 'Escape');
    expect(panel.hidden).toBe(true);
  });

  it('keeps working when the engines fail: plain text, errors reported, not thrown', async () => {
    const broken: TextEngines = {
      read: () => Promise.reject(new Error('engine down')),
      convert: () => Promise.reject(new Error('engine down')),
    };
    const { ui, controller, $, errors } = setup({ engines: broken });
    ui.toggleSidebar(true);
    await controller.setScript('tw');
    await controller.setPinyin(true);
    await settle();
    expect($('.db-deck')?.textContent).toBe('我市各界人士就城乡融合发展畅所欲言');
    expect($('[data-speaker]')).not.toBeNull();
    await ui.showSelection('发展');
    expect($('[data-dubao-selection]')!.hidden).toBe(false);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('disposes cleanly: no UI left, no listeners', async () => {
    const { ui, container, controller } = setup();
    ui.toggleSidebar(true);
    await settle();
    ui.dispose();
    expect(container.childNodes).toHaveLength(0);
    key(document.body, 'Escape');
    await controller.setPinyin(true);
    expect(document.querySelectorAll(`[${HIGHLIGHT_ATTR}]`)).toHaveLength(0);
  });
});

describe('readings in the sidebar follow the reader’s notation', () => {
  it('tone numbers, then zhuyin, as the settings change', async () => {
    const { ui, controller, $ } = setup({ settings: { ...DEFAULT_SETTINGS, toneStyle: 'numbers' } });
    ui.toggleSidebar(true);
    await controller.setPinyin(true);
    await settle();
    expect($('[data-speaker="闫万玲"] .db-name')!.querySelectorAll('rt')[0]?.textContent).toBe('yan2');
    ui.setSettings({ ...DEFAULT_SETTINGS, notation: 'zhuyin' });
    await settle();
    expect($('[data-speaker="闫万玲"] .db-name')!.querySelectorAll('rt')[0]?.textContent).toBe('ㄧㄢˊ');
  });
});

describe('readings in the sidebar and the selection panel follow the tones setting', () => {
  it('the selection reads 一/不 as spoken by default, as written when set', async () => {
    const spoken = setup();
    await spoken.ui.showSelection('一个不是');
    expect([...spoken.$('[data-dubao-selection]')!.querySelectorAll('rt')].map((rt) => rt.textContent)).toEqual(['yí', 'gè', 'bú', 'shì']);
    spoken.ui.dispose();
    const written = setup({ settings: { ...DEFAULT_SETTINGS, tonesAs: 'written' } });
    await written.ui.showSelection('一个不是');
    expect([...written.$('[data-dubao-selection]')!.querySelectorAll('rt')].map((rt) => rt.textContent)).toEqual(['yī', 'gè', 'bù', 'shì']);
    expect(written.log.options.at(-1)).toEqual({ tonesAs: 'written' });
  });

  it('the sidebar reads again with the new setting when it changes', async () => {
    const { ui, controller, log } = setup();
    ui.toggleSidebar(true);
    await controller.setPinyin(true);
    await settle();
    const reads = log.read.length;
    // the defaults (spoken tones, Mandarin) ask nothing of the engine
    expect(log.options.at(-1)).toBeUndefined();
    ui.setSettings({ ...DEFAULT_SETTINGS, tonesAs: 'written' });
    await settle();
    expect(log.read.length).toBeGreaterThan(reads);
    expect(log.options.at(-1)).toEqual({ tonesAs: 'written' });
  });
});
