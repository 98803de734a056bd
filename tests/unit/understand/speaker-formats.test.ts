/**
 * The speaker formats of real multi-speaker features, each in simplified and traditional script, and the
 * look-alikes that are not features (interviews, press conferences, programmes, stock and headline lists,
 * an essay's 点评). Texts follow the layouts of real pages (labels as printed; speech written here).
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeDocument, analyzeText, checkPage, detectFeature } from '@/lib/understand';
import { parseHtml } from '@/scripts/cli/input';

type Row = [name: string | null, role: string | null];

function speakers(o: Outline): Row[] {
  return o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));
}

const FEATURES: Array<{ what: string; text: string; kind: Outline['kind']; speakers: Row[]; topics?: Array<string | null> }> = [
  {
    what: 'quote then ——role+name, several in a row (simplified)',
    kind: 'voices',
    text: `代表委员谈教育
全国两会期间，教育话题备受关注。
“要让每一个孩子都能享有公平而有质量的教育。我们学校这几年新建了实验室，孩子们的眼界开阔了。”——全国人大代表、湖南省花垣县民族中学教师石芳芳
“乡村教师队伍建设是关键。希望进一步提高乡村教师待遇，让他们留得住、教得好。”——全国政协委员、北京师范大学教授周作宇
“职业教育大有可为。我们要培养更多大国工匠。”——全国人大代表、中国中车首席技能专家李万君`,
    speakers: [
      ['石芳芳', '全国人大代表、湖南省花垣县民族中学教师'],
      ['周作宇', '全国政协委员、北京师范大学教授'],
      ['李万君', '全国人大代表、中国中车首席技能专家'],
    ],
  },
  {
    what: 'quote then ——role+name (traditional), the attribution on its own line',
    kind: 'voices',
    text: `業界談創科
「香港要發展創科，人才是關鍵。政府應該加大對年輕人的支持。」
——立法會議員、科技界代表邱達根
「中小企業面對的困難很多，租金和人手都是問題。」
——香港中華廠商聯合會會長史立德`,
    speakers: [
      ['邱達根', '立法會議員、科技界代表'],
      ['史立德', '香港中華廠商聯合會會長'],
    ],
  },
  {
    what: 'traditional: quotes then ——role+name, a netizen handle and a vox pop saying in quotes',
    kind: 'voices',
    text: `兩會代表談民生
「要讓每一個孩子都能享有公平而有質量的教育。」——全國人大代表、湖南省花垣縣民族中學教師石芳芳
「鄉村教師隊伍建設是關鍵，希望提高待遇。」——全國政協委員、北京師範大學教授周作宇
網友「晨曦微露」說：「這個政策太及時了。」
來自九龍城的陳先生說：「希望政府多建公屋。」`,
    speakers: [
      ['石芳芳', '全國人大代表、湖南省花垣縣民族中學教師'],
      ['周作宇', '全國政協委員、北京師範大學教授'],
      ['晨曦微露', '網友'],
      ['陳先生', '來自九龍城的'], // where they come from, verbatim with its 的 (the collectors' rule: the role as printed)
    ],
  },
  {
    what: '——网友“handle” attributions',
    kind: 'voices',
    text: `网友热议延迟退休
“这个政策太及时了，我们家孩子上学的问题终于解决了。”——网友“晨曦微露”
“希望各地尽快落实，不要只停留在文件上。”——网友“老李说事”
“具体细则什么时候出台？大家都很关心。”——網友「港島阿明」`,
    speakers: [
      ['晨曦微露', '网友'],
      ['老李说事', '网友'],
      ['港島阿明', '網友'],
    ],
  },
  {
    what: 'vox pops "……的某某说：“……”" in themed sections',
    kind: 'roundtable',
    topics: ['夜市更有烟火气', '交通还需再改善'],
    text: `市民谈夜经济
夜市更有烟火气
家住迎泽区的王女士说：“晚上带孩子出来逛逛，吃点小吃，感觉很好。”
在附近上班的李先生说：“下班后来这里吃个宵夜，价格也实惠。”
交通还需再改善
开网约车的张师傅说：“夜里十一点以后公交就停了，建议再延长一些。”
市民赵女士说：“停车位太少了，希望多规划一些。”`,
    speakers: [
      ['王女士', '家住迎泽区的'], // where they live, as printed (the keys give it: six of six)
      ['李先生', '在附近上班的'],
      ['张师傅', '开网约车的'],
      ['赵女士', '市民'],
    ],
  },
  {
    what: 'vox pops with the quotation first, then "……的某某说。"',
    kind: 'voices',
    text: `夜市回来了
“晚上带孩子出来逛逛，吃点小吃，感觉很好。”家住迎泽区的王女士说。
“下班后来这里吃个宵夜，价格也实惠。”在附近上班的李先生说。
“摊位多了，生意也好了。”摊主张师傅笑着说。`,
    speakers: [
      ['王女士', '家住迎泽区的'], // where they live, as printed (the keys give it: six of six)
      ['李先生', '在附近上班的'],
      ['张师傅', '摊主'],
    ],
  },
  {
    what: '姓名（職業）「……」 with no colon',
    kind: 'voices',
    text: `市民看施政報告
陳先生（的士司機）「生意比以前差咗好多，希望政府幫幫手。」
黃太（家庭主婦）「菜價越來越貴，一家人嘅開支好大壓力。」
李小姐（文員）「租金太貴，年輕人根本買唔起樓。」`,
    speakers: [
      ['陳先生', '的士司機'],
      ['黃太', '家庭主婦'],
      ['李小姐', '文員'],
    ],
  },
  {
    what: '話題: sections with two speakers each (traditional)',
    kind: 'roundtable',
    topics: ['房屋問題', '醫療服務'],
    text: `各界議施政
話題:
房屋問題
立法會議員陳克勤：政府應該加快公營房屋的興建，縮短輪候時間。
公屋聯會總幹事黃碧嬌：我們建議增加過渡性房屋的供應。
話題:
醫療服務
醫學會會長蔡堅：公立醫院人手不足的問題非常嚴重。
病人組織聯盟主席林志釗：希望政府增加專科門診名額。`,
    speakers: [
      ['陳克勤', '立法會議員'],
      ['黃碧嬌', '公屋聯會總幹事'],
      ['蔡堅', '醫學會會長'],
      ['林志釗', '病人組織聯盟主席'],
    ],
  },
  {
    what: 'a name+title label alone on its line (meeting minutes)',
    kind: 'voices',
    text: `座谈会发言摘登
张志勇 全国人大代表、山东省教育厅副厅长
义务教育阶段要坚持五育并举，把学生的身心健康放在首位。
李明委员
职业教育与产业发展紧密相连，要深化产教融合，让更多技能人才脱颖而出。`,
    speakers: [
      ['张志勇', '全国人大代表、山东省教育厅副厅长'],
      ['李明', '委员'],
    ],
  },
  {
    what: 'role first, then a Latin name after the colon; stock quotes injected into the label',
    kind: 'panel',
    text: `首席投资官们这么说
摩根大通首席投资官兼全球固定收益主管：Bob Michele
债券市场存在泡沫吗？
不。各国央行正在准备出台新的政策，来应对通胀预期的下降。
贝莱德(431.2, 7.37, 1.74%)固定收益业务全球首席投资官：Rick Rieder
债券市场存在泡沫吗？
完全没有泡沫。债券需求已远远超过供应。`,
    speakers: [
      ['Bob Michele', '摩根大通首席投资官兼全球固定收益主管'],
      ['Rick Rieder', '贝莱德固定收益业务全球首席投资官'],
    ],
  },
  {
    what: 'Latin names with a bracketed role, and after the title',
    kind: 'voices',
    text: `外资看中国
Rick Rieder（贝莱德固定收益业务全球首席投资官）：中国债券市场的吸引力在上升。
LGIM首席投资官 Sonja Laud：我们会继续增加配置。`,
    speakers: [
      ['Rick Rieder', '贝莱德固定收益业务全球首席投资官'],
      ['Sonja Laud', 'LGIM首席投资官'],
    ],
  },
  {
    what: 'speaker lines without a colon under per-speaker headlines ("券商 姓名")',
    kind: 'voices',
    text: `十大券商看后市
利好堆积市场或将企稳
民生证券 吴春华
本周市场继续大幅下挫，下跌幅度较大，这种短时间的暴跌在证券市场上也是罕见的。
短期反弹一触即发
信达证券 刘景德
近日利好消息不断，累积作用最终会生效，大盘随时可能止跌反弹。
中期调整接近尾声
國都證券　孔文方
市場中期調整或接近尾聲，轉入區間震盪行情。`,
    speakers: [
      ['吴春华', '民生证券'],
      ['刘景德', '信达证券'],
      ['孔文方', '國都證券'],
    ],
  },
  {
    what: 'a name cut after the title word (官 ends the title, 林宇 is the name)',
    kind: 'voices',
    text: `科技企业谈创新
某科技公司首席执行官林宇：我们今年把研发投入提高到营收的两成。
某研究院首席信息官高明：数据安全是每个企业都要面对的问题。`,
    speakers: [
      ['林宇', '某科技公司首席执行官'],
      ['高明', '某研究院首席信息官'],
    ],
  },
  {
    what: 'a Q&A panel: the host asks, several guests answer (the host is not a speaker)',
    kind: 'panel',
    text: `圆桌对话：老字号如何焕发新活力
主持人：老字号最大的优势是什么？
山西老陈醋集团有限公司董事长郭俊陆：最大的优势是信任，几代人吃的都是这个味道。
山西大学经济与管理学院教授杜海韬：老字号的品牌价值是时间积累下来的。
主持人：年輕消費者越來越多，老字號應該怎麼做？
太原市老字号协会会长赵晓燕：要主动走近年轻人，用年轻人喜欢的方式讲故事。`,
    speakers: [
      ['郭俊陆', '山西老陈醋集团有限公司董事长'],
      ['杜海韬', '山西大学经济与管理学院教授'],
      ['赵晓燕', '太原市老字号协会会长'],
    ],
  },
  {
    what: 'vox pops with "……說：" alone on its line, the quotation below (traditional)',
    kind: 'voices',
    text: `街坊心聲
觀塘街坊何先生說：
「地鐵站太擠，希望政府加密班次。」
退休人士陳伯說：
「醫療券唔夠用，希望可以增加金額。」
大學生李小姐說：
「租樓太貴，畢業後都唔知點算。」`,
    speakers: [
      ['何先生', '觀塘街坊'],
      ['陳伯', '退休人士'],
      ['李小姐', '大學生'],
    ],
  },
  {
    what: 'a panel where one guest talks most (not an interview: two others answer too)',
    kind: 'panel',
    text: `专家谈楼市
主持人：今年楼市会怎么走？
中国社会科学院研究员王利：总体平稳。一线城市需求仍然旺盛。
主持人：利率还会降吗？
中国社会科学院研究员王利：有下调空间。央行会相机抉择。
主持人：租赁市场呢？
中国社会科学院研究员王利：租赁市场会继续扩大。
主持人：您怎么看？
某银行首席经济学家陈明：我同意王老师的看法。
主持人：还有补充吗？
某大学教授赵强：政策要稳定预期。`,
    speakers: [
      ['王利', '中国社会科学院研究员'],
      ['王利', '中国社会科学院研究员'],
      ['王利', '中国社会科学院研究员'],
      ['陈明', '某银行首席经济学家'],
      ['赵强', '某大学教授'],
    ],
  },
];

describe.each(FEATURES)('$what', ({ text, kind, speakers: want, topics }) => {
  const outline = analyzeText(text);
  it('is detected, of its kind, with every speaker', () => {
    expect(outline.detected).toBe(true);
    expect(outline.kind).toBe(kind);
    expect(speakers(outline)).toEqual(want);
    if (topics) expect(outline.topics.map((t) => t.title)).toEqual(topics);
    expect(outline.evidence.length).toBeGreaterThan(0);
  });
});

const NOT_FEATURES: Array<{ what: string; text: string }> = [
  {
    what: 'one interviewer, one answerer (an outlet asks)',
    text: `思来氏CEO张韫：综合素质评价大有可为
《21世纪》：高考改革强调综合素质评价的重要性，对于你们来说意味着怎样的机会？
张韫：综合素质评价一直是大学录取的重要参考。我们希望帮助学校把它做实。
《21世纪》：那这个周期是不是很长？
张韫：是的，需要三到五年。我们已经和几十所学校合作。
《21世纪》：你们怎么盈利？
张韫：主要靠服务学校，向学校收费。`,
  },
  {
    what: 'one spokesperson answering many outlets (a press conference)',
    text: `外交部发言人例行记者会
法新社记者：美方昨天宣布新的制裁措施，中方对此有何回应？
发言人：中方坚决反对美方的错误做法。我们将采取必要措施维护自身权益。
路透社記者：有報道稱中方代表團將出席會議，你能否證實？
发言人：关于你提到的问题，我目前没有可以发布的信息。
彭博社：中方是否考虑调整相关政策？
发言人：中方的立场是一贯的、明确的。`,
  },
  {
    what: 'an interview where a newspaper asks (no 记者, no book-title marks) and the host is named in brackets',
    text: `专访：让老城活起来
主持人（王芳）：今天我们请到了市文旅局局长。
新京报：老城改造最难的是什么？您怎么看待商业化的问题。
市文旅局局长李强：最难的是留住原住民。我们坚持微改造。
新京报：资金从哪里来？
李强：政府引导，社会资本参与。我们设立了专项基金。
新京报：下一步呢？
李强：继续推进街区更新，让老城活起来。`,
  },
  {
    what: 'one expert answering netizens\' questions (the askers only ask)',
    text: `名医在线答疑
网友“小花”：我孩子三岁，发烧两天了，怎么办？
儿科主任张明：先物理降温。超过38.5度可以用退烧药。
网友“阿强”：老人血压高，能吃阿胶吗？
张明：建议先咨询医生。血压控制好再说。
网友“青青”：孩子不爱吃饭怎么办？
张明：不要强迫。可以少食多餐。`,
  },
  {
    what: 'a conference programme (主持人/主 席/评论人 lines)',
    text: `第四届中国经济学年会议程
第一场 经济增长
主持人：林毅夫（北京大学中国经济研究中心）
主 席：海闻（北京大学）
评论人：张维迎（北京大学光华管理学院）
第二场 金融改革
主持人：樊纲（国民经济研究所）
评论人：李扬（中国社科院金融所）
評論人：王秀治（上海社會科學院）`,
  },
  {
    what: 'news briefs: one line from each institution',
    text: `要闻简报
国家统计局：10月份全国居民消费价格同比上涨0.3%。
商务部：前三季度我国服务贸易保持增长。
外交部：中方欢迎各方为和平发挥建设性作用。`,
  },
  {
    what: 'a stock list ("（代码）公司：…")',
    text: `本周新股表现
（002776）柏堡龙：本周涨幅61.29%。是一家专注于服装设计的公司。
（002771）真视通：本周涨幅45.20%。公司主营视频会议系统。
（300485）赛升药业：本周涨幅38.5%。公司主营生物制药。`,
  },
  {
    what: 'a list of headlines ("名字：标题")',
    text: `相關新聞
侯友宜：治安不好我下台
柯文哲：台北市不會停止建設
長安宏觀策略基金經理欒紹菲：政策底已現市場底不遠 2015/07/03
最悲催基金经理走红网络：43天亏47.2% 2015/07/01`,
  },
  {
    what: 'an essay with 点评 paragraphs and a quoted critic',
    text: `父亲节读诗
点评：
这首诗写出了父亲的深沉之爱，语言朴素，感情真挚。
晚清词人陈廷焯称赞此诗：文章本天成，妙手偶得之。
点评：
诗人以朴素的语言表达了对父亲的怀念。
——（宋）陆游`,
  },
  {
    what: 'a single-reporter story quoting people in narrative',
    text: `我市新增10条跨城公交线路
本报讯（记者 李娟）今年以来，我市新增10条跨城公交线路。
市交通局局长王强表示，下一步将继续加密班次。
市民张新海说，现在去太原方便多了。`,
  },
  {
    what: 'one spokesperson\'s statement under a role+name line',
    text: `新闻发布会
中国载人航天工程新闻发言人 武平
各位记者朋友，大家好。神舟九号飞船与天宫一号目标飞行器成功实现手控交会对接。`,
  },
];

describe.each(NOT_FEATURES)('not a feature: $what', ({ text }) => {
  it('is not detected, and says why', () => {
    const outline = analyzeText(text);
    expect(outline.detected).toBe(false);
    expect(outline.kind).toBeNull();
    expect(outline.evidence.some((e) => /needed|one answerer|programme|briefs/.test(e))).toBe(true);
  });
});

/** A page with the site's chrome around the article: nav links, a script in the body, a widget. */
function page(article: string, chrome = ''): Document {
  const nav = '<ul>' + ['新闻', '财经', '股票', '基金', '车险'].map((t) => `<li><a href="#">${t}</a></li>`).join('') + '</ul>';
  // an analytics script before any Chinese text: the page check must read past it
  const script = `<script>var _hmt = _hmt || []; (function () { var hm = document.createElement("script"); ${'x'.repeat(6000)} })();</script>`;
  return parseHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${script}${nav}<h1>十大券商集体看好下周股市</h1>${article}${chrome}</body></html>`).document;
}

describe('on a page', () => {
  it('finds "org name" speaker lines without a colon (the page check too)', () => {
    const doc = page(`
      <p><b>利好堆积市场或将企稳</b></p><p>民生证券　吴春华</p>
      <p>本周市场继续大幅下挫，下跌幅度较大，这种短时间的暴跌在证券市场上也是罕见的。</p>
      <p><b>短期反弹一触即发</b></p><p>信达证券　刘景德</p>
      <p>近日利好消息不断，累积作用最终会生效，大盘随时可能止跌反弹。</p>
      <p><b>沪指有望重返4200点</b></p><p>西南证券　张刚</p>
      <p>本周一系列利好鱼贯而出，如此密集的利好消息为历史罕见，将形成关键性底部。</p>`);
    expect(checkPage(doc).passes).toBe(true);
    expect(detectFeature(doc)).toBe(true);
    const outline = analyzeDocument(doc).outline;
    expect(speakers(outline)).toEqual([
      ['吴春华', '民生证券'],
      ['刘景德', '信达证券'],
      ['张刚', '西南证券'],
    ]);
    // a headline over each analyst is not a topic section
    expect(outline.topics.map((t) => t.title)).toEqual([null]);
    expect(outline.kind).toBe('voices');
  });

  it('finds "role：Latin name" labels with stock quotes injected as spans, and takes the bold questions for the interviewer\'s', () => {
    const doc = page(`
      <p>AMUNDI副首席投资官：Vincent Mortier</p>
      <p><b>债券市场存在泡沫吗？</b></p><p>估值确实过高，因此这可以被视为泡沫。负利率从长期来看是不可持续的。</p>
      <p><b>美国10年期国债收益率可能变为负值吗？你的预测是什么？</b></p><p>不太可能的。美国经济陷入衰退的比率为零至1%。</p>
      <p>贝莱德<span id="quote_BLK">(431.2, 7.37, 1.74%)</span>固定收益业务全球首席投资官：Rick Rieder</p>
      <p><b>债券市场存在泡沫吗？</b></p><p>完全没有泡沫。债券需求已远远超过供应。</p>`);
    expect(detectFeature(doc)).toBe(true);
    const outline = analyzeDocument(doc).outline;
    expect(speakers(outline)).toEqual([
      ['Vincent Mortier', 'AMUNDI副首席投资官'],
      ['Rick Rieder', '贝莱德固定收益业务全球首席投资官'],
    ]);
    expect(outline.topics.map((t) => t.title)).toEqual([null]);
    // the questions are neither speech nor sections, and an answer after "…你的预测是什么？" is still speech
    expect(outline.topics[0]!.statements[0]!.paragraphs).toEqual([
      '估值确实过高，因此这可以被视为泡沫。负利率从长期来看是不可持续的。',
      '不太可能的。美国经济陷入衰退的比率为零至1%。',
    ]);
    expect(outline.kind).toBe('panel');
  });

  it('does not take widget labels for voices: "车险:" over links, "热门影院：" over city lines, dated headlines', () => {
    const doc = page(
      `<p>本报讯 今年以来，我市新增10条跨城公交线路，市民出行更加方便。</p>`,
      `<ul><li>长安宏观策略基金经理栾绍菲：政策底已现市场底不远 2015/07/03</li>
       <li>最悲催基金经理走红网络：43天亏47.2% 2015/07/01</li></ul>
       <div>车险:</div><div><a href="#">平安车险</a> <a href="#">人保车险</a></div>
       <h3>热门影院：</h3><p>北京：嘉华国际影城UME国际影城双井店</p><p>上海：五角万达影城博纳银兴国际影城</p>`,
    );
    expect(detectFeature(doc)).toBe(false);
    expect(analyzeDocument(doc).outline.detected).toBe(false);
  });
});
