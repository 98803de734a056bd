/**
 * `node --import tsx scripts/summaries-eval/dump-units.ts ITEMS.json OUT.json`: every unit of every statement with its
 * features, its ROUGE-1 as the gist would show it, and the eval's LEAD-1 and ceiling, for fitting a scorer outside
 * the extension. Items (and OUT) stay outside the repo.
 */
import '../use-word-costs';
import { readFileSync, writeFileSync } from 'node:fs';
import { describeUnits, measureFeatures } from '../../lib/understand/summary/score-units';
import { trimSpeakerFrame } from '../../lib/understand/summary/speaker-frame';
import { splitUnits } from '../../lib/understand/summary/split-units';
import { widenGist } from '../../lib/understand/summary/widen-gist';
import { dropPrintedGlosses } from '../../lib/understand/summary/glosses';
import { readContexts } from './context';
import { scoreRouge1, splitEvalSentences } from './score';

interface Item { file?: string; speaker?: string; statement: string | string[]; reference: string }
const [path, out] = process.argv.slice(2);
const items = JSON.parse(readFileSync(path!, 'utf8')) as Item[];
const paragraphsOf = (item: Item) => (Array.isArray(item.statement) ? item.statement : item.statement.split(/\n+/)).map((p) => p.trim()).filter(Boolean);
const contexts = await readContexts(path!, items.map((item) => ({ file: item.file, paragraphs: paragraphsOf(item) })));
const rows = items.map((item, k) => {
  const paragraphs = paragraphsOf(item).map(dropPrintedGlosses);
  const units = splitUnits(paragraphs);
  const sentences = paragraphs.flatMap((p) => splitEvalSentences(p)).map((x) => scoreRouge1(x, item.reference));
  const traits = describeUnits(units);
  const features = measureFeatures(units, contexts[k]);
  return {
    speaker: item.speaker,
    reference: item.reference,
    question: contexts[k]?.question ?? null,
    lead: sentences[0] ?? 0,
    ceiling: Math.max(0, ...sentences),
    units: units.map((u, i) => ({
      text: u.text,
      shown: trimSpeakerFrame(widenGist(units, i, paragraphs)),
      para: u.para,
      listItem: u.listItem,
      traits: traits[i],
      features: features[i],
      rouge: scoreRouge1(trimSpeakerFrame(widenGist(units, i, paragraphs)), item.reference),
    })),
  };
});
writeFileSync(out!, JSON.stringify(rows));
