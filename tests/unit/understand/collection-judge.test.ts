/**
 * The judge's line between a collection of voices and its look-alikes (framing-cues.ts, prose-judge.ts,
 * judge-feature.ts): a page that prints no headline opens on its lead, and a lead announcing that the reporter asked
 * several people frames a round; a headline gives the group's words after the topic it names; people a scene story
 * quotes inside its narrative, none heading a paragraph, are its witnesses; a label that counts people (the host
 * presenting "三位代表") is no voice. Sentences written here, simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { framesGroupView, readFraming } from '@/lib/understand/framing-cues';

const names = (o: ReturnType<typeof analyzeText>) => o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

describe('a headline: the group speaking after the topic it names', () => {
  it.each<[string, boolean]>([
    ['成品油价格连续三周上涨民众：加不起油了', true],
    ['春運返鄉高峰持續多日旅客：回家比什麼都重要', true],
    ['课后服务新规实施首日家长们：接送更方便了', true],
    // one person, an office, a spokesperson: no group
    ['油价连涨三周发改委：下周或将回落', false],
    ['返乡高峰持续铁路局发言人：运力充足', false],
    ['油价连涨三周张某某：不会再涨', false],
  ])('%s', (headline, want) => {
    expect(framesGroupView(headline)).toBe(want);
  });
});

describe('readFraming: a headline line that is a sentence is read as the lead too', () => {
  it.each<[string, string[], string[], boolean]>([
    ['the page opens on its lead, announcing the people asked', ['清晨六时许，火车站候车大厅里人头攒动，记者在候车大厅采访了多位旅客。'], [], true],
    ['the same in traditional script', ['清晨六時許，火車站候車大廳裡人頭攢動，記者在候車大廳採訪了多位旅客。'], [], true],
    ['a lead sentence about one traveller', ['清晨六时许，火车站候车大厅里人头攒动，记者见到了正在排队的张女士。'], [], false],
    ['a title is not read as a lead', ['多位旅客'], [], false],
  ])('%s', (_what, headlines, lead, want) => {
    expect(readFraming(headlines, lead, []).lead).toBe(want);
  });
});

// a vox pop with no headline: the lead announces the people asked, each speaks in a paragraph of their own
const VOX = [
  '腊月二十五清晨，开往成都的列车即将进站，车站里到处是拖着行李箱的人。记者在候车大厅采访了多位旅客，听他们讲回家的故事。',
  '带着两个孩子的刘女士在角落里整理行李。“在外面打工三年了，今年终于抢到了票，孩子们一路上都在问什么时候到家。”刘女士笑着说，她最想念的是母亲做的腊肉。',
  '大学生小吴背着一个大书包，手里还提着给爷爷买的保温杯。“放假前就开始数日子了，这次回去想多陪陪爷爷。”小吴说，他打算开学前再回来找一份实习。',
  '排在队伍最前面的是在工地干活的老郑。他说今年工钱按时结清了，心里踏实，“回家第一件事就是带老伴去县城买件新衣服”。',
].join('\n\n');

// a scene story: the reporter's time line, the people quoted inside its paragraphs, none heading one
const SCENE = [
  '开盘大涨 营业部里人气旺',
  '上午九时二十分，某证券营业部的大屏幕刚刚亮起，厅里就响起一阵惊呼，不少股民围到屏幕前。站在前排的赵女士说：“一开盘就涨了，真没想到！”',
  '其实早在半小时前，记者已经来到营业厅。那时屏幕还没打开，提前到场的股民就已经三三两两地议论起来，话题大多是今天能涨多少。',
  '十时许，成交量明显放大，不少人开始忙着下单。记者注意到，坐在电脑前的孙女士并没有急着买入。孙女士说：“先看看再说，去年追高亏了不少。”',
  '临近中午，人群渐渐散去，营业部的工作人员也忙着接听咨询电话。正准备离开的钱先生说：“下午我还要再来看看。”',
].join('\n\n');

describe('a collection of voices against a scene story', () => {
  it('a vox pop whose lead (no headline above it) announces the travellers asked: a feature, its people the speakers', () => {
    const o = analyzeText(VOX);
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(expect.arrayContaining(['刘女士', '小吴']));
  });

  it('not a scene story quoting passers-by inside its narrative along a time line', () => {
    expect(analyzeText(SCENE).detected).toBe(false);
  });

  it('nor when the reader finds one more of its people (a fourth passer-by in the narrative)', () => {
    const more = SCENE.replace('话题大多是今天能涨多少。', '话题大多是今天能涨多少。退休多年的周先生说：“我就是来凑个热闹。”');
    expect(analyzeText(more).detected).toBe(false);
  });
});

// a host presenting the guests by their count: one guest's block stored
const PANEL = (second: boolean) =>
  [
    '代表在线：如何让市民吃得放心',
    '主持人：各位网友大家好！欢迎收看今天的节目，今天我们来谈谈食品安全。',
    '今天到场的三位代表：首先介绍坐在我身边的市人大代表、市场监管局调研员周建平代表，另外两位是市人大代表吴海燕女士和郑志强先生，感谢三位代表的到来。',
    '主持人：最近很多网友说买菜都不放心，三位代表平时买菜会不会担心？',
    '周建平：说不担心是假的。我们每年都抽检几千批次的蔬菜，合格率在提高，但个别小摊贩的问题还是要靠日常监管来解决。',
    ...(second ? ['吴海燕：我自己买菜一般去有检测公示的菜市场。检测结果每天贴在门口，市民一看就明白，这个办法应该推广到更多市场。'] : []),
  ].join('\n\n');

describe('a label that counts people is no voice', () => {
  it('not a host with the three guests he presents and one guest answering', () => {
    expect(analyzeText(PANEL(false)).detected).toBe(false);
  });

  it('a host and two guests answering: a panel, the count no speaker', () => {
    const o = analyzeText(PANEL(true));
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(['周建平', '吴海燕']);
  });
});
