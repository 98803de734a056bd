/**
 * Settings: one versioned storage item. `normalizeSettings` is pure and repairs anything stored
 * (corrupt, partial, from an older version) into valid settings, so readers never see bad values.
 */
import { storage } from '#imports';

export type ToneStyle = 'marks' | 'numbers' | 'none';
export type RubyNotation = 'pinyin' | 'zhuyin';
export type RubyGrouping = 'word' | 'character';
export type PinyinScope = 'feature' | 'page';
/** Simplified → traditional variants a reader can pick; `cn` (→ simplified) is offered on traditional pages. */
export type TraditionalVariant = 'tw' | 'twp' | 'hk';
export type ScriptState = 'original' | TraditionalVariant | 'cn';

export interface Settings {
  toneStyle: ToneStyle;
  notation: RubyNotation;
  toneColors: boolean;
  grouping: RubyGrouping;
  pinyinScope: PinyinScope;
  variant: TraditionalVariant;
  openSidebarOnFeature: boolean;
  /** Hostnames where layers switch on by themselves. */
  autoSites: string[];
  /** Hostnames where DuBao does nothing at all. */
  offSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  toneStyle: 'marks',
  notation: 'pinyin',
  toneColors: false,
  grouping: 'word',
  pinyinScope: 'feature',
  variant: 'tw',
  openSidebarOnFeature: false,
  autoSites: [],
  offSites: [],
});

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A hostname as a user might type it ("https://www.Example.com/x") → "www.example.com", or null. */
export function normalizeHost(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let text = value.trim().toLowerCase();
  if (!text) return null;
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  return /^[a-z0-9.-]+$/.test(text) && !text.startsWith('.') && !text.endsWith('.') ? text : null;
}

function hosts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.map(normalizeHost).filter((h): h is string => h !== null))];
}

/** Any stored value → valid settings; unknown keys dropped, bad values replaced by defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const r = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const d = DEFAULT_SETTINGS;
  return {
    toneStyle: pick(r.toneStyle, ['marks', 'numbers', 'none'], d.toneStyle),
    notation: pick(r.notation, ['pinyin', 'zhuyin'], d.notation),
    toneColors: typeof r.toneColors === 'boolean' ? r.toneColors : d.toneColors,
    grouping: pick(r.grouping, ['word', 'character'], d.grouping),
    pinyinScope: pick(r.pinyinScope, ['feature', 'page'], d.pinyinScope),
    variant: pick(r.variant, ['tw', 'twp', 'hk'], d.variant),
    openSidebarOnFeature: typeof r.openSidebarOnFeature === 'boolean' ? r.openSidebarOnFeature : d.openSidebarOnFeature,
    autoSites: hosts(r.autoSites),
    offSites: hosts(r.offSites),
  };
}

/** Whether a hostname is listed, counting subdomains ("news.example.com" matches "example.com"). */
export function matchesHost(hostname: string, list: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return list.some((entry) => host === entry || host.endsWith(`.${entry}`));
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads settings, repairing a corrupt stored value in place. */
export async function loadSettings(): Promise<Settings> {
  const raw: unknown = await settingsItem.getValue();
  const settings = normalizeSettings(raw);
  if (JSON.stringify(raw) !== JSON.stringify(settings)) await settingsItem.setValue(settings);
  return settings;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
