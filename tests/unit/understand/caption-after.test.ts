/**
 * A photo's caption after the piece (prose-judge.ts cutTrailingFurniture): a seminar report printed as a lead and one
 * paragraph per speaker may close on the caption of its photo, placing its people ("林某（右四）、陈某（左三）等出席"): the
 * picture's line, not the reporter's narrative going on after the voices. Texts written here, in the layout of a
 * seminar report, simplified and traditional (its speakers hold no office: an official among two is the event's story,
 * round-vetoes.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';

const names = (o: Outline): Array<string | null> => o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

const SEMINAR = `智慧农业研讨会在农学院举行
本报讯 由某经济研究院主办的智慧农业研讨会，昨日在农学院国际会议厅举行，来自产官学界的两百多位来宾与会，围绕数字技术如何帮助小农户降低成本展开讨论。
某经济研究院生物产业研究中心主任林佳慧表示，农业、食品和健康相关的产业占本地生产总值的两成，数字化是这些产业转型的关键，研究院将把试点农场的数据向农民开放，帮助他们根据土壤和天气安排种植。
某县农会总干事陈志远指出，本地农户大多规模很小，难以负担传感器和管理软件的费用，市政府明年将设立专项补贴，由农会统一采购设备，再以低廉的租金提供给农户使用，降低他们的门槛。
研究院昨日举办研讨会，林佳慧主任（右四）、农学院副院长黄国栋（右二）、农会总干事陈志远（左三）等出席。`;

const SEMINAR_TRAD = `智慧農業研討會在農學院舉行
本報訊 由某經濟研究院主辦的智慧農業研討會，昨日在農學院國際會議廳舉行，來自產官學界的兩百多位來賓與會，圍繞數字技術如何幫助小農戶降低成本展開討論。
某經濟研究院生物產業研究中心主任林佳慧表示，農業、食品和健康相關的產業佔本地生產總值的兩成，數字化是這些產業轉型的關鍵，研究院將把試點農場的數據向農民開放，幫助他們根據土壤和天氣安排種植。
某縣農會總幹事陳志遠指出，本地農戶大多規模很小，難以負擔傳感器和管理軟件的費用，市政府明年將設立專項補貼，由農會統一採購設備，再以低廉的租金提供給農戶使用，降低他們的門檻。
研究院昨日舉辦研討會，林佳慧主任（右四）、農學院副院長黃國棟（右二）、農會總幹事陳志遠（左三）等出席。`;

// the same closing on the reporter's narrative, no caption: the story goes on after its two speakers, two paragraphs of
// it (one closing paragraph may be a report's conclusion: reported-pair.ts)
const NARRATIVE = SEMINAR.replace(/\n研究院昨日举办研讨会[^\n]*$/u, '\n研讨会下午还安排了农场参观，与会者实地察看了温室里的传感器和滴灌设备，并与农场负责人交流了试点的经验。\n傍晚，参观团又来到农学院的育种实验室，几名研究生现场演示了无人机巡田的操作，来宾们饶有兴趣地围观。');

describe("a photo's caption after the speakers is no narrative", () => {
  it.each<[string, string, string[] | null]>([
    ['two speakers, then the caption placing them (simplified)', SEMINAR, ['林佳慧', '陈志远']],
    ['the same (traditional)', SEMINAR_TRAD, ['林佳慧', '陳志遠']],
    ["not: the reporter's narrative after the speakers", NARRATIVE, null],
  ])('%s', (_what, text, want) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(want !== null);
    if (want) expect(names(o)).toEqual(want);
  });
});
