/**
 * A voice whose every turn is a greeting or a thanks ("大家好！", "李博士，你好！", "谢谢主持人。") says nothing
 * (judge-feature.ts): a programme's guest greeting the listeners before the host's first question is no second voice.
 * Texts written here, in the layout of a radio programme's transcript.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';

// the host greets the guest, the guest greets the listeners, the host goes on (the excerpt ends before an answer)
const GREETING = `汽车圆桌 | 电动化为何势不可挡
大家好，我是某网主编张建国，欢迎收听今天的节目。
张建国：李博士，你好！
李秀兰：大家好！
张建国：就我了解，您在电动汽车这个领域做了很多年，既有理论上的探讨，也在产业的实际操作层面做了很多工作，包括您现在做的充电设施公司，在充电网络的建设运营方面做了大量实际工作。`;

describe('a greeting is no statement', () => {
  it.each<[string, string, boolean]>([
    ['not: a host and a guest who has only greeted', GREETING, false],
    ['not: the guest only thanking the host', GREETING.replace('李秀兰：大家好！', '李秀兰：谢谢主持人。'), false],
    ['not: the same in traditional script', GREETING.replace('李秀兰：大家好！', '李秀蘭：謝謝。'), false],
    ['the guest saying something in that turn: two voices', GREETING.replace('李秀兰：大家好！', '李秀兰：电动化已经是全球车企的共同选择，中国的充电网络建设走在了前面，这是我们的优势。'), true],
  ])('%s', (_what, text, want) => {
    expect(analyzeText(text).detected).toBe(want);
  });
});
