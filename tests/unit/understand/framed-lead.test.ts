/**
 * The page check's step for a round announced in its headline or lead (lib/understand/framed-lead.ts), on pages
 * written here in the layout of the sessions' reports that batches 37–75 hold: two deputies told in the reporter's
 * prose, no label anywhere. The step lets the page through to the parse, which decides; a story that announces
 * views but quotes one person is refused there. And the paragraph voices' shortcut past a document's or a
 * meeting's words (paragraph-voice-cues.ts) finds the same people as before.
 */
import { describe, expect, it } from 'vitest';
import { checkPage, detectFeature, explainDocument } from '@/lib/understand';
import { countParagraphVoices } from '@/lib/understand/paragraph-voice-cues';
import { parseHtml } from '@/scripts/cli/input';

function page(paragraphs: string[], title: string): Document {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return parseHtml(`<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`).document;
}

const ANNOUNCING = '3月6日上午，河南代表团驻地，多位全国人大代表就稳定菜价展开讨论。';
const PLAIN_LEAD = '3月6日，河南省代表团举行分组审议。';
const VOICES = [
  '“菜贵的时候，老百姓最有感受。”全国人大代表、郑州市菜农合作社理事长李秀英在发言中说，蔬菜从地头到餐桌要经过好几道环节，每一道都要加价。',
  '她建议，在城市社区多设一些平价蔬菜直销点，让农民直接进城卖菜，减少中间环节。',
  '全国人大代表、河南农业大学教授王建军也谈到了这个问题。他认为，稳定菜价关键在于稳定生产，要加大对蔬菜大棚和冷链物流的投入。',
  '“冬天一场大雪，菜价就上去了。”王建军说，有了冷库和大棚，淡季的供应就有了保障。',
];

describe('a round announced in its lead or headline passes the check, and the parse decides', () => {
  it.each([
    ['the lead announces several deputies', [ANNOUNCING, ...VOICES], '菜价牵动代表心', ANNOUNCING],
    ['the headline names the group and its view', [PLAIN_LEAD, ...VOICES], '代表委员热议菜价', '代表委员热议菜价'],
    ['members reacting in turn, traditional script', ['多名立法會議員昨日紛紛就新措施表態。', ...VOICES], '新措施出爐', '多名立法會議員昨日紛紛就新措施表態。'],
  ])('%s', (_name, paragraphs, title, cue) => {
    const doc = page(paragraphs, title);
    const check = checkPage(doc);
    // (the step runs only when every step before it failed)
    expect(check.framedLead).toBe(cue);
    expect(check.passes).toBe(true);
  });

  it('the two deputies of the announced round are detected, and --explain says which sentence let the page through', () => {
    const doc = page([ANNOUNCING, ...VOICES], '菜价牵动代表心');
    expect(detectFeature(doc)).toBe(true);
    expect(explainDocument(doc)).toContain(`✓ a headline or lead announcing a round of views: "${ANNOUNCING.slice(0, 30)}…"`);
    expect(explainDocument(page([PLAIN_LEAD, ...VOICES], '河南代表团分组审议'))).toContain('✗ a headline or lead announcing a round of views');
  });

  it.each([
    ['the same voices under a plain lead and headline', [PLAIN_LEAD, ...VOICES], '河南代表团分组审议'],
    // a lead further down is not read: the step's cost stays that of three paragraphs
    ['the announcement in the fifth paragraph', [PLAIN_LEAD, ...VOICES, ANNOUNCING], '河南代表团分组审议'],
    // "我们" is the reporter, not a group: the marker wants a group's 们
    ['the reporter as 我们', ['我们认为，稳定菜价关键在于稳定生产。', ...VOICES], '河南代表团分组审议'],
  ])('not announced: %s', (_name, paragraphs, title) => {
    const check = checkPage(page(paragraphs, title));
    expect(check.framedLead).toBeNull();
    expect(check.passes).toBe(false);
  });

  it('a story that announces views but quotes one person passes the check and is refused by the parse', () => {
    const doc = page([ANNOUNCING, VOICES[0]!, VOICES[1]!, '据了解，今年河南省蔬菜种植面积稳定在2600万亩以上。'], '菜价牵动代表心');
    expect(checkPage(doc).passes).toBe(true);
    expect(detectFeature(doc)).toBe(false);
  });

  it('the tab’s title is read where the <h1> is the site’s logo', () => {
    const doc = parseHtml(`<!doctype html><html><head><title>代表委员热议菜价 - 城东晚报</title></head><body><h1>城东晚报</h1><article>${[PLAIN_LEAD, ...VOICES].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`).document;
    expect(checkPage(doc).framedLead).toBe('代表委员热议菜价 - 城东晚报');
  });

  it('paragraphs above the printed headline are the page’s bars, not its lead', () => {
    const promo = `<div class="bar"><p>${ANNOUNCING}</p></div>`;
    const article = `<article><h1>河南代表团分组审议</h1>${[PLAIN_LEAD, ...VOICES].map((p) => `<p>${p}</p>`).join('')}</article>`;
    const above = parseHtml(`<!doctype html><html><head><title>河南代表团分组审议</title></head><body>${promo}${article}</body></html>`).document;
    expect(checkPage(above).framedLead).toBeNull();
    // the same paragraph under the headline is the lead
    const below = parseHtml(`<!doctype html><html><head><title>河南代表团分组审议</title></head><body><article><h1>河南代表团分组审议</h1><p>${ANNOUNCING}</p>${VOICES.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`).document;
    expect(checkPage(below).framedLead).toBe(ANNOUNCING);
  });

  it('a headline list link in a paragraph of its own is not read as the lead', () => {
    const doc = page([`<a href="/a">${ANNOUNCING}</a>`, PLAIN_LEAD, ...VOICES], '河南代表团分组审议');
    expect(checkPage(doc).framedLead).toBeNull();
  });
});

describe('the paragraph voices step past what a document or a meeting says', () => {
  const voices = (paragraphs: string[]) => countParagraphVoices(page(paragraphs, '新闻').body);
  it.each([
    ['a government report', '今年政府工作报告明确提出，要扎实推进乡村全面振兴，守牢确保粮食安全的底线。'],
    ['a meeting', '会议强调，要把稳就业摆在更加突出的位置，多措并举稳定和扩大就业。'],
    ['a report, again', '報告再次指出，要加快發展新質生產力，推動產業轉型升級。'],
  ])('%s names nobody', (_name, paragraph) => {
    expect(voices([paragraph]).reported).toBe(0);
  });

  it.each([
    ['a member proposing', '市政协委员张伟提出，应当加快建设社区食堂，让老人吃得上、吃得好。', 1],
    ['a member after the report', '今年政府工作报告明确提出，要扎实推进乡村全面振兴。|市政协委员张伟提出，应当加快建设社区食堂，让老人吃得上、吃得好。', 1],
  ])('a person still counts: %s', (_name, paragraphs, people) => {
    expect(voices(paragraphs.split('|')).reported).toBe(people);
  });
});
