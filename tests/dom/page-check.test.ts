/**
 * The per-page check on whole pages (happy-dom): where it reads cues. Headline lists of "名字：标题" links
 * fail it (a story beside them that says a group spoke is let through on that, and refused by the parse); a roundtable passes it in every markup sites use (<p>, <div> with <br>, bold labels, "——"
 * attributions, bare <div> lines). The check reads the page and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { checkPage, detectFeature, mightBeFeature } from '@/lib/understand/detect';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>新闻</title></head><body>${body}</body></html>`, 'text/html') as unknown as Document;
}

const NAV = '<div class="nav"><a href="/">首页</a> <a href="/news">要闻</a> <a href="/local">本地</a> <a href="/opinion">评论</a></div>';
// A reporter's story: narrative, no labels, long enough to be the page's paragraph text.
const STORY = [
  '本报讯（记者 张明）今年以来，我市持续推进老城区改造，截至目前已完成街巷整治四十余条，惠及居民两万余户。',
  '据市住建局介绍，改造工程坚持“先地下、后地上”的原则，同步更新供水、排水和燃气管网，并新增停车泊位一千二百个。',
  '走进改造后的南关街，青砖灰瓦的院落错落有致，沿街店铺的招牌也统一了样式。不少居民表示，出门办事比以前方便多了。',
  '下一步，我市将把改造范围扩大到城北片区，计划年内再完成街巷整治三十条，并探索引入社会资本参与后续运营管理。',
  '专家认为，老城区改造既要改善居住条件，也要留住城市记忆，应在保护历史风貌的前提下，让老街区焕发新的活力。',
];
const STORY_P = STORY.map((s) => `<p>${s}</p>`).join('\n');
// Headlines as portals write them: a name, a colon, a sentence that ends.
const HEADLINES = [
  '胡锡进：香港这仗就是要让华盛顿明白。',
  '福奇：美国疫情可能进一步恶化。',
  '王毅：中方愿同各方加强沟通协调。',
  '钟南山：秋冬季仍需做好个人防护。',
  '张文宏：疫苗研发要尊重科学规律。',
  '李兰娟：冷链食品检测不能放松。',
];
const link = (h: string, i: number) => `<a href="/news/${i}.html" title="${h}">${h}</a>`;

// Speakers' lines, as the project's tests write them.
const VOICES = ['市民张新海：榆次老城变美了，晚上出来走走的人越来越多。', '村民李秀英：日子越过越好，孩子们都愿意回来了。', '个体户王建国：游客多了，生意比去年好做多了。'];
const ATTRIBUTED = [
  '“要让企业成为创新主体，把更多资源投向研发。”',
  '——全国人大代表、某公司董事长项兴初',
  '“基础研究是源头，必须久久为功。”',
  '——全国政协委员、中国科学院院士张锦',
];

describe('checkPage: headline lists fail', () => {
  it.each([
    ['a list of <li><a>', `<ul class="list">${HEADLINES.map((h, i) => `<li>${link(h, i)}<span class="time">07-03</span></li>`).join('\n')}</ul>`],
    ['headline blocks <h3><a>', HEADLINES.map((h, i) => `<div class="news_title"><h3>${link(h, i)}</h3></div>`).join('\n')],
    ['links wrapping a <span>', `<ul>${HEADLINES.map((h, i) => `<li><a href="/n/${i}"><span>${h}</span></a></li>`).join('\n')}</ul>`],
    ['paragraphs that are one link each', HEADLINES.map((h, i) => `<p>${link(h, i)}</p>`).join('\n')],
  ])('%s beside an article', (_, list) => {
    const doc = page(`${NAV}<div class="article"><h1>老城区改造惠及两万余户</h1>${STORY_P}</div><div class="side"><h2>热点新闻</h2>${list}</div>`);
    // the cues are in the page's text: only where they sit tells them apart
    expect(mightBeFeature(doc.body.textContent ?? '')).toBe(true);
    // no step counts the headlines; the story's own third paragraph ("不少居民表示") lets it through to the parse,
    // which refuses it (framed-lead.ts: a group said to speak is worth a parse, and no more)
    expect(checkPage(doc)).toMatchObject({ chinese: true, textCues: false, boldLabels: 0, looseLines: 0, framedLead: STORY[2], passes: true });
    expect(detectFeature(doc)).toBe(false);
  });

  it.each([
    ['<li><a>', `<ul>${HEADLINES.map((h, i) => `<li>${link(h, i)}</li>`).join('\n')}</ul>`],
    ['<h3><a>', HEADLINES.map((h, i) => `<h3>${link(h, i)}</h3>`).join('\n')],
  ])('a list page of %s with no article at all', (_, list) => {
    const doc = page(`${NAV}<div class="main"><h2>新闻中心</h2>${list}</div>`);
    expect(mightBeFeature(doc.body.textContent ?? '')).toBe(true);
    expect(checkPage(doc).passes).toBe(false);
  });

  it('one voice answering again and again is not two voices', () => {
    const answers = ['张韫：我们今年的重点是把产品做扎实。', '记者：外界关心的融资进展如何？', '张韫：融资按计划推进，年底会有结果。', '张韫：团队规模会保持稳定。'];
    const doc = page(`${NAV}<div class="article">${STORY_P}${answers.map((a) => `<p>${a}</p>`).join('\n')}</div>`);
    expect(checkPage(doc).textCues).toBe(false);
  });
});

describe('checkPage: a roundtable passes in every markup', () => {
  const withList = `<div class="side"><ul>${HEADLINES.map((h, i) => `<li>${link(h, i)}</li>`).join('')}</ul></div>`;
  it.each([
    ['<p> per speaker', `${STORY_P}${VOICES.map((v) => `<p>${v}</p>`).join('\n')}`, 'textCues'],
    ['<p> per speaker, indented with full-width spaces', `${STORY_P}${VOICES.map((v) => `<p>　　${v}</p>`).join('\n')}`, 'textCues'],
    ['one <div> broken by <br>', `<div class="text">${[...STORY, ...VOICES].join('<br>\n')}</div>`, 'textCues'],
    ['<br> lines without newlines in the source', `<div class="text">${[...STORY, ...VOICES].join('<br><br>')}</div>`, 'textCues'],
    ['bold labels in <strong>, each over its statement', `${STORY_P}<p><strong>全国人大代表、白塔村党总支书记欧阳华</strong></p><p>乡村振兴，关键在人。我们村这几年引回了四十多名年轻人。</p><p><strong>全国政协委员、中国科学院院士张锦</strong></p><p>基础研究是源头，必须久久为功。</p>`, 'boldLabels'],
    ['"——" attributions in <p>', `${STORY_P}${ATTRIBUTED.map((a) => `<p>${a}</p>`).join('\n')}`, 'textCues'],
    ['bare <div> lines, no <p> at all', VOICES.map((v) => `<div>${v}</div>`).join('\n'), 'textCues'],
    ['a lead in <p>, the lines in bare <div>s beside it', `${STORY_P}${VOICES.map((v) => `<div class="line">${v}</div>`).join('\n')}`, 'textCues'],
    ['"——" attributions in bare <div>s after a <p> lead', `${STORY_P}${ATTRIBUTED.map((a) => `<div>${a}</div>`).join('\n')}`, 'textCues'],
    ['labels in <b> inside each <p>', `${STORY_P}${VOICES.map((v) => v.split('：')).map(([l, t]) => `<p><b>${l}：</b>${t}</p>`).join('\n')}`, 'textCues'],
  ])('%s', (_, article, cue) => {
    const doc = page(`${NAV}<div class="article"><h1>老城区改造惠及两万余户</h1>${article}</div>${withList}`);
    const before = doc.documentElement.outerHTML;
    const check = checkPage(doc);
    expect(check.passes).toBe(true);
    expect(cue === 'boldLabels' ? check.boldLabels : check.textCues).toBe(cue === 'boldLabels' ? 2 : true);
    // a check reads, it does not change the page
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
