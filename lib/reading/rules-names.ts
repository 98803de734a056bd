/**
 * Rows of the context-rule table for names, transliterations, particles and the adverb 只: where
 * pinyin-pro, finding no word, falls back on a character's first reading, and the character's use
 * in running text is another. Each row: when, what, why, examples and counter-examples.
 */
import { among, HAN, type ContextRule, type RuleContext } from './rule-context';

/** Characters that mostly occur in transliterated foreign names (弗朗西斯, 希什曼, 博塞). */
const TRANSLITERATION = new Set(Array.from('尔斯克特德姆里亚拉诺夫维奇卡耶伊莱博罗洛佩蒙托马纳巴萨布达勒埃奥乌普雷兹希曼尼娜丝琳莎瑟西迈桑芒米提丘科·'));
/** Before 只 these make it the measure word zhī (一只, 两只, 这只, 每只, 3只). */
const ZHI_MEASURE_PREV = new Set(Array.from('一二两三四五六七八九十百千万几每这那哪某多半单数0123456789０１２３４５６７８９'));
/** After 只 these make a zhī word (只身, 只言片语). */
const ZHI_WORD_NEXT = new Set(Array.from('身言'));

const FINAL = (c: RuleContext) => HAN.test(c.prev) && !HAN.test(c.next);
/** Whether a word starts at i-k and covers i (a word of the rows' exception lists). */
const within = (c: RuleContext, words: readonly string[]) =>
  words.some((w) => {
    const chars = Array.from(w);
    return chars.some((ch, k) => ch === c.chars[c.i] && chars.every((x, j) => c.chars[c.i - k + j] === x));
  });

export const NAME_AND_PARTICLE_RULES: readonly ContextRule[] = [
  {
    char: '只',
    reading: 'zhǐ',
    why: 'the adverb "only" (他只想, 只留下) outside 只是/只有/只能, which pinyin-pro reads as the measure word zhī; zhī only after a numeral or demonstrative (一只, 这只) and in 只身',
    applies: (c) =>
      c.readings[c.i] === 'zhī' && !ZHI_MEASURE_PREV.has(c.prev) && !ZHI_WORD_NEXT.has(c.next) && HAN.test(c.next) && (c.alone || c.word?.start === c.i),
    examples: ['他【只】想让孩子走出大山。', '学院停办后【只】留下理工科。'],
    counterExamples: [['院子里有一【只】小狗。', 'zhī'], ['他【只】身前往。', 'zhī']],
  },
  {
    char: '什',
    reading: 'shí',
    why: '什 is shén only in 什么/什麽; elsewhere (什锦, 什物, transliterations such as 希什曼) shí',
    applies: (c) => c.readings[c.i] === 'shén' && c.next !== '么' && c.next !== '麽',
    examples: ['希【什】曼王朝的创立者。'],
    counterExamples: [['你想吃【什】么？', 'shén']],
  },
  {
    char: '塞',
    reading: 'sài',
    why: '塞 in a transliterated name (博塞, 塞雷卡, 塞斯) is sài; the verb "stuff" sāi and 堵塞 sè are words or stand alone among ordinary text',
    applies: (c) => c.readings[c.i] !== 'sài' && (TRANSLITERATION.has(c.prev) || TRANSLITERATION.has(c.next)) && !within(c, ['堵塞', '阻塞', '闭塞', '塞满', '塞进', '塞车']),
    examples: ['助理教授【塞】斯发表了报告。', '城市博【塞】位于法国西部。'],
    counterExamples: [['他把书【塞】进书包。', 'sāi']],
  },
  {
    char: '肖',
    reading: 'xiāo',
    why: '肖 as a surname (肖方) and in transliterations (肖托夸) is xiāo; xiào only in 肖像, 生肖, 惟妙惟肖, 不肖',
    applies: (c) => c.readings[c.i] === 'xiào' && !within(c, ['肖像', '生肖', '惟妙惟肖', '不肖', '酷肖', '肖似']),
    examples: ['县委的李梯云、【肖】方等人认为。', '位于纽约州【肖】托夸县。'],
    counterExamples: [['画家为他画了一幅【肖】像。', 'xiào']],
  },
  {
    char: '阆',
    reading: 'làng',
    why: '阆 is làng in every name it occurs in (阆中, 阆州, 阆苑); láng only in 闶阆',
    applies: (c) => c.readings[c.i] === 'láng' && c.prev !== '闶',
    examples: ['他落籍于【阆】州。'],
    counterExamples: [['高大的门闶【阆】。', 'láng']],
  },
  {
    char: '朴',
    reading: 'piáo',
    why: '朴 starting a name is the Korean surname Piáo (朴正熙); pǔ only in 朴素, 朴实, 简朴, 淳朴 … and 朴茨茅斯',
    applies: (c) =>
      c.readings[c.i] === 'pǔ' && !HAN.test(c.prev === '仅' ? '' : c.prev) && HAN.test(c.next) && HAN.test(c.chars[c.i + 2] ?? '') && !among('素实质拙厚茨刀', c.next),
    examples: ['【朴】槿惠出席会议。', '【朴】趾源的实学思想。'],
    counterExamples: [['【朴】素的生活。', 'pǔ']],
  },
  {
    char: '圩',
    reading: 'wéi',
    why: '圩 "dyke" and the places named after it (徐圩, 联圩镇) are wéi; xū only for market days (圩日, 趁圩)',
    applies: (c) => c.readings[c.i] === 'xū' && !among('日场期市', c.next) && c.prev !== '趁' && c.prev !== '赶',
    examples: ['港区及南侧徐【圩】投入建设。'],
    counterExamples: [['逢【圩】日，村民赶集。', 'xū']],
  },
  // 媛 stays yuàn, the standard reading, in names too (记者王爱媛): some speakers say yuán in given
  // names (彭丽媛), but the dictionaries and the team's key write yuàn, so no row changes it.
  {
    char: '燕',
    reading: 'yān',
    why: 'the state of Yan (前燕, 后燕, 燕王, 燕赵) and 燕山/燕京 are yān; the swallow yàn elsewhere',
    applies: (c) => c.readings[c.i] === 'yàn' && (among('前后南北西', c.prev) || among('王国京赵山', c.next)) && c.next !== '子',
    examples: ['前【燕】灭亡。', '【燕】王派骑兵出击。'],
    counterExamples: [['春天【燕】子飞回来了。', 'yàn']],
  },
  {
    char: '缪',
    reading: 'miù',
    why: '缪 in a transliterated name (塞缪尔 Samuel) is miù; the surname Miào stands among Chinese names',
    applies: (c) => c.readings[c.i] === 'miào' && (TRANSLITERATION.has(c.prev) || TRANSLITERATION.has(c.next)),
    examples: ['1778年由小塞【缪】尔·菲利普斯建立。'],
    counterExamples: [['未雨绸【缪】。', 'móu']],
  },
  {
    char: '茜',
    reading: 'xī',
    why: '茜 in a transliterated woman\'s name (露茜, 南茜, 茜茜) is xī; qiàn "madder red" and Chinese given names',
    applies: (c) => c.readings[c.i] === 'qiàn' && (TRANSLITERATION.has(c.prev) || TRANSLITERATION.has(c.next) || among('露蜜南茜', c.prev) || c.next === '茜'),
    examples: ['南【茜】并没有离开。', '【茜】茜和弗朗茨再次见面。'],
    counterExamples: [['她叫王【茜】。', 'qiàn']],
  },
  {
    char: '垛',
    reading: 'duǒ',
    why: '垛 naming a place (甘垛镇, 王垛站) and in 垛口 is duǒ; duò is a stack (草垛, 麦垛)',
    applies: (c) => c.readings[c.i] === 'duò' && among('镇乡站村区口庄河山', c.next),
    examples: ['驻原甘【垛】镇河口村。'],
    counterExamples: [['田里堆着草【垛】。', 'duò']],
  },
  {
    char: '帖',
    reading: 'tiě',
    why: '帖 in transliterations (帖木儿, 帖撒利亚) is tiě, as in 请帖; tiē "fit, stick" is in words (妥帖, 服帖)',
    applies: (c) => c.readings[c.i] === 'tiē' && (c.next === '木' || c.next === '撒' || TRANSLITERATION.has(c.prev)),
    examples: ['1404年，【帖】木儿准备进攻。'],
    counterExamples: [['事情办得很妥【帖】。', 'tiē']],
  },
  {
    char: '蛤',
    reading: 'gé',
    why: '蛤 is gé for clams (文蛤, 蛤蜊, 帘蛤科); há only in 蛤蟆',
    applies: (c) => c.readings[c.i] === 'há' && c.next !== '蟆',
    examples: ['这是帘【蛤】科的一种。'],
    counterExamples: [['池塘里有一只【蛤】蟆。', 'há']],
  },
  {
    char: '藏',
    reading: 'zàng',
    why: '藏 for Tibet (藏族, 藏军, 藏人, 藏语, 藏医; 驻藏, 援藏, 进藏) is zàng; cáng "hide/store" elsewhere',
    applies: (c) => c.readings[c.i] === 'cáng' && ((among('族军人语文医药历区南北东传剧戏香獒袍', c.next) && c.alone) || among('驻援进赴', c.prev)),
    examples: ['布置在山头的【藏】军。'],
    counterExamples: [['他把钱【藏】起来。', 'cáng']],
  },
  {
    char: '喇',
    reading: 'lǎ',
    why: '喇 in names and transliterations (喀喇沁, 巴雅喇) is lǎ, as in 喇叭, 喇嘛; lā only in onomatopoeia (哇喇, 呼喇)',
    applies: (c) => c.readings[c.i] === 'lā' && !among('哇呼哗喇', c.prev) && c.next !== '喇',
    examples: ['今辽宁省喀【喇】沁左翼。'],
    counterExamples: [['哇【喇】一声。', 'lā']],
  },
  {
    char: '咳',
    reading: 'ké',
    why: '咳 "cough" (咳出, 急咳) is ké; hāi only as an interjection starting a sentence (咳，…)',
    applies: (c) => c.readings[c.i] === 'hāi' && HAN.test(c.prev),
    examples: ['他【咳】出了鲜血。'],
    counterExamples: [['【咳】，真没想到！', 'hāi']],
  },
  {
    char: '啦',
    reading: 'la',
    why: '啦 ending a clause is the particle la (该收获啦); lā only in 啦啦队, 呼啦',
    applies: (c) => c.readings[c.i] === 'lā' && FINAL(c) && c.prev !== '啦',
    examples: ['该到收获的季节【啦】。'],
    counterExamples: [['啦啦队员欢呼【啦】啦。', 'lā']],
  },
  {
    char: '哟',
    reading: 'yo',
    why: '哟 ending a clause is the particle yo (好哟); yō is the interjection starting one',
    applies: (c) => c.readings[c.i] === 'yō' && FINAL(c),
    examples: ['人才溜溜的好【哟】。'],
    counterExamples: [['【哟】，你来了！', 'yō']],
  },
  {
    char: '哦',
    reading: 'o',
    why: '哦 ending a clause is the particle o (签名哦); ò/ó is the interjection starting one',
    applies: (c) => (c.readings[c.i] === 'ò' || c.readings[c.i] === 'ó') && FINAL(c),
    examples: ['记得签名【哦】。'],
    counterExamples: [['【哦】，原来如此。', 'ò']],
  },
  {
    char: '喔',
    reading: 'o',
    why: '喔 ending a clause is the particle o (= 哦); wō is the rooster\'s crow (喔喔)',
    applies: (c) => c.readings[c.i] === 'wō' && FINAL(c) && c.prev !== '喔',
    examples: ['明天见【喔】！'],
    counterExamples: [['公鸡喔【喔】叫。', 'wō']],
  },
  {
    char: '吧',
    reading: 'bā',
    why: '吧 "bar, forum" after 贴/网/酒/水/茶/书/氧 (贴吧, 网吧) is bā; the particle ba elsewhere',
    applies: (c) => c.readings[c.i] === 'ba' && among('贴网酒水茶书氧陶迪话', c.prev),
    examples: ['百度贴【吧】全面启用。'],
    counterExamples: [['我们走【吧】。', 'ba']],
  },
  {
    char: '哩',
    reading: 'li',
    why: '哩 ending a clause is the particle li (做哩); lī is only the sound in 哩哩啦啦',
    applies: (c) => c.readings[c.i] === 'lī' && FINAL(c) && c.prev !== '哩',
    examples: ['俺还有手艺做【哩】！'],
    counterExamples: [['全程79英【哩】的路。', 'lǐ']],
  },
  {
    char: '哩',
    reading: 'lǐ',
    why: '哩 "mile" after a number or 英/海 (20哩, 英哩) and in transliterations is lǐ; li only as a final particle',
    applies: (c) => c.readings[c.i] === 'lī' && !FINAL(c),
    examples: ['全程79英【哩】的路。', '20【哩】的距离。'],
    counterExamples: [['俺还有手艺做【哩】！', 'li']],
  },
];
