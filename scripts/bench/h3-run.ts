import { benchLayers } from './layers';
const rows = await benchLayers();
for (const r of rows) console.log(r.name.padEnd(60), r.value.toFixed(3).padStart(10), r.unit.padEnd(6), r.target ?? '', r.pass ?? '');
