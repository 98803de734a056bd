/**
 * A lead that counts the people the piece gives the floor to, in the passive ("三位应届毕业生接受本报采访，讲述各自的…",
 * "多位专家接受记者采访时表示", "五名店主各自谈了…"): the people, counted three or more, accept the outlet's interview or
 * tell each their own, and the paragraphs that follow are theirs, one after another. A story's lead names one actor
 * and an act; a pair is counted "两位" and is left to the pair's rules. Pure string tests, both scripts.
 */

// three people or more, or several: a number word or a plural measure, then the people's measure word
const COUNTED = '(?:[三四五六七八九十]+|\\d{1,3}|[几幾多数數]|十[几幾多]|[一]?[些批])[位名个個]';
// accepting the outlet's interview ("接受《某报》采访", "接受记者专访"), or telling each their own ("讲述各自", "各自谈")
// (a press event's group interview, "接受中外记者集体采访", is many outlets at one event: the story of the event, not a round)
const INTERVIEWED = new RegExp(`${COUNTED}[^。！？!?，,；;]{1,14}?接受(?:(?!集[体體]|中外|[联聯]合)[^。！？!?，,；;]){0,14}?(?:[采採][访訪]|[专專][访訪]|[访訪]问|[訪访]問)`, 'u');
const EACH_OWN = new RegExp(`${COUNTED}[^。！？!?；;]{1,30}?(?:[讲講]述|[谈談]|分享|[说說]出)(?:了)?各自|${COUNTED}[^。！？!?；;]{1,20}?各自(?:[讲講]述|[谈談]|分享|[说說])`, 'u');

/** Whether a lead sentence counts three people or more who accept the outlet's interview, or tell each their own. */
export function announcesInterviewees(text: string): boolean {
  return INTERVIEWED.test(text) || EACH_OWN.test(text);
}
