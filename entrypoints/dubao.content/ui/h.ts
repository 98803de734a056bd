/**
 * The in-page UI's element builder: lib/dom/element.ts (the one builder, also the extension
 * pages') over the page's document. Strings always become text nodes, so page text can never be
 * parsed as HTML here; attributes go through setAttribute, handlers through addEventListener.
 */
import { appendChildren, createElement, type Attrs, type Child } from '@/lib/dom/element';

export type { Attrs, Child };

/** Creates an element: `h('button', { type: 'button', onclick: fn }, 'Close')`. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  return createElement(document, tag, attrs, ...children);
}

/** Replaces all children of an element. */
export function setChildren(el: Element, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  appendChildren(el, children);
}
