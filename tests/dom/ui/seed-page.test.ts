/**
 * The UI over the real analysis of the seed e-paper page (lib/understand), not a hand-made model, made as the content
 * script makes it: the lazy understanding's steps (unsummarized), then the summaries and the lead's gist.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { outlineToMarkdown } from '@/lib/outline';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { leadGistOf } from '@/lib/lead-gist';
import { analyzeDocument, beginPageAnalysis, finishPageAnalysis, summarizeAnalysis, type PageAnalysis } from '@/lib/understand';
import { createDubaoUi, type DubaoUi } from '@/entrypoints/dubao.content/ui/app';
import { readLabels } from '@/entrypoints/dubao.content/ui/labels';
import { useLocale } from '../../helpers/fake-i18n';
import { FakeController, realEngines, settle, shadowContainer } from './support';

const SEED_HTML = readFileSync(resolve(__dirname, '../../fixtures/seed-epaper.html'), 'utf8');

let analysis: PageAnalysis;
let ui: DubaoUi;
let shadow: ShadowRoot;
let original: string;

beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('en');
  const parsed = new DOMParser().parseFromString(SEED_HTML, 'text/html');
  document.documentElement.setAttribute('lang', 'zh-CN');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  original = document.body.innerHTML;
  const first = beginPageAnalysis(document);
  analysis = summarizeAnalysis((first.done ? first.analysis : finishPageAnalysis(first.pending))!);
  const mounted = shadowContainer();
  shadow = mounted.shadow;
  ui = createDubaoUi({
    container: mounted.container,
    labels: readLabels(),
    analysis,
    leadGist: leadGistOf(analysis.outline),
    chinese: true,
    pageScript: analysis.outline.script,
    controller: new FakeController(),
    engines: realEngines(),
    settings: { ...DEFAULT_SETTINGS },
    showLauncher: true,
  });
  ui.toggleSidebar(true);
  await settle();
});

afterEach(() => {
  ui.dispose();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('the sidebar over the seed page’s analysis', () => {
  it('the content script’s steps, summarized after, give the one-step analysis', () => {
    expect(analysis.outline).toEqual(analyzeDocument(document).outline);
  });

  it('shows who spoke on which topic: 4 topics, 4 speakers with roles and reporters', () => {
    const topics = [...shadow.querySelectorAll('[data-topic-index]')];
    expect(topics).toHaveLength(4);
    const cards = [...shadow.querySelectorAll('[data-speaker]')];
    expect(cards.map((c) => [c.getAttribute('data-speaker'), c.querySelector('.db-role')?.textContent])).toEqual([
      ['渠德鹏', '市发展和改革委员会党组成员、副主任'],
      ['张新海', '市民'],
      ['闫万玲', '太谷区小白乡党委副书记、乡长'],
      ['王静', '市发展和改革委员会党组成员、副主任'],
    ]);
    expect(cards.map((c) => c.querySelector('.db-reporter')?.textContent?.replace('Reporter ', ''))).toEqual([
      '李娟',
      '武玲芳',
      '王爱媛',
      '马永红',
    ]);
    // Every card has a gist taken verbatim from its statement.
    analysis.outline.topics.forEach((topic, t) => {
      const st = topic.statements[0]!;
      const gist = shadow.querySelector(`[data-card="${t}:0"] .db-gist`)?.textContent;
      expect(gist).toBe(st.summary.gist);
      expect(st.paragraphs.join('')).toContain(gist);
    });
    // The lead's gist is a sentence of the lead.
    const lead = shadow.querySelector('.db-lead')!.lastChild!.textContent!;
    expect(lead.length).toBeGreaterThan(10);
    expect(analysis.outline.lead).toContain(lead);
  });

  it('the third speaker’s card leads to the paragraph where the statement starts', () => {
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    shadow.querySelector<HTMLElement>('[data-speaker="闫万玲"] .db-card-head')!.click();
    expect(scrolled).toHaveLength(1);
    expect(scrolled[0]!.textContent!.startsWith('太谷区小白乡党委副书记、乡长闫万玲:')).toBe(true);
    const highlighted = [...document.querySelectorAll('[data-dubao-highlight]')];
    // All the statement's paragraphs, including both halves of the one the layout broke apart.
    expect(highlighted.some((el) => el.textContent!.endsWith('以环境整治重塑乡'))).toBe(true);
    expect(highlighted.some((el) => el.textContent!.startsWith('村肌理'))).toBe(true);
  });

  it('the expanded card reads the broken statement whole and in order', () => {
    const card = shadow.querySelector('[data-speaker="张新海"]')!;
    card.querySelector<HTMLButtonElement>('.db-expand')!.click();
    const paragraphs = [...card.querySelectorAll('.db-full p')].map((p) => p.textContent);
    expect(paragraphs).toHaveLength(4);
    // The e-paper page puts this statement's tail far below (after the credits); the card re-joins it.
    expect(paragraphs[1]).toContain('亲眼见证了新春社火巡演的盛况');
    expect(paragraphs[3]!.endsWith('成为展现城市文化的一张璀璨名片。')).toBe(true);
  });

  it('copies the same Markdown as the analysis gives, and leaves the page as it was', async () => {
    const writes: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (t: string) => void writes.push(t));
    shadow.querySelector<HTMLButtonElement>('[data-action="copy-markdown"]')!.click();
    await settle();
    expect(writes).toEqual([outlineToMarkdown(analysis.outline)]);
    // A jump marks the page's paragraphs while highlighted; disposing takes every mark away.
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    shadow.querySelector<HTMLElement>('[data-speaker="王静"] .db-card-head')!.click();
    expect(document.querySelectorAll('[data-dubao-highlight]').length).toBe(3);
    ui.dispose();
    document.querySelector('dubao-ui')?.remove();
    expect(document.body.innerHTML).toBe(original);
  });
});
