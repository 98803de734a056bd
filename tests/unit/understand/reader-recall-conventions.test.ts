/**
 * Conventions of Chinese news writing that name a person given words, which the reader missed on dev batches
 * 21–23: a trade as the role ("参展商", "批發商"), a child named as reporters name children
 * ("陳小朋友"), an adverb or a manner the verb list does not know between a titled person and their verb
 * ("深有感触地说", "连连称赞"), a congress round-up's bracketed heading over a proposal title, and a passer-by opening
 * the sentence after a quotation. Sentences written here, simplified and traditional, each with counter-examples.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { splitSpeakerLabel } from '@/lib/understand/names';
import { findSentenceVoice, readProseVoices } from '@/lib/understand/prose-voices';

type Row = [name: string | null, role: string | null];
const speakers = (o: Outline): Row[] => o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));

describe('splitSpeakerLabel: a trade (…商) is a role before the name', () => {
  it.each<[string, Row]>([
    ['泰国参展商苏莎', ['苏莎', '泰国参展商']],
    ['批发商王建明', ['王建明', '批发商']],
    ['水果批發商劉偉倫', ['劉偉倫', '水果批發商']],
    // the trade or the household alone names nobody
    ['供应商', [null, '供应商']],
    ['电商平台', [null, '电商平台']],
    // a household is a group word, not this rule's: the label stays a role
    ['一层住户', [null, '一层住户']],
  ])('%s', (label, [name, role]) => {
    const split = splitSpeakerLabel(label);
    expect([split.name, split.role]).toEqual([name, role]);
  });
});

describe('splitSpeakerLabel: a child named by surname and 小朋友', () => {
  it.each<[string, Row]>([
    ['市民张小朋友', ['张小朋友', '市民']],
    ['市民何小朋友', ['何小朋友', '市民']],
    // no surname: a child, not a name
    ['小朋友', [null, '小朋友']],
    ['一位小朋友', [null, '一位小朋友']],
  ])('%s', (label, [name, role]) => {
    const split = splitSpeakerLabel(label);
    expect([split.name, split.role]).toEqual([name, role]);
  });

  it('a vox pop of passers-by and a child, each under a colon label, names the child too', () => {
    const o = analyzeText(
      [
        '中秋夜市人头涌涌',
        '今晚是中秋节，不少市民一家大小来到夜市，感受节日气氛。',
        '市民陳先生：「想帶孩子出來感受中秋氣氛，見到有攤位遊戲就一起玩。」',
        '市民陳小朋友：「我希望大家都開開心心，晚上一起吃團圓飯。」',
        '市民林小姐：「今年第一次來這裏，覺得燈飾很漂亮，人也很多。」',
        '市民何小朋友：「天上的月亮很大很圓，我覺得很好看。」',
      ].join('\n'),
    );
    expect(speakers(o).map(([name]) => name)).toEqual(['陳先生', '陳小朋友', '林小姐', '何小朋友']);
  });
});

describe('findSentenceVoice: an adverb or a manner between a titled person and the verb', () => {
  it.each<[string, Row | null]>([
    // a manner longer than two characters: the name ends where the title's person ends, not inside the manner
    ['“这种场面以前从没见过。”村民周国栋深有感触地说。', ['周国栋', '村民']],
    ['「以前總覺得排場越大越好。」村民周國棟深有感觸地說。', ['周國棟', '村民']],
    // a doubled adverb the verb list does not hold
    ['谈起这次活动，商会名誉会长林志远连连称赞。', ['林志远', '商会名誉会长']],
    ['談起這次活動，商會名譽會長林志遠連連稱讚。', ['林志遠', '商會名譽會長']],
    // what read before still reads the same
    ['市民李明高兴地说，今年的灯会很热闹。', ['李明', '市民']],
    ['“太好了。”村民周国栋说。', ['周国栋', '村民']],
    // someone else speaks: a possessive, a second person, the reporter
    ['主任王建国的父亲连连称赞。', null],
    ['区长王建国和村民连连称赞。', null],
    ['社區事務委員會委員唐可嵐及黎俊濤表示，調查共收集問卷三百份。', null],
    ['记者王建国连连称赞。', null],
  ])('%s', (sentence, want) => {
    const who = findSentenceVoice(sentence);
    expect(who ? [who.name, who.role] : null).toEqual(want);
  });
});

describe('a congress round-up: each person a heading with seats in brackets, the title of their proposal, its text', () => {
  const ROUNDUP = [
    '两会公益提案速览',
    '今年全国两会上，多位代表委员把目光投向公益慈善领域，提出了不少建议。',
    '周明远（全国政协委员、某剧院院长）',
    '关注乡村儿童阅读',
    '建议设立乡村图书角专项资金',
    '乡村学校的图书数量少、更新慢，很多孩子一年读不到几本新书。建议设立专项资金，每年为乡村学校补充图书，并组织志愿者定期开展阅读活动。',
    '林淑华（全国人大代表、某律师事务所主任）',
    '将困境老人纳入救助范围',
    '一些独居困境老人没有固定收入，生病时无人照料。建议把这部分老人纳入临时救助范围，由社区定期上门探访，及时发现他们的困难。',
  ].join('\n');
  const PANEL = [
    '出版论坛今日举行',
    '与谈人：',
    '周明远（某出版社社长）',
    '林淑华（某书店创办人）',
    '陈立新（某文化局局长）',
    '论坛从纸本书的未来谈起，几位嘉宾分享了各自的看法，现场读者反应热烈，活动持续了两个小时。',
  ].join('\n');
  it('each heading over a title and the text names its person', () => {
    expect(speakers(analyzeText(ROUNDUP))).toEqual([
      ['周明远', '全国政协委员、某剧院院长'],
      ['林淑华', '全国人大代表、某律师事务所主任'],
    ]);
  });
  it('a list of panellists, each a heading with seats in brackets, names no voice', () => {
    expect(speakers(analyzeText(PANEL))).toEqual([]);
  });
});

describe('readProseVoices: a quotation opening the paragraph, then a passer-by described before their address form', () => {
  const voices = (texts: string[]): Row[] => readProseVoices(texts, { text: texts.join('\n') }).voices.map((v): Row => [v.name, v.role]);
  it.each<[string, string[], Row[]]>([
    ['simplified', ['“假期到处都是人，还不如在家看看书、睡个懒觉。”在一家公司上班的张先生更愿意在家休息。', '记者了解到，这样的市民不在少数。'], [['张先生', '在一家公司上班的']]],
    ['traditional', ['「假期到處都是人，還不如在家看看書、睡個懶覺。」在一家公司上班的張先生更願意在家休息。'], [['張先生', '在一家公司上班的']]],
    // an official's sentence after a quotation is as often the story going on
    ['not a titled official', ['“假期到处都是人，还不如在家看看书。”区长王建国昨天到社区走访。'], []],
    // the quotation must open its paragraph, the person the next sentence
    ['not a quotation inside the narrative', ['今天是假日。“假期到处都是人，还不如在家看看书。”在一家公司上班的张先生更愿意在家休息。'], []],
    ['not the next paragraph', ['“假期到处都是人，还不如在家看看书。”', '在一家公司上班的张先生更愿意在家休息。'], []],
  ])('%s', (_what, texts, want) => expect(voices(texts)).toEqual(want));
});
