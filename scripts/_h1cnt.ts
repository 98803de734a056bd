import { Window } from 'happy-dom';
import { makeChinesePage, makeEnglishPage } from './bench/detect';
for (const html of [makeChinesePage(), makeEnglishPage()]) {
  const w = new Window(); const doc = new w.DOMParser().parseFromString(html, 'text/html');
  const walker = doc.createTreeWalker(doc.body, 4);
  const labels = new Map<string, number>(); let nodes = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes++;
    const d = (n as any).data as string; const h = d.slice(0, 48);
    let c = h.indexOf('：'); if (c < 0) c = h.indexOf(':');
    if (c >= 0) { const l = h.slice(0, c).trim(); labels.set(l, (labels.get(l) ?? 0) + 1); }
  }
  console.log(nodes, [...labels.entries()].slice(0, 20));
}
