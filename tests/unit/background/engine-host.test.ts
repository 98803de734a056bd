/**
 * The background with Chrome's offscreen API (faked beside WXT's fake browser): the engine requests
 * of a page go to the engine host, which a Chinese page's opening creates; the background then
 * builds no engine of its own, and answers from one only when no host can be had.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RubySegment } from '@/lib/reading/contract';
import { createEngineService } from '@/lib/reading/engine-service';
import { ENGINE_HOST_PATH, isHostRequest, type HostRequest } from '@/lib/reading/engine-host-protocol';
import { createHostHandler } from '@/lib/reading/host-handler';
import { startBackground } from './harness';

afterEach(() => vi.restoreAllMocks());

/** chrome.offscreen and runtime.getContexts as Chrome has them; the host answers over runtime messages. */
function fakeChrome(options: { createFails?: boolean } = {}) {
  const requests: HostRequest[] = [];
  let open = false;
  const answer = createHostHandler(
    createEngineService({
      readWordDictionary: () => Promise.reject(new Error('no file in this test')),
      readJyutpingTable: () => Promise.reject(new Error('no file in this test')),
      warmUpTexts: () => [],
    }),
  );
  // The host document's listener: the background's requests only.
  const listener = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (!open || !isHostRequest(message)) return undefined;
    requests.push(message);
    void answer(message).then(sendResponse);
    return true;
  };
  const offscreen = {
    createDocument: vi.fn(async ({ url, reasons }: { url: string; reasons: string[] }) => {
      if (options.createFails) throw new Error('offscreen: not allowed');
      expect(url.endsWith(ENGINE_HOST_PATH)).toBe(true);
      expect(reasons).toEqual(['WORKERS']);
      open = true;
      fakeBrowser.runtime.onMessage.addListener(listener as never);
    }),
    closeDocument: vi.fn(async () => {
      open = false;
      fakeBrowser.runtime.onMessage.removeListener(listener as never);
    }),
  };
  // WXT's fake browser has both, unimplemented (every other background test: no host can be made).
  const fb = fakeBrowser as unknown as { offscreen: typeof offscreen; runtime: { getContexts: unknown } };
  Object.assign(fb.offscreen, offscreen);
  fb.runtime.getContexts = async () => (open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []);
  return { offscreen, requests, isOpen: () => open };
}

describe('the background with an engine host (Chrome)', () => {
  it('makes the host when a Chinese page asks for the common words, and sends it the warm-up', async () => {
    const bg = await startBackground();
    const chrome = fakeChrome();
    expect(chrome.offscreen.createDocument).not.toHaveBeenCalled(); // no page, no host
    await bg.fromTab(3, 'getCommonWords', undefined);
    await vi.waitFor(() => expect(chrome.requests.map((r) => r.dubaoHost)).toEqual(['warmUp']));
    expect(chrome.offscreen.createDocument).toHaveBeenCalledTimes(1);
  });

  it('answers a page’s engine messages through the host', async () => {
    const bg = await startBackground();
    const chrome = fakeChrome();
    const [read] = await bg.fromTab<RubySegment[][]>(3, 'engine.read', [['乡长闫万玲说'], ['闫万玲']]);
    expect(read!.map((s) => s.text)).toEqual(['乡长', '闫万玲', '说']);
    expect(await bg.fromTab<string[]>(3, 'engine.convert', [['发展'], 'tw'])).toEqual(['發展']);
    await expect(bg.fromTab(3, 'engine.convert', [['发展'], 'xx'])).rejects.toThrow(/unknown script variant/);
    expect(chrome.requests.filter((r) => r.dubaoHost === 'call')).toHaveLength(3);
    expect(chrome.isOpen()).toBe(true);
  });

  it('closes the host when it reports its reader-idle period over', async () => {
    const bg = await startBackground();
    const chrome = fakeChrome();
    await bg.fromTab(3, 'engine.convert', [['发展'], 'tw']);
    await fakeBrowser.runtime.onMessage.trigger({ dubaoHost: 'idle' }, {}, () => undefined);
    await bg.settle();
    expect(chrome.offscreen.closeDocument).toHaveBeenCalledTimes(1);
    // The next request makes it again.
    expect(await bg.fromTab<string[]>(3, 'engine.convert', [['后来'], 'tw'])).toEqual(['後來']);
    expect(chrome.offscreen.createDocument).toHaveBeenCalledTimes(2);
  });

  it('answers from its own engine when no host can be made', async () => {
    const bg = await startBackground();
    const chrome = fakeChrome({ createFails: true });
    expect(await bg.fromTab<string[]>(3, 'engine.convert', [['头发'], 'tw'])).toEqual(['頭髮']);
    expect(chrome.requests).toEqual([]);
  });
});
