/**
 * Dialogues that label each turn by the surname alone ("张：……" / "王：……"), the full names given once in
 * the header or the introduction ("本报记者与张三丰、王五洲对谈", "對談嘉賓：張三豐（作家） 王五洲（畫家）").
 * Each surname is mapped to the one full name the text before the first turn gives it; a surname the
 * introduction names nobody with (or two people with) leaves the dialogue alone: one character is no name.
 */
import { squeeze } from '../chinese/chars';
import type { Item } from './feature-items';
import { endsWithRoleWord, isPersonName } from './names';
import { surnameLengthAt } from './surnames';
import { isAddressForm } from './narrative-voices';

const TURN = /^(\p{Script=Han})\s*[：:]\s*(\S.*)$/u;
// a third character that ends no name here: "王五对谈", "张三先生", "李四与…"
const NOT_THIRD = /[与與和及对對跟同等说說表是的在先女教老博院主委代]/;
/** "张：…" → the surname and the speech; null for other lines. */
export function matchSurnameTurn(text: string): { surname: string; speech: string } | null {
  const m = TURN.exec(text.trim());
  if (!m || surnameLengthAt(m[1]!) !== 1) return null;
  return { surname: m[1]!, speech: m[2]! };
}

/** The full names starting with `surname` in `intro` (three characters when they read as a name, else two). */
export function namesForSurname(intro: string, surname: string): Set<string> {
  const out = new Set<string>();
  for (let i = intro.indexOf(surname); i !== -1; i = intro.indexOf(surname, i + 1)) {
    // the reporter of the talk ("本报记者张某某与…") takes no turns under a surname
    if (/(?:记者|記者|主持人)\s*$/.test(intro.slice(Math.max(0, i - 4), i))) continue;
    const three = intro.slice(i, i + 3);
    const two = intro.slice(i, i + 2);
    if (three.length === 3 && isPersonName(three) && !NOT_THIRD.test(three[2]!)) out.add(three);
    else if (two.length === 2 && isPersonName(two)) out.add(two);
  }
  // a transcript's own key to its labels: "（以下王某某简称王）"
  const key = new RegExp(`[简簡]称${surname}(?!\\p{Script=Han})`, 'u').exec(intro);
  const keyed = key ? [3, 2, 4].map((k) => intro.slice(key.index - k, key.index)).find((n) => n.startsWith(surname) && isPersonName(n)) : undefined;
  if (keyed) return new Set([keyed]);
  // the surname and a title ("王教授", "杨先生") is how the host addresses the full name, no second person
  if (out.size > 1) for (const n of [...out]) if (endsWithRoleWord(n.slice(1)) || isAddressForm(n)) out.delete(n);
  // a word that starts with the surname ("王国") beside the full name: the full name, when it is the one three long
  if (out.size > 1) {
    const three = [...out].filter((n) => n.length === 3);
    if (three.length === 1) return new Set(three);
  }
  return out;
}

/** The role the intro gives right before a name ("…与作家张三丰、画家王五洲对谈" → 作家), or null. */
export function roleBefore(intro: string, name: string): string | null {
  const at = intro.indexOf(name);
  if (at < 0) return null;
  const m = /([^、，,与與和及同跟\s：:。；;（(）)]{2,12})$/u.exec(intro.slice(0, at));
  return m && endsWithRoleWord(m[1]!) && !/记者|記者|本报|本報/.test(m[1]!) ? m[1]! : null;
}

/** The role a guest list gives in brackets after a name ("嘉宾：张三丰（作家）"), or null. */
export function roleInBrackets(intro: string, name: string): string | null {
  const at = intro.indexOf(name);
  const m = at < 0 ? null : /^[（(](\p{Script=Han}[^（()）\d]{1,29})[)）]/u.exec(intro.slice(at + name.length));
  // (what a guest list brackets after a name is who they are, unless it is a date, a photo credit or a side)
  return m && !/摄|攝|记者|記者|左|右|图|圖/u.test(m[1]!) ? m[1]! : null;
}

/** The clause a host's opening gives before a guest ("两位嘉宾是某市的副市长某某，…" → 某市的副市长), or null. */
export function roleInClause(text: string, name: string): string | null {
  const at = text.indexOf(name);
  const m = at < 0 ? null : /([^，,、。：:；;是与與和及]{2,30})$/u.exec(text.slice(0, at));
  return m && endsWithRoleWord(m[1]!) ? m[1]! : null;
}

const LONG_TURN = 60;

// a turn introducing its speaker: "我叫张三丰", "我是来自河南的刘某某", "我姓王，叫王五洲"
const SELF_INTRO = /我(?:叫|是|姓)([^，,。！？!?；;]{0,16})/u;

/** The one of `names` a turn's speaker gives as their own ("我是来自河南农村的刘某，…"), or null. */
export function selfIntroduced(speech: string, names: ReadonlySet<string>): string | null {
  const m = SELF_INTRO.exec(speech.slice(0, 60));
  if (!m) return null;
  const own = [...names].filter((n) => m[1]!.includes(n));
  return own.length === 1 ? own[0]! : null;
}

// the host named in the programme's header: "主持：某某", "主持人：某某"
const HOST_NAMED = /主持(?:人)?\s*[：:]\s*(\p{Script=Han}{2,4})/u;

/** Makes "张：…" turns labels of the full names the introduction gives, when two or more surnames take turns. */
export function labelSurnameTurns(items: Item[]): void {
  const turns: Array<{ index: number; surname: string; speech: string }> = [];
  items.forEach((it, index) => {
    if (it.kind !== 'body' || it.merged) return;
    const m = matchSurnameTurn(it.block.text);
    if (m) turns.push({ index, ...m });
  });
  const surnames = new Set(turns.map((t) => t.surname));
  // two turns are a dialogue too when each is a statement at length (a transcript's opening exchange), not a
  // line of banter; the introduction must still name each surname's one person
  if (surnames.size < 2 || (turns.length < 3 && !turns.every((t) => t.speech.length >= LONG_TURN))) return;
  const intro = items
    .slice(0, turns[0]!.index)
    .map((it) => squeeze(it.block.text))
    .join('\n');
  // a programme's host may open with the guests ("今天我们请到的三位嘉宾是…"): their turn is the introduction too,
  // and the host, named nowhere, is left unnamed
  const opener = turns[0]!.surname;
  const withOpening = `${intro}\n${squeeze(turns[0]!.speech)}`;
  const full = new Map<string, string | null>();
  for (const s of surnames) {
    let names = namesForSurname(intro, s);
    if (names.size === 0 && s !== opener) names = namesForSurname(withOpening, s);
    // (two people with one surname in the header: the turn that introduces itself says which one speaks)
    const own = names.size > 1 ? turns.filter((t) => t.surname === s).map((t) => selfIntroduced(t.speech, names)).find((n) => n !== null) : null;
    if (names.size === 0 && s === opener && /嘉[宾賓]/.test(turns[0]!.speech)) full.set(s, null);
    else if (names.size !== 1 && !own) return;
    else full.set(s, own ?? [...names][0]!);
  }
  if ([...full.values()].filter(Boolean).length < 2) return;
  const host = HOST_NAMED.exec(intro)?.[1] ?? null;
  for (const t of turns) {
    const it = items[t.index]!;
    it.kind = 'label';
    const name = full.get(t.surname)!;
    // (the host's turns ask and link: they are no voice)
    it.host = name === host || name === null;
    const role = name === null ? '主持人' : intro.includes(name) ? (roleBefore(intro, name) ?? roleInBrackets(intro, name)) : roleInClause(withOpening, name);
    it.speaker = { name, role };
    it.evidence = 3;
    it.text = t.speech;
    it.shape = 'label：';
    delete it.aside;
  }
}
