/**
 * The register reader (written Cantonese or standard Chinese, per sentence or quotation) and the colloquial/literary
 * pairs it settles, on sentences of our own, each beside a counter-example in the other register or a fixed word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isCantoneseWord, isColloquial, readRegister } from '@/lib/reading/jyutping-register';
import { buildPairIndex, pickRegisterReadings, REGISTER_PAIRS } from '@/lib/reading/jyutping-colloquial';
import { loadJyutping } from '@/lib/reading/jyutping-load';
import { createReadingEngine } from '@/lib/reading/reading-engine';
import type { ReadingEngine } from '@/lib/reading/contract';
import { buildJyutpingTableText } from '../../../scripts/build-jyutping-table';

const JYUTPING = /^(?:[bpmfdtnlgkhwzcsj]|ng|gw|kw)?(?:aa|a|e|i|o|u|oe|eo|yu)?(?:i|u|m|n|ng|p|t|k)?[1-6]$/;

describe('the register of a unit', () => {
  const CASES: Array<[string, boolean]> = [
    ['佢哋喺度食緊嘢。', true],
    ['我真係唔知。', true],
    ['聽朝記得叫醒我呀。', true], // a word only Cantonese has
    ['阿媽話要早啲返屋企。', true],
    ['你話呢件事點算呀？', true], // 話 "say" and 呀: two weak signs
    ['他們正在用餐。', false],
    ['兩國關係持續改善。', false], // 係 in 關係
    ['請致電查詢熱線了解詳情呀。', false], // one weak sign only
    ['市民可透過電話查詢。', false], // 話 in 電話
    ['當局會聽取各界意見。', false],
  ];
  for (const [text, colloquial] of CASES) {
    it(`${text} → ${colloquial ? 'written Cantonese' : 'standard Chinese'}`, () => {
      expect(isColloquial(Array.from(text))).toBe(colloquial);
    });
  }

  it('knows a word only Cantonese has only as a whole word', () => {
    expect(isCantoneseWord('聽日')).toBe(true);
    expect(isCantoneseWord('屋企')).toBe(true);
    expect(isCantoneseWord('聽')).toBe(false);
    expect(isCantoneseWord('聽日見')).toBe(false);
    expect(isCantoneseWord('日見')).toBe(false);
  });

  it('reads a quotation apart from the sentence around it, and each sentence apart', () => {
    const text = '他表示：「我哋唔會放棄。」當局仍在研究。佢話好平。';
    const register = readRegister(Array.from(text));
    const at = (s: string) => register[Array.from(text.slice(0, text.indexOf(s))).length];
    expect(at('他表示')).toBe(false);
    expect(at('放棄')).toBe(true);
    expect(at('當局')).toBe(false);
    expect(at('好平')).toBe(true);
  });
});

describe('the colloquial/literary pairs', () => {
  it('hold Jyutping syllables, a reason, each character once', () => {
    const seen = new Set<string>();
    for (const p of REGISTER_PAIRS) {
      for (const r of [...p.colloquial, ...p.literary]) expect(r, p.chars).toMatch(JYUTPING);
      expect(p.why.length).toBeGreaterThan(3);
      for (const ch of Array.from(p.chars)) {
        expect(seen.has(ch), ch).toBe(false);
        seen.add(ch);
      }
    }
  });

  it('say nothing inside a lexicon word, nor for another Mandarin sense, nor a written word the sense table holds', () => {
    const pairs = buildPairIndex();
    const at = { mandarin: 'xíng', colloquial: true, alone: true, inLexiconWord: () => false, senseRow: false };
    expect(pickRegisterReadings(pairs.get('行'), at)).toEqual(['haang4']);
    expect(pickRegisterReadings(pairs.get('行'), { ...at, inLexiconWord: () => true })).toBeNull();
    expect(pickRegisterReadings(pairs.get('行'), { ...at, mandarin: 'háng' })).toBeNull();
    // A lone 命 in standard Chinese is literary; inside words (救命, 使命) the register says nothing.
    expect(pickRegisterReadings(pairs.get('命'), { ...at, colloquial: false, alone: true })).toEqual(['ming6']);
    expect(pickRegisterReadings(pairs.get('命'), { ...at, colloquial: false, alone: false })).toBeNull();
    expect(pickRegisterReadings(pairs.get('命'), { ...at, colloquial: false, alone: true, senseRow: true })).toBeNull();
    expect(pickRegisterReadings(pairs.get('聽'), { ...at, colloquial: false, alone: true })).toBeNull();
    // In written Cantonese, a pair inside a longer word keeps to-jyutping's reading (好命, 救命).
    expect(pickRegisterReadings(pairs.get('命'), { ...at, alone: false })).toBeNull();
    expect(pickRegisterReadings(undefined, at)).toBeNull();
  });
});

describe('Jyutping by register, in the engine', () => {
  let engine: ReadingEngine<true>;
  beforeAll(async () => {
    const source = await loadJyutping(async () => buildJyutpingTableText());
    engine = createReadingEngine({ jyutping: () => source });
  });
  /** The Jyutping of the character marked 【】. */
  const read = (marked: string): string | null => {
    const at = Array.from(marked.slice(0, marked.indexOf('【'))).length;
    return engine.read([marked.replace(/[【】]/g, '')], [], { notation: 'jyutping' })[0]!.flatMap((s) => s.readings)[at] ?? null;
  };
  // [sentence of our own with the character marked, Jyutping]: each colloquial reading beside a literary one.
  const CASES: Array<[string, string]> = [
    ['佢哋要【行】多幾步先到。', 'haang4'],
    ['由車站【行】幾分鐘就到。', 'haang4'],
    ['佢一路【行】一路講電話。', 'haang4'],
    ['市民可步【行】十分鐘到達。', 'hang4'],
    ['佢喺銀【行】做嘢。', 'hong4'],
    ['警方正進【行】調查。', 'hang4'],
    ['呢度啲嘢真係【平】到笑。', 'peng4'],
    ['佢轉頭又用【平】成半人工請人。', 'peng4'],
    ['佢話男女要【平】等。', 'ping4'],
    ['【平】成三十年，天皇退位。', 'ping4'],
    ['佢老婆啱啱【生】咗個仔。', 'saang1'],
    ['而家啲【生】活成本好高。', 'sang1'],
    ['該校學【生】今日參加比賽。', 'saang1'],
    ['佢【聽】唔到我講嘢。', 'teng1'],
    ['我【聽】日要返工。', 'ting1'],
    ['今晚我【請】你食飯啦。', 'ceng2'],
    ['唔該【請】大家排隊。', 'cing2'],
    ['佢話【請】你唔好再嚟。', 'cing2'],
    ['當局會【聽】取各界意見。', 'ting1'],
    ['消防員保住其性【命】。', 'ming6'],
    ['佢條【命】真係好硬。', 'meng6'],
    ['聽朝記得叫【醒】我呀。', 'seng2'],
    ['事件令社會覺【醒】。', 'sing2'],
    ['他清晨被鬧鐘叫【醒】。', 'seng2'],
    ['會場秩序【井】然。', 'zing2'],
    ['村民仍靠水【井】取水。', 'zeng2'],
    ['血【腥】場面令人不安。', 'sing1'],
    ['佢返咗入【房】瞓覺。', 'fong2'],
    ['政府會興建更多公營【房】屋。', 'fong4'],
    ['佢食咗粒【糖】。', 'tong2'],
    ['患【糖】尿病的人數上升。', 'tong4'],
    ['我好眼瞓，想早啲瞓【覺】。', 'gaau3'],
    ['我【覺】得佢講得啱。', 'gok3'],
    ['唔好意【思】，我遲咗。', 'si3'],
    ['你講嘅係乜嘢意【思】呀？', 'si1'],
    ['佢走咗【咪】好囉。', 'mai6'],
    ['【咪】郁！', 'mai5'],
    ['你【咪】當我傻啦。', 'mai5'],
    ['主持人拎住支【咪】講嘢。', 'mai1'],
    ['佢【重】未食飯。', 'zung6'],
    ['呢個箱好【重】呀。', 'cung5'],
    ['這項工作十分【重】要。', 'zung6'],
    ['呢個【鋪】位租金好貴。', 'pou3'],
    ['佢成晚瞓唔著【覺】。', 'gaau3'],
    ['街上的商【鋪】大多關門。', 'pou3'],
    ['她每朝整理好床【鋪】才出門。', 'pou1'],
    ['兩人多年後【重】遇。', 'cung4'],
    ['他險些【命】喪車輪下。', 'ming6'],
    ['觀眾看後不【禁】落淚。', 'gam1'],
    ['呢度【禁】止食煙㗎。', 'gam3'],
    // 聽日 "tomorrow", a word only Cantonese has, stays a word where the Mandarin segmenter cuts it (聽|日見)
    ['我哋【聽】日見。', 'ting1'],
    // 聲 a voice seng1 alone in written Cantonese; 聲明 sing1 in standard Chinese
    ['佢把【聲】好沙。', 'seng1'],
    ['政府發出【聲】明。', 'sing1'],
    // 爭 owe, scramble zaang1 alone in written Cantonese; contend zang1 in standard Chinese
    ['佢【爭】人好多錢。', 'zaang1'],
    ['兩黨相【爭】。', 'zang1'],
    ['我【聽】唔到佢講乜。', 'teng1'],
  ];
  for (const [marked, reading] of CASES) {
    it(`${marked} ${reading}`, () => {
      expect(read(marked)).toBe(reading);
    });
  }
});
