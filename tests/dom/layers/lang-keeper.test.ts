/** The page's lang while a script is shown: written over, and given back exactly unless the page changed it. */
import { afterEach, describe, expect, it } from 'vitest';
import { createLangKeeper } from '@/entrypoints/dubao.content/layers/script-transform';

const html = document.documentElement;
afterEach(() => {
  html.removeAttribute('lang');
});

describe('the lang keeper', () => {
  it.each([
    ['the page had zh-CN', 'zh-CN', 'tw', 'zh-Hant', 'zh-CN'],
    ['the page had none', null, 'cn', 'zh-Hans', null],
    ['the page had an empty lang', '', 'hk', 'zh-Hant', ''],
  ] as const)('%s: shown as %s, then given back', (_, pageLang, variant, shown, after) => {
    if (pageLang !== null) html.setAttribute('lang', pageLang);
    const keeper = createLangKeeper(document);
    keeper.set(variant);
    expect(html.getAttribute('lang')).toBe(shown);
    expect(keeper.pageLang()).toBe(pageLang);
    expect(keeper.shown()).toBe(variant);
    keeper.set(null);
    expect(html.getAttribute('lang')).toBe(after);
    expect(keeper.shown()).toBeNull();
  });

  it('the page set its own lang meanwhile: that wins', () => {
    html.setAttribute('lang', 'zh-CN');
    const keeper = createLangKeeper(document);
    keeper.set('tw');
    html.setAttribute('lang', 'en');
    keeper.set(null);
    expect(html.getAttribute('lang')).toBe('en');
  });

  it('switching variants keeps the page\'s own lang to give back', () => {
    html.setAttribute('lang', 'zh-CN');
    const keeper = createLangKeeper(document);
    keeper.set('tw');
    keeper.set('cn');
    expect(html.getAttribute('lang')).toBe('zh-Hans');
    keeper.set(null);
    expect(html.getAttribute('lang')).toBe('zh-CN');
  });
});
