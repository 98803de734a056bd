/**
 * Settings: one versioned storage item. `normalizeSettings` is pure and repairs anything stored
 * (corrupt, partial, from an older version) into valid settings, so readers never see bad values.
 */
import { storage } from '#imports';
import type { ScriptVariant } from './reading/contract';

export type ToneStyle = 'marks' | 'numbers' | 'none';
/** Mandarin in pinyin or zhuyin, or Cantonese in Jyutping (the readings then come from the Cantonese engine). */
export type RubyNotation = 'pinyin' | 'zhuyin' | 'jyutping';
export type RubyGrouping = 'word' | 'character';
export type PinyinScope = 'feature' | 'page';
/** The size of the readings over the characters (the page stylesheet maps it to a font size). */
export type ReadingSize = 'small' | 'medium' | 'large';
/** 一 and 不 as spoken (tone sandhi: 一个 yí gè, 不是 bú shì) or with their dictionary tones (yī gè, bù shì). */
export type TonesAs = 'spoken' | 'written';
/** Readings on every word (0), or only on words above this HSK level (1–6) and not marked as known. */
export type ReadingLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6;
/** Simplified → traditional variants a reader can pick; `cn` (→ simplified) is offered on traditional pages. */
export type TraditionalVariant = Exclude<ScriptVariant, 'cn'>;
export type ScriptState = 'original' | ScriptVariant;

export interface AutoLayers {
  pinyin: boolean;
  script: boolean;
}

export interface Settings {
  toneStyle: ToneStyle;
  notation: RubyNotation;
  toneColors: boolean;
  grouping: RubyGrouping;
  readingSize: ReadingSize;
  tonesAs: TonesAs;
  readingLevel: ReadingLevel;
  pinyinScope: PinyinScope;
  variant: TraditionalVariant;
  openSidebarOnFeature: boolean;
  /** Hostnames where layers switch on by themselves. */
  autoSites: string[];
  /** Which layers switch on by themselves there (script: to `variant`, or to simplified on traditional pages). */
  autoLayers: AutoLayers;
  /** Hostnames where DuBao does nothing at all. */
  offSites: string[];
  /** Convert “” ‘’ to 「」 『』 with traditional output, and back with simplified output. */
  cornerQuotes: boolean;
  /** Read-aloud voice by name ('' = the system's Chinese voice), and its rate. */
  speechVoice: string;
  speechRate: number;
  /** Network voices send page text away: only on the reader's explicit choice. */
  allowNetworkVoices: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  toneStyle: 'marks',
  notation: 'pinyin',
  toneColors: false,
  grouping: 'word',
  readingSize: 'medium',
  tonesAs: 'spoken',
  readingLevel: 0,
  pinyinScope: 'feature',
  variant: 'tw',
  openSidebarOnFeature: false,
  autoSites: [],
  autoLayers: Object.freeze({ pinyin: true, script: false }),
  offSites: [],
  cornerQuotes: false,
  speechVoice: '',
  speechRate: 1,
  allowNetworkVoices: false,
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
  // A site name has a dot (single words are typos or split phrases), localhost excepted.
  const valid = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(text) || text === 'localhost';
  return valid ? text : null;
}

const flag = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

/** Each layer's switch kept if it is a boolean; a missing or broken field gets its default (settings stored before it existed). */
function autoLayers(value: unknown): AutoLayers {
  const r = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const d = DEFAULT_SETTINGS.autoLayers;
  return { pinyin: flag(r.pinyin, d.pinyin), script: flag(r.script, d.script) };
}

function hosts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.map(normalizeHost).filter((h): h is string => h !== null))];
}

function readingLevel(value: unknown): ReadingLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6 ? (value as ReadingLevel) : 0;
}

/** Speech rates a voice can take without garbling: 0.5–2, default 1. */
function speechRate(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(2, Math.max(0.5, value)) : 1;
}

/** Any stored value → valid settings; unknown keys dropped, bad values replaced by defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const r = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const d = DEFAULT_SETTINGS;
  return {
    toneStyle: pick(r.toneStyle, ['marks', 'numbers', 'none'], d.toneStyle),
    notation: pick(r.notation, ['pinyin', 'zhuyin', 'jyutping'], d.notation),
    toneColors: typeof r.toneColors === 'boolean' ? r.toneColors : d.toneColors,
    grouping: pick(r.grouping, ['word', 'character'], d.grouping),
    readingSize: pick(r.readingSize, ['small', 'medium', 'large'], d.readingSize),
    tonesAs: pick(r.tonesAs, ['spoken', 'written'], d.tonesAs),
    readingLevel: readingLevel(r.readingLevel),
    pinyinScope: pick(r.pinyinScope, ['feature', 'page'], d.pinyinScope),
    variant: pick(r.variant, ['tw', 'twp', 'hk'], d.variant),
    openSidebarOnFeature: typeof r.openSidebarOnFeature === 'boolean' ? r.openSidebarOnFeature : d.openSidebarOnFeature,
    autoSites: hosts(r.autoSites),
    autoLayers: autoLayers(r.autoLayers),
    offSites: hosts(r.offSites),
    cornerQuotes: flag(r.cornerQuotes, d.cornerQuotes),
    speechVoice: typeof r.speechVoice === 'string' ? r.speechVoice.slice(0, 200) : d.speechVoice,
    speechRate: speechRate(r.speechRate),
    allowNetworkVoices: flag(r.allowNetworkVoices, d.allowNetworkVoices),
  };
}

/** Whether a hostname is listed, counting subdomains ("news.example.com" matches "example.com"). */
export function matchesHost(hostname: string, list: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return list.some((entry) => host === entry || host.endsWith(`.${entry}`));
}

/**
 * The prototype's stored shape, from before the settings were versioned (WXT counts a value stored
 * without version metadata as version 1). Readings were one `tones` choice that included zhuyin,
 * the variant was a locale tag, and site lists were free text.
 */
export interface LegacySettingsV1 {
  tones?: 'mark' | 'number' | 'none' | 'zhuyin';
  colorTones?: boolean;
  perCharacter?: boolean;
  wholePage?: boolean;
  traditional?: 'zh-TW' | 'zh-TW-phrases' | 'zh-HK';
  autoOpen?: boolean;
  alwaysOn?: string;
  neverOn?: string;
}

/** Free text as typed in a site list (lines, commas or spaces) → the valid hostnames and the rejected entries. */
export function parseHostList(text: string): { hosts: string[]; rejected: string[] } {
  const entries = text.split(/[\s,;，；、]+/).filter(Boolean);
  const hosts: string[] = [];
  const rejected: string[] = [];
  for (const entry of entries) {
    const host = normalizeHost(entry);
    if (host === null) rejected.push(entry);
    else if (!hosts.includes(host)) hosts.push(host);
  }
  return { hosts, rejected };
}

const LEGACY_TONES: Record<string, Partial<Settings>> = {
  mark: { toneStyle: 'marks', notation: 'pinyin' },
  number: { toneStyle: 'numbers', notation: 'pinyin' },
  none: { toneStyle: 'none', notation: 'pinyin' },
  zhuyin: { notation: 'zhuyin' },
};
const LEGACY_VARIANTS: Record<string, TraditionalVariant> = { 'zh-TW': 'tw', 'zh-TW-phrases': 'twp', 'zh-HK': 'hk' };

/**
 * v1 → v2. Accepts the legacy shape and also a value already in the current shape (development
 * builds stored it at v1); current keys win over legacy ones. Never throws: WXT would log a failed
 * migration and leave the old value behind.
 */
export function migrateSettingsV1(raw: unknown): Settings {
  const r = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const legacy: Partial<Record<keyof Settings, unknown>> = {};
  if (typeof r.tones === 'string') Object.assign(legacy, LEGACY_TONES[r.tones]);
  if (typeof r.colorTones === 'boolean') legacy.toneColors = r.colorTones;
  if (typeof r.perCharacter === 'boolean') legacy.grouping = r.perCharacter ? 'character' : 'word';
  if (typeof r.wholePage === 'boolean') legacy.pinyinScope = r.wholePage ? 'page' : 'feature';
  if (typeof r.traditional === 'string') legacy.variant = LEGACY_VARIANTS[r.traditional];
  if (typeof r.autoOpen === 'boolean') legacy.openSidebarOnFeature = r.autoOpen;
  if (typeof r.alwaysOn === 'string') legacy.autoSites = parseHostList(r.alwaysOn).hosts;
  if (typeof r.neverOn === 'string') legacy.offSites = parseHostList(r.neverOn).hosts;
  // Current keys win, unless they hold garbage and a legacy key says something valid.
  const merged: Record<string, unknown> = { ...legacy };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!(key in r)) continue;
    const valid = Array.isArray(r[key]) || JSON.stringify(normalizeSettings({ [key]: r[key] })[key]) === JSON.stringify(r[key]);
    if (valid || !(key in legacy)) merged[key] = r[key];
  }
  return normalizeSettings(merged);
}

/**
 * v2 → v3 adds readingSize. Stored v2 settings get the default: medium readings (v2 drew them at
 * half the text size, too small to read at arm's length, so nobody keeps that by accident). Never throws.
 */
export function migrateSettingsV2(raw: unknown): Settings {
  return normalizeSettings(raw);
}

/**
 * v3 → v4 adds tonesAs, readingLevel, cornerQuotes and the speech choices, all with defaults that
 * keep what v3 showed (spoken tones, readings on every word, quotes as printed). Never throws.
 */
export function migrateSettingsV3(raw: unknown): Settings {
  return normalizeSettings(raw);
}

export const SETTINGS_VERSION = 4;

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1, 3: migrateSettingsV2, 4: migrateSettingsV3 },
});

/**
 * Reads settings, repaired (normalizeSettings) but never written back: a read that wrote would race
 * every other writer (the settings page, another tab) and could put back a value they just changed.
 */
export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** JSON with object keys sorted: Chromium's storage gives keys back sorted, normalizeSettings in its own order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/**
 * Writes the repaired value over a corrupt or partial stored one; true when it did. Called by the
 * background alone, when the extension is installed, updated or the browser starts, not on reads.
 */
export async function repairStoredSettings(): Promise<boolean> {
  const raw: unknown = await settingsItem.getValue();
  const settings = normalizeSettings(raw);
  if (canonicalJson(raw) === canonicalJson(settings)) return false;
  await settingsItem.setValue(settings);
  return true;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `listener` with repaired settings whenever they change (in any tab or page). */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(normalizeSettings(value)));
}

/** The reading styles the settings page offers, over `notation` + `toneStyle` (Jyutping always writes tone numbers). */
export type ReadingStyle = 'marks' | 'numbers' | 'none' | 'zhuyin' | 'jyutping';

export function readingStyleOf(settings: Settings): ReadingStyle {
  return settings.notation === 'pinyin' ? settings.toneStyle : settings.notation;
}

export function patchForReadingStyle(style: ReadingStyle): Partial<Settings> {
  return style === 'zhuyin' || style === 'jyutping' ? { notation: style } : { notation: 'pinyin', toneStyle: style };
}
