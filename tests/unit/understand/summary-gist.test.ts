/** The gist says the speaker's point; points add what it lacks; asks are the speaker's own requests. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAsk, extractCites, summarizeStatement } from '@/lib/understand/summarize';
import { citesReport, dropPinyinGlosses, hasCorrection, hasSummaryHead, hasSummaryInside, isBackground, measureSloganShare } from '@/lib/understand/summary/cues';
import { isListItem, stripListMarker } from '@/lib/understand/summary/list-markers';
import { pickGist } from '@/lib/understand/summary/pick-sentences';
import { describeUnits, measureFeatures } from '@/lib/understand/summary/score-units';
import { splitUnits } from '@/lib/understand/summary/split-units';
import { squash } from './support';

const gistOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).gist;

describe('gist: the point, not the preamble', () => {
  it('takes the conclusion the summary words point to over a framing opener', () => {
    expect(gistOf('这个问题我想从两个层面考虑，一个是技术，一个是市场。总的来说，中国有自己的优势，关键是把优势转化为竞争力。')).toBe(
      '中国有自己的优势，关键是把优势转化为竞争力。',
    );
  });

  it.each([
    ['小区停车难的问题已经存在好几年了。', '我建议物业把闲置的绿地改成临时停车位。'],
    ['現在很多年輕人都買不起樓，壓力很大。', '我覺得政府應該多聽聽年輕人的聲音。'],
    ['去年冬天暖气一直不热，家里只有十几度。', '希望供热公司今年早点检修管道。'],
  ])('decides two sentences by their cues, in either order: %s / %s', (context, point) => {
    expect(gistOf(context + point)).toBe(point);
    expect(gistOf(point + context)).toBe(point);
  });

  it('shows a two-sentence statement’s request as a point when the gist is something else', () => {
    const s = summarizeStatement(['总之，社区养老的关键是人手。希望街道多招一些护理员，解决人手不足的问题。']);
    expect([s.gist, ...s.points]).toContain('希望街道多招一些护理员，解决人手不足的问题。');
  });
});

describe('gist: boilerplate is penalised and quoted policy goes to cites', () => {
  it('never takes a slogan line when the speaker says something of their own', () => {
    const s = summarizeStatement(['各部门要同心同德、同向发力、同题共答、同频共振。今年，我们街道新增了3个社区食堂，解决了200多位独居老人的吃饭问题。']);
    expect(s.gist).toBe('今年，我们街道新增了3个社区食堂，解决了200多位独居老人的吃饭问题。');
    expect(s.points.join('')).not.toContain('同频共振');
  });

  it('routes the stock line on the principal contradiction to cites', () => {
    const s = summarizeStatement([
      '我们要深刻认识到，我国社会主要矛盾已经转化为人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾。这几年，社区里的养老服务从无到有，日间照料中心每天接待80多位老人。希望政府继续加大投入，把服务延伸到每个小区。',
    ]);
    expect(s.gist).not.toContain('主要矛盾');
    expect(s.points.join('')).not.toContain('主要矛盾');
    expect(s.cites).toEqual(['人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾']);
  });

  it('does not take a quoted report line as the gist; it is a cite', () => {
    const s = summarizeStatement(['政府工作报告提出，要“着力扩大国内需求，推动消费持续回升”。我们商场今年客流增加了两成，节假日的营业额翻了一番。所以说，消费的潜力还很大，关键是要有好的产品和服务。']);
    expect(s.gist).toBe('消费的潜力还很大，关键是要有好的产品和服务。');
    expect(s.cites).toEqual(['着力扩大国内需求，推动消费持续回升']);
    expect(s.figures).toContain('我们商场今年客流增加了两成');
  });
});

describe('gist: reported speech and background', () => {
  it('shows the speaker’s own words of a reported-speech sentence, not the reporter’s frame', () => {
    const s = summarizeStatement(['他說自己也曾在地鐵上遇過類似的事，很多人看一眼就走開。陳先生說：「我真心覺得，大家出門在外應該多一點警覺。」']);
    expect(s.gist).toBe('我真心覺得，大家出門在外應該多一點警覺。');
  });

  it('reads a sentence quoted whole as the speaker’s statement, even when it mentions the report', () => {
    const s = summarizeStatement([
      '今年的报告内容特别丰富，让基层代表感觉非常“解渴”。“报告提到要缩小城乡办学差距，这能让农村的孩子和城市的孩子享受同等的教育，是我一直关注的重点。”',
    ]);
    expect(s.gist).toContain('缩小城乡办学差距');
    expect(s.cites).toEqual([]);
  });

  it('still penalises a quoted report line, whatever verb introduces it', () => {
    const s = summarizeStatement(['报告指出：“要坚定不移推进全面深化改革，持续激发市场活力”。我们企业今年新招了两百名员工，订单排到了明年。']);
    expect(s.gist).toBe('我们企业今年新招了两百名员工，订单排到了明年。');
  });

  it('prefers what came of it to a sentence that only tells the past', () => {
    const s = summarizeStatement(['小时候我家门口就是一条臭水沟，夏天根本不敢开窗。这几年河道治理以后水变清了，我们每天傍晚都去河边散步。']);
    expect(s.gist).toBe('这几年河道治理以后水变清了，我们每天傍晚都去河边散步。');
  });

  it('takes what changed over what one did not do before', () => {
    const s = summarizeStatement(['其实我本来不太会做饭，觉得厨房的事太琐碎。后来孩子出生了，我开始学着做菜。做饭让我慢慢学会了耐心，也让家里多了很多笑声。']);
    expect(s.gist).not.toBe('其实我本来不太会做饭，觉得厨房的事太琐碎。');
  });

  it('takes the sentence that comes back to the present after the story', () => {
    const s = summarizeStatement([
      '小时候画画，我们总把工厂的大烟囱画得又高又粗，觉得工厂冒黑烟才是城市富强。二十多年前，很多城市把冒黑烟的工厂和大烟囱迁到河边郊外。我们不怪前人，但如果今天不改变，孩子们一定会怪我们。',
    ]);
    expect(s.gist).toBe('我们不怪前人，但如果今天不改变，孩子们一定会怪我们。');
  });

  it.each([
    ['小时候我家门口就是一条臭水沟。', true],
    ['二十多年前，很多城市把工厂建在河边。', true],
    ['以前买票要通宵排队，现在网上几分钟就买好了。', false], // it comes to the present
    ['这几年河道治理以后水变清了。', false],
    // what one did not do before, after an aside; "本来就…" asserts, it tells no past
    ['其实我本来不太会做饭，每天都在外面吃。', true],
    ['其實我本來不太會做飯，每天都在外面吃。', true],
    ['我们本来打算明年再装修。', true],
    ['这本来就是政府应该做的事。', false],
    // since childhood; how things were before a year's event; "从小事做起" is advice, no past
    ['我从小就喜欢在海边看船。', true],
    ['我從小就喜歡在海邊看船。', true],
    ['在新大桥于2003年通车前，两岸居民都靠渡船往来。', true],
    ['從小事做起，大家都可以為環保出一分力。', false],
    ['在明年通车前，我们要把配套设施做好。', false],
  ])('background: %s → %s', (text, want) => {
    expect(isBackground(text)).toBe(want);
  });
});

describe('gist: examples, questions and lost characters', () => {
  it('takes the point over the example that supports it', () => {
    const s = summarizeStatement(['住房问题始终是我们基层最关心的问题，希望政策能够尽快落实。以我住的老街为例，很多旧楼需要维修，希望议员亲自来看看。']);
    expect(s.gist).toBe('住房问题始终是我们基层最关心的问题，希望政策能够尽快落实。');
  });

  it('takes the answer to a rhetorical question, even a short one', () => {
    const s = summarizeStatement(['县级医院的能力建设到底是谁的责任呢？政府责无旁贷！医院自己也要想办法留住人才。']);
    expect(s.gist).toBe('县级医院的能力建设到底是谁的责任呢？政府责无旁贷！');
  });

  it('reads a request put as a question as a request', () => {
    const s = summarizeStatement(['大会的报告一念就是两个多小时。能不能印一个简本，把时间控制在一个小时以内？']);
    expect(s.gist).toBe('能不能印一个简本，把时间控制在一个小时以内？');
  });

  it('does not cut a quote at its first exclamation mark', () => {
    const units = splitUnits(['街坊對此有點失望。陳伯說「有失望呀！我哋老人家嚟㗎！多少有啲資助都好啦！」']).map((u) => u.text);
    expect(units).toEqual(['街坊對此有點失望。', '陳伯說「有失望呀！我哋老人家嚟㗎！多少有啲資助都好啦！」']);
  });

  it('keeps the sentences of a speech quoted whole apart', () => {
    const units = splitUnits(['「我們今天站出來，是為了被遺忘的人。我們認為，他們付出了很多。」']).map((u) => u.text);
    expect(units).toEqual(['「我們今天站出來，是為了被遺忘的人。', '我們認為，他們付出了很多。」']);
  });

  it('does not cut a sentence at a "?" that stands for a character a converter lost', () => {
    const units = splitUnits(['這種孩子未必有出息，因?yàn)榭赡懿徽實。真正聰明的孩子會思考問題嗎？當然會，只是家長看不出來。']).map((u) => u.text);
    expect(units).toEqual(['這種孩子未必有出息，因?yàn)榭赡懿徽實。', '真正聰明的孩子會思考問題嗎？', '當然會，只是家長看不出來。']);
  });
});

describe('gist: courtesy, good wishes and the closing point', () => {
  it('does not take thanks or congratulations that open a speech', () => {
    expect(gistOf('首先我要恭喜对手，他们今天踢得很好。我们的防守一直有漏洞，下一场必须把后防线补好。')).toBe(
      '我们的防守一直有漏洞，下一场必须把后防线补好。',
    );
    expect(gistOf('各位同学，今天我们要聊的题目是阅读。每天读二十分钟书，比一个周末突击读完一本更有用。')).toBe(
      '每天读二十分钟书，比一个周末突击读完一本更有用。',
    );
  });

  it('does not read a closing good wish as the speaker’s request', () => {
    const s = summarizeStatement(['这一周孩子们学会了自己整理床铺，也学会了照顾比自己小的同学。希望这次夏令营给大家都留下美好的回忆。']);
    expect(s.gist).toBe('这一周孩子们学会了自己整理床铺，也学会了照顾比自己小的同学。');
    expect(s.asks).toEqual([]);
  });

  it('does not take a good wish that closes the statement over what the speaker found', () => {
    expect(gistOf('带队这一周很累，但每天都很充实。我觉得他们都是很懂事的孩子，辛苦一点也值得。希望他们此行有所收获，不留遗憾。')).toBe(
      '我觉得他们都是很懂事的孩子，辛苦一点也值得。',
    );
  });

  it('reads the cues through pinyin glosses a converter left in, and shows the sentence without them', () => {
    const s = summarizeStatement(['學(xué)校這幾年招生越來越難，老師也留不住。辦好學(xué)校，關(guān)鍵是留住好老師。']);
    expect(s.gist).toBe('辦好學校，關鍵是留住好老師。');
    expect(dropPinyinGlosses('關(guān)鍵是，因?yàn)')).toBe('關鍵是，因');
  });

  it('takes the closing sentence when nothing else marks the point', () => {
    expect(gistOf('我们村以前种的都是玉米，一亩地收入不到一千块。去年开始改种草莓，大家一起搞采摘游，一亩地能挣一万多。')).toBe(
      '去年开始改种草莓，大家一起搞采摘游，一亩地能挣一万多。',
    );
  });
});

describe('cues of correction and implication', () => {
  it.each([
    ['一些人的可厌，并非因其怪胎，而是因其给人添麻烦。', true],
    ['价格也许不算昂贵，但你不能说这是公平的。', true],
    ['今天天气很好。', false],
    // what it cannot rest on, then what it is
    ['应对老龄化不能靠医院单打独斗，而是各部门一起做的系统工程。', true],
    ['養老不能只靠政府，而是要家庭和社會一起分擔。', true],
    ['养老不能只靠政府。', false],
  ])('correction: %s → %s', (text, want) => {
    expect(hasCorrection(text)).toBe(want);
  });

  it.each([
    ['这份报告显示特首对中小企之重视，有助增加竞争力。', true],
    ['总的来说，问题不大。', true],
    ['数据显示，今年客流增加了两成。', false], // data is what shows: a fact, not the speaker's conclusion
  ])('conclusion words: %s → %s', (text, want) => {
    expect(hasSummaryHead(text) || hasSummaryInside(text)).toBe(want);
  });
});

describe('gist: lists', () => {
  const complaints = [
    '居民反映的问题主要有以下几点：',
    '1、电梯经常停运，老人上下楼很困难。',
    '2、物业费太高，服务却跟不上。',
    '3、垃圾清运不及时，夏天气味很大。',
    '我认为，物业公司应该拿出整改方案，给业主一个交代。',
  ];

  it('prefers the speaker’s own line to one item of the list, and shows items without their markers', () => {
    const s = summarizeStatement(complaints);
    expect(s.gist).toBe('我认为，物业公司应该拿出整改方案，给业主一个交代。');
    for (const p of s.points) expect(p).not.toMatch(/^\d、/);
  });

  it('takes the speaker’s framing line over items that share more words with each other', () => {
    const s = summarizeStatement([
      '这些年我们楼里的住户一直在反映下面这些情况。',
      '1、物业费太高，物业服务跟不上，电梯经常停运。',
      '2、物业服务跟不上，垃圾清运不及时，物业费却年年涨。',
      '3、物业服务人员太少，电梯停运没人管，物业费白交了。',
    ]);
    expect(s.gist).toBe('这些年我们楼里的住户一直在反映下面这些情况。');
    expect(s.points.length).toBeGreaterThan(0);
  });

  it('strips a marker from an item that is shown', () => {
    const s = summarizeStatement(['（一）加强农田水利建设。', '第二，今年全县新修水渠12公里，灌溉面积增加了三千亩。']);
    expect([s.gist, ...s.points].join('|')).not.toMatch(/（一）|第二，/);
  });

  it.each([
    ['2、物业费太高。', true, '物业费太高。'],
    ['（三）加强监管。', true, '加强监管。'],
    ['(1) 加强监管。', true, '加强监管。'],
    ['第一，要稳就业。', true, '要稳就业。'],
    ['一是加强监管。', true, '一是加强监管。'],
    ['2024年，我们新建了公园。', false, '2024年，我们新建了公园。'],
    ['3.5万人参加了活动。', false, '3.5万人参加了活动。'],
    ['第一次来这里。', false, '第一次来这里。'],
    ['☆一开始我们不太适应场地。', true, '一开始我们不太适应场地。'],
    ['• 12、5日涨跌幅', true, '5日涨跌幅'],
  ])('%s: a list item %s, shown as %s', (text, item, shown) => {
    expect(isListItem(text)).toBe(item);
    expect(stripListMarker(text)).toBe(shown);
  });
});

describe('extractAsk: the speaker’s requests', () => {
  it.each([
    ['我建议物业把闲置的绿地改成临时停车位。', '我建议物业把闲置的绿地改成临时停车位'],
    ['虽然困难很多，但我们希望有关部门尽快出台细则。', '我们希望有关部门尽快出台细则'],
    ['我們呼籲政府盡快落實全民退休保障。', '我們呼籲政府盡快落實全民退休保障'],
    ['學校應該減少功課量，讓學生有時間休息。', '學校應該減少功課量，讓學生有時間休息'],
    ['期待明年能开通直达机场的地铁。', '期待明年能开通直达机场的地铁'],
    ['希望能尽快解决，政府规划很多，但落实了我们才能受益。', '希望能尽快解决，政府规划很多'], // it ends where the sentence turns
    ['报告提出，要“加快城市更新”，我建议先从老旧小区改起。', '我建议先从老旧小区改起'],
  ])('%s', (text, want) => {
    expect(extractAsk(text)).toBe(want);
  });

  it.each([
    ['乡村的每一寸土地都被蓬勃的希望浸润。'], // the noun 希望
    ['这一愿景令人满怀期待。'],
    ['人们希望通过锻炼来延缓衰老。'], // someone else's hope
    ['这应该是近年来最好的成绩。'], // 应该 as likelihood
    ['今年的政府工作报告提出，要“推进乡村全面振兴”。'], // the report's call, in quotes
    ['今年我们新建了三座公园。'],
    ['希望我们下一场能够取得好成绩。'], // the speaker's own resolve
    ['为了球迷，我们也应该有更好的表现。'],
    ['希望下个赛季，我们能够打进前三。'],
    ['这份施政报告建议引入两级税制。'], // the document proposes
    ['原来以为经济应该垮掉，结果却增长了。'], // an expectation
    ['病毒应该永远都会存在。'],
    ['不妨称之为一种仪式感。'],
    ['比赛的效果不是双方所期望的。'],
  ])('no request in %s', (text) => {
    expect(extractAsk(text)).toBeNull();
  });

  it('keeps at most six, in reading order', () => {
    const s = summarizeStatement(['希望学校多开设体育课。建议家长少给孩子报补习班。也希望社区多建几个球场。呼吁商场周末开放免费的儿童游乐区。请图书馆延长暑期开放时间。建议公交公司加开夜班车。希望医院增加儿科医生。']);
    expect(s.asks).toEqual(['希望学校多开设体育课', '建议家长少给孩子报补习班', '也希望社区多建几个球场', '呼吁商场周末开放免费的儿童游乐区', '请图书馆延长暑期开放时间', '建议公交公司加开夜班车']);
  });
});

describe('extractCites', () => {
  it('takes the stock line once, and quotes only when a report or its verbs introduce them', () => {
    expect(extractCites(['新时代我国社会主要矛盾是人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾。大家都说“日子越过越好”。'])).toEqual([
      '人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾',
    ]);
  });
});

describe('verbatim, for statements built from cue-bearing sentences, lists and quotes', () => {
  const pool = [
    '这个问题我想从两个层面考虑，一个是技术，一个是市场。',
    '总的来说，中国有自己的优势，关键是把优势转化为竞争力。',
    '1、电梯经常停运，老人上下楼很困难。',
    '（二）物业费太高，服务却跟不上。',
    '第三，垃圾清运不及时，夏天气味很大。',
    '我建议物业把闲置的绿地改成临时停车位。',
    '“希望政府继续加大投入，把服务延伸到每个小区。”',
    '政府工作报告提出，要“着力扩大国内需求”。',
    '各部门要同心同德、同向发力、同题共答、同频共振。',
    '當天有二十幾位街坊到場支持，我每天坐巴士只花1块钱。',
    '所以，我们的诉求是：一是降低租金；二是延长营业时间；三是增加停车位。',
  ];
  it('every gist, point, ask, figure and cite is text of the statement', () => {
    const paragraph = fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 4 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const s = summarizeStatement(paragraphs);
        const body = squash(paragraphs.join('\n'));
        for (const piece of [s.gist ?? '', ...s.points, ...s.figures, ...s.cites, ...(s.asks ?? [])]) {
          if (!body.includes(squash(piece))) return false;
        }
        return s.gist !== null && s.points.length <= 3 && !s.points.includes(s.gist) && (s.asks ?? []).length <= 2;
      }),
      { numRuns: 200, seed: 20261205 },
    );
  });
});

describe('gist: a proposal of what someone in charge may do is a request (sentences written for these tests)', () => {
  const requestOf = (sentence: string) => measureFeatures(splitUnits([sentence]))[0]!.request;
  it.each([
    '房屋局也可考虑恢复旧式楼宇底层的公共空间，让街坊有地方坐下来聊天。',
    '新建公屋的楼层设计和住户分配也可做出调整，让不同背景的家庭住在一起。',
    '他强调，在校园安全上一定要和家长保持沟通。',
  ])('a request: %s', (sentence) => {
    expect(requestOf(sentence)).toBe(1);
  });
  it.each([
    // 可以 of what is possible, put to nobody
    '楼下的空地可以坐下来聊天，也可以让孩子们一起玩。',
    // 一定要 of oneself
    '我们自己一定要把这件事做好。',
  ])('no request: %s', (sentence) => {
    expect(requestOf(sentence)).toBe(0);
  });
});

describe('slogans: a run of four-character phrases (sentences written for these tests)', () => {
  it.each([
    '各部门要同心同德、同向发力、同题共答、同频共振。',
    // a run that opens inside a clause and closes the sentence
    '让阳光照进议会，议会改革，全民参与。',
    // inside a clause and running on, its phrases parallel (同…)
    '区里将一如既往与兄弟城区同心同德、同向发力、同题共答、同频共振，以一体化带动全区发展。',
  ])('a slogan: %s', (sentence) => {
    expect(measureSloganShare(sentence)).toBeGreaterThan(0.3);
  });
  it.each([
    // what to do, listed inside a proposal that goes on: no slogan
    '市府应订出人口与户数门槛，定期检讨、即时调整，并检视邻长补助是否合理。',
  ])('no slogan: %s', (sentence) => {
    expect(measureSloganShare(sentence)).toBe(0);
  });
});

describe('quoted report lines: 提出 asked of someone names what to draw up', () => {
  it.each([
    ['市府应提出「分区时间表」，定期检讨。', false],
    ['他建议尽快提出「旧区更新计划」。', false],
    ['报告提出「稳中求进」，各区要落实。', true],
    ['会议提出“加快建设现代化产业体系”。', true],
  ])('%s → %s', (sentence, cites) => {
    expect(citesReport(sentence)).toBe(cites);
  });
});

describe('a list of questions (sentences written for these tests)', () => {
  const featuresOf = (...sentences: string[]) => measureFeatures(splitUnits([sentences.join('')]));
  const lead = '台风过后，本市若遇大灾，撤离路线与安置点是否完善？';
  it('frames the list with its first question; a question among the rest that asks is one item, not a request', () => {
    const f = featuresOf(lead, '老人多的小区如何确保优先撤离？', '社团能否在撤离时投入协助？', '各部门的演练又是否落实？');
    expect(f[0]!.question).toBe(0);
    expect(f[2]!.request).toBe(0);
  });
  it('a counter-example: one asking question among statements is a request, a lone question no frame', () => {
    const f = featuresOf(lead, '社团能否在撤离时投入协助？', '这些都需要尽早准备。');
    expect(f[0]!.question).toBe(1);
    expect(f[1]!.request).toBe(1);
  });
});

describe('background: a year at the head of what was done (sentences written for these tests)', () => {
  it.each([
    ['2015年，我在会上提出了修建社区图书馆的建议。', true],
    ['“2009年我们就搬进了这个小区。', true],
    // what will be, or no act done
    ['2026年，我们将在每个街道建一个图书馆。', false],
    ['2030年的目标是每个街道一个图书馆。', false],
    // come to now in the same sentence
    ['2015年提出了建议，现在图书馆已经开门。', false],
  ])('%s → %s', (sentence, background) => {
    expect(isBackground(sentence)).toBe(background);
  });
  it('the years since come back to now', () => {
    const f = measureFeatures(splitUnits(['2015年，我在会上提出了修建社区图书馆的建议。没想到五年过去，图书馆真的建起来了。']));
    expect([f[0]!.background, f[1]!.backToNow]).toEqual([1, 1]);
  });
});

describe('pickGist: own lines that are only fragments frame no list (sentences written for these tests)', () => {
  // the list items score higher, the braking one highest
  const pick = (paragraphs: string[]) => {
    const units = splitUnits(paragraphs);
    const scores = units.map((u) => (u.shown.includes('急刹车') ? 0.6 : u.listItem ? 0.5 : 0.1));
    return units[pickGist(scores, describeUnits(units), units)]!.shown;
  };
  const list = ['1、车总是不在站台边停，下车时后面冲出摩托车很危险。', '2、司机总是急刹车，站着的人东倒西歪。'];
  it('takes the list item when the own lines are fragments', () => {
    expect(pick(['已经习惯了。', '只能忍着。', ...list])).toBe('司机总是急刹车，站着的人东倒西歪。');
  });
  it('a counter-example: an own line that says something is still chosen over the items', () => {
    expect(pick(['这条线路的服务这几年越来越差，乘客意见很大。', ...list])).toBe('这条线路的服务这几年越来越差，乘客意见很大。');
  });
});

describe('gist: a list’s items and a proposal’s benefits are not the point (sentences written for these tests)', () => {
  it('a proposal’s benefits told after it ("不但可以…一舉三得") leave the gist to the proposal', () => {
    expect(
      gistOf('街市的廢油常常倒進渠道，造成淤塞。建議政府在各區街市設立廢油回收點，由專人定期收集。不但可以減少街市渠道的淤塞，也能夠把街市廢油製成燃料，街市環境也會更好，一舉三得。'),
    ).toBe('建議政府在各區街市設立廢油回收點，由專人定期收集。');
  });
  it('"这样既能…又…" after a proposal is one more item, not the point', () => {
    const f = measureFeatures(splitUnits(['建议政府给老旧小区加装电梯，并补贴居民一部分费用。这样既能方便老人上下楼，又能提升小区的居住品质。']));
    expect(f.map((x) => x.listItem)).toEqual([0, 1]);
  });
  it('areas run through with or without 在 ("场地方面，…") are a list: the framing line is the gist', () => {
    expect(
      gistOf('社区养老应该走专业化的路子，让老人在家门口就能得到照顾。在服务方面，希望请有资质的护理人员上门照顾老人。在资金方面，希望政府给予社区养老机构一定的运营补贴。场地方面，希望街道把闲置的公房拿出来给老人用。'),
    ).toBe('社区养老应该走专业化的路子，让老人在家门口就能得到照顾。');
  });
  it('a counter-example: "在这方面" points back and names no area of a list', () => {
    expect(measureFeatures(splitUnits(['在教学方面，要重视学生的动手实践。在这方面，学校做得还远远不够。'])).map((f) => f.listItem)).toEqual([0, 0]);
  });
});

describe('pickGist: "一方面…另一方面…" opens the items of a list (sentences written for these tests)', () => {
  // the list's last sentence scores highest, as a closing request does
  const pick = (paragraphs: string[]) => {
    const units = splitUnits(paragraphs);
    const scores = units.map((u, i) => (i === units.length - 1 ? 0.9 : u.shown.startsWith('我建议') ? 0.5 : 0.3));
    const items = measureFeatures(units).map((f) => f.listItem > 0);
    return units[pickGist(scores, describeUnits(units), units, items)]!.shown;
  };
  it('a sentence that goes on with the second item is the list’s tail, not the point', () => {
    expect(
      pick(['我建议全社会一起关心老人的精神生活，建立社区陪伴老人的长效机制。一方面，要多组织适合老人的文体活动。另一方面，要健全社区的志愿服务体系。各街道要配齐专职社工。开设老人心理健康讲座和陪伴课程。']),
    ).toBe('我建议全社会一起关心老人的精神生活，建立社区陪伴老人的长效机制。');
  });
  it.each(['一方面，要多组织文体活动。', '另一方面，要健全志愿服务体系。'])('%s is a list item', (s) => expect(isListItem(s)).toBe(true));
  it('a counter-example: 一方面 inside a sentence marks no item', () => expect(isListItem('这一方面说明问题不小。')).toBe(false));
});

describe('pickGist: with no own line, a list’s marked items before its tail (sentences written for these tests)', () => {
  it('"二是…。同时，要…" adds a caveat to the second item: the item is the gist', () => {
    const units = splitUnits(['今年主要做好两项工作：一是把社区食堂办起来，解决独居老人和双职工家庭吃饭难、吃饭贵的问题，要关注食品安全和菜价，街道、物业和社区居委会要协调处理好场地、人手和运营之间的关系，让老人吃得放心、吃得实惠，也让年轻人上班时不再为家里老人的一日三餐发愁。二是推广家庭医生签约，让老人看病少跑路。同时，要评估这两项工作的长期成本。']);
    const scores = units.map((u) => (u.text.startsWith('同时') ? 0.9 : u.shown.includes('家庭医生') ? 0.5 : 0.3));
    const items = measureFeatures(units).map((f) => f.listItem > 0);
    expect(units[pickGist(scores, describeUnits(units), units, items)]!.shown).toBe('二是推广家庭医生签约，让老人看病少跑路。');
  });
});

describe('gist: the attention a problem gets is the occasion, not the point (sentences written for these tests)', () => {
  it('"有关部门高度重视，社会上也广泛关注" is background', () => {
    const f = measureFeatures(splitUnits(['校园周边的交通事故时有发生，对这个问题，有关部门高度重视，社会上也广泛关注。建议在学校门口设置护学岗，上下学时段限制车速。']));
    expect(f.map((x) => x.background)).toEqual([1, 0]);
  });
  it('a counter-example: urging attention ("各级政府要高度重视…") is the speaker’s request, no background', () => {
    const f = measureFeatures(splitUnits(['留守儿童的心理问题越来越多。各级政府要高度重视农村留守儿童的心理健康，配齐心理老师。']));
    expect(f[1]!.background).toBe(0);
  });
});
