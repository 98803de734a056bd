/**
 * Gists a skimmer can trust (issue 18, sixth round): a call on everyone to join in is no point and no request; a
 * review of the past year is background once the speaker turns to what comes next; a converter's pinyin glosses are
 * not shown; a council record's "等議題" label is not shown. Sentences written for these tests, with counter-examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { citesReport, citesRules, isBackground, measureReview } from '@/lib/understand/summary/cues';
import { dropPrintedGlosses } from '@/lib/understand/summary/glosses';
import { isCallToJoin } from '@/lib/understand/summary/requests';
import { trimTopicHead, trimTopicTail } from '@/lib/understand/summary/topic-tails';
import { splitUnits } from '@/lib/understand/summary/split-units';
import { resolveDangling, widenGist } from '@/lib/understand/summary/widen-gist';
import { squash } from './support';

const gistOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).gist;
const asksOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).asks ?? [];

describe('a call on everyone to join in', () => {
  it.each([
    ['同时，呼吁广大商户和居民积极参与，共同把老街的夜市办好。', true],
    ['我們希望社會各界攜手，一起守護這片濕地。', true],
    ['倡议大家一起行动，从身边的小事做起。', true],
    ['呼籲全港市民踴躍參與這次清潔運動。', true],
    // a call on a named group to do a thing of its own is a request
    ['希望广大侨胞充分发挥语言优势，凝心聚力、携手前行，为家乡引进更多项目。', false],
    ['希望广大企业家始终和政府站在一起，共渡难关。', false],
    ['呼吁有关部门尽快修好路灯，共同维护夜间出行安全。', false],
    ['希望政府加快审批，欢迎社会各界积极参与老城改造。', false],
  ])('isCallToJoin(%s) = %s', (text, want) => {
    expect(isCallToJoin(text)).toBe(want);
  });

  it('is neither the gist nor an asks line; the speaker’s plan is the gist', () => {
    const s = summarizeStatement([
      '2023年，区里完成了老街管网的更新，拆除了违章搭建四十多处。展望明年，区里将把老街打造成集夜市、文创和非遗展示于一体的特色街区。同时，呼吁广大商户和居民积极参与，共同把老街的夜市办好。',
    ]);
    expect(s.gist).toMatch(/^展望明年/);
    expect(s.asks).toEqual([]);
  });

  it('keeps a real request that closes the same way', () => {
    const text = '老街的路灯坏了半年，晚上出门很不安全。希望有关部门尽快修好路灯，共同维护夜间出行安全。';
    expect(gistOf(text)).toBe('希望有关部门尽快修好路灯，共同维护夜间出行安全。');
    expect(asksOf(text)).toEqual(['希望有关部门尽快修好路灯，共同维护夜间出行安全']);
  });
});

describe('a review of the past is background once the speaker turns to what comes next', () => {
  it.each([
    [['2024年，局里完成了全市公交线路的调整。', '展望2025年，我们将重点解决偏远村镇的通勤问题。'], [true, false]],
    [['去年我们新开了十二条社区巴士线。', '今年，我们将把夜班车延长到凌晨两点。'], [true, false]],
    [['2023年，学校新建了两栋教学楼。', '2024年，学校计划再招收三百名新生。'], [true, false]],
    // no turn to what comes next: a review told alone is the statement itself
    [['2024年，局里完成了全市公交线路的调整。', '乘客的反映总体不错。'], [false, false]],
    // a year ahead told first is no review
    [['2026年，地铁三号线将通车。', '展望未来，市区交通会更加便利。'], [false, false]],
    // (将 as the object marker of a past act is no plan: "2024年，局里将…作为重点，完成了…")
    [['2024年，局里积极谋划，将公交线路优化作为重点，完成了调整。', '展望2025年，我们将加密班次。'], [true, false]],
  ])('%j → %j', (texts, want) => {
    expect(measureReview(texts)).toEqual(want);
  });

  it('takes the outlook over the review it follows, and a review alone stays the gist', () => {
    expect(
      gistOf('2024年，市交通局完成了全市二十条公交线路的优化调整，新增公交专用道十五公里。下一步，交通局将重点解决偏远村镇居民的通勤难题，加密早晚高峰班次。'),
    ).toMatch(/^下一步/);
  });

  it('reads a historic opening as background: the proposal after it is the point', () => {
    const s = gistOf(
      '改革开放以来，这座城市的制造业创造了连续三十年增长的奇迹。李委员针对本地工厂用工难、技能人才断层等问题，建议政府设立专项资金，支持职业学校与企业联合培养技工。',
    );
    expect(s).toMatch(/建议政府设立专项资金/);
  });
});

describe('pinyin glosses a converter left in', () => {
  it.each([
    ['應(yīng)加強口岸應(yīng)急能力建設(shè)', '應加強口岸應急能力建設'],
    ['發(fā)展', '發展'],
    ['結(jié)?gòu)調整', '結調整'],
    // some converters print a space after the syllable
    ['社會(huì )各界', '社會各界'],
    // no gloss: an age, a Latin abbreviation, a list number, an untoned syllable
    ['王先生(55歲)說', '王先生(55歲)說'],
    ['世卫组织(WHO)表示', '世卫组织(WHO)表示'],
    ['(1)探討', '(1)探討'],
    ['我們(de)', '我們(de)'],
  ])('%s → %s', (text, want) => {
    expect(dropPrintedGlosses(text)).toBe(want);
  });

  it('shows gist and asks without them; each is a verbatim span of the statement read without them', () => {
    const s = summarizeStatement(['口岸城市人(rén)手一直不足。他建議(yì)政府加強(qiáng)口岸應(yīng)急能力建設(shè)，增加檢疫人員。']);
    expect(s.gist).toBe('他建議政府加強口岸應急能力建設，增加檢疫人員。');
    expect(s.asks).toEqual(['他建議政府加強口岸應急能力建設，增加檢疫人員']);
  });

  it('every piece is a span of the statement once its glosses are left out (and of the statement itself where it has none)', () => {
    const pool = [
      '口岸城市人(rén)手一直不足，檢疫壓力很大。',
      '他建議(yì)政府加強(qiáng)口岸應(yīng)急能力建設(shè)。',
      '希望有关部门尽快修好路灯。',
      '(2)探討長者送餐服務(wù)，衛生局應加強人力培訓議題。',
      '世卫组织(WHO)表示，疫苗供应充足。',
      '2024年，局里完成了线路调整。',
      '展望2025年，我们将加密班次。',
    ];
    const paragraph = fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 4 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), (paragraphs) => {
        const s = summarizeStatement(paragraphs);
        const read = squash(paragraphs.map(dropPrintedGlosses).join('\n'));
        return [s.gist ?? '', ...s.points, ...s.figures, ...s.cites, ...(s.asks ?? [])].every((piece) => read.includes(squash(piece)));
      }),
      { numRuns: 150, seed: 20261205 },
    );
  });
});

describe('a council record’s topic label', () => {
  it.each([
    ['(3)探討長者送餐服務項目，衛生局應加強人力培訓議題。', '(3)探討長者送餐服務項目，衛生局應加強人力培訓'],
    ['探討學童視力保健計畫及檢查結果等議題。', '探討學童視力保健計畫及檢查結果'],
    ['現任議員助理發表不實言論與助理篩選標準等議題', '現任議員助理發表不實言論與助理篩選標準'],
    // the word itself, not the clerk's label
    ['這是本屆議會最重要的議題。', '這是本屆議會最重要的議題。'],
    ['我們關心的是能源轉型議題。', '我們關心的是能源轉型議題。'],
    ['處理議題的方式要改。', '處理議題的方式要改。'],
  ])('%s → %s', (text, want) => {
    expect(trimTopicTail(text)).toBe(want);
  });

  it('is left out of the gist and the asks line', () => {
    const s = summarizeStatement(['(1)探討長者送餐服務項目與申請流程，衛生局應加強人力培訓，並研擬增加假日服務議題。']);
    expect(s.gist).not.toMatch(/議題/);
    expect((s.asks ?? []).join('')).not.toMatch(/議題/);
  });
});

describe('what a rule says, a proposal’s own title, the speaker’s quoted words, a list of items', () => {
  it.each([
    ['根據指引，學生參加活動須先得家長同意。', true],
    ['按照规定，商户每晚十点前必须收摊。', true],
    ['根据我的经验，老人更需要有人陪。', false],
    ['规定太死板，商户根本做不到。', false],
  ])('citesRules(%s) = %s', (text, want) => {
    expect(citesRules(text)).toBe(want);
  });

  it('takes the speaker’s own line over a rule told on its authority', () => {
    expect(gistOf('教区会沿用上月的指引处理这次活动，尊重师生的选择，不会作出惩处。根据指引，学生参加活动须先得家长同意，教师则要照常上课。')).toMatch(
      /^教区会沿用/,
    );
  });

  it.each([
    ['李委员提出《统筹保护老城、激活夜间经济》的建议，获得多方关注。', false],
    ['报告提出，要“稳步推进老旧小区改造”。', true],
  ])('citesReport(%s) = %s', (text, want) => {
    expect(citesReport(text)).toBe(want);
  });

  it('reads a request inside the speaker’s quoted words', () => {
    const text = '“老街的手工业起步早，也很有潜力，希望街道能牵头成立行业协会，做好规范引导。”陈女士表示，她的作坊一直以传承老手艺为己任。';
    expect(gistOf(text)).toMatch(/希望街道能牵头成立行业协会/);
    expect(asksOf(text)).toEqual(['希望街道能牵头成立行业协会，做好规范引导']);
  });

  it('a quoted line that is not the speaker’s request stays masked', () => {
    expect(asksOf('他说，墙上那句“希望大家节约用水”贴了十年，没人看。')).toEqual([]);
  });

  it('in a statement that is only numbered items, the last item is no conclusion: the item that asks is the gist', () => {
    const s = gistOf(
      '(1)探討本市公園夜間照明不足及維護經費議題。',
      '(2)探討社區巴士班次減少問題，呼籲交通局應恢復尖峰時段班次，並增設候車亭議題。',
      '(3)探討流浪犬收容所容量不足、收容動物認養率偏低及志工人力議題。',
    );
    expect(s).toMatch(/^探討社區巴士/);
  });

  it('one numbered item that runs on over sentences is no list: its closing sentence still closes', () => {
    expect(gistOf('一是当选代表感到很光荣，但这更是一份责任。在履职期间，我会多走访多倾听。我是一名乡村医生，所以要为基层医疗发声。')).toMatch(/^我是一名乡村医生/);
  });

  it('reads “looking back” as background', () => {
    expect(isBackground('回望过去五年，我们取得了不少成绩。')).toBe(true);
    expect(isBackground('回望过去，现在的日子好多了。')).toBe(false);
  });
});

describe('asks: the forms a request missed before, and their look-alikes', () => {
  it.each([
    // a proposal put as a question to someone
    ['他問：「公交公司是不是可以把末班車延到十一點呢？」', '公交公司是不是可以把末班車延到十一點'],
    ['物业能不能公开停车费的收支明细？', '物业能不能公开停车费的收支明细'],
    // 提醒 put to someone
    ['她提醒政府要留意長者醫療開支的增長。', '她提醒政府要留意長者醫療開支的增長'],
    // 提出 with what to do right after it
    // (the line stops before its purpose, "，让小商户减负")
    ['他提出系统清理过时的收费项目，让小商户减负。', '他提出系统清理过时的收费项目'],
    // a proposal named by its title asks what the title says (listed-asks.ts)
    ['她提出《关于保护老街的建议》。', '保护老街'],
    // a council's 建請, and a body that is a 處 or the 府內
    ['建請區公所將老舊路燈全面汰換。', '建請區公所將老舊路燈全面汰換'],
    ['社會處應增加居家訪視人員。', '社會處應增加居家訪視人員'],
    ['府內應全面盤點閒置的公有房舍。', '府內應全面盤點閒置的公有房舍'],
  ])('asks: %s', (sentence, want) => {
    expect(asksOf(sentence)).toEqual([want]);
  });

  it.each([
    // a question whether something works, or of oneself
    '这样能不能解决停车难的问题？',
    '我能不能申请这笔补贴？',
    // a retort: whether one should
    '他反問：「你是否應該去問教育局長？」',
    // 提出 that reports or names
    '他提出了相关建议。',
    '他提出一个问题。',
    // 提醒 of no one in charge
    '她提醒自己不要忘记带伞。',
  ])('asks nothing: %s', (sentence) => {
    expect(asksOf(sentence)).toEqual([]);
  });

  it('reads a run of questions put to someone in the speaker’s quoted words, up to four requests', () => {
    expect(
      asksOf('老陈在发言最后连问了几句——“物业能不能公开收支明细？能不能公开保安的人数？能不能公开电梯的维保记录？”老陈还建议业委会每季度开一次通报会。'),
    ).toEqual(['物业能不能公开收支明细', '能不能公开保安的人数', '能不能公开电梯的维保记录', '老陈还建议业委会每季度开一次通报会']);
  });

  it('ends a request where the reporter tells how it was received', () => {
    expect(asksOf('他提出系统推进政策清理，确保扶持政策落地，得到与会者的共鸣。')).toEqual(['他提出系统推进政策清理，确保扶持政策落地']);
  });
});

describe('a consequence without its cause', () => {
  it('gives way to the sentence it follows when the two are too long to show together', () => {
    const s = gistOf(
      '住在城东的老周说：“以前早上七点到八点之间，8路公交车每十分钟就有一班，现在却要等二十分钟甚至更久。”这不仅让赶着上班的年轻人每天都很焦虑，也让学生和老人出门变得更加不便。',
    );
    expect(s).toMatch(/8路公交车每十分钟/);
  });

  it('is shown with its cause when the two are short enough, and a judgement or a thing named keeps its sentence', () => {
    const short = ['路灯坏了半年，一直没人修。这让夜归的居民很害怕。'];
    expect(resolveDangling(splitUnits(short), 1, short, () => false)).toBe(1);
    expect(widenGist(splitUnits(short), 1, short)).toBe('路灯坏了半年，一直没人修。这让夜归的居民很害怕。');
    const named = ['老街的路灯坏了半年多，一直没人修，街坊晚上出门都得自己带手电筒，老人小孩更是不敢出门。这个问题其实只要街道办派人来看一眼就能解决，拖了这么久实在说不过去。'];
    expect(resolveDangling(splitUnits(named), 1, named, () => false)).toBe(1);
  });
});

describe('a council record’s topic verb around a request', () => {
  it.each([
    ['(2)探討本會對待每位議員應一視同仁議題。', ['本會對待每位議員應一視同仁']],
    ['(1)瞭解社區公園照明設備應全面汰換，並請工務局編列預算等議題。', ['社區公園照明設備應全面汰換，並請工務局編列預算']],
  ])('%s → %j', (text, want) => {
    expect(asksOf(text)).toEqual(want);
  });
  it('keeps the verb where no request of that clause follows it', () => {
    expect(trimTopicHead('探討長者送餐服務項目，衛生局應加強人力培訓')).toBe('探討長者送餐服務項目，衛生局應加強人力培訓');
  });
});
