/** The launcher: a small round button that opens and closes the sidebar. */
import { nameWithFace } from './accessible-name';
import { h } from './h';
import type { UiLabels } from './labels';

export interface Launcher {
  element: HTMLButtonElement;
  setExpanded(open: boolean): void;
}

export function createLauncher(labels: UiLabels, onToggle: () => void): Launcher {
  const element = h(
    'button',
    {
      type: 'button',
      class: 'db-tool db-launcher',
      'data-action': 'sidebar',
      'aria-expanded': 'false',
      'aria-controls': 'db-sidebar',
      'aria-label': nameWithFace('读', labels.openSidebar),
      title: labels.openSidebar,
      onclick: () => onToggle(),
    },
    '读',
  );
  return {
    element,
    setExpanded(open) {
      element.setAttribute('aria-expanded', String(open));
      const label = open ? labels.closeSidebar : labels.openSidebar;
      element.setAttribute('aria-label', nameWithFace('读', label));
      element.title = label;
    },
  };
}
