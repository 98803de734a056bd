/**
 * Imports one of the extension's lazy scripts (the understanding, the summaries, the dictionary card) once per page.
 * WXT bundles a content script as one classic script, so each lazy part is its own web-accessible file, imported
 * natively as a module; it publishes its functions on a globalThis symbol. A failed load is tried again on the next call.
 */
export function createLazyScript<T>(path: Parameters<typeof browser.runtime.getURL>[0], key: symbol, what: string): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= import(/* @vite-ignore */ browser.runtime.getURL(path)).then(() => {
      const api = (globalThis as Record<symbol, unknown>)[key] as T | undefined;
      if (!api) throw new Error(`DuBao: ${what} did not load`);
      return api;
    });
    loading.catch(() => (loading = null));
    return loading;
  };
}
