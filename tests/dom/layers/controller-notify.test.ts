/**
 * The controller's listeners (the page state sent to the background, the UI's buttons) hear of a
 * switch after the toggle's own task, which is the reader's wait for the screen, and at the latest
 * when the switch is done; each switch once, with the state it made.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LayerState } from '@/entrypoints/dubao.content/contracts';
import { disposeAll, seedBody, setup } from './helpers';

afterEach(() => {
  disposeAll();
  document.body.innerHTML = '';
});

describe('layer listeners', () => {
  it('hear nothing in the toggle task; each switch once by the time it is done', async () => {
    document.body.innerHTML = seedBody();
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    const heard: LayerState[] = [];
    controller.onChange((state) => heard.push(state));
    const on = controller.setPinyin(true);
    expect(heard).toEqual([]);
    await on;
    expect(heard).toEqual([{ pinyin: true, script: 'original' }]);
    await controller.setScript('tw');
    await controller.setPinyin(false);
    expect(heard).toEqual([
      { pinyin: true, script: 'original' },
      { pinyin: true, script: 'tw' },
      { pinyin: false, script: 'tw' },
    ]);
  });

  it('a listener that throws does not stop the switch nor the other listeners', async () => {
    document.body.innerHTML = seedBody();
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    const heard: boolean[] = [];
    controller.onChange(() => {
      throw new Error('listener broke');
    });
    controller.onChange((state) => heard.push(state.pinyin));
    await controller.setPinyin(true);
    expect(heard).toEqual([true]);
    expect(document.querySelector('ruby[data-dubao]')).not.toBeNull();
  });
});
