/** The recognisers for the lines a feature is made of. */
import { describe, expect, it } from 'vitest';
import {
  isCaption,
  isHostLabel,
  isMetaLine,
  isProgrammeRole,
  matchAttribution,
  matchByline,
  matchCredits,
  matchLabel,
  matchLooseLabel,
  matchQuoteAttribution,
  matchQuotedLabel,
  matchSaidLabel,
  matchTopic,
} from '@/lib/understand/lines';

describe('matchByline', () => {
  it.each([
    ['……高质量发展。(记者 李娟)', '李娟', '……高质量发展。'],
    ['(记者 武玲芳)', '武玲芳', ''],
    ['(本报记者 刘乐艺整理)', '刘乐艺', ''],
    ['记者戴晴曦', '戴晴曦', ''],
    ['記者戴晴曦', '戴晴曦', ''],
    ['實習記者周滿鏗', '周滿鏗', ''],
    ['（记者 陈静 通讯员 刘洋）', '陈静', ''],
    ['（本报记者 周雪 整理）', '周雪', ''],
    ['（本报记者 张三 李四）', '张三、李四', ''],
  ])('%s → %s', (text, reporter, rest) => {
    expect(matchByline(text)).toEqual({ reporter, rest });
  });

  it.each(['记者：下一步还有哪些打算？', '记者了解到，今年我市将新建公交候车亭', '(图为市民在夜市购物)'])('not a byline: %s', (text) => {
    expect(matchByline(text)).toBeNull();
  });
});

describe('matchCredits', () => {
  it.each([
    ['本版策划:路丽华', [{ role: '本版策划', names: ['路丽华'] }]],
    ['本版摄影:程婧', [{ role: '本版摄影', names: ['程婧'] }]],
    ['责编：张三 校对：李四', [{ role: '责编', names: ['张三'] }, { role: '校对', names: ['李四'] }]],
    ['(责编：张蕾、李明)', [{ role: '责编', names: ['张蕾', '李明'] }]],
    ['来源：人民日报客户端', [{ role: '来源', names: ['人民日报客户端'] }]],
  ])('%s', (text, credits) => {
    expect(matchCredits(text)).toEqual(credits);
  });

  it('is not a sentence that happens to start with a credit word', () => {
    expect(matchCredits('编辑：这篇文章讲的是我们村这几年的变化，大家都很关心。')).toBeNull();
  });
});

describe('isCaption', () => {
  it.each([
    ['渠德鹏', true],
    ['中大政政系學生以政治犯造型上街。周滿鏗攝', true],
    ['陳茂波上月表示，如果未來數月經濟情況沒有突變，預計本財政年度最終錄得的財政盈餘會相當高。資料圖片', true],
    ['图为市民在夜市选购文创产品。', true],
    ['（张三 摄）', true],
    ['新华社记者 李四 摄', true],
    ['政府統計處調查詢問受訪者，電視如何影響他們對公共政策及時事的取態。眾新聞製圖', true],
    ['太原晋中一体化', false],
    ['我们一起去江边拍摄', false],
    ['图/pixabay', true],
    ['圖片／路透社', true],
    ['图 | 视觉中国', true],
    ['图书馆的新规定', false],
    ['图片显示的是去年的数据', false],
  ])('%s → %s', (text, want) => {
    expect(isCaption(text)).toBe(want);
  });
});

describe('matchTopic', () => {
  it.each([
    ['话题:', { kind: 'marker' }],
    ['话题：', { kind: 'marker' }],
    ['話題：', { kind: 'marker' }],
    ['话题：太原晋中一体化', { kind: 'title', title: '太原晋中一体化' }],
    ['【话题】夜市如何更有特色', { kind: 'title', title: '夜市如何更有特色' }],
    ['【議題】房屋與土地', { kind: 'title', title: '房屋與土地' }],
    ['【话题一】', { kind: 'marker' }],
    ['【乡村振兴】', { kind: 'title', title: '乡村振兴' }],
    ['话题：夜市如何更有特色？', { kind: 'title', title: '夜市如何更有特色？' }],
  ])('%s', (text, want) => {
    expect(matchTopic(text)).toEqual(want);
  });

  it('is not a statement about topics', () => {
    expect(matchTopic('话题很多，大家都说得很热闹。')).toBeNull();
  });
});

describe('matchLabel', () => {
  it.each([
    ['市民张新海:榆次老城是一座有着悠久历史的古城。', '市民张新海', '榆次老城是一座有着悠久历史的古城。'],
    ['民建聯劉國勳：贊成派錢。', '民建聯劉國勳', '贊成派錢。'],
    ['陳太：', '陳太', ''],
    ['人民力量「快必」譚得志：', '人民力量「快必」譚得志', ''],
    ['林一彪(企业员工):下班后我常和同事去老街夜市。', '林一彪(企业员工)', '下班后我常和同事去老街夜市。'],
    ['全国政协委员，中国农业大学教授李华：我认为要加强。', '全国政协委员，中国农业大学教授李华', '我认为要加强。'],
    // stock quotes a site injects after a company's name are not part of the label
    ['贝莱德(431.2, 7.37, 1.74%)固定收益业务全球首席投资官：Rick Rieder', '贝莱德固定收益业务全球首席投资官', 'Rick Rieder'],
    ['PIMCO(0, 0.00, 0.00%)首席投资官：Dan Ivascyn', 'PIMCO首席投资官', 'Dan Ivascyn'],
    // a Latin name and what they do in brackets, all in Latin, as Hong Kong pages label designers by their brand
    ['Cecilia(Moss Studio):日本。那边的人很专注。', 'Cecilia(Moss Studio)', '日本。那边的人很专注。'],
    ['Joe Wong（Paper Kite）：还是本地。', 'Joe Wong（Paper Kite）', '还是本地。'],
  ])('%s', (text, label, speech) => {
    expect(matchLabel(text)).toEqual({ label, speech, colon: true });
  });

  it.each([
    '他说：“我们会持续推进公共交通一体化。”',
    '记者了解到：今年我市还将新建公交候车亭200座。',
    '眾新聞整理各政黨、團體、學者就派錢的立場及意見如下：',
    '「我希望和姊妹們掃走：奴隸城市、官商勾結。」',
    '时间：2025-03-05 10:20',
    '话题：',
    '各县（区、市）商务主管部门，各有关单位：',
    '2025-03-01 08:30',
    // a stock list, a dated headline in a list, an essay's comment, a critic reported
    '（002776）柏堡龙：本周涨幅61.29%。是一家专注于服装设计的公司。',
    '长安宏观策略基金经理栾绍菲：政策底已现市场底不远 2015/07/03',
    '点评：这首诗写出了父亲的深沉之爱。',
    '晚清词人陈廷焯称赞此诗：文章本天成，妙手偶得之。',
    '其一：价格虚高。',
    '事实证明：这是一场骗局。',
    // a contact box, a links box, a headline with its date and hit count
    '南开大学第四届中国经济学年会会务组负责人联系方式：张老师',
    '相关信息: 第三届年会回顾',
    '李玲：发展的目的是让人们生活得更好(2006-12-16)[355]',
    // Latin before a colon with no name-and-brackets shape: an English heading, an acronym's gloss
    'Note：以上数据截至上月底。',
    'NOTE(updated)：以上数据截至上月底。',
    'Fig(2)：示意图。',
  ])('not a label: %s', (text) => {
    expect(matchLabel(text)).toBeNull();
  });
});

describe('attributions, hosts and metadata', () => {
  it('reads "——role name" after a quote', () => {
    expect(matchAttribution('——全国人大代表、山东省教育厅副厅长张志勇')).toBe('全国人大代表、山东省教育厅副厅长张志勇');
    expect(matchAttribution('——我市各界人士就城乡融合发展畅所欲言')).toBe('我市各界人士就城乡融合发展畅所欲言');
    expect(matchAttribution('正文里的破折号——不是署名，而是一个解释。')).toBeNull();
    // a signature closed by a full stop, with horizontal bars as some fonts set the dash
    expect(matchAttribution('――著名社会学家费明远。')).toBe('著名社会学家费明远');
    expect(matchAttribution('――著名社會學家費明遠。')).toBe('著名社會學家費明遠');
    // a sentence after the dash stays a sentence
    expect(matchAttribution('——这不是署名，而是一句话。')).toBeNull();
    // citations after a poem or an excerpt are not speakers
    for (const cite of ['——（宋）陆游', '——〔唐〕李白', '——鲁迅《故乡》', '——摘自人民日报', '——选自《新华文摘》']) {
      expect(matchAttribution(cite)).toBeNull();
    }
  });

  it('reads a whole quotation and its "——" speaker on one line', () => {
    expect(matchQuoteAttribution('“乡村教师队伍建设是关键。”——全国政协委员、北京师范大学教授周作宇')).toEqual({
      speech: '“乡村教师队伍建设是关键。”',
      label: '全国政协委员、北京师范大学教授周作宇',
    });
    expect(matchQuoteAttribution('「具體細則什麼時候出台？」——網友「港島阿明」')?.label).toBe('網友「港島阿明」');
    // a poem's line and its poet: the label is not a speaker's shape (the caller's split decides), and prose is not a quotation
    expect(matchQuoteAttribution('他说这是“最好的时代”——至少对他而言')).toBeNull();
  });

  it('reads "name（role）「…」" with no colon', () => {
    expect(matchQuotedLabel('陳先生（的士司機）「生意比以前差咗好多。」')).toEqual({ label: '陳先生（的士司機）', speech: '「生意比以前差咗好多。」', colon: false });
    expect(matchQuotedLabel('他说“好”，然后走了。')).toBeNull();
    // a programme's speaker and the title of the talk: a quoted title is not speech
    expect(matchQuotedLabel('朱 民（中国银行 行长助理）“全球经济失衡的调整和对中国的影响”')).toBeNull();
  });

  it.each([
    ['民生证券 吴春华', '吴春华', '民生证券', 'org name'],
    ['國都證券　孔文方', '孔文方', '國都證券', 'org name'],
    ['吴春华 民生证券', '吴春华', '民生证券', 'name org'],
  ])('a loose speaker line: %s', (text, name, role, shape) => {
    expect(matchLooseLabel(text)).toEqual({ name, role, shape });
  });

  it.each(['摄影 王强', '本报记者 张三', '新闻 体育', '利好堆积 市场或将企稳', '民生证券 吴春华：本周市场'])('not a loose speaker line: %s', (text) => {
    expect(matchLooseLabel(text)).toBeNull();
  });

  it.each(['主席', '主 席', '评论人', '評論人', '主持人', '致辞'])('%s is a programme role', (label) => {
    expect(isProgrammeRole(label)).toBe(true);
  });

  it('keeps an outlet in book-title marks as a label (the interviewer)', () => {
    expect(matchLabel('《21世纪》：那这个周期是不是很长？')?.label).toBe('《21世纪》');
  });

  it.each(['《21世纪》', '新京报', '路透社記者', '主持人（王芳）', '网友提问'])('%s asks, as an interviewer', (label) => {
    expect(isHostLabel(label)).toBe(true);
  });

  it.each(['主持人', '记者', '本报记者', '问', '答', '主持人张华'])('%s is an interviewer', (label) => {
    expect(isHostLabel(label)).toBe(true);
  });

  it.each(['2018-02-26', '2025-03-01 09:15', '时间：2025-03-05 10:20', '2025年03月03日08:21 | 来源：新闻网'])('%s is metadata', (text) => {
    expect(isMetaLine(text)).toBe(true);
  });

  it.each([
    ['安装新浪财经客户端第一时间接收最全面的市场资讯→【下载地址】', true],
    ['扫码关注公众号，获取更多资讯', true],
    ['下載本報APP，睇更多新聞', true],
    // a speaker who talks about an app is no promotion
    ['很多老人不会下载APP，挂号只能去窗口排队。家里的年轻人也不在身边。', false],
    ['客户端', false],
  ])('%s: page promotion %s', (text, want) => {
    expect(isMetaLine(text)).toBe(want);
  });
});

describe('matchSaidLabel (vox pop paragraphs)', () => {
  it.each([
    ['家住滨河小区的市民李女士说：“以前去医院要倒两趟车。”', '家住滨河小区的市民李女士'],
    ['退休教师王大爷说：“首班车提前了。就是末班车有点早。”', '退休教师王大爷'],
    ['市民陳太表示：「長者醫療券金額沒有增加。」', '市民陳太'],
    ['网友“晨曦微露”说：“这个政策太及时了。”', '网友“晨曦微露”'],
    // alone on its line, the quotation in the paragraph below
    ['觀塘街坊何先生說：', '觀塘街坊何先生'],
    // the quotation first, then who said it
    ['“晚上带孩子出来逛逛，感觉很好。”家住迎泽区的王女士说。', '家住迎泽区的王女士'],
    ['「租金太貴，年輕人買唔起樓。」大學生李小姐說。', '大學生李小姐'],
    // 説, the form of 說 Hong Kong and Macau pages print
    ['市民陳太説：「長者醫療券金額沒有增加。」', '市民陳太'],
    ['「租金太貴，年輕人買唔起樓。」大學生李小姐説。', '大學生李小姐'],
  ])('%s', (text, label) => {
    expect(matchSaidLabel(text)?.label).toBe(label);
  });

  it.each([
    // narrative before the speaker, or text after the quotation: the reporter's story
    '加装电梯也遇到一些难题。社区书记陈建华说：“我们开了十几次协调会。”',
    '他说：“好。”然后走了。',
    '市民李女士说，以前去医院要倒两趟车。',
    '他说：',
    '“好。”他说。然后走了。',
  ])('not %s', (text) => {
    expect(matchSaidLabel(text)).toBeNull();
  });
});

describe('bylines with an outlet before 记者', () => {
  it.each([
    ['澎湃新闻记者 朱莹', '朱莹'],
    ['红网时刻新闻记者 黄维 长沙报道', '黄维'],
    ['（经济日报记者 黄鑫）', '黄鑫'],
  ])('%s', (text, reporter) => {
    expect(matchByline(text)?.reporter).toBe(reporter);
  });

  it('is not a sentence that mentions a reporter', () => {
    expect(matchByline('中学生小记者王小明：今天我采访了校长。')).toBeNull();
  });
});
