/**
 * The last look at the speakers of a detected feature, in the lazy part only (the content script's check never
 * lists speakers): a name that ran on into the sentence is cut back, and a programme's or a page's marker read
 * as a nameless speaker's label is no speaker at all. The verdict is made before and stays as it is.
 */
import type { Speaker } from '../outline';
import type { ParseResult } from './parse';
import { GLOSS } from './names';
import { tidyName } from './tidy-names';

// a clip ("片花：", "短片："), a film's title ("片名：《…》"), a numbered headline ("热点二：…"), the share bar
// ("分享至："), the header of a guest list ("对话人：", "直播嘉宾：" with the names below): never a voice
// ("导读：" a reading guide); a website's name as a nameless label is the outlet asking ("中国网：…?"), not a voice;
// a topic's background ("话题背景："), the scene of a transcript ("现场："), a film shown ("作品：")
const MARKER = /^(?:片[花名]|短片|[热熱][点點].|分享至|[对對][话話]人|..嘉[宾賓]|[导導][读讀]|\p{sc=Han}{1,5}[网網]|(?:[话話][题題])?背景|[现現][场場]|作品)$/u;

/** Whether a speaker is a programme's or a page's marker: a marker for a name, or no name and a marker for a role. */
export function isMarkerSpeaker(s: Speaker): boolean {
  // (a site that prints readings after its characters: "中國網(wǎng)")
  return MARKER.test((s.name ?? s.role ?? '').replace(GLOSS, ''));
}

/**
 * Tidies a fresh parse's speakers in place, unless no speaker would stay: a marker's statement and its sources
 * are dropped in step, and a name that ran on into the sentence is cut back.
 */
export function tidySpeakers(result: ParseResult): ParseResult {
  const { outline, sources } = result;
  // (the page's text, for a name read against its mentions)
  const text = result.lines.map((it) => it.block.text).join('\n');
  if (outline.topics.some((t) => t.statements.some((s) => !isMarkerSpeaker(s.speaker)))) {
    outline.topics.forEach((t, i) => {
      for (let j = t.statements.length; j--; ) {
        const s = t.statements[j]!.speaker;
        if (isMarkerSpeaker(s)) {
          t.statements.splice(j, 1);
          sources.topics[i]!.statements.splice(j, 1);
          continue;
        }
        // (in place: settle-roles.ts gave each statement of this parse its own speaker)
        Object.assign(s, tidyName(s, text));
      }
    });
  }
  return result;
}
