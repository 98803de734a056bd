/**
 * The news-prose correction layer over pinyin-pro: a word list (readings of whole words, applied only
 * where the word is a whole word of the text) and context rules for the characters whose reading
 * depends on grammar rather than on the word (为 wéi/wèi, title 长, particles 地/得/了, 重 + verb).
 * Every group and rule says why. Pure data in, data out.
 */
import type { WordSpan } from '../chinese/words';

interface WordGroup {
  why: string;
  /** "word reading reading …" entries separated by "|": one tone-marked syllable per character. */
  words: string;
}

const WORD_GROUPS: WordGroup[] = [
  {
    why: '长 zhǎng "head of" in titles of office; pinyin-pro reads a lone 长 as cháng (乡长闫万玲 → cháng)',
    words:
      '乡长 xiāng zhǎng|镇长 zhèn zhǎng|县长 xiàn zhǎng|市长 shì zhǎng|省长 shěng zhǎng|区长 qū zhǎng|村长 cūn zhǎng|' +
      '州长 zhōu zhǎng|盟长 méng zhǎng|旗长 qí zhǎng|校长 xiào zhǎng|院长 yuàn zhǎng|局长 jú zhǎng|处长 chù zhǎng|' +
      '科长 kē zhǎng|部长 bù zhǎng|厅长 tīng zhǎng|所长 suǒ zhǎng|站长 zhàn zhǎng|馆长 guǎn zhǎng|社长 shè zhǎng|' +
      '行长 háng zhǎng|会长 huì zhǎng|队长 duì zhǎng|组长 zǔ zhǎng|班长 bān zhǎng|团长 tuán zhǎng|军长 jūn zhǎng|' +
      '旅长 lǚ zhǎng|营长 yíng zhǎng|连长 lián zhǎng|排长 pái zhǎng|庭长 tíng zhǎng|署长 shǔ zhǎng|司长 sī zhǎng|' +
      '厂长 chǎng zhǎng|场长 chǎng zhǎng|店长 diàn zhǎng|园长 yuán zhǎng|室长 shì zhǎng|台长 tái zhǎng|' +
      '董事长 dǒng shì zhǎng|理事长 lǐ shì zhǎng|秘书长 mì shū zhǎng|检察长 jiǎn chá zhǎng|委员长 wěi yuán zhǎng|' +
      '首长 shǒu zhǎng|家长 jiā zhǎng|兄长 xiōng zhǎng|学长 xué zhǎng|师长 shī zhǎng|船长 chuán zhǎng|' +
      '机长 jī zhǎng|警长 jǐng zhǎng|酋长 qiú zhǎng|族长 zú zhǎng|年长 nián zhǎng|长者 zhǎng zhě|长辈 zhǎng bèi',
  },
  {
    why: '长 zhǎng "grow" in growth words news uses daily',
    words:
      '增长 zēng zhǎng|成长 chéng zhǎng|生长 shēng zhǎng|助长 zhù zhǎng|滋长 zī zhǎng|长大 zhǎng dà|' +
      '拔苗助长 bá miáo zhù zhǎng|土生土长 tǔ shēng tǔ zhǎng|长势 zhǎng shì|稳增长 wěn zēng zhǎng',
  },
  {
    why: '重 chóng "again/re-" before a verb; pinyin-pro reads 重 zhòng when its word match fails (重塑, 后重新)',
    words:
      '重塑 chóng sù|重建 chóng jiàn|重新 chóng xīn|重启 chóng qǐ|重组 chóng zǔ|重构 chóng gòu|重振 chóng zhèn|' +
      '重返 chóng fǎn|重现 chóng xiàn|重申 chóng shēn|重温 chóng wēn|重整 chóng zhěng|重修 chóng xiū|' +
      '重铸 chóng zhù|重生 chóng shēng|重回 chóng huí|重走 chóng zǒu|重聚 chóng jù|重逢 chóng féng|' +
      '重复 chóng fù|重叠 chóng dié|重写 chóng xiě|重造 chóng zào|重审 chóng shěn|重置 chóng zhì|重播 chóng bō|' +
      '重演 chóng yǎn|重拾 chóng shí|重焕 chóng huàn|重燃 chóng rán|重获 chóng huò|重归 chóng guī|' +
      '重蹈覆辙 chóng dǎo fù zhé|重整旗鼓 chóng zhěng qí gǔ|双重 shuāng chóng|多重 duō chóng|重重 chóng chóng|' +
      '重阳 chóng yáng|重庆 chóng qìng|重估 chóng gū',
  },
  {
    why: '为 wéi "be/act as" in fixed words (pinyin-pro reads 为 wèi where its segmentation splits them, 已成为 → wèi)',
    words:
      '成为 chéng wéi|作为 zuò wéi|认为 rèn wéi|以为 yǐ wéi|称为 chēng wéi|视为 shì wéi|化为 huà wéi|' +
      '变为 biàn wéi|转为 zhuǎn wéi|分为 fēn wéi|列为 liè wéi|评为 píng wéi|选为 xuǎn wéi|定为 dìng wéi|' +
      '改为 gǎi wéi|融为一体 róng wéi yì tǐ|合为一体 hé wéi yì tǐ|连为一体 lián wéi yì tǐ|誉为 yù wéi|名为 míng wéi|' +
      '意为 yì wéi|奉为 fèng wéi|沦为 lún wéi|互为 hù wéi|身为 shēn wéi|更为 gèng wéi|较为 jiào wéi|' +
      '极为 jí wéi|最为 zuì wéi|尤为 yóu wéi|颇为 pō wéi|甚为 shèn wéi|大为 dà wéi|广为 guǎng wéi|' +
      '行为 xíng wéi|有为 yǒu wéi|无为 wú wéi|为主 wéi zhǔ|为止 wéi zhǐ|为期 wéi qī|为首 wéi shǒu|' +
      '为伍 wéi wǔ|为难 wéi nán|为人处世 wéi rén chǔ shì|为人师表 wéi rén shī biǎo|以人为本 yǐ rén wéi běn|' +
      '一分为二 yì fēn wéi èr|敢为人先 gǎn wéi rén xiān|大有可为 dà yǒu kě wéi|事在人为 shì zài rén wéi|' +
      '为数不多 wéi shù bù duō|所作所为 suǒ zuò suǒ wéi|为所欲为 wéi suǒ yù wéi|转化为 zhuǎn huà wéi|' +
      '转变为 zhuǎn biàn wéi|认定为 rèn dìng wéi|确定为 què dìng wéi|命名为 mìng míng wéi|定位为 dìng wèi wéi|' +
      '表现为 biǎo xiàn wéi|体现为 tǐ xiàn wéi|理解为 lǐ jiě wéi|概括为 gài kuò wéi|归纳为 guī nà wéi|' +
      '调整为 tiáo zhěng wéi|提升为 tí shēng wéi|升级为 shēng jí wéi|简称为 jiǎn chēng wéi|统称为 tǒng chēng wéi|' +
      '引以为 yǐn yǐ wéi|量力而为 liàng lì ér wéi|尽力而为 jìn lì ér wéi|年轻有为 nián qīng yǒu wéi',
  },
  {
    why: '为 wèi "for/because" in fixed words',
    words:
      '因为 yīn wèi|为了 wèi le|为何 wèi hé|为什么 wèi shén me|为此 wèi cǐ|为民 wèi mín|为国争光 wèi guó zhēng guāng|' +
      '为人民服务 wèi rén mín fú wù|舍己为人 shě jǐ wèi rén',
  },
  {
    why: '载 zài "carry/hold" (载体 is zàitǐ; pinyin-pro says zǎi); zǎi only for "record/year"',
    words:
      '载体 zài tǐ|承载 chéng zài|装载 zhuāng zài|满载 mǎn zài|载重 zài zhòng|载客 zài kè|载货 zài huò|' +
      '搭载 dā zài|运载 yùn zài|下载 xià zài|车载 chē zài|机载 jī zài|舰载 jiàn zài|载人 zài rén|' +
      '载歌载舞 zài gē zài wǔ|记载 jì zǎi|刊载 kān zǎi|转载 zhuǎn zǎi|连载 lián zǎi|登载 dēng zǎi|' +
      '千载难逢 qiān zǎi nán féng|一年半载 yì nián bàn zǎi|三年五载 sān nián wǔ zǎi|载入史册 zǎi rù shǐ cè',
  },
  {
    why: '少 shǎo "few/less"; shào only for "young" (至少壮大: pinyin-pro matched 少壮 across the word boundary)',
    words:
      '至少 zhì shǎo|减少 jiǎn shǎo|多少 duō shǎo|缺少 quē shǎo|不少 bù shǎo|少数 shǎo shù|少量 shǎo liàng|' +
      '稀少 xī shǎo|很少 hěn shǎo|较少 jiào shǎo|少有 shǎo yǒu|缺斤少两 quē jīn shǎo liǎng|' +
      '少年 shào nián|少儿 shào ér|少先队 shào xiān duì|少女 shào nǚ|青少年 qīng shào nián|老少 lǎo shào',
  },
  {
    why: '大 dà: 大城 is "big city" in news; pinyin-pro reads it as the county name Dàichéng',
    words: '大城 dà chéng|小县大城 xiǎo xiàn dà chéng|大城市 dà chéng shì',
  },
  {
    why: '的 dì/dí only in these words; elsewhere the particle de',
    words: '目的 mù dì|目的地 mù dì dì|的确 dí què|有的放矢 yǒu dì fàng shǐ|众矢之的 zhòng shǐ zhī dì',
  },
  {
    why: '地 dì "place" after a verb (在种植地开展): not the adverbial particle de',
    words:
      '种植地 zhòng zhí dì|发源地 fā yuán dì|所在地 suǒ zài dì|出生地 chū shēng dì|集散地 jí sàn dì|' +
      '聚集地 jù jí dì|栖息地 qī xī dì|根据地 gēn jù dì|试验地 shì yàn dì|生产地 shēng chǎn dì|原产地 yuán chǎn dì|' +
      '发生地 fā shēng dì|事发地 shì fā dì|出发地 chū fā dì|落脚地 luò jiǎo dì|承载地 chéng zài dì|' +
      '策源地 cè yuán dì|集聚地 jí jù dì|聚居地 jù jū dì|打卡地 dǎ kǎ dì|首发地 shǒu fā dì|示范地 shì fàn dì',
  },
  {
    why: '种 zhòng "to plant" vs zhǒng "kind/seed" (特色种植: pinyin-pro matched 色种 and read zhǒng)',
    words:
      '种植 zhòng zhí|种地 zhòng dì|种田 zhòng tián|种粮 zhòng liáng|种树 zhòng shù|种菜 zhòng cài|' +
      '耕种 gēng zhòng|栽种 zāi zhòng|种养 zhòng yǎng|种草 zhòng cǎo|种瓜得瓜 zhòng guā dé guā|' +
      '种子 zhǒng zi|品种 pǐn zhǒng|种类 zhǒng lèi|物种 wù zhǒng|良种 liáng zhǒng|种业 zhǒng yè',
  },
  {
    why: '处 chǔ "handle/be in" vs chù "place/office" (要处理: pinyin-pro matched 要处 and read chù)',
    words:
      '处理 chǔ lǐ|处置 chǔ zhì|处分 chǔ fèn|处罚 chǔ fá|处于 chǔ yú|处在 chǔ zài|处境 chǔ jìng|' +
      '处事 chǔ shì|相处 xiāng chǔ|处方 chǔ fāng|处决 chǔ jué|处世 chǔ shì|' +
      '到处 dào chù|处处 chù chù|好处 hǎo chù|用处 yòng chù|之处 zhī chù|办事处 bàn shì chù|实处 shí chù|' +
      '深处 shēn chù|远处 yuǎn chù|住处 zhù chù|各处 gè chù|此处 cǐ chù|何处 hé chù|多处 duō chù',
  },
  {
    why: '着 zhuó "wear/apply", zháo "touch/catch"; the particle zhe elsewhere',
    words:
      '身着 shēn zhuó|衣着 yī zhuó|着装 zhuó zhuāng|着力 zhuó lì|着眼 zhuó yǎn|着手 zhuó shǒu|着重 zhuó zhòng|' +
      '着陆 zhuó lù|着想 zhuó xiǎng|着落 zhuó luò|着实 zhuó shí|着色 zhuó sè|着墨 zhuó mò|执着 zhí zhuó|' +
      '沉着 chén zhuó|附着 fù zhuó|着力点 zhuó lì diǎn|着眼点 zhuó yǎn diǎn|着迷 zháo mí|着急 zháo jí|' +
      '着火 zháo huǒ|着凉 zháo liáng|睡着 shuì zháo',
  },
  {
    why: '了 liǎo "finish/understand" only in these words; elsewhere the particle le',
    words:
      '了解 liǎo jiě|了结 liǎo jié|了却 liǎo què|了不起 liǎo bu qǐ|了然 liǎo rán|一目了然 yí mù liǎo rán|' +
      '明了 míng liǎo|不了了之 bù liǎo liǎo zhī|受不了 shòu bu liǎo|免不了 miǎn bu liǎo|少不了 shǎo bu liǎo|' +
      '大不了 dà bu liǎo|了如指掌 liǎo rú zhǐ zhǎng|未了 wèi liǎo|末了 mò liǎo|了断 liǎo duàn|了事 liǎo shì|' +
      '了无 liǎo wú|直截了当 zhí jié liǎo dàng|了得 liǎo dé',
  },
  {
    why: '参与 cānyù (Xiandai Hanyu Cidian); pinyin-pro gives yǔ when 参与 is split',
    words: '参与 cān yù|参与者 cān yù zhě|参与度 cān yù dù|参与感 cān yù gǎn',
  },
  {
    why: '切 qiē "cut" in these words (小切口 is a policy metaphor), qiè elsewhere',
    words:
      '切口 qiē kǒu|切入 qiē rù|切入口 qiē rù kǒu|切入点 qiē rù diǎn|切换 qiē huàn|切割 qiē gē|' +
      '一切 yí qiè|切实 qiè shí|密切 mì qiè|亲切 qīn qiè|迫切 pò qiè|切身 qiè shēn',
  },
  {
    why: '量 liàng "amount" (高质量 split as 高质|量 reads liáng); liáng "to measure"',
    words:
      '质量 zhì liàng|高质量 gāo zhì liàng|数量 shù liàng|大量 dà liàng|力量 lì liàng|能量 néng liàng|' +
      '总量 zǒng liàng|流量 liú liàng|产量 chǎn liàng|增量 zēng liàng|存量 cún liàng|含量 hán liàng|' +
      '测量 cè liáng|丈量 zhàng liáng|衡量 héng liáng|量体温 liáng tǐ wēn',
  },
  {
    why: '发 fà "hair"; fā elsewhere',
    words:
      '头发 tóu fà|理发 lǐ fà|发型 fà xíng|白发 bái fà|毛发 máo fà|脱发 tuō fà|美发 měi fà|' +
      '发丝 fà sī|假发 jiǎ fà|染发 rǎn fà|烫发 tàng fà',
  },
  {
    why: '藏 zàng "Tibet(an)/treasure store", cáng "hide/collect"',
    words:
      '西藏 xī zàng|藏族 zàng zú|藏区 zàng qū|藏语 zàng yǔ|藏文 zàng wén|藏医 zàng yī|藏药 zàng yào|' +
      '宝藏 bǎo zàng|青藏 qīng zàng|藏羚羊 zàng líng yáng|援藏 yuán zàng|' +
      '收藏 shōu cáng|珍藏 zhēn cáng|馆藏 guǎn cáng|储藏 chǔ cáng|隐藏 yǐn cáng|藏品 cáng pǐn|蕴藏 yùn cáng',
  },
  {
    why: '行 háng "trade/bank/row" vs xíng "go/do"',
    words:
      '银行 yín háng|行业 háng yè|行情 háng qíng|内行 nèi háng|外行 wài háng|行列 háng liè|排行 pái háng|' +
      '行家 háng jia|总行 zǒng háng|分行 fēn háng|支行 zhī háng|央行 yāng háng|各行各业 gè háng gè yè|' +
      '行动 xíng dòng|进行 jìn xíng|执行 zhí xíng|行政 xíng zhèng|运行 yùn xíng|实行 shí xíng|推行 tuī xíng|' +
      '举行 jǔ xíng|发行 fā xíng|出行 chū xíng|旅行 lǚ xíng|步行 bù xíng|行驶 xíng shǐ|行程 xíng chéng|' +
      // Bank abbreviations pinyin-pro reads xíng (交行, 招行 as 交通银行, 招商银行); 各行其是 "each goes his way".
      '交行 jiāo háng|招行 zhāo háng|各行其是 gè xíng qí shì',
  },
  {
    why: '还 huán "return/repay"; hái "still/also" elsewhere',
    words:
      '还款 huán kuǎn|还贷 huán dài|还清 huán qīng|偿还 cháng huán|归还 guī huán|退还 tuì huán|' +
      '还原 huán yuán|返还 fǎn huán|还债 huán zhài|还本付息 huán běn fù xī',
  },
  {
    why: '传 zhuàn "biography/commentary"; chuán elsewhere',
    words: '传记 zhuàn jì|自传 zì zhuàn|列传 liè zhuàn|外传 wài zhuàn|经传 jīng zhuàn',
  },
  {
    why: '调 tiáo "adjust/mediate" vs diào "transfer/tune/investigate"',
    words:
      '调整 tiáo zhěng|协调 xié tiáo|调控 tiáo kòng|调解 tiáo jiě|调节 tiáo jié|调和 tiáo hé|调剂 tiáo jì|' +
      '调理 tiáo lǐ|调试 tiáo shì|空调 kōng tiáo|调研 diào yán|调查 diào chá|调度 diào dù|调动 diào dòng|' +
      '调任 diào rèn|强调 qiáng diào|基调 jī diào|单调 dān diào|格调 gé diào|语调 yǔ diào|声调 shēng diào',
  },
  {
    why: '更 gēng "change/night watch"; gèng "more" elsewhere',
    words:
      '更新 gēng xīn|更换 gēng huàn|更改 gēng gǎi|更正 gēng zhèng|更替 gēng tì|更迭 gēng dié|变更 biàn gēng|' +
      '更名 gēng míng|自力更生 zì lì gēng shēng|万象更新 wàn xiàng gēng xīn|三更 sān gēng',
  },
  {
    why: '和 huo/hè/hú in these words; hé elsewhere',
    words: '暖和 nuǎn huo|搀和 chān huo|附和 fù hè|唱和 chàng hè|应和 yìng hè',
  },
  {
    why: '当 dàng "proper" in 不当 (储藏不当, 处置不当); pinyin-pro reads dāng "serve as"',
    words: '不当 bù dàng|不当得利 bù dàng dé lì',
  },
  {
    why: '教 jiāo "teach" as a verb with its object (教书); jiào in 教育, 教师 … which pinyin-pro reads right',
    words: '教书 jiāo shū|教书育人 jiāo shū yù rén|教课 jiāo kè|教给 jiāo gěi',
  },
  {
    why: '乐 lè "glad to" in 乐于 (市民乐于参与); pinyin-pro reads the split 乐|于 as yuè',
    words: '乐于 lè yú|乐于助人 lè yú zhù rén|乐此不疲 lè cǐ bù pí',
  },
  {
    why: '解 jiě in 解放思想: pinyin-pro reads the idiom alone as jiè',
    words: '解放思想 jiě fàng sī xiǎng',
  },
  {
    why: '便 pián only in 便宜 and 大腹便便',
    words: '便宜 pián yi|大腹便便 dà fù pián pián',
  },
  {
    why: '差 chāi "errand", chā "difference", chà "short of/poor"',
    words:
      '出差 chū chāi|差事 chāi shi|差使 chāi shǐ|差距 chā jù|差异 chā yì|差别 chā bié|偏差 piān chā|' +
      '误差 wù chā|落差 luò chā|时差 shí chā|温差 wēn chā|差额 chā é|差错 chā cuò|参差 cēn cī|' +
      '差不多 chà bu duō|差点 chà diǎn',
  },
  {
    why: '得 dé in these words; děi "must" where 得 stands before a verb is left to context',
    words: '获得 huò dé|取得 qǔ dé|赢得 yíng dé|不得不 bù dé bù|难得 nán dé|心得 xīn dé|所得 suǒ dé',
  },
];

/** The word list: word → one reading per character. */
export const WORD_READINGS: ReadonlyMap<string, readonly string[]> = buildWordList();

function buildWordList(): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  for (const group of WORD_GROUPS) {
    for (const entry of group.words.split('|')) {
      const [word, ...readings] = entry.trim().split(' ');
      if (!word || Array.from(word).length !== readings.length) {
        throw new Error(`corrections: bad word-list entry "${entry}"`);
      }
      map.set(word, readings);
    }
  }
  return map;
}

interface Entry {
  word: string;
  chars: readonly string[];
  readings: readonly string[];
}

// Word-list entries by first character, longest first, for the left-to-right longest match
// (characters split once here, not at every text position).
const BY_FIRST = new Map<string, Entry[]>();
for (const [word, readings] of WORD_READINGS) {
  const chars = Array.from(word);
  const list = BY_FIRST.get(chars[0]!) ?? [];
  list.push({ word, chars, readings });
  BY_FIRST.set(chars[0]!, list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.chars.length - a.chars.length);

function anyTrue(flags: readonly boolean[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (flags[k]) return true;
  return false;
}

const FOURTH_TONE = /[àèìòùǜ]/;

export interface CorrectionInput {
  chars: readonly string[];
  readings: (string | null)[];
  words: readonly WordSpan[];
  boundaries: ReadonlySet<number>;
  /** Positions already decided (names); nothing here changes them. */
  locked: boolean[];
  /** Positions the word list decided; filled by applyWordList. */
  wordLocked?: boolean[];
  /** Filled with the [start, end) of each word-list match, so ruby can group 乡|长 as one word. */
  matches?: Array<[number, number]>;
}

/**
 * Applies the word list: longest entry first, only where the entry starts and ends on word
 * boundaries of the text (so 乡长 in 城乡长期 = 城乡|长期 is left alone). Locks what it sets.
 */
export function applyWordList(input: CorrectionInput): void {
  const { chars, readings, boundaries, locked } = input;
  const wordLocked = (input.wordLocked ??= new Array<boolean>(chars.length).fill(false));
  for (let i = 0; i < chars.length; ) {
    const candidates = boundaries.has(i) ? BY_FIRST.get(chars[i]!) : undefined;
    let matched = 0;
    if (candidates) {
      for (const { chars: wordChars, readings: wordReadings } of candidates) {
        const end = i + wordChars.length;
        // The entry must end on a word boundary, or one character before one when ICU glued a
        // suffix to it (了解到, 为主体).
        if (end > chars.length || !(boundaries.has(end) || (boundaries.has(end + 1) && !boundaries.has(end) && end + 1 <= chars.length))) continue;
        if (!wordChars.every((c, k) => chars[i + k] === c)) continue;
        if (anyTrue(locked, i, end) || anyTrue(wordLocked, i, end)) continue;
        for (let k = 0; k < wordChars.length; k++) {
          // 一 and 不 keep pinyin-pro's tone sandhi, which depends on the next word; a 不 the entry
          // reads bù before a syllable it also reads gets its sandhi from that syllable (不当 bú dàng:
          // pinyin-pro's bù was for its dāng).
          if (chars[i + k] === '不' && wordReadings[k] === 'bù' && k + 1 < wordChars.length) {
            readings[i + k] = FOURTH_TONE.test(wordReadings[k + 1]!) ? 'bú' : 'bù';
          } else if (chars[i + k] === '一' || chars[i + k] === '不') {
            if (readings[i + k] === null) readings[i + k] = wordReadings[k]!;
          } else {
            readings[i + k] = wordReadings[k]!;
          }
          wordLocked[i + k] = true;
        }
        matched = wordChars.length;
        input.matches?.push([i, end]);
        break;
      }
    }
    i += matched || 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Context rules.

const CLAUSE_BREAK = new Set(Array.from('，。；：！？,;:!?\n\r…'));
const HAN = /\p{Script=Han}/u;

function clauseStart(chars: readonly string[], i: number): number {
  let j = i;
  while (j > 0 && !CLAUSE_BREAK.has(chars[j - 1]!)) j--;
  return j;
}

function clauseEnd(chars: readonly string[], i: number): number {
  let j = i;
  while (j < chars.length && !CLAUSE_BREAK.has(chars[j]!)) j++;
  return j;
}

const SPLIT = new Map<string, readonly string[]>();

function startsWithAt(chars: readonly string[], i: number, word: string): boolean {
  // The words asked about are this module's constants: split once, kept.
  let w = SPLIT.get(word);
  if (!w) SPLIT.set(word, (w = Array.from(word)));
  for (let k = 0; k < w.length; k++) if (chars[i + k] !== w[k]) return false;
  return true;
}

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
const WEI_AFTER_VERB = new Set(Array.from('成作称视化变转分列评选定改融合汇聚誉奉沦互身认译结连封立名意归升降划设缩扩折换修喻'));
/** Adverbs before 为 = "is/are" (更为, 均为, 多为): checked after the beneficiary test (多为群众办实事 is wèi). */
const WEI_AFTER_ADVERB = new Set(Array.from('更较极最尤颇甚广多均皆亦实乃即而所'));
/** Characters after 为 that make it wéi (为主, 为期, 以…为本, 以…为例). */
const WEI_BEFORE = new Set(Array.from('主辅止准期首伍荣本先宜佳妙由例界限序证凭据'));
/** Words after 为 that are goals and bases, not beneficiaries: (以…)为导向/为核心/为目标. */
const WEI_BEFORE_WORDS = [
  '导向', '中心', '核心', '抓手', '契机', '目标', '重点', '基础', '载体', '纽带', '依托', '引领', '突破口',
  '切入点', '切入口', '宗旨', '原则', '前提', '根本', '标准', '准则', '主线', '主题', '主体', '己任', '重要',
];
/** 以 here is not the 以 of 以…为… (可以, 所以, 以来, 以便 …). */
const YI_PREV_NOT = new Set(Array.from('可所加难得予足用借赖何藉据'));
const YI_NEXT_NOT = new Set(Array.from('来上下后前及便免致至外内往为北南东西期求资示'));
const NUMERAL = /[0-9０-９]/;
const CN_NUMBER = /^[零一二两三四五六七八九十百千万亿]+[亿万个件项名位岁年月天日次倍亩吨米元成人户座台辆套条篇批级秒层块张本部头株棵份%％]/;
/** 所 here is not the passive 为…所…: 所以, 所有, 场所 … */
const SUO_NEXT_NOT = new Set(Array.from('以有在属谓得需长处'));
const SUO_PREV_NOT = new Set(Array.from('场究出务厕住诊儿理养'));

/** wéi or wèi for a 为 not decided by the word list, or null to keep pinyin-pro's reading. */
export function decideWei(chars: readonly string[], i: number, words: readonly WordSpan[] = []): 'wéi' | 'wèi' | null {
  const prev = chars[i - 1] ?? '';
  const next = chars[i + 1] ?? '';
  if ('了何什此之'.includes(next) && next !== '') return null;
  const start = clauseStart(chars, i);
  const end = clauseEnd(chars, i);
  // Only when that character is not the end of another word: 愿意|为 is wèi, 转化|为 is left to the rest.
  const prevWord = wordOf(words, i - 1);
  const prevStandsAlone = !prevWord || prevWord.end - prevWord.start === 1 || prevWord.end > i;
  if (WEI_AFTER_VERB.has(prev) && prevStandsAlone) return 'wéi';
  // Passive 为…所…: 为广大群众所熟知 (before the beneficiary test, which would take 群众 for wèi).
  for (let k = i + 2; k < end; k++) {
    if (chars[k] !== '所') continue;
    const after = chars[k + 1] ?? '';
    if (!HAN.test(after) || SUO_NEXT_NOT.has(after) || SUO_PREV_NOT.has(chars[k - 1] ?? '')) continue;
    return 'wéi';
  }
  // 为 + a beneficiary within a few characters: 为人民服务, 为5家企业提供, 为过往行人.
  for (let k = i + 1; k < Math.min(end, i + 6); k++) {
    if (BENEFICIARIES.some((b) => startsWithAt(chars, k, b))) {
      // A single-character beneficiary (国, 民, 人) only right after 为 (为国争光), not 为主人翁.
      const b = BENEFICIARIES.find((w) => startsWithAt(chars, k, w))!;
      if (Array.from(b).length > 1 || k === i + 1) return 'wèi';
    }
  }
  if (WEI_AFTER_ADVERB.has(prev) && prevStandsAlone) return 'wéi';
  if (WEI_BEFORE.has(next)) return 'wéi';
  if (WEI_BEFORE_WORDS.some((w) => startsWithAt(chars, i + 1, w))) return 'wéi';
  // 为 before an amount: 总投资约为12亿元, 面积为180亩.
  if (NUMERAL.test(next) || startsWithAt(chars, i + 1, '百分之') || CN_NUMBER.test(chars.slice(i + 1, i + 8).join(''))) {
    return 'wéi';
  }
  // 以 X 为 Y in the same clause: 以汾河为纽带, 是以县城为重要载体, 以红枣苗木为墨.
  for (let j = i - 2; j >= start; j--) {
    if (chars[j] !== '以') continue;
    if (YI_PREV_NOT.has(chars[j - 1] ?? '') || YI_NEXT_NOT.has(chars[j + 1] ?? '')) continue;
    return 'wéi';
  }
  return null;
}

/** Organisations whose head is a 长 zhǎng: 乡|长 as ICU splits it before a name. */
const TITLE_ORG = new Set(Array.from('乡镇县市省区村校院局处科部厅所站馆社行会队组班团州庭署司厂场店园室台'));
/** After these 长 is "long": 长达, 长约, 长度 … */
const CHANG_NEXT = new Set(Array.from('达约度远久短期江城征寿跑假效廊河街安春沙治白时篇途年线足'));
/** Before a place (全县, 我市, 本区 …): the place is not a title's organisation. */
const PLACE_DETERMINER = new Set(Array.from('全我本该各此'));
/** 重 + one of these single-character verbs is chóng "again": 重|塑 as ICU splits it. */
const CHONG_VERB = new Set(Array.from('塑建启组构振返现申温整修铸生回走聚逢复叠写造审置播演映开设做来拾焕燃获归估购印刊'));
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

/** The word covering position i: binary search (words are in text order and cover it). */
function wordOf(words: readonly WordSpan[], i: number): WordSpan | undefined {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid]!;
    if (i < w.start) hi = mid - 1;
    else if (i >= w.end) lo = mid + 1;
    else return w;
  }
  return undefined;
}

/** The characters the rules below look at (为 and the 长 place check come before). */
const RULE_CHARS = new Set(Array.from('长重得种应地了行教量'));

/** Applies the context rules to every position the word list and names left open. */
export function applyContextRules(input: CorrectionInput): void {
  const { chars, readings, words, locked } = input;
  const wordLocked = input.wordLocked ?? [];
  for (let i = 0; i < chars.length; i++) {
    if (locked[i]) continue;
    const ch = chars[i]!;
    // 全县|长期, 我市|长期: a place after 全/我/本 … then 长期 is "long-term", even where ICU
    // (and so the word list) took 县长 for a title. Checked before the word-list lock.
    if (ch === '长' && TITLE_ORG.has(chars[i - 1] ?? '') && PLACE_DETERMINER.has(chars[i - 2] ?? '') && CHANG_NEXT.has(chars[i + 1] ?? '')) {
      readings[i] = 'cháng';
      continue;
    }
    if (wordLocked[i]) continue;
    if (ch === '为') {
      const r = decideWei(chars, i, words);
      if (r) readings[i] = r;
      continue;
    }
    if (!RULE_CHARS.has(ch)) continue;
    const word = wordOf(words, i);
    const alone = word !== undefined && word.end - word.start === 1;
    const prev = chars[i - 1] ?? '';
    const next = chars[i + 1] ?? '';
    if (ch === '长' && alone && TITLE_ORG.has(prev) && !CHANG_NEXT.has(next)) {
      readings[i] = 'zhǎng';
    } else if (ch === '重' && alone && CHONG_VERB.has(next)) {
      const nextWord = wordOf(words, i + 1);
      if (nextWord && nextWord.end - nextWord.start === 1) readings[i] = 'chóng';
    } else if (ch === '得' && (alone || (word !== undefined && word.end === i + 1 && word.end - word.start === 2)) && readings[i] === 'dé' && HAN.test(prev) && !DE_PREV_NOT.has(prev) && DE_COMPLEMENT_NEXT.has(next)) {
      readings[i] = 'de';
    } else if (ch === '种' && alone && readings[i] === 'zhǒng' && PLANTED.has(next) && !KIND_PREV.has(prev)) {
      // 种 zhòng "to plant" before what is planted (种果树, 种粮); 一种果树 "a kind of" stays zhǒng.
      readings[i] = 'zhòng';
    } else if (ch === '应' && alone && readings[i] === 'yìng' && HAN.test(next) && !YING_NEXT.has(next)) {
      readings[i] = 'yīng';
    } else if (ch === '得' && alone && readings[i] === 'dé' && DEI_PREV.has(prev) && HAN.test(next) && !DE_COMPLEMENT_NEXT.has(next) && !DE2_NEXT.has(next)) {
      // Modal 得 děi "must" between a subject or adverb and a verb: 我们得抓紧, 还得靠大家.
      readings[i] = 'děi';
    } else if (ch === '行' && (startsWithAt(chars, i + 1, '行长') || (alone && BANK_DETERMINER.has(prev) && next !== '我' && next !== '其'))) {
      // 行 before 行长 is a bank (该行行长, 工行行长); so is 该行/本行 "this bank".
      readings[i] = 'háng';
    } else if (ch === '教' && alone && readings[i] === 'jiào' && HAN.test(next) && !JIAO_NOUN_PREV.has(prev)) {
      // A lone 教 is the verb jiāo "teach" (手把手教农户, 教孩子们); jiào is 教育, 教练 … (words).
      readings[i] = 'jiāo';
    } else if (ch === '量' && readings[i] === 'liáng' && isAmountLiang(chars, words, i)) {
      readings[i] = 'liàng';
    } else if (ch === '地' && alone && readings[i] === 'dì' && isAdverbialDi(chars, words, i)) {
      readings[i] = 'de';
    } else if (ch === '了' && readings[i] === 'liǎo' && prev !== '不' && prev !== '得' && !LIAO_NEXT.has(next)) {
      // liǎo words are in the word list (locked); any other 了 is the particle (ICU's 了一 read alone gives liǎo).
      readings[i] = 'le';
    }
  }
}

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

/** Runs the whole correction layer (word list, then context rules) in place. */
export function correctReadings(input: CorrectionInput): void {
  applyWordList(input);
  applyContextRules(input);
}
