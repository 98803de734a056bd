/**
 * Look-alikes judge-feature.ts rejects by their cause: anonymous bystander labels are not speakers, a
 * chaired Q&A where one voice answers every member is an interview, and an anchor handing over to a
 * reporter is a broadcast link, and a forum's chair handing the floor on is no voice. Texts written here, in the layouts of real pages.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';

const notFeatures: Array<[what: string, text: string]> = [
  [
    'anonymous bystanders as labels (traditional)',
    `捷運車廂男子吐痰亂抹 乘客嚇壞
記者王小明：「男子在車廂內吐痰，還到處塗抹，乘客見狀趕快報警。」
附近店家：「那時候是上班時間，突然看到很多警察跑過來，嚇了一跳。」
(其他乘客)：「很噁心，就想趕快換下一班車，還是會有點怕。」`,
  ],
  [
    'anonymous bystanders as labels (simplified)',
    `地铁车厢男子乱涂乱抹 乘客吓坏
一名路人：“当时车厢里很多人，大家都往另一边躲，场面有点乱。”
现场乘客：“太恶心了，我们赶紧换了下一班车，到现在还有点怕。”`,
  ],
  [
    'a chaired question time: one answerer, one member asking',
    `行政長官答問會答問全文
李國明議員：主席，特首，你提出的多項惠民措施，我們覺得很好，但是市民還在等，請問何時落實？
立法會主席張大文議員：行政長官。
行政長官：多謝李議員。這些措施全部都是回應市民的訴求，我們會盡快落實，下個月就會推出首批。
立法會主席張大文議員：李國明議員。
李國明議員：如果早些回應市民訴求，我想怨氣會更少，但我想問特首，交通津貼會不會再放寬？
立法會主席張大文議員：行政長官。
行政長官：多謝主席，多謝李議員。交通津貼的門檻我們會再檢討，今年內會有結果。`,
  ],
  [
    'a chaired question time: one answerer, two members asking',
    `特首答问会
陈志强议员：主席，请问特首，房屋供应的目标今年能否达到？我们很担心。
立法会主席：行政长官。
行政长官：多谢陈议员。今年的供应会比去年多，我们有信心达到目标，细节会在下月公布。
立法会主席：黄丽华议员。
黄丽华议员：主席，请问特首，安老院舍的轮候时间这么长，政府有什么具体办法？
立法会主席：行政长官。
行政长官：多谢黄议员。我们会增加买位，也会推动社区照顾，轮候时间会逐步缩短。`,
  ],
  [
    'an anchor hands over to a reporter on the spot',
    `現場連線：代表委員陸續抵達會場
郭文明：接下來再做另外一路連線，我們的另一路記者林曉慧目前就在會場門口，曉慧你好。
林曉慧：你好文明。我現在就在會場的東門，代表委員們正陸續抵達，現場氣氛非常熱烈。
郭文明：我們知道委員履職最重要的形式是調研，就您的觀察，今年他們關心什麼？
林曉慧：從我剛才採訪的情況看，民生和就業是大家最關心的話題，很多委員都帶來了提案。`,
  ],
  [
    "a forum's chairs handing the floor on (…有请赵先生。), one speaker",
    `城市更新论坛会议实录
第二单元:老旧小区改造
王志刚:下面我把这一单元的主持交给陈立新教授,有请。
陈立新:各位来宾下午好,这一单元有两位主讲人,我们首先欢迎第一位主讲人,某市规划设计研究院总规划师赵明远先生,他的题目是《老旧小区的下一步》,有请赵先生。
赵明远:谢谢主持人。老旧小区改造这几年做了很多,外墙、管网、电梯都有了明显的改善。但是我们在调研中发现,很多小区改完以后,物业管理跟不上,三五年又回到原来的样子。所以我今天想讲的是,改造不能只算工程账,还要算管理账,要让居民自己愿意出钱、愿意参与。`,
  ],
];

describe('look-alikes rejected by cause', () => {
  it.each(notFeatures)('%s is not a feature', (_what, text) => {
    expect(analyzeText(text).detected).toBe(false);
  });
});

describe('the same shapes with real voices stay features', () => {
  const features: Array<[what: string, text: string, names: string[]]> = [
    [
      'named passengers beside an anonymous one',
      `捷運延誤 乘客怎麼說
上班族陳先生：「等了二十分鐘都沒有車，今天一定遲到了，公司不會諒解。」
學生林小姐：「廣播一直說馬上來，結果還是沒有，我只好改搭公車去學校。」
(其他乘客)：「真的很誇張，每次都這樣。」`,
      ['陳先生', '林小姐'],
    ],
    [
      'a chaired debate where members answer each other',
      `議員辯論交通議案
立法會主席：王大明議員。
王大明議員：主席，這個議案對市民很重要，我們不能再拖延，必須盡快通過。
立法會主席：林小芳議員。
林小芳議員：主席，我同意要處理，但是方案的成本太高，我們應該先諮詢公眾。
立法會主席：周志偉議員。
周志偉議員：主席，兩位同事的意見都有道理，我建議分階段推行，先做試點。`,
      ['王大明', '林小芳', '周志偉'],
    ],
    [
      "a forum's chairs handing the floor to two speakers in turn",
      `城市更新论坛会议实录
第二单元:老旧小区改造
王志刚:下面我把这一单元的主持交给陈立新教授,有请。
陈立新:各位来宾下午好,这一单元有两位主讲人,我们首先欢迎第一位主讲人,某市规划设计研究院总规划师赵明远先生,他的题目是《老旧小区的下一步》,有请赵先生。
赵明远:谢谢主持人。老旧小区改造这几年做了很多,外墙、管网、电梯都有了明显的改善。但是我们在调研中发现,很多小区改完以后,物业管理跟不上,三五年又回到原来的样子。所以我今天想讲的是,改造不能只算工程账,还要算管理账,要让居民自己愿意出钱、愿意参与。
陈立新:谢谢赵先生。下面请第二位主讲人孙若兰女士发言。
孙若兰:刚才赵先生讲的管理账我很认同。我补充一点,改造前一定要问居民要什么,有的小区最缺的是停车位,有的是养老服务,一刀切的方案花了钱也不讨好,居民的满意度反而不高。`,
      ['王志刚', '陈立新', '赵明远', '陈立新', '孙若兰'],
    ],
  ];
  it.each(features)('%s', (_what, text, names) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name)).filter(Boolean)).toEqual(names);
  });
});
