/** The page as its reader has it: the body's markup without our UI's host element (what "restored exactly" compares). */
import type { Page } from 'playwright-core';

export async function readPageDom(page: Page): Promise<string> {
  // The layers' warm-up samples (hidden, out of flow) live for two frames, or half a second where a background tab
  // has no frames (the popup in front): read the page once they are gone, so a read between them is not "the page".
  await page.waitForFunction(() => !document.querySelector('body > [data-dubao^="warm-up"]'), null, { timeout: 3000 });
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('dubao-ui').forEach((el) => el.remove());
    return body.outerHTML;
  });
}
