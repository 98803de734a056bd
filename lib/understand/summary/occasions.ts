/**
 * The occasion a deputy's or an expert's statement opens on: what a meeting or a document has said ("…全会强调了…的重要性",
 * "政府工作报告提出…"), or what a new law or plan marks ("…标志着…进入新阶段"). Chinese policy speech restates the line
 * first and then says what the speaker makes of it: the restated line frames the point, as a preamble does.
 */

// A meeting or a document as the subject, then a verb that says what it laid down; the speaker's own 提出 ("我提出") is not one.
const DOCUMENT_SAYS =
  /^[\s“「]*[^，,。！？!?；;]{0,16}?(?:全[会會]|[会會]议|會議|大[会會]|[报報]告|文件|[决決]定|[规規]划|[纲綱]要|条例|條例|[^，,。我]{2,10}法)[^，,。！？!?；;]{0,4}?(?:强调|強調|提出|指出|明[确確]|部署)了?/;
// What a law or a plan "marks": a stock characterisation of the occasion.
const MARKS = /[标標][志誌][着著]/;

/** Whether the sentence restates what a meeting or a document said, or what it marks, rather than the speaker's point. */
export function citesOccasion(text: string): boolean {
  return DOCUMENT_SAYS.test(text) || MARKS.test(text);
}
