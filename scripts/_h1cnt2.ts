import { Window } from 'happy-dom';
import { makeChinesePage } from './bench/detect';
import { mightBeFeature } from '@/lib/understand/detect';
const w = new Window(); const doc = new w.DOMParser().parseFromString(makeChinesePage(), 'text/html');
const text = doc.body.textContent!;
let t0 = performance.now(); for (let i = 0; i < 2000; i++) mightBeFeature(text); console.log('might', (performance.now() - t0) / 2000);
t0 = performance.now(); for (let i = 0; i < 200; i++) { let c = 0; for (let j = text.indexOf('：'); j !== -1; j = text.indexOf('：', j + 1)) c++; } console.log('idx', (performance.now() - t0) / 2000);
let n = 0, han = 0; const seen = new Map<string, number>();
for (const colon of ['：', ':']) for (let i = text.indexOf(colon); i !== -1; i = text.indexOf(colon, i + 1)) { n++; const p = text.charCodeAt(i - 1); if (p >= 0x3400 && p <= 0x9fff) { han++; const l = text.slice(Math.max(0, i - 12), i); seen.set(l, (seen.get(l) ?? 0) + 1); } }
console.log(n, han, [...seen.entries()].slice(0, 12));
