/**
 * The name slot of a run of labels (run-label-names.ts): after a title the run already gave a named person, what
 * stands between the title and the colon is the name, though the name list doubts it. Texts written here.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';
import { readSlotName } from '@/lib/understand/run-label-names';

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
    // another title before the colon
    ['市民王建国：“公交线路调整后方便多了。”', '游客', null],
    // no words after the colon: a heading
    ['游客葛永和：', '游客', null],
  ])('%s', (line, role, want) => {
    expect(readSlotName(line, role)?.name ?? null).toBe(want);
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
