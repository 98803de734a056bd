/**
 * A guest list's roster line (lib/understand/roster-lines.ts): the one reader behind the roster roles of bare-name
 * labels, a guest's settled role and the judge's cut-off last voice. Names and institutions invented here.
 */
import { describe, expect, it } from 'vitest';
import { readRosterLine } from '@/lib/understand/roster-lines';

describe('readRosterLine', () => {
  it.each<[string, string, string, string | null]>([
    // the name, the posts in brackets
    ['posts in brackets', '柯文澜(东江大学经济学院教授)', '柯文澜', '东江大学经济学院教授'],
    ['full-width brackets, traditional', '柯文瀾（東江大學經濟學院教授）', '柯文瀾', '東江大學經濟學院教授'],
    ['a space before the brackets', '柯文澜 (东江大学经济学院教授)', '柯文澜', '东江大学经济学院教授'],
    // the name, a space, the posts; the name may be spaced out to line up
    ['name, space, post', '柯文澜 东江大学经济学院教授', '柯文澜', '东江大学经济学院教授'],
    ['a spaced two-character name', '韦 川 南岭射击队运动员', '韦川', '南岭射击队运动员'],
    ['an ideographic space, traditional', '韋川\u3000南嶺射擊隊運動員', '韋川', '南嶺射擊隊運動員'],
    ['posts set off by spaces, each a post', '柯文澜 东江大学教授 海洋学会理事长', '柯文澜', '东江大学教授 海洋学会理事长'],
    ['posts joined by 、', '柯文瀾 東江大學教授、海洋學會理事長', '柯文瀾', '東江大學教授、海洋學會理事長'],
    // a seat word printed onto the name: the line's, kept with the post
    ['a deputy\'s seat word', '甘秀梅代表 青石县白岩乡乡长', '甘秀梅', '代表 青石县白岩乡乡长'],
    ['a member\'s seat word, traditional', '甘秀梅委員 北嶺幹細胞研究中心主任', '甘秀梅', '委員 北嶺幹細胞研究中心主任'],
    // the posts, a space, the name (a subhead's tag or a bullet before them is the line's punctuation)
    ['posts, space, name', '西江港务集团副总经理 柏雨桐', '柏雨桐', '西江港务集团副总经理'],
    ['a tag before the posts', '【现场】西江港务集团副总经理 柏雨桐', '柏雨桐', '西江港务集团副总经理'],
    ['a bullet before the posts, traditional', '■ 南洋經貿研究院高級研究員 柏雨桐', '柏雨桐', '南洋經貿研究院高級研究員'],
    // not a roster line
    ['a sentence with a colon', '柯文澜说：东江大学教授们都来了', '柯文澜', null],
    ['a label over speech', '柯文澜(东江大学教授)：我先说两句。', '柯文澜', null],
    ['a sentence', '柯文澜 今天上午去了东江大学。', '柯文澜', null],
    ['a vox pop\'s name over its headline', '邬先生 盼修好老街 方便街坊', '邬先生', null],
    ['a vox pop\'s headline, traditional', '鄔先生 盼修好老街 方便街坊', '鄔先生', null],
    ['a quote after the name', '柯文澜 “教授也要常下乡”', '柯文澜', null],
    ['a quote, traditional corner marks', '柯文瀾 「教授也要常下鄉」', '柯文瀾', null],
    ['a sentence ending with the name', '这件事要问 柏雨桐', '柏雨桐', null],
    ['the name run into the sentence', '西江港务集团副总经理柏雨桐', '柏雨桐', null],
    ['no title in the brackets', '柯文澜(化名)', '柯文澜', null],
    ['an age, not a post', '柯文澜 45岁', '柯文澜', null],
    ['another person\'s line', '柯文涛 东江大学教授', '柯文澜', null],
    ['a longer name that begins with this one', '柯文澜清 东江大学教授', '柯文澜', null],
    ['a one-character name', '柯 东江大学教授', '柯', null],
  ])('%s', (_, line, name, role) => expect(readRosterLine(line, name)).toBe(role));
});
