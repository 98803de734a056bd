/** The reporter's one-person frame is dropped from what is shown; anything else that looks like one stays. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { trimSpeakerFrame } from '@/lib/understand/summary/speaker-frame';

describe('trimSpeakerFrame', () => {
  it.each([
    ['王师傅告诉记者，菜市场搬走以后买菜要多走二十分钟。', '菜市场搬走以后买菜要多走二十分钟。'],
    ['她建议，应该在路口多装几个红绿灯。', '应该在路口多装几个红绿灯。'],
    ['從事教育工作的陳先生表示，學校的午餐比以前好多了。', '學校的午餐比以前好多了。'],
    ['市民赵阿姨说，“现在坐地铁比以前方便多了。', '现在坐地铁比以前方便多了。'],
  ])('drops the frame of %s', (text, expected) => {
    expect(trimSpeakerFrame(text)).toBe(expected);
  });

  it.each([
    // others hold the view, or a document, or someone quoted: dropping the frame would put it in the speaker's mouth
    '很多人认为，这条路根本不该修。',
    '有人说，菜价还会继续涨。',
    '报告指出，今年的失业率有所下降。',
    '她又引述市长指，明年会再建两所学校。',
    // the speaker's own view and words
    '我认为，物业应该给业主一个交代。',
    '第一次坐高铁的时候简直不敢相信，速度这么快。',
    // a frame before a colon opens a list
    '我想提两条建议：一是多建公厕，二是多设路牌。',
    // too little would be left
    '李先生说，很好。',
    // a count of proposals (三项建议, 5個建議) names what was proposed, no frame: what follows (其中…, 包括…) leans on it
    '今年准备了三项建议，其中一项是在每个社区设立老年食堂。',
    '她今年將提出5個建議，包括在新界北多建幾間醫院和診所。',
    // "对…来说" is "as for…": nobody says anything, and 这 is the sentence's subject
    '这对本区居民来说，是一件让人担心的事，老学校今天却没人报读。',
    '這對年輕家長來說，是很實在的幫助，每月可以省下好幾百元。',
  ])('keeps %s', (text) => {
    expect(trimSpeakerFrame(text)).toBe(text);
  });

  it('returns a contiguous span of its input (verbatim)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'王先生说表示，,。她建议认为人我“”应该多修路菜价'.split('')), maxLength: 40 }), (s) => {
        expect(s.includes(trimSpeakerFrame(s))).toBe(true);
      }),
    );
  });

  it('shows the gist without the reporter’s frame, the card names the speaker', () => {
    const s = summarizeStatement(['“我每天早上六点就来排队。”', '刘阿姨告诉记者，医院的挂号窗口太少了，应该多开几个。']);
    expect(s.gist).toBe('医院的挂号窗口太少了，应该多开几个。');
  });
});
