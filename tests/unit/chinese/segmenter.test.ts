/**
 * DuBao's own word segmentation (lib/chinese/segmenter.ts over the word list built by
 * scripts/build-segmenter-data.ts): real news sentences → the words a reader sees, the same in every
 * browser; and, for any text, spans that cover it exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSegmenter } from '@/lib/chinese/segmenter';
import { COMMON_MAX_COST, createWordCostsDecoder, cutWordCosts, decodeWordCosts, encodeWordCosts, type WordCosts } from '@/lib/chinese/word-costs';
import { segmentCommonWords, segmentWords } from '@/lib/chinese/words';
import { buildWordCostsText } from '@/scripts/build-segmenter-data';

const words = (text: string) => segmentWords(text).map((w) => w.text).join('|');

describe('segmentWords: real sentences → words', () => {
  // Where Firefox's ICU split differently (issue 17): 与太|原市, 每一|寸土|地, 为我|们, 新能|源, 将一|如|既往.
  it.each([
    ['连续三年与太原市联合制定年度行动方案', '连续|三|年|与|太原市|联合|制定|年度|行动|方案'],
    ['珍惜每一寸土地', '珍惜|每|一|寸|土地'],
    ['为我们带来便利', '为|我们|带来|便利'],
    ['在新能源、高端装备制造及物流等领域', '在|新|能源|、|高端|装备|制造|及|物流|等|领域'],
    ['我们将一如既往地支持', '我们|将|一如既往|地|支持'],
    ['银行行长了解到情况', '银行|行长|了解|到|情况'],
    ['已经从十几头发展到两百多', '已经|从|十几|头|发展|到|两百|多'],
    ['党员几十年如一日地为乡亲们服务', '党员|几十|年|如|一日|地|为|乡亲|们|服务'],
    ['2024年，GDP增长5.2%。', '2024|年|，|GDP|增长|5.2|%|。'],
    ['DuBao 读报 v0.1', 'DuBao| |读报| |v0.1'],
    // Words that settle a polyphone stay whole (read quē, chóng as the word; split, the lone
    // character's row would decide): pinyin-pro's counted words, added by the build.
    ['此事暂付阙如', '此事|暂|付|阙如'],
    ['老街改造后重开', '老街|改造|后|重开'],
    // …but not words that only differ by tone sandhi (一寸 yí) or an X为 the rows decide.
    ['他被贬为县令', '他|被|贬|为|县令'],
  ])('%s → %s', (text, expected) => {
    expect(words(text)).toBe(expected);
  });

  it('counts offsets in code points (a character outside the BMP is one)', () => {
    const spans = segmentWords('𠮷野家开业');
    expect(spans.map((w) => [w.start, w.end])).toEqual(
      spans.map((w, i) => {
        const start = spans.slice(0, i).reduce((n, s) => n + Array.from(s.text).length, 0);
        return [start, start + Array.from(w.text).length];
      }),
    );
    expect(spans.at(-1)!.end).toBe(Array.from('𠮷野家开业').length);
  });

  it('the understanding segments with the common words alone: the same with the full list or its cut', () => {
    const text = '市发展和改革委员会党组成员、副主任渠德鹏：近年来，我市在推动太原晋中一体化方面做了大量工作。';
    const full = segmentCommonWords(text).map((w) => w.text);
    const cut = createSegmenter(decodeWordCosts(cutWordCosts(buildWordCostsText(), COMMON_MAX_COST)));
    expect(cut.segment(text).map((w) => w.text)).toEqual(full);
    expect(full.join('')).toBe(text);
  });
});

describe('the word list', () => {
  it('reads back what it encodes', () => {
    const entries = new Map([['土地', 88], ['寸', 103], ['每', 80], ['一', 42]]);
    const decoded = decodeWordCosts(encodeWordCosts(entries));
    expect([...decoded.costs].sort()).toEqual([...entries].sort());
    expect(decoded.longest.get('土'.charCodeAt(0))).toBe(2);
    expect(decoded.unknown).toBeGreaterThan(103);
  });

  // The decoding as it was written before slices (one pass over the lines): the reference.
  function decodeAtOnce(text: string, maxCost = Infinity): WordCosts {
    const costs = new Map<string, number>();
    const longest = new Map<number, number>();
    const prefixes = new Set<string>();
    let max = 0;
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const cost = Number(line.slice(0, tab));
      if (!Number.isFinite(cost) || cost > maxCost) continue;
      if (cost > max) max = cost;
      for (const word of line.slice(tab + 1).split(' ')) {
        if (!word) continue;
        costs.set(word, cost);
        const first = word.charCodeAt(0);
        if ((longest.get(first) ?? 0) < word.length) longest.set(first, word.length);
        for (let k = 2; k < word.length; k++) prefixes.add(word.slice(0, k));
      }
    }
    return { costs, longest, prefixes, unknown: max + 20 };
  }
  const same = (a: WordCosts, b: WordCosts) => {
    expect([...a.costs]).toEqual([...b.costs]);
    expect([...a.longest].sort()).toEqual([...b.longest].sort());
    expect([...a.prefixes].sort()).toEqual([...b.prefixes].sort());
    expect(a.unknown).toBe(b.unknown);
  };

  it('decodes a slice at a time to exactly what one pass gives (the whole list, and its common cut)', () => {
    const text = buildWordCostsText();
    for (const maxCost of [Infinity, COMMON_MAX_COST]) {
      const decoder = createWordCostsDecoder(text, maxCost);
      let slices = 1;
      while (!decoder.step(7_777)) slices++;
      expect(slices).toBeGreaterThan(3);
      same(decoder.finish(), decodeAtOnce(text, maxCost));
      expect(decoder.finish()).toBe(decoder.finish());
    }
  });

  it('any list, cut into slices of any size, decodes as one pass does (odd lines too)', () => {
    const word = fc.string({ unit: fc.constantFrom(...Array.from('土地每一寸𠮷')), minLength: 1, maxLength: 4 });
    const line = fc.oneof(
      fc.tuple(fc.constantFrom('12', '80', '135', '200', '', 'x', '1e3'), fc.array(fc.oneof(word, fc.constant('')), { maxLength: 5 })).map(([cost, words]) => `${cost}\t${words.join(' ')}`),
      fc.constantFrom('', 'no tab here', '\t'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.boolean(), fc.integer({ min: 1, max: 5 }), fc.constantFrom(Infinity, 100), (lines, trailing, slice, maxCost) => {
        const text = lines.join('\n') + (trailing ? '\n' : '');
        const decoder = createWordCostsDecoder(text, maxCost);
        while (!decoder.step(slice));
        same(decoder.finish(), decodeAtOnce(text, maxCost));
      }),
    );
  });

  it('a small list splits by likelihood: 每一寸土地 as 每|一|寸|土地, not 每一|寸土|地', () => {
    const seg = createSegmenter(decodeWordCosts(encodeWordCosts(new Map([['每一', 130], ['寸土', 140], ['土地', 88], ['地', 62], ['每', 80], ['一', 42], ['寸', 103], ['土', 90]]))));
    expect(seg.segment('每一寸土地').map((w) => w.text)).toEqual(['每', '一', '寸', '土地']);
  });
});

describe('properties', () => {
  const chinese = fc.string({ unit: fc.constantFrom(...Array.from('的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严'), ...Array.from('，。、；：？！“”《》（）—…0123456789abcXYZ %.\n\t 　'), '𠮷') });

  it('the words concatenate to the input, in order, without gaps, and segmenting never throws', () => {
    fc.assert(
      fc.property(fc.oneof(chinese, fc.string(), fc.string({ unit: 'binary' })), (text) => {
        for (const segment of [segmentWords, segmentCommonWords]) {
          const spans = segment(text);
          expect(spans.map((w) => w.text).join('')).toBe(text);
          let pos = 0;
          for (const w of spans) {
            expect(w.start).toBe(pos);
            expect(w.end).toBe(pos + Array.from(w.text).length);
            expect(w.text.length).toBeGreaterThan(0);
            pos = w.end;
          }
          expect(pos).toBe(Array.from(text).length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('without a word list', () => {
  it('the understanding still segments calmly (each Han character a word); the readings refuse to guess', async () => {
    const { vi } = await import('vitest');
    vi.resetModules();
    const fresh = await import('@/lib/chinese/words');
    expect(fresh.hasWordSegmenter()).toBe(false);
    expect(fresh.segmentCommonWords('我们在2024年').map((w) => w.text)).toEqual(['我', '们', '在', '2024', '年']);
    expect(() => fresh.segmentWords('我们')).toThrow(/no word list/);
  });
});
