/**
 * A transcript's host line vouches for its guests' bare-name labels (lib/understand/classify-lines.ts,
 * refineLines): "主持人：…" then "龙某：…" and "保某：…", a surname the table does not know.
 * Sentences written here, in the layout of real panel transcripts.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';

const names = (text: string) => analyzeText(text).topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

describe('a host line vouches for the guests it asks', () => {
  it.each([
    [
      'simplified',
      `中美经贸往来漫谈
主持人：在提问之前我想问各位，两国经济相互依赖到什么程度？谁先发言？
龙永志：我认为两国经济的相互依存度比任何时候都高，这是经贸关系的基础。
保德民：龙先生讲得很好。今年汽车卖得很多，可是赚钱最多的是外国车厂，我们只赚了辛苦钱。`,
      ['龙永志', '保德民'],
    ],
    [
      'traditional',
      `中美經貿往來漫談
主持人：在提問之前我想問各位，兩國經濟相互依賴到甚麼程度？誰先發言？
龍永志：我認為兩國經濟的相互依存度比任何時候都高，這是經貿關係的基礎。
保德民：龍先生講得很好。今年汽車賣得很多，可是賺錢最多的是外國車廠，我們只賺了辛苦錢。`,
      ['龍永志', '保德民'],
    ],
  ])('%s: both guests are voices', (_, text, want) => {
    expect(analyzeText(text).detected).toBe(true);
    expect(names(text)).toEqual(want);
  });

  it.each([
    [
      'no host line: one guest and a weak label stay one voice',
      `中美经贸往来漫谈
龙永志：我认为两国经济的相互依存度比任何时候都高，这是经贸关系的基础。
保德民：龙先生讲得很好。今年汽车卖得很多，可是赚钱最多的是外国车厂，我们只赚了辛苦钱。`,
    ],
    [
      'a phrase is no guest, host or not',
      `中美經貿往來漫談
主持人：在提問之前我想問各位，兩國經濟相互依賴到甚麼程度？誰先發言？
龍永志：我認為兩國經濟的相互依存度比任何時候都高，這是經貿關係的基礎。
會後提問：很多人關心汽車市場，今年賣得很多，可是賺錢最多的是外國車廠。`,
    ],
  ])('not: %s', (_, text) => {
    expect(analyzeText(text).detected).toBe(false);
  });
});
