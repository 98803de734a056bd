import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Outline } from '@/lib/outline';
import { readLabels, type UiLabels } from '@/entrypoints/dubao.content/ui/labels';
import { PLAIN_PRESENTER } from '@/entrypoints/dubao.content/ui/present';
import { createSidebar, type SidebarHandlers } from '@/entrypoints/dubao.content/ui/sidebar';
import { useLocale } from '../../helpers/fake-i18n';
import { key, seedOutline } from './support';

// The labels come from the real locale files, as the extension reads them (fake-i18n answers like browser.i18n).
let LABELS: UiLabels;
beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('en');
  LABELS = readLabels();
});

function handlers(): SidebarHandlers & { log: unknown[] } {
  const log: unknown[] = [];
  return {
    log,
    onTopic: (i) => log.push(['topic', i]),
    onStatement: (ref) => log.push(['statement', ref.topic, ref.statement]),
    onCopy: () => log.push(['copy']),
    onClose: () => log.push(['close']),
  };
}

function renderSeed(outline: Outline = seedOutline(), leadGist: string | null = null) {
  const hs = handlers();
  const sidebar = createSidebar(LABELS, hs);
  document.body.appendChild(sidebar.element);
  sidebar.render({ outline, leadGist, chinese: true }, PLAIN_PRESENTER);
  sidebar.setOpen(true);
  return { sidebar, hs, el: sidebar.element };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('sidebar rendering from the outline model', () => {
  it('shows headline, deck, lead gist, one section per topic and a card per speaker', () => {
    const outline = seedOutline();
    const gist = '今年的政府工作报告提出,要“突出城乡融合,全力推进区域协调发展。”';
    const { el } = renderSeed(outline, gist);
    expect(el.hasAttribute('data-dubao-sidebar')).toBe(true);
    expect(el.getAttribute('role')).toBe('complementary');
    expect(el.getAttribute('aria-label')).toBeTruthy();
    expect(el.querySelector('.db-headline')?.textContent).toBe('做活城乡融合“大文章” 下好区域协调“一盘棋”');
    expect(el.querySelector('.db-deck')?.textContent).toBe('我市各界人士就城乡融合发展畅所欲言');
    expect(el.querySelector('.db-lead')?.textContent).toContain(gist);

    const topics = [...el.querySelectorAll('[data-topic-index]')];
    expect(topics.map((t) => t.getAttribute('data-topic-index'))).toEqual(['0', '1', '2', '3']);
    expect(topics.map((t) => t.querySelector('.db-topic-text')?.textContent)).toEqual([
      '太原晋中一体化',
      '老城新貌展活力',
      '城乡联动共发展',
      '“小县大城”绘新景',
    ]);

    const cards = [...el.querySelectorAll<HTMLElement>('[data-speaker]')];
    expect(cards.map((c) => c.getAttribute('data-speaker'))).toEqual(['渠德鹏', '张新海', '闫万玲', '王静']);
    expect(cards.map((c) => c.querySelector('.db-role')?.textContent)).toEqual([
      '市发展和改革委员会党组成员、副主任',
      '市民',
      '太谷区小白乡党委副书记、乡长',
      '市发展和改革委员会党组成员、副主任',
    ]);
    // Each card sits in its own topic's section.
    expect(topics[2]!.querySelector('[data-speaker]')?.getAttribute('data-speaker')).toBe('闫万玲');
    expect(cards.map((c) => c.querySelector('.db-reporter')?.textContent)).toEqual([
      'Reporter 李娟',
      'Reporter 武玲芳',
      'Reporter 王爱媛',
      'Reporter 马永红',
    ]);
  });

  it('shows each speaker’s gist, key points, figures and the policy line answered', () => {
    const outline = seedOutline();
    const { el } = renderSeed(outline);
    const card = el.querySelector('[data-speaker="渠德鹏"]')!;
    const summary = outline.topics[0]!.statements[0]!.summary;
    expect(card.querySelector('.db-gist')?.textContent).toBe(summary.gist);
    expect([...card.querySelectorAll('.db-points li')].map((li) => li.textContent)).toEqual(summary.points);
    expect([...card.querySelectorAll('.db-figures li')].map((li) => li.textContent)).toEqual(summary.figures.slice(0, 3));
    expect(summary.figures.some((f) => f.includes('3842家'))).toBe(true);
    expect(card.querySelector('.db-cites')?.textContent).toContain('“加快太原晋中一体化”');
  });

  it('puts the page and photo credits at the foot', () => {
    const { el } = renderSeed();
    const foot = el.querySelector('.db-credits')!;
    expect([...foot.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      '本版策划:路丽华',
      '本版统筹:武玲芳',
      '本版摄影:程婧',
      'Photos: 渠德鹏 / 张新海 / 闫万玲 / 王静',
    ]);
    expect(el.querySelector('.db-scroll')!.lastElementChild).toBe(foot);
  });

  it('uses the role as data-speaker where the name is null', () => {
    const outline = seedOutline();
    outline.topics[1]!.statements[0]!.speaker = { name: null, role: '榆次区文化和旅游局' };
    const { el } = renderSeed(outline);
    const card = el.querySelector('[data-speaker="榆次区文化和旅游局"]');
    expect(card).not.toBeNull();
    expect(card!.querySelector('.db-name')?.textContent).toBe('榆次区文化和旅游局');
    expect(card!.querySelector('.db-role')).toBeNull();
  });

  it('expands a card to the whole statement, paragraphs in order, and folds it back', () => {
    const outline = seedOutline();
    const { el, hs } = renderSeed(outline);
    const card = el.querySelector('[data-speaker="闫万玲"]')!;
    const button = card.querySelector<HTMLButtonElement>('.db-expand')!;
    const full = card.querySelector<HTMLElement>('.db-full')!;
    expect(full.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe(full.id);
    button.click();
    expect(full.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const paragraphs = [...full.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(outline.topics[2]!.statements[0]!.paragraphs);
    // The paragraph the e-paper layout broke in two reads whole.
    expect(paragraphs[2]).toContain('以环境整治重塑乡村肌理');
    button.click();
    expect(full.hidden).toBe(true);
    // Expanding is not a jump into the page.
    expect(hs.log).toEqual([]);
  });

  it('renders page text as text: an HTML-looking speaker, title and gist create no elements', () => {
    const outline = seedOutline();
    const evil = '<img src=x onerror=alert(1)>';
    const st = outline.topics[0]!.statements[0]!;
    st.speaker = { name: evil, role: '<b>市民</b>' };
    st.summary.gist = `${evil}今年的政府工作报告再次提出。`;
    outline.topics[0]!.title = '<script>alert(2)</script>';
    outline.headline = '<svg onload=alert(3)>';
    const { el } = renderSeed(outline);
    expect(el.querySelector('img, script, svg')).toBeNull();
    expect(el.querySelector('.db-role b, .db-name *')).toBeNull();
    const card = el.querySelector(`[data-speaker="${CSS.escape(evil)}"]`);
    expect(card?.querySelector('.db-name')?.textContent).toBe(evil);
    expect(card?.querySelector('.db-role')?.textContent).toBe('<b>市民</b>');
    expect(el.querySelector('.db-topic-text')?.textContent).toBe('<script>alert(2)</script>');
    expect(el.querySelector('.db-headline')?.textContent).toBe('<svg onload=alert(3)>');
  });

  it('says plainly when nothing was found, and hides the export', () => {
    const hs = handlers();
    const sidebar = createSidebar(LABELS, hs);
    document.body.appendChild(sidebar.element);
    sidebar.render({ outline: null, leadGist: null, chinese: true }, PLAIN_PRESENTER);
    expect(sidebar.element.querySelector('[data-dubao-empty]')?.textContent).toBe('No roundtable feature was found on this page. The reading layers still work on its text.');
    expect(sidebar.element.querySelectorAll('[data-topic-index], [data-speaker]')).toHaveLength(0);
    expect(sidebar.element.querySelector<HTMLElement>('[data-action="copy-markdown"]')!.hidden).toBe(true);
    const notFound = { ...seedOutline(), detected: false, topics: [] };
    sidebar.render({ outline: notFound, leadGist: null, chinese: true }, PLAIN_PRESENTER);
    expect(sidebar.element.querySelector('[data-dubao-empty]')).not.toBeNull();
  });

  it.each([
    ['en', 'DuBao 读报', 'Topic 1', 'Topic 4', 'Copy as Markdown', 'Close the DuBao outline', 'Full statement'],
    ['zh_CN', '读报 DuBao', '话题 1', '话题 4', '复制为 Markdown', '关闭读报提纲', '全文'],
    ['zh_TW', '讀報 DuBao', '話題 1', '話題 4', '複製為 Markdown', '關閉讀報提綱', '全文'],
  ] as const)('speaks the extension’s language: %s', async (locale, brand, first, last, copy, close, full) => {
    await useLocale(locale);
    const sidebar = createSidebar(readLabels(), handlers());
    document.body.appendChild(sidebar.element);
    sidebar.render({ outline: seedOutline(), leadGist: null, chinese: true }, PLAIN_PRESENTER);
    const el = sidebar.element;
    expect(el.querySelector('.db-brand')?.textContent).toBe(brand);
    const numbers = [...el.querySelectorAll('.db-topic-number')].map((n) => n.textContent);
    expect(numbers).toHaveLength(4);
    expect([numbers[0], numbers[3]]).toEqual([first, last]);
    expect(el.querySelector('[data-action="copy-markdown"]')?.textContent).toBe(copy);
    // The accessible name contains the visible × (WCAG 2.5.3).
    expect(el.querySelector('[data-action="close-sidebar"]')?.getAttribute('aria-label')).toBe(`× ${close}`);
    expect(el.querySelector('[data-speaker] .db-expand')?.textContent).toBe(full);
  });

  it.each([
    ['en', 'voices', 'Voices'],
    ['en', 'panel', 'Panel'],
    ['en', 'roundtable', 'Speakers'],
    ['zh_CN', 'voices', '各方声音'],
    ['zh_CN', 'panel', '嘉宾'],
    ['zh_TW', 'voices', '各方聲音'],
    ['zh_TW', 'roundtable', '發言'],
  ] as const)('names the only, untitled topic of a feature by its kind (%s, %s), not "Topic 1"', async (locale, kind, head) => {
    await useLocale(locale);
    const seed = seedOutline();
    const statements = seed.topics.flatMap((t) => t.statements);
    const one: Outline = { ...seed, kind, topics: [{ ...seed.topics[0]!, title: null, statements }] };
    const sidebar = createSidebar(readLabels(), handlers());
    document.body.appendChild(sidebar.element);
    sidebar.render({ outline: one, leadGist: null, chinese: true }, PLAIN_PRESENTER);
    expect([...sidebar.element.querySelectorAll('.db-topic-number')].map((n) => n.textContent)).toEqual([head]);
    expect(sidebar.element.querySelector('.db-topic-text')?.textContent).toBe('');
    expect(sidebar.element.querySelectorAll('[data-speaker]')).toHaveLength(statements.length);
    // a titled topic keeps its number, even alone
    sidebar.render({ outline: { ...one, topics: [{ ...one.topics[0]!, title: '太原晋中一体化' }] }, leadGist: null, chinese: true }, PLAIN_PRESENTER);
    expect(sidebar.element.querySelector('.db-topic-number')?.textContent).toMatch(/1$/);
  });

  it('has every label in every language (none missing from a locale file)', async () => {
    for (const locale of ['en', 'zh_CN', 'zh_TW'] as const) {
      await useLocale(locale);
      const labels = readLabels();
      for (const [name, value] of Object.entries(labels)) {
        const text = typeof value === 'function' ? (value as (n: number) => string)(7) : value;
        expect(text.trim(), `${locale} ${name}`).not.toBe('');
      }
      expect(labels.topicNumber(7)).toContain('7');
    }
  });
});

describe('sidebar keyboard and clicks', () => {
  it('moves between cards with the arrow keys, Home and End', () => {
    const { el } = renderSeed();
    const cards = [...el.querySelectorAll<HTMLElement>('[data-speaker]')];
    expect(cards.every((c) => c.tabIndex === 0)).toBe(true);
    cards[0]!.focus();
    key(cards[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(cards[1]);
    key(cards[1]!, 'ArrowDown');
    key(cards[2]!, 'ArrowDown');
    key(cards[3]!, 'ArrowDown'); // stays on the last
    expect(document.activeElement).toBe(cards[3]);
    key(cards[3]!, 'ArrowUp');
    expect(document.activeElement).toBe(cards[2]);
    key(cards[2]!, 'Home');
    expect(document.activeElement).toBe(cards[0]);
    const end = key(cards[0]!, 'End');
    expect(document.activeElement).toBe(cards[3]);
    expect(end.defaultPrevented).toBe(true);
  });

  it('jumps to a statement on Enter, Space and click; a topic title jumps to its topic', () => {
    const { el, hs } = renderSeed();
    const card = el.querySelector<HTMLElement>('[data-speaker="闫万玲"]')!;
    const enter = key(card, 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    key(card, ' ');
    card.querySelector<HTMLElement>('.db-gist')!.click();
    el.querySelector<HTMLElement>('[data-topic-index="3"] .db-topic-title')!.click();
    expect(hs.log).toEqual([
      ['statement', 2, 0],
      ['statement', 2, 0],
      ['statement', 2, 0],
      ['topic', 3],
    ]);
  });

  it('marks the card in view and keeps the reader’s focus across a re-render', () => {
    const { sidebar, el } = renderSeed();
    sidebar.setCurrent('1:0');
    expect(el.querySelector('.db-current')?.getAttribute('data-speaker')).toBe('张新海');
    expect(el.querySelector('[aria-current="true"]')?.getAttribute('data-speaker')).toBe('张新海');
    sidebar.setCurrent('3:0');
    expect(el.querySelectorAll('.db-current')).toHaveLength(1);
    el.querySelector<HTMLElement>('[data-speaker="闫万玲"]')!.focus();
    sidebar.render({ outline: seedOutline(), leadGist: null, chinese: true }, PLAIN_PRESENTER);
    expect((document.activeElement as HTMLElement).getAttribute('data-speaker')).toBe('闫万玲');
    expect(el.querySelector('.db-current')?.getAttribute('data-speaker')).toBe('王静');
    sidebar.setCurrent(null);
    expect(el.querySelector('.db-current')).toBeNull();
  });

  it('has labelled controls: close, copy, expand', () => {
    const { el, hs } = renderSeed();
    const close = el.querySelector<HTMLButtonElement>('[data-action="close-sidebar"]')!;
    expect(close.getAttribute('aria-label')).toBe('× Close the DuBao outline');
    close.click();
    el.querySelector<HTMLButtonElement>('[data-action="copy-markdown"]')!.click();
    expect(hs.log).toEqual([['close'], ['copy']]);
    for (const card of el.querySelectorAll('[data-speaker]')) {
      const labelledBy = card.getAttribute('aria-labelledby')!;
      expect(el.querySelector(`#${labelledBy}`)?.textContent).toContain(card.getAttribute('data-speaker')!);
    }
    vi.restoreAllMocks();
  });
});
