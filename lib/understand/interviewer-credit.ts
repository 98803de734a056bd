/**
 * An interview credits its interviewer ("採訪/文字：《某報》社長王某", "采访：李某"). When the transcript
 * labels that person's turns with their name too ("王某（某報社長，以下簡稱「王」）：…"), those turns are
 * the questions of the host, not a second voice: a one-person interview is not a feature.
 */
import type { Item } from './feature-items';

// the interview role may share the credit with the writing ("採訪/文字", "采访、整理")
const INTERVIEW_CREDIT =
  /^[【\[（(]?\s*(?:采访|採訪|访问|訪問|专访|專訪|访谈|訪談|提问|提問)(?:\s*[/／、&＆]\s*(?:文字|撰文|整理|文|摄影|攝影|图|圖|编辑|編輯))*\s*[:：]\s*([^：:。！？]{2,40}?)\s*[】\]）)]?$/;

/** The text of each interviewer credit on the page ("《某報》社長王某"). */
function interviewerCredits(items: readonly Item[]): string[] {
  const out: string[] = [];
  for (const it of items) {
    const t = it.block.text.trim();
    if (t.length > 48) continue;
    const m = INTERVIEW_CREDIT.exec(t);
    if (m) out.push(m[1]!.replace(/\s+/g, ''));
  }
  return out;
}

/** Makes the labels of a credited interviewer host labels. */
export function markInterviewerLabels(items: Item[]): void {
  const credits = interviewerCredits(items);
  if (!credits.length) return;
  for (const it of items) {
    const name = it.kind === 'label' && !it.host ? it.speaker?.name : null;
    if (!name || name.length < 2) continue;
    // the credit names the person last ("《某報》社長王某") or alone, possibly with others ("王某、李某")
    if (!credits.some((c) => c.split(/[、,，]/).some((part) => part === name || part.endsWith(name)))) continue;
    it.host = true;
    it.aside = 'the interviewer the page credits (采访：…): the host';
  }
}
