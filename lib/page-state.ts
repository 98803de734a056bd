/**
 * What the popup and the badge are told about a page: one pure function from what the content
 * script knows (the language verdict, the outline, the layers, the sidebar) to a PageState.
 */
import type { PageState } from './messages';
import type { Outline } from './outline';
import type { ScriptState } from './settings';

/** A roundtable was found, with at least one statement to show. */
export function hasFeature(outline: Outline | null): outline is Outline {
  return !!outline && outline.detected && outline.topics.some((t) => t.statements.length > 0);
}

export interface PageFacts {
  /** The language verdict; null while nothing is known (DuBao off on the site, or not booted). */
  verdict: { chinese: boolean; lang: string | null; hanShare: number } | null;
  pageScript: 'simplified' | 'traditional' | null;
  outline: Outline | null;
  layers: { pinyin: boolean; script: ScriptState } | null;
  sidebarOpen: boolean;
  disabled: boolean;
}

export function pageStateOf(facts: PageFacts): PageState {
  const found = hasFeature(facts.outline);
  const topics = found ? facts.outline!.topics : [];
  return {
    chinese: facts.verdict?.chinese ?? false,
    lang: facts.verdict?.lang ?? null,
    hanShare: facts.verdict?.hanShare ?? 0,
    script: facts.pageScript ?? 'simplified',
    detected: found,
    topics: topics.filter((t) => t.statements.length > 0).length,
    speakers: topics.reduce((n, t) => n + t.statements.length, 0),
    pinyin: facts.layers?.pinyin ?? false,
    scriptState: facts.layers?.script ?? 'original',
    sidebarOpen: facts.sidebarOpen,
    disabled: facts.disabled,
  };
}
