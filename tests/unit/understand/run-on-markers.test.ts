/**
 * A page whose paragraphs were run together into one long line keeps its section markers after a space
 * ("…旁边坐位 ★乘客刘某 回家前先去…"): each marker opens a paragraph again. A short line's star is a rating or a
 * decoration and stays. Text written here.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand';

const BODY = '记者在列车上看到，车厢里挤满了回家过年的旅客，过道上站满了人，连洗手间门口也坐着人。'.repeat(3);

describe('blocksFromText: a run-on line cut at its inline section markers', () => {
  it('cuts before each marker that follows a space', () => {
    const line = `★乘客张某 少吃少喝 ${BODY} ★乘客李某 先去讨工资 ${BODY}`;
    expect(blocksFromText(line).map((b) => b.text.slice(0, 7))).toEqual(['★乘客张某 少', '★乘客李某 先']);
  });
  it.each([
    // short: a rating
    ['这家店的评分是 ★★★★ 四颗星，菜品不错。'],
    // a marker with no space before it, or not before Han text
    [`${BODY}★乘客张某${BODY}`],
    [`${BODY} ★ ${BODY}`],
  ])('leaves the line whole: %#', (line) => {
    expect(blocksFromText(line)).toHaveLength(1);
  });
});
