/**
 * When the reading engine fails or is late (Chrome's engine host document still starting, a message
 * lost while the service worker restarts): the texts on the page still get their readings once it
 * answers, the failure is reported rather than swallowed, and the page comes back byte for byte.
 * The engine underneath is the real one of lib/reading; only its availability is played with.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createLayerController } from '@/entrypoints/dubao.content/layers/controller';
import { RETRY_DELAYS_MS } from '@/entrypoints/dubao.content/layers/layer-orchestrator';
import { createReadingsCache, PENDING_WAIT_MS } from '@/entrypoints/dubao.content/layers/readings-cache';
import type { ReadingEngine } from '@/lib/reading/contract';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { createLibSource } from './source';

const HAN = /\p{Script=Han}/u;

const PAGE = `
  <div class="top"><a href="#">首页</a><a href="#">往期回顾</a><a href="#">版面导航</a></div>
  <ul><li><a href="#">第01版</a></li><li><a href="#">银行行长谈城市发展</a></li></ul>
  <h1>银行行长谈城市发展</h1>
  <p>记者：今年的重点工作是什么？</p>
  <p>行长：我们要长期坚持稳健经营，支持实体经济。</p>`;

/** Han text of the page not under one of our rubies (what the reader would see bare). */
function bareHan(): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    if (HAN.test(text.data) && !text.parentElement?.closest('ruby[data-dubao]')) out.push(text.data);
  }
  return out;
}

/**
 * The real engine, with `read` failing or held as `plan` says for its first calls: 'reject' (the
 * host is not there yet), 'hang' (an answer that never comes), a number (answered that late, ms).
 */
function flakySource(plan: Array<'reject' | 'hang' | number>): ReadingEngine & { reads: number } {
  const real = createLibSource();
  const source = {
    reads: 0,
    read(texts: string[], names?: readonly string[], options?: Parameters<ReadingEngine['read']>[2]) {
      const step = plan[source.reads++];
      if (step === 'reject') return Promise.reject(new Error('the engine host did not answer'));
      if (step === 'hang') return new Promise<never>(() => undefined);
      if (typeof step === 'number') return new Promise<Awaited<ReturnType<ReadingEngine['read']>>>((resolve) => setTimeout(() => resolve(real.read(texts, names, options)), step));
      return real.read(texts, names, options);
    },
    convert: real.convert,
    convertSegments: real.convertSegments,
    judgeOpening: real.judgeOpening,
  };
  return source;
}

const controllers: { dispose(): void }[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.dispose();
  document.body.innerHTML = '';
});

function start(engines: ReadingEngine) {
  document.body.innerHTML = PAGE;
  const original = document.body.innerHTML;
  const errors: unknown[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS, pinyinScope: 'page' };
  const controller = createLayerController({
    document,
    engines,
    getSettings: () => settings,
    getAnalysis: () => null,
    orchestrator: { onError: (error) => errors.push(error) },
  });
  controllers.push(controller);
  return { controller, original, errors };
}

describe('the reading engine fails or is late', () => {
  it.each([
    ['the first request is rejected', ['reject'] as const],
    ['the engine is away for three requests (retried after waits)', ['reject', 'reject', 'reject'] as const],
    ['the first answer comes late (600 ms)', [600] as const],
  ])('%s: every text still gets its readings, and off gives the page back', async (_, plan) => {
    const source = flakySource([...plan]);
    const { controller, original } = start(source);
    await controller.setPinyin(true);
    await controller.idle();
    expect(bareHan()).toEqual([]);
    // The navigation links and the headline link too (the texts at the top of the page).
    for (const a of document.querySelectorAll('a')) expect(a.querySelector('ruby[data-dubao]'), a.textContent ?? '').not.toBeNull();
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe(original);
  });

  it('an engine that stays away: the page keeps its text, nothing is thrown, the failure is reported', async () => {
    const source = flakySource(Array.from({ length: 50 }, () => 'reject' as const));
    const { controller, original, errors } = start(source);
    await controller.setPinyin(true);
    await controller.idle();
    expect(document.body.innerHTML).toBe(original);
    // Every try reported, and the last says the texts were given up on (not silently).
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => /no readings came/.test(String(e)))).toBe(true);
    expect(source.reads).toBeLessThanOrEqual(RETRY_DELAYS_MS.length + 1);
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe(original);
  });

  it('a request that never settles is asked again once overdue, and the texts get their readings', async () => {
    const source = flakySource(['hang']);
    const { controller } = start(source);
    // The prefetch on intent asks first; its answer never comes.
    controller.prepare?.({ pinyin: true });
    await controller.setPinyin(true);
    await controller.idle();
    expect(bareHan()).toEqual([]);
    expect(source.reads).toBe(2);
  }, PENDING_WAIT_MS + 15_000);
});

describe('readings cache: what is on its way', () => {
  const want = { pinyin: { format: { text: (r: string) => r, tone: () => 0, joiner: '', colors: false }, grouping: 'word' as const, roots: null, names: [], key: 'k' }, script: null };

  it('a rejected request is not kept as on its way: the next fetch asks again', async () => {
    const source = flakySource(['reject']);
    const cache = createReadingsCache(source);
    await expect(cache.fetch([{ original: '银行发展', want }], [])).rejects.toThrow();
    await cache.fetch([{ original: '银行发展', want }], []);
    expect(cache.readings('银行发展')).toBeDefined();
    expect(source.reads).toBe(2);
  });

  it('a second fetch of a text on its way waits for that answer (one request)', async () => {
    const source = flakySource([200]);
    const cache = createReadingsCache(source);
    const first = cache.fetch([{ original: '银行发展', want }], []);
    await cache.fetch([{ original: '银行发展', want }], []);
    expect(cache.readings('银行发展')).toBeDefined();
    await first;
    expect(source.reads).toBe(1);
  });
});
