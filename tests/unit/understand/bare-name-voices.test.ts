/**
 * Bare names beside voices with roles (lib/understand/bare-name-voices.ts): "陳某則說，" sets a new person
 * beside the others; a speech report's "吳某表示，" paragraphs stay narration. Texts written here.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { matchBareNameVoice } from '@/lib/understand/bare-name-voices';

type Row = [name: string | null, role: string | null];
const speakers = (o: Outline): Row[] => o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));

describe('matchBareNameVoice', () => {
  const rows: Array<[string, string | null]> = [
    ['林瑩則說，昨晚下班時特別留意了車站出口。', '林瑩'],
    ['高志遠也表示：「大家出門要多留神。」', '高志遠'],
    ['林瑩說，昨晚下班時特別留意了車站出口。', null], // no connective: narration of someone the story knows
    ['大家則說，晚上不敢出門。', null], // not a name
    ['林瑩則在節目中提到車站的安全。', null], // no verb of saying right after
  ];
  it.each(rows)('%s', (text, name) => expect(matchBareNameVoice(text)).toBe(name));
});

describe('bare names in a text', () => {
  it('a reaction round-up: the bare name set beside a voice with a role is a voice', () => {
    const o = analyzeText(
      [
        '主播們談車站事件',
        '昨晚台北車站附近發生持刀傷人事件，多位主播在社群上發文，呼籲民眾出門多留意身邊的狀況。',
        '東方新聞主播賴志豪則呼籲，搭捷運時聽到尖叫聲要趕快離開，遇到攻擊可以拿起雨傘或包包自保，「大家在外多一點警覺，真的多一點平安。」',
        '林瑩則說，以前遇到大事都是第一時間坐上主播檯播報，昨晚下班時特別看了一眼車站出口，「今晚多了警車駐守，但人潮依舊，希望大家都平安。」',
      ].join('\n'),
    );
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['賴志豪', '東方新聞主播'],
      ['林瑩', null],
    ]);
  });

  it('a rally report repeating the main speaker\'s bare name is not a feature', () => {
    const o = analyzeText(
      [
        '說明會首場登場',
        '記者王明/台北報導',
        '說明會今首場登場，召委吳宗賢致詞時火力全開，批評執政黨的說法前後不一。',
        '吳宗賢表示，對方一開始說修法是黑箱，但審議時開了很多次公聽會，根本不是黑箱。',
        '吳宗賢說，世界上的民主國家，行政權都受立法權監督，這是再自然不過的事。',
        '吳宗賢反批，對方立委在發言時多不談法條，現在竟還說別人不懂法律。',
        '立委王鴻文也認為，對方有太多問題，所以才要轉移焦點。',
        '王鴻文說，我們會一場一場講下去，讓更多人了解修法的內容。',
      ].join('\n'),
    );
    expect(o.detected).toBe(false);
  });
});
