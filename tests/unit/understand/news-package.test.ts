/**
 * A TV news package prints its clips as labelled sound bites ("家屬李小姐：「…」"), the reporter's narration running on
 * after each: two voices of different sides (a relative and the home's manager, a member and the coach) are a story,
 * not a feature; two of the same kind (two stall holders) are a vox pop of two. Texts written for these tests, traditional script, as Hong Kong and Taiwan TV news
 * prints them.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, explainText } from '@/lib/understand';

const PACKAGE = `院舍開放隔窗探訪 家屬盼早日恢復正常
疫情下院舍暫停探訪，有院舍安排長者隔着玻璃門與家人見面。
家屬陳小姐：「爸爸入住院舍三年，半年沒見面，他開始不認得我，我好擔心。」
陳小姐每星期都會來院舍門外等候，希望可以見爸爸一面。
護理中心服務經理黃嘉欣：「認知較差的長者情緒問題更大，隔着玻璃見到家人，他們的反應好很多。」
中心表示，會繼續按衞生署指引安排探訪，並加強消毒。`;

const TWO_PEERS = `老街市最後一日 檔主依依不捨
經營半世紀的街市今日結業，不少街坊專程來幫襯。
菜檔檔主陳先生：「做咗三十幾年，街坊好似屋企人咁，真係唔捨得。」
陳先生話，之後會休息一排，再諗下做咩。
魚檔檔主李太：「好多熟客今日特登嚟同我影相，講返以前啲事，好開心又好唔捨得。」
李太表示，之後會去新街市租檔，繼續做落去。`;

const PARENT_AND_PUPIL = `開學第一日 家長學生心情不一
今日全港中小學開學，不少家長一早陪子女返校。
家長陳太：「個仔升中一，佢好緊張，我叫佢慢慢適應，唔好畀自己太大壓力。」
陳太表示，暑假已經帶兒子去過學校熟悉環境。
中一學生李同學：「識咗幾個新同學，大家都好好人，我好期待上堂。」
李同學說，最期待的是上科學堂。`;

const GYM = `健身房突然倒閉 學員求償無門
教練：「用力！」
女學員做重量訓練，教練在旁調整姿勢，沒想到健身房無預警宣布結業。
受害會員林小姐：「我買了二十四堂課，一堂都還沒上完，現在完全找不到人退費。」
林小姐說，已經向消保官申訴，希望業者出面處理。
受害會員林小姐：「旁邊一位阿姨說她買了一百堂，大家都一樣求償無門。」`;

describe('a news package of two sound bites', () => {
  it('a relative and the manager: a story, and --explain says why', () => {
    expect(analyzeText(PACKAGE).detected).toBe(false);
    expect(explainText(PACKAGE)).toContain('a news package');
  });

  it('two stall holders: a vox pop of two, kept', () => {
    const o = analyzeText(TWO_PEERS);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['陳先生', '李太']);
  });

  it('a parent and a pupil: no one of them holds an office, a vox pop of two', () => {
    expect(analyzeText(PARENT_AND_PUPIL).detected).toBe(true);
  });

  it('a coach\'s shout on tape is no voice: one member speaking twice is no feature', () => {
    expect(analyzeText(GYM).detected).toBe(false);
  });
});
