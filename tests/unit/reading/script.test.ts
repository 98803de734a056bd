import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROTECTED_PHRASES, TWP_VETOES } from '@/lib/reading/exceptions';
import { dictPairs, openccConfig } from '@/lib/chinese/opencc-data';
import { detectScriptByAllChars } from '@/lib/chinese/script-complete';
import type { ScriptVariant } from '@/lib/reading/contract';
import { Converter, Trie } from 'opencc-js';
import { convertSegments, convertText, wordBoundaryRule } from '@/lib/reading/script';
import { segmentWords } from '@/lib/chinese/words';

const seedLines = readFileSync('tests/fixtures/seed.txt', 'utf8')
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter(Boolean);
// The project's own traditional-script fixtures (Hong Kong and Taiwan styles); the real Hong Kong articles
// in ../shared are checked the same way in the corpus tier (tests/corpus/hk-reading.test.ts).
const TRADITIONAL = ['understand/policy-address-hk.txt', 'understand/blind/c02-hk-vox.txt', 'understand/blind/b07-tw-trad.txt'];
const hkTexts = TRADITIONAL.map((f) => readFileSync(`tests/fixtures/${f}`, 'utf8'));

// [variant, simplified input, expected output]
const CONVERSIONS: Array<[ScriptVariant, string, string]> = [
  // 了 after a verb ending in 明 is the particle, not 瞭 (opencc-js: 指明瞭方向).
  ['tw', '为发展指明了方向。', '為發展指明了方向。'],
  ['hk', '为发展指明了方向。', '為發展指明了方向。'],
  ['twp', '为发展指明了方向。', '為發展指明了方向。'],
  ['tw', '阐明了立场，查明了原因。', '闡明了立場，查明了原因。'],
  ['tw', '到了解决问题的时候。', '到了解決問題的時候。'],
  // …while 瞭 stays where it means "understand/clear".
  ['tw', '简单明了，一目了然。', '簡單明瞭，一目瞭然。'],
  ['tw', '据了解，情况属实。', '據瞭解，情況屬實。'],
  // Hong Kong writes 了解.
  ['hk', '据了解，情况属实。', '據了解，情況屬實。'],
  // 征 "journey" stays 征 (opencc-js: 新徵程); 征 "levy/sign" is 徵.
  ['tw', '奋进新征程，踏上新征途。', '奮進新征程，踏上新征途。'],
  ['hk', '开启新征程', '開啓新征程'],
  ['tw', '长征精神', '長征精神'],
  ['tw', '征收土地，征求意见，特征明显。', '徵收土地，徵求意見，特徵明顯。'],
  // Taiwan phrases: computing terms stay where news means the everyday word.
  ['twp', '春潮涌动，万象更新。', '春潮湧動，萬象更新。'],
  ['twp', '激活城市记忆', '激活城市記憶'],
  ['twp', '这里保存着许多古老的建筑', '這裡保存著許多古老的建築'],
  ['twp', '印发中央一号文件', '印發中央一號文件'],
  ['twp', '召开新闻发布会', '召開新聞發佈會'],
  ['twp', '依照法定程序', '依照法定程序'],
  ['twp', '发展循环经济', '發展循環經濟'],
  ['twp', '刷新世界纪录', '刷新世界紀錄'],
  // …and Taiwan phrases that are right stay converted.
  ['twp', '软件和算法', '軟體和演算法'],
  ['twp', '网络信息', '網路資訊'],
  ['tw', '软件和算法', '軟件和算法'],
  // Traditional → simplified (Hong Kong and Taiwan variant forms too).
  ['cn', '統計處調查：電視最影響公共政策', '统计处调查：电视最影响公共政策'],
  ['cn', '建議政府著力處理人口老化問題', '建议政府着力处理人口老化问题'],
  ['cn', '衞生署的綫上服務', '卫生署的线上服务'],
  ['cn', '裏面和裡面', '里面和里面'],
];

// The seven errors found on 10,000 Han characters of real news (issue 19), each by its cause.
const NEWS_ERRORS: Array<[string, ScriptVariant, string, string]> = [
  // OpenCC's greedy phrase match across a word boundary (本地|志愿: 地志 → 地誌; 觉得|采访: 得采 keeps 采).
  ['phrase across words: 地志', 'tw', '他参加了本地志愿服务。', '他參加了本地志願服務。'],
  ['phrase across words: 得采', 'tw', '我觉得采访很顺利。', '我覺得採訪很順利。'],
  // The phrase 里民 (a Taiwan neighbourhood's residents) across “十三五”|里|民生.
  ['phrase across words: 里民', 'tw', '“十三五”里民生领域投入增加。', '“十三五”裡民生領域投入增加。'],
  // The surname 岳 outside a phrase (岳云 is a phrase already; 岳珊 is not).
  ['surname 岳', 'tw', '媒体记者岳珊、岳女士和岳老师到场。', '媒體記者岳珊、岳女士和岳老師到場。'],
  // A Taiwan-phrase exception still passes the variant step (羣 → 群).
  ['exception through the variants', 'twp', '以产业集群化思路推进。', '以產業集群化思路推進。'],
  // Taiwan phrase exceptions only outside computing sentences: 支持 → 支援 in a software sentence.
  ['computing sentence: 支援', 'twp', '该浏览器不支持Flash插件。我们支持这一决定。', '該瀏覽器不支援Flash外掛。我們支持這一決定。'],
  // 抛出 is raise in news (丟擲 = throw an exception, in a computing sentence).
  ['抛出 in news', 'twp', '代表抛出了一个问题。', '代表拋出了一個問題。'],
];

// Counter-examples: the fixes leave the right conversions alone.
const COUNTER: Array<[string, ScriptVariant, string, string]> = [
  ['地志 as a word', 'tw', '舆地志和地方志', '輿地志和地方誌'],
  ['采 inside its phrase', 'tw', '神采飞扬，采访', '神采飛揚，採訪'],
  ['岳 inside a mountain phrase', 'tw', '三山五岳，登上南岳', '三山五嶽，登上南嶽'],
  ['岳云 is an OpenCC phrase', 'tw', '演员岳云鹏', '演員岳雲鵬'],
  ['于 the preposition before a title word', 'tw', '这要归功于医生和老师。', '這要歸功於醫生和老師。'],
  ['余 "more than"', 'tw', '300余名记者', '300餘名記者'],
  ['丟擲 in a computing sentence', 'twp', '函数抛出异常', '函式丟擲異常'],
  ['集群 computing term', 'twp', '服务器集群', '伺服器叢集'],
];

describe('the news errors of issue 19', () => {
  it.each(NEWS_ERRORS)('%s (%s): %s → %s', (_, variant, input, expected) => {
    expect(convertText(input, variant)).toBe(expected);
    expect(convertSegments(input, variant).map((p) => p.to).join('')).toBe(expected);
  });

  it.each(COUNTER)('counter-example, %s (%s): %s → %s', (_, variant, input, expected) => {
    expect(convertText(input, variant)).toBe(expected);
  });
});

describe('convertText', () => {
  it.each(CONVERSIONS)('%s: %s → %s', (variant, input, expected) => {
    expect(convertText(input, variant)).toBe(expected);
  });

  it('never drifts: the original converts the same every time (算法 → 演算法, not 演演算法)', () => {
    expect(convertText('算法', 'twp')).toBe('演算法');
    expect(convertText('算法', 'twp')).toBe('演算法');
    expect(convertText('演算法', 'twp')).toBe('演算法');
  });

  it('keeps the surname of names found in the text (于先生, not 於先生), and only there', () => {
    const names = ['于先生', '余小姐', '朴敏英', '党国英'];
    expect(convertText('300余名群众中，于先生、余小姐、朴敏英和党国英都说好。', 'tw', { names })).toBe(
      '300餘名群眾中，于先生、余小姐、朴敏英和党國英都說好。',
    );
    // Without the names, a surname before a title is still a surname (于先生); 于 the preposition is not.
    expect(convertText('300余名群众中，于先生说好。', 'hk')).toBe('300餘名羣眾中，于先生説好。');
    expect(convertText('300余名群众中，于是大家说好。', 'hk')).toBe('300餘名羣眾中，於是大家説好。');
  });

  it('keeps empty and non-Chinese text as it is', () => {
    for (const v of ['tw', 'twp', 'hk', 'cn'] as const) {
      expect(convertText('', v)).toBe('');
      expect(convertText('Hello, 2024!', v)).toBe('Hello, 2024!');
    }
  });
});

describe('round trips (characters-only variants)', () => {
  it.each(['tw', 'hk'] as const)('seed: simplified → %s → simplified gives the original exactly', (variant) => {
    for (const line of seedLines) expect(convertText(convertText(line, variant), 'cn')).toBe(line);
  });

  it.each(['tw', 'hk'] as const)('random runs of words from news text: s → %s → s is the identity', (variant) => {
    // Whole words: a character cut out of its word can be ambiguous on its own (著 of 显著 alone
    // reads back as 着), which real text never asks for.
    const words = segmentWords(seedLines.join('')).map((w) => w.text);
    fc.assert(
      fc.property(fc.nat(words.length - 1), fc.integer({ min: 1, max: 25 }), (start, len) => {
        const run = words.slice(start, start + len).join('');
        expect(convertText(convertText(run, variant), 'cn')).toBe(run);
      }),
      { numRuns: 400 },
    );
  });

  it.each(['tw', 'hk'] as const)('held-out news and traditional-script fixtures made simplified: s → %s → s is the identity', (variant) => {
    const heldOut = ['heldout-news.json', 'heldout-news-2.json'].flatMap(
      (f) => (JSON.parse(readFileSync(`tests/fixtures/reading/${f}`, 'utf8')) as { paragraphs: string[] }).paragraphs,
    );
    const fromHk = hkTexts.flatMap((t) => t.split('\n')).map((l) => convertText(l.trim(), 'cn'));
    for (const line of [...heldOut, ...fromHk]) expect(convertText(convertText(line, variant), 'cn')).toBe(line);
  });

  it('traditional-script fixtures: traditional → simplified keeps every character count', () => {
    for (const text of hkTexts) {
      const simplified = convertText(text, 'cn');
      expect(Array.from(simplified)).toHaveLength(Array.from(text).length);
      expect(detectScriptByAllChars(simplified)).toBe('simplified');
    }
  });
});

describe('convertSegments', () => {
  const variants = ['tw', 'twp', 'hk', 'cn'] as const;
  const sample = fc.oneof(
    fc.tuple(fc.nat(4000), fc.nat(80)).map(([s, n]) => Array.from(seedLines.join('\n')).slice(s, s + n).join('')),
    fc.tuple(fc.nat(3000), fc.nat(80)).map(([s, n]) => Array.from(hkTexts.join('\n')).slice(s, s + n).join('')),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  );

  it('pairs concatenate to the input and to convertText of it', () => {
    fc.assert(
      fc.property(sample, fc.constantFrom(...variants), (text, variant) => {
        const pairs = convertSegments(text, variant);
        expect(pairs.map((p) => p.from).join('')).toBe(text);
        expect(pairs.map((p) => p.to).join('')).toBe(convertText(text, variant));
      }),
      { numRuns: 300 },
    );
  });

  it('pairs characters one to one, and rewritten words as whole phrases', () => {
    const pairs = convertSegments('在新能源、高端装备和软件算法', 'twp');
    expect(pairs).toContainEqual({ from: '高端', to: '高階' });
    expect(pairs).toContainEqual({ from: '软件', to: '軟體' });
    expect(pairs).toContainEqual({ from: '算法', to: '演算法' });
    expect(pairs).toContainEqual({ from: '装', to: '裝' });
    expect(convertSegments('指明了方向', 'tw')).toEqual([
      { from: '指', to: '指' },
      { from: '明', to: '明' },
      { from: '了', to: '了' },
      { from: '方', to: '方' },
      { from: '向', to: '向' },
    ]);
  });
});

describe('the exceptions dictionary', () => {
  it('every protected phrase keeps its kept characters in every s→t variant', () => {
    for (const { phrase, keep } of PROTECTED_PHRASES) {
      for (const v of ['tw', 'twp', 'hk'] as const) {
        const out = Array.from(convertText(phrase, v));
        const src = Array.from(phrase);
        expect(out).toHaveLength(src.length);
        src.forEach((ch, k) => {
          if (keep.includes(ch)) expect(out[k], `${phrase} (${v})`).toBe(ch);
        });
      }
    }
  });

  it('every Taiwan-phrase veto names a real TWPhrases entry and stops it', () => {
    const twPhrases = new Map(dictPairs(openccConfig('s2twp').conversionChain[1]![0]!));
    const toSimplified = (t: string) => convertText(t, 'cn');
    // The vetoed phrase keeps its words but still gets Taiwan's character variants (集羣 → 集群).
    const variants = new Map(dictPairs(openccConfig('s2twp').conversionChain[1]!.at(-1)!));
    for (const { phrase, why } of TWP_VETOES) {
      expect(twPhrases.has(phrase), phrase).toBe(true);
      expect(why.length).toBeGreaterThan(10);
      const expected = Array.from(phrase).map((c) => variants.get(c) ?? c).join('');
      expect(convertText(toSimplified(phrase), 'twp'), phrase).toBe(expected);
    }
  });
});


describe('the converter against independent references', () => {
  // Random strings drawn from real Chinese characters: the Han characters of the seed and the
  // traditional fixtures, OpenCC phrase keys (so that phrases, neutral and not, meet word
  // boundaries), punctuation, Latin letters and an astral character.
  const han = [...new Set(Array.from(seedLines.join('') + hkTexts.join('')).filter((c) => /\p{Script=Han}/u.test(c)))];
  const phrases = openccConfig('s2tw')
    .conversionChain[0]!.flatMap((d) => dictPairs(d).map(([k]) => k))
    .filter((k, i) => i % 53 === 0 && Array.from(k).length > 1);
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...han) },
    { weight: 2, arbitrary: fc.constantFrom(...phrases) },
    { weight: 1, arbitrary: fc.constantFrom('，', '。', ' ', 'a', 'SQL', '·', '\n', '𠮷', '于', '余', '姓', '先生') },
  );
  const text = fc.array(piece, { minLength: 1, maxLength: 16 }).map((p) => p.join(''));
  const variants = ['tw', 'twp', 'hk', 'cn'] as const;

  it('convertText (the fast path, no owners) writes what convertSegments (the path with owners) writes', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...variants), (t, variant) => {
        expect(convertText(t, variant)).toBe(convertSegments(t, variant).map((p) => p.to).join(''));
      }),
      { numRuns: 600 },
    );
  });

  it("word boundaries asked piece by piece are the whole text's segmentation", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const chars = Array.from(t);
        const cuts = new Set([0, ...segmentWords(t).flatMap((w) => [w.start, w.end])]);
        const whole = (start: number, end: number) => {
          if (end - start < 2) return true;
          for (let k = start + 1; k < end; k++) if (cuts.has(k)) return cuts.has(start) && cuts.has(end);
          return true;
        };
        const start = a % chars.length;
        const end = start + 1 + (b % (chars.length - start));
        expect(wordBoundaryRule(chars)(start, end)).toBe(whole(start, end));
      }),
      { numRuns: 600 },
    );
  });

  it('where no phrase of any table and no kept surname occurs, the conversion is opencc-js Converter character by character', () => {
    const stock = { tw: Converter({ from: 'cn', to: 'tw' }), hk: Converter({ from: 'cn', to: 'hk' }) };
    const tries = Object.fromEntries(
      (['s2tw', 's2hk'] as const).map((name) => {
        const c = openccConfig(name);
        return [name, [c.segmentation, ...c.conversionChain].map((g) => {
          const trie = new Trie();
          trie.loadDictGroup(g as never);
          return trie;
        })];
      }),
    ) as Record<'s2tw' | 's2hk', Trie[]>;
    const hasPhrase = (t: string, trie: Trie) => {
      for (let i = 0; i < t.length; i++) {
        const m = trie.matchPrefix(t, i);
        if (m && Array.from(t.slice(i, m.end)).length > 1) return true;
      }
      return false;
    };
    let compared = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...han), { minLength: 1, maxLength: 12 }), fc.constantFrom('tw', 'hk' as const), (chars, variant) => {
        const t = chars.join('');
        if (/[于余朴党郁丑岳]/u.test(t) || tries[variant === 'tw' ? 's2tw' : 's2hk'].some((trie) => hasPhrase(t, trie))) return;
        compared++;
        expect(convertText(t, variant)).toBe(stock[variant](t));
      }),
      { numRuns: 500 },
    );
    expect(compared).toBeGreaterThan(100);
  });
});
