/**
 * Vox pop label lines without a colon (lib/understand/name-role-lines.ts): a passer-by's surname and address,
 * then an age and/or an occupation, alone on a line over their statement. Lines written here, with counter-examples.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';
import { matchAddressedLine, matchListedLine } from '@/lib/understand/name-role-lines';

describe('matchAddressedLine', () => {
  it.each([
    ['何先生 /65歲', '何先生', '65歲'],
    ['蘇女士/38歲', '蘇女士', '38歲'],
    ['鄧小姐 26歲 銀行職員', '鄧小姐', '26歲 銀行職員'],
    ['高同學中四學生', '高同學', '中四學生'],
    ['朱太太 家庭主婦', '朱太太', '家庭主婦'],
  ])('%s → %s (%s)', (line, name, role) => expect(matchAddressedLine(line)).toEqual({ name, role }));
  it.each([
    '何先生',
    '何先生說，今天天氣很好',
    '一位不願透露姓名的先生',
    '這位女士 40歲',
    '老先生 70歲',
    '何先生：「今天很好。」',
  ])('%s → none', (line) => expect(matchAddressedLine(line)).toBeNull());
});

describe('matchListedLine', () => {
  it.each([
    ['* 林小姐、高雄人、護理師', '林小姐', '高雄人、護理師'],
    ['吳志明，41歲，廣州人，快遞員。', '吳志明', '41歲，廣州人，快遞員'],
    ['周晓梅,8岁,新宁波人。', '周晓梅', '8岁,新宁波人'],
    ['【本報訊】張雅婷同學', '張雅婷', null],
    ['●何家豪同学', '何家豪', null],
  ])('%s → %s (%s)', (line, name, role) => expect(matchListedLine(line)).toEqual({ name, role }));
  it.each([
    '林小姐、護理師',
    '吳志明，男，漢族，廣州人',
    '吳志明，1975年生，廣州人',
    '吳志明，你是廣州人嗎？',
    '廣州市民、外地遊客、本地人都來了',
    '這位同學',
    '吳志明，41歲，廣州人，在一家快遞公司做了十多年的分揀員，每天凌晨四點出門上班',
  ])('%s → none', (line) => expect(matchListedLine(line)).toBeNull());
});

describe('listed label lines make a voices feature', () => {
  it('each over a short remark, two people over one', () => {
    const text = [
        '新春街頭心願',
        '* 林小姐、高雄人、護理師',
        '希望今年病人少一點，大家都平平安安。',
        '吳志明，41歲，廣州人，快遞員。',
        '周晓梅，8歲，廣州人。',
        '新年願望：爸爸不要太辛苦，早點回家陪我們吃飯。',
        '* 蔡先生、台南人、退休教師',
        '我只想孫子考上好學校，其他都不重要了。',
      ].join('\n');
    const labels = parseBlocks(blocksFromText(text), { fromDocument: false }).lines.filter((it) => it.kind === 'label');
    expect(labels.map((it) => it.speaker?.name)).toEqual(['林小姐', '吳志明', '周晓梅', '蔡先生']);
    expect(analyzeText(text).topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(
      expect.arrayContaining(['林小姐', '周晓梅', '蔡先生']),
    );
  });
  it('one such line alone names no one', () => {
    const o = analyzeText(
      [
        '快遞業春節不打烊',
        '吳志明，41歲，廣州人，快遞員。',
        '今年春節他又要留在廣州過年，公司安排了加班補貼，他說這樣也好，可以多存一點錢。',
      ].join('\n'),
    );
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).not.toContain('吳志明');
  });
});

describe('label lines of passers-by make a voices feature', () => {
  it('two or more lines, each over a statement', () => {
    const o = analyzeText(
      [
        '街坊點睇新巴士線',
        '何先生 /65歲',
        '「以前去醫院要轉兩程車，而家一程車就到，慳返好多時間，我哋老人家真係方便咗好多。」',
        '蘇女士/38歲',
        '「早上班次太少，等十幾分鐘都未有車，希望巴士公司加密班次，唔好淨係得個開幕。」',
        '高同學中四學生',
        '「返學近咗好多，可以遲啲起身，不過放學嘅時候車上好迫，成日要企。」',
      ].join('\n'),
    );
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => [s.speaker.name, s.speaker.role]))).toEqual([
      ['何先生', '65歲'],
      ['蘇女士', '38歲'],
      ['高同學', '中四學生'],
    ]);
  });
  it('one such line alone is no feature', () => {
    const o = analyzeText(
      [
        '新巴士線今日開通',
        '運輸署表示，新巴士線今日開通，來往屋邨與醫院，每二十分鐘一班，預計每日載客三千人次。',
        '何先生 /65歲',
        '「以前去醫院要轉兩程車，而家一程車就到，慳返好多時間，我哋老人家真係方便咗好多。」',
      ].join('\n'),
    );
    expect(o.detected).toBe(false);
  });
});

describe('a handle with its role in brackets after the dashes is a speaker', () => {
  it('quote digest with "——handle(role)" attributions', () => {
    const o = analyzeText(
      [
        '老城区停车难，占道停车越来越多，晚上回家经常要绕好几圈才能找到车位，希望有关部门多建立体停车场。',
        '——江城老司机(出租车司机)',
        '城市停车问题的根子在规划，新建小区的车位配比要提高，老小区可以错峰共享单位的车位。',
        '——宋建平(学者)',
      ].join('\n'),
    );
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => [s.speaker.name, s.speaker.role]))).toEqual([
      ['江城老司机', '出租车司机'],
      ['宋建平', '学者'],
    ]);
  });
  it('a dash line with a bracketed date or source is no speaker', () => {
    const o = analyzeText(['老城区停车难，占道停车越来越多，希望多建立体停车场，解决居民的实际困难。', '——本报评论(2012)', '城市停车问题的根子在规划，新建小区的车位配比要提高。', '——摘自《晚报》(节选)'].join('\n'));
    expect(o.detected).toBe(false);
  });
});
