/**
 * This page's answers kept in storage.session (WXT's fake browser): a client made after a
 * service-worker restart (or for the same page opened again) answers what it was given before
 * without asking the engine; only what is missing is asked, once.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RubySegment } from '@/lib/reading/contract';

const asked: Array<{ type: string; texts: string[] }> = [];
vi.mock('@/lib/messages', () => ({
  sendMessage: vi.fn(async (type: string, data: [string[], ...unknown[]]) => {
    const [texts] = data;
    asked.push({ type, texts: [...texts] });
    if (type === 'engine.read') return texts.map((t): RubySegment[] => [{ text: t, reading: `r:${t}` } as unknown as RubySegment]);
    if (type === 'engine.convert') return texts.map((t) => `tw:${t}`);
    return texts.map((t) => [{ from: t, to: `tw:${t}` }]);
  }),
}));

const { createEngineClient } = await import('@/entrypoints/dubao.content/layers/engine-client');
const { createSessionReadings, pageKey, PART_CHARS, MAX_PAGE_CHARS } = await import('@/entrypoints/dubao.content/layers/session-readings');

const PAGE = 'https://news.example.cn/2026/12/05/roundtable.html';
const settle = () => new Promise((r) => setTimeout(r, 500)); // past the write delay

beforeEach(() => {
  fakeBrowser.reset();
  asked.length = 0;
});

describe('session readings', () => {
  it('the page is primed when idle (its count and first parts, one read): on a page with nothing kept, the first toggle reads no storage before asking', async () => {
    // Another page of its own (earlier tests' clients may still prime theirs): the reads of its items counted.
    const page = 'https://news.example.cn/2026/12/05/primed.html';
    const spy = vi.spyOn(fakeBrowser.storage.session, 'get');
    const get = { calls: () => spy.mock.calls.filter(([keys]) => JSON.stringify(keys).includes('primed.html')).length };
    const client = createEngineClient({ session: createSessionReadings(page) });
    await vi.waitFor(() => expect(get.calls()).toBe(1), { timeout: 3000 });
    expect(asked).toEqual([]); // priming asks the engine nothing
    await client.read(['发展'], []);
    expect(get.calls()).toBe(1);
    expect(asked).toEqual([{ type: 'engine.read', texts: ['发展'] }]);
    // A page with answers kept: its parts came in that one primed read, and answer the first call.
    await settle();
    asked.length = 0;
    const again = createEngineClient({ session: createSessionReadings(page) });
    await vi.waitFor(() => expect(get.calls()).toBe(2), { timeout: 3000 });
    await again.read(['发展'], []);
    expect(asked).toEqual([]);
    expect(get.calls()).toBe(2);
  });

  it('readings asked once, kept, and answered after a restart without the engine', async () => {
    const first = createEngineClient({ session: createSessionReadings(PAGE) });
    const texts = ['城乡融合发展', '主持人：各位好', '城乡融合发展'];
    const out = await first.read(texts, ['王小明']);
    expect(out.map((s) => (s[0] as unknown as { reading: string }).reading)).toEqual(['r:城乡融合发展', 'r:主持人：各位好', 'r:城乡融合发展']);
    expect(asked).toEqual([{ type: 'engine.read', texts: ['城乡融合发展', '主持人：各位好'] }]);
    await settle();

    asked.length = 0;
    // The same page in a new content script (the fragment does not matter), its worker stopped meanwhile.
    const again = createEngineClient({ session: createSessionReadings(`${PAGE}#part2`) });
    expect(await again.read(texts, ['王小明'])).toEqual(out);
    expect(asked).toEqual([]);
    // Other names read otherwise: asked again; a new text too, alone.
    await again.read(['城乡融合发展'], []);
    await again.read(['城乡融合发展', '记者 李华'], ['王小明']);
    expect(asked).toEqual([
      { type: 'engine.read', texts: ['城乡融合发展'] },
      { type: 'engine.read', texts: ['记者 李华'] },
    ]);
  });

  it('a warm-up read of empty text goes to the engine, is not kept, and leaves the first real answers their immediate write', async () => {
    const client = createEngineClient({ session: createSessionReadings(PAGE) });
    const jyutping = { notation: 'jyutping' as const };
    await client.read([''], [], jyutping);
    expect(asked).toEqual([{ type: 'engine.read', texts: [''] }]);
    await client.read(['城乡融合发展'], [], jyutping);
    // Written at once (no write delay waited for): a page closed right after its first answers keeps them.
    await new Promise((r) => setTimeout(r, 20));
    asked.length = 0;
    const again = createEngineClient({ session: createSessionReadings(PAGE) });
    await again.read(['城乡融合发展'], [], jyutping);
    expect(asked).toEqual([]);
    // The warm-up is asked of the engine again (nothing of it was kept).
    await again.read([''], [], jyutping);
    expect(asked).toEqual([{ type: 'engine.read', texts: [''] }]);
  });

  it('conversions by variant, kept apart from readings; names make a conversion that is not kept', async () => {
    const first = createEngineClient({ session: createSessionReadings(PAGE) });
    expect(await first.convert(['发展', '软件'], 'tw')).toEqual(['tw:发展', 'tw:软件']);
    expect(await first.convertSegments(['发展'], 'hk')).toEqual([[{ from: '发展', to: 'tw:发展' }]]);
    await settle();
    asked.length = 0;
    const again = createEngineClient({ session: createSessionReadings(PAGE) });
    expect(await again.convert(['软件', '发展'], 'tw')).toEqual(['tw:软件', 'tw:发展']);
    expect(await again.convertSegments(['发展'], 'hk')).toEqual([[{ from: '发展', to: 'tw:发展' }]]);
    expect(asked).toEqual([]);
    await again.convert(['发展'], 'hk');
    await again.convert(['余小姐'], 'tw', ['余小姐']);
    expect(asked.map((a) => a.type)).toEqual(['engine.convert', 'engine.convert']);
    // Another page has nothing of this one's.
    asked.length = 0;
    await createEngineClient({ session: createSessionReadings('https://news.example.cn/other.html') }).convert(['发展'], 'tw');
    expect(asked).toHaveLength(1);
  });

  it('what was stored before is kept, never overwritten by a new client\'s first answers', async () => {
    await createEngineClient({ session: createSessionReadings(PAGE) }).read(['一'], []);
    await settle();
    await createEngineClient({ session: createSessionReadings(PAGE) }).read(['二'], []);
    await settle();
    asked.length = 0;
    await createEngineClient({ session: createSessionReadings(PAGE) }).read(['一', '二'], []);
    expect(asked).toEqual([]);
    // Each write stored only its own new answers, as a part of the page's.
    expect(await fakeBrowser.storage.session.get(pageKey(PAGE).slice('session:'.length))).toEqual({ [pageKey(PAGE).slice('session:'.length)]: { parts: 2, chars: expect.any(Number) } });
  });

  it('a burst of answers is stored in parts of at most PART_CHARS of JSON, each its own write, and read back whole', async () => {
    const key = pageKey(PAGE).slice('session:'.length);
    // A long page's band: 300 paragraphs of ≈ 100 characters.
    const texts = Array.from({ length: 300 }, (_, i) => `第${i}段：${'城乡融合发展是中国式现代化的必然要求，'.repeat(5)}`);
    const writes: number[] = [];
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    const spy = vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) if (k !== key) writes.push(JSON.stringify(v).length);
      return set(items);
    });
    await createEngineClient({ session: createSessionReadings(PAGE) }).read(texts, []);
    await settle();
    spy.mockRestore();
    expect(writes.length).toBeGreaterThan(2);
    for (const size of writes) expect(size).toBeLessThanOrEqual(PART_CHARS + 200);
    expect(await fakeBrowser.storage.session.get(key)).toEqual({ [key]: { parts: writes.length, chars: expect.any(Number) } });
    asked.length = 0;
    const again = await createEngineClient({ session: createSessionReadings(PAGE) }).read(texts, []);
    expect(asked).toEqual([]);
    expect(again.map((s) => (s[0] as unknown as { reading: string }).reading)).toEqual(texts.map((t) => `r:${t}`));
  });

  it('a page of many parts is read whole (its count and first parts in one call, the rest after); parts past the count are not its', async () => {
    const key = pageKey(PAGE).slice('session:'.length);
    const reading = (t: string) => [{ text: t, reading: `stored:${t}` }];
    const items: Record<string, unknown> = { [key]: { parts: 40 } };
    for (let n = 0; n <= 40; n++) items[`${key}:${n}`] = { read: { [`\u0001第${n}段`]: reading(`第${n}段`) }, conv: {}, pieces: {} };
    await fakeBrowser.storage.session.set(items);
    const texts = Array.from({ length: 41 }, (_, n) => `第${n}段`);
    const out = await createEngineClient({ session: createSessionReadings(PAGE) }).read(texts, []);
    expect(out.slice(0, 40).map((s) => (s[0] as unknown as { reading: string }).reading)).toEqual(texts.slice(0, 40).map((t) => `stored:${t}`));
    // Part 40 stands past the count (a write that never finished counting it): asked for.
    expect(asked).toEqual([{ type: 'engine.read', texts: ['第40段'] }]);
    await settle(); // its new answer written before the next test
  });

  it('the size stored with the count is the page\'s: at the cap, a new answer is given but not kept (nothing measured on load)', async () => {
    const key = pageKey(PAGE).slice('session:'.length);
    await fakeBrowser.storage.session.set({
      [key]: { parts: 1, chars: MAX_PAGE_CHARS - 10 },
      [`${key}:0`]: { read: { '\u0001第0段': [{ text: '第0段', reading: 'stored' }] }, conv: {}, pieces: {} },
    });
    const client = createEngineClient({ session: createSessionReadings(PAGE) });
    expect((await client.read(['第0段', '城乡融合发展'], [])).map((s) => (s[0] as unknown as { reading: string }).reading)).toEqual(['stored', 'r:城乡融合发展']);
    await settle();
    expect(await fakeBrowser.storage.session.get(key)).toEqual({ [key]: { parts: 1, chars: MAX_PAGE_CHARS - 10 } });
  });

  it('a closed session area (not open to content scripts): answers come from the engine, nothing thrown', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('Access to storage is not allowed from this context.'));
    const client = createEngineClient({ session: createSessionReadings(PAGE) });
    expect(await client.convert(['发展'], 'tw')).toEqual(['tw:发展']);
    expect(await client.convert(['发展'], 'tw')).toEqual(['tw:发展']);
    expect(asked).toHaveLength(2);
  });

  it('without a session the client asks the engine every time', async () => {
    const client = createEngineClient();
    await client.read(['发展'], []);
    await client.read(['发展'], []);
    expect(asked).toHaveLength(2);
  });
});
