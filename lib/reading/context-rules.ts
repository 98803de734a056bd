/**
 * The context rules of the correction stage, as a table: for characters whose reading depends on
 * grammar rather than on the word (为 wéi/wèi, title 长, particles 地/得/了, 重 + verb …), each row
 * says when it applies, what it reads, why, and the sentences that show it and that it leaves
 * alone. Rows of one character are tried in order; the first that applies decides.
 */
import type { WordSpan } from '../chinese/words';
import type { CorrectionInput } from './corrections';
import { HAN, startsWithAt, wordOf, type ContextRule, type RuleContext } from './rule-context';
import { CHARACTER_RULES } from './rules-chars';
import { NAME_AND_PARTICLE_RULES } from './rules-names';
import { WEI_RULES } from './rules-wei';

/** Organisations whose head is a 长 zhǎng: 乡|长 as ICU splits it before a name. */
const TITLE_ORG = new Set(Array.from('乡镇县市省区村校院局处科部厅所站馆社行会队组班团州庭署司厂场店园室台'));
/** After these 长 is "long": 长达, 长约, 长度 … */
const CHANG_NEXT = new Set(Array.from('达约度远久短期江城征寿跑假效廊河街安春沙治白时篇途年线足'));
/** Before a place (全县, 我市, 本区 …): the place is not a title's organisation. */
const PLACE_DETERMINER = new Set(Array.from('全我本该各此'));
/** 重 + one of these single-character verbs is chóng "again": 重|塑 as ICU splits it. */
const CHONG_VERB = new Set(Array.from('塑建启组构振返现申温整修铸生回走聚逢复叠写造审置播演映开设做来拾焕燃获归估购印刊夺奪掌'));
/** Verbs of regaining: 重 before them is chóng even when the segmenter glued the verb to its object (重|夺冠|军). */
const CHONG_REGAIN = new Set(Array.from('夺奪掌'));
/** 得 after a verb before these is the complement marker de: 卖得更远, 做得很好, 搞得红火. */
const DE_COMPLEMENT_NEXT = new Set(Array.from('更很非十越特比太好快多少高低远近清明扎红有井不真最挺相格极较尤蛮这那如满热飞津淋干稳实足早晚大小深透起上下出过动住一响准牢紧精细顺亮美漂舒宽慢勤'));
/** Before 得 these are not verbs taking a complement (不得, 只得, 就得 …). */
const DE_PREV_NOT = new Set(Array.from('不获取值难赢博晓懂记觉使免省舍心所应求非必总也都就才只还又可夺习喜荣换赚谋录觅购'));
/** What is planted: after a lone 种 these make it the verb zhòng. */
const PLANTED = new Set(Array.from('树果菜花草粮稻麦棉茶药瓜豆田地竹苗蔬桑林米薯椒蒜葱姜'));
/** Before 种 these make it the classifier zhǒng "kind" (一种, 这种, 各种 …). */
const KIND_PREV = new Set(Array.from('一二两三四五六七八九十几多各这那某此该本每百千万'));
/** Before a modal 得 děi: pronouns and adverbs (我们得, 就得, 还得). */
const DEI_PREV = new Set(Array.from('们我你他她就还也都总又才'));
/** After 得 these make dé words (得到, 得知, 得以 …) or the perfective 得了. */
const DE2_NEXT = new Set(Array.from('到了出知以失益奖分罪病手意体力当逞救胜势票主天'));
/** After 地 these make it a noun dì (地区, 地方, 地下 … where ICU split the word). */
const DI_NEXT_NOUN = new Set(Array.from('区方下上面带处图址理产震质铁道段块位球标价貌域形名税缘主点层热表基盘级市头步板毯摊契租权界平心势政府委气中里内外壳核幔狱雷宫窖窝铺'));

/** 了 before these starts a liǎo word (了解, 了结, 了却 …) that ICU may have cut differently. */
const LIAO_NEXT = new Set(Array.from('解结却然断事无得如悟'));
/**
 * Words that start with 结/解/却/断 … and follow a perfective 了 (递交了|结案, 得到了|解决): where
 * one comes right after 了, the 了 of 了结/了解 is the particle, matched across the boundary.
 */
const AFTER_LE_WORDS = [
  '结案', '结束', '结果', '结婚', '结构', '结合', '结算', '结论', '结局', '结盟', '结业', '结对', '结成', '结下', '结识',
  '解决', '解放', '解释', '解除', '解读', '解答', '解说', '解散', '解开', '解冻', '解救', '解脱', '解约', '解析', '解禁',
  '却步', '断裂', '断层', '事故', '事件', '事情', '事业', '然后',
];
/** Before such a 了, these make it liǎo after all (不了解, 得了解, 未了结, 终于了结). */
const LIAO_PREV = new Set(Array.from('不得未难没可明都也还就才又终于来去们我你他她'));

/** A lone 应 is the modal yīng "should" (应尽量, 应当) except before these (应邀, 应声, 应运而生 …). */
const YING_NEXT = new Set(Array.from('邀约聘声运急对用战考试变答和酬付征诺允承验景时'));

/** Before a lone 行 these make it a bank (该行, 本行 "this bank"), when 行 is no verb of a longer word. */
const BANK_DETERMINER = new Set(Array.from('该本此'));
/** Before a lone 教 these make it the noun jiào (信教, 传教, 宗教 where ICU split them). */
const JIAO_NOUN_PREV = new Set(Array.from('信传受请指求领赐说管施宗佛道回基天儒邪国政'));
/** Before 量 these verbs make it liáng "measure" (测量, 衡量, 商量 …). */
const LIANG_VERB_PREV = new Set(Array.from('测丈衡估打思商称考掂'));
/** After a lone 量 "amount" the predicate follows (存栏量已经…, 交易量达到…, 用水量大幅下降). */
const LIANG_SUBJECT_NEXT = new Set(Array.from('已达增减大小下上不有为是较比同占逐持仍连稳将猛突居均约近超创首再也都还明显'));

/** 地 as the adverbial particle: after a reduplication (早早地) or a two-plus-character word before a verb (耐心地为). */
function isAdverbialDi(chars: readonly string[], words: readonly WordSpan[], i: number): boolean {
  const next = chars[i + 1] ?? '';
  if (!HAN.test(next) || DI_NEXT_NOUN.has(next)) return false;
  if (i >= 2 && chars[i - 1] === chars[i - 2] && HAN.test(chars[i - 1]!)) return true;
  const prevWord = wordOf(words, i - 1);
  return prevWord !== undefined && prevWord.end - prevWord.start >= 2 && /^\p{Script=Han}+$/u.test(prevWord.text);
}

/**
 * 量 liàng "amount" as a suffix (交易量, 存栏量): pinyin-pro reads a 量 it cannot join to a word as
 * liáng "measure". It is the suffix when it ends a longer ICU word, or stands alone after other Han
 * text with a predicate after it; not after a measuring verb (测量, 商量) and not before what is
 * measured (量体温 stays liáng).
 */
function isAmountLiang(chars: readonly string[], words: readonly WordSpan[], i: number): boolean {
  const prev = chars[i - 1] ?? '';
  // 量一量: the reduplicated verb (V一V) is liáng as well.
  if (!HAN.test(prev) || LIANG_VERB_PREV.has(prev) || prev === '一') return false;
  const word = wordOf(words, i);
  if (!word) return false;
  if (word.end - word.start >= 2) return word.end === i + 1;
  const next = chars[i + 1] ?? '';
  return !HAN.test(next) || LIANG_SUBJECT_NEXT.has(next);
}

export const CONTEXT_RULES: readonly ContextRule[] = [
  {
    char: '长',
    reading: 'cháng',
    why: 'a place after 全/我/本 … then 长期 is "long-term" (全县|长期, 我市|长期), even where ICU and so the word list took 县长 for a title',
    overWordList: true,
    applies: (c) => TITLE_ORG.has(c.prev) && PLACE_DETERMINER.has(c.chars[c.i - 2] ?? '') && CHANG_NEXT.has(c.next),
    examples: ['全县【长】期坚持生态优先。', '我市【长】期以来重视教育。'],
    counterExamples: [['副县【长】李明在会上讲话。', 'zhǎng']],
  },
  ...WEI_RULES,
  {
    char: '重',
    reading: 'chóng',
    why: '重 alone before a one-character verb is "again/re-" (重|塑 as ICU splits it)',
    applies: (c) => {
      if (!c.alone || !CHONG_VERB.has(c.next)) return false;
      const nextWord = wordOf(c.words, c.i + 1);
      return nextWord !== undefined && (nextWord.end - nextWord.start === 1 || CHONG_REGAIN.has(c.next));
    },
    // 重开 is a word now (chóng from the word list), so the row's example is one the list splits.
    examples: ['这部古籍近日【重】刊。', '球队【重】夺冠军。'],
    counterExamples: [['这是一项【重】大工程。', 'zhòng']],
  },
  {
    char: '得',
    reading: 'de',
    why: '得 after a verb before a complement (卖得更远, 做得很好, 搞得红火) is the particle de, not dé',
    applies: (c) =>
      (c.alone || (c.word !== undefined && c.word.end === c.i + 1 && c.word.end - c.word.start === 2)) &&
      c.readings[c.i] === 'dé' && HAN.test(c.prev) && !DE_PREV_NOT.has(c.prev) && DE_COMPLEMENT_NEXT.has(c.next),
    examples: ['这批草莓卖【得】更远了。', '这件事他做【得】很好。'],
    counterExamples: [['项目取【得】更大成效。', 'dé']],
  },
  {
    char: '种',
    reading: 'zhòng',
    why: '种 alone before what is planted is the verb "to plant" (种果树, 种粮); 一种果树 "a kind of" stays zhǒng',
    applies: (c) => c.alone && c.readings[c.i] === 'zhǒng' && PLANTED.has(c.next) && !KIND_PREV.has(c.prev),
    examples: ['村民们【种】果树增收。'],
    counterExamples: [['这是一【种】果树。', 'zhǒng']],
  },
  {
    char: '应',
    reading: 'yīng',
    why: 'a lone 应 before a verb is the modal "should" (应尽量, 应及时); yìng only in 应邀, 应声, 应运而生 …',
    applies: (c) => c.alone && c.readings[c.i] === 'yìng' && HAN.test(c.next) && !YING_NEXT.has(c.next),
    examples: ['大家【应】积极参与。'],
    counterExamples: [['他【应】邀出席开幕式。', 'yìng']],
  },
  {
    char: '得',
    reading: 'děi',
    why: 'modal 得 "must" between a subject or adverb and a verb: 我们得抓紧, 还得靠大家',
    applies: (c) =>
      c.alone && c.readings[c.i] === 'dé' && DEI_PREV.has(c.prev) && HAN.test(c.next) && !DE_COMPLEMENT_NEXT.has(c.next) && !DE2_NEXT.has(c.next),
    examples: ['这件事还【得】靠大家。'],
    counterExamples: [['他们【得】到了帮助。', 'dé']],
  },
  {
    char: '行',
    reading: 'háng',
    why: '行 before 行长 is a bank (该行行长, 工行行长); so is 该行/本行 "this bank"',
    applies: (c) => startsWithAt(c.chars, c.i + 1, '行长') || (c.alone && BANK_DETERMINER.has(c.prev) && c.next !== '我' && c.next !== '其'),
    examples: ['工【行】行长在会上介绍。'],
    counterExamples: [['大家一起【行】动起来。', 'xíng']],
  },
  {
    char: '教',
    reading: 'jiāo',
    why: 'a lone 教 before its object is the verb "teach" (手把手教农户, 教孩子们); jiào is 教育, 教练 … (words)',
    applies: (c) => c.alone && c.readings[c.i] === 'jiào' && HAN.test(c.next) && !JIAO_NOUN_PREV.has(c.prev),
    examples: ['技术员手把手【教】农户嫁接。'],
    counterExamples: [['他从小接受【教】育。', 'jiào']],
  },
  {
    char: '量',
    reading: 'liàng',
    why: '量 "amount" as a suffix (交易量, 存栏量), which pinyin-pro reads liáng "measure" when it cannot join it to a word',
    applies: (c) => c.readings[c.i] === 'liáng' && isAmountLiang(c.chars, c.words, c.i),
    examples: ['生猪存栏【量】已经回升。'],
    counterExamples: [['护士每天给病人【量】体温。', 'liáng']],
  },
  {
    char: '地',
    reading: 'de',
    why: '地 alone after a reduplication (早早地) or a word of two or more characters, before a verb, is the adverbial particle',
    applies: (c) => c.alone && c.readings[c.i] === 'dì' && isAdverbialDi(c.chars, c.words, c.i),
    examples: ['他耐心【地】为村民讲解。'],
    counterExamples: [['这片土【地】上长满了庄稼。', 'dì']],
  },
  {
    char: '了',
    reading: 'le',
    why: '了 after a verb before a word that starts with 结/解/却 … (递交了|结案, 得到了|解决) is the particle; pinyin-pro and ICU matched 了结/了解 across the boundary',
    overWordList: true,
    applies: (c) => c.readings[c.i] === 'liǎo' && HAN.test(c.prev) && !LIAO_PREV.has(c.prev) && AFTER_LE_WORDS.some((w) => startsWithAt(c.chars, c.i + 1, w)),
    examples: ['他向法院递交【了】结案报告。', '村里修建【了】解放纪念馆。'],
    counterExamples: [['双方终于【了】结了这桩纠纷。', 'liǎo'], ['他们并不【了】解决策过程。', 'liǎo']],
  },
  {
    char: '了',
    reading: 'le',
    why: 'liǎo words are in the word list (decided before this); any other 了 is the particle le (pinyin-pro reads a 了 after a closing quote or a space as liǎo; ICU\'s 了一, read alone, did too)',
    applies: (c) => c.readings[c.i] === 'liǎo' && c.prev !== '不' && c.prev !== '得' && !LIAO_NEXT.has(c.next),
    // DuBao's own segmenter reads 献上了一, 突破了一 as le already: the row decides after a quote.
    examples: ['这个项目被“搁置”【了】四年。', '这项工程被“冻结”【了】两年。'],
    counterExamples: [['大家都【了】解这件事。', 'liǎo']],
  },
  ...NAME_AND_PARTICLE_RULES,
  ...CHARACTER_RULES,
];

const RULES_BY_CHAR = new Map<string, ContextRule[]>();
for (const rule of CONTEXT_RULES) {
  const list = RULES_BY_CHAR.get(rule.char) ?? [];
  list.push(rule);
  RULES_BY_CHAR.set(rule.char, list);
}

/** The context of position i, as the rules see it. */
export function ruleContext(chars: readonly string[], readings: readonly (string | null)[], words: readonly WordSpan[], i: number): RuleContext {
  const word = wordOf(words, i);
  return { chars, readings, words, i, prev: chars[i - 1] ?? '', next: chars[i + 1] ?? '', word, alone: word !== undefined && word.end - word.start === 1 };
}

/** The row that decides position i (the first of its character's rows that applies), or undefined. */
export function decidingRule(c: RuleContext, wordLocked: boolean): ContextRule | undefined {
  const rows = RULES_BY_CHAR.get(c.chars[c.i]!);
  return rows?.find((rule) => (rule.overWordList || !wordLocked) && rule.applies(c));
}

/** Applies the context rules to every position the names left open (and the word list, unless a row says otherwise). */
export function applyContextRules(input: CorrectionInput): void {
  const { chars, readings, words, locked } = input;
  const wordLocked = input.wordLocked ?? [];
  for (let i = 0; i < chars.length; i++) {
    if (locked[i] || !RULES_BY_CHAR.has(chars[i]!)) continue;
    const rule = decidingRule(ruleContext(chars, readings, words, i), wordLocked[i] === true);
    if (rule) readings[i] = rule.reading;
  }
}
