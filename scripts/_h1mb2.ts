import { Window } from 'happy-dom';
import { makeChinesePage } from './bench/detect';
import * as lines from '@/lib/understand/lines';
import { mightBeFeature } from '@/lib/understand/detect';
const w = new Window(); const doc = new w.DOMParser().parseFromString(makeChinesePage(), 'text/html');
const text = doc.body.textContent!.split('').join('');
let t0 = performance.now(); for (let i = 0; i < 500; i++) mightBeFeature(text); console.log('might', (performance.now() - t0) / 500);
// same loop inline without checks
t0 = performance.now();
for (let k = 0; k < 500; k++) for (const colon of ['：', ':']) for (let i = text.indexOf(colon); i !== -1; i = text.indexOf(colon, i + 1)) { const s = Math.max(0, i - 46); lines.isLabelShaped(text.slice(s, i)); }
console.log('loop+shaped', (performance.now() - t0) / 500);
t0 = performance.now();
for (let k = 0; k < 500; k++) for (let i = text.indexOf('——'); i !== -1; i = text.indexOf('——', i + 2)) {}
console.log('dash', (performance.now() - t0) / 500);
const shaped = new Map<string, number>();
for (const colon of ['：', ':']) for (let i = text.indexOf(colon); i !== -1; i = text.indexOf(colon, i + 1)) {
  let s = i - 1; const min = Math.max(0, i - 46);
  while (s > min && !/[\n\r\t。！？；，,!?;:：”」]/.test(text[s - 1]!)) s--;
  const l = text.slice(s, i).trim();
  if (lines.isLabelShaped(l)) shaped.set(l, (shaped.get(l) ?? 0) + 1);
}
console.log(shaped);
