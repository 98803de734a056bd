/**
 * A page-check step for voices that have no colon: paragraphs opened by a person and a verb of saying
 * (a reaction round-up), "——" lines with a predicate, "name(role)" lines and "【同期】" sound bites. Only the
 * first text node of each <p> is read, and only its opening; the full matchers run on the few openings a
 * cheap test lets through, so a long list page costs a property read and a short regex per paragraph.
 */
import { matchAttribution } from './lines';
import { matchNameRoleLine } from './name-role-lines';
import { splitSpeakerLabel } from './names';
import { matchDashClause, matchQuoteDashClause, matchReportedOpening } from './reported-speech';
import { matchSoundBite } from './transcript-lines';

const MAX_PARAGRAPHS = 3000;
const OPENING = 120;
// a verb of saying then a comma or a colon, early in the paragraph: the only openings worth matching
const SAYING_HINT = /(?:表示|说|說|认为|認為|指出|希望|称|稱|指|强调|強調|坦言|透露|建议|建議|讚揚|赞扬|批评|批評|质疑|質疑|举例|舉例|认同|認同|赞赏|讚賞)[，,：:]/;

export interface ParagraphVoices {
  /** Distinct people opening paragraphs with a verb of saying. */
  reported: number;
  /** "——" lines with a predicate, "name(role)" lines, sound bites. */
  lines: number;
  passes: boolean;
}

/** Counts colon-less voices in a page's paragraphs, stopping once the page passes. */
export function countParagraphVoices(body: HTMLElement): ParagraphVoices {
  const people = new Set<string>();
  let lines = 0;
  const paras = body.getElementsByTagName('p');
  const done = () => people.size >= 3 || lines >= 2 || (lines >= 1 && people.size >= 2);
  for (let i = 0; i < paras.length && i < MAX_PARAGRAPHS && !done(); i++) {
    const first = paras[i]!.firstChild;
    if (!first || first.nodeType !== 3) continue;
    const data = (first as Text).data.trimStart();
    if (data.length < 4) continue;
    const head = data.length > OPENING ? data.slice(0, OPENING) : data;
    const c = head.charCodeAt(0);
    if (c === 0x2014 || c === 0x2015 || c === 0x2d) {
      // "――全國政協委員陳某" (horizontal bars, hyphens: the text scan looks for "——" only), or with a predicate
      const label = matchAttribution(head);
      if ((label && splitSpeakerLabel(label).evidence >= 2) || matchDashClause(head)) lines++;
    } else if (c === 0x201c || c === 0x300c) {
      if (head.includes('—') && matchQuoteDashClause(data)) lines++;
      else if (SAYING_HINT.test(head)) addPerson(people, head);
    } else if (data.length <= 40 && (matchSoundBite(data) || matchNameRoleLine(data))) {
      lines++;
    } else if (SAYING_HINT.test(head)) {
      addPerson(people, head);
    }
  }
  return { reported: people.size, lines, passes: done() };
}

function addPerson(people: Set<string>, head: string): void {
  const who = matchReportedOpening(head);
  if (who) people.add(who.name);
}
