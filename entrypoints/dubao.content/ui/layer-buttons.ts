/** The layer buttons: pinyin on/off, script original/converted. State comes from the layer controller. */
import type { ScriptState, TraditionalVariant } from '@/lib/settings';
import type { LayerState } from '../contracts';
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
      'aria-label': labels.pinyin,
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
      'aria-label': scriptLabel,
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

/** What the script button switches to: back to the original, or to the other script. */
export function nextScriptState(
  current: ScriptState,
  pageScript: 'simplified' | 'traditional',
  variant: TraditionalVariant,
): ScriptState {
  if (current !== 'original') return 'original';
  return pageScript === 'traditional' ? 'cn' : variant;
}

/** The conversion giving the "other script" of text as currently displayed (for the selection panel). */
export function otherScriptTarget(
  current: ScriptState,
  pageScript: 'simplified' | 'traditional',
  variant: TraditionalVariant,
): Exclude<ScriptState, 'original'> {
  const shown = current === 'original' ? pageScript : current === 'cn' ? 'simplified' : 'traditional';
  return shown === 'simplified' ? variant : 'cn';
}
