/**
 * The script layer's page-level part: the page's lang follows the script shown while converted,
 * and is given back exactly (also when it was absent) unless the page changed it meanwhile. The
 * text itself is converted in place by the layer orchestrator (same Text nodes, only their data).
 */
import type { ScriptVariant } from '@/lib/reading/contract';

export function langForVariant(variant: ScriptVariant): string {
  return variant === 'cn' ? 'zh-Hans' : 'zh-Hant';
}

export interface LangKeeper {
  /** The page's own lang (null when absent), whatever we wrote over it. */
  pageLang(): string | null;
  /** The variant whose lang was last set (null: the page's own). */
  shown(): ScriptVariant | null;
  set(variant: ScriptVariant | null): void;
}

export function createLangKeeper(doc: Document): LangKeeper {
  const html = doc.documentElement;
  let saved: { value: string | null; written: string } | null = null;
  let shown: ScriptVariant | null = null;
  return {
    pageLang: () => (saved ? saved.value : html.getAttribute('lang')),
    shown: () => shown,
    set(variant) {
      shown = variant;
      if (variant === null) {
        if (!saved) return;
        // The page set its own lang meanwhile: that wins.
        if (html.getAttribute('lang') === saved.written) {
          if (saved.value === null) html.removeAttribute('lang');
          else html.setAttribute('lang', saved.value);
        }
        saved = null;
        return;
      }
      const written = langForVariant(variant);
      if (saved && html.getAttribute('lang') !== saved.written) saved = null;
      if (!saved) saved = { value: html.getAttribute('lang'), written };
      saved.written = written;
      html.setAttribute('lang', written);
    },
  };
}
