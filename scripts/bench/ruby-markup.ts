/**
 * `node --import tsx scripts/bench/ruby-markup.ts [pages] [variants]`: the browser's own cost of the
 * seed's screen in ruby, by markup, with nothing of ours running (no extension): the Han characters
 * on screen wrapped two to a ruby (as the bench's viewport floor), readings from pinyin-pro made
 * beforehand, then timed: the rubies written and laid out. Each page lays the same screen out 15
 * times (its body put back between) and gives its fastest, so the first-time costs of a page and the
 * machine's load drop out; the median over pages is printed. Variants:
 *   plain   <ruby>base<rt>reading</rt></ruby>, no stylesheet (the bench's floor);
 *   ours    our markup and stylesheet (pinyin-transform.ts): <dubao-text> wrappers, the reading in
 *           data-r drawn by rt::before { content: attr(data-r) };
 *   text    ours with the reading as the rt's text (what generated content costs; not usable: the
 *           readings would be page text);
 *   const   ours with one constant generated reading (what attr() costs over generated content).
 * Not part of `npm run bench`: a tool for finding where the viewport row's time goes (the
 * layout of the screen's rubies is most of it; see scripts/bench/trace-layers.ts for our side).
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/helpers/browser';
import { findChromium } from '../../tests/e2e/helpers/paths';
import { startFixtureServer } from '../../tests/e2e/helpers/server';
import { buildPageCss } from '../../entrypoints/dubao.content/layers/pinyin-transform';
import { bundlePlain } from './layers';
import { median } from './measure';

interface Variant {
  css: string;
  /** The reading as the rt's text, not in data-r. */
  rtText: boolean;
  /** Our wrapper element and data-dubao marks. */
  ours: boolean;
}

const css = buildPageCss({});
const VARIANTS: Record<string, Variant> = {
  plain: { css: '', rtText: true, ours: false },
  ours: { css, rtText: false, ours: true },
  text: { css, rtText: true, ours: true },
  const: { css: css.replace('{content:attr(data-r)}', '{content:"zhōngguó"}'), rtText: false, ours: true },
};

async function main(): Promise<void> {
  const pages = Number(process.argv[2] ?? 5);
  const names = process.argv[3]?.split(',') ?? Object.keys(VARIANTS);
  const server = await startFixtureServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const plain = await bundlePlain();
  const times: Record<string, number[]> = {};
  try {
    for (let round = 0; round < pages; round++) {
      for (const name of round % 2 ? [...names].reverse() : names) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
        await page.goto(server.url('seed-epaper.html'));
        await page.addScriptTag({ content: plain });
        const ms = await page.evaluate((v: Variant) => {
          const { pinyin } = (window as unknown as { __plain: { pinyin: (t: string, o: object) => string[] } }).__plain;
          const HAN = /\p{Script=Han}/u;
          const height = innerHeight;
          const style = document.createElement('style');
          style.textContent = v.css;
          document.head.append(style);
          const original = document.body.innerHTML;
          const out: number[] = [];
          for (let i = 0; i < 15; i++) {
            document.body.innerHTML = original;
            void document.body.offsetHeight;
            // Untimed: the characters on screen and their readings.
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
              acceptNode: (n) => (n.parentElement?.closest('script,style') ? 2 : HAN.test((n as Text).data) ? 1 : 3),
            });
            const range = document.createRange();
            const jobs: { node: Text; chars: string[]; readings: string[]; visible: boolean[] }[] = [];
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const node = n as Text;
              const box = node.parentElement!.getBoundingClientRect();
              if (box.bottom <= 0 || box.top >= height) continue;
              const chars = Array.from(node.data);
              const visible: boolean[] = [];
              let offset = 0;
              for (const c of chars) {
                range.setStart(node, offset);
                range.setEnd(node, offset + c.length);
                const r = range.getBoundingClientRect();
                visible.push(HAN.test(c) && r.width > 0 && r.bottom > 0 && r.top < height);
                offset += c.length;
              }
              if (visible.some(Boolean)) jobs.push({ node, chars, readings: pinyin(node.data, { type: 'array' }), visible });
            }
            const t0 = performance.now();
            for (const { node, chars, readings, visible } of jobs) {
              const into = v.ours ? document.createElement('dubao-text') : document.createDocumentFragment();
              if (v.ours) (into as Element).setAttribute('data-dubao', 'pinyin');
              let run = '';
              for (let at = 0; at < chars.length; ) {
                if (!visible[at]) {
                  run += chars[at++];
                  continue;
                }
                const end = visible[at + 1] ? at + 2 : at + 1;
                if (run) into.append(run);
                run = '';
                const ruby = document.createElement('ruby');
                const rt = document.createElement('rt');
                if (v.ours) {
                  ruby.setAttribute('data-dubao', '');
                  rt.setAttribute('data-dubao', '');
                }
                ruby.append(chars.slice(at, end).join(''));
                const reading = readings.slice(at, end).join('');
                if (v.rtText) rt.textContent = reading;
                else rt.setAttribute('data-r', reading);
                ruby.append(rt);
                into.append(ruby);
                at = end;
              }
              if (run) into.append(run);
              node.replaceWith(into);
            }
            void document.body.offsetHeight;
            out.push(performance.now() - t0);
          }
          return Math.min(...out);
        }, VARIANTS[name]!);
        (times[name] ??= []).push(ms);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const name of names) {
    const xs = times[name]!;
    process.stdout.write(`${name.padEnd(6)} ${median(xs).toFixed(2)} ms (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}) ÷ plain ${(median(xs) / median(times.plain ?? xs)).toFixed(2)}\n`);
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`ruby-markup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
