import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendToTab } from '@/lib/messages';

type Reply = { res?: unknown; err?: { message?: string } } | undefined;

function answerWith(reply: (message: { type: string; data: unknown }) => Reply | Promise<Reply>) {
  const calls: unknown[][] = [];
  (fakeBrowser.tabs as unknown as Record<string, unknown>).sendMessage = vi.fn(async (...args: unknown[]) => {
    calls.push(args);
    return reply(args[1] as { type: string; data: unknown });
  });
  return calls;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('sendToTab', () => {
  it('sends the messaging library\'s wire format and unwraps the answer', async () => {
    const calls = answerWith((m) => ({ res: { echoed: m.type, data: m.data } }));
    const answer = await sendToTab('setLayer', { layer: 'pinyin', on: true }, 3);
    expect(answer).toEqual({ echoed: 'setLayer', data: { layer: 'pinyin', on: true } });
    const [tabId, message, options] = calls[0]!;
    expect(tabId).toBe(3);
    expect(message).toMatchObject({ type: 'setLayer', data: { layer: 'pinyin', on: true } });
    expect(typeof (message as { id: unknown }).id).toBe('number');
    expect(typeof (message as { timestamp: unknown }).timestamp).toBe('number');
    expect(options).toBeUndefined();
  });

  it('aims at a frame when asked', async () => {
    const calls = answerWith(() => ({ res: undefined }));
    await sendToTab('showSelection', { text: '渠德鹏' }, { tabId: 2, frameId: 5 });
    expect(calls[0]![2]).toEqual({ frameId: 5 });
  });

  it('rejects with the content script\'s error, or when nobody answers', async () => {
    answerWith(() => ({ err: { message: 'layer engine failed' } }));
    await expect(sendToTab('getPageState', undefined, 1)).rejects.toThrow('layer engine failed');
    answerWith(() => undefined);
    await expect(sendToTab('getPageState', undefined, 1)).rejects.toThrow(/No answer to getPageState/);
    answerWith(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    await expect(sendToTab('getPageState', undefined, 1)).rejects.toThrow(/Receiving end/);
  });
});
