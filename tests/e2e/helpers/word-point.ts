/**
 * Where a word stands on screen: the centre of the `nth` character of its first occurrence in the
 * text under `scope` (rubies' readings skipped), scrolled into view, measured again until the text
 * stays put (the pinyin layer renders what scrolls into view, which moves it). Null when the word
 * is not there. Shared by the dictionary and toolkit e2e tests and the screenshot scripts.
 */
import type { Page } from 'playwright-core';

export async function findWordPoint(page: Page, word: string, nth = 0, scope = '#ozoom'): Promise<{ x: number; y: number } | null> {
  const measure = () =>
    page.evaluate(
      ({ word, nth, scope }) => {
        const root = document.querySelector(scope);
        if (!root) return null;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        let text = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if ((n.parentElement as Element).closest('rt, rp')) continue;
          nodes.push(n as Text);
          text += (n as Text).data;
        }
        const at = text.indexOf(word);
        if (at < 0) return null;
        let target = at + nth;
        for (const node of nodes) {
          if (target < node.data.length) {
            const box = node.parentElement!.getBoundingClientRect();
            if (box.top < 0 || box.bottom > innerHeight) node.parentElement!.scrollIntoView({ block: 'center' });
            const range = document.createRange();
            range.setStart(node, target);
            range.setEnd(node, target + 1);
            const r = range.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          target -= node.data.length;
        }
        return null;
      },
      { word, nth, scope },
    );
  let point = await measure();
  for (let i = 0; i < 20 && point; i++) {
    await page.waitForTimeout(250);
    const again = await measure();
    if (again && again.x === point.x && again.y === point.y) break;
    point = again;
  }
  return point;
}
