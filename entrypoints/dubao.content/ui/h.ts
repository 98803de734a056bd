/**
 * A tiny element builder. Strings always become text nodes, so page text can never be parsed as
 * HTML here; attributes go through setAttribute, handlers through addEventListener.
 */
export type Child = Node | string | number | null | undefined | false | readonly Child[];
export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue | EventListener>;

/** Appends children to a parent: nested arrays flattened, null/false/undefined skipped. */
export function appendChildren(parent: Node, children: readonly Child[]): void {
  const doc = parent.ownerDocument ?? document;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) appendChildren(parent, child as readonly Child[]);
    else if (typeof child === 'string' || typeof child === 'number') parent.appendChild(doc.createTextNode(String(child)));
    else parent.appendChild(child as Node);
  }
}

/** Creates an element: `h('button', { type: 'button', onclick: fn }, 'Close')`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (typeof value === 'function') {
        el.addEventListener(key.replace(/^on/, ''), value);
      } else if (value === true) {
        el.setAttribute(key, '');
      } else if (value !== false && value !== null && value !== undefined) {
        el.setAttribute(key, String(value));
      }
    }
  }
  appendChildren(el, children);
  return el;
}

/** Replaces all children of an element. */
export function setChildren(el: Element, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  appendChildren(el, children);
}
