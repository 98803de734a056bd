/**
 * One role printed around several names, or on both sides of one name: names in a row share the title printed
 * once, a unit before the name takes the title after it, a bare seat after the name defers to the piece's fuller
 * introduction; and a photo caption's credit is no part of the role after it. Sentences written here, each
 * convention with a counter-example that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { dropListedNames, joinTitleAfterName, preferIntroducedSeat } from '@/lib/understand/roles-around-names';
import { settleRole } from '@/lib/understand/settle-roles';
import { tidyRole } from '@/lib/understand/role-tidy';

describe('names in a row share one title', () => {
  it.each([
    // the title after the names: what is left before this one is other people
    ['周海涛、', '吴丽萍', '会上，周海涛、吴丽萍委员认为，乡村要留住年轻人。', '委员'],
    ['孙德明、郑秀兰、', '钱家豪', '孙德明、郑秀兰、钱家豪委员提出，老街改造要听居民意见。', '委员'],
    // the title before the names, a dash's attribution
    ['省政协委员 许文博、邓雅琴', '罗振宇', '——省政协委员 许文博、邓雅琴、罗振宇', '省政协委员'],
    // a group word, then a courtesy name, then 和: the group is theirs too
    ['旅客黃先生和', '蘇小姐', '旅客黃先生和蘇小姐都說，車站指示牌太少。', '旅客'],
    // no title anywhere: no role, rather than another person's name
    ['何志明、', '马晓雯', '何志明、马晓雯都觉得票价太贵。', null],
  ])('%s + %s → %s', (role, name, text, want) => {
    expect(dropListedNames(role, name, text)).toBe(want);
  });

  it('keeps a role that ends with no name', () => {
    expect(dropListedNames('社区医生和护士', '冯立', '社区医生和护士冯立说，夜班很累。')).toBe('社区医生和护士');
    expect(dropListedNames('海关关长', '邵峰', '海关关长邵峰介绍。')).toBe('海关关长');
  });
});

describe('a unit before the name, its title after', () => {
  it('joins the unit and the title', () => {
    expect(joinTitleAfterName('江城大学化学系', '罗文静', '江城大学化学系罗文静教授在会上介绍了新实验室。')).toBe('江城大学化学系教授');
    expect(joinTitleAfterName('某市医院', '魏强', '某市医院魏强主任医师说，门诊量翻了一番。')).toBe('某市医院主任医师');
  });
  it('leaves a role that is already a title, or a unit with no title after the name', () => {
    expect(joinTitleAfterName('江城大学化学系主任', '罗文静', '江城大学化学系主任罗文静教授说。')).toBe('江城大学化学系主任');
    expect(joinTitleAfterName('江城大学化学系', '罗文静', '江城大学化学系罗文静在会上介绍了新实验室。')).toBe('江城大学化学系');
    // the reporter they told is no title; a name that carries its title takes no other
    expect(joinTitleAfterName('江城大学化学系', '罗文静', '江城大学化学系罗文静告诉记者，实验室下月开放。')).toBe('江城大学化学系');
    expect(joinTitleAfterName('某物流公司', '邱经理', '某物流公司邱经理主管说，运费涨了。')).toBe('某物流公司');
  });
});

describe('a bare seat after the name, the introduction before it', () => {
  const text = '全国人大代表、江南大学食品学院院长曹立新说起预制菜就停不下来。曹立新代表告诉记者，标准要先行。';
  it('takes the introduction that holds the seat', () => {
    expect(preferIntroducedSeat('代表', '曹立新', text)).toBe('全国人大代表、江南大学食品学院院长');
    expect(settleRole('曹立新', '代表', text)).toBe('全国人大代表、江南大学食品学院院长');
  });
  it('keeps the seat when the introduction does not hold it', () => {
    const other = '江南大学食品学院院长曹立新说起预制菜就停不下来。曹立新代表告诉记者，标准要先行。';
    expect(preferIntroducedSeat('代表', '曹立新', other)).toBe('代表');
  });
});

describe("a photo caption's furniture before the role", () => {
  it.each([
    ['摄德国采购商', '德国采购商'],
    // a causative's subject before the role ("这让…")
    ['这让刚刚当选的市政协委员', '刚刚当选的市政协委员'],
    ['這使新上任的區議員', '新上任的區議員'],
    // a photographer is a role
    ['摄影记者', '摄影记者'],
    ['摄像师', '摄像师'],
  ])('%s → %s', (role, want) => {
    expect(tidyRole(role)).toBe(want);
  });
});
