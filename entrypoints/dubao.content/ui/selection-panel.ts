/**
 * The selection panel: the pinyin of the selected text and its other-script form. Opened by the
 * context-menu item (message `showSelection`); Esc or the close button dismiss it.
 */
import { nameWithFace } from './accessible-name';
import { h, setChildren } from './h';
import type { UiLabels } from './labels';
import type { ReadingFormat } from '@/lib/reading-format';
import { renderSegments, type RubySegment } from './ruby';

export interface SelectionView {
  text: string;
  /** Readings of the text, or null when unavailable. */
  segments: readonly RubySegment[] | null;
  /** The text in the other script (traditional on a simplified page, and back), or null. */
  other: string | null;
  format?: ReadingFormat;
}

export interface SelectionPanel {
  element: HTMLElement;
  show(view: SelectionView, anchor?: DOMRect | null): void;
  hide(): void;
  isOpen(): boolean;
}

/** The longest selection shown; beyond it the text is cut (the panel is for words and phrases). */
export const SELECTION_MAX = 200;

export function createSelectionPanel(labels: UiLabels, onClose: () => void): SelectionPanel {
  const body = h('div', { class: 'db-selection-body' });
  const closeButton = h(
    'button',
    {
      type: 'button',
      class: 'db-bar-button db-close',
      'data-action': 'close-selection',
      'aria-label': nameWithFace('×', labels.close),
      title: labels.close,
      onclick: () => onClose(),
    },
    '×',
  );
  const element = h(
    'div',
    {
      class: 'db-selection',
      'data-dubao-selection': '',
      role: 'dialog',
      'aria-label': labels.selectionTitle,
      hidden: true,
    },
    h('div', { class: 'db-selection-head' }, h('p', { class: 'db-selection-title' }, labels.selectionTitle), closeButton),
    body,
  );

  return {
    element,
    show(view, anchor) {
      const text = view.text.length > SELECTION_MAX ? `${view.text.slice(0, SELECTION_MAX)}…` : view.text;
      setChildren(
        body,
        h(
          'p',
          { class: 'db-selection-text', 'data-part': 'reading', 'aria-label': labels.selectionPinyin },
          view.segments ? renderSegments(view.segments, view.format) : text,
        ),
        view.other && view.other !== view.text
          ? h(
              'p',
              { class: 'db-selection-line', 'data-part': 'other' },
              h('b', null, `${labels.selectionOther}: `),
              view.other.length > SELECTION_MAX ? `${view.other.slice(0, SELECTION_MAX)}…` : view.other,
            )
          : null,
      );
      const win = element.ownerDocument.defaultView ?? window;
      // Below the selection when there is room, else above it; bottom-right without a selection.
      if (anchor && anchor.width + anchor.height > 0) {
        const left = Math.min(Math.max(8, anchor.left), win.innerWidth - 340);
        const below = anchor.bottom + 8;
        element.style.left = `${left}px`;
        element.style.right = 'auto';
        if (below + 160 < win.innerHeight) {
          element.style.top = `${below}px`;
          element.style.bottom = 'auto';
        } else {
          element.style.top = 'auto';
          element.style.bottom = `${Math.max(8, win.innerHeight - anchor.top + 8)}px`;
        }
      } else {
        element.style.left = 'auto';
        element.style.top = 'auto';
        element.style.right = '84px';
        element.style.bottom = '16px';
      }
      element.hidden = false;
      closeButton.focus({ preventScroll: true });
    },
    hide() {
      element.hidden = true;
    },
    isOpen() {
      return !element.hidden;
    },
  };
}
