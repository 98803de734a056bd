/**
 * Netizens quoted one after another inside the reporter's paragraphs: "在讨论区上，网民「Cat」发帖表示，「…」
 * 网民「James」调侃认为，…。区议员郭某发帖认为，…". Each handle and its verb of saying opens a voice, so the
 * paragraph is cut there, one statement per voice (a named person opening a later sentence of the same
 * paragraph is one too). A story quoting one netizen in passing is not a digest: two handles at least.
 */
import type { Item } from './feature-items';
import type { NameContext } from './names';
import { LINK, SAYING, matchReportedOpening } from './reported-speech';

// the handle, then a few characters of what they did ("发帖", "调侃", "互动", "在留言中"), then the verb
const HANDLE_VOICE = new RegExp(`(网友|網友|网民|網民|读者|讀者|博主|用户|用戶)[“「『]([^”」』“「『\\n，,。]{1,20})[”」』]${LINK}[^，,。：:“”「」『』]{0,6}?${SAYING}(?=[，,：:“「])`, 'g');
// a live blog's or digest's netizen with the handle unquoted: set apart by "@" ("網友@某某表示：", "网友@某某："), or
// ended by 说 and a colon ("网友某某在微博上说：", "网友某某发微博说："); a quoted handle before a colon alone ("网友“某某”：")
const BARE_HANDLE_VOICE = /(网[友民]|網[友民])(?:[@＠]([^\s，,：:]{1,16}?)(?:表示|[说說])?|([^\s，,：:“”]{2,12}?)(?:在[^，,：:]{1,8}上|[发發]微博)?[说說]|“([^”]{1,16})”)\s*[:：]/g;
// (not a handle: "网友们说：", "網民留言說：", "网友纷纷说：", "网友在微博上说：", nor what an anonymous netizen did before
// saying it: "有网友表示说：", "有网友分享说：", "网友评论说：")
const NOT_HANDLE = /^(?:[们們都也纷紛在等]|留言)|(?:表示|分享|[评評][论論]|吐槽|回[复覆]|感[叹嘆]|[调調]侃|[直坦]言|笑[称稱]|跟帖|[发發][帖文])$/;
const POSTED = /^([^，,。：:“”「」]{2,24}?)(?:发帖|發帖|发文|發文|撰文|留言|回帖|跟帖|贴文|貼文)(?=\p{Script=Han})/u;
// a handle in quotes, a colon, and what they wrote (a sentence): "“步行鸟”: 第一条很暖心，…"
const QUOTED_HANDLE_LABEL = /^[“「『]([^”」』“「『\n，,。：:]{1,16})[”」』]\s*[:：]\s*(\S.{5,})$/su;
const SENTENCE_END = /[。！？!?][”」』]?/g;

export interface Voice {
  /** Where the voice's words begin in the paragraph (its opening clause included). */
  at: number;
  name: string;
  role: string | null;
  evidence: number;
}

// where the netizen posts from, opening a clause ("辽宁网友“某某”称"), not a count or a determiner ("不少网友", "有网友")
const PLACE = /(?:^|[\p{P}\s])(\p{Script=Han}{2,3})$/u;
const NOT_PLACE = /[有位名些少多的个個众眾们們和与與及]$|^[一另不许許很该該据據]/u;

/** The place word right before a netizen, or ''. */
function placeBefore(before: string): string {
  const place = PLACE.exec(before)?.[1];
  return place && !NOT_PLACE.test(place) ? place : '';
}

/** The voices a paragraph opens, in order: netizens' handles, and named people opening a sentence between them. */
export function findParagraphVoices(text: string, ctx: NameContext = {}): Voice[] {
  const voices: Voice[] = [];
  // (the two never match at one place: HANDLE_VOICE's handle is quoted and has a verb)
  for (const re of [HANDLE_VOICE, BARE_HANDLE_VOICE]) {
    for (const m of text.matchAll(re)) {
      const name = (m[2] ?? m[3] ?? m[4])!.trim().replace(/\s+/g, ' ');
      if (re === HANDLE_VOICE || !NOT_HANDLE.test(name)) voices.push({ at: m.index, name, role: placeBefore(text.slice(Math.max(0, m.index - 4), m.index)) + m[1]!, evidence: 2 });
    }
  }
  if (!voices.length) return voices;
  // a sentence opened by a person and a verb of saying ("區議員郭某發帖認為，…")
  for (const e of text.matchAll(SENTENCE_END)) {
    const from = e.index + e[0].length;
    if (from >= text.length - 6 || voices.some((v) => v.at >= from && v.at < from + 4)) continue;
    // (posting is how they said it: "郭某發帖認為" reads as "郭某認為")
    const who = matchReportedOpening(text.slice(from).replace(POSTED, '$1'), ctx);
    if (who && !who.quote && who.role) voices.push({ at: from, name: who.name, role: who.role, evidence: who.evidence });
  }
  return voices.sort((a, b) => a.at - b.at);
}

/** Cuts paragraphs holding netizens' voices into one labelled item per voice, when two or more handles speak. */
export function splitNetizenVoices(items: Item[], ctx: NameContext): void {
  const found = new Map<Item, Voice[]>();
  const handles = new Set<string>();
  for (const it of items) {
    if (it.merged || (it.kind !== 'body' && !(it.kind === 'label' && it.shape === 'reported'))) continue;
    const voices = findParagraphVoices(it.block.text, ctx);
    if (!voices.length) continue;
    found.set(it, voices);
    for (const v of voices) if (v.evidence === 2 && /网|網|读|讀|博|用/.test(v.role ?? '')) handles.add(v.name);
  }
  // handles alone in quotes as labels ("“步行鸟”: 第一条很暖心…"), in a digest that names netizens: each a voice
  const quoted = new Map<Item, RegExpExecArray>();
  for (const it of items) {
    if (it.merged) continue;
    const m = QUOTED_HANDLE_LABEL.exec(it.block.text.trim());
    if (m && !/\p{Script=Han}{5}/u.test(m[1]!)) quoted.set(it, m);
  }
  const quotedNames = new Set([...quoted.values()].map((m) => m[1]!.trim()));
  if (quotedNames.size >= 2 && quotedNames.size + handles.size >= 3) {
    for (const [it, m] of quoted) {
      Object.assign(it, { kind: 'label', host: false, speaker: { name: m[1]!.trim(), role: null }, evidence: 2, shape: 'handle', text: m[2]!.trim() });
      handles.add(m[1]!.trim());
    }
  }
  if (handles.size < 2) return;
  for (let i = items.length - 1; i >= 0; i--) {
    const voices = found.get(items[i]!);
    if (voices) items.splice(i, 1, ...splitAtVoices(items[i]!, voices, 'handle', false));
  }
}

/**
 * One item per voice of a paragraph: the reporter's sentences before the first voice stay narrative (a
 * clause, "在讨论区上，", goes with the voice), each voice runs to the next. `reported` marks voices named
 * in the reporter's sentences, which count only as a round-up (judge-roundup.ts).
 */
export function splitAtVoices(it: Item, voices: readonly Voice[], shape: string, reported: boolean): Item[] {
  const text = it.block.text;
  const parts: Item[] = [];
  const head = text.slice(0, voices[0]!.at);
  const headIsNarrative = /[。！？!?]/.test(head);
  if (headIsNarrative) parts.push({ ...it, block: { ...it.block, text: head.trim() }, text: head.trim(), kind: 'body', els: [...it.els] });
  voices.forEach((v, k) => {
    const start = k === 0 && !headIsNarrative ? 0 : v.at;
    const said = text.slice(start, voices[k + 1]?.at ?? text.length).trim();
    const part: Item = {
      block: { ...it.block, text: said },
      els: [...it.els],
      text: said,
      kind: 'label',
      host: false,
      speaker: { name: v.name, role: v.role },
      evidence: v.evidence,
      shape,
    };
    if (reported) {
      part.reported = true;
      part.said = true;
    }
    parts.push(part);
  });
  return parts;
}
