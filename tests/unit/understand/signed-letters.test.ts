/**
 * Letters signed at their end (lib/understand/signed-letters.ts): the letter, the writer's name alone on
 * a line, the date. Two or more make a page of readers' letters; one is an essay or a notice with its
 * author. Texts written here, simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { isDateLine, matchSignature } from '@/lib/understand/signed-letters';

type Row = [name: string | null, role: string | null];
const speakers = (o: Outline): Row[] => o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));

describe('isDateLine', () => {
  it.each(['二○○三年四月十八日', '2003年4月18日', '二〇二四年十二月一日于北京', '2024.12.01', '1998年3月'])('%s', (t) => expect(isDateLine(t)).toBe(true));
  it.each(['2003年4月18日，我收到了贵刊。', '四月的北京', '第12期'])('not: %s', (t) => expect(isDateLine(t)).toBe(false));
});

describe('matchSignature', () => {
  it.each([
    ['黄宇明', '黄宇明', null],
    ['北京读者 李文涛', '李文涛', '北京读者'],
    ['——陳家明', '陳家明', null],
  ] as const)('%s', (t, name, role) => expect(matchSignature(t)).toEqual({ name, role }));
  it.each(['记者 张三', '编辑部', '此致敬礼', '我们的回答：'])('not: %s', (t) => expect(matchSignature(t)).toBeNull());
});

describe('a page of signed letters', () => {
  it('simplified: two letters, each signed and dated, are two voices', () => {
    const o = analyzeText(`读者来信
我们在上几期随刊发出了读者调查表，收到许多读者的来信，现摘选部分刊登于此，深深感谢读者的厚爱！
贵刊的调查表已填好寄上，还想再说几句：我订阅贵刊已有六年，每期都读上三五篇，获益甚多。
贵刊每期的漫画都很好，启发思考，非泛泛之作可比，希望继续保持。
黄宇明
二○○三年四月十八日
我接触贵刊是在二十多年前，那时要看的书很多，后来工作忙了，看得少了，但每年总要买上几期。
希望贵刊多登一些年轻作者的文章，让我们这些老读者也看看新面孔。
李文涛
二○○三年五月二日`);
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['黄宇明', null],
      ['李文涛', null],
    ]);
  });
  it('traditional', () => {
    const o = analyzeText(`讀者來信
本刊上期刊出專題後，收到不少讀者來信，現選登兩封，以饗讀者。
拜讀貴刊專題，深受啟發。社區的長者服務確實不足，希望貴刊繼續跟進，讓更多人關注。
陳家明
2024年3月2日
我是一名社工，每天接觸獨居長者，專題所說的情況我天天見到，感謝貴刊為他們發聲。
林美玲
2024年3月5日`);
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['陳家明', null],
      ['林美玲', null],
    ]);
  });
  it('not: an essay signed by its one author', () => {
    const o = analyzeText(`春天的回忆
每年春天，我都会想起老家院子里的那棵杏树，花开的时候，整个院子都是香的。
后来老房子拆了，杏树也不见了，可那股香味一直留在我的记忆里。
黄宇明
二○○三年四月十八日`);
    expect(o.detected).toBe(false);
  });
});

describe('the page check sees signatures over dates', () => {
  it('passes a page of two signed letters, not a signed essay', async () => {
    const { checkPage } = await import('@/lib/understand');
    const { parseHtml } = await import('@/scripts/cli/input');
    const page = (lines: string[]) => parseHtml(`<html><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`).document;
    const letter = '我接触贵刊是在二十多年前，那时要看的书很多，后来工作忙了，看得少了，但每年总要买上几期。';
    expect(checkPage(page([letter, '黄宇明', '二○○三年四月十八日', letter, '李文涛', '二○○三年五月二日'])).passes).toBe(true);
    expect(checkPage(page([letter, '黄宇明', '二○○三年四月十八日'])).passes).toBe(false);
  });
});
