/**
 * The background loads the Jyutping table as soon as a Chinese page reports while Jyutping is the
 * chosen notation (WXT's fake browser), so the reader's first Jyutping click does not wait for it;
 * never for a reader of pinyin, a page that is not Chinese or a site DuBao is off on. Its own file:
 * the loaded table is kept by the module for the worker's life.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RubySegment } from '@/lib/reading/contract';
import { saveSettings } from '@/lib/settings';
import { pageState, serveJyutpingTable, startBackground } from './harness';

afterEach(() => vi.restoreAllMocks());

const tableFetches = (fetch: ReturnType<typeof serveJyutpingTable>) => fetch.mock.calls.filter(([url]) => /\/jyutping\/lexicon\.txt$/.test(String(url)));
/** Past the settings read and the fetch (all in microtasks and timers of the fake browser). */
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('the Jyutping table, loaded ahead of the first click', () => {
  it('is not fetched for pinyin readers, pages that are not Chinese, or sites DuBao is off on', async () => {
    const fetch = serveJyutpingTable();
    let bg = await startBackground();
    await bg.fromTab(3, 'reportPageState', pageState());
    await settle();
    expect(tableFetches(fetch)).toHaveLength(0);

    bg = await startBackground();
    await saveSettings({ notation: 'jyutping' });
    await bg.fromTab(3, 'reportPageState', pageState({ chinese: false, detected: false, topics: 0, speakers: 0 }));
    await bg.fromTab(3, 'reportPageState', pageState({ disabled: true }));
    await settle();
    expect(tableFetches(fetch)).toHaveLength(0);
  });

  it('is fetched once when a Chinese page reports with Jyutping chosen, and the first Jyutping read uses it', async () => {
    const fetch = serveJyutpingTable();
    const bg = await startBackground();
    await saveSettings({ notation: 'jyutping' });
    // A Chinese page without a roundtable feature reports too.
    await bg.fromTab(3, 'reportPageState', pageState({ detected: false, topics: 0, speakers: 0 }));
    // Waited for, not timed: on a loaded machine the settings read and the fetch can take longer than any fixed pause.
    await vi.waitFor(() => expect(tableFetches(fetch)).toHaveLength(1), { timeout: 5000, interval: 20 });
    await bg.fromTab(4, 'reportPageState', pageState());
    const [read] = await bg.fromTab<RubySegment[][]>(3, 'engine.read', [['重塑渠道'], [], { notation: 'jyutping' }]);
    expect(read!.flatMap((s) => s.readings)).toEqual(['cung4', 'sou3', 'keoi4', 'dou6']);
    expect(tableFetches(fetch)).toHaveLength(1);
  });
});
