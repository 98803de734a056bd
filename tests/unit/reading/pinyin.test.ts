import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readText, segmentText, splitSegmentsByCharacter } from '@/lib/reading/pinyin';

/** The readings of `word` where it first occurs in `text`. */
function readingsOf(text: string, word: string, names?: string[]): (string | null)[] {
  const chars = Array.from(text);
  const w = Array.from(word);
  const at = chars.findIndex((_, i) => w.every((c, k) => chars[i + k] === c));
  if (at < 0) throw new Error(`${word} not in ${text}`);
  return readText(text, { names }).slice(at, at + w.length);
}

// [sentence, word in it, expected readings of the word]
const CASES: Array<[string, string, string]> = [
  ['我市推动城乡融合发展。', '发展', 'fā zhǎn'],
  ['用实际行动诠释初心。', '行动', 'xíng dòng'],
  ['在银行的支持下渡过难关。', '银行', 'yín háng'],
  ['乡党委副书记、乡长闫万玲说。', '乡长', 'xiāng zhǎng'],
  ['县长王海峰在调研时指出。', '县长', 'xiàn zhǎng'],
  ['全省经济同比增长5.3%。', '增长', 'zēng zhǎng'],
  ['推动城乡长期协调发展。', '城乡长期', 'chéng xiāng cháng qī'],
  ['这条公路全长120公里。', '全长', 'quán cháng'],
  ['联合推出以汾河为纽带的旅游线路。', '汾河为纽带', 'fén hé wéi niǔ dài'],
  ['城市和乡野融为一体。', '融为一体', 'róng wéi yì tǐ'],
  ['以红枣苗木为墨，书写新篇章。', '为墨', 'wéi mò'],
  ['该项目总投资约为12亿元。', '约为', 'yuē wéi'],
  ['数字经济已成为重要引擎。', '成为', 'chéng wéi'],
  ['新校区占地面积为180亩。', '为', 'wéi'],
  ['该园区以新能源汽车产业为主导。', '为主导', 'wéi zhǔ dǎo'],
  ['他被大家称为“剃头书记”。', '称为', 'chēng wéi'],
  ['全心全意为人民服务。', '为人民服务', 'wèi rén mín fú wù'],
  ['将为周边居民提供就业岗位。', '为周边居民', 'wèi zhōu biān jū mín'],
  ['愿意为绿色环保产品支付更高的价格。', '为', 'wèi'],
  ['为了让农产品卖得更远。', '为了', 'wèi le'],
  ['因为天气原因推迟。', '因为', 'yīn wèi'],
  ['以更好地为群众服务。', '为群众', 'wèi qún zhòng'],
  ['以环境整治重塑乡村面貌。', '重塑', 'chóng sù'],
  ['老街改造后重新开街。', '重新', 'chóng xīn'],
  ['把生态保护放在重要位置。', '重要', 'zhòng yào'],
  ['是以县城为重要载体的城镇化建设。', '载体', 'zài tǐ'],
  ['这本书记载了作者的经历。', '记载', 'jì zǎi'],
  ['每县至少壮大1个主导产业。', '至少', 'zhì shǎo'],
  ['青少年是祖国的未来。', '青少年', 'qīng shào nián'],
  ['“小县大城”绘新景。', '大城', 'dà chéng'],
  ['他是一名乡村大夫。', '大夫', 'dài fu'],
  ['此行的目的是调研。', '目的', 'mù dì'],
  ['这的确是个好办法。', '的确', 'dí què'],
  ['志愿者们早早地来到广场。', '地', 'de'],
  ['工作人员耐心地为老人讲解。', '地', 'de'],
  ['保护好每一寸土地。', '土地', 'tǔ dì'],
  ['为了让农产品卖得更远。', '卖得', 'mài de'],
  ['夺得冠军，获得好评。', '获得', 'huò dé'],
  ['这家企业还清了全部贷款。', '还清', 'huán qīng'],
  ['他还是坚持了下来。', '还是', 'hái shì'],
  ['这部传记很受欢迎。', '传记', 'zhuàn jì'],
  ['传承优秀传统文化。', '传统', 'chuán tǒng'],
  ['进一步调整产业结构。', '调整', 'tiáo zhěng'],
  ['调查结果显示。', '调查', 'diào chá'],
  ['要处理好发展和安全的关系。', '处理', 'chǔ lǐ'],
  ['确保各项政策落到实处。', '实处', 'shí chù'],
  ['这位老党员义务为乡亲们理发。', '理发', 'lǐ fà'],
  ['万象更新，春潮涌动。', '更新', 'gēng xīn'],
  ['生活更加美好。', '更加', 'gèng jiā'],
  ['藏族同胞载歌载舞。', '藏族', 'zàng zú'],
  ['博物馆馆藏文物三万余件。', '馆藏', 'guǎn cáng'],
  ['藏族同胞身着盛装。', '身着', 'shēn zhuó'],
  ['随着气温回升。', '随着', 'suí zhe'],
  ['着重解决文山会海问题。', '着重', 'zhuó zhòng'],
  ['记者在采访中了解到。', '了解', 'liǎo jiě'],
  ['为市民献上了一场场精彩的演出。', '上了', 'shàng le'],
  ['两岸和平发展。', '和平', 'hé píng'],
  ['天气渐渐暖和起来。', '暖和', 'nuǎn huo'],
  ['价格便宜，交通方便。', '便宜', 'pián yi'],
  ['价格便宜，交通方便。', '方便', 'fāng biàn'],
  ['他下个月要出差。', '出差', 'chū chāi'],
  ['缩小城乡差距。', '差距', 'chā jù'],
  ['群众共同参与。', '参与', 'cān yù'],
  ['因地制宜发展特色种植。', '种植', 'zhòng zhí'],
  ['培育优良品种。', '品种', 'pǐn zhǒng'],
  ['带领乡亲们种果树、养肉牛。', '种', 'zhòng'],
  ['这是一种果树。', '种', 'zhǒng'],
  ['老年人和儿童应尽量少去人员密集场所。', '应', 'yīng'],
  ['他应邀出席开幕式。', '应邀', 'yìng yāo'],
  ['以“小切口”推动治理。', '切口', 'qiē kǒu'],
  ['推动经济高质量发展。', '高质量', 'gāo zhì liàng'],
  // 长 title vs "long"
  ['全场长时间鼓掌。', '长时间', 'cháng shí jiān'],
  ['全县长期坚持生态优先。', '长期', 'cháng qī'],
  ['院长期盼已久。', '院长', 'yuàn zhǎng'],
  ['医院长期缺少人手。', '长期', 'cháng qī'],
  ['村里的队长说。', '队长', 'duì zhǎng'],
  // 地 and 得
  ['在种植地开展试验。', '种植地', 'zhòng zhí dì'],
  ['各地积极地推进改革。', '各地', 'gè dì'],
  ['各地积极地推进改革。', '积极地', 'jī jí de'],
  ['我们得抓紧时间。', '得', 'děi'],
  ['他得了冠军。', '得', 'dé'],
  ['这件事做得好。', '做得', 'zuò de'],
  // 为 in more news patterns
  ['以此为契机推动发展。', '为', 'wéi'],
  ['被评为全国文明城市。', '评为', 'píng wéi'],
  ['年增长率为6.5%。', '为', 'wéi'],
  ['两地分别为3家和5家。', '为', 'wéi'],
  ['这一做法为广大群众所熟知。', '为', 'wéi'],
  ['为推动高质量发展作出新的更大贡献。', '为', 'wèi'],
  ['这些产品多为手工制作。', '为', 'wéi'],
  ['要为基层减负。', '为', 'wèi'],
  ['为确保安全，道路临时封闭。', '为', 'wèi'],
  // Causes found by the blind sets 4 and 5 (finance, rural, names in running text)
  ['该行行长助理介绍。', '该行行长', 'gāi háng háng zhǎng'],
  ['该行表示将加大信贷投放。', '该行', 'gāi háng'],
  ['交行和招行同日宣布下调利率。', '交行', 'jiāo háng'],
  ['该行为严重违法。', '该行为', 'gāi xíng wéi'],
  ['事件是由于食品储藏不当所致。', '不当', 'bú dàng'],
  ['手把手教农户防治病虫害。', '教', 'jiāo'],
  ['他是一名篮球教练。', '教练', 'jiào liàn'],
  ['肉牛存栏量已经达到两百头。', '存栏量', 'cún lán liàng'],
  ['本月交易量达到新高。', '交易量', 'jiāo yì liàng'],
  ['护士为老人量体温。', '量体温', 'liáng tǐ wēn'],
  ['大家来量一量。', '量一量', 'liáng yi liáng'],
  ['打造一批叫得响的品牌。', '叫得', 'jiào de'],
  ['他换得了一份工作。', '换得', 'huàn dé'],
  ['局长单晓峰带队考察。', '单晓峰', 'shàn xiǎo fēng'],
  ['村党支部书记解红梅介绍。', '解红梅', 'xiè hóng méi'],
  ['非遗传承人任重远说。', '任重远', 'rén zhòng yuǎn'],
  ['书记曾多次强调。', '曾', 'céng'],
  ['委员解释说，方案可行。', '解释', 'jiě shì'],
  ['记者查看了现场。', '查看', 'chá kàn'],
  ['董事长曾毓群表示。', '曾', 'zēng'],
  ['选手乐观地说。', '乐观地', 'lè guān de'],
  ['他在大学教书。', '教书', 'jiāo shū'],
  ['教会学校。', '教会', 'jiào huì'],
  ['市民乐于参与。', '乐于', 'lè yú'],
  ['代表解放思想。', '解放思想', 'jiě fàng sī xiǎng'],
  ['全县夏粮产量达到十万吨。', '产量', 'chǎn liàng'],
  ['称重量、量尺寸。', '量尺寸', 'liáng chǐ cùn'],
];

describe('readings in context', () => {
  it.each(CASES)('%s → %s = %s', (text, word, expected) => {
    expect(readingsOf(text, word).join(' ')).toBe(expected);
  });

  it('gives null for anything that is not a Han character', () => {
    expect(readText('A股 2024年，GDP增长5%。')).toEqual([null, 'gǔ', null, null, null, null, null, 'nián', null, null, null, null, 'zēng', 'zhǎng', null, null, null]);
  });

  it('is empty for empty text and all null for text without Han', () => {
    expect(readText('')).toEqual([]);
    expect(readText('Hello, world! 123')).toEqual(Array.from('Hello, world! 123').map(() => null));
  });

  it('reads traditional text by what it says (銀行行長 is yínháng hángzhǎng)', () => {
    expect(readText('銀行行長表示，將為實體經濟服務。').slice(0, 4)).toEqual(['yín', 'háng', 'háng', 'zhǎng']);
    expect(readingsOf('記者在採訪中了解到，當地已累計發放救助金。', '了解')).toEqual(['liǎo', 'jiě']);
  });

  it('handles characters outside the BMP without shifting readings', () => {
    const text = '𠮷野家在银行附近';
    const r = readText(text);
    expect(r).toHaveLength(Array.from(text).length);
    expect(r.slice(4, 6)).toEqual(['yín', 'háng']);
  });
});

describe('name readings apply only to the names found', () => {
  const text = '单位解决了问题。单雄信、曾国藩和解缙都说，曾经的渠道要疏通。';
  const names = ['单雄信', '曾国藩', '解缙'];
  it.each([
    ['单位', 'dān wèi'],
    ['解决', 'jiě jué'],
    ['单雄信', 'shàn xióng xìn'],
    ['曾国藩', 'zēng guó fān'],
    ['解缙', 'xiè jìn'],
    ['曾经', 'céng jīng'],
    ['渠道', 'qú dào'],
  ])('%s → %s', (word, expected) => {
    expect(readingsOf(text, word, names).join(' ')).toBe(expected);
  });

  it('reads 渠德鹏 as qú dé péng and keeps the name one ruby segment', () => {
    const segments = segmentText('市发改委副主任渠德鹏:今年', { names: ['渠德鹏'] });
    const name = segments.find((s) => s.text === '渠德鹏');
    expect(name).toEqual({ text: '渠德鹏', readings: ['qú', 'dé', 'péng'], word: true });
  });

  it('leaves text without those names as it reads without names', () => {
    const plain = '单位解决了问题，曾经如此。';
    expect(readText(plain, { names: ['单雄信'] })).toEqual(readText(plain));
  });
});

describe('ruby segments', () => {
  it('group by words and cover the text exactly', () => {
    const text = '发展(fāzhǎn)：2024年，银行行长说。';
    const segments = segmentText(text);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.find((s) => s.text === '发展')).toEqual({ text: '发展', readings: ['fā', 'zhǎn'], word: true });
    expect(segments.find((s) => s.text === '行长')).toEqual({ text: '行长', readings: ['háng', 'zhǎng'], word: true });
    for (const s of segments) {
      expect(s.readings).toHaveLength(Array.from(s.text).length);
      if (!s.word) expect(s.readings.every((r) => r === null)).toBe(true);
    }
  });
});

// Real news text to draw random strings from.
const NEWS =
  '今年的政府工作报告再次提出，要加快太原晋中一体化。近年来，我市在推动一体化方面做了大量工作，' +
  '连续三年与太原市联合制定年度行动方案。榆次老城是一座有着悠久历史的古城，这里保存着许多古老的建筑和文化遗产。' +
  '銀行行長表示，將繼續加大對實體經濟的信貸投放力度。A股 2024年 GDP 增长5.3%！';

describe('properties', () => {
  const newsSlice = fc
    .tuple(fc.nat(NEWS.length), fc.nat(60))
    .map(([start, len]) => Array.from(NEWS).slice(start, start + len).join(''));
  const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), newsSlice);

  it('readings length === Array.from(text).length, non-Han characters null', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = readText(text);
        expect(r).toHaveLength(Array.from(text).length);
        Array.from(text).forEach((ch, i) => {
          if (!/\p{Script=Han}/u.test(ch)) expect(r[i]).toBeNull();
        });
      }),
      { numRuns: 200 },
    );
  });

  it('segments concatenate to the text, one reading per character', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.constantFrom('渠德鹏', '单位', '曾国藩'), { maxLength: 2 }), (text, names) => {
        const segments = segmentText(text, { names });
        expect(segments.map((s) => s.text).join('')).toBe(text);
        for (const s of segments) expect(s.readings).toHaveLength(Array.from(s.text).length);
      }),
      { numRuns: 200 },
    );
  });

  it('is a pure function of its input', () => {
    fc.assert(
      fc.property(newsSlice, (text) => {
        expect(readText(text)).toEqual(readText(text));
      }),
      { numRuns: 50 },
    );
  });
});

describe('long texts and per-character grouping', () => {
  it('reads a very long text the same as its sentences one by one', () => {
    const sentence = '今年的政府工作报告提出，要以汾河为纽带，推动城乡融合发展。';
    const long = sentence.repeat(40);
    const r = readText(long);
    expect(r).toHaveLength(Array.from(long).length);
    const one = readText(sentence);
    for (let k = 0; k < 40; k++) expect(r.slice(k * one.length, (k + 1) * one.length)).toEqual(one);
    expect(segmentText(long).map((s) => s.text).join('')).toBe(long);
  });

  it('splits word segments into characters, readings kept', () => {
    const segments = splitSegmentsByCharacter(segmentText('发展，银行'));
    expect(segments).toEqual([
      { text: '发', readings: ['fā'], word: true },
      { text: '展', readings: ['zhǎn'], word: true },
      { text: '，', readings: [null], word: false },
      { text: '银', readings: ['yín'], word: true },
      { text: '行', readings: ['háng'], word: true },
    ]);
  });
});
