/** The page as its reader has it: the body's markup without our UI's host element (what "restored exactly" compares). */
import type { Page } from 'playwright-core';

export function readPageDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('dubao-ui').forEach((el) => el.remove());
    return body.outerHTML;
  });
}
