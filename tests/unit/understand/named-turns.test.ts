/**
 * Turns labelled by less than a full name: a surname alone in a programme transcript whose guest list has two
 * people of one surname (the turn that introduces itself says which; the host named in the header is no voice), and
 * a bare given name or a Latin name repeated as a label and named in the running text (surname-labels.ts,
 * repeated-name-labels.ts). Texts written here, with counter-examples that must stay unlabelled.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { roleInBrackets, selfIntroduced } from '@/lib/understand/surname-labels';

const speakers = (text: string) => {
  const o = analyzeText(text);
  return o.detected ? [...new Set(o.topics.flatMap((t) => t.statements.map((s) => `${s.speaker.name}/${s.speaker.role ?? ''}`)))] : [];
};

describe('surname turns: self-introduction and the host', () => {
  it('the turn says which of two people with one surname speaks', () => {
    expect(selfIntroduced('我是来自山东农村的赵明远，收听这个节目二十年了。', new Set(['赵明远', '赵雪']))).toBe('赵明远');
    expect(selfIntroduced('我叫赵雪，是一名大学老师。', new Set(['赵明远', '赵雪']))).toBe('赵雪');
    // (no introduction, or one naming neither: no guess)
    expect(selfIntroduced('对，我也是这么想的。', new Set(['赵明远', '赵雪']))).toBeNull();
  });
  it('a guest list brackets the role after the name; a photo note is no role', () => {
    expect(roleInBrackets('嘉宾：孙立平（退休工人） 赵雪（大学教师）', '赵雪')).toBe('大学教师');
    expect(roleInBrackets('孙立平（右）与赵雪交谈', '孙立平')).toBeNull();
  });
  const transcript = [
    '《晚间半小时》：新年特别节目',
    '嘉宾：孙立平（退休工人）',
    '赵明远（热心听众）',
    '赵雪（大学教师）',
    '主持：钱晓',
    '钱：听众朋友们好，欢迎收听今天的节目，今天请来了几位老朋友。',
    '孙：我叫孙立平，退休以前在纺织厂上班，几十年来一直听这个节目，今天能来现场非常高兴。',
    '钱：孙师傅是我们的老听众了，旁边这位年轻人也来介绍一下吧。',
    '赵：我是来自山东农村的赵明远，十几岁就开始收听这个节目，它陪我度过了很多难熬的日子。',
    '孙：年轻人能坚持这么多年，真不容易。',
  ].join('\n');
  it('a transcript with a guest list: the guests by their full names and bracketed roles, not the host', () => {
    expect(speakers(transcript)).toEqual(['孙立平/退休工人', '赵明远/热心听众']);
  });
});

describe('a bare given name or a Latin name as a repeated label, named in the text', () => {
  const report = [
    '【本台消息】晓彤是今年的应届考生，疫情下她只有三分之一的时间能回校上课。',
    '晓彤：「网课始终比不上面对面上课，老师讲得生动，同学之间也可以互相讨论。」',
    '她说在家温习很难集中精神。',
    '晓彤：「在家太容易分心了，想睡就睡，想吃就吃，模拟考的成绩也下降了。」',
    '同样今年应考的Kelvin，这天请假去旁听一宗案件。',
    'Kelvin：「过去两年发生的事一直影响我的情绪，很多时候真的不想上学。」',
    '他的目标是入读法律系。',
    'Kelvin：「考完之后拿到的学位会不会贬值？没有人知道。」',
  ].join('\n');
  it('two such names, each repeated and each named in the prose: two voices', () => {
    // ("今年应考的": a describing clause before the name, the role as printed)
    expect(speakers(report)).toEqual(['晓彤/', 'Kelvin/今年应考的']);
  });
  it('a label once only, or never named in the prose, stays weak', () => {
    const once = report.replace('晓彤：「在家太容易分心了，想睡就睡，想吃就吃，模拟考的成绩也下降了。」\n', '');
    expect(speakers(once)).toEqual([]);
    const unnamed = report.replace('同样今年应考的Kelvin，这天请假去旁听一宗案件。', '另一名考生这天请假去旁听一宗案件。');
    expect(speakers(unnamed)).toEqual([]);
  });
  it('a repeated notice word is no name ("提示：" twice)', () => {
    const notes = ['提示：「请带好随身物品。」', '今天的提示很多，大家注意。', '提示：「下一站是终点站。」'].join('\n');
    expect(speakers(notes)).toEqual([]);
  });
});
