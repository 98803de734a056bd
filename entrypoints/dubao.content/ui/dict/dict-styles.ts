/**
 * The dictionary card's styles, adopted into our shadow root by dictionary-card.ts when the card's lazy
 * script loads (the switch's hint and read aloud's outlines, which the content script shows itself, are in
 * styles.css). A string in a module, not a .css?inline import: WXT loads the content script's modules in
 * Node to read its options, where a nested CSS import fails. Colours come from the UI's theme variables
 * (styles.css).
 */
import { JYUTPING_TONE_COLORS } from '@/lib/reading/jyutping-tones';
import { readableOn } from '@/lib/readable-color';

// The word's outline (.db-dict-mark) lies on the page, whatever its colour: a halo of our card
// colour round it keeps it 3:1 on light and dark pages alike (tests/e2e/reader-view.test.ts).

/** The card's background in each colour scheme (--db-card in styles.css). */
const CARD_LIGHT = '#ffffff';
const CARD_DARK = '#262422';

/**
 * The ruby's Cantonese tone colours for the card's Jyutping syllables, each darkened (light card)
 * or lightened (dark card) just enough to read as text there (4.5:1): same hues, so the same tones.
 */
const toneRules = (background: string) =>
  Object.entries(JYUTPING_TONE_COLORS)
    .map(([tone, color]) => `.db-dict-jt${tone}{color:${readableOn(color, background)}}`)
    .join(' ');
const JYUTPING_CSS = `${toneRules(CARD_LIGHT)} @media (prefers-color-scheme: dark){${toneRules(CARD_DARK)}}`;

export const DICTIONARY_CSS = `${JYUTPING_CSS} .db-dict-layer{position:fixed;left:0;top:0;width:0;height:0;overflow:visible;pointer-events:none;z-index:2147483647} .db-dict-layer:empty{display:none} .db-dict-mark{position:fixed;border:2px solid var(--db-accent);border-radius:4px;box-shadow:0 0 0 2px var(--db-card);background:color-mix(in srgb,var(--db-accent) 10%,transparent);pointer-events:none} .db-dict{position:fixed;pointer-events:auto;width:340px;max-width:calc(100vw - 16px);max-height:min(60vh,460px);overflow:auto;background:var(--db-card);color:var(--db-fg);border:1px solid var(--db-line);border-radius:10px;box-shadow:var(--db-shadow);padding:10px 12px 8px;font-family:var(--db-font);font-size:14px;line-height:1.5;text-align:left} .db-dict-status{width:auto;color:var(--db-muted)} .db-dict-head{position:relative;display:flex;align-items:baseline;gap:0 8px;flex-wrap:wrap;padding-right:92px;min-height:30px} .db-dict-word{font-size:26px;line-height:1.2;font-weight:600} .db-dict-reading{font-size:18px;color:var(--db-accent);font-weight:600} .db-dict-other{font-size:16px;color:var(--db-muted)} .db-dict-nav{position:absolute;top:0;right:0;display:flex;gap:2px} .db-dict-btn{width:28px;height:28px;border:1px solid transparent;border-radius:6px;background:transparent;color:var(--db-muted);font-size:18px;line-height:1;padding:0} .db-dict-btn:hover{border-color:var(--db-line);color:var(--db-fg)} .db-dict-tags{margin:4px 0 2px;display:flex;flex-wrap:wrap;gap:4px} .db-dict-tag{font-size:12px;padding:0 6px;border-radius:9px;background:var(--db-accent-soft);color:var(--db-fg)} .db-dict-sense{margin-top:6px} .db-dict-sense-head{margin:0;font-size:13px} .db-dict-sense-reading{font-weight:600} .db-dict-sense-label{color:var(--db-muted);font-size:12px} .db-dict-sense[data-in-context='false']{border-top:1px dashed var(--db-line);padding-top:4px;color:var(--db-muted)} .db-dict-defs{margin:2px 0 0;padding-left:20px} .db-dict-defs li{margin:0} .db-dict-missing{margin:6px 0;color:var(--db-muted)} .db-dict-chars{margin-top:6px;border-top:1px solid var(--db-line);padding-top:4px} .db-dict-chars-title{margin:0;font-size:12px;color:var(--db-muted)} .db-dict-chars ul{list-style:none;margin:0;padding:0} .db-dict-char{font-size:17px} .db-dict-char-reading{color:var(--db-accent)} .db-dict-source{margin:6px 0 0;font-size:11px;color:var(--db-muted);text-align:right} .db-dict-actions{margin-top:6px} .db-dict-action-row{margin:0;display:flex;flex-wrap:wrap;gap:4px} .db-dict-action{font:inherit;font-size:12px;padding:2px 8px;border:1px solid var(--db-line);border-radius:12px;background:var(--db-card);color:var(--db-fg);cursor:pointer} .db-dict-action:hover,.db-dict-action:focus-visible{border-color:var(--db-accent)} .db-dict-note{margin:2px 0 0;font-size:12px;color:var(--db-muted)} .db-dict-note:empty{display:none}`;
