/**
 * The outline model: what DuBao understands of a roundtable feature. One shape, used by the sidebar,
 * the popup and badge, the CLI (`npm run analyze` prints it as JSON) and the pinyin of names.
 */

export interface Speaker {
  /** The person's name ("渠德鹏", "余小姐", "陳太", an online handle); null when no person speaks (an organisation, a group). */
  name: string | null;
  /** What the label says about them ("市发展和改革委员会党组成员、副主任"); null when the label is a bare name. */
  role: string | null;
}

/** An extractive summary: every string is verbatim text of the statement (whitespace aside). */
export interface Summary {
  /** The top-ranked sentence. */
  gist: string | null;
  /** Up to three further key sentences, in reading order. */
  points: string[];
  /** Clauses that cite numbers with units or counters ("跨城公交线路已达10条"). */
  figures: string[];
  /** Quoted policy lines the statement answers ("加快太原晋中一体化"). */
  cites: string[];
  /** What the speaker asks for or proposes, from the request word to the end of its sentence ("建议政府加大扶持力度"). */
  asks?: string[];
}

export interface Statement {
  speaker: Speaker;
  /** The reporter who wrote the block up, from its byline; null when none. */
  reporter: string | null;
  /** The speech, one string per paragraph, without the speaker label or the byline. */
  paragraphs: string[];
  /** Empty in the parse's outline (lib/understand/empty-summary.ts) until the summaries are made (summarize-outline.ts). */
  summary: Summary;
}

export interface Topic {
  /** The topic's title; null for the one implicit topic of a feature without topic sections. */
  title: string | null;
  statements: Statement[];
}

export interface Credit {
  /** "本版策划", "责编", "来源"… */
  role: string;
  names: string[];
}

/**
 * What kind of multi-speaker feature: "roundtable" has topic sections, "voices" collects statements
 * without sections (quotes then "——" attributions, vox pops), "panel" has a host or an interviewer
 * whose questions the guests answer (the host is not a speaker).
 */
export type FeatureKind = 'roundtable' | 'voices' | 'panel';

export interface Outline {
  detected: boolean;
  kind: FeatureKind | null;
  /** The cues that decided, short: ["4 speaker labels", "2 topic headers", "reporter bylines"]; when not detected, also why not. */
  evidence: string[];
  script: 'simplified' | 'traditional';
  headline: string | null;
  /** The deck (subtitle), without its leading dashes. */
  deck: string | null;
  lead: string | null;
  topics: Topic[];
  credits: Credit[];
  captions: string[];
  /**
   * Present (true) only on a reading made on request: the people the page quotes by name, read where no feature
   * was detected (or not asked); `detected` stays false, `topics` holds them, empty when nobody is named.
   */
  onRequest?: true;
}

/** The distinct person names of an outline's speakers, in order of appearance (for name readings). */
export function speakerNames(outline: Outline): string[] {
  const names: string[] = [];
  for (const topic of outline.topics) {
    for (const statement of topic.statements) {
      const name = statement.speaker.name;
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

/**
 * How many people a reading on request names: its cards' distinct speakers (a card without a name counts on its
 * own), so that 0 exactly when the sidebar says nobody is quoted.
 */
export function quotedPeople(outline: Outline): number {
  let nameless = 0;
  for (const topic of outline.topics) for (const { speaker } of topic.statements) if (!speaker.name) nameless++;
  return speakerNames(outline).length + nameless;
}

/**
 * Every person the outline names: speakers, then reporters, then credited people (distinct, in
 * that order). The readings engine reads these as names, in the extension and the CLI alike.
 */
export function personNames(outline: Outline): string[] {
  const names = new Set<string>(speakerNames(outline));
  for (const topic of outline.topics) for (const s of topic.statements) if (s.reporter) names.add(s.reporter);
  for (const credit of outline.credits) for (const n of credit.names) names.add(n);
  return [...names].filter((n) => n.trim() !== '');
}

function describeSpeaker(speaker: Speaker): string {
  if (speaker.name && speaker.role) return `${speaker.name}(${speaker.role})`;
  return speaker.name ?? speaker.role ?? '(unnamed)';
}

/** The outline as a person would read it: headline, deck, lead, then per topic each speaker's summary. */
export function outlineToMarkdown(outline: Outline): string {
  const lines: string[] = [];
  lines.push(`# ${outline.headline ?? '(no headline)'}`, '');
  if (outline.deck) lines.push(`*${outline.deck}*`, '');
  if (outline.onRequest) {
    lines.push('_Not a roundtable feature: the people this page quotes, read on request._', '');
  } else if (!outline.detected) {
    lines.push('No roundtable feature detected.', '');
    if (outline.evidence.length) lines.push(`_Why not: ${outline.evidence.join(' · ')}_`, '');
  } else {
    lines.push(`_${outline.kind}: ${outline.evidence.join(' · ')}_`, '');
  }
  if (outline.lead) {
    for (const para of outline.lead.split('\n')) lines.push(`> ${para}`);
    lines.push('');
  }
  outline.topics.forEach((topic, t) => {
    if (topic.title !== null || outline.topics.length > 1) {
      lines.push(`## ${t + 1}. ${topic.title ?? '(untitled)'}`, '');
    }
    for (const statement of topic.statements) {
      lines.push(`### ${describeSpeaker(statement.speaker)}`, '');
      const { gist, points, figures, cites, asks = [] } = statement.summary;
      if (gist) lines.push(`**${gist}**`, '');
      for (const point of points) lines.push(`- ${point}`);
      if (points.length) lines.push('');
      if (asks.length) lines.push(`Asks for: ${asks.join(' · ')}`, '');
      if (cites.length) lines.push(`Answers: ${cites.map((c) => `“${c}”`).join(' · ')}`, '');
      if (figures.length) lines.push(`Figures: ${figures.join(' · ')}`, '');
      const meta = [`${statement.paragraphs.length} paragraph${statement.paragraphs.length === 1 ? '' : 's'}`];
      if (statement.reporter) meta.push(`reporter: ${statement.reporter}`);
      lines.push(`_${meta.join(', ')}_`, '');
    }
  });
  if (outline.credits.length) {
    lines.push('---', '');
    for (const credit of outline.credits) lines.push(`${credit.role}: ${credit.names.join('、')}  `);
    lines.push('');
  }
  if (outline.captions.length) lines.push(`Captions: ${outline.captions.join(' / ')}`, '');
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
