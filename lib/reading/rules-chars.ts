/**
 * Rows of the context-rule table for characters pinyin-pro reads, outside a dictionary word, with
 * the rarer of their readings (阙 quē for the palace gate què, 毂 gū for the hub gǔ …), and for
 * nouns or verbs whose reading the neighbouring character tells (钉在 dìng, 光晕 yùn, 海扇 shàn).
 * Each row: when, what, why, examples and counter-examples.
 */
import { among, HAN, type ContextRule } from './rule-context';

const DIGIT = /[0-9０-９]/;

export const CHARACTER_RULES: readonly ContextRule[] = [
  {
    char: '阙',
    reading: 'què',
    why: '阙 is què "palace gate, watchtower" (宫阙, 西阙, 阙下) outside the words of "lacking" (阙如, 阙疑), which are dictionary words, and the office 补阙 (bǔquē, "one who supplies what is lacking")',
    applies: (c) => c.readings[c.i] === 'quē' && c.alone && c.prev !== '补',
    examples: ['现存可辨认的有西【阙】南面题额。'],
    counterExamples: [['此事暂付【阙】如。', 'quē'], ['他最终担任左补【阙】。', 'quē']],
  },
  {
    char: '毂',
    reading: 'gǔ',
    why: '毂 is gǔ "hub" (车毂, 绣毂, and in names); gū only in 毂辘',
    applies: (c) => c.readings[c.i] === 'gū' && c.next !== '辘',
    examples: ['下窥绣【毂】雕鞍。'],
    counterExamples: [['车马【毂】击肩摩。', 'gǔ']],
  },
  {
    char: '牟',
    reading: 'móu',
    why: '牟 is móu (the surname Móu, 牟利, 牟取, names such as 异牟寻); mù only in the place 牟平',
    applies: (c) => c.readings[c.i] === 'mù' && c.next !== '平',
    examples: ['唐朝册封异【牟】寻为南诏王。'],
    counterExamples: [['他出生在烟台【牟】平。', 'mù']],
  },
  {
    char: '裨',
    reading: 'pí',
    why: '裨 alone is pí: the lieutenant (偏裨, 裨将) and transliterations (裨治文); bì "benefit" is in words (裨益, 无裨)',
    applies: (c) => c.readings[c.i] === 'bì' && c.alone,
    examples: ['【裨】治文等人的办报。'],
    counterExamples: [['这对工作大有【裨】益。', 'bì']],
  },
  {
    char: '蠡',
    reading: 'lǐ',
    why: '蠡 naming a lake or county (彭蠡, 蠡湖, 蠡县) is lǐ; lí in 管窥蠡测',
    applies: (c) => c.readings[c.i] === 'lí' && (among('湖县园', c.next) || c.prev === '彭'),
    examples: ['改称五里湖为【蠡】湖。'],
    counterExamples: [['管窥【蠡】测，难免偏颇。', 'lí']],
  },
  {
    char: '侗',
    reading: 'tóng',
    why: '侗 is Dòng only for the Kam people and what is theirs (侗族, 侗寨, 侗歌); in names (杨侗, 李继侗) and "ignorant" it is tóng',
    applies: (c) => c.readings[c.i] === 'dòng' && HAN.test(c.prev) && !among('族语家寨乡歌戏锦村胞', c.next) && c.prev !== '侗',
    examples: ['奉杨【侗】为潞国公。'],
    counterExamples: [['这是一座【侗】寨。', 'dòng']],
  },
  {
    char: '覃',
    reading: 'tán',
    why: '覃 is Qín as a surname; ending a name (郑覃, 毛泽覃) or in 覃思 it is tán: a 覃 that ends a name is followed by no given name',
    applies: (c) => c.readings[c.i] === 'qín' && HAN.test(c.prev) && (!HAN.test(c.next) || among('在为之说和与的相等', c.next)),
    examples: ['郑【覃】在查案之余还在读书。', '毛泽【覃】为第一任县长。'],
    counterExamples: [['女主角【覃】泓由朱琳饰演。', 'qín']],
  },
  {
    char: '呵',
    reading: 'hē',
    why: '呵 is hē (呵护, 呵斥, and 呵叻 Khorat); kē is no reading of modern text',
    applies: (c) => c.readings[c.i] === 'kē',
    examples: ['控制了【呵】叻高原。'],
    counterExamples: [['他笑【呵】呵地说。', 'hē']],
  },
  {
    char: '钉',
    reading: 'dìng',
    why: '钉 alone before 在/上/入/住/死/牢 or a cross (钉在十字架上) is the verb dìng; dīng is the nail',
    applies: (c) => c.readings[c.i] === 'dīng' && (c.alone || c.word?.start === c.i) && among('在上入住死牢进十', c.next),
    examples: ['三个字【钉】在门上。', '耶稣被【钉】十字架。'],
    counterExamples: [['墙上有一颗【钉】。', 'dīng']],
  },
  {
    char: '晕',
    reading: 'yùn',
    why: '晕 as a halo (光晕, 月晕, 冰晕, 星系晕, 晕轮) is yùn; yūn "faint" before 倒/过去 or after 头/发',
    applies: (c) => c.readings[c.i] === 'yūn' && (among('光月日冰系质的', c.prev) || c.next === '轮' || c.next === '圈'),
    examples: ['银河系【晕】周围有黑洞。', '包括云、降水及冰【晕】。'],
    counterExamples: [['他一下子【晕】倒了。', 'yūn']],
  },
  {
    char: '扇',
    reading: 'shàn',
    why: '扇 the fan or leaf of a door (葵扇, 海扇, 扇状, 双扇门) is shàn; shān is the verb "fan, slap"',
    applies: (c) => c.readings[c.i] === 'shān' && (among('状形面贝蛤骨', c.next) || among('葵团折电羽双海蒲纨门', c.prev)),
    examples: ['新会葵【扇】年产量很大。', '【扇】状雌蕊宽五毫米。'],
    counterExamples: [['鸟儿【扇】动翅膀。', 'shān']],
  },
  {
    char: '弄',
    reading: 'lòng',
    why: '弄 "lane" after a number or 里 (武康路40弄, 里弄) and in 弄堂 is lòng; nòng is the verb',
    applies: (c) => c.readings[c.i] === 'nòng' && (DIGIT.test(c.prev) || c.prev === '里' || c.next === '堂'),
    examples: ['武康路40【弄】1号住宅。'],
    counterExamples: [['他把手表【弄】丢了。', 'nòng']],
  },
  {
    char: '杆',
    reading: 'gǎn',
    why: '杆 of a lever, pen or gun (操纵杆, 驾驶杆, 拉杆, 笔杆, 枪杆) is gǎn; gān is a pole (旗杆, 电线杆)',
    applies: (c) => c.readings[c.i] === 'gān' && among('驶拉纵枪笔秤烟球杠连摇撑脚', c.prev),
    examples: ['推下操纵【杆】，并启动引擎。'],
    counterExamples: [['操场上立着旗【杆】。', 'gān']],
  },
  {
    char: '劲',
    reading: 'jìng',
    why: '劲 "strong" before what is strong (劲骑, 劲旅, 劲敌, 劲松) is jìng; jìn is "strength, effort"',
    applies: (c) => c.readings[c.i] === 'jìn' && among('骑旅敌松草射卒弩兵', c.next),
    examples: ['埋伏【劲】骑五百在大营侧。'],
    counterExamples: [['大家干【劲】十足。', 'jìn']],
  },
  {
    char: '率',
    reading: 'shuài',
    why: '率 "lead" before the troops led (率军, 率部, 率国民军) is shuài; lǜ is the rate (增长率)',
    applies: (c) => c.readings[c.i] === 'lǜ' && HAN.test(c.prev) && among('军部众兵队团师舰机国新', c.next),
    examples: ['粟裕【率】新四军进入苏北。'],
    counterExamples: [['今年的增长【率】为百分之五。', 'lǜ']],
  },
];
