/**
 * The word list of the correction stage: readings of whole words news prose uses, which
 * pinyin-pro's dictionary misses or misreads, applied only where the word is a whole word of the
 * text (乡长 in 乡长闫万玲, not in 城乡长期 = 城乡|长期). Every group says why. Pure data in, data out.
 */
import type { CorrectionInput } from './corrections';

interface WordGroup {
  why: string;
  /** "word reading reading …" entries separated by "|": one tone-marked syllable per character. */
  words: string;
}

const WORD_GROUPS: WordGroup[] = [
  {
    why: 'names of places and transliterations missing from pinyin-pro\'s dictionaries, where a character has its rarer reading: 勃艮第 (Burgundy) gèn, 莘庄 xīn, 天姥/太姥 mǔ, 攒尖 (a pyramidal roof) cuán',
    words: '勃艮第 bó gèn dì|莘庄 xīn zhuāng|天姥 tiān mǔ|太姥 tài mǔ|斗姥 dǒu mǔ|攒尖 cuán jiān|裨将 pí jiàng|偏裨 piān pí|参将 cān jiàng',
  },
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
      '交行 jiāo háng|招行 zhāo háng|该行 gāi háng|本行 běn háng|各行其是 gè xíng qí shì',
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
  {
    why: 'words pinyin-pro misreads in Hong Kong news (the Jyutping gold set\'s misses): 假日 jià "holiday" (not jiǎ "false"), 冠绝 guàn "top", 会计师行 háng "firm", 重夺 chóng "regain", 供应量 liàng "amount", 应 yīng "should" before 考虑 (not 应考 "sit an exam"), 重上 chóng "back onto"',
    words: '假日 jià rì|节假日 jié jià rì|冠绝 guàn jué|会计师行 kuài jì shī háng|重夺 chóng duó|供应量 gōng yìng liàng|' +
      '应考虑 yīng kǎo lǜ|应考量 yīng kǎo liáng|重上 chóng shàng',
  },
  {
    why: 'Hong Kong government offices named 处 chù (政府统计处, 警务处) before 在: the segmenter cuts 统计|处在 "be located", so the office and 在 are one entry here',
    words:
      '统计处在 tǒng jì chù zài|警务处在 jǐng wù chù zài|入境处在 rù jìng chù zài|消防处在 xiāo fáng chù zài|' +
      '民航处在 mín háng chù zài|海事处在 hǎi shì chù zài|劳工处在 láo gōng chù zài|新闻处在 xīn wén chù zài|' +
      '事务处在 shì wù chù zài|注册处在 zhù cè chù zài|登记处在 dēng jì chù zài',
  },
  {
    why: '将 jiāng "will" before 会 and 要 (明天将会公布: pinyin-pro read jiàng "general")',
    words: '将会 jiāng huì|将要 jiāng yào',
  },
  {
    why: 'written Cantonese and Hong Kong news words pinyin-pro misreads: 朝 zhāo "morning" in 朝早/今朝/听朝 (not cháo "towards"), ' +
      '参选 cān "stand for election" (the segmenter cut 参|选人 and 人参 "ginseng"), 之冠 guàn "the top of", 倒跌/倒退 dào "fall back"',
    words: '朝早 zhāo zǎo|今朝早 jīn zhāo zǎo|听朝 tīng zhāo|琴朝 qín zhāo|朝头早 zhāo tóu zǎo|参选 cān xuǎn|参选人 cān xuǎn rén|' +
      '人参选 rén cān xuǎn|之冠 zhī guàn|倒跌 dào diē',
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


/**
 * Applies the word list: longest entry first, only where the entry starts and ends on word
 * boundaries of the text (so 乡长 in 城乡长期 = 城乡|长期 is left alone). Locks what it sets.
 */
export function applyWordList(input: CorrectionInput): void {
  const { chars, readings, boundaries, locked } = input;
  const wordLocked = (input.wordLocked ??= new Array<boolean>(chars.length).fill(false));
  // Where each word ends, by its start: a glued suffix is one more character in the same word.
  const wordEnd = new Map(input.words.map((w) => [w.start, w.end]));
  for (let i = 0; i < chars.length; ) {
    const candidates = boundaries.has(i) ? BY_FIRST.get(chars[i]!) : undefined;
    let matched = 0;
    if (candidates) {
      for (const { chars: wordChars, readings: wordReadings } of candidates) {
        const end = i + wordChars.length;
        // The entry must end on a word boundary, or be a word but for one glued suffix (了解到, 为主体;
        // not 头|发展, where 头发 would end inside the next word).
        if (end > chars.length || !(boundaries.has(end) || (wordEnd.get(i) === end + 1 && end + 1 <= chars.length))) continue;
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
