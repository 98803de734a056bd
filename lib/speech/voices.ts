/**
 * Choosing a voice: Chinese voices only, local ones unless the reader allowed network voices
 * (they send the text to a server), the reader's chosen voice when it qualifies, else the best
 * match for the text's language. Pure.
 */

export interface VoiceInfo {
  name: string;
  lang: string;
  /** Synthesized on this device (false: a network voice). */
  local: boolean;
}

export interface VoiceChoice {
  /** The voice name the reader chose ('' = automatic). */
  voice: string;
  allowNetwork: boolean;
}

/** zh, zh-CN, zh-TW, zh-HK, cmn-…, yue-… (some systems tag voices so). */
export function isChineseVoice(voice: VoiceInfo): boolean {
  return /^(zh|cmn|yue)([-_]|$)/i.test(voice.lang);
}

/** The voices the reader may use: Chinese, and local unless network voices are allowed. */
export function usableVoices(voices: readonly VoiceInfo[], allowNetwork: boolean): VoiceInfo[] {
  return voices.filter((v) => isChineseVoice(v) && (allowNetwork || v.local));
}

/**
 * The voice to speak with, or null when there is none (no Chinese voice on this system, or only
 * network ones not allowed). `lang` is the text's (zh-CN, zh-TW, zh-HK): a voice of that region
 * first, then any Mandarin voice (Cantonese last: it reads Mandarin text wrongly), local first.
 */
export function chooseVoice(voices: readonly VoiceInfo[], choice: VoiceChoice, lang = 'zh-CN'): VoiceInfo | null {
  const usable = usableVoices(voices, choice.allowNetwork);
  if (choice.voice) {
    const chosen = usable.find((v) => v.name === choice.voice);
    if (chosen) return chosen;
  }
  const norm = (l: string) => l.replace('_', '-').toLowerCase();
  const score = (v: VoiceInfo): number =>
    (norm(v.lang) === norm(lang) ? 4 : 0) + (/^(yue|zh-hk)/i.test(v.lang) ? 0 : 2) + (v.local ? 1 : 0);
  return [...usable].sort((a, b) => score(b) - score(a))[0] ?? null;
}
