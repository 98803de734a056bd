/** The layer buttons: pinyin on/off, script original/converted. State comes from the layer controller. */
import type { LayerState } from '../contracts';
import { nameWithFace } from './accessible-name';
import { h } from './h';
import type { UiLabels } from './labels';

export interface LayerButtons {
  pinyin: HTMLButtonElement;
  script: HTMLButtonElement;
  update(state: LayerState): void;
}

/**
 * `pageScript` is the page's own script: on a simplified page the script button offers 繁, on a
 * traditional page 简.
 */
export function createLayerButtons(
  labels: UiLabels,
  pageScript: 'simplified' | 'traditional',
  handlers: { onPinyin(): void; onScript(): void },
): LayerButtons {
  const toTraditional = pageScript === 'simplified';
  const pinyin = h(
    'button',
    {
      type: 'button',
      class: 'db-tool',
      'data-action': 'pinyin',
      'aria-pressed': 'false',
      'aria-label': nameWithFace(labels.pinyinShort, labels.pinyin),
      title: labels.pinyin,
      onclick: () => handlers.onPinyin(),
    },
    labels.pinyinShort,
  );
  const scriptLabel = toTraditional ? labels.scriptToTraditional : labels.scriptToSimplified;
  const script = h(
    'button',
    {
      type: 'button',
      class: 'db-tool',
      'data-action': 'script',
      'aria-pressed': 'false',
      'aria-label': nameWithFace(toTraditional ? '繁' : '简', scriptLabel),
      title: scriptLabel,
      lang: toTraditional ? 'zh-Hant' : 'zh-Hans',
      onclick: () => handlers.onScript(),
    },
    toTraditional ? '繁' : '简',
  );
  return {
    pinyin,
    script,
    update(state) {
      pinyin.setAttribute('aria-pressed', String(state.pinyin));
      script.setAttribute('aria-pressed', String(state.script !== 'original'));
    },
  };
}
