/**
 * 为 wéi ("be, act as") or wèi ("for, because of"), where the word list left it open: the rows
 * of the context-rule table for 为, in the order they are tried (the first that applies decides).
 */
import { among, clauseEnd, clauseStart, HAN, startsWithAt, wordOf, type ContextRule, type RuleContext } from './rule-context';

/** People and places 为 wèi ("for") serves: 为人民服务, 为企业提供, 为老人讲解. */
const BENEFICIARIES = [
  '人民', '群众', '百姓', '市民', '居民', '村民', '农民', '农户', '牧民', '渔民', '职工', '员工', '工人',
  '企业', '商户', '客户', '用户', '消费者', '游客', '旅客', '乘客', '患者', '病人', '老人', '儿童', '孩子',
  '学生', '青少年', '家庭', '家长', '妇女', '残疾人', '社会', '国家', '祖国', '家乡', '师生', '读者',
  '观众', '听众', '大家', '他们', '我们', '你们', '她们', '自己', '子孙', '后代', '基层', '乡村', '农村',
  '千家万户', '过往', '行人', '老年', '困难', '广大', '全市', '全省', '全国', '全县', '全区', '各地', '更多',
  '国', '民', '他', '她', '你', '我', '人',
];

/** Single characters before 为 that make it wéi "be/as" (化为, 评为, 融为, 身为 …). */
const WEI_AFTER_VERB = new Set(Array.from('成作做称视化变转分列评选定改融合汇聚誉奉沦互身认译结连封立名意归升降划设缩扩折换修喻贬召擢拜授迁徙讹谥'));
/** Adverbs before 为 = "is/are" (更为, 均为, 多为): tried after the beneficiary row (多为群众办实事 is wèi). */
const WEI_AFTER_ADVERB = new Set(Array.from('更较极最尤颇甚广多均皆亦实乃即而所原'));
/** Characters after 为 that make it wéi (为主, 为期, 以…为本, 以…为例). */
const WEI_BEFORE = new Set(Array.from('主辅止准期首伍荣本先宜佳妙由例界限序证凭据'));
/** Words after 为 that are goals and bases, not beneficiaries: (以…)为导向/为核心/为目标. */
const WEI_BEFORE_WORDS = [
  '导向', '中心', '核心', '抓手', '契机', '目标', '重点', '基础', '载体', '纽带', '依托', '引领', '突破口',
  '切入点', '切入口', '宗旨', '原则', '前提', '根本', '标准', '准则', '主线', '主题', '主体', '己任', '重要',
];
/** Nouns before a copular 为 "is": a role (主任为张三), a measure (人口为), a name (学名为). */
const WEI_SUBJECT_NOUNS = new Set([
  '主任', '主席', '书记', '负责人', '院长', '校长', '会长', '社长', '局长', '部长', '董事长', '总经理', '经理', '组长',
  '队长', '首任', '现任', '法人', '人口', '面积', '总数', '数量', '总额', '产值', '比例', '人数', '距离', '长度',
  '高度', '宽度', '深度', '重量', '价格', '票价', '售价', '名称', '前身', '原名', '学名', '简称', '全称', '别名',
  '首都', '省会', '首府', '口号', '特点', '宗旨', '主题',
]);

/** 以 here is not the 以 of 以…为… (可以, 所以, 以来, 以便 …). */
const YI_PREV_NOT = new Set(Array.from('可所加难得予足用借赖何藉据'));
const YI_NEXT_NOT = new Set(Array.from('来上下后前及便免致至外内往为北南东西期求资示'));
const NUMERAL = /[0-9０-９]/;
const CN_NUMBER = /^[零一二两三四五六七八九十百千万亿]+[亿万个件项名位岁年月天日次倍亩吨米元成人户座台辆套条篇批级秒层块张本部头株棵份%％]/;
/** 所 here is not the passive 为…所…: 所以, 所有, 场所 … */
const SUO_NEXT_NOT = new Set(Array.from('以有在属谓得需长处'));
const SUO_PREV_NOT = new Set(Array.from('场究出务厕住诊儿理养'));

/** 为了, 为何, 为什么, 为此, 为之 are words of their own: no row decides them. */
function open(c: RuleContext): boolean {
  return !(c.next !== '' && among('了何什此之', c.next));
}

/** The character before 为 is a word by itself, not the end of another (愿意|为 is wèi, 转化|为 is left to the rest). */
function prevStandsAlone(c: RuleContext): boolean {
  const prevWord = wordOf(c.words, c.i - 1);
  return !prevWord || prevWord.end - prevWord.start === 1 || prevWord.end > c.i;
}

function hasBeneficiary(c: RuleContext): boolean {
  const end = clauseEnd(c.chars, c.i);
  for (let k = c.i + 1; k < Math.min(end, c.i + 6); k++) {
    const b = BENEFICIARIES.find((w) => startsWithAt(c.chars, k, w));
    // A single-character beneficiary (国, 民, 人) only right after 为 (为国争光), not 为主人翁.
    if (b && (Array.from(b).length > 1 || k === c.i + 1)) return true;
  }
  return false;
}

function isPassive(c: RuleContext): boolean {
  const end = clauseEnd(c.chars, c.i);
  for (let k = c.i + 2; k < end; k++) {
    if (c.chars[k] !== '所') continue;
    const after = c.chars[k + 1] ?? '';
    if (!HAN.test(after) || SUO_NEXT_NOT.has(after) || SUO_PREV_NOT.has(c.chars[k - 1] ?? '')) continue;
    return true;
  }
  return false;
}

function isYiFrame(c: RuleContext): boolean {
  const start = clauseStart(c.chars, c.i);
  for (let j = c.i - 2; j >= start; j--) {
    if (c.chars[j] !== '以') continue;
    if (YI_PREV_NOT.has(c.chars[j - 1] ?? '') || YI_NEXT_NOT.has(c.chars[j + 1] ?? '')) continue;
    return true;
  }
  return false;
}

/**
 * Verbs done for someone or something: 为 X 提供/进行/负责 … in one clause is "for" (需为1987年前落成的
 * 大厦进行检验: the year is no amount the building "is").
 */
const SERVICE_VERBS = [
  '提供', '进行', '负责', '办理', '支付', '缴付', '安排', '作出', '做出', '服务', '出力', '筹集', '发放', '争取', '提出',
  '承担', '买单', '付费', '准备', '着想', '打算',
];

function beforeServiceVerb(c: RuleContext): boolean {
  const end = clauseEnd(c.chars, c.i);
  for (let k = c.i + 2; k < end; k++) if (SERVICE_VERBS.some((v) => startsWithAt(c.chars, k, v))) return true;
  return false;
}

function beforeAmount(c: RuleContext): boolean {
  return NUMERAL.test(c.next) || startsWithAt(c.chars, c.i + 1, '百分之') || CN_NUMBER.test(c.chars.slice(c.i + 1, c.i + 8).join(''));
}

export const WEI_RULES: readonly ContextRule[] = [
  {
    char: '为',
    reading: 'wéi',
    why: 'after a one-character verb that stands alone, 为 is "become/be as" (化为, 评为, 融为)',
    applies: (c) => open(c) && WEI_AFTER_VERB.has(c.prev) && prevStandsAlone(c),
    examples: ['荒山逐渐化【为】良田。', '这里被评【为】全国文明村。', '韩信被贬【为】淮阴侯。'],
    counterExamples: [['我们愿意【为】乡村振兴出力。', 'wèi']],
  },
  {
    char: '为',
    reading: 'wéi',
    why: 'after a verb of appointing or demoting, also ending a longer word (册封为, 加封为, 擢为), 为 is "as": no one is demoted "for" someone (贬为, 封为 with the verb alone are the row above\'s)',
    applies: (c) => open(c) && among('贬降封召擢拜授迁徙谥', c.prev) && HAN.test(c.next),
    examples: ['他被册封【为】太子。', '他被加封【为】国公。'],
    counterExamples: [['他们愿意【为】家乡出力。', 'wèi']],
  },
  {
    char: '为',
    reading: 'wéi',
    why: 'passive 为…所…: 为广大群众所熟知 (tried before the beneficiary row, which would take 群众 for wèi)',
    applies: (c) => open(c) && isPassive(c),
    examples: ['这项技艺早已【为】广大群众所熟知。'],
    counterExamples: [['这是【为】群众办实事的场所。', 'wèi']],
  },
  {
    char: '为',
    reading: 'wéi',
    why: 'after 需 or 须 "must" with no verb done for anyone in the clause, 为 is "be": 申请人需为香港永久居民 (tried before the beneficiary row: 居民, 学生 here are what one is, not whom it is for)',
    applies: (c) => open(c) && among('需须須', c.prev) && prevStandsAlone(c) && HAN.test(c.next) && !beforeServiceVerb(c),
    examples: ['申请人需【为】香港永久居民。', '参赛者须【为】本校学生。'],
    counterExamples: [['业主需【为】大厦进行检验。', 'wèi']],
  },
  {
    char: '为',
    reading: 'wèi',
    why: '为 before the people or places it serves within a few characters is "for": 为人民服务, 为5家企业提供',
    applies: (c) => open(c) && hasBeneficiary(c),
    examples: ['新站点将【为】周边居民提供就业岗位。', '合作社【为】5家企业提供原料。', '志愿者【为】过往行人指路。'],
    counterExamples: [['他立志成【为】主人翁。', 'wéi']],
  },
  {
    char: '为',
    reading: 'wéi',
    why: 'after a role, measure or name noun 为 is "is" (委员会主任为张三, 人口为, 学名为); tried after the beneficiary row (院长为学生颁奖 is wèi)',
    applies: (c) => {
      const prevWord = wordOf(c.words, c.i - 1);
      return open(c) && prevWord !== undefined && prevWord.end === c.i && WEI_SUBJECT_NOUNS.has(prevWord.text);
    },
    examples: ['委员会主任【为】张三。', '该县人口【为】多少？'],
    counterExamples: [['我们愿意【为】院长分忧。', 'wèi']],
  },
  {
    char: '为',
    reading: 'wéi',
    why: 'after an adverb 为 is "is/are": 更为, 均为, 多为',
    applies: (c) => open(c) && WEI_AFTER_ADVERB.has(c.prev) && prevStandsAlone(c),
    examples: ['参赛选手均【为】本地青年。'],
    counterExamples: [['涌现出很多【为】国争光的运动员。', 'wèi']],
  },
  {
    char: '为',
    reading: 'wéi',
    why: 'before 主, 期, 止, 本, 例 … (为主, 为期, 为止, 以…为本) 为 is "be"',
    applies: (c) => open(c) && WEI_BEFORE.has(c.next),
    examples: ['本次培训【为】期三天。', '展览持续到月底【为】止。'],
    counterExamples: [['他们【为】民办事。', 'wèi']],
  },
  {
    char: '为',
    reading: 'wéi',
    why: 'before a goal or base word (为导向, 为核心, 为目标), which no one is "for"',
    applies: (c) => open(c) && WEI_BEFORE_WORDS.some((w) => startsWithAt(c.chars, c.i + 1, w)),
    examples: ['坚持以市场需求【为】导向。', '各项工作以群众满意【为】目标。'],
    counterExamples: [['这笔钱【为】孩子上学准备。', 'wèi']],
  },
  {
    char: '为',
    reading: 'wèi',
    why: '为 X before a verb done for X later in its clause (为…提供, 为…进行, 为…负责) is "for"; tried after the beneficiary row, before the amount row (需为1987年前落成的大厦进行检验)',
    applies: (c) => open(c) && !WEI_AFTER_VERB.has(c.prev) && !WEI_AFTER_ADVERB.has(c.prev) && !isYiFrame(c) && beforeServiceVerb(c),
    examples: ['业主需【为】1987年前落成的大厦进行检验。', '公司会【为】这批货物办理保险。', '当局须【为】这项工程作出安排。'],
    counterExamples: [['申请人需【为】香港永久居民。', 'wéi'], ['今年产量【为】三万吨。', 'wéi'], ['以社区【为】单位进行登记。', 'wéi']],
  },
  {
    char: '为',
    reading: 'wéi',
    why: 'before an amount 为 is "is": 总投资约为12亿元, 面积为180亩',
    applies: (c) => open(c) && beforeAmount(c),
    examples: ['新建公园总面积约【为】30公顷。', '今年产量【为】三万吨。'],
    counterExamples: [['【为】了赶工期，工人们加班加点。', 'wèi']],
  },
  {
    char: '为',
    reading: 'wéi',
    why: '以 X 为 Y in one clause: 以汾河为纽带, 以红枣苗木为墨',
    applies: (c) => open(c) && isYiFrame(c),
    examples: ['以红枣苗木【为】墨，书写新篇章。', '以村【为】单位组织生产。'],
    counterExamples: [['可以【为】大家介绍一下。', 'wèi']],
  },
];
