/**
 * TV transcripts' sound bites (lib/understand/classify-lines.ts, matchSoundBite): "(role name:" on its own
 * line, a bracket never closed, the statement below. Sentences written here, in that layout.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';

const rows = (text: string) => analyzeText(text).topics.flatMap((t) => t.statements.map((s) => [s.speaker.name, s.speaker.role]));

describe('sound-bite labels', () => {
  it.each([
    [
      'traditional, with the speaker\'s people after the name',
      `國會改革法案三讀通過 地方議員看法不一
立法院今天三讀通過國會改革法案，台東縣議員對此看法不一。
(台東縣議員 林正雄 排灣族:
有權力的人被監督是天經地義的事，不肯把事情攤在陽光下，才讓人擔心。
(台東縣議員 高美玲 布農族:
在民意的基礎下，我想改革有它的必要性，但程序要讓大家看得清楚。`,
      [['林正雄', '台東縣議員'], ['高美玲', '台東縣議員']],
    ],
    [
      'simplified, role and name only',
      `新规实施首日 代表有话说
新规今天起实施，两位人大代表谈了自己的看法。
（市人大代表 王志刚：
新规把责任落到了具体部门，老百姓办事不用再来回跑了。
（市人大代表 陈晓红：
我更关心执行，希望半年后能看到一份认真的评估报告。`,
      [['王志刚', '市人大代表'], ['陈晓红', '市人大代表']],
    ],
  ])('%s', (_, text, want) => {
    expect(analyzeText(text).detected).toBe(true);
    expect(rows(text)).toEqual(want);
  });

  it.each([
    // a bracketed aside in a story, closed or not, is no label
    `新規實施首日
新規今天起實施。
(記者 林正雄 報導:
市府表示，會在半年後檢討成效。`,
    `新规实施首日
（图为市民在窗口办事：
新规今天起实施，市民办事不用再来回跑了。`,
  ])('not a feature: %s', (text) => {
    expect(analyzeText(text).detected).toBe(false);
  });
});

describe('sound-bite labels whose role ends in no title word', () => {
  const rows: Array<[what: string, text: string, names: string[] | null]> = [
    [
      'two growers, role then name after the marker',
      `山村种菜记
【解说】近年来，越来越多年轻人回到村里种菜。
【同期】某县某乡某村农户 林春生
我们这里的菜都用有机肥，种出来的冬瓜又大又甜。
【解说】见到林春生时，他正在地里查看冬瓜的长势。
【同期】某县某乡某村农户 林秋明
大家合在一起种，就有一股力量，能带动更多的人。`,
      ['林春生', '林秋明'],
    ],
    [
      'no space between role and name: the marker alone does not vouch',
      `山村种菜记
【解说】近年来，越来越多年轻人回到村里种菜。
【同期】菜地边上很热闹
我们这里的菜都用有机肥，种出来的冬瓜又大又甜。`,
      null,
    ],
  ];
  it.each(rows)('%s', (_what, text, names) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(names !== null);
    if (names) expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(names);
  });
});
