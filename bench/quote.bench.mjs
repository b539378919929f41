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
console.log(`\nNode ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores).`);
