/**
 * `browser.i18n` for tests, answering from the real locale files (assets/locales/*.yml) the way the
 * browser answers from the built messages.json: `$1`…`$9` substituted, `$$` kept as `$`.
 */
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Locale = 'en' | 'zh_CN' | 'zh_TW' | 'zh_HK';

const ROOT = resolve(import.meta.dirname, '../..');
const cache = new Map<Locale, Record<string, { message: string }>>();

export async function loadLocaleMessages(locale: Locale): Promise<Record<string, { message: string }>> {
  let messages = cache.get(locale);
  if (!messages) {
    messages = generateChromeMessages(await parseMessagesFile(resolve(ROOT, `assets/locales/${locale}.yml`))) as Record<
      string,
      { message: string }
    >;
    cache.set(locale, messages);
  }
  return messages;
}

/** Makes `browser.i18n.getMessage` / `getUILanguage` answer in `locale` (call after fakeBrowser.reset()). */
export async function useLocale(locale: Locale): Promise<void> {
  const messages = await loadLocaleMessages(locale);
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (name: string, substitutions?: string | string[]): string => {
    const entry = messages[name];
    if (!entry) return '';
    const subs = substitutions == null ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  };
  i18n.getUILanguage = () => locale.replace('_', '-');
}
