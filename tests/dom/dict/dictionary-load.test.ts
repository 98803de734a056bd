/**
 * The dictionary switch in the content script and its card's lazy script (dictionary-ui.ts,
 * dictionary-card-loader.ts): the switch answers at once while the card loads, the first lookup waits
 * for the load, the script is loaded once; a load that fails (the import rejects) turns the switch
 * back off with a calm message, reaches the page as no unhandled rejection, and a later turn on tries
 * again.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildDictionaryText } from '../../../scripts/build-dictionary';
import { buildCard } from '@/lib/dictionary/card-data';
import { loadDictionary, type Dictionary } from '@/lib/dictionary/dictionary';
import type { DictionaryCardApi } from '@/entrypoints/dubao.content/dictionary-card-api';
import { loadDictionaryCard } from '@/entrypoints/dubao.content/dictionary-card-loader';
import { createDictionaryUi, type DictionaryUi } from '@/entrypoints/dubao.content/ui/dict/dictionary-ui';
import { LABELS, loadCardHere } from './labels';
import { createLibSource } from '../layers/source';

let dict: Dictionary;
beforeAll(() => {
  dict = loadDictionary(buildDictionaryText());
}, 60_000);

let ui: DictionaryUi | null = null;
let shadow: ShadowRoot;
let root: HTMLElement;
let errors: unknown[];
let changes: boolean[];
let unhandled: unknown[];
const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
const onProcessUnhandled = (reason: unknown) => unhandled.push(reason);

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<main><p id="a">要重塑城乡关系。</p></main>';
  const host = document.createElement('dubao-ui');
  document.body.appendChild(host);
  shadow = host.attachShadow({ mode: 'open' });
  root = document.createElement('div');
  shadow.appendChild(root);
  errors = [];
  changes = [];
  unhandled = [];
  window.addEventListener('unhandledrejection', onUnhandled);
  process.on('unhandledRejection', onProcessUnhandled);
});

afterEach(() => {
  ui?.dispose();
  ui = null;
  window.removeEventListener('unhandledrejection', onUnhandled);
  process.off('unhandledRejection', onProcessUnhandled);
  document.body.replaceChildren();
});

function mount(load: () => Promise<DictionaryCardApi>): DictionaryUi {
  ui = createDictionaryUi({
    root,
    labels: LABELS,
    engines: createLibSource(),
    names: () => [],
    format: () => (r) => r,
    lookup: async (request) => buildCard(dict, request),
    warm: async () => true,
    load,
    onChange: (on) => changes.push(on),
    onError: (error) => errors.push(error),
  });
  return ui;
}

const text = () => document.getElementById('a')!.firstChild as Text;
const card = () => shadow.querySelector<HTMLElement>('[data-dubao-dict]');
const hint = () => shadow.querySelector<HTMLElement>('.db-dict-hint')!;
/** A few turns of the event loop: the load's and the lookups' promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the switch and its lazily loaded card', () => {
  it('answers at once while the card loads; the first lookup waits for it; the script loads once', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const load = vi.fn(async () => (await gate, loadCardHere()));
    const dictionary = mount(load);
    expect(load).not.toHaveBeenCalled(); // nothing is loaded before the reader asks
    expect(dictionary.toggle(true)).toBe(true);
    expect(dictionary.isOn()).toBe(true);
    expect(dictionary.button.getAttribute('aria-pressed')).toBe('true');
    expect(hint().hidden).toBe(false);
    expect(hint().textContent).toBe(LABELS.on);
    const looked = dictionary.lookupAt(text(), 1);
    await settle();
    expect(card()).toBeNull();
    release();
    expect((await looked)?.word).toBe('重塑');
    expect(card()!.getAttribute('data-word')).toBe('重塑');
    dictionary.toggle(false);
    expect(card()).toBeNull();
    dictionary.toggle(true);
    await dictionary.lookupAt(text(), 3);
    expect(card()!.getAttribute('data-word')).toBe('城乡');
    expect(load).toHaveBeenCalledTimes(1);
    expect(errors).toEqual([]);
  });

  it('turned off while the card loads: the card comes off and shows nothing', async () => {
    const dictionary = mount(loadCardHere);
    dictionary.toggle(true);
    dictionary.toggle(false);
    await settle();
    expect(await dictionary.lookupAt(text(), 1)).toBeNull();
    expect(card()).toBeNull();
    expect(changes).toEqual([true, false]);
  });

  it('a load that fails turns the switch back off with a calm message; no unhandled rejection; a later turn on retries', async () => {
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw new Error('blocked: dictionary-card.js');
      return loadCardHere();
    });
    const dictionary = mount(load);
    expect(dictionary.toggle(true)).toBe(true);
    expect(await dictionary.lookupAt(text(), 1)).toBeNull();
    await settle();
    expect(dictionary.isOn()).toBe(false);
    expect(dictionary.button.getAttribute('aria-pressed')).toBe('false');
    expect(changes).toEqual([true, false]);
    expect(hint().hidden).toBe(false);
    expect(hint().textContent).toBe(LABELS.failed);
    expect(hint().getAttribute('role')).toBe('status');
    expect(card()).toBeNull();
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/blocked/);
    // the button, the menu and the shortcut's lookups end quietly too
    dictionary.button.click();
    await dictionary.lookupAtSelection();
    await dictionary.lookupAtMenuPoint();
    await settle();
    expect(dictionary.isOn()).toBe(false);
    expect(load).toHaveBeenCalledTimes(2);

    fail = false;
    expect(dictionary.toggle(true)).toBe(true);
    expect((await dictionary.lookupAt(text(), 1))?.word).toBe('重塑');
    expect(dictionary.isOn()).toBe(true);
    expect(hint().textContent).toBe(LABELS.on);
    expect(load).toHaveBeenCalledTimes(3);
    expect(unhandled).toEqual([]);
  });

  it('the real loader: an import that rejects reaches the switch as a calm failure, and is tried again next time', async () => {
    const getURL = vi.spyOn(fakeBrowser.runtime, 'getURL');
    // the fake browser's extension URL cannot be imported here: the import rejects, as a blocked file would
    await expect(loadDictionaryCard()).rejects.toBeTruthy();
    expect(getURL).toHaveBeenLastCalledWith('/dictionary-card.js');
    const dictionary = mount(loadDictionaryCard);
    expect(dictionary.toggle(true)).toBe(true);
    await vi.waitFor(() => expect(dictionary.isOn()).toBe(false));
    expect(hint().textContent).toBe(LABELS.failed);
    expect(errors).toHaveLength(1);
    expect(getURL).toHaveBeenCalledTimes(2);
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('disposed while loading: no card is made, nothing is left in our root', async () => {
    const dictionary = mount(loadCardHere);
    dictionary.toggle(true);
    dictionary.dispose();
    ui = null;
    await settle();
    expect(root.children).toHaveLength(0);
    expect(dictionary.toggle(true)).toBe(false);
  });
});
