/** Attributes on <html>: each set with its undo, which gives back the page's own value exactly. */
import { afterEach, describe, expect, it } from 'vitest';
import { markHtml } from '@/entrypoints/dubao.content/html-marks';

const html = document.documentElement;
afterEach(() => {
  html.removeAttribute('data-x');
});

describe('markHtml', () => {
  it.each([
    ['absent before: removed again', null, null],
    ['the page had a value: it comes back', 'page', 'page'],
    ['the page had an empty value: it comes back', '', ''],
  ])('%s', (_, before, after) => {
    if (before !== null) html.setAttribute('data-x', before);
    const mark = markHtml(document, 'data-x', 'on');
    expect(html.getAttribute('data-x')).toBe('on');
    mark.set('off');
    expect(html.getAttribute('data-x')).toBe('off');
    mark.undo();
    expect(html.getAttribute('data-x')).toBe(after);
    mark.undo();
    expect(html.getAttribute('data-x')).toBe(after);
  });

  it('the page wrote its own value meanwhile: that wins', () => {
    const mark = markHtml(document, 'data-x', 'on');
    html.setAttribute('data-x', 'theirs');
    mark.undo();
    expect(html.getAttribute('data-x')).toBe('theirs');
  });
});
