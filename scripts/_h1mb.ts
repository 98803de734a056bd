import { isLabelShaped } from '@/lib/understand/lines';
import { splitSpeakerLabel } from '@/lib/understand/names';
const labels = ['眾新聞整理各政黨、團體、學者就派錢的立場及意見如下', '「我希望和姊妹們掃走', '我們認為', '學生穿「囚衣」上街', '希望踢走賣港死人頭，包括', '市发展和改革委员会党组成员、副主任渠德鹏', '學生穿「囚衣」上街'];
for (const l of labels) {
  let t0 = performance.now(); for (let i = 0; i < 20000; i++) isLabelShaped(l); const a = (performance.now() - t0) / 20000 * 1000;
  t0 = performance.now(); for (let i = 0; i < 20000; i++) splitSpeakerLabel(l); const b = (performance.now() - t0) / 20000 * 1000;
  console.log(l, isLabelShaped(l), a.toFixed(2) + 'µs', b.toFixed(2) + 'µs');
}
