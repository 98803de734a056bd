/**
 * The same words, readings and summaries in every browser and in the CLI: the seed page's ruby word
 * groups (base and reading) and its sidebar outline, taken from the built extension in Chromium and
 * in Firefox, compared with each other and with `npm run analyze` (pinyin-text and json formats) in
 * Node.
 *
 * Part of the Firefox tier (npm run test:e2e:firefox; alone: npm run test:xbrowser). Words come from
 * DuBao's own segmenter, not Intl.Segmenter, whose ICU data differs between browsers (issue 17).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumDriver } from '../e2e/drivers/chromium';
import type { ExtensionDriver } from '../e2e/drivers/driver';
import { launchFirefoxDriver } from '../e2e/drivers/firefox';
import { FIXTURES_DIR, ROOT } from '../e2e/helpers/paths';
import { startFixtureServer, type FixtureServer } from '../e2e/helpers/server';
import { unannotated, uiCount, uiVisible } from '../e2e/scenarios/page-checks';

/** One paragraph's ruby word groups, each as `base(reading)` with the syllables run together. */
interface ParagraphReadings {
  text: string;
  groups: string[];
}

interface CardOutline {
  name: string | null;
  role: string | null;
  gist: string | null;
  points: string[];
  figures: string[];
}

interface Outline {
  headline: string | null;
  topics: string[];
  cards: CardOutline[];
}

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});

afterAll(async () => {
  await server?.close();
});

/** The seed's readings (pinyin on, from the page) and outline (sidebar open) in one browser. */
async function readSeed(launch: () => Promise<ExtensionDriver>): Promise<{ readings: ParagraphReadings[]; outline: Outline }> {
  const driver = await launch();
  try {
    const page = await driver.open(server.url('seed-epaper.html'));
    await expect.poll(() => uiVisible(page, '[data-action="pinyin"]'), { timeout: 30_000 }).toBe(true);
    await page.clickUi('[data-action="pinyin"]');
    await expect.poll(() => unannotated(page), { timeout: 30_000 }).toBe(0);
    const readings = await page.evaluate(() =>
      [...document.querySelectorAll('#ozoom p')].map((p) => ({
        // Readings are attributes shown by CSS: textContent is the page's text.
        text: (p.textContent ?? '').trim(),
        groups: [...p.querySelectorAll('ruby[data-dubao]')].map((ruby) => {
          const rt = ruby.querySelector('rt')!;
          const reading =
            rt.getAttribute('data-r') ?? [...rt.querySelectorAll('[data-r]')].map((s) => s.getAttribute('data-r')).join('');
          return `${ruby.firstChild?.textContent ?? ''}(${reading})`;
        }),
      })),
    );
    await page.clickUi('[data-action="pinyin"]');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('ruby').length)).toBe(0);
    await page.clickUi('[data-action="sidebar"]');
    await expect.poll(() => uiCount(page, '[data-speaker]')).toBeGreaterThan(0);
    const outline = await page.evaluate(() => {
      const root = document.querySelector('dubao-ui')!.shadowRoot!;
      const text = (el: Element | null | undefined) => el?.textContent ?? null;
      return {
        headline: text(root.querySelector('.db-headline')),
        topics: [...root.querySelectorAll('[data-topic-index] .db-topic-text')].map((t) => t.textContent ?? ''),
        cards: [...root.querySelectorAll('[data-speaker]')].map((card) => ({
          name: text(card.querySelector('.db-name')),
          role: text(card.querySelector('.db-role')),
          gist: text(card.querySelector('.db-gist')),
          points: [...card.querySelectorAll('.db-points li')].map((li) => li.textContent ?? ''),
          figures: [...card.querySelectorAll('.db-figures li')].map((li) => li.textContent ?? ''),
        })),
      };
    });
    expect(page.errors).toEqual([]);
    return { readings: readings.filter((p) => p.groups.length > 0), outline };
  } finally {
    await driver.close();
  }
}

function analyze(format: string): string {
  return execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/analyze.ts', resolve(FIXTURES_DIR, 'seed-epaper.html'), '--format', format],
    { cwd: ROOT, encoding: 'utf8' },
  );
}

const WORD = /(\p{Script=Han}+)\(([^()]*)\)/gu;

/** The CLI's readings, keyed by paragraph text: pinyin-text writes each Han word as 发展(fāzhǎn), xī'ān with an apostrophe. */
function cliReadings(): Map<string, string[]> {
  const byText = new Map<string, string[]>();
  for (const line of analyze('pinyin-text').split('\n')) {
    const groups = [...line.matchAll(WORD)].map((m) => `${m[1]}(${m[2]!.replace(/'/g, '')})`);
    byText.set(line.replace(WORD, '$1').trim(), groups);
  }
  return byText;
}

function cliOutline(): Outline {
  interface Statement {
    speaker: { name: string | null; role: string | null };
    summary: { gist: string | null; points: string[]; figures: string[] };
  }
  const json = JSON.parse(analyze('json')) as { headline: string | null; topics: Array<{ title: string; statements: Statement[] }> };
  return {
    headline: json.headline,
    topics: json.topics.map((t) => t.title),
    cards: json.topics.flatMap((t) =>
      t.statements.map((s) => ({
        name: s.speaker.name,
        role: s.speaker.role,
        gist: s.summary.gist || null,
        points: s.summary.points,
        figures: s.summary.figures.slice(0, 3),
      })),
    ),
  };
}

describe('the seed read the same in Chromium, Firefox and the CLI', () => {
  it('the same ruby word groups and readings, and the same sidebar outline', async () => {
    const chromium = await readSeed(launchChromiumDriver);
    const firefox = await readSeed(launchFirefoxDriver);
    const node = cliReadings();
    const outline = cliOutline();

    // The feature's paragraphs, read: enough of them that the comparison means something.
    expect(chromium.readings.length).toBeGreaterThan(20);
    const differing = (readings: ParagraphReadings[], other: (p: ParagraphReadings) => string[] | undefined) =>
      readings.flatMap((p): Array<{ paragraph: string; diff: string[] }> => {
        const theirs = other(p);
        if (theirs === undefined) return [{ paragraph: p.text.slice(0, 20), diff: ['(no such paragraph)'] }];
        const diff = p.groups.flatMap((g, i) => (g === theirs[i] ? [] : [`${g} ≠ ${theirs[i] ?? '∅'}`]));
        return diff.length || p.groups.length !== theirs.length ? [{ paragraph: p.text.slice(0, 20), diff: diff.slice(0, 5) }] : [];
      });
    const firefoxByText = new Map(firefox.readings.map((p) => [p.text, p.groups]));
    expect.soft(differing(chromium.readings, (p) => firefoxByText.get(p.text)), 'Chromium vs Firefox').toEqual([]);
    expect.soft(differing(chromium.readings, (p) => node.get(p.text)), 'Chromium vs the CLI').toEqual([]);
    expect(firefox.readings.length).toBe(chromium.readings.length);

    expect(chromium.outline.cards).toHaveLength(4);
    expect.soft(firefox.outline, 'sidebar: Firefox vs Chromium').toEqual(chromium.outline);
    expect.soft(chromium.outline, 'sidebar: Chromium vs the CLI').toEqual(outline);
  });
});
