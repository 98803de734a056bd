/**
 * Labelled and semi-labelled formats the page check and the parse must read alike: a page's <h1> that reads
 * like a label, per-speaker "name：headline" lines glossed by a mirror or with a two-character name, a
 * dialogue of two long surname turns, a long statement ending on a rhetorical question. Texts written here,
 * simplified and traditional, each with a counter-example.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeDocument, analyzeText, checkPage } from '@/lib/understand';
import { matchNameColonHeadline } from '@/lib/understand/name-headline-lines';
import { matchRoleNameLine } from '@/lib/understand/role-name-lines';
import { parseHtml } from '@/scripts/cli/input';

type Row = [name: string | null, role: string | null];

function speakers(o: Outline): Row[] {
  return o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));
}

function page(h1: string, paragraphs: string[]): Document {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return parseHtml(`<html><head><title>${esc(h1)}</title></head><body><h1>${esc(h1)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</body></html>`).document;
}

describe("a page's <h1> is its headline even when it reads like a label", () => {
  const paragraphs = [
    '港隊昨晚在主場以二比一擊敗對手，成功晉級決賽圈，在球場外觀賽的球迷歡喜若狂，不少人留到深夜才散去。',
    '住在球場附近的球迷陳家明全程揮舞著旗幟，他表示，今晚的比賽是他看過最精彩的一場，「終於等到這一天，值得！」',
    '專程從新界趕來觀賽的球迷Kevin Wong表示，他從小就支持港隊，「希望球隊在決賽圈再創佳績，我一定會再來。」',
  ];
  it.each([
    ['traditional', '港隊晉級 球迷喜若狂'],
    ['simplified', '港队晋级 球迷喜若狂'],
  ])('%s: the headline names nobody', (_script, h1) => {
    const o = analyzeDocument(page(h1, paragraphs)).outline;
    expect(o.headline).toBe(h1);
    expect(speakers(o).map((r) => r[0])).not.toContain('喜若狂');
  });
});

describe('"name：headline" lines: glossed by a mirror, or a two-character name the paragraph below names', () => {
  it.each([
    ['張某新:搞清楚身體與頭腦的關(guān)系', undefined, '張某新'],
    ['张某新：搞清楚身体与头脑的关系', undefined, '张某新'],
    ['郭為:中國夢技術(shù)夢', '與前者不同，某公司董事局主席郭為的中國夢，更是一個技術夢。', '郭為'],
    ['郭为：中国梦技术梦', '与前者不同，某公司董事局主席郭为的中国梦，更是一个技术梦。', '郭为'],
  ])('%s → %s', (line, below, name) => {
    expect(matchNameColonHeadline(line, {}, below)?.name).toBe(name);
  });

  it.each([
    // a two-character name with nothing below naming it: a headline list's item
    ['郭為:中國夢技術夢', undefined],
    ['郭为：中国梦技术梦', '今年的论坛共有六场主题演讲，吸引了上千名学生到场。'],
    // a place before the colon, not a person
    ['北京:新政策今日起實施', '北京市今日起實施新政策。'],
  ])('counter-example: %s', (line, below) => {
    expect(matchNameColonHeadline(line, {}, below)).toBeNull();
  });

  it('the page check passes two such lines over their paragraphs (a mirror page)', () => {
    const doc = page('企業家的中國夢', [
      '2013年某日晚，某大學的禮堂幾乎被學生擠爆，幾位企業家在論壇上談起各自的中國夢，台下掌聲不斷。',
      '張某新:搞清楚身體靈魂與頭腦的關(guān)系',
      '張某新說，做自己的夢，但是一定要看清夢想與現實之間的距離，這就是企業家與詩人之間的區別。',
      '郭為:中國夢技術(shù)夢',
      '與張某新的人文思辨不同，某公司董事局主席郭為的中國夢，更是一個技術夢，要通過技術創新推動社會變革。',
    ]);
    expect(checkPage(doc).passes).toBe(true);
  });
});

describe('a dialogue of two long surname turns, the names given in the header', () => {
  it('simplified: two statements at length are a dialogue', () => {
    const o = analyzeText(`赵一民/钱二江/孙三河
赵：今天请几位来，是想谈谈人文学术的处境。大家都切身感到，人文研究已经不只是不景气，而是陷入了危机。造成危机的原因很多，外在的原因大家看得比较清楚，内在的原因却常被忽视。
钱：文学批评的情形也是这样。许多人觉得批评界太沉闷，缺乏生气，我想关键在于批评家对批评的意义失去了确信。你说批评是思想启蒙的利器吧，今天大家都懂得了，这只是批评的一种效应，而不是它的出发点，更不能构成它存在的充分依据。批评既是一种人文学术，它应该有自己不同于自然科学和社会科学的存在依据，这一点大家大概都会同意。那么批评的依据究竟是什么？`);
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['赵一民', null],
      ['钱二江', null],
    ]);
  });

  it('traditional: the same', () => {
    const o = analyzeText(`趙一民/錢二江/孫三河
趙：今天請幾位來，是想談談人文學術的處境。大家都切身感到，人文研究已經不只是不景氣，而是陷入了危機。造成危機的原因很多，外在的原因大家看得比較清楚，內在的原因卻常被忽視。
錢：文學批評的情形也是這樣。許多人覺得批評界太沉悶，缺乏生氣，我想關鍵在於批評家對批評的意義失去了確信。你說批評是思想啟蒙的利器吧，今天大家都懂得了，這只是批評的一種效應，而不是它的出發點，更不能構成它存在的充分依據。批評既是一種人文學術，它應該有自己不同於自然科學和社會科學的存在依據，這一點大家大概都會同意。那麼批評的依據究竟是甚麼？`);
    expect(o.detected).toBe(true);
  });

  it('counter-example: two short turns are banter, not a dialogue', () => {
    const o = analyzeText(`赵一民/钱二江
赵：今天天气不错。
钱：是啊，适合出去走走。`);
    expect(o.detected).toBe(false);
  });
});

describe('a broadcast transcript whose unnamed host introduces the guests in the first turn', () => {
  const lines = (opening: string): string => [
    '近日，晚间新闻连线节目就城市停车难与两位嘉宾进行了对话。',
    `高：${opening}`,
    '周：停车难首先是车位供给的问题。老城区建成的时候根本没有考虑停车，现在一个小区几百辆车，只有几十个车位。',
    '高：那么吴教授怎么看，是不是多建停车场就能解决？',
    '吴：我不这么看。车位建得越多，开车进城的人就越多，关键还是要把公共交通搞好，让大家愿意把车留在家里。',
    '高：周局长，您同意吴教授的看法吗？',
    '周：基本同意，不过短期内还得两手抓，一边挖掘车位潜力，一边提高公交的吸引力，这样市民才会慢慢改变习惯。',
  ].join('\n');
  it('the guests are the people the host names, each with the clause before the name', () => {
    const o = analyzeText(lines('今天我们连线的两位嘉宾是市交通局的副局长周立新，同济大学交通学院教授吴海平，欢迎两位。周局长，最近市民反映停车越来越难，您怎么看？'));
    expect(o.detected).toBe(true);
    expect([...new Set(speakers(o).map((r) => r.join('|')))]).toEqual(['周立新|市交通局的副局长', '吴海平|同济大学交通学院教授']);
  });
  it('counter-example: an opening that introduces no guests leaves the surnames alone', () => {
    const o = analyzeText(lines('今天我们来聊聊停车的事情，最近市民反映停车越来越难，周局长您怎么看？'));
    expect(speakers(o).map((r) => r[0])).not.toContain('周立新');
  });
});

describe('a long statement ending on a rhetorical question is speech, a short one that asks is not', () => {
  it('two panellists, the second ending on a question', () => {
    const o = analyzeText(`座谈：人文学术向何处去
王某明：今天请大家来，是想谈谈人文学术的处境。大家都切身感到，人文研究已经不只是不景气，而是陷入了危机。造成危机的原因很多，外在的原因大家看得比较清楚，内在的原因却常被忽视。
李某华：文学批评的情形也是这样。许多人觉得批评界太沉闷，缺乏生气，我想关键在于批评家对批评的意义失去了确信。你说批评是思想启蒙的利器吧，今天大家都懂得了，这只是批评的一种效应，而不是它的出发点，更不能构成它存在的充分依据。批评既是一种人文学术，它应该有自己不同于自然科学和社会科学的存在依据，这一点大家大概都会同意，分歧只在于依据从何而来。可这依据是什么？`);
    expect(o.detected).toBe(true);
    expect(speakers(o).map((r) => r[0])).toEqual(['王某明', '李某华']);
  });

  it('counter-example: a named interviewer\'s short questions to one answerer make no panel', () => {
    const o = analyzeText(`专访：一位老师的三十年
杨某：您在乡村教书三十年，当初为什么选择留下？
张某某：当时村里只有我一个老师，孩子们没人教，我走了他们就没学上了。后来留下来，就一直教到今天。
杨某：这些年最难的是什么？
张某某：最难的是冬天，教室没有暖气，孩子们的手都冻裂了。我们自己生炉子，一个冬天要烧掉好几车柴。`);
    expect(o.detected).toBe(false);
  });

  it("counter-example: an outlet's short question is no voice", () => {
    const o = analyzeText(`外交部发言人例行记者会
路透社：请问中方对此有何评论？
发言人王某：我们注意到有关报道。中方的立场是一贯的、明确的。`);
    expect(o.detected).toBe(false);
  });
});

describe('the page check lets through what the parse reads: role+name lines alone, quoted handles', () => {
  it.each([
    ['带队志愿者张某政', '张某政', '带队志愿者'],
    ['@带队志愿者张某政', '张某政', '带队志愿者'],
    ['帶隊志願者吉某文', '吉某文', '帶隊志願者'],
  ])('matchRoleNameLine(%s) → %s / %s', (line, name, role) => expect(matchRoleNameLine(line)).toEqual({ name, role }));

  it.each([
    '志愿者们在营地合影留念，', // a caption sentence
    '带队志愿者：张某政', // a colon: a label proper, read elsewhere
    '湖南大学', // an organisation, nobody named
    '青少年高校科学营开营仪式现场',
    '屯門交通擠塞 議員促改善', // a headline's two phrases, no person
  ])('counter-example: matchRoleNameLine(%s) → null', (line) => expect(matchRoleNameLine(line)).toBeNull());

  it('two role+name lines, each over the words, pass; over captions-length text they do not', () => {
    const lines = (below: [string, string]) =>
      page('营员和志愿者的故事', [
        '三天的朝夕相处，青少年高校科学营的营员和志愿者结下了深厚的友谊，我们请两位带队志愿者谈谈感受。',
        '带队志愿者张某政',
        below[0],
        '带队志愿者吉某文',
        below[1],
      ]);
    expect(checkPage(lines(['从第一次见到这些孩子们，我就被他们身上满满的朝气所感染，几天相处下来更发现了他们的可爱。', '遇见这群孩子真的是这个夏天最美好的事情，跟他们在一起的时候，我也仿佛回到了中学时代。'])).passes).toBe(true);
    expect(checkPage(lines(['摄影：本报记者', '摄影：本报记者'])).paragraphVoices?.lines ?? 0).toBe(0);
  });

  it('quoted handles before a colon count on a page that speaks of netizens, not elsewhere', () => {
    const handles = (lead: string) =>
      page('网帖引热议', [
        lead,
        '“步行某”：第一条很暖心，百姓众口难调很正常！父母官的确难当，关注民生，对得起劳苦大众。',
        '“anders_x”：越民主的社会，人们议论政府的声音就越大，越多。所以只要本着为市民着想，就不怕议论。',
      ]);
    expect(checkPage(handles('市长的帖文发出后，网友纷纷跟帖留言，下面摘录几条，看看大家怎么说。')).textCues).toBe(true);
    expect(checkPage(handles('市长的帖文发出后，大家纷纷议论，下面摘录几条，看看各方怎么说。')).textCues).toBe(false);
  });
});
