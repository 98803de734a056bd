import { makeChinesePage, makeEnglishPage } from './bench/detect';
import { Window } from 'happy-dom';
import { detectFeature } from '@/lib/understand';
for (const h of [makeChinesePage(), makeEnglishPage()]) { const w = new Window(); const d = new w.DOMParser().parseFromString(h, 'text/html'); console.log(Buffer.byteLength(h), d.body.textContent!.length, d.querySelectorAll('*').length, detectFeature(d as any)); }
