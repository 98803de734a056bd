import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngineClient } from '@/entrypoints/dubao.content/layers/engine-client';
import { createReadingEngine } from '@/lib/reading/reading-engine';
import { serveJyutpingTable, startBackground } from './harness';

afterEach(() => vi.restoreAllMocks());

// The content script's client against the real background (WXT's fake browser carries the
// messages): the same answers as the engine in process, whatever the batching.
describe('the engine client, through the background', () => {
  const local = createReadingEngine();

  it('reads, converts and splits conversions like the engine in process', async () => {
    await startBackground();
    const client = createEngineClient();
    const texts = ['乡长闫万玲说，发展乡村振兴。', '銀行行長了解到', '', 'Hello 世界'];
    expect(await client.read(texts, ['闫万玲'])).toEqual(local.read(texts, ['闫万玲']));
    expect(await client.convert(texts, 'twp', ['闫万玲'])).toEqual(local.convert(texts, 'twp', ['闫万玲']));
    expect(await client.convert(texts, 'original')).toEqual(texts);
    expect(await client.convertSegments(texts, 'hk')).toEqual(local.convertSegments(texts, 'hk'));
  });

  it('passes the reading options along (Jyutping), and sends none for Mandarin', async () => {
    serveJyutpingTable();
    await startBackground();
    const send = vi.spyOn((await import('wxt/browser')).browser.runtime, 'sendMessage');
    const client = createEngineClient();
    const [segments] = await client.read(['佢哋重塑咗'], [], { notation: 'jyutping' });
    expect(segments!.flatMap((s) => s.readings)).toEqual(['keoi5', 'dei6', 'cung4', 'sou3', 'zo2']);
    await client.read(['重塑']);
    const sent = send.mock.calls.map((c) => JSON.stringify(c[0]));
    expect(sent[0]).toContain('"notation":"jyutping"');
    expect(sent[1]).not.toContain('notation');
  });

  it('splits a big request into batches and puts the answers back in order', async () => {
    await startBackground();
    const send = vi.spyOn((await import('wxt/browser')).browser.runtime, 'sendMessage');
    const client = createEngineClient();
    const texts = Array.from({ length: 450 }, (_, k) => `第${k}段：发展`);
    const out = await client.convert(texts, 'tw');
    expect(out).toEqual(texts.map((t) => local.convert([t], 'tw')[0]));
    expect(send.mock.calls.length).toBe(2); // 400 texts a message at most
  });
});
