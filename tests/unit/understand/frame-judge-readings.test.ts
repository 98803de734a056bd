/**
 * The frame and the judge on plain texts (frame-feature.ts, judge-feature.ts): a text that opens on a speaker's
 * colon label keeps that voice; short posts quoted whole under handle labels say something; the page's last voice,
 * cut off by the excerpt, counts when the page listed it by name. Lines written here.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';

const read = (lines: string[]) => parseBlocks(blocksFromText(lines.join('\n')), { fromDocument: false });
const speakers = (lines: string[]) => {
  const r = read(lines);
  return r.judgement.detected ? r.outline.topics.flatMap((t) => t.statements.map((s) => s.speaker.name)) : [];
};

describe('a text that opens on a speaker label', () => {
  it.each<[string, string[], string[]]>([
    [
      'a member and a researcher, the first label on the first line',
      [
        '王立群，全国政协委员、某机械集团董事长：',
        '家里的事大多落在妻子身上，设一个节日提醒大家体谅她们，我觉得很有必要，男同胞也该多分担一些。',
        '2.您认为哪些家庭最需要帮助？',
        '赵春梅，全国政协委员、某大学社会学系教授：',
        '山区的留守妇女最辛苦，丈夫外出务工，老人孩子都靠她们照顾，地方上应当给她们更多培训和补贴。',
      ],
      ['王立群', '赵春梅'],
    ],
  ])('%s', (_, lines, names) => expect(speakers(lines)).toEqual(names));

  it('a headline with a colon and its words after it stays the headline', () => {
    const r = read([
      '专访市文旅局局长：让老街重新热闹起来',
      '王立群，市文旅局局长：',
      '老街改造不能只刷墙，要让原来的住户愿意留下来，让游客愿意多待一天，这是我们最看重的。',
    ]);
    expect(r.outline.headline).toContain('专访');
  });
});

describe('posts quoted whole under handle labels', () => {
  it.each<[string, string[], boolean]>([
    [
      'three short posts, one a question',
      [
        '議員建議再派一次消費券，網民反應冷淡',
        '消息傳出後，網民紛紛留言，大家最關心的竟然是上次的錢。一起看看他們的留言:',
        '網民「夜班司機阿強」:「上次那張還沒到手吧?」',
        '網民「小區門口的貓」:「先把舊賬結清再講新的」',
        '網民「今天也要加油」:「我家到現在一張都沒收到」',
        '網民普遍懷疑政府的派發能力。',
      ],
      true,
    ],
    [
      'counter-example: the same labels over bare words, no quotation',
      [
        '議員建議再派一次消費券，網民反應冷淡',
        '網民「夜班司機阿強」:好',
        '網民「小區門口的貓」:頂',
      ],
      false,
    ],
  ])('%s', (_, lines, detected) => expect(read(lines).judgement.detected).toBe(detected));
});

describe('the last voice cut off by the excerpt', () => {
  const roster = [
    '本期邀请几位学者，谈谈今年的外贸形势。',
    '周明远（某大学国际经济学院教授）',
    '林嘉欣（某研究院首席研究员）',
    '周明远：今年外贸顶住了压力，出口结构在变，新能源产品和机电产品的比重明显上升，这说明制造业的升级在见效。',
  ];
  it.each<[string, string[], boolean]>([
    ['listed at the top, cut mid-sentence at the end', [...roster, '林嘉欣：今年的外贸形势'], true],
    ['counter-example: a cut voice the page never listed', [...roster.filter((l) => !l.startsWith('林嘉欣（')), '林嘉欣：今年的外贸形势'], false],
  ])('%s', (_, lines, detected) => expect(read(lines).judgement.detected).toBe(detected));
});

describe('programme listings read as voices', () => {
  const voices = (lines: string[]) => read(lines).lines.filter((it) => it.kind === 'label' && !it.host).map((it) => it.speaker?.name ?? it.speaker?.role);
  it.each<[string, string[], Array<string | null | undefined>]>([
    [
      'a guest list, its last line over the story: no voice',
      ['来宾:', '财经评论员 方志远', '前市劳工局长 柯美玲', '全国商业总会理事 邓家宏', '劳工团体表示，现在的最低工资根本不够生活，应该调涨到至少两万元，政府却迟迟不表态。'],
      [],
    ],
    ['two sides against each other in a headline', ['市议会:涨太多!劳工局长:像施舍!', '最低工资调整方案今天定案，每月多六百元，劳资双方都不满意。'], []],
    [
      'counter-example: role-name lines each over speech stay voices',
      [
        '财经评论员 方志远',
        '最低工资调得太快，中小企业会先撑不住，最后受害的还是基层劳工自己。',
        '全国商业总会理事 邓家宏',
        '成本一涨，很多店家只能减少排班，这不是我们愿意看到的结果。',
      ],
      ['方志远', '邓家宏'],
    ],
  ])('%s', (_, lines, names) => expect(voices(lines)).toEqual(names));
});

describe('an oral history names its tellers', () => {
  it.each<[string, string[], string[]]>([
    [
      'two tellers, one by a nickname',
      ['讲述者:何晓云', '“那年我九岁，第一次坐上轮椅，才发现家门口的三级台阶原来这么高。”', '讲述者:小麦穗', '“找工作的时候，面试官看到我拄着拐杖，连简历都没翻开就说岗位已经满了。”'],
      ['何晓云', '小麦穗'],
    ],
    ['counter-example: a teller line over a whole sentence is no name', ['讲述者:那年冬天我第一次离开家乡去城里打工', '“那年我九岁，第一次坐上轮椅。”'], []],
  ])('%s', (_, lines, names) => expect(speakers(lines)).toEqual(names));
});
