// A/B of two builds of the geometry core in one process on the same packed sheets: the packed
// buffer of the generated 100k-entity DXF sheet (as the analysis hands it to the core) and
// ~100k / ~1M segments packed directly. Runs alternate A, B so both see the same machine state;
// medians are printed, and every result (header, contours, order, flags, records) must be equal.
//
//   node bench/core-ab.mjs old.wasm [new.wasm = build/kerf.wasm] [--runs=7]
//
// Needs dist/ (npm run build) for the SDK's KerfCore and the reader that packs the DXF sheet.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const argv = process.argv.slice(2);
const files = argv.filter((a) => !a.startsWith('--'));
const runs = Number(argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
if (files.length < 1) {
  console.error('usage: node bench/core-ab.mjs old.wasm [new.wasm] [--runs=7]');
  process.exit(1);
}
const paths = [files[0], files[1] ?? join(root, 'build/kerf.wasm')];

const { KerfCore, analyzeWith, loadCoreSync, GeometryBuffer } = await import(pathToFileURL(join(root, 'dist/sdk/index.js')).href);
const { generateDxf, generateBuffer } = await import(pathToFileURL(join(here, 'generate.mjs')).href);
const SEED = 20240601;
const TOL = 0.01;

const cores = paths.map((p) => new KerfCore(new WebAssembly.Instance(new WebAssembly.Module(readFileSync(p)), {})));

// the packed buffer the analysis hands the core for the 100k-entity sheet
function packedSheet(entities) {
  const { text } = generateDxf(entities, SEED);
  const real = loadCoreSync();
  let packed;
  const spy = Object.create(real);
  spy.run = (p, tol, keep) => { packed = p.slice(); return real.run(p, tol, keep); };
  analyzeWith(spy, new Uint8Array(Buffer.from(text, 'utf8')), { gapTolerance: TOL, maxBytes: Infinity, maxSegments: Infinity }, {});
  return packed;
}

function snapshot(r) {
  const out = {};
  for (const [k, v] of Object.entries(r)) out[k] = ArrayBuffer.isView(v) ? Array.from(v) : v;
  return JSON.stringify(out);
}

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };

const cases = [
  ['100k-entity DXF sheet', packedSheet(100_000)],
  ['100k segments', generateBuffer(GeometryBuffer, 100_000, SEED).view().slice()],
  ['1M segments', generateBuffer(GeometryBuffer, 1_000_000, SEED).view().slice()],
];

console.log(`A = ${paths[0]}\nB = ${paths[1]}\n`);
console.log('| input | records (f64) | A core ms | B core ms | B / A | results equal |');
console.log('|---|---|---|---|---|---|');
for (const [name, packed] of cases) {
  const snaps = cores.map((c) => snapshot(c.run(packed, TOL, true)));
  const equal = snaps[0] === snaps[1];
  for (const c of cores) c.run(packed, TOL); // warm-up
  const times = [[], []];
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < 2; k++) {
      const t = performance.now();
      cores[k].run(packed, TOL);
      times[k].push(performance.now() - t);
    }
  }
  const a = median(times[0]), b = median(times[1]);
  console.log(`| ${name} | ${packed.length.toLocaleString('en')} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(b / a).toFixed(2)} | ${equal ? 'yes' : 'NO'} |`);
  if (!equal) process.exitCode = 1;
}
