/** A page's headline as its tab names it, without the site's name ("headline - site name"). */
export function documentTitle(root: Document | Element): string | null {
  const doc = 'body' in root ? root : root.ownerDocument;
  const title = doc?.title?.trim();
  // "headline - site name": keep the part before the site's name
  return title ? (title.split(/\s+[-|_–—]\s+/)[0] ?? title).trim() || null : null;
}
