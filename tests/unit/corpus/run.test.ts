/** The corpus runner (scripts/corpus.ts) on a small made-up folder: reading the key, both input kinds, the report. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRun, readKey, runCorpus } from '@/scripts/corpus';
import { pageOfLines } from '@/scripts/cli/input';
import { InputError } from '@/scripts/cli/input';

const ROOT = resolve(import.meta.dirname, '../../..');

const FEATURE_TXT = [
  'https://news.example.cn/2025/0301/a.html',
  '做活城乡融合“大文章”',
  '本报记者 李娟',
  '话题：老城新貌展活力',
  '市民张新海：榆次老城是一座有着悠久历史的古城，这里保存着许多古老的建筑和文化遗产，是一个非常值得游览的地方。',
  '话题：城乡联动共发展',
  '太谷区小白乡党委副书记、乡长闫万玲：春潮涌动，万象更新，乡村的每一寸土地都被蓬勃的希望浸润。',
  '市发展和改革委员会党组成员、副主任王静：县域经济是推动高质量发展的重要支撑，是新型城镇化建设的重要一环。',
].join('\n');

const NEWS_HTML = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>统计处调查</title></head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">要闻</a></li></ul>
<div class="content"><h1>统计处调查：电视最影响公共政策及时事取态</h1>
<p>政府昨日宣布谘询放宽规管电视及电台。统计处的调查显示，电视仍是市民获取时事资讯的最主要途径。</p>
<p>调查访问了约一万个住户，询问他们如何关注公共事务及时事。年轻受访者较多透过网上获取新闻。</p></div></body></html>`;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dubao-corpus-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const KEY = [
  {
    file: 'feature.txt',
    roundtable: true,
    speakers: [
      { name: '张新海', role: '市民' },
      { name: '闫万玲', role: '太谷区小白乡党委副书记、乡长' },
      { name: '王静', role: '市发展和改革委员会党组成员、副主任' },
      { name: '渠德鹏', role: '市发展和改革委员会党组成员、副主任' },
    ],
  },
  { file: 'news.html', roundtable: false, site: 'made up', note: 'fields the harness does not read are allowed' },
  { file: 'arguable.html', roundtable: true, edge: true, speakers: [] },
];

describe('runCorpus', () => {
  const dir = folder({ 'feature.txt': FEATURE_TXT, 'news.html': NEWS_HTML, 'arguable.html': NEWS_HTML, 'notes.html': NEWS_HTML, 'key.json': JSON.stringify(KEY) });

  it('scores each keyed page, reports unkeyed files, and totals the scored ones', async () => {
    const run = await runCorpus(dir);
    expect(run.pages.map((p) => [p.file, p.right, p.detected, p.found, p.wanted, p.rolesExact])).toEqual([
      ['feature.txt', true, true, 3, 4, 3],
      ['news.html', true, false, 0, 0, 0],
      ['arguable.html', false, false, 0, 0, 0],
    ]);
    expect(run.pages[0]!.missed).toEqual(['渠德鹏']);
    expect(run.unkeyed).toEqual(['notes.html']);
    expect([run.totals.scored, run.totals.edge, run.totals.truePositives, run.totals.trueNegatives]).toEqual([2, 1, 1, 1]);
    expect(run.totals.speakerRecall).toBeCloseTo(0.75);
    const lines = formatRun(run).trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[2]).toMatch(/^edge \targuable\.html/);
    expect(lines[3]).toMatch(/notes\.html\tnot in key\.json/);
    // the totals' neighbour: the people read on request where the product detected nothing
    expect(lines[4]).toMatch(/^on request: missed features' speakers named 0\/0 \(P 1\.00, given 0\), people named on negatives \d+$/);
    expect(lines[5]).toMatch(/^TOTAL 2 scored \(\+1 edge\) \| detection TP 1 FP 0 FN 0 TN 1.*speakers 3\/4 \(given 3\) P 1\.00 R 0\.75 F1 0\.86 \| roles exact 100%/);
  });

  it('takes a key given in code (a folder without key.json)', async () => {
    const bare = folder({ 'news.html': NEWS_HTML });
    const run = await runCorpus(bare, [{ file: 'news.html', roundtable: false }]);
    expect(run.pages.map((p) => p.right)).toEqual([true]);
  });
});

// name-and-title lines with no colon: the parse reads them as labels, the extension's page check finds no cue
const TITLE_LINES_TXT = [
  'https://news.example.cn/2025/0302/b.html',
  '院士谈基础研究',
  '王海明中国科学院院士、某大学教授',
  '基础研究是科技创新的源头，我们迫切需要在西部布局建设一批基础科学中心，尽快建设多学科交叉的创新中心。',
  '刘建华中国工程院院士、某研究院院长',
  '西部地区有从事基础研究的良好氛围，科研人员容易沉下心来，坐十年冷板凳搞基础研究。',
].join('\n');

// the same round after some 9,000 characters of a work report: past the opening the hand-off reads
const LATE_TXT = [
  'https://news.example.cn/2025/0302/c.html',
  '院士谈基础研究',
  ...Array.from({ length: 180 }, (_, i) => `第${i + 1}项工作进展顺利，相关部门按照年初确定的计划推进各项任务，完成情况总体良好，群众满意度较去年有所提高。`),
  ...TITLE_LINES_TXT.split('\n').slice(2),
].join('\n');

describe('text files on both paths', () => {
  it("scores a text file on the CLI's verdict and on the extension's path over the same lines as a page: one verdict", async () => {
    const dir = folder({
      'b.txt': TITLE_LINES_TXT,
      'late.txt': LATE_TXT,
      'feature.txt': FEATURE_TXT,
      'key.json': JSON.stringify([
        { file: 'b.txt', roundtable: true, speakers: [{ name: '王海明', role: '中国科学院院士、某大学教授' }, { name: '刘建华', role: '中国工程院院士、某研究院院长' }] },
        { file: 'late.txt', roundtable: true, speakers: [{ name: '王海明', role: '中国科学院院士、某大学教授' }, { name: '刘建华', role: '中国工程院院士、某研究院院长' }] },
        KEY[0],
      ]),
    });
    const run = await runCorpus(dir);
    // b.txt: the check refuses, the hand-off (its opening's parse) takes it, on both paths; late.txt: its round
    // starts past the opening, so neither path shows it
    expect(run.pages.map((p) => [p.file, p.detected, p.pageCheck, p.right])).toEqual([
      ['b.txt', true, true, true],
      ['late.txt', false, false, false],
      ['feature.txt', true, true, true],
    ]);
    // the CLI shows what the badge shows; the report still says the parse alone would have taken it
    expect(formatRun(run)).toMatch(/WRONG\tlate\.txt\tfeature → not detected\t.*the parse alone detects/);
    expect(formatRun(run)).not.toMatch(/(b|feature)\.txt.*the parse alone/);
    expect([run.totals.truePositives, run.totals.falseNegatives]).toEqual([2, 1]);
  });

  it('builds a run-on line as the paragraphs it was (an excerpt that kept them on one line, apart after a sentence end)', async () => {
    const first = '本报讯 昨天上午，市图书馆新馆正式向读者开放，首日接待读者超过一万人次，不少家长带着孩子前来借书。'.repeat(3);
    const second = '馆长刘晓明介绍，新馆藏书一百二十万册，设有少儿阅览区和古籍修复展示区，周末延长开放至晚上九点。'.repeat(3);
    const page = pageOfLines(['图书馆新馆开放', `${first} ${second}`, '短的一行。 不拆。']);
    try {
      expect([...page.document.querySelectorAll('article > p')].map((p) => p.textContent)).toEqual(['图书馆新馆开放', first, second, '短的一行。 不拆。']);
    } finally {
      await page.close();
    }
  });

  it('builds the page with the DOM: its lines are paragraphs of text, never markup', async () => {
    const page = pageOfLines(['标题<b>一</b>', '市民<script>x()</script>张先生：好。']);
    try {
      const ps = [...page.document.querySelectorAll('article > p')];
      expect(ps.map((p) => p.textContent)).toEqual(['标题<b>一</b>', '市民<script>x()</script>张先生：好。']);
      expect(page.document.querySelectorAll('b, script')).toHaveLength(0);
      expect(page.document.title).toBe('标题<b>一</b>');
    } finally {
      await page.close();
    }
  });
});

describe('readKey and bad folders', () => {
  it.each<[string, Record<string, string>, RegExp]>([
    ['no key', { 'a.html': NEWS_HTML }, /key\.json: no key/],
    ['a key that is not JSON', { 'key.json': '[{' }, /key\.json: not JSON/],
    ['a key that is not a list', { 'key.json': '{"file":"a.html"}' }, /must be a list/],
    ['an entry without roundtable', { 'key.json': '[{"file":"a.html"}]' }, /entry 0 needs "file" \(string\) and "roundtable"/],
    ['speakers that are not a list', { 'key.json': '[{"file":"a.html","roundtable":true,"speakers":"王静"}]' }, /"speakers" must be a list/],
  ])('%s: a one-line InputError', async (_, files, message) => {
    const error = await readKey(folder(files)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });

  it('a key that lists a missing file', async () => {
    const dir = folder({ 'key.json': JSON.stringify([{ file: 'gone.html', roundtable: false }]) });
    await expect(runCorpus(dir)).rejects.toThrow(/key lists gone\.html, which is not in the folder/);
  });

  it('npm run corpus: usage and bad input exit 2 with one line, a good folder prints the totals last', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/corpus.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    const usage = run();
    expect([usage.status, usage.stderr]).toEqual([2, 'usage: npm run corpus -- DIR [--against OTHER-KEY.json]   (DIR holds .html/.txt pages and key.json)\n']);
    expect(run('--against').status).toBe(2);
    const bad = run(folder({ 'key.json': '[{' }));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^corpus: .*key\.json: not JSON.*\n$/);
    const good = run(folder({ 'news.html': NEWS_HTML, 'key.json': JSON.stringify([{ file: 'news.html', roundtable: false }]) }));
    expect(good.status).toBe(0);
    expect(good.stdout.trimEnd().split('\n').at(-1)).toMatch(/^TOTAL 1 scored/);
    // a second reader's key of the same pages, scored by the same rules: one page they disagree on
    const pages = folder({
      'news.html': NEWS_HTML,
      'key.json': JSON.stringify([{ file: 'news.html', roundtable: false }]),
      'other.json': JSON.stringify([{ file: 'news.html', roundtable: true, speakers: [{ name: '张三', role: '' }] }]),
    });
    const against = run(pages, '--against', join(pages, 'other.json'));
    expect(against.status).toBe(0);
    expect(against.stdout).toMatch(/^WRONG\tnews\.html\tnone +→ detected/m);
    expect(against.stdout.trimEnd().split('\n').at(-1)).toMatch(/^TOTAL 1 scored .*FP 1 .*speakers on negatives 1/);
  }, 60_000);
});
