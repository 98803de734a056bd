/**
 * Defaults that depend on the reader's browser language, set once, on first install: a Hong Kong
 * (or Macau) browser gets Hong Kong character forms as its traditional variant. Settings already
 * stored (synced from another device, or an update) are kept as they are.
 */
import { storage } from '#imports';
import { saveSettings, settingsItem, type Settings } from './settings';

/** What differs from the defaults for a browser in `language` (a BCP 47 tag such as zh-HK). */
export function installDefaultsFor(language: string): Partial<Settings> {
  const [lang, region] = language.replace(/_/g, '-').toLowerCase().split('-');
  // zh-Hant-HK names the region third.
  const place = region === 'hant' ? language.replace(/_/g, '-').toLowerCase().split('-')[2] : region;
  return lang === 'zh' && (place === 'hk' || place === 'mo') ? { variant: 'hk' } : {};
}

/** Writes the language's defaults when nothing is stored yet; true when it did. */
export async function applyInstallDefaults(language: string): Promise<boolean> {
  const patch = installDefaultsFor(language);
  if (Object.keys(patch).length === 0) return false;
  if ((await storage.getItem(settingsItem.key)) !== null) return false;
  await saveSettings(patch);
  return true;
}
