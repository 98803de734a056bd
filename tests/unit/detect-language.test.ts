import { describe, expect, it } from 'vitest';
import { judgeLanguage, measureText } from '@/lib/understand/detect-language';

describe('judgeLanguage', () => {
  const news = '今年的政府工作报告再次提出，要加快太原晋中一体化。近年来，我市在推动一体化方面做了大量工作。';
  const hk = '香港會計師公會：政府應該加強對中小企業的支援，並檢討薪俸稅的免稅額。';
  const english = 'The city council met on Monday to discuss the budget for the coming year and beyond.';
  const japanese = '東京都は月曜日、来年度の予算案を発表しました。これは過去最大の規模となります。';

  it.each([
    ['simplified news with zh-CN', 'zh-CN', news, true],
    ['traditional news with zh-HK', 'zh-HK', hk, true],
    ['Chinese text without lang', null, news, true],
    ['Chinese text under a wrong lang="en"', 'en', news + news, true],
    ['English', 'en', english, false],
    ['English without lang', null, english, false],
    ['Japanese with lang ja', 'ja', japanese, false],
    ['Japanese without lang (kana give it away)', null, japanese + japanese, false],
    ['a zh page with almost no text', 'zh', '首页', false],
    ['empty', null, '', false],
  ] as const)('%s → %s', (_label, lang, text, chinese) => {
    expect(judgeLanguage(lang, text).chinese).toBe(chinese);
  });

  it('reports the Han share among letters, ignoring digits and punctuation', () => {
    const verdict = judgeLanguage('zh-CN', '跨城公交线路已达10条; bus');
    expect(verdict.hanCount).toBe(9);
    expect(verdict.hanShare).toBeCloseTo(9 / 12, 5);
    expect(verdict.lang).toBe('zh-cn');
  });

  it('counts kana apart from Han', () => {
    expect(measureText('東京です')).toEqual({ han: 2, letters: 4, kana: 2 });
  });
});
