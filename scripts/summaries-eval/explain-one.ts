/**
 * `node --import tsx scripts/summaries-eval/explain-one.ts < STATEMENT.txt`
 *
 * The gist's score and the features that make it, unit by unit, for one statement given on stdin (one paragraph a
 * line), read as summarizeStatement reads it (a converter's pinyin glosses left out; no topic or question). For
 * finding why a gist was chosen; the statement stays outside the repo.
 */
import '../use-word-costs';
import { readFileSync } from 'node:fs';
import { dropPrintedGlosses } from '../../lib/understand/summary/glosses';
import { GIST_WEIGHTS, measureFeatures, weighFeatures } from '../../lib/understand/summary/score-units';
import { splitUnits } from '../../lib/understand/summary/split-units';

const paragraphs = readFileSync(0, 'utf8').split(/\n+/).filter(Boolean).map(dropPrintedGlosses);
const units = splitUnits(paragraphs);
const features = measureFeatures(units);
units.forEach((u, i) => {
  const on = Object.entries(features[i]!)
    .filter(([, v]) => v !== 0)
    .map(([k, v]) => `${k}=${(v as number).toFixed(2)}`)
    .join(' ');
  console.log(`${i} ${weighFeatures(features[i]!, GIST_WEIGHTS).toFixed(2)} ${u.shown.slice(0, 50)}\n   ${on}`);
});
