/**
 * An interview credits its interviewer ("採訪/文字：《某報》社長王某", "采访：李某"). When the transcript
 * labels that person's turns with their name too ("王某（某報社長，以下簡稱「王」）：…"), those turns are
 * the questions of the host, not a second voice: a one-person interview is not a feature. So are the turns of the
 * one an introduction says interviews the other ("主播杨某就清明节采访孙某").
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

// the verb of an introduction saying who interviews whom ("主播杨某就清明节采访孙某", "記者王某訪問了李某")
const INTERVIEWS = /采访|採訪|访问|訪問|专访|專訪/gu;

/**
 * The interviewer the text before the first label names: a sentence with one labelled person before the verb of
 * interviewing and another after it ("…主播杨某就清明节采访孙某。"). Two people only: a host interviewing two
 * guests presents a panel.
 */
function introducedInterviewer(items: readonly Item[]): string | null {
  const first = items.findIndex((it) => it.kind === 'label' && !it.host);
  if (first < 1) return null;
  const people = [...new Set(items.filter((it) => it.kind === 'label' && !it.host).map((it) => it.speaker?.name ?? ''))];
  if (people.length !== 2 || people.some((p) => p.length < 2)) return null;
  for (const it of items.slice(0, first)) {
    for (const sentence of it.block.text.split(/[。！？!?]/u)) {
      for (const m of sentence.matchAll(INTERVIEWS)) {
        const asker = people.find((p) => sentence.slice(0, m.index).includes(p));
        const asked = people.find((p) => p !== asker && sentence.slice(m.index + m[0].length).includes(p));
        if (asker && asked) return asker;
      }
    }
  }
  return null;
}

/** Makes the labels of a credited interviewer, or of one the introduction names, host labels. */
export function markInterviewerLabels(items: Item[]): void {
  const introduced = introducedInterviewer(items);
  const credits = introduced ? [introduced] : interviewerCredits(items);
  if (!credits.length) return;
  for (const it of items) {
    const name = it.kind === 'label' && !it.host ? it.speaker?.name : null;
    if (!name || name.length < 2) continue;
    // the credit names the person last ("《某報》社長王某") or alone, possibly with others ("王某、李某")
    if (!credits.some((c) => c.split(/[、,，]/).some((part) => part === name || part.endsWith(name)))) continue;
    it.host = true;
    it.aside = introduced ? 'the interviewer the introduction names (某某采访某某): the host' : 'the interviewer the page credits (采访：…): the host';
  }
}
