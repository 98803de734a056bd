/**
 * The writing conventions the gist reads (issue 18): each case is a statement written for these tests in one
 * pattern, with the gist a reader picks; each fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { hasStance, isQuestion } from '@/lib/understand/summary/cues';
import { isBoilerplate, measureFeatures } from '@/lib/understand/summary/score-units';
import { splitUnits } from '@/lib/understand/summary/split-units';

const gistOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).gist;

describe('gist conventions: what the chooser takes', () => {
  it.each([
    // a run of scenes told after the complaint ("每天，…" "有时候，…") illustrates it: the last scene closes the story, not the post
    [
      'scenes that recur support the complaint before them',
      ['家长群快变成点赞群了，群里的消息太多，真让人心烦！', '每天，家长们轮流在群里发孩子的照片，群里一下就多了几十条消息。', '有时候，老师在群里发一条通知，马上有家长回一句感谢，然后大家跟着复制，群里重要的消息很快就被淹没了。'],
      '家长群快变成点赞群了，群里的消息太多，真让人心烦！',
    ],
    [
      'a habit told at the end ("每次…时，…") supports the thesis before it',
      ['企业家精神就是理想，有了理想才能走得远，才能带着乡亲们一起富起来。', '每次年底发奖金时，看到乡亲们拿着红包笑，我心里就很踏实。'],
      '企业家精神就是理想，有了理想才能走得远，才能带着乡亲们一起富起来。',
    ],
    // a rhetorical question that ends "?!" is a question: the complaint that states the point is taken over it
    [
      'a rhetorical question ending "?!" is no point of its own',
      ['这几年街坊的日子越来越难过，样样都贵。', '铺租翻了一倍，街坊的小店一间接一间关门，日子很难过。', '同样一把青菜，为什么隔壁城市这么便宜，这边这么贵?!'],
      '这几年街坊的日子越来越难过，样样都贵。',
    ],
    // a short conclusion marked 因此/所以 after the facts that lead to it is the conclusion, not a closing tag
    [
      'a short conclusion after the facts',
      ['这几年各地都在鼓励社会资本投资，审批手续也少了很多。', '目前本地的民间资本已经有好几千亿元，这是很大的一笔力量。', '所以，扶持中小企业非常关键。'],
      '扶持中小企业非常关键。',
    ],
    // a sentence that adds to what was listed above ("除了上述几点") does not stand alone
    [
      'a sentence that points to what was said above',
      ['养老机构的床位这几年一直紧张。', '护理人员招不到、留不住，是养老机构必须正视的难题。', '除了上述几点，农村的老人还要面对看病远的问题，如果没有流动医疗车，他们很难得到照顾。'],
      '护理人员招不到、留不住，是养老机构必须正视的难题。',
    ],
    // the fact a speaker responds to ("…。对此，…") is the occasion; the response is the point, and a ；-run after 包括
    // is its list, not a gist of its own
    [
      'the response after 对此 and a list opened by 包括',
      [
        '新一轮规划明确支持本市建设国际航运中心，发展海洋经济，并打造高端人才集聚的新高地。对此，本市将积极对接规划，从四方面推动国际航运中心建设和海洋经济发展，包括扩建深水码头，提升港口吞吐能力；引进航运金融人才；完善海事仲裁服务；以及设立海洋产业专项基金，支持初创企业。',
      ],
      // (shown without its 对此: the occasion it points at is not shown with it)
      '本市将积极对接规划，从四方面推动国际航运中心建设和海洋经济发展，包括扩建深水码头，提升港口吞吐能力',
    ],
    // formal writing asks with a bare 应 before the act ("应加快", "應盡快"), where speech says 应该
    [
      'a bare 应 before the act asks',
      ['本地企业应加快与海外伙伴合作，开拓新的市场。', '这些年本地制造业增长放缓，利润越来越薄，不少工厂已经关门。'],
      '本地企业应加快与海外伙伴合作，开拓新的市场。',
    ],
    [
      'a bare 應 in traditional script asks too',
      ['政府應盡快設立跨部門小組，統籌舊區重建。', '這些年舊樓越來越多，不少業主都不知道可以找誰。'],
      '政府應盡快設立跨部門小組，統籌舊區重建。',
    ],
    // "可以采取…的办法" proposes
    [
      'a proposal put as "可以采取…的办法"',
      ['治理河道不应各管一段，可以采取上下游联合巡查的办法，一起想对策。', '本市面对的一个难题就是河道污染，而河道从几个县流过，光靠一个县是管不好的，需要各地一起出力。'],
      '治理河道不应各管一段，可以采取上下游联合巡查的办法，一起想对策。',
    ],
    // the speaker's own figures of speech in quotes do not make their request a quoted policy line
    [
      'a request whose own phrases are in quotes',
      ['本地老字号这些年有点像“温水里的青蛙”，慢慢失去活力。', '老字号应加快与年轻设计师合作，“勇敢地走到年轻人中间去”，让“老招牌”重新“亮起来”。'],
      '老字号应加快与年轻设计师合作，“勇敢地走到年轻人中间去”，让“老招牌”重新“亮起来”。',
    ],
  ])('%s', (_, paragraphs, gist) => {
    expect(gistOf(...(paragraphs as string[]))).toBe(gist);
  });

  it.each([
    // negatives: the rules keep their bounds
    // "每天读…" prescribes: no scene without the comma after the time
    ['各位同学，今天我们聊聊阅读。每天读二十分钟书，比一个周末突击读完一本更有用。', '每天读二十分钟书，比一个周末突击读完一本更有用。'],
    // 以上 after a number is a quantity, not a pointer back
    ['社区体检的名额这两年一直不够用。六十岁以上的老人今年有一半做了社区的免费体检，比去年的名额多了很多。', '六十岁以上的老人今年有一半做了社区的免费体检，比去年的名额多了很多。'],
  ])('keeps its bounds: %s', (statement, gist) => {
    expect(gistOf(statement)).toBe(gist);
  });
});

describe('gist conventions: the parts they read', () => {
  it.each([
    ['政府應盡快設立跨部門小組。', 1],
    ['本地企业应加快与海外伙伴合作。', 1],
    ['可以采取上下游联合巡查的办法。', 1],
    // 响应, 适应, 供应 are words; the speaker's own resolve asks nobody
    ['居民都积极响应加强垃圾分类的号召。', 0],
    ['孩子们要慢慢适应加快的学习节奏。', 0],
    ['我们应加强自身的学习。', 0],
    // HK writing's 因應 ("in response to") is no modal
    ['因應加息，銀行調整了按揭利率。', 0],
  ])('a bare 应 before the act asks: %s → request %s', (text, request) => {
    expect(measureFeatures(splitUnits([text]))[0]!.request).toBe(request);
  });

  it.each([
    ['我諗將來若果再有遊行，我都會去。', true],
    ['我哋諗過好多辦法，都解決唔到。', true],
    ['佢話自己諗過好耐先決定。', false],
  ])('hasStance(%s) is %s: Cantonese 我諗 gives the view', (text, stance) => {
    expect(hasStance(text)).toBe(stance);
  });

  it.each([
    // the speaker's puzzlement states an objection: no rhetorical question, and the next sentence answers nothing
    [['我唔明政府點解要用私隱條例對付義工?', '其實呢個法案真係好過份，好多街坊都反對。'], 0],
    [['我不明白为什么要拆掉这座老桥？', '这座桥是几代人的记忆，修一修还能用很多年。'], 0],
    // a rhetorical question is still posed and answered
    [['点解政府要用私隐条例对付义工?', '其实就是想吓怕其他人，唔好再出声。'], 1],
  ])('%j: question and answer %s', (statement, posed) => {
    const features = measureFeatures(splitUnits(statement as string[]));
    expect([features[0]!.question, features[1]!.answers + features[1]!.answersShort]).toEqual([posed, posed]);
  });

  it.each([
    ['点解大陆咁平，呢边咁贵?!', true],
    ['为什么收了钱不办事？！', true],
    ['这边这么贵！', false],
  ])('isQuestion(%s) is %s', (text, question) => {
    expect(isQuestion(text)).toBe(question);
  });

  it('keeps a sentence whole where a quotation ends with ！ inside it and the sentence runs on after a comma', () => {
    const units = splitUnits(['有时候，老师发一条通知，马上有人回一句‘老师您辛苦啦！’，然后大家跟着复制，群里一下多了几十条。']);
    expect(units.map((u) => u.text)).toEqual(['有时候，老师发一条通知，马上有人回一句‘老师您辛苦啦！’，然后大家跟着复制，群里一下多了几十条。']);
  });

  it('reads the ；-run after 包括 as the items of the list the first piece opens', () => {
    const units = splitUnits([
      '对此，本市将积极对接规划，从四方面推动国际航运中心建设和海洋经济发展，包括扩建深水码头，提升港口吞吐能力；引进航运金融人才；完善海事仲裁服务；以及设立海洋产业专项基金，支持初创企业。',
    ]);
    expect(units.map((u) => u.listItem)).toEqual([false, true, true, true]);
  });

  it.each([
    ['老字号应加快与年轻设计师合作，“勇敢地走到年轻人中间去”，让“老招牌”重新“亮起来”。', false],
    ['报告提出：“坚持稳中求进，推动高质量发展，统筹发展和安全。”', true],
  ])('isBoilerplate(%s, forGist) is %s: quotes are policy only where nothing outside them asks', (text, boilerplate) => {
    expect(isBoilerplate(text, true)).toBe(boilerplate);
  });
});
