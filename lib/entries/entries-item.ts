/**
 * The reader's entries in storage.sync: their own item (not part of the settings), stored as the
 * text file they are written in, so comments and order come back as the reader left them. One
 * sync item holds at most QUOTA_BYTES_PER_ITEM bytes (Chrome and Firefox: 8,192, key included):
 * a longer list is refused with how long it is, never cut.
 */
import { storage } from '#imports';
import { parseEntries, type UserEntries } from './parse-entries';

export interface StoredEntries {
  /** The entries file as the reader wrote it. */
  text: string;
}

export const ENTRIES_KEY = 'userEntries';
export const ENTRIES_VERSION = 1;
/** storage.sync's limit for one item, in bytes of key + JSON value. */
export const SYNC_ITEM_QUOTA = 8192;

export const entriesItem = storage.defineItem<StoredEntries>(`sync:${ENTRIES_KEY}`, {
  fallback: { text: '' },
  version: ENTRIES_VERSION,
});

/** The size storage.sync counts for the entries (key + JSON value, UTF-8). */
export function syncBytes(stored: StoredEntries): number {
  return new TextEncoder().encode(ENTRIES_KEY + JSON.stringify(stored)).length;
}

/** A stored value as entries text, whatever was stored. */
export function textOf(raw: unknown): string {
  const text = (raw as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '';
}

export async function loadEntries(): Promise<UserEntries> {
  return parseEntries(textOf(await entriesItem.getValue())).entries;
}

/** Saves the entries text: 'full' (nothing saved) when it is over the sync quota. */
export async function saveEntriesText(text: string): Promise<{ saved: true } | { saved: false; bytes: number; quota: number }> {
  const stored = { text };
  const bytes = syncBytes(stored);
  if (bytes > SYNC_ITEM_QUOTA) return { saved: false, bytes, quota: SYNC_ITEM_QUOTA };
  await entriesItem.setValue(stored);
  return { saved: true };
}

/** Calls `listener` with the parsed entries whenever they change (in any tab or page). */
export function watchEntries(listener: (entries: UserEntries) => void): () => void {
  return entriesItem.watch((value) => listener(parseEntries(textOf(value)).entries));
}
