/**
 * Label formats a reader of Chinese news meets where the engine read fewer than two voices:
 * - a text whose paragraphs were run together into one line, a space after each sentence's end;
 * - TV vox-pop captions of space-set fields, the name's age right after it ("王某 48岁 在东莞务工：");
 * - "…的周姨告诉记者：“……”": a person telling the reporter, not a label whose role ends in 记者 (no host line).
 * Texts written here, simplified and traditional, each with counter-examples.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText, blocksFromText } from '@/lib/understand';
import { splitSpeakerLabel } from '@/lib/understand/names';
import { parseBlocks } from '@/lib/understand/parse';

function names(o: Outline): Array<string | null> {
  return o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));
}

const LEAD = '周末两天，市内几个公园迎来了赏花的人流，不少市民带着家人前来游玩，公园门口排起了长队，管理处临时加开了入口。'.repeat(3);

describe('blocksFromText: a run-on line cut at its spaced sentence ends', () => {
  it('cuts after a sentence end followed by a space, each part a paragraph', () => {
    const line = `${LEAD} 市民王建军：花开得正好，带孩子出来走走。 游客刘思雨：人有点多，但是值得。 （本报记者 张三）`;
    // (a bracket after the space stays: a credit or a caption note closes the paragraph)
    expect(blocksFromText(line).map((b) => b.text.slice(0, 5))).toEqual([LEAD.slice(0, 5), '市民王建军', '游客刘思雨']);
  });
  it.each([
    // short: a line of its own, whatever its spaces
    ['今天天气很好。 明天有雨。'],
    // spaces that follow no sentence end (a date, a name and an age)
    [`${LEAD.replace(/。$/, '')} 2024年5月 王建军 48岁 在东莞务工，这是他第三年来看花，他说今年的花比往年开得早一些，人也更多。`],
    // a sentence end followed by a digit or a bracket, not the next paragraph
    [`${LEAD} 2024 ${LEAD} （图）`],
  ])('leaves the line whole: %#', (line) => {
    expect(blocksFromText(line)).toHaveLength(1);
  });
  it('reads a run-on post-match piece of name(role) labels as a feature', () => {
    const line = `${LEAD} 赵立新(主队主教练)：今天队员打得很积极，我对结果满意。 孙可(本场最佳球员)：我们防守做得很好，下一场继续努力。 周文(客队主教练)：对手太强了，我们还要提高稳定性。`;
    const o = analyzeText(line);
    expect(names(o)).toEqual(['赵立新', '孙可', '周文']);
  });
});

describe('splitSpeakerLabel: space-set fields with an age after the name', () => {
  it.each([
    ['王建军 48岁 在东莞务工', '王建军', '在东莞务工'],
    ['大三学生 刘思雨 21岁 在广州实习', '刘思雨', '大三学生'],
    ['陳家明 62歲 退休教師', '陳家明', '退休教師'],
    ['赵大海 55岁', '赵大海', null],
  ])('%s → %s', (label, name, role) => {
    const s = splitSpeakerLabel(label);
    expect([s.name, s.role]).toEqual([name, role]);
    expect(s.evidence).toBeGreaterThanOrEqual(2);
  });
  it.each([
    // no name before the age: a table row, a filter
    ['年龄 55岁 以上'],
    ['男子组 18岁 以下'],
    // an age not right after the name
    ['王建军 在东莞务工 48岁 以上 报名'],
  ])('%s names nobody by its age', (label) => {
    const s = splitSpeakerLabel(label);
    expect(s.evidence >= 2 && s.name !== null && /岁|歲/.test(s.role ?? '')).toBe(false);
  });
  it('reads a TV vox pop of aged captions as a feature', () => {
    const o = analyzeText(
      [
        '春运第一天，记者登上一趟开往北方的绿皮火车，车厢里坐满了回家过年的人。',
        '王建军 48岁 在东莞务工：今年活多，挣得也多，最想的是家里的老母亲。',
        '大三学生 刘思雨 21岁 在广州实习：给爸妈买了新衣服，想早点到家。',
        '赵大海 55岁 在深圳务工：一年就盼着这一趟，回去好好陪陪孙子。',
      ].join('\n'),
    );
    expect(names(o)).toEqual(['王建军', '刘思雨', '赵大海']);
  });
  it('one aged answerer of the reporter is an interview, not a feature', () => {
    const o = analyzeText(
      [
        '春运第一天，记者登上一趟开往北方的绿皮火车，车厢里坐满了回家过年的人。',
        '记者：这一年最想谁？',
        '王建军 48岁 在东莞务工：最想的是家里的老母亲。',
        '记者：回家第一件事做什么？',
        '王建军 48岁 在东莞务工：先给老母亲做顿饭。',
      ].join('\n'),
    );
    expect(o.topics.length === 0 || new Set(names(o)).size < 2).toBe(true);
  });
});

describe('"…告诉记者：“……”": a person telling the reporter', () => {
  const said = [
    '新规施行后，记者在街头走访发现，骑电动车戴头盔的人明显多了，不少头盔造型可爱，颇受孩子欢迎。',
    '每天骑车接送孙子上学的周姨告诉记者：“一直都很注意戴头盔，还给孙子买了一个小熊头盔，他可喜欢了。”',
    '“买手机壳舍得花钱，头盔却不戴，难道脑袋不比手机重要？”街坊黄叔这样说。',
  ];
  it('names both neighbours, the first no host', () => {
    expect(names(analyzeText(said.join('\n')))).toEqual(['周姨', '黄叔']);
  });
  it('a young man the reporter calls "小帅哥" is nobody by name', () => {
    const text = [...said, '一位送外卖的小帅哥这样告诉记者：“选一顶合适的头盔，养成好习惯，每次出门前都戴好。”'].join('\n');
    expect(names(analyzeText(text))).toEqual(['周姨', '黄叔']);
  });
  it.each([
    // a subhead whose role word is a verb's object ("拜访院士") is no label of a person named "取经"
    [['两会前夕，委员们忙着准备提案。', '提前赴京拜访院士取经', '“我去年专门到几个地方调研，一个人的学识总是有限的。”他说。']],
    [['兩會前夕，委員們忙著準備提案。', '提前來京拜訪院士取經', '「我去年專門到幾個地方調研，一個人的學識總是有限的。」']],
    // the reporter telling a source is not a voice
    [['记者告诉记者：', '这是一次演练。']],
  ])('names nobody: %#', (paragraphs) => {
    // every line the reader read, not only a feature's statements
    const got = parseBlocks(blocksFromText(paragraphs.join('\n')), { fromDocument: false }).lines.map((it) => it.speaker?.name ?? null);
    expect(got.filter((n) => n === '取经' || n === '取經')).toEqual([]);
    expect(got.filter((n) => n && /记者/.test(n))).toEqual([]);
  });
});

describe('a plain "name role" line alone, speech below', () => {
  const body = (n: number) => `城市交通好不好，跟城市是否以人为本有很大关系，第${n}个问题是规划者很少自己走路。`.repeat(2);
  it("reads a mirror's glossed roles as the reader does (no programme bracket)", () => {
    const o = analyzeText(['城市观察', body(0), '張明遠 “城市三明治”創(chuàng)始人', body(1), '趙雅琪 新媒體網(wǎng)絡(luò)負(fù)責(zé)人', body(2), '孫立平 專欄作家', body(3)].join('\n'));
    expect(names(o)).toEqual(['張明遠', '趙雅琪', '孫立平']);
  });
  it.each([['本報(bào)記者 馬立群'], ['N海都记者 陈立群']])('a byline at the end is the reporter, no voice: %s', (byline) => {
    const text = ['城市观察', body(0), '張明遠 “城市三明治”創(chuàng)始人', body(1), '孫立平 專欄作家', body(3), byline].join('\n');
    expect(names(analyzeText(text))).toEqual(['張明遠', '孫立平']);
    // nor is it read as a label at all (a demoted label keeps its speaker)
    const lines = parseBlocks(blocksFromText(text), { fromDocument: false }).lines;
    expect(lines.filter((it) => /立群/.test(it.speaker?.name ?? ''))).toEqual([]);
  });
  it('keeps a married double-surname name behind a title', () => {
    const o = analyzeText(['新春祝福', '特区政府官员向市民拜年。', '行政长官 林郑月娥', `祝大家新年快乐，${body(1)}`, '政务司司长 张建宗', `新的一年，${body(2)}`].join('\n'));
    expect(names(o)).toEqual(['林郑月娥', '张建宗']);
  });
});

describe("a colon label behind a forum's anti-scrape jammer", () => {
  const post = (lines: string[]) => ['賽後，雙方主教練在新聞發布廳談了對本場比賽的看法。', ...lines].join('\n');
  it('reads the label past the jammer and the forum name run into it', () => {
    const o = analyzeText(
      post([
        '客隊主教練王志明：很高興今天取得勝利，隊員們發揮得非常好，希望大家調整心態，迎接接下來的比賽。',
        "k8 Q' X5 m# G2 y*某某論壇主隊主教練陳國強：首先祝賀對手取得勝利，我們的防守不如對手，接下來還要努力。",
      ]),
    );
    expect(o.topics.flatMap((t) => t.statements.map((s) => [s.speaker.name, s.speaker.role]))).toEqual([
      ['王志明', '客隊主教練'],
      ['陳國強', '主隊主教練'],
    ]);
  });
  it.each([
    // a jammer before a sentence, no label: nobody
    ["k8 Q' X5 m# G2 y*今天的比賽打得十分緊張，雙方都有失誤。"],
    // a jammer, the forum's name, then a thread's title, no speaker
    ["k8 Q' X5 m# G2 y*某某論壇精華帖：本週熱門話題一覽"],
  ])('names nobody new: %#', (line) => {
    const got = parseBlocks(blocksFromText(post([line])), { fromDocument: false }).lines.map((it) => it.speaker?.name ?? null);
    expect(got.filter(Boolean)).toEqual([]);
  });
});
