/**
 * What the toolbar badge says about a tab, from the state its content script reported.
 * (lib/browser-ui/: rules for the browser's own UI around the page — the toolbar badge, keyboard
 * commands, the context menu — which entrypoints/background.ts wires.)
 */
import type { PageState } from '../messages';

export interface BadgeView {
  /** Empty clears the badge. */
  text: string;
  /** A feature was found: the title names its topics and speakers. */
  found: boolean;
  topics: number;
  speakers: number;
}

export const BADGE_COLOR = '#9b1c1c';

/** The badge shows the number of speakers, only where a roundtable feature was found and DuBao is on. */
export function describeBadge(state: PageState): BadgeView {
  const speakers = Number.isInteger(state.speakers) && state.speakers > 0 ? state.speakers : 0;
  const topics = Number.isInteger(state.topics) && state.topics > 0 ? state.topics : 0;
  const found = state.detected && !state.disabled && speakers > 0;
  // Badges fit about four characters.
  const text = found ? (speakers > 999 ? '999+' : String(speakers)) : '';
  return { text, found, topics, speakers };
}
