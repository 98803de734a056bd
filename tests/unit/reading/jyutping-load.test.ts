/**
 * Loading the Jyutping table: fetched from the extension's own file, a failed load tried again on the
 * next read (not remembered), a loaded table kept.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJyutpingTable, loadJyutping } from '@/lib/reading/jyutping-load';
import { JYUTPING_TABLE_ASSET } from '@/lib/reading/jyutping-table';

afterEach(() => vi.unstubAllGlobals());

const runtime = { getURL: (path: string) => `chrome-extension://dubao${path}` };

describe('the Jyutping table load', () => {
  it('fetches the file the build puts in the extension', async () => {
    const fetch = vi.fn(async () => new Response('佢\tkeoi5\n'));
    vi.stubGlobal('fetch', fetch);
    await expect(fetchJyutpingTable(runtime)).resolves.toBe('佢\tkeoi5\n');
    expect(fetch).toHaveBeenCalledWith(`chrome-extension://dubao/${JYUTPING_TABLE_ASSET}`);
  });

  it('rejects a missing file', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(fetchJyutpingTable(runtime)).rejects.toThrow('404');
  });

  it('tries a failed load again, then keeps the table', async () => {
    await expect(loadJyutping(() => Promise.reject(new Error('broken install')))).rejects.toThrow('broken install');
    const source = await loadJyutping(async () => '佢\tkeoi5|heoi5\n佢哋\tkeoi5 dei6\n');
    expect(source.getJyutpingList('佢哋嘅')).toEqual([['佢', 'keoi5'], ['哋', 'dei6'], ['嘅', null]]);
    expect(source.getJyutpingCandidates('佢')).toEqual([['佢', ['keoi5', 'heoi5']]]);
    expect(await loadJyutping(async () => '')).toBe(source);
  });
});
