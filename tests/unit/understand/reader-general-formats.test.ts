/**
 * Formats the reader learned from batch-16's misses and the roles engineer's probes: a given name opening with 向
 * and role words a surname opens (names.ts); "某某委员——" alone on its line (lines.ts); a verb with 着 between a
 * person and 说, or after a named subject a pronoun speaks for (prose-voices.ts, pronoun-antecedents.ts);
 * a seminar speaker's "教授某某探讨了…"; handles over collected comments (handle-quotes.ts). Texts written here in the pattern of mainland and Hong Kong pages, each form with the look-alikes that are no voices.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '@/lib/understand/blocks';
import { parseBlocks } from '@/lib/understand/parse';
import { findSentenceVoice, readProseVoices } from '@/lib/understand/prose-voices';
import { isPersonName } from '@/lib/understand/names';
import { matchLabel } from '@/lib/understand/lines';

/** The names the label formats give a text (what the reader names before any judge). */
function labelNames(text: string): string[] {
  const res = parseBlocks(blocksFromText(text), { fromDocument: false });
  return res.lines.filter((it) => (it.kind === 'label' || it.kind === 'attribution') && !it.host && it.speaker?.name).map((it) => it.speaker!.name!);
}

/** The prose reader's voices, in order, with the sentences each holds. */
function proseVoices(text: string): Array<{ name: string; sentences: string[] }> {
  return readProseVoices(text.split('\n')).voices.map((v) => ({ name: v.name, sentences: v.sentences }));
}

describe('isPersonName: 向 in a given name, role words a surname opens', () => {
  it.each([
    ['齐向东', true],
    ['李向阳', true],
    // 向 before an addressee or a direction is the preposition
    ['王向记', false],
    ['张向着', false],
    ['刘向社', false],
    // a role word whose first character is a surname is the role
    ['董事长', false],
    ['董事', false],
    ['常委', false],
    ['董建华', true],
  ])('%s → %s', (name, expected) => {
    expect(isPersonName(name)).toBe(expected);
  });
});

describe('"某某委员——" alone on its line: a section speaker with dashes for a colon', () => {
  it.each([
    ['石培文委员——', '石培文委员'],
    ['张德斌代表——', '张德斌代表'],
  ])('%s is a label', (line, label) => {
    expect(matchLabel(line)).toEqual({ label, speech: '', colon: true });
  });

  it('names the person over their section', () => {
    expect(labelNames(['石培文委员——', '石培文说，民营企业要加强创新，提升竞争力，这是今年最大的任务。'].join('\n'))).toContain('石培文');
  });

  it.each([
    // a topic title with dashes names no one
    ['经济观察——', '今年经济形势总体平稳，消费回暖。'],
    // words after the dashes: an attribution or a deck, not this form
    ['石培文委员——民营企业要创新', '记者在会上见到了他。'],
  ])('%s is no speaker label', (line, below) => {
    expect(labelNames([line, below].join('\n'))).toEqual([]);
  });
});

describe('a verb with 着 between the person and the verb of saying, or after the subject a pronoun speaks for', () => {
  it('"“…”某某擦着汗说" names the person', () => {
    expect(findSentenceVoice('“我们追这支球队跑了八个城市，”李建国擦着汗说，“运动会只是其中一站。”')?.name).toBe('李建国');
  });

  it('"退休教师某某戴着老花镜…。“…”他说" gives the words to the named teacher', () => {
    const text = '七十四岁的退休教师王振华戴着老花镜，一边看排球比赛一边在小本上记录。“我年轻时打过厂队排球，”他说，“现在看这些孩子跳得那么高，真是感慨。”';
    expect(proseVoices(text).map((v) => v.name)).toEqual(['王振华']);
  });

  it.each([
    // what the person did, no word said
    '李建国擦着汗走进了看台，和他的助威团坐在一起。',
    // someone's words with no person: a pronoun and nobody named before
    '看台上的人越来越多。“我年轻时打过厂队排球，”他说。',
  ])('no voice: %s', (text) => {
    expect(proseVoices(text)).toEqual([]);
  });
});

describe('a seminar round-up: a titled speaker and the talk they gave (探讨了, 阐述了)', () => {
  it.each([
    ['北京联合大学台湾研究院教授陈星探讨了台湾选举分析框架中的逻辑性和影响因素。', '陈星'],
    ['南京大学政府管理学院講師吳心喆闡述了國民黨兩岸政策的變化。', '吳心喆'],
  ])('%s → %s', (sentence, name) => {
    expect(findSentenceVoice(sentence)?.name).toBe(name);
  });

  it.each([
    // the meeting, not a person
    '本次研讨会主要探讨了台湾选举中的民意走向趋势和两岸经贸合作等问题。',
    // a plan, not the talk given
    '该校校长李明将在会上探讨学校的发展计划。',
    // people in the plural
    '与会教授们探讨了台湾选举分析框架中的逻辑性。',
  ])('no voice: %s', (sentence) => {
    expect(findSentenceVoice(sentence)).toBeNull();
  });
});

describe('collected comments under handles ("某某：“……”", three or more in a run)', () => {
  const comments = [
    '我家有只傻喵呜：“我想做到每样分类，但是这不是一朝一夕可以解决的，还是要政策出来规范管理。”',
    '日光暖窝夜嗖嗖的凉：“小区里的垃圾桶虽然分类了，还是扔的乱七八糟，希望物业多管管。”',
    '苏格猫底：“一直规规矩矩分类，夏天湿垃圾那个恶臭难闻也忍了，我能做的贡献也不多。”',
    'XM西洋果子：“相信还需要几年时间才能全民养成分垃圾的习惯，但方向对，就努力！”',
  ];

  it('names each handle', () => {
    expect(labelNames(comments.join('\n'))).toEqual(['我家有只傻喵呜', '日光暖窝夜嗖嗖的凉', '苏格猫底', 'XM西洋果子']);
  });

  it.each([
    // two comments only: a pair as often as a run
    ['two handles', comments.slice(0, 2)],
    // one handle over and over: one person's posts
    ['one handle repeated', [comments[0]!, comments[0]!, comments[0]!]],
    // a headline strip's short quoted phrases
    ['quoted phrases', ['热点追踪：“好日子还在后头”', '今日关注：“一带一路”建设提速', '深度观察：“双减”一年间']],
    // offices and organisations over statements
    ['offices', ['外交部：“中方坚决反对，已提出严正交涉，敦促对方立即纠正错误。”', '商务部：“将采取必要措施，坚决维护中方企业的正当权益。”', '国防部：“中国军队有能力有信心，坚决捍卫国家主权和安全。”']],
  ])('no voices: %s', (_label, lines) => {
    expect(labelNames(lines.join('\n'))).toEqual([]);
  });
});
