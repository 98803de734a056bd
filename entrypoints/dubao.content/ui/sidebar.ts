/**
 * The sidebar: headline and deck, the lead's gist, one section per topic with a card per speaker,
 * credits at the foot. Rendered from the outline model; keyboard: Tab, Enter/Space on a card,
 * arrow keys (and Home/End) between cards.
 */
import type { Outline } from '@/lib/outline';
import { hasFeature } from '@/lib/page-state';
import { h, setChildren } from './h';
import type { UiLabels } from './labels';
import { renderReadable, type Presenter } from './present';
import { cardKey, renderSpeakerCard, type CardRef } from './speaker-card';
import { nameWithFace } from './accessible-name';

export interface SidebarView {
  /** null, or an outline with `detected: false`: nothing found on this page. */
  outline: Outline | null;
  /** The lead's gist (an extractive sentence of the lead), when there is a lead. */
  leadGist: string | null;
  /** Whether the page reads as Chinese (the empty state says which case it is). */
  chinese: boolean;
}

export interface SidebarHandlers {
  onTopic(index: number): void;
  onStatement(ref: CardRef): void;
  onCopy(): void;
  onClose(): void;
  /** Reads the people the page quotes, on request (offered where nothing was found on a Chinese page). */
  onShowQuoted?(): void;
  /** Read aloud per speaker: the button's label, and what a click on it does. */
  speak?: { label: string; onSpeak(ref: CardRef, button: HTMLButtonElement): void };
}

export interface Sidebar {
  element: HTMLElement;
  render(view: SidebarView, present: Presenter): void;
  setOpen(open: boolean): void;
  isOpen(): boolean;
  /** Marks the card of the statement in view (`cardKey`), or none. */
  setCurrent(key: string | null): void;
  setStatus(text: string): void;
  /** Moves keyboard focus into the sidebar. */
  focus(): void;
  /** The card element for a statement, if rendered. */
  card(key: string): HTMLElement | null;
  setPlacement(side: 'left' | 'right', width: number): void;
}

function parseRef(key: string | null): CardRef | null {
  const m = /^(\d+):(\d+)$/.exec(key ?? '');
  return m ? { topic: Number(m[1]), statement: Number(m[2]) } : null;
}

export function createSidebar(labels: UiLabels, handlers: SidebarHandlers): Sidebar {
  const brand = h('h2', { class: 'db-brand', tabindex: -1 }, labels.brand);
  const copy = h(
    'button',
    { type: 'button', class: 'db-bar-button', 'data-action': 'copy-markdown', onclick: () => handlers.onCopy() },
    labels.copyMarkdown,
  );
  const close = h(
    'button',
    {
      type: 'button',
      class: 'db-bar-button db-close',
      'data-action': 'close-sidebar',
      'aria-label': nameWithFace('×', labels.closeSidebar),
      title: labels.closeSidebar,
      onclick: () => handlers.onClose(),
    },
    '×',
  );
  const status = h('div', { class: 'db-status', role: 'status', 'aria-live': 'polite' });
  const scroll = h('div', { class: 'db-scroll' });
  const element = h(
    'aside',
    {
      class: 'db-sidebar',
      'data-dubao-sidebar': '',
      role: 'complementary',
      'aria-label': labels.sidebarRegion,
      hidden: true,
    },
    h('div', { class: 'db-bar' }, brand, copy, close),
    status,
    scroll,
  );

  let current: HTMLElement | null = null;

  function cards(): HTMLElement[] {
    return [...scroll.querySelectorAll<HTMLElement>('.db-card')];
  }

  // Clicks on a card (not on its buttons, not inside its expanded text) jump into the page.
  scroll.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const speak = target?.closest<HTMLButtonElement>('button[data-action="speak"]');
    const speakRef = speak && parseRef(speak.closest('.db-card')?.getAttribute('data-card') ?? null);
    if (speak && speakRef) return handlers.speak?.onSpeak(speakRef, speak);
    if (!target || target.closest('button:not(.db-topic-title), .db-full')) return;
    const card = target.closest<HTMLElement>('.db-card');
    if (card) {
      const ref = parseRef(card.getAttribute('data-card'));
      if (ref) handlers.onStatement(ref);
      return;
    }
    const title = target.closest<HTMLElement>('.db-topic-title');
    const topic = title?.closest<HTMLElement>('[data-topic-index]');
    if (title && topic) handlers.onTopic(Number(topic.getAttribute('data-topic-index')));
  });

  scroll.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (!target?.classList.contains('db-card')) return;
    const list = cards();
    const index = list.indexOf(target);
    let next: HTMLElement | undefined;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = list[Math.min(index + 1, list.length - 1)];
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = list[Math.max(index - 1, 0)];
        break;
      case 'Home':
        next = list[0];
        break;
      case 'End':
        next = list[list.length - 1];
        break;
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const ref = parseRef(target.getAttribute('data-card'));
        if (ref) handlers.onStatement(ref);
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    next?.focus();
  });

  // Keep a card visible inside the sidebar's own scroller (never scroll the page); a topic's first
  // card comes with its topic's title (what the card answers to), never half of it.
  function revealCard(card: HTMLElement): void {
    const top = card.offsetTop - scroll.offsetTop;
    if (top < scroll.scrollTop || top + card.offsetHeight > scroll.scrollTop + scroll.clientHeight) {
      const topic = card.closest<HTMLElement>('.db-topic');
      const first = topic?.querySelector('.db-card') === card;
      const from = first && topic ? topic.offsetTop - scroll.offsetTop : top - 40;
      scroll.scrollTop = Math.max(0, Math.min(from - 8, top - 40));
    }
  }

  function renderEmpty(view: SidebarView, present: Presenter): Node[] {
    const headline = view.outline?.headline;
    const nodes: Node[] = [];
    if (headline) nodes.push(h('h2', { class: 'db-headline' }, present.text(headline)));
    nodes.push(h('p', { class: 'db-empty', 'data-dubao-empty': '' }, view.chinese ? labels.nothingFound : labels.notChinese));
    if (view.chinese && handlers.onShowQuoted)
      nodes.push(h('button', { type: 'button', class: 'db-bar-button', 'data-action': 'show-quoted', onclick: () => handlers.onShowQuoted!() }, labels.showQuoted));
    return nodes;
  }

  // On request: the banner says plainly this is no detected feature; the cards follow, or that nobody is named.
  function renderQuoted(outline: Outline, view: SidebarView, present: Presenter): Node[] {
    const banner = h('p', { class: 'db-quoted-banner', role: 'note', 'data-dubao-quoted': '' }, labels.quotedBanner);
    const named = outline.topics.some((t) => t.statements.length);
    return [banner, ...(named ? renderOutline(outline, { ...view, leadGist: null }, present) : [h('p', { class: 'db-empty', 'data-dubao-empty': '' }, labels.nobodyQuoted)])];
  }

  /** A numbered topic among several; the only one, untitled, is named for what it holds ("Topic 1" of one says nothing). */
  function headTopic(outline: Outline, title: string | null, index: number): string {
    if (title || outline.topics.length > 1) return labels.topicNumber(index + 1);
    return outline.onRequest ? labels.quotedTopic : labels.soleTopic(outline.kind);
  }

  function renderOutline(outline: Outline, view: SidebarView, present: Presenter): Node[] {
    const t = (s: string) => present.text(s);
    const nodes: Node[] = [];
    const head = h(
      'header',
      { class: 'db-head' },
      outline.headline ? h('h2', { class: 'db-headline' }, t(outline.headline)) : null,
      outline.deck ? h('p', { class: 'db-deck' }, t(outline.deck)) : null,
      view.leadGist
        ? h('p', { class: 'db-lead' }, h('span', { class: 'db-label' }, labels.lead), t(view.leadGist))
        : null,
    );
    nodes.push(head);
    const topics = h('ol', { class: 'db-topics', 'aria-label': labels.topicsList });
    outline.topics.forEach((topic, ti) => {
      if (!topic.statements.length) return;
      const titleId = `db-topic-${ti}-title`;
      const title = h(
        'button',
        { type: 'button', class: 'db-topic-title', id: titleId },
        h('span', { class: 'db-topic-number' }, headTopic(outline, topic.title, ti)),
        h('span', { class: 'db-topic-text' }, topic.title ? renderReadable(topic.title, present) : null),
      );
      const list = h(
        'ul',
        { class: 'db-cards', 'aria-labelledby': titleId },
        topic.statements.map((st, si) =>
          h('li', null, renderSpeakerCard(st, { topic: ti, statement: si }, labels, present, handlers.speak?.label)),
        ),
      );
      topics.appendChild(
        h(
          'li',
          { class: 'db-topic', 'data-topic-index': ti, 'aria-labelledby': titleId },
          h('h3', { class: 'db-topic-h' }, title),
          list,
        ),
      );
    });
    nodes.push(topics);
    if (outline.credits.length || outline.captions.length) {
      nodes.push(
        h(
          'footer',
          { class: 'db-credits', 'aria-label': labels.credits },
          outline.credits.map((c) =>
            h('p', null, `${t(c.role)}:`, c.names.map(t).join('、')),
          ),
          outline.captions.length
            ? h('p', null, `${labels.captions}: `, outline.captions.map(t).join(' / '))
            : null,
        ),
      );
    }
    return nodes;
  }

  return {
    element,
    render(view, present) {
      const focusedKey = (element.getRootNode() as Document | ShadowRoot).activeElement?.getAttribute?.('data-card');
      const currentKey = current?.getAttribute('data-card') ?? null;
      const quoted = view.outline?.onRequest ? view.outline : null;
      copy.hidden = !hasFeature(view.outline) && !quoted?.topics.length;
      setChildren(scroll, quoted ? renderQuoted(quoted, view, present) : hasFeature(view.outline) ? renderOutline(view.outline, view, present) : renderEmpty(view, present));
      current = null;
      this.setCurrent(currentKey);
      // Re-rendering (layers switched) must not lose the reader's place.
      if (focusedKey) this.card(focusedKey)?.focus();
    },
    setOpen(open) {
      element.hidden = !open;
      // A hidden scroller forgets its place: back at the marked card.
      if (open && current) revealCard(current);
    },
    isOpen() {
      return !element.hidden;
    },
    setCurrent(key) {
      const next = key ? this.card(key) : null;
      if (next === current) return;
      current?.classList.remove('db-current');
      current?.removeAttribute('aria-current');
      current = next;
      if (!next) return;
      next.classList.add('db-current');
      next.setAttribute('aria-current', 'true');
      revealCard(next);
    },
    setStatus(text) {
      status.textContent = text;
    },
    focus() {
      brand.focus();
    },
    card(key) {
      return scroll.querySelector<HTMLElement>(`.db-card[data-card="${key.replace(/[^0-9:]/g, '')}"]`);
    },
    setPlacement(side, width) {
      element.classList.toggle('db-left', side === 'left');
      element.style.setProperty('--db-sidebar-width', `${width}px`);
    },
  };
}

export { cardKey };
