/**
 * The element builder of the extension pages (popup, settings) and the in-page UI (ui/h.ts).
 * Strings become text nodes, never HTML; handlers go through addEventListener. The Document is
 * passed in, so this stays pure.
 */
export type Child = Node | string | number | null | undefined | false | readonly Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Appends children to a parent: nested arrays flattened, null/false/undefined skipped. */
export function appendChildren(parent: Node, children: readonly Child[]): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) appendChildren(parent, child as readonly Child[]);
    else if (typeof child === 'string' || typeof child === 'number') parent.appendChild(doc.createTextNode(String(child)));
    else parent.appendChild(child as Node);
  }
}

/** `createElement(document, 'button', { type: 'button', onclick: fn }, 'Close')`. */
export function createElement<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(key, '');
    else if (value !== false && value != null) el.setAttribute(key, String(value));
  }
  appendChildren(el, children);
  return el;
}
