/**
 * Issue 18, eighteenth round: a deputy's own motion, then what it is ("今年我带来一个提案，就是要…", "我的提案是…"): the
 * motion's content is the speaker's request, to the asks line and to the gist, where the years of following the subject
 * before it are the preamble. Bringing a motion without saying what it is, someone else's motion and what a motion is
 * about ask nothing. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { hasRequest } from '@/lib/understand/summary/cues';
import { findRequestCues } from '@/lib/understand/summary/requests';

describe('a motion and what it is', () => {
  it.each([
    '所以今年我带来一个提案，就是要设立乡村教师专项津贴，留住年轻老师。',
    '今年我提交了一份议案，就是尽快修订物业管理条例。',
    '我今年的提案是在每个街道建一所托育中心。',
    '我們這次的建議是延長長者乘車優惠的時段。',
    '今年我帶來一份提案：就是要擴建社區圖書館。',
  ])('asks (the asks line and the gist): %s', (sentence) => {
    expect(findRequestCues(sentence).some((c) => c.kind === 'propose')).toBe(true);
    expect(hasRequest(sentence)).toBe(true);
  });

  it.each([
    // a motion brought, its content not said
    '我们今年带来了好几份提案。',
    // someone else's, or the motions of many
    '他的提案是关于职业教育的。',
    '大家带来的提案，是对政府工作的支持。',
    // what a motion is about, or when it was made
    '今年我提交的议案是关于养老服务的。',
    '这份提案是去年提交的。',
    // a motion that announces a list
    '我的提案是：',
  ])('asks nothing by itself: %s', (sentence) => {
    expect(findRequestCues(sentence).some((c) => c.kind === 'propose')).toBe(false);
    expect(hasRequest(sentence)).toBe(false);
  });

  it('the gist is the motion, not the years spent following the subject', () => {
    const s = summarizeStatement([
      '对乡村教育我已经关注了六年，这当中我最关心的是年轻老师留不住。',
      '因为年轻老师留不住，孩子们的课就没人上，再好的校舍也只能空着。',
      '所以今年我带来一个提案，就是要设立乡村教师专项津贴，留住年轻老师。',
      '如果每个县都能这样做，我想，家长们一定会举双手赞成。',
    ]);
    expect(s.gist).toBe('今年我带来一个提案，就是要设立乡村教师专项津贴，留住年轻老师。');
    expect(s.asks).toEqual(['就是要设立乡村教师专项津贴，留住年轻老师']);
  });
});
