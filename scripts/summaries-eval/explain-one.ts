/**
 * `node --import tsx scripts/summaries-eval/explain-one.ts < STATEMENT.txt`
 *
 * The gist's score and what makes it, unit by unit, for one statement given on stdin (one paragraph a line), read as
 * summarizeStatement reads it (a converter's pinyin glosses left out; no topic or question): the learned score that
 * chooses the gist (lib/understand/summary/gist-model.ts) with each feature's share of it, and the hand-set score the
 * points are ranked by. For finding why a gist was chosen; the statement stays outside the repo.
 */
import '../use-word-costs';
import { readFileSync } from 'node:fs';
import { measureGistFeatures, type GistFeatures } from '../../lib/understand/summary/gist-features';
import { GIST_MODEL, scoreGistFeatures } from '../../lib/understand/summary/gist-model';
import { dropPrintedGlosses } from '../../lib/understand/summary/glosses';
import { GIST_WEIGHTS, weighFeatures } from '../../lib/understand/summary/score-units';
import { splitUnits } from '../../lib/understand/summary/split-units';

const paragraphs = readFileSync(0, 'utf8').split(/\n+/).filter(Boolean).map(dropPrintedGlosses);
const units = splitUnits(paragraphs);
const features = measureGistFeatures(units);
units.forEach((u, i) => {
  const f = features[i]!;
  const on = (Object.keys(GIST_MODEL) as (keyof GistFeatures)[])
    .filter((k) => f[k] !== 0 && GIST_MODEL[k] !== 0)
    .map((k) => `${k}=${f[k].toFixed(2)}(${(GIST_MODEL[k] * f[k]).toFixed(2)})`)
    .join(' ');
  console.log(`${i} learned ${scoreGistFeatures(f).toFixed(2)} hand ${weighFeatures(f, GIST_WEIGHTS).toFixed(2)} ${u.shown.slice(0, 50)}\n   ${on}`);
});
