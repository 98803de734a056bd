import { describe, expect, it, vi } from 'vitest';
import { createEngineService } from '@/lib/reading/engine-service';
import { isHostIdle, isHostReply, isHostRequest } from '@/lib/reading/engine-host-protocol';
import { createHostHandler } from '@/lib/reading/host-handler';

const service = () =>
  createEngineService({
    readWordDictionary: () => Promise.reject(new Error('none here')),
    readJyutpingTable: () => Promise.reject(new Error('none here')),
    warmUpTexts: () => [],
  });

describe('the host protocol', () => {
  it.each([
    [{ dubaoHost: 'call', method: 'read', args: [] }, true],
    [{ dubaoHost: 'entries', entries: { conversions: [], readings: [] } }, true],
    [{ dubaoHost: 'warmUp', variant: null }, true],
    [{ dubaoHost: 'warmJyutping' }, true],
    [{ dubaoHost: 'page', method: 'convert', args: [] }, true],
    // A page's message (the typed protocol), the host's own idle note, nonsense: not requests.
    [{ id: 1, type: 'engine.read', data: [['发展']], timestamp: 1 }, false],
    [{ dubaoHost: 'idle' }, false],
    [{ dubaoHost: 'format-disk' }, false],
    [null, false],
    ['call', false],
  ])('%j is a host request: %s', (message, expected) => {
    expect(isHostRequest(message)).toBe(expected);
  });

  it('tells replies and the idle note apart', () => {
    expect(isHostReply({ ok: true, value: null })).toBe(true);
    expect(isHostReply({ ok: false, error: 'x' })).toBe(true);
    expect(isHostReply({ ok: false })).toBe(false);
    expect(isHostReply(undefined)).toBe(false);
    expect(isHostIdle({ dubaoHost: 'idle' })).toBe(true);
    expect(isHostIdle({ type: 'idle' })).toBe(false);
  });
});

describe('createHostHandler (the engine host worker)', () => {
  it('answers calls with the engine, and an engine refusal as an error reply', async () => {
    const answer = createHostHandler(service());
    expect(await answer({ dubaoHost: 'call', method: 'convert', args: [['城乡融合发展'], 'tw'] })).toEqual({ ok: true, value: ['城鄉融合發展'] });
    expect(await answer({ dubaoHost: 'call', method: 'convert', args: [['发展'], 'klingon'] })).toEqual({ ok: false, error: 'unknown script variant: klingon' });
    expect(await answer({ dubaoHost: 'call', method: 'drop' as never, args: [] })).toMatchObject({ ok: false, error: expect.stringMatching(/unknown engine method/) });
  });

  it("answers the understanding's hand-off (a page's opening: a feature or not) at once, and anything but text as no feature", async () => {
    const answer = createHostHandler(service());
    const opening = ['院士谈基础研究', '王海明中国科学院院士、某大学教授', '基础研究是科技创新的源头，我们迫切需要在西部布局建设一批基础科学中心。', '刘建华中国工程院院士、某研究院院长', '西部地区有从事基础研究的良好氛围，科研人员容易沉下心来搞基础研究。'].join('\n');
    expect(await answer({ dubaoHost: 'call', method: 'judgeOpening', args: [opening] })).toEqual({ ok: true, value: true });
    expect(await answer({ dubaoHost: 'call', method: 'judgeOpening', args: ['本市新增公交线路三条\n本报讯 本月起本市新增三条公交线路。'] })).toEqual({ ok: true, value: false });
    expect(await answer({ dubaoHost: 'call', method: 'judgeOpening', args: [{ not: 'text' }] })).toEqual({ ok: true, value: false });
  });

  it("answers a page's own request only once the background gave the entries, and never takes entries from a page", async () => {
    const engine = service();
    const useEntries = vi.spyOn(engine, 'useEntries');
    const answer = createHostHandler(engine);
    const page = { dubaoHost: 'page', method: 'convert', args: [['发展'], 'tw'] } as const;
    // Before the entries: the host's own failure, so the page asks the background (which sends them).
    expect(await answer(page)).toMatchObject({ ok: false, hostFailed: true });
    // A page's request carrying entries sets none.
    const entries = { conversions: [{ from: '发展', to: '發達' }], readings: [] } as never;
    expect(await answer({ ...page, entries })).toMatchObject({ ok: false, hostFailed: true });
    expect(useEntries).not.toHaveBeenCalled();
    await answer({ dubaoHost: 'entries', entries: { conversions: [], readings: [] } });
    expect(await answer(page)).toEqual({ ok: true, value: ['發展'] });
  });

  it('takes the reader entries, and keeps its remembered texts when the same set comes again', async () => {
    const engine = service();
    const useEntries = vi.spyOn(engine, 'useEntries');
    const answer = createHostHandler(engine);
    const entries = { conversions: [{ from: '信息', to: '資訊', both: false }], readings: [] };
    await answer({ dubaoHost: 'entries', entries });
    expect(await answer({ dubaoHost: 'call', method: 'convert', args: [['信息时代'], 'tw'] })).toEqual({ ok: true, value: ['資訊時代'] });
    await answer({ dubaoHost: 'entries', entries: structuredClone(entries) });
    expect(useEntries).toHaveBeenCalledTimes(1);
    await answer({ dubaoHost: 'entries', entries: { conversions: [], readings: [] } });
    expect(useEntries).toHaveBeenCalledTimes(2);
    expect(await answer({ dubaoHost: 'call', method: 'convert', args: [['信息时代'], 'tw'] })).toEqual({ ok: true, value: ['信息時代'] });
    // Entries riding along with a call are in before the call is answered.
    expect(await answer({ dubaoHost: 'call', method: 'convert', args: [['信息时代'], 'tw'], entries })).toEqual({ ok: true, value: ['資訊時代'] });
    expect(useEntries).toHaveBeenCalledTimes(3);
  });
});
