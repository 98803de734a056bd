/**
 * The pinyin transform: a ruby plan → the element that stands in for one page text node. Readings
 * live in attributes and are shown by CSS generated content, so they are never selected, copied,
 * found by find-in-page nor part of the page's textContent. Text is only ever set as text.
 */
import type { SyllableFormat } from '@/lib/reading-format';
import type { PlanItem } from './ruby-plan';

/** The custom element that stands in for a page text node; page CSS aimed at spans misses it. */
export const WRAPPER_TAG = 'dubao-text';

/** Builds the wrapper; returns it and the number of ruby elements (the layout cost). */
export function buildRubyWrapper(doc: Document, items: readonly PlanItem[], format: SyllableFormat): { wrapper: HTMLElement; rubies: number } {
  const wrapper = doc.createElement(WRAPPER_TAG);
  wrapper.setAttribute('data-dubao', 'pinyin');
  let rubies = 0;
  for (const item of items) {
    if (item.kind === 'text') {
      wrapper.appendChild(doc.createTextNode(item.text));
      continue;
    }
    const ruby = doc.createElement('ruby');
    ruby.setAttribute('data-dubao', '');
    ruby.appendChild(doc.createTextNode(item.base));
    const rt = doc.createElement('rt');
    rt.setAttribute('data-dubao', '');
    if (format.colors) {
      item.readings.forEach((reading, i) => {
        const syllable = doc.createElement('span');
        syllable.setAttribute('data-dubao', '');
        syllable.setAttribute('data-r', (i > 0 ? format.joiner : '') + format.text(reading));
        syllable.setAttribute('data-t', String(format.tone(reading)));
        rt.appendChild(syllable);
      });
    } else {
      rt.setAttribute('data-r', item.readings.map((r) => format.text(r)).join(format.joiner));
    }
    ruby.appendChild(rt);
    wrapper.appendChild(ruby);
    rubies++;
  }
  return { wrapper, rubies };
}

/** The page stylesheet while pinyin is on; `toneColors` maps tone 1–5 to a CSS colour. */
export function buildPageCss(toneColors: Readonly<Record<number, string>>): string {
  const colors = Object.entries(toneColors)
    .map(([tone, color]) => `rt[data-dubao]>span[data-t="${tone}"]{color:${color}}`)
    .join('\n');
  // Browsers grow a line box to hold its ruby annotations, so readings never collide with the line
  // above; the wrapper only asks for a little air (at least 2em, or the page's own spacing: in
  // line-height, 1lh is the parent's line height).
  return `${WRAPPER_TAG}[data-dubao]{line-height:max(2em,1lh)}
ruby[data-dubao]{ruby-position:over;ruby-align:center;text-indent:0}
rt[data-dubao]{font-size:0.5em;line-height:1.1;font-style:normal;font-weight:normal;letter-spacing:0;text-indent:0;text-transform:none;-webkit-user-select:none;user-select:none}
rt[data-dubao][data-r]::before,rt[data-dubao]>span[data-r]::before{content:attr(data-r)}
${colors}`;
}
