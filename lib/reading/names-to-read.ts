/**
 * Which names get name readings, one rule for the page and the CLI alike: every person the outline
 * names (speakers, the reporters of their statements, credited people), in order, each once. A
 * reporter or photographer is a person in the text as much as a speaker (记者单晓峰 reads Shàn).
 */
import { speakerNames, type Outline } from '../outline';

export function namesToRead(outline: Outline): string[] {
  const names = new Set<string>(speakerNames(outline));
  for (const topic of outline.topics) for (const s of topic.statements) if (s.reporter) names.add(s.reporter);
  // An outline built by hand (a test, a partial analysis) may lack credits: no names from there.
  for (const credit of outline.credits ?? []) for (const n of credit.names) names.add(n);
  return [...names].filter((n) => n.trim() !== '');
}
