/**
 * Bare names the piece introduced with a role (lib/understand/introduced-names.ts, reported-speech.ts), the
 * run-on "说" after them, and transliterated names behind a title (names.ts). Sentences written here, in
 * the layouts of real pages, simplified and traditional; the stories that name people the same way stay stories.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { isIntroducedWithRole, matchRunOnSay } from '@/lib/understand/introduced-names';
import { isTransliteratedName, splitSpeakerLabel } from '@/lib/understand/names';
import { isLabelShaped } from '@/lib/understand/lines';
import { matchReportedOpening } from '@/lib/understand/reported-speech';

function names(o: Outline): Array<string | null> {
  return o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));
}

describe('isIntroducedWithRole', () => {
  const text = '今日返台的是羽球队选手周志远、林海、郑雪，黄金组合一走出管制区就被包围。另一位到场的是市长何明。';
  it.each([
    ['周志远', true],
    ['林海', true], // in the list after the role
    ['郑雪', true],
    ['何明', true],
    ['黄金', false], // after a comma, not a listed name: the next clause
    ['王刚', false], // not in the text
  ])('%s → %s', (name, yes) => expect(isIntroducedWithRole(name, text)).toBe(yes));

  it('traditional', () => {
    const t = '今日返台的是羽球隊選手周志遠、林海、鄭雪，黃金組合一走出管制區就被包圍。';
    expect(['周志遠', '林海', '鄭雪', '黃金'].map((n) => isIntroducedWithRole(n, t))).toEqual([true, true, true, false]);
  });
});

describe('matchRunOnSay', () => {
  it.each([
    ['周志远说很感谢所有支持的人。', '周志远', '很感谢所有支持的人。'],
    ['周志遠說希望下次打得更好。', '周志遠', '希望下次打得更好。'],
    ['周志远说明了情况。', '周志远', null], // 说明: a word of its own
    ['周志远说服了队友。', '周志远', null],
    ['周志遠說，很感謝大家。', '周志遠', null], // a comma: the ordinary opening, not a run-on
  ])('%s', (text, name, rest) => expect(matchRunOnSay(text, name)).toBe(rest));
});

describe('transliterated names and Latin titles behind a title', () => {
  it.each([
    ['某汽车集团董事长科鲁格', '科鲁格', '某汽车集团董事长'],
    ['某汽車集團董事長科魯格', '科魯格', '某汽車集團董事長'],
    ['某科技公司CEO蒂姆·库克', '蒂姆·库克', '某科技公司CEO'],
    ['某科技公司首席执行官皮查伊', '皮查伊', '某科技公司首席执行官'],
    // the title runs into the name's first character: "董事长|李明", not "董事|长李明"
    ['某集团董事长李明', '李明', '某集团董事长'],
    ['某集團董事長李明', '李明', '某集團董事長'],
    ['中国政协委员、散文家赵丽华', '赵丽华', '中国政协委员、散文家'],
  ])('%s', (label, name, role) => {
    const s = splitSpeakerLabel(label);
    expect([s.name, s.role]).toEqual([name, role]);
    expect(s.evidence).toBeGreaterThanOrEqual(2);
  });
  it.each(['专家点评', '校长寄语', '董事长表示'])('not a name: %s', (label) => expect(splitSpeakerLabel(label).name).toBeNull());
  it.each([
    ['科鲁格', true],
    ['皮查伊', false], // one character of the set: not enough alone (the title above vouches for it)
    ['张建国', false],
    ['克拉的', false],
  ])('isTransliteratedName(%s) → %s', (t, yes) => expect(isTransliteratedName(t)).toBe(yes));
});

describe('matchReportedOpening: an introduced bare name is a voice', () => {
  const text = '今日返台的是羽球队选手周志远、林海，粉丝的尖叫声此起彼落。';
  it.each([
    ['周志远说很感谢所有支持的人，有很棒的环境不用担心。', '周志远'],
    ['林海表示，还是希望可以发挥运动员的本质。', '林海'],
  ])('%s', (line, name) => {
    const m = matchReportedOpening(line, { text: `${text}\n${line}` });
    expect(m && [m.name, m.role, m.introduced]).toEqual([name, null, true]);
  });
  it('not a bare name the piece never introduced', () => {
    expect(matchReportedOpening('王刚表示，会尽快回复。', { text: `${text}\n王刚表示，会尽快回复。` })).toBeNull();
  });
});

const RETURN_SIMPLIFIED = `羽球队凯旋 选手感谢支持
奥运代表团陆续返国，今日返国的是羽球队选手周志远、林海、郑雪，粉丝的尖叫声此起彼落。
双打教练陈国栋说，其实他们这次发挥得相当好，虽然第一场状态不好比较紧张，后来经过调整渐入佳境。
周志远说很感谢所有支持的人，全心全意的支持，让他们有很棒的环境，不用担心生活上的事情。林海表示，还是希望可以发挥运动员的本质，让更多运动员知道自己也可以发光发热。
接下来的规划部分，林海说希望可以在亚运打得更好，还有下一次的奥运，周志远也希望把每一场比赛做到最好。
周志远表示，自己身为运动员就要把每一场比赛做好，对于奖金的分配不需要太专注，不然打球会更有压力。`;

const RETURN_TRADITIONAL = `羽球隊凱旋 選手感謝支持
奧運代表團陸續返國，今日返國的是羽球隊選手周志遠、林海、鄭雪，粉絲的尖叫聲此起彼落。
雙打教練陳國棟說，其實他們這次發揮得相當好，雖然第一場狀態不好比較緊張，後來經過調整漸入佳境。
周志遠說很感謝所有支持的人，全心全意的支持，讓他們有很棒的環境，不用擔心生活上的事情。林海表示，還是希望可以發揮運動員的本質，讓更多運動員知道自己也可以發光發熱。
接下來的規劃部分，林海說希望可以在亞運打得更好，還有下一次的奧運，周志遠也希望把每一場比賽做到最好。
周志遠表示，自己身為運動員就要把每一場比賽做好，對於獎金的分配不需要太專注，不然打球會更有壓力。`;

describe('reactions by people the lead introduced: a round-up', () => {
  it.each([
    ['simplified', RETURN_SIMPLIFIED, ['陈国栋', '周志远', '林海']],
    ['traditional', RETURN_TRADITIONAL, ['陳國棟', '周志遠', '林海']],
  ])('%s', (_script, text, expected) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    // (周 speaks again in the last paragraph: a second turn of the same voice)
    expect([...new Set(names(o))]).toEqual(expected);
  });

  it('not a single-reporter story about one introduced person', () => {
    const o = analyzeText(`市长视察新码头
市长何明今日视察新码头工程，了解工程进度和安全措施，并慰问前线工人。
何明表示，新码头是离岛居民期盼多年的工程，政府会确保工程如期完成，方便居民出行。
工程于前年动工，耗资约三亿元，预计下月启用，届时班次将增加一倍。
何明说希望承建商继续做好安全工作，不要因为赶工而忽略工人的安全。`);
    expect(o.detected).toBe(false);
  });
});

describe('labels marked with "@" over a statement, and a site toolbar that is no label', () => {
  it.each([
    ['@带队志愿者张子明', '张子明', '带队志愿者'],
    ['@帶隊志願者張子明', '張子明', '帶隊志願者'],
    // a two-character tail stays a handle: a Weibo account's name
    ['@北京律师成明', '北京律师成明', null],
    ['@小鹿乱撞', '小鹿乱撞', null],
  ])('%s', (label, name, role) => {
    const s = splitSpeakerLabel(label);
    expect([s.name, s.role]).toEqual([name, role]);
  });
  it.each(['工作管理 设为主页 加入收藏 英文网站', '工作管理 設為首頁 加入收藏 英文網站'])('not a label: %s', (line) => expect(isLabelShaped(line)).toBe(false));
  it('volunteers under "@" labels, the toolbar line above them not a voice', () => {
    const o = analyzeText(`首页 > 走进营地 > 分营文章
工作管理 设为主页 加入收藏 英文网站
志愿者特写｜为同行而感慨
从初识到相伴，三天的朝夕相处以来，营员和志愿者结下了深厚的友谊。
@带队志愿者张子明
从第一次见到这些孩子们，我就被他们身上满满的朝气所感染，几天相处下来更发现了他们的可爱。
带队志愿者吉文博
“最美的相遇在湖大”，遇见这群孩子真的是这个夏天最美好的事情，跟他们在一起的时候很开心。`);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => [s.speaker.name, s.speaker.role]))).toEqual([
      ['张子明', '带队志愿者'],
      ['吉文博', '带队志愿者'],
    ]);
  });
});
