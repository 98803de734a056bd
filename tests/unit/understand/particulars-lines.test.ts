/**
 * A series of interviews heads each person's words with their name and particulars in brackets ("某某（男，46岁）",
 * "某某（从业5年，自己买的车）"). Texts written here, simplified and traditional, with a lone head and brackets
 * that hold no person's particulars.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';
import { readParticulars } from '@/lib/understand/particulars-lines';

function labelled(text: string): string[] {
  const res = parseBlocks(blocksFromText(text), { fromDocument: false });
  return res.lines.filter((it) => (it.kind === 'label' || it.kind === 'attribution') && !it.host && it.speaker?.name).map((it) => it.speaker!.name!);
}

describe('readParticulars', () => {
  it.each([
    ['男，52岁', { role: null }],
    ['女,31歲,護士', { role: '護士' }],
    ['从业8年，自己买的车', { role: '从业8年，自己买的车' }],
    ['六十五岁，退休工人', { role: '退休工人' }],
    // a place, a photo note, a lone age: no person's particulars to go by
    ['北京', null],
    ['资料图', null],
    ['右一，左二', null],
  ])('%s', (inner, want) => {
    expect(readParticulars(inner)).toEqual(want);
  });
});

describe('name and particulars heading each person\'s words', () => {
  it('simplified: three drivers, each head over their own words', () => {
    const text = [
      '夜班司机说生活',
      '冯立新（男，52岁）',
      '我开车二十年了，最大的感受是路越来越堵，可乘客越来越讲礼貌。',
      '秦玉梅（从业8年，自己买的车）',
      '我每天早上六点出车，晚上九点收工，挣的钱够一家人花。',
    ].join('\n');
    expect(labelled(text)).toEqual(['冯立新', '秦玉梅']);
  });

  it('traditional script', () => {
    const text = ['街坊談舊區重建', '鄭美玲（女，67歲）', '我在這條街住了四十年，樓下的茶餐廳一拆，老街坊就散了。', '黃志偉（男，35歲，的士司機）', '重建我不反對，但賠償要講清楚，不能讓老人家吃虧。'].join('\n');
    expect(labelled(text)).toEqual(['鄭美玲', '黃志偉']);
  });

  it('one head alone is a case in a story, not a series', () => {
    const text = ['冯立新（男，52岁）', '冯立新是本市第一批出租车司机，去年退休后开了一家修车铺，生意不错。', '据统计，全市出租车司机平均年龄已超过四十五岁。'].join('\n');
    expect(labelled(text)).toEqual([]);
  });

  it('brackets that hold no particulars name nobody', () => {
    const text = ['冯立新（资料图）', '本市今年将新增出租车五百辆，全部为新能源车型。', '秦玉梅（北京）', '北京的网约车数量也在持续增长，监管部门表示将加强管理。'].join('\n');
    expect(labelled(text)).toEqual([]);
  });
});
