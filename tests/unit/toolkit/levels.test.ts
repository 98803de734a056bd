import { describe, expect, it } from 'vitest';
import { compileLevels, parseLevels } from '@/lib/levels/compile';
import { createReadingFilter, filterSegments, hidesReading } from '@/lib/levels/reading-filter';
import { formatKnownWords, normalizeKnownWords, parseKnownWords } from '@/lib/levels/known-words';

const HSK = [['我', '发展', '我们'], ['城市'], [], ['融合', '发展'], [], ['重塑']];
const TRAD: Record<string, string[]> = { 发展: ['發展'], 我们: ['我們'], 城市: [] };
const text = compileLevels(HSK, (w) => TRAD[w] ?? []);
const levels = parseLevels(text);

describe('the compiled levels', () => {
  it('lists each level on its line, traditional forms beside the simplified, a repeated word at its lowest level', () => {
    expect(text).toBe('#dubao-levels 1\n我 发展 發展 我们 我們\n城市\n\n融合\n\n重塑\n');
    expect([...levels]).toEqual([
      ['我', 1], ['发展', 1], ['發展', 1], ['我们', 1], ['我們', 1], ['城市', 2], ['融合', 4], ['重塑', 6],
    ]);
  });

  it('reads nothing from a file of another format', () => {
    expect(parseLevels('#dubao-dict 1\n我\n').size).toBe(0);
    expect(parseLevels('').size).toBe(0);
  });
});

describe('which readings are hidden', () => {
  const known = new Set(['城乡']);
  it.each<[string, number, boolean]>([
    ['发展', 0, false],
    ['城乡', 0, true], // known: hidden at every level
    ['发展', 1, true],
    ['發展', 1, true], // traditional form of a level-1 word
    ['城市', 1, false], // level 2 > 1
    ['城市', 2, true],
    ['融合', 3, false],
    ['融合', 6, true],
    ['乡长', 6, false], // not in HSK: always read
    ['王明', 6, false], // a name: not in HSK
    ['，', 6, false],
  ])('%s at level %i → hidden %s', (word, level, hidden) => {
    expect(hidesReading(word, { level, known, levels })).toBe(hidden);
  });

  it('hides nothing (no filter) at level 0 without known words; the key changes with what it hides', () => {
    expect(createReadingFilter({ level: 0, known: new Set(), levels }, 0)).toBeNull();
    const a = createReadingFilter({ level: 2, known: new Set(), levels }, 0)!;
    const b = createReadingFilter({ level: 2, known: new Set(), levels }, 1)!;
    const c = createReadingFilter({ level: 3, known: new Set(), levels }, 0)!;
    expect(new Set([a.key, b.key, c.key]).size).toBe(3);
  });

  it('takes the readings out of hidden segments and keeps their text', () => {
    const segments = [
      { text: '推进', readings: ['tuī', 'jìn'], word: true },
      { text: '发展', readings: ['fā', 'zhǎn'], word: true },
      { text: '，', readings: [null], word: false },
    ];
    expect(filterSegments(segments, (w) => w === '发展')).toEqual([
      segments[0],
      { text: '发展', readings: [null, null], word: true },
      segments[2],
    ]);
  });
});

describe('the known-words list', () => {
  it('marks a word with its other-script forms, and unmarks them together (fake storage)', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { markKnown, loadKnownWords } = await import('@/lib/levels/known-words');
    fakeBrowser.reset();
    await markKnown(['城乡', '城鄉']);
    await markKnown('重塑');
    await markKnown(['城乡']);
    expect(await loadKnownWords()).toEqual(['城乡', '城鄉', '重塑']);
    await markKnown(['城乡', '城鄉'], false);
    expect(await loadKnownWords()).toEqual(['重塑']);
  });

  it('imports one word per line (also commas, spaces, 、), drops repeats and what is not Chinese', () => {
    expect(parseKnownWords('城乡\r\n重塑, 乡长、城乡\n\nhello\n 发展 \n')).toEqual({
      words: ['城乡', '重塑', '乡长', '发展'],
      rejected: ['hello'],
    });
  });

  it('exports one word per line and reads its own export back', () => {
    const words = ['城乡', '重塑'];
    expect(formatKnownWords(words)).toBe('城乡\n重塑\n');
    expect(parseKnownWords(formatKnownWords(words)).words).toEqual(words);
    expect(formatKnownWords([])).toBe('');
  });

  it('repairs a stored value', () => {
    expect(normalizeKnownWords(['城乡', 3, '城乡', 'x'])).toEqual(['城乡']);
    expect(normalizeKnownWords('城乡')).toEqual([]);
  });
});
