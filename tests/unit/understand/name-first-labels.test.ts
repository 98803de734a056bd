/**
 * Name-first attributions (name-first-labels.ts): "——姓名，职务" and "——姓名（职务）" under a quoted paragraph, and
 * a photo essay's "姓名 / 职务 / 地点" line over the person's words; and labels that end in a verb of saying
 * ("一位老师分享：") hold no name (names.ts). Texts written here in the pattern of mainland and Hong Kong pages,
 * simplified and traditional, each form with look-alikes that name no one.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';
import { matchNameFirstAttribution, matchSlashLabel } from '@/lib/understand/name-first-labels';
import { splitSpeakerLabel } from '@/lib/understand/names';

function labelSpeakers(text: string): Array<[string, string | null]> {
  const res = parseBlocks(blocksFromText(text), { fromDocument: false });
  return res.lines
    .filter((it) => (it.kind === 'label' || it.kind === 'attribution') && !it.host && it.speaker?.name)
    .map((it) => [it.speaker!.name!, it.speaker!.role]);
}

describe('matchNameFirstAttribution', () => {
  it.each([
    ['——王建国，某市第一中学校长、全国人大代表', { name: '王建国', role: '某市第一中学校长、全国人大代表' }],
    ['——李秀英,省妇联副主席。', { name: '李秀英', role: '省妇联副主席' }],
    ['――陳志明，香港大學教授', { name: '陳志明', role: '香港大學教授' }],
    ['——赵丽，全国政协委员，某大学副校长', { name: '赵丽', role: '全国政协委员，某大学副校长' }],
    // a mirror's pinyin glosses are read past and kept as printed
    ['——劉強，全國政協(xié)委員', { name: '劉強', role: '全國政協(xié)委員' }],
    ['——David Smith，某咨询公司首席经济学家', { name: 'David Smith', role: '某咨询公司首席经济学家' }],
  ])('%s', (line, expected) => {
    expect(matchNameFirstAttribution(line)).toEqual(expected);
  });

  it.each([
    '——鲁迅，《呐喊》',
    '——摘自本报，2016年',
    '——北京，2019年春',
    '——张伟，我们明天再见',
    '——编者，写在前面',
    '王建国，某市第一中学校长',
    '——全国人大代表王建国',
    // the bracket form is the attribution reader's (see the page below)
    '——张伟（全国政协委员）',
  ])('%s names no one this way', (line) => {
    expect(matchNameFirstAttribution(line)).toBeNull();
  });
});

describe('matchSlashLabel', () => {
  it.each([
    ['周海燕 / 急诊科护士 / 湖北武汉', { name: '周海燕', role: '急诊科护士 / 湖北武汉' }],
    ['黃志強 / 保安 / 廣東東莞', { name: '黃志強', role: '保安 / 廣東東莞' }],
    ['賴美玲 / 120司機(jī) / 福建漳州', { name: '賴美玲', role: '120司機(jī) / 福建漳州' }],
    ['孙立 / 副教授', { name: '孙立', role: '副教授' }],
  ])('%s', (line, expected) => {
    expect(matchSlashLabel(line)).toEqual(expected);
  });

  it.each(['首页 / 新闻 / 国内', '北京 / 上海 / 广州', '张伟 / 李娜', '2019 / 12 / 01', '周海燕/急诊科护士/湖北武汉', '孙立 / 很好'])('%s is no label', (line) => {
    expect(matchSlashLabel(line)).toBeNull();
  });
});

describe('in a page', () => {
  it('attributions with the name first give each quoted paragraph its speaker', () => {
    const text = [
      '基层教师最缺的是培训机会，不少老师一年也参加不了一次像样的进修，我们建议设立专项经费。',
      '——王建国，某市第一中学校长、全国人大代表',
      '乡村医生的待遇问题要解决，否则年轻人留不住，村里的卫生室就会空下来。',
      '——李秀英（省卫健委副主任、全国政协委员）',
    ].join('\n');
    expect(labelSpeakers(text)).toEqual([
      ['王建国', '某市第一中学校长、全国人大代表'],
      ['李秀英', '省卫健委副主任、全国政协委员'],
    ]);
  });

  it('slash lines over each person\'s words are speakers when the layout repeats', () => {
    const text = [
      '周海燕 / 急診科護士 / 湖北武漢',
      '除夕夜我在醫院值班，這已經是第五個不回家的春節了。',
      '黃志強 / 保安 / 廣東東莞',
      '廠裡的人都走了，我得守著大門，家裡人也理解。',
    ].join('\n');
    expect(labelSpeakers(text).map(([n]) => n)).toEqual(['周海燕', '黃志強']);
  });

  it('one slash line alone is no layout', () => {
    expect(labelSpeakers('周海燕 / 急诊科护士 / 湖北武汉\n除夕夜我在医院值班，这已经是第五个不回家的春节了。')).toEqual([]);
  });
});

describe('a label ending in a verb of saying holds no name', () => {
  it.each(['一位退休中学老师分享', '另一位店主则补充', '一位老師指出', '有位教授强调'])('%s', (label) => {
    expect(splitSpeakerLabel(label).name).toBeNull();
  });
  it.each([
    ['退休中学老师王丽', '王丽'],
    ['店主李享', '李享'],
  ])('%s still names %s', (label, name) => {
    expect(splitSpeakerLabel(label).name).toBe(name);
  });
});

describe('a Latin name after where the person is from', () => {
  it.each([
    ['來自馬來西亞的Grace Wong', 'Grace Wong', '來自馬來西亞的'],
    ['来自伦敦的Tom Baker', 'Tom Baker', '来自伦敦的'],
  ])('%s', (label, name, role) => {
    expect(splitSpeakerLabel(label)).toMatchObject({ name, role });
  });
  it.each(['最新款的Apple Watch', '今年的New Year'])('%s names no one', (label) => {
    expect(splitSpeakerLabel(label).name).toBeNull();
  });
});
