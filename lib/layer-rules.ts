/**
 * Where a layer request takes the layers: one rule for the popup, the in-page buttons, the
 * keyboard shortcut (through the content script) and the sites that switch layers on by themselves.
 */
import type { AutoLayers, ScriptState, Settings, TraditionalVariant } from './settings';

export type PageScript = 'simplified' | 'traditional';
export type ConvertedScript = Exclude<ScriptState, 'original'>;

/** What "the other script" is for a page: simplified on a traditional page, else the reader's variant. */
export function convertedScriptFor(pageScript: PageScript, variant: TraditionalVariant): ConvertedScript {
  return pageScript === 'traditional' ? 'cn' : variant;
}

/**
 * Where a script request takes the layer from `current`: `on` false → the original; a `target` →
 * there; `on` true → converted (a conversion already showing stays); nothing → a toggle.
 */
export function scriptTarget(
  current: ScriptState,
  request: { on?: boolean; target?: ScriptState },
  pageScript: PageScript,
  variant: TraditionalVariant,
): ScriptState {
  if (request.on === false) return 'original';
  if (request.target && request.target !== 'original') return request.target;
  if (current !== 'original') return request.on === true ? current : 'original';
  return convertedScriptFor(pageScript, variant);
}

/** The conversion giving the "other script" of text as currently displayed (for the selection panel). */
export function otherScriptTarget(current: ScriptState, pageScript: PageScript, variant: TraditionalVariant): ConvertedScript {
  const shown = current === 'original' ? pageScript : current === 'cn' ? 'simplified' : 'traditional';
  return shown === 'simplified' ? variant : 'cn';
}

export const NO_AUTO_LAYERS: AutoLayers = Object.freeze({ pinyin: false, script: false });

/** The layers a site switches on by itself: none unless `isListed` (the reader listed the site). */
export function autoLayersFor(isListed: boolean, settings: Pick<Settings, 'autoLayers'>): AutoLayers {
  return isListed ? settings.autoLayers : NO_AUTO_LAYERS;
}

/**
 * What to switch on when the auto-layers go from `before` to `now`: only layers that newly apply,
 * never one off, and never over a conversion the reader already chose.
 */
export function autoLayerChanges(
  now: AutoLayers,
  before: AutoLayers,
  layers: { pinyin: boolean; script: ScriptState },
  pageScript: PageScript,
  variant: TraditionalVariant,
): { pinyin: boolean; script: ConvertedScript | null } {
  return {
    pinyin: now.pinyin && !before.pinyin && !layers.pinyin,
    script: now.script && !before.script && layers.script === 'original' ? convertedScriptFor(pageScript, variant) : null,
  };
}
