// Kerf benchmark, part 2: quote latency for a typical part (direct and through the worker) and
// rectangle nesting of 100 and 1,000 mixed parts on 3000 x 1500. Prints a table; asserts nothing.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sdk = await import(pathToFileURL(`${root}dist/sdk/index.js`).href);
const { rng } = await import(pathToFileURL(`${root}bench/generate.mjs`).href);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const fmt = (ms) => (ms >= 10 ? ms.toFixed(1) : ms.toFixed(3));

const text = readFileSync(`${root}demo/drawings/bracket.dxf`, 'utf8');
const catalog = sdk.loadCatalog(sdk.DEFAULT_CATALOG);
const line = { material: 'S235', thickness: 3, quantity: 50 };
const rows = [];

async function time(label, runs, fn) {
  for (let i = 0; i < Math.min(20, runs); i++) await fn(); // warm-up
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ts.push(performance.now() - t);
  }
  rows.push([label, fmt(median(ts)), runs]);
}

// a typical part: the demo bracket (120 x 80, 6 contours, 13 segments)
const metrics = sdk.analyzeDxfSync(text);
await time('quote() on analyzed metrics, direct', 2000, () => sdk.quote(metrics, line, catalog, sdk.DEFAULT_PROFILE));
await time('analyze + quote, direct', 500, () => sdk.quote(sdk.analyzeDxfSync(text), line, catalog, sdk.DEFAULT_PROFILE));
const worker = await sdk.createKerfWorker();
await time('analyze + quote in the worker (round trip)', 500, () => worker.quote(text, line));
await worker.terminate();

// the cut sequence (issue [9]): the analysis without it (the baseline) and with it, for the demo
// part and a sheet of 40,000 holes (6 mm pitch, 2.5 mm holes in one plate)
function perforated(count) {
  const g = (c, v) => `${c}\n${v}\n`;
  let s = g(0, 'SECTION') + g(2, 'HEADER') + g(9, '$INSUNITS') + g(70, 4) + g(0, 'ENDSEC') + g(0, 'SECTION') + g(2, 'ENTITIES');
  const cols = 300, rows = Math.ceil(count / cols);
  const w = 20 + cols * 6, h = 20 + rows * 6;
  s += g(0, 'LWPOLYLINE') + g(8, '0') + g(90, 4) + g(70, 1) + g(10, 0) + g(20, 0) + g(10, w) + g(20, 0) + g(10, w) + g(20, h) + g(10, 0) + g(20, h);
  for (let k = 0; k < count; k++) s += g(0, 'CIRCLE') + g(8, '0') + g(10, 13 + (k % cols) * 6) + g(20, 13 + Math.floor(k / cols) * 6) + g(30, 0) + g(40, 1.25);
  return s + g(0, 'ENDSEC') + g(0, 'EOF');
}
const seqRows = [];
for (const [label, drawing, runs] of [['bracket.dxf (6 contours)', text, 200], ['sheet of 40,000 holes', perforated(40_000), 5]]) {
  const timeOf = (options) => {
    for (let i = 0; i < Math.min(3, runs); i++) sdk.analyzeDxfSync(drawing, options);
    const ts = [];
    let r;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      r = sdk.analyzeDxfSync(drawing, options);
      ts.push(performance.now() - t);
    }
    return { ms: median(ts), r };
  };
  const base = timeOf({ sequence: false });
  const nn = timeOf({ sequence: { improvementBudget: 0 } });
  const full = timeOf({ sequence: true });
  const s = full.r.sequence;
  seqRows.push([label, base.r.contours.length, fmt(base.ms), fmt(nn.ms), fmt(full.ms), fmt(full.ms - base.ms), s.nearestNeighbourTravel.toFixed(1), s.travel.toFixed(1),
    `${((1 - s.travel / s.nearestNeighbourTravel) * 100).toFixed(2)} %`, runs]);
}

// nesting: mixed rectangles 20–620 x 20–420 mm, 10 copies each
const nestRows = [];
for (const kinds of [10, 100]) {
  const r = rng(kinds);
  const parts = Array.from({ length: kinds }, () => ({ width: 20 + r() * 600, height: 20 + r() * 400, quantity: 10 }));
  let res;
  const ts = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    res = sdk.nestRectangles(parts, { sheet: [3000, 1500], spacing: 8 });
    ts.push(performance.now() - t);
  }
  nestRows.push([kinds * 10, fmt(median(ts)), res.sheets, res.areaLowerBound, `${(res.utilization * 100).toFixed(1)} %`]);
}

console.log('\n| Quote latency (bracket.dxf, S235 3 mm × 50) | median ms | runs |');
console.log('|---|---:|---:|');
for (const [label, ms, runs] of rows) console.log(`| ${label} | ${ms} | ${runs} |`);
console.log('\n| Nesting on 3000 × 1500, 8 mm spacing | median ms (target < 50 at 1,000) | sheets | area lower bound | utilization |');
console.log('|---:|---:|---:|---:|---:|');
for (const [n, ms, sheets, bound, util] of nestRows) console.log(`| ${n} parts | ${ms} | ${sheets} | ${bound} | ${util} |`);
console.log('\n| Cut sequence | contours | analysis without it ms (baseline) | with nearest neighbour only ms | with 2-opt (default) ms | sequence ms | nearest-neighbour travel mm | after 2-opt mm | shorter | runs |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of seqRows) console.log(`| ${row.join(' | ')} |`);
console.log(`\nNode ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores).`);
