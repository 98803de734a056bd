/**
 * A pair of views in the reporter's words (lib/understand/reported-pair.ts): two people at a hearing or a forum, each
 * position opened by the name and a verb of stating, is a feature even without a headline framing it; a story quoting
 * two people in their own words, a passer-by among them, or going on after them, stays a story. Texts written here.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { reportsPairOfViews } from '@/lib/understand/reported-pair';
import type { ProseReading } from '@/lib/understand/prose-voices';

const names = (text: string) => analyzeText(text).topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

// a council's hearing: the convener and a group's secretary-general each state a position in the reporter's words
const HEARING = `市议员赵明轩昨天邀请多个长者团体与社会局等部门，召开长者友善交通公听会，广泛听取各方意见，为下一阶段的审议凝聚共识。
赵明轩表示，早在几年前他就多次召集团体与部门讨论长者乘车的问题，这次公听会希望把敬老卡的使用范围扩大到乡镇的小型公交，并增加低地台巴士的数量。
长者权益促进会秘书长孙慧敏表示，今天的会议已有不少进展，社会局同意研究把陪同者的车资一并纳入补助，促进会将继续收集长者的意见，向市府提出具体的建议方案。`;

// the same two people, but the reporter's story goes on for two paragraphs after them: witnesses of an event
const HEARING_STORY = `${HEARING}
公听会结束后，与会的长者们乘坐新的低地台巴士到附近公园体验，司机一一搀扶他们上下车。
傍晚时分，公园里的广场舞队伍也加入进来，现场气氛十分热闹，不少路人驻足观看。`;

// two people quoted in their own words, one a passer-by: a story's closing reactions, however the paragraphs fall
const MARKET = `新建的农贸市场今天开业，一百多个摊位全部租出，早上七点不到，门口就排起了长队，市场管理方在入口处设置了导购台。
市场经理刘文斌说：“我们把生鲜区和熟食区分开，通道也加宽了，买菜的人再多也不会挤。”
住在附近的陈阿姨说：“以前买菜要走二十分钟，现在下楼就到，价格也公道，我一早就来了。”`;

describe('an unframed pair stating views in the reporter\'s words', () => {
  it('a hearing: the convener and a group each state a position (a feature)', () => {
    expect(names(HEARING)).toEqual(['赵明轩', '孙慧敏']);
  });
  it('not: the story going on for two paragraphs after them', () => {
    expect(analyzeText(HEARING_STORY).detected).toBe(false);
  });
  it('not: two people quoted in their own words, one of them a passer-by', () => {
    expect(analyzeText(MARKET).detected).toBe(false);
  });
});

describe('reportsPairOfViews', () => {
  const prose = (p: Partial<ProseReading>): ProseReading => ({ sentences: 10, statements: 4, people: 2, top: 0.6, ordinary: 0, returns: 0, first: 0.1, paragraphs: 3, opened: 2, quoted: 0, officials: 0, voices: [], ok: true, ...p });
  it.each<[string, Partial<ProseReading>, number, boolean]>([
    ['two people in the reporter\'s words', {}, 0, true],
    ['one of them quoted', { quoted: 1 }, 1, true],
    ['not: both quoted (a story gives its witnesses\' own words)', { quoted: 2 }, 0, false],
    ['not: a passer-by among them', { ordinary: 1 }, 0, false],
    ['not: two paragraphs of narrative after them', {}, 2, false],
    ['not: three people (not a pair)', { people: 3 }, 0, false],
  ])('%s', (_what, p, after, want) => {
    expect(reportsPairOfViews(prose(p), after)).toBe(want);
  });
});
