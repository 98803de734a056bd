/**
 * Netizens quoted one after another inside the reporter's paragraphs (lib/understand/netizen-voices.ts):
 * each handle and its verb opens a voice, Latin handles with spaces kept. Texts written here, in the
 * layout of online-opinion round-ups; one netizen in a story is not a digest.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { findParagraphVoices } from '@/lib/understand/netizen-voices';

type Row = [name: string | null, role: string | null];
const speakers = (o: Outline): Row[] => o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));

describe('findParagraphVoices', () => {
  const rows: Array<[string, Row[]]> = [
    ['在论坛上，网民「Mia」发帖表示，「早就应该这样做了。」网民「Ken Lo」调侃认为，城市要有面子。', [['Mia', '网民'], ['Ken Lo', '网民']]],
    ['不少網友也有話說。網友「小城故事」認為，票價應該再降。區議員陳志明發帖認為，渡輪班次太少。', [['小城故事', '網友'], ['陳志明', '區議員']]],
    ['网友“山那边的海2020”互动说，“守护绿水青山就是守护我们自己。”', [['山那边的海2020', '网友']]],
    ['记者在现场看到，不少市民排队等候。', []], // no handle: nothing
    ['区议员陈志明表示，渡轮班次太少。', []], // a person alone, no netizen: left to the round-up rules
    // a live blog's handles unquoted: set apart by "@", or ended by 说 and a colon; a quoted handle before a colon alone
    ['網友@青梅煮茶表示：聽名字以為是玩樂，其實課程很緊。', [['青梅煮茶', '網友']]],
    ['网友@晚风里的猫：周末带孩子去看了展览，收获不少。', [['晚风里的猫', '网友']]],
    ['09:40 网友七号楼老陈在微博上说：新站台比想象中宽敞。', [['七号楼老陈', '网友']]],
    ['网友橘子汽水发微博说：排队的人不多，十分钟就进站了。', [['橘子汽水', '网友']]],
    ['网友“听风的树”：站台的指示牌清楚多了。', [['听风的树', '网友']]],
    ['网友们说：票价还是有点贵。網民留言說：希望延長運營時間。', []], // a crowd, a posting: no handle
    // an anonymous netizen's verb before 说 is no handle
    ['有网友表示说：“房租涨得比工资快。”还有网友分享说：“我每天通勤两个小时。”', []],
    ['有網友評論說：「排隊的人太多了。」也有網友吐槽說：「車廂太擠。」', []],
    // where the netizen posts from is part of what they are; a count or a determiner is not
    ['新规一出，讨论不断。吉林网友“雪地里的狐”称，“早该这么办了。”另一位网友“晴川”说，“先看执行吧。”', [['雪地里的狐', '吉林网友'], ['晴川', '网友']]],
    ['不少网友“围观”说，“这也太贵了。”', [['围观', '网友']]],
  ];
  it.each(rows)('%s', (text, want) => {
    expect(findParagraphVoices(text).map((v): Row => [v.name, v.role])).toEqual(want);
  });
});

describe('netizen digests in a text', () => {
  it('two paragraphs holding four voices give four statements, the Latin handle whole', () => {
    const o = analyzeText(
      [
        '七成网民支持延长公园开放时间',
        '本报讯 近日，某网站开设网上调查，截至昨晚，有七成网民支持公园夜间开放，只有一成反对。',
        '在调查的讨论区上，网民「Mia」发帖表示，「晚上散步最舒服，早就应该开放了。」网民「Ken Lo」调侃认为，城市要有夜生活，公园不能太早关门。',
        '在社交媒体上，也有不少网民发声支持。区议员陈志明发帖认为，夜间开放要配足保安和照明，才能放心。网民「小城故事」表示，一定要尽快落实，附近居民都盼着。',
      ].join('\n'),
    );
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['Mia', '网民'],
      ['Ken Lo', '网民'],
      ['陈志明', '区议员'],
      ['小城故事', '网民'],
    ]);
  });

  it('one netizen quoted in a story is not a digest', () => {
    const o = analyzeText(
      [
        '公园夜间开放试点启动',
        '本报讯 市园林局昨日宣布，三座公园将试行夜间开放，开放时间延长至晚上十点。',
        '消息发布后，网民「Mia」发帖表示，「晚上散步最舒服，早就应该开放了。」',
        '据了解，试点为期三个月，园林局将根据游客人数和安全情况决定是否推广。',
      ].join('\n'),
    );
    expect(o.detected).toBe(false);
  });
});

describe('handles in quotes as labels', () => {
  const cases: Array<[what: string, text: string, want: Row[] | null]> = [
    [
      'a handle with its verb, then handles in quotes with a colon',
      `网友热议市长长帖
市长的署名帖文发表后，本地各大网站纷纷转载，网友反响热烈。
网友“lakeview”跟帖说，“认真读了一遍，觉得有理有据，说的也都是实话。”
“江南小舟”: 第一条很暖心，众口难调很正常，关注民生就对了。
“tom_w”:社会越开放，议论政府的声音就越多，这是好事。`,
      [['lakeview', '网友'], ['江南小舟', null], ['tom_w', null]],
    ],
    [
      'one quoted title with a colon is no digest',
      `“城市更新”: 老街改造启动
市里昨天宣布，老街改造工程下月开工，预计明年完工，沿街商户将陆续搬迁。`,
      null,
    ],
  ];
  it.each(cases)('%s', (_what, text, want) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(want !== null);
    if (want) expect(speakers(o)).toEqual(want);
  });
});
