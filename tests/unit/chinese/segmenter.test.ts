/**
 * DuBao's own word segmentation (lib/chinese/segmenter.ts over the word list built by
 * scripts/build-segmenter-data.ts): real news sentences → the words a reader sees, the same in every
 * browser; and, for any text, spans that cover it exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSegmenter } from '@/lib/chinese/segmenter';
import { COMMON_MAX_COST, cutWordCosts, decodeWordCosts, encodeWordCosts, indexWordCosts, type DecodedWordCosts, type WordCosts } from '@/lib/chinese/word-costs';
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

  /** The index answers every lookup as the decoded maps do: each word, each unit's longest, prefixes and not. */
  function sameLookups(index: WordCosts, decoded: DecodedWordCosts, probes: readonly string[] = []) {
    // Differences gathered (one expect per word would take long over the whole list).
    const off: string[] = [];
    for (const [word, cost] of decoded.costs) if (index.costs.get(word) !== cost) off.push(`cost ${word}`);
    for (const [unit, length] of decoded.longest) if (index.longest.get(unit) !== length) off.push(`longest ${unit}`);
    for (const prefix of decoded.prefixes) if (!index.prefixes.has(prefix)) off.push(`prefix ${prefix}`);
    for (const probe of probes) {
      if (index.costs.get(probe) !== decoded.costs.get(probe)) off.push(`probe cost ${probe}`);
      if (index.prefixes.has(probe) !== decoded.prefixes.has(probe)) off.push(`probe prefix ${probe}`);
      if (probe && index.longest.get(probe.charCodeAt(0)) !== decoded.longest.get(probe.charCodeAt(0))) off.push(`probe longest ${probe}`);
    }
    expect(off).toEqual([]);
    expect(index.unknown).toBe(decoded.unknown);
  }

  it('the index looks words up as the decoded list does (the whole list, and its common cut)', () => {
    const text = buildWordCostsText();
    const probes = ['城乡融合', '融合发', '不存在的词', '的', '𠮷', 'abc', ''];
    for (const maxCost of [Infinity, COMMON_MAX_COST]) sameLookups(indexWordCosts(text, maxCost), decodeWordCosts(text, maxCost), probes);
    // And segments the same: the seed-like text, split by both.
    const sentence = '城乡融合发展，重在长远：乡长说，2026年的新规划已经开始实施。每一寸土地都有人耕种。';
    expect(createSegmenter(indexWordCosts(text)).segment(sentence)).toEqual(createSegmenter(decodeWordCosts(text)).segment(sentence));
  });

  it('any list, odd lines and repeated words too, is indexed as it decodes', () => {
    const unit = fc.constantFrom(...Array.from('土地每一寸'), '𠮷');
    const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((u) => u.join(''));
    const line = fc.oneof(
      fc.tuple(fc.constantFrom('12', '80', '135', '200', '', 'x', '1e3'), fc.array(fc.oneof(word, fc.constant('')), { maxLength: 5 })).map(([cost, words]) => `${cost}\t${words.join(' ')}`),
      fc.constantFrom('', 'no tab here', '\t'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.boolean(), fc.constantFrom(Infinity, 100), fc.array(word, { maxLength: 6 }), (lines, trailing, maxCost, probes) => {
        const text = lines.join('\n') + (trailing ? '\n' : '');
        sameLookups(indexWordCosts(text, maxCost), decodeWordCosts(text, maxCost), probes);
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
