/**
 * Party and legislators' reactions: "民主黨主席胡某指出，…" opens a voice's paragraph (指出/强调 said by a member,
 * a party leader, a scholar), while "市委书记张某强调，要…" is an official's directive in a meeting report. Forum
 * reposts of such round-ups carry anti-scrape jammer text at the start of lines (forum-jammer.ts). Sentences
 * written here, simplified and traditional, with counter-examples.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { stripJammer } from '@/lib/understand/forum-jammer';
import { matchReportedOpening } from '@/lib/understand/reported-speech';

describe('stripJammer: a forum\'s anti-scrape run at a line\'s opening', () => {
  it.each([
    ['/ E5 I2 y8 y% i$ g/ Q* R; `某某論壇 自由黨黨魁鍾某則稱，經濟受打擊。', '自由黨黨魁鍾某則稱，經濟受打擊。'],
    ['4 N* T\' H3 ?% ?1 Y6 民主党主席胡某指出，报告找不到答案。', '民主党主席胡某指出，报告找不到答案。'],
  ])('%s', (line, out) => expect(stripJammer(line)).toBe(out));

  it.each([
    'iPhone 16 發布會今日舉行，市民排隊購買。', // Latin words opening a sentence, no symbols run
    'A.I. 時代 來臨，企業如何應對？', // two dots are not a jammer run of six
    '民主黨主席胡某指出，報告找不到答案。',
    // a speaker's label in Latin with what they do in brackets: ASCII with symbols, but a label
    'Cecilia(Moss Studio):日本。那边的人很专注。',
    'Joe Wong (Paper Kite): 还是本地。',
  ])('counter-example: %s stays', (line) => expect(stripJammer(line)).toBe(line));
});

describe('指出/强调 opening a member\'s or a party leader\'s reaction', () => {
  it.each([
    ['民主黨主席胡某偉指出，報告只將問題歸咎於社會，找不到問責的片言隻語。', '胡某偉', '民主黨主席'],
    ['民主党主席胡某伟指出，报告只将问题归咎于社会，找不到问责的只言片语。', '胡某伟', '民主党主席'],
    ['工聯會議員郭某強調，政府要正視基層的困難。', '郭某', '工聯會議員'],
    ['某大学经济学教授王某明强调，减税要落到实处。', '王某明', '某大学经济学教授'],
  ])('%s → %s / %s', (text, name, role) => {
    const m = matchReportedOpening(text);
    expect([m?.name, m?.role]).toEqual([name, role]);
  });

  it.each([
    '市委书记张某强调，要坚持以人民为中心，扎实做好各项工作。',
    '副省長李某指出，要加快推進重點項目建設。',
    '局长王某强调，各部门要切实履行职责。',
  ])("counter-example: an official's directive: %s", (text) => expect(matchReportedOpening(text)).toBeNull());

  it('a repost of party reactions, jammer and all, is a feature', () => {
    const o = analyzeText(`【施政報告】各黨派回應 有人稱合格
特首今早發表《施政報告》，各黨派議員其後回應，評價不一。
/ E5 I2 y8 y% i$ g/ Q* R; \`某某論壇 自由黨黨魁鍾某斌則稱，在如此困難的情況下，特首能交出報告已是很難得，會給予合格分數。
民主黨主席胡某偉指出，報告只將所有問題歸咎於社會，而非她自己，社會希望她就問題問責，但報告找不到片言隻語。
工聯會議員郭某強調，政府要正視基層的困難，報告對打工仔的支援遠遠不夠。`);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['鍾某斌', '胡某偉', '郭某']);
  });

  it('counter-example: a meeting report of officials\' directives is none', () => {
    const o = analyzeText(`全市经济工作会议召开
全市经济工作会议昨日召开，总结今年工作，部署明年任务。
市委书记张某强调，要坚持稳中求进，扎实做好明年经济工作，确保各项目标任务完成。
市长李某指出，要加快推进重点项目建设，持续优化营商环境，全力稳住经济大盘。
常务副市长王某强调，各部门要切实履行职责，抓好各项政策落实。`);
    expect(o.detected).toBe(false);
  });
});
