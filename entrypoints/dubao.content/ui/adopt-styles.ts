/**
 * Applies the UI's CSS to its shadow root as a constructed stylesheet: a page's strict
 * Content-Security-Policy (`style-src 'self'`) governs <style> elements but not constructed sheets.
 * Where constructed sheets are unavailable (or refused across the content-script boundary), a
 * <style> element is the fallback.
 */
export function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const Sheet = (shadow.ownerDocument.defaultView ?? window).CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    return;
  } catch {
    // fall back below
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.prepend(style);
}
