/** The per-page check: cheap necessary condition, then a full parse; real pages in happy-dom. */
import { describe, expect, it } from 'vitest';
import { detectFeature, mightBeFeature } from '@/lib/understand/detect';
import { htmlDocument, readFixture } from './support';

describe('detectFeature', () => {
  it.each([
    'seed-epaper.html',
    'understand/npc-voices.html',
    'understand/night-economy.html',
    'understand/school-voices.html',
    'understand/education-quotes.html',
    'understand/policy-address-hk.html',
    'understand/forum-host.html',
    'understand/guests-introduced.html',
  ])('detects %s', (file) => {
    expect(detectFeature(htmlDocument(file))).toBe(true);
  });

  it.each([
    'understand/neg-single-reporter.html',
    'understand/neg-interview.html',
    'understand/neg-headlines.html',
    'understand/neg-release.html',
  ])('rejects %s', (file) => {
    expect(detectFeature(htmlDocument(file))).toBe(false);
  });

  it('rejects a page with no Chinese opening text at once', () => {
    const doc = htmlDocument('understand/neg-headlines.html');
    doc.body.textContent = 'Council approves transport budget. Officials said: ten new routes.';
    expect(detectFeature(doc)).toBe(false);
  });
});

describe('mightBeFeature (the quick condition)', () => {
  it('holds for text with two speaker labels followed by speech', () => {
    expect(mightBeFeature(readFixture('seed.txt'))).toBe(true);
    expect(mightBeFeature(readFixture('understand/policy-address-hk.txt'))).toBe(true);
    expect(mightBeFeature(readFixture('understand/education-quotes.txt'))).toBe(true);
  });

  it('fails for a story that only reports speech, and for headlines without speech', () => {
    expect(mightBeFeature(readFixture('understand/neg-single-reporter.txt'))).toBe(false);
    expect(mightBeFeature(readFixture('understand/neg-headlines.txt'))).toBe(false);
  });
});

describe('mightBeFeature: where cues sit', () => {
  it('counts labels that open a line or follow a sentence end, and "——" attributions on their own line', () => {
    expect(mightBeFeature('开场白。市民张新海：榆次老城变美了。\n村民李秀英：日子越过越好。')).toBe(true);
    expect(mightBeFeature('“要让企业成为创新主体。”\n——全国人大代表、某公司董事长项兴初\n“基础研究是源头。”\n——全国政协委员、中国科学院院士张锦')).toBe(true);
    // blocks joined without a separator: a topic line's colon ends it
    expect(mightBeFeature('话题一：托育服务如何普惠市政协委员、市妇幼保健院副院长郑雅文： 缺口较大。话题二：养老市政协委员、市老年大学校长潘国庆：老有所学。')).toBe(true);
  });

  it('counts the formats without a colon: quotation——handle on one line, name（role）「…」', () => {
    expect(mightBeFeature('網友熱議\n「這個政策太及時了。」——網友「晨曦微露」\n「希望各地盡快落實。」——網友「老李說事」')).toBe(true);
    expect(mightBeFeature('市民看施政報告\n陳先生（的士司機）「生意比以前差咗好多，希望政府幫幫手。」\n黃太（家庭主婦）「菜價越來越貴，開支好大壓力。」')).toBe(true);
    expect(mightBeFeature('“晚上出来逛逛，感觉很好。”家住迎泽区的王女士说。“价格也实惠。”在附近上班的李先生说。“生意好了。”摊主张师傅说。')).toBe(true);
    // narrative "他说。" after a quotation is no vox pop
    expect(mightBeFeature('“晚上出来逛逛，感觉很好。”他说。“价格也实惠。”她说。“生意好了。”他们说。')).toBe(false);
    // a role+name "——" attribution under a quotation: two of them, or nothing
    expect(mightBeFeature('陳先生（的士司機）「生意比以前差咗好多，希望政府幫幫手。」')).toBe(false);
    // a talk's title in quotes after a name: no sentence follows
    expect(mightBeFeature('朱民（中国银行行长助理）“全球经济失衡的调整”\n李扬（中国社科院金融所所长）“金融改革”')).toBe(false);
  });

  it('counts two distinct voices: one answerer labelled again and again is one', () => {
    expect(mightBeFeature('张韫：综合素质评价很重要。\n记者：周期长吗？\n张韫：需要三到五年。')).toBe(false);
    expect(mightBeFeature('张韫：综合素质评价很重要。\n李明：需要三到五年。')).toBe(true);
  });

  it('does not count list items: a headline on the label\'s line, a stock code, a programme\'s room and role', () => {
    // each headline on its own line; the next sentence end belongs to other text
    expect(mightBeFeature('    胡锡进：美国不该这样对待盟友\n    海外网：多国专家呼吁加强合作\n正文。正文。')).toBe(false);
    expect(mightBeFeature('  海外网：英国又拿香港“护照问题”说事 究竟要干嘛?\n  特朗普白宫里“逛地摊” 网友：又不戴口罩！\n')).toBe(false);
    expect(mightBeFeature('（002776）柏堡龙：本周涨幅61.29%。\n（002771）万林股份：本周涨幅45.2%。')).toBe(false);
    expect(mightBeFeature('经济学院第二教学楼202  主  席：海闻（北京大学）。\n经济学院第二教学楼302 主  席：樊纲（国民经济研究所）。')).toBe(false);
    // a role and a Latin name on the label's line, the speech below
    expect(mightBeFeature('AMUNDI副首席投资官：Vincent Mortier\n估值确实过高。\nLGIM首席投资官：Sonja Laud\n不。')).toBe(true);
  });

  it('does not count a clause subject after a comma, or dashes inside a sentence', () => {
    expect(mightBeFeature('今天上午，市民张新海：榆次老城变美了。随后，村民李秀英：日子越过越好。')).toBe(false);
    expect(mightBeFeature('这座城——全国人大代表、某公司董事长项兴初的家乡——变化很大。那片海——全国政协委员、中国科学院院士张锦的故乡。')).toBe(false);
  });

  it('counts vox pop paragraphs ("市民李女士说：“…”") only when there are three', () => {
    const two = '家住滨河小区的市民李女士说：“以前要倒两趟车。”\n退休教师王大爷说：“首班车提前了。”';
    expect(mightBeFeature(two)).toBe(false);
    expect(mightBeFeature(`${two}\n在校大学生小陈说：“回家方便多了。”`)).toBe(true);
    expect(mightBeFeature(readFixture('understand/blind/b08-voxpop.txt'))).toBe(true);
  });

  it('holds on a vox pop page (the quick check and the parse agree)', () => {
    const lines = readFixture('understand/blind/b08-voxpop.txt').split('\n').slice(1);
    const doc = htmlDocument('understand/neg-headlines.html');
    doc.body.replaceChildren();
    for (const line of lines) {
      const p = doc.createElement('p');
      p.textContent = line;
      doc.body.append(p);
    }
    expect(detectFeature(doc)).toBe(true);
  });
});

describe('detectAndAnalyze', () => {
  it('returns the analysis of a roundtable page in one go, and null elsewhere', async () => {
    const { detectAndAnalyze } = await import('@/lib/understand');
    const analysis = detectAndAnalyze(htmlDocument('seed-epaper.html'));
    expect(analysis?.outline.topics.map((t) => t.title)).toEqual(['太原晋中一体化', '老城新貌展活力', '城乡联动共发展', '“小县大城”绘新景']);
    expect(analysis?.root?.className).toBe('article');
    expect(detectAndAnalyze(htmlDocument('understand/neg-single-reporter.html'))).toBeNull();
  });
});
