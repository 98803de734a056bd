import { makeChinesePage } from './bench/detect';
import { Window } from 'happy-dom';
import { analyzeDocument, blocksFromDocument } from '@/lib/understand';
const w = new Window(); const d = new w.DOMParser().parseFromString(makeChinesePage(), 'text/html') as unknown as Document;
let t0 = performance.now(); for (let i = 0; i < 5; i++) blocksFromDocument(d); console.log('blocks', (performance.now() - t0) / 5);
t0 = performance.now(); for (let i = 0; i < 5; i++) analyzeDocument(d); console.log('analyze', (performance.now() - t0) / 5);
console.log(blocksFromDocument(d).length);
