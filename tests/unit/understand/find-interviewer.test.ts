/**
 * An interview printed as a dialogue (lib/understand/find-interviewer.ts): two named voices taking turns, one
 * presenting the other or asking, is one interviewer with one answerer, never a feature, even when the
 * interviewer chats between questions. A dialogue of two equals, or a third voice, stays a feature.
 * Dialogues written here, simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import type { StatementBuild } from '@/lib/understand/feature-items';
import { findAskingHost, findHeadlinedInterviewer, findInterviewer } from '@/lib/understand/find-interviewer';

const turn = (name: string, text: string): StatementBuild => ({ speaker: { name, role: null }, host: false, evidence: 2, reporter: null, paragraphs: [text], els: [] });

describe('findInterviewer', () => {
  it('the first turn presents the other by full name', () => {
    const turns = [
      turn('王小明', '各位观众好，今天走进演播室的客人是著名作家李华，欢迎您。'),
      turn('李华', '谢谢，很高兴来到这里。'),
      turn('王小明', '听说您小时候很调皮。'),
      turn('李华', '是的，那时候河里有鱼，我们一玩就是一下午。'),
    ];
    expect(findInterviewer(turns)).toBe('王小明');
  });

  it('half of the turns ask, and say less than the answers', () => {
    const turns = [
      turn('王小明', '您小时候调皮吗？'),
      turn('李华', '是的，那时候河里有鱼，我们一玩就是一下午，回家还要挨骂。'),
      turn('王小明', '读者很喜欢这一段。'),
      turn('李华', '写的时候我自己也很开心，好像又回到了小时候，写得很快。'),
    ];
    expect(findInterviewer(turns)).toBe('王小明');
  });

  const none: Array<[string, StatementBuild[]]> = [
    ['two equals, no one presenting or asking', [turn('张伟', '公交要先发展。'), turn('李强', '自行车道也很重要。'), turn('张伟', '私家车自然会少。'), turn('李强', '小城市不一样。')]],
    ['three voices', [turn('王小明', '今天的客人是李华和张伟。'), turn('李华', '谢谢。'), turn('张伟', '很高兴来。'), turn('李华', '我先说两句。')]],
    ['not turn after turn', [turn('王小明', '今天的客人是李华。'), turn('李华', '谢谢。'), turn('李华', '我先说两句。'), turn('王小明', '好的？')]],
    ['a pair of statements, no exchange', [turn('王小明', '今天的客人是李华。'), turn('李华', '谢谢。')]],
  ];
  it.each(none)('none: %s', (_what, turns) => expect(findInterviewer(turns)).toBeNull());
});

describe('findAskingHost: in a dialogue of two, the one who hands the question to the other by name', () => {
  // (the asker's turn is a long statement ending on the question: it says as much as the answer)
  const LONG = '当代艺术界有一个现象，很多艺术家很看重自己在历史中的位置，一些展览就以历史的名义把艺术家纳入艺术史，多年以后也许就没有他的位置了。';
  const ANSWER = '这个问题到了该提出来的时候，我觉得现在的当代艺术史最多只有志的性质。';
  it.each<[string, StatementBuild[], string | null]>([
    ['the question names the other', [turn('张建国', `${LONG}不知李秀兰在这方面有什么想法？`), turn('李秀兰', ANSWER)], '张建国'],
    ['traditional, quotation marks closing', [turn('張建國', `${LONG}李秀蘭，你怎麼看？」`), turn('李秀蘭', ANSWER)], '張建國'],
    ['not: a rhetorical question naming nobody', [turn('张建国', `${LONG}难道不是这样吗？`), turn('李秀兰', ANSWER)], null],
    ['not: the other named earlier, the question put to the readers', [turn('张建国', `李秀兰说过，${LONG}大家怎么看？`), turn('李秀兰', ANSWER)], null],
    ['not: a third voice answering too', [turn('张建国', `${LONG}不知李秀兰在这方面有什么想法？`), turn('李秀兰', ANSWER), turn('王海涛', ANSWER)], null],
    ['not: the other ends asking too', [turn('张建国', `${LONG}不知李秀兰怎么看？`), turn('李秀兰', '您说的是哪一种情况？')], null],
  ])('%s', (_what, turns, want) => {
    expect(findAskingHost(turns)).toBe(want);
  });
});

// two scholars in a 对话: the first argues at length, then hands the question to the other by name
const TWO_SCHOLARS = `艺术史该怎样书写
某大学教授张建国：当代艺术界现在有一个值得讨论的现象，很多艺术家都很看重自己在历史中的位置，一些展览就是以历史的名义把艺术家纳入艺术史。我想艺术史的书写本身是有价值前提的，不能说邀请了某个艺术家就照单收入，多年以后也许就没有他的位置了。在艺术史上，这种现象其实非常多，很多名字后来都被人遗忘了。不知李秀兰在这方面有什么想法？
某美术馆研究员李秀兰：这个问题到了该提出来的时候。传统的说法是当代修志，隔代修史，我觉得现在看到的当代艺术史最多只有志的性质，而且志也做得不够，亲疏关系大于客观梳理，这是需要警惕的。`;

describe('the judgement: an interview is not a feature; a dialogue of equals is', () => {
  it('two people, one handing the question to the other by name: an interviewer and one answerer', () => {
    const o = analyzeText(TWO_SCHOLARS);
    expect(o.detected).toBe(false);
    expect(o.evidence).toContain('an interviewer and one answerer');
  });

  it('the same two, the first ending on a question of its own: two voices', () => {
    expect(analyzeText(TWO_SCHOLARS.replace('不知李秀兰在这方面有什么想法？', '这难道不值得我们每一个写历史的人警惕吗？')).detected).toBe(true);
  });

  it.each([
    [
      'simplified',
      `作家谈家乡
王小明：各位观众好，今天走进演播室的客人是著名作家李华，欢迎您。
李华：谢谢，很高兴来到这里，和大家聊一聊。
王小明：听说您小时候很调皮，经常逃课去河边玩。
李华：是的，那时候河里有鱼，我们一玩就是一下午，回家还要挨骂。
王小明：这些经历后来都写进了书里，读者很喜欢。
李华：写的时候我自己也很开心，好像又回到了小时候。`,
    ],
    [
      'traditional',
      `作家談家鄉
王小明：各位觀眾好，今天走進演播室的客人是著名作家李華，歡迎您。
李華：謝謝，很高興來到這裡，和大家聊一聊。
王小明：聽說您小時候很調皮，經常逃課去河邊玩。
李華：是的，那時候河裡有魚，我們一玩就是一下午，回家還要挨罵。
王小明：這些經歷後來都寫進了書裡，讀者很喜歡。
李華：寫的時候我自己也很開心，好像又回到了小時候。`,
    ],
  ])('an interviewer chatting with one guest (%s)', (_script, text) => {
    const o = analyzeText(text);
    expect(o.detected).toBe(false);
    expect(o.evidence).toContain('an interviewer and one answerer');
  });

  it('two guests in a dialogue of equals', () => {
    const o = analyzeText(`城市交通怎么办
北京大学教授张伟：我认为城市交通首先要发展公交，地铁和公交车要接得上。
清华大学研究员李强：我同意一部分，但自行车道也很重要，短途出行靠它。
张伟：公交发展起来，私家车自然会少，这是很多城市的经验。
李强：经验要看城市的大小，小城市的情况不一样，不能一刀切。`);
    expect(o.detected).toBe(true);
  });
});

// the first exchanges of a one-person interview, the headline presenting it; the asker's turns end on no question mark
const HEADLINED_INTERVIEW = `老城的记忆——张文华先生访谈
刘晓明：您在老城住了六十多年，写过好几本关于老街巷的书，我的第一个问题，想请您谈谈当年是怎样开始记录这些街巷的。
张文华：最早是因为拆迁。那时候很多老房子一夜之间就没了，我觉得总得有人把它们的样子记下来，就开始一条街一条街地走，画草图，找老住户聊天。
刘晓明：这些年老城的保护越来越受重视，请您再谈一下对今后工作的看法。`;

describe("findHeadlinedInterviewer: the headline presents one person's interview", () => {
  it('two voices, the headline naming one of them (某某先生访谈): an interviewer and one answerer, however few the turns', () => {
    const o = analyzeText(HEADLINED_INTERVIEW);
    expect(o.detected).toBe(false);
    expect(o.evidence).toContain('an interviewer and one answerer');
  });
  it('the same turns under a headline naming nobody: two voices', () => {
    expect(analyzeText(HEADLINED_INTERVIEW.replace('——张文华先生访谈', '')).detected).toBe(true);
  });
  it('a headline naming both voices is a dialogue of equals', () => {
    const turns = [turn('刘晓明', '谈谈老城。'), turn('张文华', '老城要保护。')];
    expect(findHeadlinedInterviewer('刘晓明张文华访谈', turns)).toBeNull();
    expect(findHeadlinedInterviewer('张文华先生访谈', turns)).toBe('刘晓明');
  });
});
