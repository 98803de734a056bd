/**
 * `node --import tsx scripts/summaries-eval/dump-features.ts ITEMS.json N [N…]`: each unit of statement N (from 1)
 * with its score and the features that are not 0, for reading why a gist was picked. Items stay outside the repo.
 */
import '../use-word-costs';
import { readFileSync } from 'node:fs';
import { GIST_WEIGHTS, measureFeatures, weighFeatures } from '../../lib/understand/summary/score-units';
import { splitUnits } from '../../lib/understand/summary/split-units';

const [path, ...ns] = process.argv.slice(2);
const items = JSON.parse(readFileSync(path!, 'utf8')) as { statement: string | string[]; speaker?: string }[];
for (const n of ns.map(Number)) {
  const item = items[n - 1]!;
  const paragraphs = (Array.isArray(item.statement) ? item.statement : item.statement.split(/\n+/)).map((p) => p.trim()).filter(Boolean);
  const units = splitUnits(paragraphs);
  const features = measureFeatures(units);
  console.log(`#${n} ${item.speaker ?? ''}`);
  units.forEach((u, i) => {
    const f = features[i]!;
    const on = (Object.keys(f) as (keyof typeof f)[])
      .filter((k) => f[k] !== 0 && GIST_WEIGHTS[k] !== 0)
      .map((k) => `${k}=${+f[k].toFixed(2)}`)
      .join(' ');
    console.log(`  [${i}] ${weighFeatures(f, GIST_WEIGHTS).toFixed(2)} ${u.shown.slice(0, 60)}\n       ${on}`);
  });
}
