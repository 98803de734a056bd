import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/lib/messages';
import { readPageVoices, summarizeAnalysis } from '@/lib/understand';
import { keepQuotedReading } from '@/entrypoints/dubao.content/quoted-reading';
import { whenIdle } from '@/entrypoints/dubao.content/when-idle';
import { routeMessages } from '@/entrypoints/dubao.content/routes';
import type { DubaoUi } from '@/entrypoints/dubao.content/ui/app';
import { readLabels } from '@/entrypoints/dubao.content/ui/labels';
import { useLocale } from '../helpers/fake-i18n';
import { pageState } from '../helpers/page-state';
import { mountQuotedUi, settle, shadowContainer } from './ui/support';

// The popup's button over WXT's fake browser: `toggleSidebar` with `quoted` reads the people quoted; without, it toggles.
function fakeApp() {
  const calls: string[] = [];
  let open = false;
  const ui = {
    toggleSidebar: (o?: boolean) => (calls.push(`toggle:${o}`), (open = o ?? !open)),
    showQuoted: async () => void (calls.push('quoted'), (open = true)),
    isSidebarOpen: () => open,
  } as unknown as DubaoUi;
  const stop = routeMessages({
    booted: async () => {},
    // the page state is the feature's: a reading on request never makes one
    snapshot: () => pageState({ detected: false, topics: 0, speakers: 0, sidebarOpen: open }),
    publish: () => calls.push('publish'),
    setLayer: async () => {},
    ensureUi: async () => ui,
    report: (e) => calls.push(`error:${String(e)}`),
    countQuoted: async () => (calls.push('count'), { people: 0 }),
  });
  return { calls, stop };
}

let app: ReturnType<typeof fakeApp>;
beforeEach(() => {
  fakeBrowser.reset();
  app = fakeApp();
});
afterEach(() => app.stop());

describe('toggleSidebar, on request', () => {
  it.each<[string, { open?: boolean; quoted?: boolean }, string[]]>([
    ['the popup’s button', { open: true, quoted: true }, ['quoted', 'publish']],
    ['the sidebar toggle', { open: true }, ['toggle:true', 'publish']],
    ['the shortcut (toggle)', {}, ['toggle:undefined', 'publish']],
  ])('%s', async (_, data, calls) => {
    const state = await sendMessage('toggleSidebar', data);
    expect(app.calls).toEqual(calls);
    expect(state.sidebarOpen).toBe(true);
    expect(state.detected).toBe(false);
    expect(state.speakers).toBe(0);
  });
});

// Our own story: a reporter quoting two people (the e2e test's street lamps), and a notice quoting nobody.
const STORY = `<article><h1>小区门口的新路灯</h1><p>本报记者 孙立</p>
<p>居民张海燕说：“这灯总算亮了，晚上出门踏实多了。”</p>
<p>物业经理刘建军说：“我们会每周巡查一次线路，坏了马上修，请大家放心。”</p></article>`;
const NOTICE = `<article><h1>明天起本市有一次降温过程</h1><p>受冷空气影响，明天起本市气温将下降六到八摄氏度，请市民注意添衣保暖。</p><p>后天早晨郊区有霜冻。</p></article>`;

/** The routes over the real sidebar and the kept reading, as session.ts wires them: the reader counts its parses. */
async function wiredPage(html: string, failFirst = false) {
  await useLocale('en');
  document.body.innerHTML = html;
  let reads = 0;
  const reading = keepQuotedReading(async () => {
    reads++;
    if (failFirst && reads === 1) throw new Error('the understanding did not load');
    // the reading, then its summaries, as the content script makes them (understanding.ts)
    return summarizeAnalysis(readPageVoices(document));
  });
  const { shadow, container } = shadowContainer();
  const ui = mountQuotedUi(container, readLabels(), reading.read);
  const errors: unknown[] = [];
  const stop = routeMessages({
    booted: async () => {},
    snapshot: () => pageState({ detected: false, topics: 0, speakers: 0, sidebarOpen: ui.isSidebarOpen() }),
    publish: () => {},
    setLayer: async () => {},
    ensureUi: async () => ui,
    report: (e) => errors.push(e),
    countQuoted: () => reading.count(),
  });
  const cards = () => [...shadow.querySelectorAll('[data-speaker]')].map((c) => c.getAttribute('data-speaker'));
  const gists = () => [...shadow.querySelectorAll('[data-speaker] .db-gist')].map((g) => g.textContent);
  const dispose = () => (stop(), ui.dispose(), document.body.replaceChildren());
  return { ui, shadow, cards, gists, reads: () => reads, errors, dispose };
}

describe('countQuoted: the popup’s count, read once and kept for the sidebar', () => {
  it('counts the two people, and the button’s sidebar shows them without reading the page again', async () => {
    app.stop();
    const page = await wiredPage(STORY);
    // asked twice (the popup opened twice): one reading
    expect(await sendMessage('countQuoted', undefined)).toEqual({ people: 2 });
    expect(await sendMessage('countQuoted', undefined)).toEqual({ people: 2 });
    expect(page.reads()).toBe(1);
    await sendMessage('toggleSidebar', { open: true, quoted: true });
    await settle();
    expect(page.cards()).toEqual(['张海燕', '刘建军']);
    expect(page.gists()).toEqual(['“这灯总算亮了，晚上出门踏实多了。”', '“我们会每周巡查一次线路，坏了马上修，请大家放心。”']);
    // closed and asked again (the mode is left on close): still the kept reading
    page.ui.toggleSidebar(false);
    await sendMessage('toggleSidebar', { open: true, quoted: true });
    await settle();
    expect(page.cards()).toEqual(['张海燕', '刘建军']);
    expect(page.reads()).toBe(1);
    expect(page.errors).toEqual([]);
    page.dispose();
  });

  it('counts nobody on a notice that quotes nobody by name (the sidebar says so from the same reading)', async () => {
    app.stop();
    const page = await wiredPage(NOTICE);
    expect(await sendMessage('countQuoted', undefined)).toEqual({ people: 0 });
    await sendMessage('toggleSidebar', { open: true, quoted: true });
    await settle();
    expect(page.shadow.querySelector('[data-dubao-empty]')!.textContent).toBe('No one is quoted by name on this page.');
    expect(page.reads()).toBe(1);
    page.dispose();
  });

  it('a failed reading answers null, quietly, and is not kept: the button reads again', async () => {
    app.stop();
    const page = await wiredPage(STORY, true);
    expect(await sendMessage('countQuoted', undefined)).toBeNull();
    expect(page.errors).toHaveLength(1);
    await sendMessage('toggleSidebar', { open: true, quoted: true });
    await settle();
    expect(page.cards()).toEqual(['张海燕', '刘建军']);
    expect(page.reads()).toBe(2);
    page.dispose();
  });
});

describe('keepQuotedReading: the count waits for the page to be idle, a click does not', () => {
  const analysis = () => ({ outline: { detected: false }, people: 3 }) as never;

  it('the count reads only once the page is idle; the reading is kept for the click', async () => {
    let reads = 0;
    let idleNow!: () => void;
    const idle = () => new Promise<void>((resolve) => (idleNow = resolve));
    const reading = keepQuotedReading(async () => (reads++, analysis()), idle);
    const count = reading.count();
    await Promise.resolve();
    expect(reads).toBe(0);
    idleNow();
    expect(await count).toEqual({ people: 3 });
    expect(reads).toBe(1);
    await reading.read();
    expect(reads).toBe(1);
  });

  it('a click before idle reads at once, and the waiting count takes that reading', async () => {
    let reads = 0;
    let idleNow!: () => void;
    const reading = keepQuotedReading(async () => (reads++, analysis()), () => new Promise<void>((resolve) => (idleNow = resolve)));
    const count = reading.count();
    await reading.read();
    expect(reads).toBe(1);
    idleNow();
    expect(await count).toEqual({ people: 3 });
    expect(reads).toBe(1);
    // kept: a later count does not wait for idle again
    expect(await reading.count()).toEqual({ people: 3 });
  });

  it('whenIdle runs by the idle callback (within 2 s), or in a task without one', async () => {
    const calls: string[] = [];
    const g = globalThis as { requestIdleCallback?: unknown };
    const saved = g.requestIdleCallback;
    try {
      g.requestIdleCallback = (cb: () => void, o: { timeout: number }) => (calls.push(`idle ${o.timeout}`), cb(), 1);
      await new Promise<void>(whenIdle);
      delete g.requestIdleCallback;
      await new Promise<void>(whenIdle);
      calls.push('task');
    } finally {
      g.requestIdleCallback = saved;
    }
    expect(calls).toEqual(['idle 2000', 'task']);
  });
});
