/**
 * Main content (lib/understand/main-content.ts): the article of a page, without its navigation, rails,
 * tickers, comment threads and footers; no body on a list page; the whole page when it cannot tell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksFromDocument } from '@/lib/understand/blocks';
import { findMainContent } from '@/lib/understand/main-content';
import { parseHtml } from '@/scripts/cli/input';
import { htmlDocument } from './support';

function page(body: string, title = '做活城乡融合“大文章”'): Document {
  return parseHtml(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`).document;
}

function texts(doc: Document | Element): string[] {
  return blocksFromDocument(doc).map((b) => b.text);
}

const SPEECH = [
  '市发展和改革委员会党组成员、副主任渠德鹏：今年的政府工作报告再次提出，要“加快太原晋中一体化”。近年来，我市在推动太原晋中一体化方面做了大量工作，“六个一体化”取得积极成效。',
  '2024年，我们不断提升基础设施互联互通水平，两市“三纵十横”路网基本形成，跨城公交线路已达10条。',
  '市民张新海：榆次老城是一座有着悠久历史的古城，这里保存着许多古老的建筑和文化遗产，是一个非常值得游览的地方。',
  '今年春节期间，我和妻子带着孩子一同前往榆次老城，亲眼见证了新春社火巡演的盛况。（记者 武玲芳）',
];

const NAV = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">要闻</a></li><li><a href="/b">时政</a></li><li><a href="/c">经济</a></li><li><a href="/d">社会</a></li></ul>';
const RELATED =
  '<div class="related"><h3>相关新闻</h3><ul><li><a href="/1">侯友宜：治安不能打折，警力要再补足</a></li><li><a href="/2">卢秀燕：协助日企业投资，共创双赢</a></li><li><a href="/3">外交部：中方坚决反对任何干涉</a></li></ul></div>';
const TICKER =
  '<div class="ticker"><span>（002776）柏堡龙：涨2.3%，成交活跃。</span><span>（002771）真视通：跌1.1%，资金流出。</span><span>（300485）赛升药业：平盘，观望为主。</span></div>';
const COMMENTS =
  '<div id="comments"><p>网友甲：说得太好了，我们小区也是这样，希望早日落实。</p><p>网友乙：支持！老城改造要保留原来的味道，不要拆光了。</p></div>';
const FOOTER = '<div class="footer"><p>版权所有，未经书面授权不得复制或建立镜像。</p><p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a></p></div>';
const SIDEBAR =
  '<div class="side"><h3>热点新闻</h3><ul><li><a href="/h1">国务院常务会议部署稳就业工作</a></li><li><a href="/h2">多地出台措施促进消费回暖</a></li><li><a href="/h3">气象台发布暴雨蓝色预警</a></li><li><a href="/h4">交通运输部：春运平稳有序</a></li></ul></div>';

function newsPage(article: string): Document {
  return page(
    `<div class="header"><a href="/"><img alt="logo"></a>${NAV}</div><div class="wrap"><div class="main"><div class="title"><h1>做活城乡融合“大文章” 下好区域协调“一盘棋”</h1><div class="info">2025-03-01 来源：晋中日报</div></div>` +
      `<div class="content">${article}</div>${RELATED}${COMMENTS}</div>${SIDEBAR}</div>${TICKER}${FOOTER}`,
  );
}

describe('findMainContent on a news page', () => {
  const doc = newsPage(SPEECH.map((p) => `<p>${p}</p>`).join(''));
  const got = texts(doc);

  it('finds the article box (not grown over the rails beside it) and the headline before it', () => {
    const main = findMainContent(doc);
    expect(main.kind).toBe('article');
    if (main.kind !== 'article') return;
    expect(main.element.className).toBe('content');
    expect(main.heading?.tagName).toBe('H1');
  });

  it('reads the headline and every paragraph, in order', () => {
    expect(got[0]).toBe('做活城乡融合“大文章” 下好区域协调“一盘棋”');
    expect(got.filter((t) => SPEECH.includes(t))).toEqual(SPEECH);
  });

  it.each([
    ['navigation', '首页'],
    ['a related-headline strip', '侯友宜：治安不能打折，警力要再补足'],
    ['a stock ticker', '柏堡龙'],
    ['a comment thread', '网友甲'],
    ['a sidebar', '交通运输部：春运平稳有序'],
    ['a footer', '版权所有'],
  ])('leaves out %s', (_, text) => {
    expect(got.join('\n')).not.toContain(text);
  });
});

describe('findMainContent, the article box and what is inside it', () => {
  it('keeps the <h1> before the article when a menu sits between them', () => {
    const doc = page(`<div class="top"><h1>十大券商集体看好下周股市</h1></div>${NAV}<div class="mid">${'<a href="/x">更多</a>'.repeat(8)}</div><div id="endText">${SPEECH.map((p) => `<p>${p}</p>`).join('')}</div>`);
    const main = findMainContent(doc);
    expect(main.kind === 'article' && main.heading?.textContent).toBe('十大券商集体看好下周股市');
    expect(texts(doc)).toEqual(['十大券商集体看好下周股市', ...SPEECH]);
  });

  it('does not take a site logo <h1> for the headline', () => {
    const doc = page(`<h1><a href="/">晋中新闻网</a></h1>${NAV}<div id="endText">${SPEECH.map((p) => `<p>${p}</p>`).join('')}</div>`);
    expect(findMainContent(doc)).toMatchObject({ kind: 'article', heading: null });
    expect(texts(doc)).toEqual(SPEECH);
  });

  it('keeps paragraphs that link a company or a person: links inside prose are prose', () => {
    const linked = SPEECH.map((p) => `<p>${p.replace('太原晋中一体化', '<a href="/t">太原晋中一体化</a>').replace('榆次老城', '<a href="/y">榆次老城</a>')}</p>`);
    expect(texts(newsPage(linked.join(''))).filter((t) => SPEECH.includes(t))).toEqual(SPEECH);
  });

  it('leaves out a list of links and a box titled as a rail inside the article box', () => {
    const doc = newsPage(
      `${SPEECH.map((p) => `<p>${p}</p>`).join('')}<ul>${['侯友宜：治安不能打折', '卢秀燕：协助日企业投资', '外交部：中方坚决反对'].map((h) => `<li><a href="/r">${h}</a></li>`).join('')}</ul>` +
        '<div class="box_read"><h2>推荐阅读</h2><p>致敬改革开放四十年，文化大家讲述亲历。一个时代有一个时代的文艺，一个时代有一个时代的精神。</p></div>',
    );
    const got = texts(doc).join('\n');
    expect(got).toContain(SPEECH[3]);
    expect(got).not.toContain('侯友宜');
    expect(got).not.toContain('文化大家讲述亲历');
  });

  it('reads a feature laid out in table cells (older sites)', () => {
    const doc = page(`<table><tr><td class="menu">${NAV}</td></tr><tr><td><table><tr><td>${SPEECH.join('<br>')}</td></tr></table></td><td>${SIDEBAR}</td></tr></table>`);
    expect(texts(doc)).toEqual(SPEECH);
  });

  it('reads text after a block child inside mixed content (thepaper.cn writes paragraphs as <br> runs between empty <div>s)', () => {
    const doc = page(`${NAV}<div class="news_txt">${SPEECH.map((p) => `${p}<br><div class="contheight"></div>`).join('')}</div>`);
    expect(texts(doc)).toEqual(SPEECH);
  });

  it('does not take a site class on <body> ("…_weibo_login") for a region to leave out', () => {
    const doc = parseHtml(`<html><body class="sinacMNT_weibo_login">${NAV}<div id="artibody">${SPEECH.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`).document;
    expect(texts(doc)).toEqual(SPEECH);
  });
});

describe('findMainContent on list pages and short pages', () => {
  const headlines = Array.from({ length: 60 }, (_, i) => `<li><a href="/n/${i}">${['外交部：中方坚决反对任何干涉', '侯友宜：治安不能打折', '国家统计局：一季度GDP增长5.3%', '气象台发布暴雨蓝色预警'][i % 4]}${i}</a><span class="time">03-0${1 + (i % 9)}</span></li>`).join('');
  const list = page(`${NAV}<div class="list"><ul>${headlines}</ul></div>${FOOTER}`);

  it('a page of headlines is a list page: no body, so never a feature', () => {
    expect(findMainContent(list)).toEqual({ kind: 'list' });
    expect(blocksFromDocument(list)).toEqual([]);
    // the whole page can still be read, for the reading layers
    expect(blocksFromDocument(list, { whole: true }).length).toBeGreaterThan(60);
  });

  it('a short page without a clear article is read whole, so nothing real is lost', () => {
    const short = page('<div><p>市民张新海：老城很好。</p><p>市民李娟：我也这么看。</p></div>');
    expect(findMainContent(short)).toEqual({ kind: 'unsure' });
    expect(texts(short)).toEqual(['市民张新海：老城很好。', '市民李娟：我也这么看。']);
  });

  it('a page that is all article is read whole', () => {
    const doc = page(SPEECH.map((p) => `<p>${p}</p>`).join(''));
    expect(findMainContent(doc)).toEqual({ kind: 'unsure' });
    expect(texts(doc)).toEqual(SPEECH);
  });
});

describe('findMainContent on the project’s fixture pages', () => {
  it('the seed e-paper page: the article box with its title block, the page navigation left out', () => {
    const doc = htmlDocument('seed-epaper.html');
    const main = findMainContent(doc);
    expect(main.kind === 'article' && main.element.className).toBe('article');
    const got = texts(doc);
    expect(got[0]).toBe('做活城乡融合“大文章” 下好区域协调“一盘棋”');
    expect(got).not.toContain('第01版');
  });
});

describe('findMainContent on odd input', () => {
  it.each([
    ['an empty document', ''],
    ['a body with only whitespace', '<body> \n </body>'],
    ['only scripts and styles', '<body><script>var a = "市民张新海：老城很好。";</script><style>p{}</style></body>'],
    ['unclosed tags', '<body><div><p>市民张新海：老城很好，值得一去。<div><span>又一段。'],
    ['a frameset', '<frameset><frame src="a.html"></frameset>'],
  ])('%s: a calm answer, never an exception', (_, html) => {
    const doc = parseHtml(html).document;
    expect(['article', 'list', 'unsure']).toContain(findMainContent(doc).kind);
    expect(Array.isArray(blocksFromDocument(doc))).toBe(true);
  });

  it('reads the page and changes nothing in it', () => {
    const doc = newsPage(SPEECH.map((p) => `<p>${p}</p>`).join(''));
    const before = doc.documentElement.outerHTML;
    findMainContent(doc);
    blocksFromDocument(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('very deep nesting: a calm answer', () => {
    const doc = parseHtml(`<body>${'<div>'.repeat(3000)}<p>${SPEECH[0]}</p>${'</div>'.repeat(3000)}</body>`).document;
    expect(['article', 'list', 'unsure']).toContain(findMainContent(doc).kind);
  });

  it('an element as root: the article inside it', () => {
    const doc = newsPage(SPEECH.map((p) => `<p>${p}</p>`).join(''));
    const wrap = doc.querySelector('.wrap')!;
    const main = findMainContent(wrap);
    expect(main.kind === 'article' && wrap.contains(main.element)).toBe(true);
  });

  it('on any page built of news pieces, the article is inside the page and the blocks are a subset of the whole page’s', () => {
    const piece = fc.constantFrom(NAV, RELATED, TICKER, COMMENTS, FOOTER, SIDEBAR, ...SPEECH.map((p) => `<p>${p}</p>`), '<br>', '<div></div>', '<h2>话题：老城新貌展活力</h2>');
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        piece,
        fc.tuple(fc.constantFrom('div', 'section', 'td', 'span', 'article', 'li'), fc.constantFrom('', 'content', 'side', 'related', 'main', 'list'), fc.array(tie('node'), { maxLength: 4 })).map(
          ([tag, cls, kids]) => `<${tag} class="${cls}">${kids.join('')}</${tag}>`,
        ),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (parts) => {
        const doc = page(parts.join(''));
        const main = findMainContent(doc);
        if (main.kind === 'article' && !doc.body.contains(main.element)) return false;
        const whole = new Set(blocksFromDocument(doc, { whole: true }).map((b) => b.text));
        return blocksFromDocument(doc).every((b) => whole.has(b.text));
      }),
      { numRuns: 150, seed: 13 },
    );
  });
});
