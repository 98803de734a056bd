import { makeChinesePage } from './bench/detect';
import { Window } from 'happy-dom';
import { mightBeFeature } from '@/lib/understand/detect';
import { isLabelShaped } from '@/lib/understand/lines';
import { splitSpeakerLabel } from '@/lib/understand/names';
const w = new Window(); const d = new w.DOMParser().parseFromString(makeChinesePage(), 'text/html');
const text = d.body.textContent!;
console.log('might', mightBeFeature(text));
for (let i = text.indexOf('：'); i !== -1; i = text.indexOf('：', i + 1)) {
  const l = text.slice(Math.max(0, i - 20), i); const after = text.slice(i + 1, i + 241);
  const lab = l.split(/[\n\r\t。！？；，,!?;:：”」]/).pop()!.trim();
  if (isLabelShaped(lab) && /[。！？!?]/.test(after)) console.log(JSON.stringify(lab), splitSpeakerLabel(lab), after.slice(0, 40));
}
