/**
 * The names read as names: one rule (lib/outline.ts personNames; its seed case is in
 * understand/outline.test.ts) for the page, the sidebar and the CLI.
 */
import { describe, expect, it } from 'vitest';
import { personNames, type Outline } from '@/lib/outline';
import { loadInput } from '@/scripts/cli/input';
import { formatPinyinJson, readingFormats } from '@/scripts/cli/reading-formats';

const empty: Outline = { detected: true, kind: 'roundtable', script: 'simplified', headline: null, deck: null, lead: null, topics: [], credits: [], captions: [], evidence: [] };
const said = (name: string | null, reporter: string | null) => ({ speaker: { name, role: null }, reporter, paragraphs: [], summary: { gist: null, points: [], figures: [], cites: [] } });

describe('personNames', () => {
  it.each([
    ['speakers, in order, once', { topics: [{ title: null, statements: [said('渠德鹏', null), said('单小明', null), said('渠德鹏', null)] }] }, ['渠德鹏', '单小明']],
    ['reporters after the speakers', { topics: [{ title: null, statements: [said('王静', '李娟'), said(null, '武玲芳')] }] }, ['王静', '李娟', '武玲芳']],
    ['credited people', { credits: [{ role: '本版策划', names: ['路丽华', ' '] }, { role: '责编', names: ['曾小红'] }] }, ['路丽华', '曾小红']],
    ['an organisation speaking has no name', { topics: [{ title: null, statements: [said(null, null)] }] }, []],
  ] as [string, Partial<Outline>, string[]][])('%s', (_, patch, expected) => {
    expect(personNames({ ...empty, ...patch })).toEqual(expected);
  });

  it('the CLI reads the same names as names', async () => {
    const input = await loadInput('tests/fixtures/seed.txt');
    try {
      expect(readingFormats().pinyin!(input)).toBe(formatPinyinJson(input.paragraphs, personNames(input.outline())));
    } finally {
      await input.close();
    }
  });
});
