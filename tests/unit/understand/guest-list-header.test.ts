/**
 * The header of a press conference's guest list ("出席嘉宾：" and the names after it) lists who sits on the stage:
 * no one speaks in it. Read as a nameless speaker's label, it made the host's welcome a round of two voices
 * (batch-102, a union's press conference cut after the host's opening: a false feature on its first run).
 * Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { isLabelShaped } from '@/lib/understand/lines';

const conference = (header: string) =>
  [
    '“城市公交开通七十周年”主题新闻发布会',
    '4月2日上午，市总工会新闻中心召开“城市公交开通七十周年”主题新闻发布会，介绍城市公交的发展历程和几代公交职工的贡献。',
    `${header}：市总工会新闻发言人、宣传部部长赵立新，市交通运输工会主席钱文博，市劳动模范、公交集团驾驶员孙晓梅。`,
    '时间：2024-04-02',
    '赵立新：各位记者朋友，大家上午好！欢迎参加今天的新闻发布会。今年是我市开通第一条公交线路七十周年，下面请钱文博主席介绍有关情况。',
  ].join('\n');

describe('a guest list header is no speaker', () => {
  it.each(['出席嘉宾', '出席嘉賓', '与会嘉宾', '與會嘉賓', '出席人员', '出席人員'])('"%s" is not a label', (header) => {
    expect(isLabelShaped(header)).toBe(false);
  });

  it.each(['出席嘉宾', '出席嘉賓', '出席人员'])('a press conference cut after the host’s welcome, under "%s：", is no feature', (header) => {
    const outline = analyzeText(conference(header));
    expect(outline.detected).toBe(false);
  });

  it('two guests who speak after the list are still voices of the page, the list is not one of them', () => {
    const text = `${conference('出席嘉宾')}\n钱文博：七十年来，全市公交线路从一条发展到四百多条，职工队伍从几十人发展到两万多人。\n孙晓梅：我开了二十年公交车，最大的变化是车越来越新，乘客也越来越多。`;
    const outline = analyzeText(text);
    const names = outline.topics.flatMap((t) => t.statements.map((s) => s.speaker.name ?? s.speaker.role));
    expect(names).not.toContain('出席嘉宾');
  });
});
