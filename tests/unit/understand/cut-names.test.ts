/**
 * One person read as two, the name cut where its last character starts a word ("潘立|發表示"): the prose reader
 * reads it again with the full name wherever the text prints the short one only inside the long one.
 */
import { describe, expect, it } from 'vitest';
import { findCutNames, readProseVoices } from '@/lib/understand/prose-voices';

describe('names cut short', () => {
  it.each([
    ['the short name only ever inside the long one', ['潘立', '潘立發'], '教授潘立發指出，…。潘立發表示，…。', [['潘立', '潘立發']]],
    ['two people whose names share a start, printed apart', ['王建', '王建國'], '王建說，…。王建國說，…。', []],
    ['no longer name beside it', ['潘立'], '潘立發表示，…。', []],
    ['a one-character stem is no name', ['潘', '潘立'], '潘立說。', []],
  ])('%s', (_what, names, text, want) => {
    expect([...findCutNames(names, text)]).toEqual(want);
  });

  it('reads one scholar, not two, when a verb after the name takes its last character', () => {
    const texts = [
      // ("潘立發12日指出…，他認為" gives the pronoun's person cut short, 潘立)
      '(本報記者台北報導)針對兩岸議題,淡江大學國際事務學系教授潘立發12日指出,局勢正在改變,許多企業開始把工廠遷往東南亞,影響會很深;區域的變化牽動周邊,他認為,真正的風險不在台灣,而在南海。',
      '潘立發在座談會中表示，這次的政策調整影響深遠，台灣要及早準備，不能被動應對。',
      '潘立發說，未來一年是關鍵，企業界已經開始評估風險，資金流向值得注意。',
      '「這不是短期的問題。」潘立發表示，政府應該拿出完整的應對方案，讓民眾安心。',
    ];
    const reading = readProseVoices(texts);
    expect(new Set(reading.voices.map((v) => v.name))).toEqual(new Set(['潘立發']));
    expect(reading.people).toBe(1);
  });
});
