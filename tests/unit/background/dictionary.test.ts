/**
 * The dictionary in the real background entrypoint (WXT's fake browser): its context-menu entry
 * and shortcut send the switch to the tab; lookups load the build's real compiled file (fetched
 * and inflated as in the browser) once, on first use.
 */
import { gzipSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDictionaryText } from '../../../scripts/build-dictionary';
import type { CardData } from '@/lib/dictionary/card-data';
import { DICTIONARY_COMMAND, DICTIONARY_MENU_ID } from '@/lib/dictionary/messages';
import { startBackground } from './harness';

let gzipped: Buffer;
beforeAll(() => {
  gzipped = gzipSync(buildDictionaryText());
}, 60_000);

// Only mocks are restored: WXT's test setup puts `chrome` among the stubbed globals.
afterEach(() => vi.restoreAllMocks());

function serveFile() {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
    if (!String(url).endsWith('/dict/cedict.txt.gz')) return new Response(null, { status: 404 });
    return new Response(new Uint8Array(gzipped));
  });
}

describe('the dictionary, through the background', () => {
  it('registers its context-menu entry in the browser language', async () => {
    const bg = await startBackground('zh_CN');
    await bg.settle();
    expect(bg.menus.get(DICTIONARY_MENU_ID)).toMatchObject({ contexts: ['page', 'selection', 'link'], title: '读报词典：指向词语即可查询（开/关）' });
  });

  it('the shortcut and the menu entry send the switch to the tab', async () => {
    const bg = await startBackground('en');
    bg.listening.add('5:0');
    bg.onCommand.trigger(DICTIONARY_COMMAND, { id: 5 });
    bg.onMenuClicked.trigger({ menuItemId: DICTIONARY_MENU_ID, frameId: 0 }, { id: 5 });
    bg.onMenuClicked.trigger({ menuItemId: 'something-else' }, { id: 5 });
    await bg.settle();
    expect(bg.sent.filter((m) => m.type === 'dict.toggle')).toEqual([
      { tabId: 5, frameId: 0, type: 'dict.toggle', data: {} },
      { tabId: 5, frameId: 0, type: 'dict.toggle', data: { fromMenu: true } },
    ]);
  });

  it('stays calm on a tab without our content script', async () => {
    const bg = await startBackground('en');
    bg.onCommand.trigger(DICTIONARY_COMMAND, { id: 9 });
    await bg.settle();
    expect(bg.sent.map((m) => m.type)).toEqual(['dict.toggle']);
  });

  it('loads the file on the first lookup only, and answers with the card', async () => {
    const fetch = serveFile();
    const bg = await startBackground('en');
    expect(fetch).not.toHaveBeenCalled();
    const card = await bg.fromTab<CardData>(3, 'dict.lookup', { text: '重塑', readings: ['chóng', 'sù'], offset: 0 });
    expect(card).toMatchObject({ word: '重塑', reading: 'chóngsù' });
    expect(card.senses[0]!.definitions).toContain('to remodel');
    const again = await bg.fromTab<CardData>(3, 'dict.lookup', { text: '乡长', readings: ['xiāng', 'zhǎng'], offset: 1 });
    expect(again.otherForms).toEqual(['鄉長']);
    // With Jyutping shown on the page, the card carries it; anything else in its place is dropped.
    const cantonese = await bg.fromTab<CardData>(3, 'dict.lookup', { text: '重塑', readings: ['chóng', 'sù'], jyutping: ['cung4', 'sou3'], offset: 0 });
    expect(cantonese).toMatchObject({ word: '重塑', reading: 'chóngsù', jyutping: 'cung4 sou3' });
    const junk = await bg.fromTab<CardData>(3, 'dict.lookup', { text: '重塑', readings: ['chóng', 'sù'], jyutping: [7, {}], offset: 0 });
    expect(junk.jyutping).toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(1);
  }, 30_000);

  it('answers bad input calmly', async () => {
    serveFile();
    const bg = await startBackground('en');
    expect(await bg.fromTab(3, 'dict.lookup', { text: 42, readings: 'x', offset: 'y' })).toBeNull();
    expect(await bg.fromTab(3, 'dict.lookup', null)).toBeNull();
    expect(await bg.fromTab(3, 'dict.lookup', { text: 'abc', readings: [], offset: 0 })).toBeNull();
  }, 30_000);
});
