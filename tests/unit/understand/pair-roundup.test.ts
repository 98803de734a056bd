/**
 * Two voices in the reporter's sentences (lib/understand/judge-roundup.ts, reported-speech.ts): a pair
 * interviewed one after the other is a feature when they carry the piece, a voice going on by its given
 * name ("David表示，…") is still that voice, and two long titles joined by "、" may stand before a Latin name.
 * The stories that name people the same way stay stories. Sentences written here, in the layouts of real pages.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { matchReportedOpening } from '@/lib/understand/reported-speech';

function names(o: Outline): Array<string | null> {
  return o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));
}

describe('matchReportedOpening: two titles joined by "、" before a Latin name', () => {
  const yes: Array<[string, string, string]> = [
    ['美国某州立大学国际关系与公共事务学院院长、某证券交易所有限责任公司董事会主席Anna Keller向本网记者表示，议题非常务实。', 'Anna Keller', '美国某州立大学国际关系与公共事务学院院长、某证券交易所有限责任公司董事会主席'],
    ['美國某州立大學國際關係與公共事務學院院長、某證券交易所有限責任公司董事會主席Anna Keller向本網記者表示，議題非常務實。', 'Anna Keller', '美國某州立大學國際關係與公共事務學院院長、某證券交易所有限責任公司董事會主席'],
  ];
  it.each(yes)('%s', (text, name, role) => {
    const m = matchReportedOpening(text);
    expect(m && [m.name, m.role]).toEqual([name, role]);
  });

  const no: string[] = [
    // the part before "、" is no title: a clause of the story
    '美国某州立大学国际关系与公共事务学院今年扩招、某证券交易所有限责任公司董事会Anna Keller向本网记者表示，议题非常务实。',
  ];
  it.each(no)('not: %s', (text) => expect(matchReportedOpening(text)).toBeNull());
});

const PAIR_SIMPLIFIED = `论坛嘉宾谈创新
本网海口3月24日电（记者 张明）23日，某论坛年会进入第二天，多场分论坛同时举行。
美国某州立大学国际关系与公共事务学院院长、某证券交易所有限责任公司董事会主席Anna Keller向本网记者表示，今年的议题设置非常务实，嘉宾们讨论热烈，是交流观点的好平台。
澳大利亚某大学校长、某大学校长委员会主席David Morton在接受本网记者专访时表示，论坛的分论坛覆盖面很广，既谈经济也谈教育，与长期发展息息相关。
David表示，他对新技术和创新的讨论尤其感兴趣，希望明年还能再来参加，和各国学者交流。`;

const PAIR_TRADITIONAL = `論壇嘉賓談創新
本網海口3月24日電（記者 張明）23日，某論壇年會進入第二天，多場分論壇同時舉行。
美國某州立大學國際關係與公共事務學院院長、某證券交易所有限責任公司董事會主席Anna Keller向本網記者表示，今年的議題設置非常務實，嘉賓們討論熱烈，是交流觀點的好平台。
澳洲某大學校長、某大學校長委員會主席David Morton在接受本網記者專訪時表示，論壇的分論壇覆蓋面很廣，既談經濟也談教育，與長期發展息息相關。
David表示，他對新技術和創新的討論尤其感興趣，希望明年還能再來參加，和各國學者交流。`;

describe('a pair interviewed one after the other, the second going on by the given name', () => {
  it.each([
    ['simplified', PAIR_SIMPLIFIED],
    ['traditional', PAIR_TRADITIONAL],
  ])('%s', (_script, text) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(['Anna Keller', 'David Morton']);
  });

  it('not a rally report: a third person, named bare, speaks in the paragraphs before the pair', () => {
    const o = analyzeText(`某黨說明會首場登場
某黨說明會今首場在台南登場，黨籍召委林志遠致詞時火力全開，批評行政院的理由站不住腳。
林志遠表示，行政院一開始說改革違憲，後來又說是黑箱修法，但委員會開了三次公聽會，程序完整。
林志遠說，執政黨的立委在會議中多半不談法條，只喊口號，現在又說改革違反人權，根本是胡說。
某黨立委陳美玲也認為，執政黨有太多黑箱，所以才鋪天蓋地地扭曲、造謠、抹黑這次改革，執政黨就是造謠黨，令人遺憾。
某黨立委王小芬表示，行政權這麼大，監督的立法權這麼小，改革就是要拉近兩者的距離，讓立法權能相當程度監督行政權，這不是擴權，是平權。
王小芬說，執政黨說自己是青鳥，那他們就是藍鷹，速度敏捷、氣勢威猛，絕不退縮，會一直監督。`);
    expect(o.detected).toBe(false);
  });

  it('not a single-reporter story: the narrative comes back between the two people', () => {
    const o = analyzeText(`新渡輪碼頭下月啟用
離島新渡輪碼頭下月啟用，屆時班次將增加一倍，工程耗資約三億元。
運輸署助理署長陳志強表示，新碼頭設有遮雨棚和無障礙設施，方便長者和輪椅使用者上落。
碼頭附近的商戶預計生意會增加，區議會亦計劃在旁邊增設休憩處，供居民使用。
區議員李國強表示，會繼續跟進渡輪票價的問題，希望營辦商不要借新碼頭啟用而加價。`);
    expect(o.detected).toBe(false);
  });
});

describe('matchReportedOpening: a later sentence opens with a quotation, its speaker named after it', () => {
  const yes: Array<[string, string, string | null]> = [
    ['开学第一天，作为双胞胎的妈妈，赵女士有些兴奋。“终于可以送孩子进幼儿园了，我也轻松了。”赵女士说。', '赵女士', null],
    ['開學第一天，作為雙胞胎的媽媽，趙女士有些興奮。「終於可以送孩子進幼稚園了，我也輕鬆了。」趙女士說。', '趙女士', null],
    ['论坛首日气氛热烈。“开放对全世界都至关重要。”，某科技公司总裁张立新表示，公司会继续投资。', '张立新', '某科技公司总裁'],
    ['論壇首日氣氛熱烈。「開放對全世界都至關重要。」，某科技公司總裁張立新表示，公司會繼續投資。', '張立新', '某科技公司總裁'],
    // a digest's separator dots before the item
    ['....“我们要善待自然，人与自然结合起来才会可持续。”全国人大代表、某村党支部书记陈明说。', '陈明', '全国人大代表、某村党支部书记'],
  ];
  it.each(yes)('%s', (text, name, role) => {
    const m = matchReportedOpening(text);
    expect(m && [m.name, m.role]).toEqual([name, role]);
  });

  const no: string[] = [
    // a bare name after the quotation: someone the story introduced, not a voice of its own
    '开学第一天，赵女士有些兴奋。“终于可以送孩子进幼儿园了，我也轻松了。”赵敏说。',
    // the quotation is too short to be their words
    '会场里掌声不断。“好！”某公司总裁张立新说。',
  ];
  it.each(no)('not: %s', (text) => expect(matchReportedOpening(text)).toBeNull());
});
