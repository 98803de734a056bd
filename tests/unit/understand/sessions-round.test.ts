/**
 * The sessions' "代表委员谈" piece (prose-judge.ts isSessionsRound): the headline or lead names the deputies and members
 * as a group, each member is introduced at the head of a paragraph of their own, and the piece states each topic and its
 * data between them (a subhead, "据统计，…"), which a story's narrative would be. Texts written here, in the layout of
 * such pieces (a city CPPCC's proposals, a national session's deputies), simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';

const names = (o: Outline): Array<string | null> => [...new Set(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name)))];

// two members, each under a subhead, the topic's data between them; the headline names the members as a group
const MEMBERS = `市政协委员谈社区养老：让老人在家门口享福
随着人口老龄化程度加深，社区养老服务的需求越来越大，不少老人希望在熟悉的环境里安度晚年。今年两会期间，这一话题受到委员们的关注。
建设嵌入式养老驿站
据统计，全市六十岁以上的老人已超过一百二十万，其中独居和空巢老人占三成以上，现有的养老机构床位远远不够。
民进界别的张建国委员认为，应当在老旧小区利用闲置的用房建设嵌入式养老驿站，为老人提供助餐、助浴和日间照料服务，由街道牵头统一规划，引入专业的运营机构，并给予一定的运营补贴。
培养专业护理队伍
护理人员短缺是制约社区养老服务质量的突出问题，从业人员年龄偏大、流动性高。
一名护理员往往要照看七八位老人，工作强度大，收入却不高，不少人干了一两年就转行。
目前全市持证的养老护理员不足三千人，与实际需要相比缺口在一半以上。
来自医卫界别的委员李秀兰表示，应当在职业院校开设老年护理专业，对取得证书的护理人员给予岗位补贴，逐步提高他们的收入和社会地位，让年轻人愿意进入这个行业并且留得下来。`;

const MEMBERS_TRAD = `市政協委員談社區養老：讓老人在家門口享福
隨著人口老齡化程度加深，社區養老服務的需求越來越大，不少老人希望在熟悉的環境裏安度晚年。今年兩會期間，這一話題受到委員們的關注。
建設嵌入式養老驛站
據統計，全市六十歲以上的老人已超過一百二十萬，其中獨居和空巢老人佔三成以上，現有的養老機構床位遠遠不夠。
民進界別的張建國委員認為，應當在老舊小區利用閒置的用房建設嵌入式養老驛站，為老人提供助餐、助浴和日間照料服務，由街道牽頭統一規劃，引入專業的運營機構，並給予一定的運營補貼。
培養專業護理隊伍
護理人員短缺是制約社區養老服務質量的突出問題，從業人員年齡偏大、流動性高。
一名護理員往往要照看七八位老人，工作強度大，收入卻不高，不少人幹了一兩年就轉行。
目前全市持證的養老護理員不足三千人，與實際需要相比缺口在一半以上。
來自醫衛界別的委員李秀蘭表示，應當在職業院校開設老年護理專業，對取得證書的護理人員給予崗位補貼，逐步提高他們的收入和社會地位，讓年輕人願意進入這個行業並且留得下來。`;

// the same under a headline that names no one: a report on the topic, two members quoted along it
const UNFRAMED = MEMBERS.replace('市政协委员谈社区养老：让老人在家门口享福', '社区养老驿站建设提速').replace('今年两会期间，这一话题受到委员们的关注。', '');

// two people who are no members of the sessions, under the same frame
const NOT_MEMBERS = MEMBERS.replace('民进界别的张建国委员认为', '社区主任张建国认为').replace('来自医卫界别的委员李秀兰表示', '护理院院长李秀兰表示');

// the first member named again after the second: the story goes back to its protagonist
const BACK = `${MEMBERS}
张建国也提到，驿站的选址应当听取周边居民的意见。`;

// the reporter's story going on after the last member
const AFTER = `${MEMBERS}
记者从市民政局了解到，今年全市计划新建社区养老驿站六十个，目前已有二十个投入运营。
市民政局有关负责人表示，下一步将出台运营补贴办法，推动养老驿站可持续运营。`;

describe("the sessions' members, framed as a group, each heading a paragraph of their own", () => {
  it.each<[string, string, string[] | null]>([
    ['two members under subheads, the data between them (simplified)', MEMBERS, ['张建国', '李秀兰']],
    ['the same (traditional)', MEMBERS_TRAD, ['張建國', '李秀蘭']],
    ['not: the same under a headline naming no one', UNFRAMED, null],
    ["not: the reporter's story going on after the last member", AFTER, null],
    ['not: two people who are no members', NOT_MEMBERS, null],
    ['not: the first member named again after the second', BACK, null],
  ])('%s', (_what, text, want) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(want !== null);
    if (want) expect(names(o)).toEqual(want);
  });
});
