/**
 * Garbled mirror pages (lib/understand/lines.ts stripReadingGlosses): a mirror prints pinyin glosses after
 * characters ("政協(xié)委員"); labels are matched reading past them, and names, roles and speech are given back
 * as printed (printed-glosses.ts). Also the
 * names such collections hold: "以" opening a given name (厉以宁), "冠军" as a title. Written here in the
 * layout of real collected-quote pages, simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { matchAttribution, matchQuoteAttribution, stripReadingGlosses } from '@/lib/understand/lines';
import { isPersonName, splitSpeakerLabel } from '@/lib/understand/names';

function rows(o: Outline): Array<[string | null, string | null]> {
  return o.topics.flatMap((t) => t.statements.map((s): [string | null, string | null] => [s.speaker.name, s.speaker.role]));
}

describe('stripReadingGlosses', () => {
  it.each([
    ['全國政協(xié)委員、中國科學(xué)院教授', '全國政協委員、中國科學院教授'],
    ['全国政协(xié)委员', '全国政协委员'],
    ['王先生(55歲)', '王先生(55歲)'], // an age in brackets is no gloss
    ['Rick Rieder(CEO)', 'Rick Rieder(CEO)'],
  ])('%s', (text, out) => expect(stripReadingGlosses(text)).toBe(out));
});

describe('quote then dashes, the label glossed', () => {
  it('one line: the speech as printed, the label read past its glosses', () => {
    const m = matchQuoteAttribution('“城鄉(xiāng)一定要一體化,這不能再拖了。” ——全國政協(xié)經(jīng)濟(jì)委員會副主任、經(jīng)濟(jì)學(xué)家周以寧');
    expect(m).toEqual({ speech: '“城鄉(xiāng)一定要一體化,這不能再拖了。”', label: '全國政協經濟委員會副主任、經濟學家周以寧' });
  });
  it('a dash line alone', () => {
    expect(matchAttribution('——全国政协(xié)委员、奥运冠军邓小萍')).toBe('全国政协委员、奥运冠军邓小萍');
  });
  it.each([
    ['traditional', `“具有創(chuàng)新能力的製造,才能真正獲得市場。” ——全國政協(xié)委員、某研究所學(xué)術(shù)委員會主任李家明
“最重要的改革是城鄉(xiāng)二元體制改革,這不能再拖了。” ——全國政協(xié)經(jīng)濟(jì)委員會副主任、經(jīng)濟(jì)學(xué)家周以寧
“只要我們擰成一股繩,就一定能早日走出低谷。” ——全國政協(xié)委員、奧運(yùn)冠軍鄧小萍`, [
      // (names and roles as the page prints them, glosses and all: printed-glosses.ts)
      ['李家明', '全國政協(xié)委員、某研究所學(xué)術(shù)委員會主任'],
      ['周以寧', '全國政協(xié)經(jīng)濟(jì)委員會副主任、經(jīng)濟(jì)學(xué)家'],
      ['鄧小萍', '全國政協(xié)委員、奧運(yùn)冠軍'],
    ]],
    ['simplified', `“具有创(chuàng)新能力的制造,才能真正获得市场。” ——全国政协(xié)委员、某研究所学(xué)术委员会主任李家明
“最重要的改革是城乡(xiāng)二元体制改革,这不能再拖了。” ——全国政协(xié)经济委员会副主任、经济学(xué)家周以宁
“只要我们拧成一股绳,就一定能早日走出低谷。” ——全国政协(xié)委员、奥运冠军邓小萍`, [
      ['李家明', '全国政协(xié)委员、某研究所学(xué)术委员会主任'],
      ['周以宁', '全国政协(xié)经济委员会副主任、经济学(xué)家'],
      ['邓小萍', '全国政协(xié)委员、奥运冠军'],
    ]],
  ])('a collection of glossed quotes (%s)', (_script, text, expected) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    expect(rows(o)).toEqual(expected);
  });
  it('not a story that quotes one glossed member', () => {
    const o = analyzeText(`两会现场直击
本报北京3月5日电 十一届全国人大二次会议今天上午开幕，代表们步入会场。
“危机也是机遇，就看能不能抓住。” ——全国政协(xié)委员、某集团董事长李家明
会议听取了政府工作报告，代表们认为报告务实，会场内多次响起掌声。`);
    expect(o.detected).toBe(false);
  });
});

describe('names: "以"/"和" opening a given name, "冠军" and "村支书" as titles', () => {
  it.each([
    ['厉以宁', true],
    ['厲以寧', true],
    ['刘以为', false], // 以为: "thinks"
    ['王以及', false],
    ['张以此', false],
    // 和 opens a given name too, unless a second surname follows (two people) or it makes a word
    ['巫和懋', true],
    ['张和平', true],
    ['张和王', false],
    ['李和谐', false],
  ])('isPersonName(%s) → %s', (t, yes) => expect(isPersonName(t)).toBe(yes));
  it.each([
    ['全国政协委员、奥运冠军邓小萍', '邓小萍', '全国政协委员、奥运冠军'],
    ['全國政協委員、奧運冠軍鄧小萍', '鄧小萍', '全國政協委員、奧運冠軍'],
    ['某省某新区某村村支书刘桥生', '刘桥生', '某省某新区某村村支书'],
    ['某省某新區某村村支書劉橋生', '劉橋生', '某省某新區某村村支書'],
  ])('%s', (label, name, role) => {
    const s = splitSpeakerLabel(label);
    expect([s.name, s.role, s.evidence >= 2]).toEqual([name, role, true]);
  });
});
