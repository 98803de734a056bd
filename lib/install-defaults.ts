/**
 * Defaults that depend on the reader's browser language, set once, on first install: a Hong Kong
 * (or Macau) browser gets Hong Kong character forms as its traditional variant. Settings already
 * stored (synced from another device, or an update) are kept as they are.
 */
import { storage } from '#imports';
import { saveSettings, settingsItem, type Settings } from './settings';

/**
 * What differs from the defaults for a browser in these languages (BCP 47 tags such as zh-HK, the
 * browser's UI language first, then its preferred one): the first Chinese tag decides.
 */
export function installDefaultsFor(languages: string | readonly string[]): Partial<Settings> {
  const tags = (typeof languages === 'string' ? [languages] : languages).map((l) => l.replace(/_/g, '-').toLowerCase().split('-'));
  const chinese = tags.find(([lang]) => lang === 'zh');
  if (!chinese) return {};
  // zh-Hant-HK names the region third.
  const place = chinese[1] === 'hant' || chinese[1] === 'hans' ? chinese[2] : chinese[1];
  return place === 'hk' || place === 'mo' ? { variant: 'hk' } : {};
}

/** Writes the languages' defaults when nothing is stored yet; true when it did. */
export async function applyInstallDefaults(languages: string | readonly string[]): Promise<boolean> {
  const patch = installDefaultsFor(languages);
  if (Object.keys(patch).length === 0) return false;
  if ((await storage.getItem(settingsItem.key)) !== null) return false;
  await saveSettings(patch);
  return true;
}
