import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPageVoices, summarizeAnalysis } from '@/lib/understand';
import type { DubaoUiOptions } from '@/entrypoints/dubao.content/ui/app';
import { readLabels, type UiLabels } from '@/entrypoints/dubao.content/ui/labels';
import { PLAIN_PRESENTER } from '@/entrypoints/dubao.content/ui/present';
import { createSidebar } from '@/entrypoints/dubao.content/ui/sidebar';
import { useLocale, type Locale } from '../../helpers/fake-i18n';
import { mountQuotedUi, settle, shadowContainer } from './support';

// Our own page: a reporter's story quoting two people, one of them with hostile text in her words (no feature).
const PAGE = `<article class="story">
  <h1>小区门口的新路灯</h1>
  <p>本报记者 孙立</p>
  <p>居民张海燕说：“&lt;img src=x onerror=alert(1)&gt;这灯总算亮了，晚上出门踏实多了。”</p>
  <p>物业经理刘建军说：“我们会每周巡查一次线路，坏了马上修，请大家放心。”</p>
</article>`;
const NOBODY = `<article><h1>秋粮收购进展顺利</h1><p>全省已收购秋粮三百二十万吨，较去年同期增加一成。</p><p>各地粮库提前做好了仓容准备。</p></article>`;

let LABELS: UiLabels;
beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('en');
  LABELS = readLabels();
});
afterEach(() => document.body.replaceChildren());

function setup(html: string, overrides: Partial<DubaoUiOptions> = {}) {
  document.title = '小区门口的新路灯';
  document.body.innerHTML = html;
  const original = document.body.innerHTML;
  const { shadow, container, host } = shadowContainer();
  let reads = 0;
  // the reading, then its summaries, as the content script makes them (understanding.ts)
  const ui = mountQuotedUi(container, LABELS, async () => (reads++, summarizeAnalysis(readPageVoices(document))), overrides);
  const $ = (sel: string) => shadow.querySelector<HTMLElement>(sel);
  const $$ = (sel: string) => [...shadow.querySelectorAll<HTMLElement>(sel)];
  // the page without our host: what the reader's page is
  const page = () => (host.remove(), document.body.innerHTML);
  return { ui, $, $$, original, page, host, reads: () => reads };
}

describe('the people quoted, on request, in the sidebar', () => {
  it('banner, then the cards; hostile text stays text; closing leaves the mode and the page as it was', async () => {
    const { ui, $, $$, original, page, reads } = setup(PAGE);
    await ui.showQuoted();
    await settle();
    const sidebar = $('[data-dubao-sidebar]')!;
    expect(sidebar.hidden).toBe(false);
    const scroll = $('.db-scroll')!;
    const banner = $('[data-dubao-quoted]')!;
    expect(scroll.firstElementChild).toBe(banner);
    expect(banner.textContent).toBe('Not a roundtable feature: the people this page quotes, read on request.');
    expect($$('[data-speaker]').map((c) => c.getAttribute('data-speaker'))).toEqual(['张海燕', '刘建军']);
    expect($$('.db-role').map((r) => r.textContent)).toEqual(['居民', '物业经理']);
    // each card with its gist, the speaker's own words
    expect($$('.db-gist').map((g) => g.textContent)).toEqual(['“<img src=x onerror=alert(1)>这灯总算亮了，晚上出门踏实多了。”', '“我们会每周巡查一次线路，坏了马上修，请大家放心。”']);
    // one untitled topic of people, not "Topic 1" of a feature the page is not
    expect($$('.db-topic-number').map((n) => n.textContent)).toEqual(['People quoted']);
    expect($('[data-action="copy-markdown"]')!.hidden).toBe(false);
    // the page's text is text: no element of it in our UI
    expect(sidebar.querySelector('img, script')).toBeNull();
    expect(sidebar.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(reads()).toBe(1);

    ui.toggleSidebar(false);
    await settle();
    // left the mode: opened again, the sidebar says what was found (nothing), with the offer again
    ui.toggleSidebar(true);
    await settle();
    expect($('[data-dubao-quoted]')).toBeNull();
    expect($('[data-action="show-quoted"]')).not.toBeNull();
    ui.toggleSidebar(false);
    ui.dispose();
    expect(page()).toBe(original);
  });

  it('the empty sidebar offers the reading (the shortcut’s and the context menu’s toggle), and a click reads', async () => {
    const { ui, $, $$, original, page } = setup(PAGE);
    ui.toggleSidebar(true);
    await settle();
    expect($('[data-dubao-empty]')!.textContent).toMatch(/^No roundtable feature/);
    $('[data-action="show-quoted"]')!.click();
    await settle();
    expect($('[data-dubao-quoted]')).not.toBeNull();
    expect($$('[data-speaker]')).toHaveLength(2);
    // a card's click jumps into the page and marks it for a moment: closing takes every mark away
    $$('[data-speaker]')[1]!.click();
    await settle();
    ui.toggleSidebar(false);
    ui.dispose();
    await settle();
    expect(page()).toBe(original);
  });

  it('nobody named: the banner and a calm line, no cards, nothing to copy', async () => {
    const { ui, $, $$, original, page } = setup(NOBODY);
    await ui.showQuoted();
    await settle();
    expect($('[data-dubao-quoted]')).not.toBeNull();
    expect($$('[data-speaker]')).toHaveLength(0);
    expect($('[data-dubao-empty]')!.textContent).toBe('No one is quoted by name on this page.');
    expect($('[data-action="copy-markdown"]')!.hidden).toBe(true);
    ui.dispose();
    expect(page()).toBe(original);
  });

  it('no offer where nothing can be read on request (not Chinese, or no reader given)', async () => {
    for (const overrides of [{ chinese: false }, { readQuoted: undefined }] as Partial<DubaoUiOptions>[]) {
      const { ui, $ } = setup(PAGE, overrides);
      ui.toggleSidebar(true);
      await settle();
      expect($('[data-action="show-quoted"]')).toBeNull();
      ui.dispose();
    }
  });

  it.each<[Locale, string, string]>([
    ['zh_CN', '这不是圆桌类报道：以下是应你要求读出的本页所引述的人。', '本页没有引述任何具名的人。'],
    ['zh_TW', '這不是圓桌類報導：以下是應你要求讀出的本頁所引述的人。', '本頁沒有引述任何具名的人。'],
    ['zh_HK', '這不是圓桌類報道：以下是應你要求讀出的、這一頁所引述的人。', '這一頁沒有引述任何具名的人。'],
  ])('says it in %s', async (locale, banner, nobody) => {
    await useLocale(locale);
    const sidebar = createSidebar(readLabels(), { onTopic() {}, onStatement() {}, onCopy() {}, onClose() {} });
    const outline = { ...readPageVoices(new DOMParser().parseFromString(NOBODY, 'text/html')).outline };
    sidebar.render({ outline, leadGist: null, chinese: true }, PLAIN_PRESENTER);
    expect(sidebar.element.querySelector('[data-dubao-quoted]')!.textContent).toBe(banner);
    expect(sidebar.element.querySelector('[data-dubao-empty]')!.textContent).toBe(nobody);
  });
});
