import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeBadge } from '@/lib/browser-ui/badge';
import { pageState, startBackground } from './harness';

afterEach(() => vi.restoreAllMocks());

describe('describeBadge', () => {
  it.each([
    ['a found feature', pageState(), '4', true],
    ['one speaker', pageState({ speakers: 1, topics: 1 }), '1', true],
    ['no feature', pageState({ detected: false, topics: 0, speakers: 0 }), '', false],
    ['a feature without speakers', pageState({ speakers: 0 }), '', false],
    ['a site the user switched off', pageState({ disabled: true }), '', false],
    ['a huge count', pageState({ speakers: 12345 }), '999+', true],
    ['a nonsense count', pageState({ speakers: Number.NaN }), '', false],
  ])('%s → %j', (_, state, text, found) => {
    expect(describeBadge(state)).toMatchObject({ text, found });
  });
});

describe('the badge, through the background', () => {
  it('shows the number of speakers on the reporting tab only, titled with topics and speakers', async () => {
    const bg = await startBackground('en');
    await bg.fromTab(7, 'reportPageState', pageState({ topics: 4, speakers: 5 }));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('5');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual([155, 28, 28, 255]);
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('DuBao 读报: 4 topics, 5 speakers');
  });

  it('clears the badge when the tab later reports no feature (a new page in the same tab)', async () => {
    const bg = await startBackground('en');
    await bg.fromTab(3, 'reportPageState', pageState());
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('4');
    await bg.fromTab(3, 'reportPageState', pageState({ detected: false, topics: 0, speakers: 0 }));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe('DuBao 读报');
  });

  it('titles the button in the browser language', async () => {
    const bg = await startBackground('zh_TW');
    await bg.fromTab(2, 'reportPageState', pageState({ topics: 4, speakers: 4 }));
    expect(await fakeBrowser.action.getTitle({ tabId: 2 })).toBe('DuBao 讀報：4 個話題，4 位發言人');
  });

  it('ignores a report that comes from no tab', async () => {
    const bg = await startBackground('en');
    const answer = new Promise((resolve) =>
      fakeBrowser.runtime.onMessage.trigger({ id: 1, type: 'reportPageState', data: pageState(), timestamp: 1 }, {}, resolve),
    );
    expect(await answer).toEqual({ res: undefined });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    void bg;
  });
});
