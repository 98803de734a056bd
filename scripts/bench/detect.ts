/**
 * Detection cost, measured in real Chromium: detectFeature (bundled for the page: the check, and where it refuses a
 * Chinese page the page's part of the hand-off, its opening read) against one plain
 * TreeWalker pass that collects the page's text nodes, interleaved in one run, on two generated 200 KB
 * pages that are not roundtables (a Chinese single-reporter story and an English story). Target: the
 * median detection time is at most 2× the median TreeWalker time. The same on real pages from
 * ../shared/fixtures/real-pages when it is there (a user's clone has no ../shared: the rows are left out):
 * the 900 KB headline-list page and a 180 KB ordinary article whose headline strips carry "名字：标题"
 * links (the page check must reject both itself, before main content and the parse), with main content's
 * own cost beside them (findMainContent alone, no target: it runs only once the check holds). A sanity row checks that the same bundle does
 * detect the seed page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import type { BenchRow } from './types';
import { createRandom } from '../summaries-eval/score';
import { median } from './measure';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = resolve(ROOT, 'tests/fixtures');
const REAL_PAGES = resolve(ROOT, '../shared/fixtures/real-pages');
// [row name, file, target?]: the list page and the article are the issue's targets; the others are for the record
const REAL: Array<[string, string, boolean]> = [
  ['real 900KB list page (neg_10)', 'neg_10_163-news-list.html', true],
  ['real 180KB article (neg_03)', 'neg_03_thepaper-powerbank.html', true],
  ['real 185KB panel (pos_02)', 'pos_02_163-brokers-panel.html', false],
  ['real 256KB article, traditional (trad_02)', 'trad_02_udn-airport.html', false],
];

/**
 * A stored page as data: its scripts removed (they would run, and nothing here may reach the network:
 * every request is aborted), everything else as served.
 */
function realPage(file: string): string {
  return readFileSync(resolve(REAL_PAGES, file), 'utf8').replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
}
const PAGE_BYTES = 200_000;
const ROUNDS = 60;
// Each budgeted ratio is the median of LOADS fresh loads of its page (each load's own median of its
// rounds' paired ratios): one load's JIT and the shared machine's load at that moment moved the
// zh page's single-load ratio between 1.9 and 2.8 on the same code.
const LOADS = 5;
const WARMUP = 8;
const PER_SAMPLE = 4; // ms per sample
const COLD_DOCS = 30;


function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Sentences of Chinese news text: the seed's speech and lead, and the project's own article fixtures, without labels. */
function chineseSentences(): string[] {
  const files = [
    'seed.txt',
    'understand/neg-single-reporter.txt',
    'understand/neg-release.txt',
    'understand/night-economy.txt',
    'understand/school-voices.txt',
    'understand/policy-address-hk.txt',
  ];
  const out: string[] = [];
  for (const f of files) {
    for (let line of readFileSync(resolve(FIXTURES, f), 'utf8').split('\n')) {
      line = line.trim();
      if (line.startsWith('SOURCE:') || line.length < 20) continue;
      // a single-reporter story reports what people said; it has no "label:" paragraphs
      line = line.replace(/^[^，。,:：「“]{2,40}[:：]/, '');
      for (const s of line.split(/(?<=[。！？])/)) if (s.length >= 10) out.push(s);
    }
  }
  return out;
}

const ENGLISH = [
  'The city council approved a new budget on Tuesday after months of debate over transport spending.',
  'Officials said the plan would add ten bus routes linking the two cities by the end of next year.',
  'Residents interviewed near the old town said they welcomed the changes but worried about rising rents.',
  'According to figures released by the statistics office, household spending rose 3.2 percent in the first quarter.',
  'The report, published late on Monday, found that television remained the most trusted source of news.',
  'Analysts expect the central bank to hold interest rates steady at its meeting next month.',
  'Heavy rain caused flooding in several low-lying districts, and schools were closed as a precaution.',
  'The museum will reopen in the spring after a two-year renovation that cost an estimated 40 million dollars.',
  'Farmers in the region have turned to jujube orchards and tree nurseries as grain prices fell.',
  'Critics argued that the proposal did little to address the shortage of affordable housing.',
  'The festival drew thousands of visitors, who watched drum troupes and stilt walkers parade through the streets.',
  'A spokesperson for the ministry declined to comment on the timing of the announcement.',
  'Hospitals in the province can now settle medical bills directly for patients from other regions.',
  'The survey asked about 10,000 households how they followed public affairs and current events.',
  'Younger respondents were far more likely to get their news online than through newspapers.',
  'Construction of the new rail link is scheduled to begin in the third quarter, the agency said.',
];

interface PageParts {
  lang: string;
  title: string;
  nav: string[];
  byline: string;
  footer: string;
  /** Article paragraphs. */
  paragraphs: string[];
  /** Sidebar modules' titles. */
  modules: string[];
  /** Link texts for the sidebar lists. */
  headline: () => string;
}

/**
 * A news page as sites serve it: header navigation, one article, sidebar modules of headline links,
 * and a footer, grown with sidebar modules until it weighs `bytes` bytes of HTML. (An article alone is
 * 5–20 KB; what makes a news page 200 KB is markup and lists of links.)
 */
function newsPage(parts: PageParts, bytes: number, rand: () => number): string {
  const link = (text: string) => {
    const id = 40_000_000 + Math.floor(rand() * 9_999_999);
    return `<a href="https://news.example.cn/2025/0301/c1001-${id}.html" title="${escapeHtml(text)}" target="_blank">${escapeHtml(text)}</a>`;
  };
  const nav = `<ul class="nav">${parts.nav.map((n) => `<li class="nav-item">${link(n)}</li>`).join('')}</ul>`;
  const article = parts.paragraphs.map((p) => `<p style="text-indent: 2em;">${escapeHtml(p)}</p>`).join('\n');
  const head = `<!DOCTYPE html><html lang="${parts.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)}</title><style>body{margin:0;font:16px/1.8 sans-serif}.nav{display:flex;gap:12px}.side li{list-style:none}</style></head>
<body><div class="header"><div class="logo"><a href="/"><img src="data:," alt="logo"></a></div>${nav}</div>
<div class="container"><div class="main"><div class="crumb">${link(parts.nav[0]!)} &gt; ${link(parts.nav[1]!)}</div>
<div class="article"><h1>${escapeHtml(parts.title)}</h1><div class="info"><span class="date">2025-03-01 08:30</span> <span class="author">${escapeHtml(parts.byline)}</span></div>
<div class="text">${article}</div></div></div><div class="side">`;
  const tail = `</div></div><div class="footer"><p>${parts.nav.map(link).join(' | ')}</p><p>${escapeHtml(parts.footer)}</p></div></body></html>`;
  const modules: string[] = [];
  let size = Buffer.byteLength(head + tail);
  for (let m = 0; size < bytes; m++) {
    const items: string[] = [];
    for (let i = 0; i < 12; i++) {
      items.push(`<li class="item"><span class="num">${i + 1}</span>${link(parts.headline())}<span class="time">03-0${1 + (i % 9)}</span></li>`);
    }
    const module = `<div class="module"><h3 class="module-title">${escapeHtml(parts.modules[m % parts.modules.length]!)}</h3><ul class="list">${items.join('')}</ul></div>\n`;
    modules.push(module);
    size += Buffer.byteLength(module);
  }
  return head + modules.join('') + tail;
}

/** Paragraphs of 3–6 shuffled sentences, `count` of them. */
function paragraphsOf(sentences: string[], count: number, rand: () => number, joiner: string): string[] {
  const out: string[] = [];
  for (let p = 0; p < count; p++) {
    const n = 3 + Math.floor(rand() * 4);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(sentences[Math.floor(rand() * sentences.length)]!);
    out.push(parts.join(joiner));
  }
  return out;
}

/** A headline from a sentence: its opening words, cut at a clause; now and then "机构：…" as portals write them. */
function chineseHeadline(sentences: string[], rand: () => number): string {
  const s = sentences[Math.floor(rand() * sentences.length)]!.replace(/^[「“]/, '');
  const clause = s.split(/[，,。！？；;「」“”：:]/).filter((c) => c.length >= 6)[0] ?? s.replace(/[。！？]/g, '');
  const text = clause.slice(0, 10 + Math.floor(rand() * 12));
  const orgs = ['外交部', '国家统计局', '市发改委', '国务院常务会议', '交通运输部', '气象台'];
  return rand() < 0.12 ? `${orgs[Math.floor(rand() * orgs.length)]}：${text}` : text;
}

export function makeChinesePage(bytes = PAGE_BYTES, articleParagraphs = 24): string {
  const rand = createRandom(7);
  const sentences = chineseSentences();
  return newsPage(
    {
      lang: 'zh-CN',
      title: '统计调查显示电视仍最影响市民时事取态',
      nav: ['首页', '要闻', '时政', '经济', '社会', '文化', '体育', '评论', '图片', '视频', '专题', '数字报'],
      byline: '本报记者 张明',
      footer: '版权所有 未经书面授权不得复制或建立镜像',
      paragraphs: paragraphsOf(sentences, articleParagraphs, rand, ''),
      modules: ['热点新闻', '图片新闻', '专题推荐', '本地新闻', '排行榜'],
      headline: () => chineseHeadline(sentences, rand),
    },
    bytes,
    rand,
  );
}

export function makeEnglishPage(bytes = PAGE_BYTES, articleParagraphs = 24): string {
  const rand = createRandom(11);
  return newsPage(
    {
      lang: 'en',
      title: 'Council approves transport budget after long debate',
      nav: ['Home', 'World', 'Business', 'Politics', 'Culture', 'Sport', 'Opinion', 'Video', 'Science', 'Travel'],
      byline: 'By a staff reporter',
      footer: 'All rights reserved.',
      paragraphs: paragraphsOf(ENGLISH, articleParagraphs, rand, ' '),
      modules: ['Most read', 'In pictures', 'Features', 'Local news', 'Analysis'],
      headline: () => {
        const s = ENGLISH[Math.floor(rand() * ENGLISH.length)]!;
        return s.split(/[,.]/)[0]!.split(' ').slice(0, 5 + Math.floor(rand() * 6)).join(' ');
      },
    },
    bytes,
    rand,
  );
}

async function bundleDetect(): Promise<string> {
  const result = await build({
    // detection, and main content alone (what it adds, for the record)
    stdin: {
      contents:
        "export { detectFeature, checkPage } from './lib/understand/detect';\nexport { findMainContent } from './lib/understand/main-content';\n" +
        "export { beginPageAnalysis, finishPageAnalysis } from './lib/understand/analyze-page';\nexport { summarizeOutline } from './lib/understand/summarize-outline';\n" +
        "export { readOpeningText } from './lib/understand/opening-text';\nexport { judgeOpening } from './lib/understand/judge-opening';\n",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'DuBaoDetect',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

interface Timing {
  walk: number;
  detect: number;
  /** The median of the rounds' paired ratios, detection ÷ walk. */
  ratio: number;
  /** findMainContent alone, measured in the same rounds. */
  main: number;
  detected: boolean;
  textNodes: number;
}

// Runs in the page: interleaved samples of the TreeWalker pass and of detection, medians of each. Kept as
// source text because tsx's transform would add helpers (__name) that do not exist in the page.
const MEASURE_IN_PAGE = `(({ rounds, warmup, perSample }) => {
  const detect = globalThis.DuBaoDetect.detectFeature;
  const main = (doc) => globalThis.DuBaoDetect.findMainContent(doc).kind !== 'unsure';
  let sink = 0;
  const walk = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    return nodes.length;
  };
  // each sample repeats the call until about 4 ms have passed: timers in the page are coarse (0.1 ms)
  const time = (fn) => {
    const t0 = performance.now();
    let n = 0;
    let t = t0;
    do { sink += fn() ? 1 : 0; n++; t = performance.now(); } while (t - t0 < perSample);
    return (t - t0) / n;
  };
  const walks = [];
  const detects = [];
  const mains = [];
  // each round's detection ÷ its own walk, timed back to back: the machine's load drifts between rounds, less within one
  const ratios = [];
  for (let r = 0; r < warmup + rounds; r++) {
    // alternate the order so neither side always runs on a warmer cache
    let w, d, m;
    if (r % 2 === 0) { w = time(walk); d = time(() => detect(document)); m = time(() => main(document)); }
    else { m = time(() => main(document)); d = time(() => detect(document)); w = time(walk); }
    if (r >= warmup) { walks.push(w); detects.push(d); mains.push(m); ratios.push(d / w); }
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  return { walk: median(walks), detect: median(detects), main: median(mains), ratio: median(ratios), detected: detect(document), textNodes: walk() + (sink & 0) };
})`;

// The same comparison on fresh documents (parsed beforehand, each used once): what a page pays the one
// time detection runs, before the browser has made JavaScript wrappers for its text nodes.
const MEASURE_COLD_IN_PAGE = `(({ html, count }) => {
  const detect = globalThis.DuBaoDetect.detectFeature;
  const parser = new DOMParser();
  const walkDocs = [];
  const detectDocs = [];
  for (let i = 0; i < count; i++) {
    walkDocs.push(parser.parseFromString(html, 'text/html'));
    detectDocs.push(parser.parseFromString(html, 'text/html'));
  }
  const walk = (doc) => {
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    return nodes.length;
  };
  // one call per fresh document is below the page's timer resolution: time each side over all documents
  let t0 = performance.now();
  for (const doc of walkDocs) walk(doc);
  const walkTotal = performance.now() - t0;
  t0 = performance.now();
  for (const doc of detectDocs) detect(doc);
  const detectTotal = performance.now() - t0;
  return { walk: walkTotal / count, detect: detectTotal / count };
})`;

// The content script's steps on one page, each its own task (dubao.content/index.ts, understanding.ts): the
// check, then the decision on the main content's opening, then the full parse where that opening holds a
// feature, then its summaries where one is found. Per round, the longest of them; and the sum, against the TreeWalker pass.
const MEASURE_TASKS_IN_PAGE = `(({ rounds }) => {
  const { checkPage, beginPageAnalysis, finishPageAnalysis, summarizeOutline } = globalThis.DuBaoDetect;
  const walk = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    return nodes.length;
  };
  const longest = [];
  const totals = [];
  const walks = [];
  let detected = false;
  for (let r = 0; r < rounds + 2; r++) {
    let t0 = performance.now();
    for (let i = 0; i < 20; i++) walk();
    const w = (performance.now() - t0) / 20;
    t0 = performance.now();
    const check = checkPage(document);
    const t1 = performance.now();
    const first = beginPageAnalysis(document, check);
    const t2 = performance.now();
    const analysis = first.done ? first.analysis : finishPageAnalysis(first.pending);
    const t3 = performance.now();
    if (analysis) summarizeOutline(analysis.outline);
    const t4 = performance.now();
    detected = analysis !== null;
    if (r < 2) continue;
    walks.push(w);
    longest.push(Math.max(t1 - t0, t2 - t1, t3 - t2, t4 - t3));
    totals.push(t4 - t0);
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  return { longest: median(longest), longestMin: Math.min(...longest), longestMax: Math.max(...longest), total: median(totals), walk: median(walks), detected };
})`;

interface Tasks {
  longest: number;
  longestMin: number;
  longestMax: number;
  total: number;
  walk: number;
  detected: boolean;
}

async function measureTasks(page: Page, rounds: number): Promise<Tasks> {
  return (await page.evaluate(`${MEASURE_TASKS_IN_PAGE}(${JSON.stringify({ rounds })})`)) as Tasks;
}

async function measureCold(page: Page, html: string, count: number): Promise<{ walk: number; detect: number }> {
  const args = JSON.stringify({ html, count });
  return (await page.evaluate(`${MEASURE_COLD_IN_PAGE}(${args})`)) as { walk: number; detect: number };
}

async function measure(page: Page, rounds: number): Promise<Timing> {
  const args = JSON.stringify({ rounds, warmup: WARMUP, perSample: PER_SAMPLE });
  return (await page.evaluate(`${MEASURE_IN_PAGE}(${args})`)) as Timing;
}

/**
 * The page loaded `loads` times afresh (its HTML set, the bundle added), measured on each: medians across
 * the loads of each load's medians, and the range of the loads' ratios.
 */
// The hand-off's decision, which the extension makes in its engine (off the page): what it costs there, and whether
// it lets the page through (the rows' "rejected" is the page's part; the product's verdict needs both).
const OPENING_IN_PAGE = `(({ rounds }) => {
  const { readOpeningText, judgeOpening } = globalThis.DuBaoDetect;
  const times = [];
  let taken = false;
  for (let i = 0; i < rounds; i++) {
    const text = readOpeningText(document);
    const t0 = performance.now();
    taken = judgeOpening(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1], taken };
})`;

async function measureOpening(page: Page, name: string, rows: BenchRow[], target: boolean): Promise<void> {
  const off = (await page.evaluate(`${OPENING_IN_PAGE}(${JSON.stringify({ rounds: 7 })})`)) as { ms: number; taken: boolean };
  rows.push({ name: `detect ${name}: the opening's decision (the hand-off, in the engine, off the page)`, value: off.ms, unit: 'ms' });
  rows.push(target ? { name: `detect ${name}: rejected by the hand-off too`, value: off.taken ? 0 : 1, unit: 'bool', target: '1', pass: !off.taken } : { name: `detect ${name}: rejected by the hand-off too`, value: off.taken ? 0 : 1, unit: 'bool' });
}

async function measureLoads(page: Page, html: string, bundle: string, loads: number): Promise<Timing & { ratioMin: number; ratioMax: number }> {
  const runs: Timing[] = [];
  for (let i = 0; i < loads; i++) {
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });
    runs.push(await measure(page, ROUNDS));
  }
  const of = (k: 'walk' | 'detect' | 'main' | 'ratio') => median(runs.map((r) => r[k]));
  const ratios = runs.map((r) => r.ratio);
  return { walk: of('walk'), detect: of('detect'), main: of('main'), ratio: of('ratio'), detected: runs.some((r) => r.detected), textNodes: runs[0]!.textNodes, ratioMin: Math.min(...ratios), ratioMax: Math.max(...ratios) };
}

export async function benchDetect(): Promise<BenchRow[]> {
  const bundle = await bundleDetect();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const rows: BenchRow[] = [];
  try {
    const page = await browser.newPage();
    const pages: Array<[string, string]> = [
      ['zh 200KB non-roundtable', makeChinesePage()],
      ['en 200KB', makeEnglishPage()],
    ];
    for (const [name, html] of pages) {
      const t = await measureLoads(page, html, bundle, LOADS);
      const ratio = t.ratio;
      rows.push({ name: `detect ${name}: TreeWalker text pass`, value: t.walk, unit: 'ms' });
      rows.push({ name: `detect ${name}: detectFeature`, value: t.detect, unit: 'ms' });
      rows.push({ name: `detect ${name}: detectFeature ÷ TreeWalker`, value: ratio, unit: '×', target: '≤ 2.0', pass: ratio <= 2 });
      rows.push({ name: `detect ${name}: detectFeature ÷ TreeWalker, lowest of ${LOADS} loads`, value: t.ratioMin, unit: '×' });
      rows.push({ name: `detect ${name}: detectFeature ÷ TreeWalker, highest of ${LOADS} loads`, value: t.ratioMax, unit: '×' });
      rows.push({ name: `detect ${name}: rejected`, value: t.detected ? 0 : 1, unit: 'bool', target: '1', pass: !t.detected });
      await measureOpening(page, name, rows, true);
      const cold = await measureCold(page, html, COLD_DOCS);
      rows.push({ name: `detect ${name}: first run on fresh pages (mean of ${COLD_DOCS}), detectFeature ÷ TreeWalker`, value: cold.detect / cold.walk, unit: '×' });
    }
    // Stress: a 200 KB page that is all article text (a long report, a novel's chapter). Reading that much
    // text costs more than walking its few nodes; the one-parse detection (detectFeature, for the record)
    // beside the content script's steps, whose longest task is what a reader feels (budget: one task ≤ 50 ms).
    await page.setContent(makeChinesePage(PAGE_BYTES, 380), { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });
    const stress = await measure(page, ROUNDS / 6);
    rows.push({ name: 'detect zh 200KB all-text article (stress): detectFeature ÷ TreeWalker', value: stress.detect / stress.walk, unit: '×' });
    const tasks = await measureTasks(page, ROUNDS / 2);
    rows.push({ name: 'detect zh 200KB all-text article (stress): content script steps ÷ TreeWalker', value: tasks.total / tasks.walk, unit: '×' });
    // (the median round's longest task is the budgeted row; the fastest and slowest rounds show the noise)
    rows.push({ name: 'detect zh 200KB all-text article (stress): longest task (check, decision, full parse)', value: tasks.longest, unit: 'ms' });
    rows.push({ name: 'detect zh 200KB all-text article (stress): longest task, fastest round', value: tasks.longestMin, unit: 'ms' });
    rows.push({ name: 'detect zh 200KB all-text article (stress): longest task, slowest round', value: tasks.longestMax, unit: 'ms' });
    rows.push({ name: 'detect zh 200KB all-text article (stress): rejected', value: tasks.detected ? 0 : 1, unit: 'bool' });
    // Real pages as their sites served them, when ../shared is there.
    if (existsSync(REAL_PAGES)) {
      const real = await browser.newPage();
      await real.route('**/*', (route) => route.abort());
      for (const [name, file, target] of REAL) {
        const t = await measureLoads(real, realPage(file), bundle, target ? LOADS : 1);
        const ratio = t.ratio;
        rows.push({ name: `detect ${name}: TreeWalker text pass`, value: t.walk, unit: 'ms' });
        rows.push({ name: `detect ${name}: detectFeature`, value: t.detect, unit: 'ms' });
        rows.push(
          target
            ? { name: `detect ${name}: detectFeature ÷ TreeWalker`, value: ratio, unit: '×', target: '≤ 2.0', pass: ratio <= 2 }
            : { name: `detect ${name}: detectFeature ÷ TreeWalker`, value: ratio, unit: '×' },
        );
        if (target) rows.push({ name: `detect ${name}: rejected`, value: t.detected ? 0 : 1, unit: 'bool', target: '1', pass: !t.detected });
        await measureOpening(real, name, rows, target);
        rows.push({ name: `detect ${name}: findMainContent alone ÷ TreeWalker`, value: t.main / t.walk, unit: '×' });
      }
      await real.close();
    }
    // the same bundle on the seed page must detect it (the check is not cheap by being blind)
    await page.setContent(readFileSync(resolve(FIXTURES, 'seed-epaper.html'), 'utf8'), { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });
    const seed = await measure(page, 10);
    rows.push({ name: 'detect seed page: detected', value: seed.detected ? 1 : 0, unit: 'bool', target: '1', pass: seed.detected });
    rows.push({ name: 'detect seed page: detectFeature (full parse)', value: seed.detect, unit: 'ms' });
  } finally {
    await browser.close();
  }
  return rows;
}

// `node --import tsx scripts/bench/detect.ts` runs this benchmark alone.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'detect.ts')) {
  benchDetect().then(
    (rows) => {
      for (const r of rows) process.stdout.write(`${r.name}\t${r.value.toFixed(3)} ${r.unit}\t${r.target ?? ''}\t${r.pass ?? ''}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`bench failed: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
