import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_SELECTION_CHARS, SELECTION_MENU_ID, selectionPayload } from '@/lib/browser-ui/selection-menu';
import { startBackground } from './harness';

afterEach(() => vi.restoreAllMocks());

const SELECTED = '市发展和改革委员会党组成员、副主任渠德鹏';

describe('selectionPayload', () => {
  it.each<[unknown, { text: string } | null]>([
    [`  ${SELECTED}\n`, { text: SELECTED }],
    ['   ', null],
    ['', null],
    [undefined, null],
    [42, null],
  ])('%j → %j', (input, expected) => {
    expect(selectionPayload(input)).toEqual(expected);
  });

  it('caps long selections by characters, never splitting a surrogate pair', () => {
    const text = '𠮷'.repeat(MAX_SELECTION_CHARS + 10);
    const payload = selectionPayload(text)!;
    expect([...payload.text]).toHaveLength(MAX_SELECTION_CHARS);
    expect(payload.text.endsWith('𠮷')).toBe(true);
  });
});

describe('the selection context menu, through the background', () => {
  it('registers one entry for selected text, titled in the browser language', async () => {
    const bg = await startBackground('zh_CN');
    expect([...bg.menus.keys()]).toEqual([SELECTION_MENU_ID]);
    expect(bg.menus.get(SELECTION_MENU_ID)).toMatchObject({ contexts: ['selection'], title: 'DuBao：“%s”的拼音与简繁字形' });
  });

  it('registers without a duplicate when the background starts again', async () => {
    const bg = await startBackground('en');
    const first = bg.menus.get(SELECTION_MENU_ID);
    const again = await startBackground('en');
    expect(again.menus.get(SELECTION_MENU_ID)).toEqual(first);
  });

  it('sends the selected text to the frame it was selected in', async () => {
    const bg = await startBackground();
    bg.listening.add('4:0');
    await bg.onMenuClicked.trigger({ menuItemId: SELECTION_MENU_ID, selectionText: SELECTED, frameId: 0 }, { id: 4 });
    await bg.settle();
    expect(bg.sent).toEqual([{ tabId: 4, frameId: 0, type: 'showSelection', data: { text: SELECTED } }]);
  });

  it('falls back to the top frame when the selection was inside a frame without DuBao', async () => {
    const bg = await startBackground();
    bg.listening.add('4:0');
    await bg.onMenuClicked.trigger({ menuItemId: SELECTION_MENU_ID, selectionText: SELECTED, frameId: 12 }, { id: 4 });
    await bg.settle();
    await bg.settle();
    expect(bg.sent.map((s) => s.frameId)).toEqual([12, 0]);
    expect(bg.sent[1]).toMatchObject({ tabId: 4, type: 'showSelection', data: { text: SELECTED } });
  });

  it('ignores other menus, empty selections and clicks outside a tab, calmly', async () => {
    const bg = await startBackground();
    const errors = vi.spyOn(console, 'error');
    await bg.onMenuClicked.trigger({ menuItemId: 'someone-else', selectionText: SELECTED }, { id: 4 });
    await bg.onMenuClicked.trigger({ menuItemId: SELECTION_MENU_ID, selectionText: '  ' }, { id: 4 });
    await bg.onMenuClicked.trigger({ menuItemId: SELECTION_MENU_ID, selectionText: SELECTED }, undefined);
    await bg.onMenuClicked.trigger({ menuItemId: SELECTION_MENU_ID, selectionText: SELECTED, frameId: 0 }, { id: 6 });
    await bg.settle();
    expect(bg.sent).toEqual([{ tabId: 6, frameId: 0, type: 'showSelection', data: { text: SELECTED } }]);
    expect(errors).not.toHaveBeenCalled();
  });
});
