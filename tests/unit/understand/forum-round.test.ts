/**
 * The forum report (lib/understand/forum-round.ts): a lead naming a forum, a seminar or a panel, then each speaker a
 * paragraph of their own in the reporter's words, to the end. Its look-alikes stay out: a congress's speeches,
 * a story going back to its narrative or to one speaker, a meeting of officials only, a lead naming no forum. Texts
 * written here, in the layouts of real pages, simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { namesForum } from '@/lib/understand/forum-round';

const names = (o: Outline): Array<string | null> => o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

// a researcher and two officials in office: the prose rules keep a round most of whose people are officials out (a meeting
// report), and an official among three voices or fewer is the event's story (round-vetoes.ts reportsOfficial)
const LEAD = '本报讯（记者 周明）3月12日，由市社科联主办的“县域商业振兴”专题论坛在城南会展中心举行，来自高校、企业和行业协会的嘉宾围绕县城消费升级展开交流。';
const BG = '近年来，县城商业设施不断完善，但网点分散、业态单一等问题依然突出，如何让县城商业更有活力，成为各方关注的话题。';
const A = '省商务研究院研究员郑启航作了《县城消费的新变化》的报告。郑启航首先分析了县城居民消费从吃穿转向教育和养老的趋势，然后提出商业网点的布局要跟着人口流动调整，不能一味追求大而全。';
const B = '市商务局局长韩立新在发言中谈到，乡镇门店的难处在物流，一箱货从县仓送到村里的成本比城区高出一截，企业愿意投入，但需要共建冷链和共同配送的办法。';
const C = '县发改委主任孟雪梅认为，直播带货让不少农产品走出了县城，但品牌和品控跟不上，回头客就少，行业要在标准上多下功夫。';

const LEAD_T = '本報訊（記者 周明）3月12日，由市社科聯主辦的「縣域商業振興」專題論壇在城南會展中心舉行，來自高校、企業和行業協會的嘉賓圍繞縣城消費升級展開交流。';
const BG_T = '近年來，縣城商業設施不斷完善，但網點分散、業態單一等問題依然突出，如何讓縣城商業更有活力，成為各方關注的話題。';
const A_T = '省商務研究院研究員鄭啟航作了《縣城消費的新變化》的報告。鄭啟航首先分析了縣城居民消費從吃穿轉向教育和養老的趨勢，然後提出商業網點的佈局要跟著人口流動調整，不能一味追求大而全。';
const B_T = '市商務局局長韓立新在發言中談到，鄉鎮門店的難處在物流，一箱貨從縣倉送到村裡的成本比城區高出一截，企業願意投入，但需要共建冷鏈和共同配送的辦法。';
const C_T = '縣發改委主任孟雪梅認為，直播帶貨讓不少農產品走出了縣城，但品牌和品控跟不上，回頭客就少，行業要在標準上多下功夫。';

// the same speakers as guests of the forum, none in office (an association's head, a founder): the forum's lead lets them in
const GUESTS = [B.replace('市商务局局长', '县域商业协会会长'), C.replace('县发改委主任', '电商平台创始人')];
const GUESTS_T = [B_T.replace('市商務局局長', '縣域商業協會會長'), C_T.replace('縣發改委主任', '電商平台創始人')];
describe('namesForum: the headline or lead names a gathering held to exchange views', () => {
  it.each([
    ['专题论坛在城南举行', true],
    ['第十屆觀光發展論壇7日登場', true],
    ['青年创业者座谈会召开', true],
    ['兩岸學者研討會昨閉幕', true],
    ['城市更新圆桌对话', true],
    ['读书沙龙走进社区', true],
    ['全市民宿主人大会召开', false],
    ['名家讲座座无虚席', false],
    ['市政府召开常务会议', false],
  ])('%s → %s', (line, expected) => {
    expect(namesForum([line])).toBe(expected);
  });
});

describe('the forum report: each speaker a paragraph in the reporter\u2019s words, after a lead naming the forum', () => {
  it.each([
    ['simplified', [LEAD, BG, A, ...GUESTS], ['郑启航', '韩立新', '孟雪梅']],
    ['traditional', [LEAD_T, BG_T, A_T, ...GUESTS_T], ['鄭啟航', '韓立新', '孟雪梅']],
  ])('%s: a "voices" feature, its speakers in order', (_, paras, speakers) => {
    const o = analyzeText((paras as string[]).join('\n'));
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(speakers);
  });

  it.each([
    // two officials in office among the three speakers: the forum's day told with its officials (round-vetoes.ts)
    ['officials among three speakers', [LEAD, BG, A, B, C]],
    // the lead names a congress, not a forum: two officials of three, a meeting's report
    ['a congress, not a forum', [LEAD.replace('专题论坛', '年度大会'), BG, A, B, C]],
    // every speaker an official in office: their meeting, whatever it is called
    ['officials only', [LEAD, BG, '省商务厅厅长郑启航指出，县城居民消费正从吃穿转向教育和养老，商业网点的布局要跟着人口流动调整，不能一味追求大而全。', B, C]],
    // the reporter's narrative goes on after the last speaker: a story of the day, its people along it
    ['the narrative after the speakers', [LEAD, BG, A, B, C, '会后，与会人员参观了城南的两家社区商业综合体，现场了解了夜间经济的运营情况。']],
    // the first speaker named again after the others: the story goes back to its protagonist
    ['the first speaker again at the end', [LEAD, BG, A, B, C, '郑启航最后补充说，县城商业的出路在服务，谁能把售后做到家门口，谁就能留住顾客。']],
  ])('%s: not a feature', (_, paras) => {
    expect(analyzeText((paras as string[]).join('\n')).detected).toBe(false);
  });
});
