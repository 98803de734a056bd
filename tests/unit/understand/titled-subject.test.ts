/**
 * A round-up's way of introducing each person (lib/understand/prose-voices.ts, titledSubject): a title, the full
 * name, then whatever they did; their words follow in "他/她表示", "…的她说" or a quotation of their own. And the
 * role kept with a clause that counts their years (role-tidy.ts). Sentences written here, with made-up people.
 */
import { describe, expect, it } from 'vitest';
import { describedPasserBy, personOfChunk, readProseVoices, titledSubject } from '@/lib/understand/prose-voices';
import { tidyRole } from '@/lib/understand/role-tidy';
import { isPersonName, splitSpeakerLabel } from '@/lib/understand/names';

describe('titledSubject: the titled full name opening a sentence', () => {
  const yes: Array<[string, string, string]> = [
    ['射击冠军林晓文获得全国先进个人称号。', '林晓文', '射击冠军'],
    ['某师范大学教育学院副院长周立新教授聚焦课堂评价的新方法。', '周立新', '某师范大学教育学院副院长'],
    // a short quoted word in the description
    ['首次参加集训的“00后”住院医师韩雪梅在病房第一次见到病人。', '韩雪梅', '首次参加集训的“00后”住院医师'],
    // 与 inside a word ("参与") is no action on someone
    ['首次参与救援的志愿者郑海燕在山里守了三天。', '郑海燕', '首次参与救援的志愿者'],
    // after a connective clause; a two-character name before "深表"
    ['对此，全国政协委员、某博物馆研究员余峻深表赞同。', '余峻', '全国政协委员、某博物馆研究员'],
    // not a title's head: "常务副|校长" is no name, the name comes after the whole title
    ['某科技大学常务副校长潘立群表示，差距还很大。', '潘立群', '某科技大学常务副校长'],
    ['繁體的市議員陳家豪昨日走訪了三個屋邨。', '陳家豪', '繁體的市議員'],
  ];
  it.each(yes)('%s → %s (%s)', (s, name, role) => expect(titledSubject(s)).toEqual({ name, role }));

  const no: string[] = [
    // a possessor: the sentence is about their performance, the subject someone else
    '对于特首李家明的表现，他表示不予置评。',
    // the passive: the person named did something to the subject
    '曾遭主席江海涛批评的记者小王从不后悔。',
    // a passer-by by address is read elsewhere (vox pop paths), not here
    '市民李女士也尝试过早高峰的地铁。',
    // no title before the name
    '王建国获得全国先进个人称号。',
    // the action is on someone else
    '记者拜访了退休教师何秀英。',
  ];
  it.each(no)('%s → none', (s) => expect(titledSubject(s)).toBeNull());
});

describe('readProseVoices: the words after a titled person introduced by what they did', () => {
  it('a pronoun with a scene of speaking: "她发言时表示"', () => {
    const r = readProseVoices(['射击冠军林晓文获得全国先进个人称号。她发言时表示，失利让自己学会了冷静。']);
    expect(r.voices.map((v) => [v.name, v.role])).toEqual([['林晓文', '射击冠军']]);
  });
  it('a pronoun after a connective clause: "为此，她带来了建议：“…”"', () => {
    const r = readProseVoices(['市政协委员廖晓琴历时半年走访十余所乡村学校。为此，她带来了相关建议：“要给乡村教师增设心理培训。”']);
    expect(r.voices.map((v) => v.name)).toEqual(['廖晓琴']);
  });
  it('a pronoun after what describes them: "…奋战8天的她说"', () => {
    const r = readProseVoices(['刚毕业10天的社区医生吴佳怡就上了一线，在检测点奋战8天的她说：“我很骄傲！”']);
    expect(r.voices.map((v) => [v.name, v.role])).toEqual([['吴佳怡', '刚毕业10天的社区医生']]);
  });
  it('a quotation right after the sentence that introduces them, in the same paragraph', () => {
    const r = readProseVoices(['某文化中心副主任陈思远是第一次参会的新代表。“这次大会规模最大，我很受鼓舞。”']);
    expect(r.voices.map((v) => v.name)).toEqual(['陈思远']);
  });
  it('not a quotation opening the next paragraph, nor one after a sentence naming no titled person', () => {
    expect(readProseVoices(['某文化中心副主任陈思远是第一次参会的新代表。', '“这次大会规模最大。”']).voices).toEqual([]);
    expect(readProseVoices(['会场里座无虚席，气氛热烈。“这次大会规模最大。”']).voices).toEqual([]);
  });
});

describe('tidyRole: a clause counting their years stays with the title', () => {
  const cases: Array<[string, string]> = [
    ['有近20年教龄的中学教师', '有近20年教龄的中学教师'],
    ['刚毕业十天的社区医生', '刚毕业十天的社区医生'],
    ['从医三十年的主任医师', '从医三十年的主任医师'],
    // a clause of what they do or did, no count: the title is what they are
    ['长期研究城市交通的研究院院长', '研究院院长'],
    // how long they have lived somewhere is where they live
    ['住在老城区十年的居委会主任', '居委会主任'],
  ];
  it.each(cases)('%s → %s', (role, want) => expect(tidyRole(role)).toBe(want));
});

describe('role words of people by what they share, a team leader, a village chief', () => {
  const cases: Array<[string, string, string]> = [
    ['友善農友 林建華', '林建華', '友善農友'],
    ['某市女子排球队领队赵雅文', '赵雅文', '某市女子排球队领队'],
    ['来自某市的跑友张丽', '张丽', '来自某市的跑友'],
  ];
  it.each(cases)('%s → %s (%s)', (label, name, role) => {
    const split = splitSpeakerLabel(label);
    expect([split.name, split.role]).toEqual([name, role]);
    expect(split.evidence).toBeGreaterThanOrEqual(2);
  });
  it('a label with such a role heads its quotation', () => {
    const r = readProseVoices(['某地的市集每周六开张。', '来自某市的跑友张丽也表示，夜跑的气温让她感觉轻松。“本来很担心下雨，结果天公作美。”']);
    expect(r.voices.map((v) => [v.name, v.role])).toEqual([['张丽', '来自某市的跑友']]);
  });
});

describe('an @handle with a describing clause in it is one name', () => {
  it.each([
    ['@戴着眼镜的写字匠', '戴着眼镜的写字匠', null],
    ['@爱爬山的老王头', '爱爬山的老王头', null],
    // a title and a full name after "@" stay a label's role and name
    ['@带队志愿者张立政', '张立政', '带队志愿者'],
  ])('%s → %s', (label, name, role) => {
    const split = splitSpeakerLabel(label);
    expect([split.name, split.role]).toEqual([name, role]);
  });
});

describe('describedPasserBy: a passer-by met by a description before their address form', () => {
  it.each([
    ['家住城东的王先生，祖籍外省，今天带父母出游。', '王先生'],
    ['在一所小学门外，65岁的孙阿姨边等着接孩子，边和几位老人聊天。', '孙阿姨'],
    ['在餐厅送外卖五年的何先生，有一个特别显眼的身材。', '何先生'],
  ])('%s → %s', (s, name) => expect(describedPasserBy(s)?.name).toBe(name));
  it.each([
    '王先生今天带父母出游。', // no description: a story's subject as often as a voice
    '这位老先生笑了笑。', // no surname
    '记者拜访了住在城东的王先生。', // the reporter's action on them
  ])('%s → none', (s) => expect(describedPasserBy(s)).toBeNull());
  it('their quotation right after, in the same paragraph', () => {
    const r = readProseVoices(['在一所小学门外，65岁的孙阿姨边等着接孩子，边和几位老人聊天。“我们这些老人，都在照看孙辈。”']);
    expect(r.voices.map((v) => v.name)).toEqual(['孙阿姨']);
  });
});

describe('a manner of saying is no name; a transliterated name ending in 地 is kept whole', () => {
  it('"…代表骄傲地说": no name "骄傲地"', () => {
    expect(splitSpeakerLabel('某型飞机总设计师杨立代表骄傲地').name).not.toBe('骄傲地');
    expect(isPersonName('高兴地')).toBe(false);
  });
  it('"来自某地的某某·某提赛地代表动情地告诉记者"', () => {
    expect(personOfChunk('来自某地的阿不都·买提赛地代表动情地')).toEqual({ name: '阿不都·买提赛地', role: '代表' });
  });
});
