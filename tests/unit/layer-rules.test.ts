/** Where a layer request takes the layers: one rule for the popup, the buttons, the shortcut and auto-layers. */
import { describe, expect, it } from 'vitest';
import { autoLayerChanges, autoLayersFor, convertedScriptFor, NO_AUTO_LAYERS, otherScriptTarget, scriptTarget } from '@/lib/layer-rules';
import { DEFAULT_SETTINGS } from '@/lib/settings';

describe('convertedScriptFor: "the other script" of a page', () => {
  it.each([
    ['simplified', 'tw', 'tw'],
    ['simplified', 'hk', 'hk'],
    ['traditional', 'twp', 'cn'],
  ] as const)('a %s page, variant %s → %s', (page, variant, expected) => {
    expect(convertedScriptFor(page, variant)).toBe(expected);
  });
});

describe('scriptTarget: pageScript × current × request × variant', () => {
  it.each([
    // The button and a bare toggle: to the other script, and back.
    ['original', {}, 'simplified', 'tw', 'tw'],
    ['original', {}, 'simplified', 'hk', 'hk'],
    ['twp', {}, 'simplified', 'tw', 'original'],
    ['original', {}, 'traditional', 'tw', 'cn'],
    ['cn', {}, 'traditional', 'tw', 'original'],
    // on: converted; a conversion already showing stays.
    ['original', { on: true }, 'simplified', 'twp', 'twp'],
    ['hk', { on: true }, 'simplified', 'tw', 'hk'],
    ['original', { on: true }, 'traditional', 'tw', 'cn'],
    // off: the original, whatever else is asked.
    ['tw', { on: false }, 'simplified', 'tw', 'original'],
    ['tw', { on: false, target: 'hk' }, 'simplified', 'tw', 'original'],
    ['original', { on: false }, 'simplified', 'tw', 'original'],
    // A target (the popup's variant picker) wins over the toggle.
    ['tw', { on: true, target: 'hk' }, 'simplified', 'tw', 'hk'],
    ['original', { target: 'twp' }, 'simplified', 'tw', 'twp'],
    ['original', { target: 'cn' }, 'simplified', 'tw', 'cn'],
    // The original as a target is a toggle.
    ['tw', { target: 'original' }, 'simplified', 'tw', 'original'],
  ] as const)('from %s, asked %j on a %s page (variant %s) → %s', (current, request, page, variant, expected) => {
    expect(scriptTarget(current, request, page, variant)).toBe(expected);
  });
});

describe('otherScriptTarget: the selection panel converts to the other script of what is shown', () => {
  it.each([
    ['original', 'simplified', 'tw', 'tw'],
    ['hk', 'simplified', 'hk', 'cn'],
    ['original', 'traditional', 'twp', 'cn'],
    ['cn', 'traditional', 'twp', 'twp'],
  ] as const)('shown as %s on a %s page (variant %s) → %s', (current, page, variant, target) => {
    expect(otherScriptTarget(current, page, variant)).toBe(target);
  });
});

describe('auto-layers', () => {
  const settings = { autoLayers: { pinyin: true, script: true } };

  it('only on listed sites', () => {
    expect(autoLayersFor(true, settings)).toEqual({ pinyin: true, script: true });
    expect(autoLayersFor(false, settings)).toEqual(NO_AUTO_LAYERS);
    expect(autoLayersFor(true, DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS.autoLayers);
  });

  const off = { pinyin: false, script: 'original' } as const;
  it.each([
    ['both newly apply', { pinyin: true, script: true }, NO_AUTO_LAYERS, off, 'simplified', { pinyin: true, script: 'tw' }],
    ['on a traditional page, script goes to simplified', { pinyin: false, script: true }, NO_AUTO_LAYERS, off, 'traditional', { pinyin: false, script: 'cn' }],
    ['already applying: nothing again', { pinyin: true, script: true }, { pinyin: true, script: true }, off, 'simplified', { pinyin: false, script: null }],
    ['pinyin already on', { pinyin: true, script: false }, NO_AUTO_LAYERS, { pinyin: true, script: 'original' }, 'simplified', { pinyin: false, script: null }],
    ['a conversion the reader chose stays', { pinyin: false, script: true }, NO_AUTO_LAYERS, { pinyin: false, script: 'hk' }, 'simplified', { pinyin: false, script: null }],
    ['never switched off when the site is unlisted', NO_AUTO_LAYERS, { pinyin: true, script: true }, { pinyin: true, script: 'tw' }, 'simplified', { pinyin: false, script: null }],
  ] as const)('%s', (_, now, before, layers, page, expected) => {
    expect(autoLayerChanges(now, before, layers, page, 'tw')).toEqual(expected);
  });
});
