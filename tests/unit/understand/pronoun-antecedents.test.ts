/**
 * Who a pronoun that speaks refers to (lib/understand/pronoun-antecedents.ts), and the prose reader using it
 * (prose-voices.ts): a round-up of members or guests names each in a sentence of what they did, then "他说".
 * Sentences written here, simplified and traditional, each format with its counter-examples.
 */
import { describe, expect, it } from 'vitest';
import { findPronounAntecedent } from '@/lib/understand/pronoun-antecedents';
import { findSentenceVoice, personOfChunk, readProseVoices } from '@/lib/understand/prose-voices';

const read = (c: string) => personOfChunk(c);

describe('findPronounAntecedent: the person the sentences before the pronoun are about', () => {
  const yes: Array<[string[], string, string | null]> = [
    // a member named with a title, then what they did
    [['全国政协委员、省医院主任医师周建民刚走下飞机就被记者围住。'], '周建民', '全国政协委员、省医院主任医师'],
    [['全國政協委員、中科院院士鄭文濤剛走下舷梯就被記者攔住。'], '鄭文濤', '全國政協委員、中科院院士'],
    // a describing clause before the title, the name closing the clause
    [['在机场出口准备登车的全国人大代表、市审计局副局长邓光荣，多年来从事审计工作。'], '邓光荣', '在机场出口准备登车的全国人大代表、市审计局副局长'],
    // a mention inside a scene clause: with whom the reporter talked
    [['在与全国政协委员马秀兰的交谈中，她的电话一直响个不停。'], '马秀兰', '全国政协委员'],
    // the pronoun's own sentence up to the pronoun: a clause of who they are first
    [['团员吴家乐透过微信分享今次访台感受。'], '吴家乐', '团员'],
    // the latest sentence that names someone wins
    [['市民代表李红梅昨天到场。', '全国人大代表王建设也到了现场。'], '王建设', '全国人大代表'],
    // what they did next, a verb of living, a daily habit or a trade ("住在", "每天", "開了")
    [['退休教師龐美玲住在沙田多年。'], '龐美玲', '退休教師'],
    [['的士司機祁國強開了二十年車。'], '祁國強', '的士司機'],
    [['环卫工人计春生每天凌晨四点出门。'], '计春生', '环卫工人'],
    // an adverb a surname character opens (曾经) is no name: the clause after it holds the person
    [['曾经提出银行不能变成当铺，长期研究金融的某实验室理事长邬晓丹，也写了一个字。'], '邬晓丹', '长期研究金融的某实验室理事长'],
  ];
  it.each(yes)('%j → %s (%s)', (recent, name, role) => expect(findPronounAntecedent(recent, read)).toEqual({ name, role }));

  const no: string[][] = [
    // nobody named
    [['会场里座无虚席，气氛热烈。']],
    // a leader acting for a body: "代表" is a verb here, 党中央 no person
    [['总书记首先代表党中央向大家致以问候。']],
    // a clause of narrative before a word, not a role before a name
    [['她乐见政府提出重建旧屋邨的计划，认为方向正确。']],
    // words a surname starts, not a name ("马华只有" is a party and a verb)
    [['马华只有一个选择。']],
    // an organisation, not a person
    [['官方媒体昨日发表评论。']],
  ].map((r) => r[0]!);
  it.each(no)('%j → none', (...recent) => expect(findPronounAntecedent(recent, read)).toBeNull());
});

describe('readProseVoices: the pronoun speaks for the person named before it', () => {
  it('a round-up of members, each named with a title, then their words after 他/她', () => {
    const r = readProseVoices([
      '抵京后，住省全国政协委员们都在忙什么？记者在委员住地看到，大家有的忙着学习，有的修改提案。',
      '在与全国政协委员马秀兰的交谈中，她的电话一直响个不停。从事护理工作三十年，她说：“农村卫生室的条件还要改善。”',
      '全国政协委员、省医院主任医师周建民刚走下飞机就被记者围住。他说，希望今年能推动分级诊疗。',
      '在机场出口准备登车的全国政协委员、市审计局副局长邓光荣，多年来从事审计工作。他说，要进一步推进财税改革。',
    ]);
    expect(r.voices.map((v) => [v.name, v.role])).toEqual([
      ['马秀兰', '全国政协委员'],
      ['周建民', '全国政协委员、省医院主任医师'],
      ['邓光荣', '在机场出口准备登车的全国政协委员、市审计局副局长'],
    ]);
  });
  it('not when the sentence before names no one: the pronoun stays nobody\'s', () => {
    const r = readProseVoices(['会场里座无虚席，气氛热烈。他说，今年的会开得很好。', '天气转暖，游客渐多。她说，要早点出门。']);
    expect(r.voices).toEqual([]);
  });
});

describe('personOfChunk: a scene up to 时 after the named person, a title after the name', () => {
  const yes: Array<[string, string, string | null]> = [
    ['团员何家明分享体验时', '何家明', '团员'],
    ['研究中心主任孙立新与网友在线交流时', '孙立新', '研究中心主任'],
    // the title after the name is the role when only a describing clause stands before it
    ['来自农业界别的宋国强委员', '宋国强', '委员'],
    ['來自教育界別的梁志遠委員', '梁志遠', '委員'],
  ];
  it.each(yes)('%s → %s (%s)', (chunk, name, role) => expect(personOfChunk(chunk)).toEqual({ name, role }));
  // a bare name before a scene is the story's subject as often as a voice; a doubled word or media are no person
  it.each(['何家明分享体验时', '方方面面', '官方媒体', '在会上讲话时'])('%s → none', (chunk) => expect(personOfChunk(chunk)).toBeNull());
});

describe('personOfChunk: titles a round-up prints before a name', () => {
  const yes: Array<[string, string, string | null]> = [
    // an editor-in-chief speaks with standing; only the piece's own editor is staff
    ['杂志社社长、总编辑李文正', '李文正', '杂志社社长、总编辑'],
    // 主委 (a committee's chair) is a person's title
    ['省委会副主委张立群', '张立群', '省委会副主委'],
    ['全国政协委员、省委会副主委张立群', '张立群', '全国政协委员、省委会副主委'],
  ];
  it.each(yes)('%s → %s (%s)', (chunk, name, role) => expect(personOfChunk(chunk)).toEqual({ name, role }));
  it.each(['编辑李明', '本报记者王刚', '責任編輯陳文'])('%s → none', (chunk) => expect(personOfChunk(chunk)).toBeNull());
});

describe('readProseVoices: the subject before a pronoun, read with the piece as context', () => {
  it('a guest introduced with a role, then named bare, then "他表示"', () => {
    const text = [
      '本期节目邀请某研究所所长、研究员魏后明和某大学教授毛文华，一起谈谈乡村振兴。',
      '魏后明在节目中解读了“乡村振兴”的内涵。他表示，产业兴旺是重点。',
    ];
    expect(readProseVoices(text, { text: text.join('\n') }).voices.map((v) => v.name)).toEqual(['魏后明']);
  });
  it('not a bare name the piece never introduced with a role', () => {
    const text = ['魏后明在节目中解读了“乡村振兴”的内涵。他表示，产业兴旺是重点。'];
    expect(readProseVoices(text, { text: text.join('\n') }).voices).toEqual([]);
  });
  it('no name cut out of a word before the pronoun ("从事医疗卫生工|作"), even when the piece repeats the word', () => {
    const text = ['她一直从事医疗卫生工作。', '从事医疗卫生工作三十年，她说：“农村卫生室的条件还要改善，医疗卫生工作者太少。”'];
    expect(readProseVoices(text, { text: text.join('\n') }).voices).toEqual([]);
  });
});

describe('readProseVoices: a quotation, then a sentence about a person the piece follows', () => {
  const piece = (second: string) => [
    '春运首日，记者登上开往南方的列车。',
    '“能回家过年就是最好的。”',
    second,
    '孙秀英说，她和丈夫在工地干了一年。孙秀英的儿子在老家读书，孙秀英最惦记的就是他。',
  ];
  it('the quotation is the words of the person the next sentence is about, a scene first', () => {
    const text = piece('在8号车厢，孙秀英拨通了儿子的电话。');
    expect(readProseVoices(text, { text: text.join('\n') }).voices[0]?.sentences).toEqual(['“能回家过年就是最好的。”', '在8号车厢，孙秀英拨通了儿子的电话。']);
  });
  it('not when the first clause has its own speaker talking about the person ("某某认为，孙某……")', () => {
    const text = piece('Cindy认为，孙秀英选得没错。');
    expect(readProseVoices(text, { text: text.join('\n') }).voices.map((v) => v.sentences[0])).not.toContain('“能回家过年就是最好的。”');
  });
  it('not a name the piece mentions once, nor the head of a longer word', () => {
    for (const second of ['在8号车厢，周晓明拨通了儿子的电话。', '农历新年快到了，车厢里很热闹。']) {
      const text = piece(second);
      expect(readProseVoices(text, { text: text.join('\n') }).voices.map((v) => v.sentences[0])).not.toContain('“能回家过年就是最好的。”');
    }
  });
});

describe('transliterated names with a middle dot, after their role', () => {
  const yes: Array<[string, string, string | null]> = [
    ['某国立大学历史系教授安德烈·彼得罗夫', '安德烈·彼得罗夫', '某国立大学历史系教授'],
    ['来自新疆的阿依古丽·买买提代表', '阿依古丽·买买提', '代表'],
    ['某公司首席执行官约翰·史密斯', '约翰·史密斯', '某公司首席执行官'],
  ];
  it.each(yes)('%s → %s (%s)', (chunk, name, role) => expect(personOfChunk(chunk)).toEqual({ name, role }));
  // a bare dotted name is as often a person someone talks about; a reporter is the piece's own
  it.each(['约翰·史密斯', '某通讯社主任记者安德烈·彼得罗夫'])('%s → none', (chunk) => expect(personOfChunk(chunk)).toBeNull());
  it('the words after "动情地告诉中外记者" are the person\'s', () => {
    expect(findSentenceVoice('来自新疆的阿依古丽·买买提代表动情地告诉中外记者，“乡亲们的日子越过越好。”')).toEqual({ name: '阿依古丽·买买提', role: '代表' });
  });
});

describe('findPronounAntecedent: "在某某眼里"', () => {
  it('a member mentioned in whose eyes something is, the pronoun after', () => {
    expect(findPronounAntecedent(['这些在全国人大代表、某市委副书记扎西顿珠眼里，是发展的生动例证。'], read)).toEqual({ name: '扎西顿珠', role: '全国人大代表、某市委副书记' });
  });
  it('not a body a leader acts for', () => {
    expect(findPronounAntecedent(['会上，总书记首先代表党中央向大家致以问候。'], read)).toBeNull();
  });
});

describe('a vox pop\'s given name after who they are', () => {
  it.each([
    ['就读某大学的交换生Tom表示，消费券很实用。', 'Tom', '就读某大学的交换生'],
    ['從事飲食業的阿強受訪時表示，生意比去年好。', '阿強', '從事飲食業的'],
  ])('%s → %s (%s)', (s, name, role) => expect(findSentenceVoice(s)).toEqual({ name, role }));
  // no role, or someone's relative: nobody to name
  it.each(['Tom表示，消费券很实用。', '他的朋友Tom说很好。', '阿強表示，生意比去年好。'])('%s → none', (s) => expect(findSentenceVoice(s)).toBeNull());
});
