/**
 * A feature that opens on pull quotes signed after dashes ("……是最要紧的。——某俱乐部 某某"), one per <p> in the
 * article's box, on a real page's layout (happy-dom): the check reads the box's paragraphs apart, so a signature
 * closing one paragraph does not run on into the next one's words, and the page is parsed. Also the opening the
 * hand-off reads keeps a name alone on its line over a statement. Page and sentences written for these tests.
 * (The page is long enough, as articles are, for the check to read its paragraphs: a short page's text is read
 * node by node, detect.ts statementText.)
 */
import { describe, expect, it } from 'vitest';
import { checkPage } from '@/lib/understand/detect';
import { readOpeningText } from '@/lib/understand/opening-text';

function page(title: string, body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`, 'text/html') as unknown as Document;
}

const PULL_QUOTES = [
  '孩子们的文化课绝不能落下，学习跟不上的队员，我们宁可让他先停训。——晨星俱乐部 马立新',
  '最缺的是好教练，一个好教练能带出一批好苗子，可现在愿意干这行的人太少。——蓝海足球学校 林志强',
  '场地太少是最大的难题，周末想约一块草地训练，要提前一个月预订。——青苗足球学校校长周国栋',
];
const STORY = [
  '编者按：本市现有少年足球培训机构一百多家，既有民营俱乐部，也有职业俱乐部的梯队和传统的少体校。',
  '近年来，越来越多的家长愿意送孩子学球，但学业压力、教练水平和训练场地，仍是摆在各家机构面前的三道难题。',
  '记者近日走访了其中几家有代表性的机构，听管理者和教练们谈谈他们的困惑，也听家长们说说心里话。',
  '在城东的一块社区球场上，十几个孩子正在练习传球，场边坐满了等着接孩子的家长，有人拿着课本在辅导功课。',
  '一位在场边等孩子的父亲说，孩子从小喜欢踢球，家里也支持，可一到期末考试，训练就只能先停一停，心里很矛盾。',
  '据了解，市体育局今年将新建和改建社区足球场二十块，并在部分中小学试点校园球场课后向社会开放。',
  '业内人士认为，少年足球的发展离不开学校、家庭和社会的共同努力，只有把读书和踢球的关系理顺，才能留住孩子。',
  '下一步，本报还将继续关注少年足球培训的话题，欢迎读者来信来电，说说您身边的故事和您的看法与建议。',
  '记者注意到，不少机构已经开始和附近的学校合作，由学校老师在训练结束后为队员补习文化课，效果还在观察之中。',
  '也有机构尝试把训练时间调整到周末和寒暑假，平时只安排少量的体能训练，尽量不占用孩子们的学习时间。',
];

describe('the check reads the article box paragraph by paragraph', () => {
  it('pull quotes signed after dashes at the end of each <p> pass the check', () => {
    const body = `<article><h1>少年足球：练球和读书怎么兼顾</h1>${[...PULL_QUOTES, ...STORY].map((p) => `<p>${p}</p>`).join('')}</article>`;
    expect(checkPage(page('少年足球：练球和读书怎么兼顾', body)).textCues).toBe(true);
  });

  it('the same story without its pull quotes does not', () => {
    const body = `<article><h1>少年足球：练球和读书怎么兼顾</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`;
    expect(checkPage(page('少年足球：练球和读书怎么兼顾', body)).textCues).toBe(false);
  });
});

describe('the opening keeps a name alone on its line', () => {
  it('"周立群" over particulars and a statement reaches the engine; a two-character link is not read', () => {
    const body = `<div class="nav"><a href="/">首页</a></div><article><p>退休以后的日子，听听他们怎么说。</p><p>周立群</p><p>66岁，原纺织厂工人。</p><p>我希望社区能多办几个老年食堂，吃饭的问题解决了，子女也放心。</p></article>`;
    const lines = readOpeningText(page('退休以后', body)).split('\n');
    expect(lines).toContain('周立群');
    expect(lines).toContain('66岁，原纺织厂工人。');
    expect(lines).not.toContain('首页');
  });
});
