/**
 * One speaker card: name (with readings when pinyin is on), role, gist, key points, what the speaker
 * asks for, figures, the policy line answered, reporter; it expands to the whole statement, paragraphs re-joined in order.
 */
import type { Statement } from '@/lib/outline';
import { h } from './h';
import type { UiLabels } from './labels';
import { renderReadable, type Presenter } from './present';

/** Figures shown on a card: enough to give the scale, few enough to read at a glance. */
export const MAX_FIGURES = 3;

export interface CardRef {
  topic: number;
  statement: number;
}

/** The `data-speaker` value: the name, else the role, else a generic label. */
export function speakerKey(statement: Statement, labels: UiLabels): string {
  return statement.speaker.name ?? statement.speaker.role ?? labels.unnamed;
}

export function cardKey(ref: CardRef): string {
  return `${ref.topic}:${ref.statement}`;
}

export function renderSpeakerCard(
  statement: Statement,
  ref: CardRef,
  labels: UiLabels,
  present: Presenter,
  /** The read-aloud button's label (none: no button). */
  speakLabel?: string,
): HTMLElement {
  const id = `db-card-${ref.topic}-${ref.statement}`;
  const { name, role } = statement.speaker;
  const { gist, points, figures, cites, asks = [] } = statement.summary;
  const t = (s: string) => present.text(s);

  const head = h(
    'h4',
    { class: 'db-card-head', id: `${id}-name` },
    h('span', { class: 'db-name' }, name ? renderReadable(name, present) : t(role ?? labels.unnamed)),
    name && role ? h('span', { class: 'db-role' }, t(role)) : null,
  );

  const fullId = `${id}-full`;
  const full = h(
    'div',
    { class: 'db-full', id: fullId, hidden: true, role: 'region', 'aria-label': labels.fullStatement },
    statement.paragraphs.map((p) => h('p', null, t(p))),
  );
  const expand = h(
    'button',
    { type: 'button', class: 'db-expand', 'aria-expanded': 'false', 'aria-controls': fullId },
    labels.fullStatement,
  );
  expand.addEventListener('click', (event) => {
    event.stopPropagation(); // expanding is not a jump into the page
    const open = expand.getAttribute('aria-expanded') !== 'true';
    expand.setAttribute('aria-expanded', String(open));
    expand.textContent = open ? labels.hideStatement : labels.fullStatement;
    full.hidden = !open;
  });

  return h(
    'article',
    {
      class: 'db-card',
      tabindex: 0,
      'data-speaker': speakerKey(statement, labels),
      'data-card': cardKey(ref),
      'aria-labelledby': `${id}-name`,
      'aria-describedby': gist ? `${id}-gist` : null,
    },
    head,
    gist ? h('p', { class: 'db-gist', id: `${id}-gist` }, t(gist)) : null,
    points.length
      ? h('ul', { class: 'db-points', 'aria-label': labels.keyPoints }, points.map((p) => h('li', null, t(p))))
      : null,
    asks.length
      ? h('p', { class: 'db-meta db-asks' }, h('b', null, labels.asks), ' ', asks.map((a) => t(a)).join(' · '))
      : null,
    figures.length
      ? h(
          'ul',
          { class: 'db-figures', 'aria-label': labels.figures },
          figures.slice(0, MAX_FIGURES).map((f) => h('li', null, t(f))),
        )
      : null,
    cites.length
      ? h('p', { class: 'db-meta db-cites' }, h('b', null, labels.answers), ' ', cites.map((c) => `“${t(c)}”`).join(' · '))
      : null,
    statement.reporter
      ? h('p', { class: 'db-meta db-reporter' }, h('b', null, labels.reporter), ' ', t(statement.reporter))
      : null,
    statement.paragraphs.length
      ? h(
          'div',
          { class: 'db-card-actions' },
          expand,
          speakLabel
            ? h('button', { type: 'button', class: 'db-speak', 'data-action': 'speak', 'data-speaking': 'false' }, speakLabel)
            : null,
        )
      : null,
    statement.paragraphs.length ? full : null,
  );
}
