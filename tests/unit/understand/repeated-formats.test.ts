/**
 * Line formats that name voices only when a page repeats them (repeated-formats.ts): a web transcript's bracketed
 * turns, a column's tag with the speaker in brackets, name-and-particulars heads of a series of interviews. Texts
 * written here, simplified and traditional; each format with a page that repeats it and one that does not.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';
import { REPEATED_FORMATS } from '@/lib/understand/repeated-formats';

/** The people the line formats name, whatever the judge decides (as scripts/reader-recall.ts reads them). */
function labelled(lines: string[]): string[] {
  const res = parseBlocks(blocksFromText(lines.join('\n')), { fromDocument: false });
  return res.lines.filter((it) => (it.kind === 'label' || it.kind === 'attribution') && !it.host && it.speaker?.name).map((it) => it.speaker!.name!);
}

describe('the rewriting of each format to a plain label', () => {
  const rewrite = (line: string) => REPEATED_FORMATS.reduce<string | null>((out, [re, to]) => out ?? (re.test(line) ? line.replace(re, to) : null), null);
  it.each([
    ['【孟庆华】', '孟庆华:'],
    ['[嘉宾罗文斌]开场白：大家好。', '嘉宾罗文斌:开场白：大家好。'],
    ['居民心声（王大妈）：楼道的灯修好了。', '王大妈:楼道的灯修好了。'],
    ['鄭美玲(女,67歲)', '鄭美玲:'],
    ['冯立新（从业8年，自己买的车）', '冯立新:'],
    // brackets that hold a place or a photo note are no particulars
    ['冯立新（北京）', null],
    ['冯立新（资料图）', null],
  ])('%s', (line, want) => {
    expect(rewrite(line)).toBe(want);
  });
});

describe('bracketed turns of a web transcript', () => {
  it('two named brackets and a host: the two people are voices, the host is not', () => {
    expect(
      labelled([
        '网络访谈：社区养老怎么办',
        '【主持人】',
        '各位网友好，今天我们请来两位嘉宾，一起聊聊社区养老的新变化。',
        '【孟庆华】',
        '谢谢主持人。我在街道做了十几年养老服务，这几年最大的变化是老人愿意走出家门了。',
        '【主持人】',
        '罗老师，您怎么看？',
        '【罗文斌】',
        '我觉得关键是服务要送到家门口，老人不愿意跑远路，助餐点最好步行十分钟就能到。',
      ]),
    ).toEqual(['孟庆华', '罗文斌']);
  });

  it('traditional script, the words on the bracket\'s own line', () => {
    expect(
      labelled([
        '[嘉賓鄭美玲]開場白：各位網友好，我是社區的社工，很高興和大家聊聊青少年的課後生活。',
        '[嘉賓黃志偉]開場白：大家好，我在學校做輔導員，平時接觸最多的就是中學生。',
      ]),
    ).toEqual(['鄭美玲', '黃志偉']);
  });

  it('one named bracket, section titles and an editor\'s note name nobody', () => {
    expect(
      labelled([
        '【以下为访谈的实录文字】',
        '【孟庆华】',
        '昨天上午，市里召开养老服务推进会，会上通报了今年的建设进度，全市新增助餐点四十个。',
        '【政策解读】',
        '今年起，社区养老服务补贴标准有所提高，符合条件的老人每月可多领一百元。',
      ]),
    ).toEqual([]);
  });
});

describe('a column\'s tag with the speaker in brackets', () => {
  it('two residents under the same tag', () => {
    expect(labelled(['老旧小区改造后，记者回访了几户居民。', '居民心声（王大妈）：楼道里的灯终于修好了，晚上下楼不用摸黑。', '居民心声（李先生）：停车位还是不够，希望下一步能规划一下。'])).toEqual(['王大妈', '李先生']);
  });

  it('traditional script', () => {
    expect(labelled(['街坊聲音(陳小姐):巴士班次太少，每天上班都要等半個鐘。', '街坊聲音(黃伯伯):街市翻新之後乾淨了好多，不過租金貴了。'])).toEqual(['陳小姐', '黃伯伯']);
  });

  it('one tagged line is a quotation box, not a column of voices', () => {
    expect(labelled(['老旧小区改造后，楼道、管线、外墙都换了新样子。', '居民心声（王大妈）：楼道里的灯终于修好了，晚上下楼不用摸黑。', '据了解，今年全市还将改造小区一百余个。'])).toEqual([]);
  });
});

describe('name and particulars heading each person\'s words', () => {
  it('simplified: two drivers', () => {
    expect(labelled(['夜班司机说生活', '冯立新（男，52岁）', '我开车二十年了，最大的感受是路越来越堵，可乘客越来越讲礼貌。', '秦玉梅（从业8年，自己买的车）', '我每天早上六点出车，晚上九点收工，挣的钱够一家人花。'])).toEqual(['冯立新', '秦玉梅']);
  });

  it('traditional script', () => {
    expect(labelled(['街坊談舊區重建', '鄭美玲（女，67歲）', '我在這條街住了四十年，樓下的茶餐廳一拆，老街坊就散了。', '黃志偉（男，35歲）', '重建我不反對，但賠償要講清楚，不能讓老人家吃虧。'])).toEqual(['鄭美玲', '黃志偉']);
  });

  it('one head alone is a case in a story', () => {
    expect(labelled(['冯立新（男，52岁）', '冯立新是本市第一批出租车司机，去年退休后开了一家修车铺，生意不错。', '据统计，全市出租车司机平均年龄已超过四十五岁。'])).toEqual([]);
  });
});
