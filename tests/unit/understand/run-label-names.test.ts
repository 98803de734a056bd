/**
 * The name slot of a run of labels (run-label-names.ts): after a title the run already gave a named person, what
 * stands between the title and the colon is the name, though the name list doubts it. Texts written here.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';
import { readSlot } from '@/lib/understand/run-label-names';

/** The people the line formats name, whatever the judge decides (as scripts/reader-recall.ts reads them). */
function labelled(lines: string[]): string[] {
  const res = parseBlocks(blocksFromText(lines.join('\n')), { fromDocument: false });
  return res.lines.filter((it) => (it.kind === 'label' || it.kind === 'attribution') && !it.host && it.speaker?.name).map((it) => it.speaker!.name!);
}

describe('the slot after a title', () => {
  it.each([
    ['游客葛永和：“雪道修得平整，孩子也玩得开心。”', '游客', '葛永和'],
    ['参展商负责人 閔再韜：今年我们带来了三款新产品。', '参展商负责人', '閔再韜'],
    // another title in the slot is a group's label, not a person
    ['游客代表：“大家都觉得这次活动办得好。”', '游客', null],
    // another title before the name
    ['市民王建国：“公交线路调整后方便多了。”', '游客', null],
  ])('%s', (line, role, want) => {
    const slot = readSlot(line, role);
    expect(slot?.[1] ?? null).toBe(want);
    if (slot) expect(slot[2]).toBeTruthy();
  });
});

describe('a run of titled labels', () => {
  const run = [
    '冰雪节里的笑声',
    '本报讯 周末的滑雪场人头攒动，记者在现场采访了几位游客。',
    '游客王建国：“第一次带孩子来滑雪，设施比想象中齐全，工作人员也很耐心。”',
    '游客葛永和：“雪道修得平整，孩子玩了一上午还不想走，明年我们还来。”',
    '游客陈丽华：“晚上的篝火晚会特别热闹，大家围在一起跳舞，很开心。”',
  ];
  it('a doubted name between the run\'s title and the colon is the name', () => {
    expect(labelled(run)).toEqual(['王建国', '葛永和', '陈丽华']);
  });
  it('one titled line alone is not a run', () => {
    expect(labelled([run[0]!, run[1]!, run[3]!])).not.toContain('葛永和');
  });
});

describe('a signature under a quotation', () => {
  it.each([
    ['——印思远，全国政协委员、某理工大学副校长。', '印思远', '全国政协委员、某理工大学副校长'],
    ['  ——卡米拉·珀斯特 挪威越野滑雪女队员', '卡米拉·珀斯特', '挪威越野滑雪女队员'],
    // a title where the name should be
    ['——全国政协委员，某理工大学副校长', null, null],
  ])('%s', (line, name, role) => {
    const slot = readSlot(line.trimStart(), '——');
    expect(slot?.[1] ?? null).toBe(name);
    expect(slot?.[3] ?? null).toBe(role);
    // (a comma or a space, no colon: a signature's separator)
    if (slot) expect(slot[2]).toBeUndefined();
  });
});

describe('a run of signatures', () => {
  const run = [
    '两会上的教育声音',
    '孩子们的课业负担要减下来，课后服务要跟上，学校和家长要形成合力。',
    '——王建国，全国人大代表、某市第一中学校长',
    '职业教育同样能成才，社会对技能人才的看法需要慢慢改变过来。',
    '——印思远，全国政协委员、某理工大学副校长。',
    '乡村学校缺的不只是校舍，更缺愿意留下来的好老师。',
    '——陈丽华，全国人大代表、某县实验小学教师',
  ];
  it('a signed line between signed names names its person', () => {
    expect(labelled(run)).toEqual(['王建国', '印思远', '陈丽华']);
  });
  it('one signed line with a doubted name alone is not read', () => {
    expect(labelled(run.slice(0, 5))).not.toContain('印思远');
  });
});
