/**
 * Attributes DuBao writes on the page's <html> (data-dubao-chinese, data-dubao-pinyin,
 * data-dubao-script), each set together with its undo, as Dark Reader pairs a change with its
 * cleaner: the undo gives back the page's own value exactly (also when it had none), unless the
 * page wrote its own value meanwhile.
 */
export interface HtmlMark {
  set(value: string): void;
  undo(): void;
}

export function markHtml(doc: Document, name: string, value: string): HtmlMark {
  const html = doc.documentElement;
  const pageValue = html.getAttribute(name);
  let written: string | null = null;
  const mark: HtmlMark = {
    set(next) {
      written = next;
      html.setAttribute(name, next);
    },
    undo() {
      if (written === null) return;
      if (html.getAttribute(name) === written) {
        if (pageValue === null) html.removeAttribute(name);
        else html.setAttribute(name, pageValue);
      }
      written = null;
    },
  };
  mark.set(value);
  return mark;
}
