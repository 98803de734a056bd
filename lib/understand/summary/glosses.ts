/**
 * Pages machine-converted with their pinyin left in print a gloss after characters ("應(yīng)加強", "發(fā)展"; where the
 * converter lost the bracket, "結(jié)?gòu)"). A skimmer reads the summary without them: the summary is made from the
 * statement's reading with these glosses left out, and every line it shows is a verbatim span of that reading.
 * Only a gloss is dropped: lower-case pinyin with a tone mark, in brackets, right after a Han character; "(55歲)",
 * "(CEO)", "(1)" and an untoned "(de)" stay as printed.
 */
import { TONED_GLOSS } from '../lines';

const GLOSS = /* @__PURE__ */ new RegExp(/* @__PURE__ */ '(?<=[\\p{Script=Han})])[(?]'.concat(TONED_GLOSS), 'gu');

/** The text without the pinyin glosses a converter printed after its characters; other text as it is. */
export function dropPrintedGlosses(text: string): string {
  return text.includes(')') ? text.replace(GLOSS, '') : text;
}
