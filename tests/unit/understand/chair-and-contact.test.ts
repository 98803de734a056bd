/**
 * Two turns that are no voice of a feature (lib/understand/chair-introductions.ts, contact-lines.ts): the chair who opens
 * a lecture by introducing its guest, however long the introduction, and a site's contact line read as a label, a
 * telephone number after the colon. Texts written here, in those layouts.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import type { StatementBuild } from '@/lib/understand/feature-items';
import { introducesGuest } from '@/lib/understand/chair-introductions';
import { opensWithPhone } from '@/lib/understand/contact-lines';

const turn = (name: string | null, ...paragraphs: string[]): StatementBuild => ({ speaker: { name, role: null }, host: false, reported: false, evidence: 2, reporter: null, paragraphs, els: [] });

describe('introducesGuest: a turn presenting another voice as the guest', () => {
  const guest = turn('顾明远', '谢谢主持人。今天我想谈三个问题。');
  it.each([
    ['今天我们很荣幸请到了著名教育学家顾明远先生，为大家作报告。', true],
    ['下面有请顾明远先生。', true],
    ['讓我們以熱烈的掌聲歡迎顧明遠教授。'.replace('顧明遠', '顾明远'), true],
    // naming the guest without inviting them: a panellist answering
    ['我同意顾明远先生的看法，但还想补充一点。', false],
    // inviting someone who is not a voice of the piece
    ['我们还请到了几位中学校长，会后一起座谈。', false],
  ])('%s → %s', (text, expected) => {
    expect(introducesGuest(turn('林海', text), [turn('林海', text), guest])).toBe(expected);
  });

  // the guest then labelled by surname and title ("顾老师：…"), introduced by full name
  it.each([
    ['今天我们非常高兴请到了著名教育学家顾明远老师。', '顾老师', true],
    ['今天我们请到了顾明远教授。', '顾教授', true],
    ['今天我们请到了几位顾问，和大家一起讨论。', '顾老师', false],
    ['今天我们请到了林明远老师。', '顾老师', false],
  ])('%s (guest %s) → %s', (text, label, expected) => {
    expect(introducesGuest(turn('周正', text), [turn('周正', text), turn(label, '谢谢院长！今天我想谈三个问题。')])).toBe(expected);
  });
});

describe('opensWithPhone: a contact line', () => {
  it.each([
    ['13900001111 转客服部', true],
    ['0571-86091234', true],
    ['（020）8361 2345 转 8', true],
    ['2016年我们开始做这件事，一做就是八年。', false],
    ['我觉得这个问题要分两头看。', false],
  ])('%s → %s', (text, expected) => {
    expect(opensWithPhone(turn('某某', text))).toBe(expected);
  });
});

describe('the judgement: a lecture with its chair is one speaker', () => {
  const INTRO = '主讲：民法学者王立群\n（2019年5月在某大学法学院的讲座）';
  const CHAIR = '周正院长：同学们晚上好，我们开讲吧。今晚学院很荣幸地请到了王立群教授。王教授是我们的老朋友，二十年前就来学院讲过课，那时候我还是一名青年教师，坐在最后一排听他讲合同法，至今印象很深。下面请大家以热烈的掌声欢迎王教授。';
  const LECTURER = '王立群：谢谢周院长，谢谢各位同学。今天我想和大家谈谈合同解释的几个问题。第一个问题是文义解释的边界，第二个问题是交易习惯怎么认定，第三个问题是诚信原则在解释中的位置。';
  it.each([
    ['the chair introduces the lecturer: one speaker', [INTRO, CHAIR, LECTURER].join('\n'), false],
    // the same two turns without the invitation: two people speaking, a pair
    ['two people speaking', [INTRO, CHAIR.replace(/今晚学院很荣幸地请到了王立群教授。/, '').replace('下面请大家以热烈的掌声欢迎王教授。', '合同法这几年变化很大，我的看法是要更重视交易的实际。'), LECTURER].join('\n'), true],
  ])('%s → detected %s', (_, text, expected) => {
    expect(analyzeText(text).detected).toBe(expected);
  });
});
