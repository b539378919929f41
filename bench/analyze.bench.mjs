// Kerf benchmark: dxf-parser's parse alone, the whole analysis with reader 'dxf-parser' and with
// Kerf's own reader ('kerf', the default) side by side on generated laser sheets; the geometry
// core alone on ~1M packed segments; `kerf analyze` of a 4 MB sheet as a whole process against
// a process that only parses it with dxf-parser; its start-up on a small part against `node -e 0`;
// and the peak memory of one analysis per reader (fresh processes). Prints markdown tables;
// asserts nothing.
//
//   npm run build && npm run bench
//
// Runs the compiled SDK in dist/ (build first). Restarts itself with --expose-gc and a larger
// heap when started without them. Options: --sizes=1000,10000 to run only some sizes,
// --quick for fewer runs. The 1M-entity sheet (about a minute) runs with KERF_BENCH_1M=1 or
// --sizes=…,1000000.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

if (typeof globalThis.gc !== 'function' && !process.env.KERF_BENCH_CHILD) {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, KERF_BENCH_CHILD: '1' } },
  );
  process.exit(r.status ?? 1);
}

const distEntry = join(root, 'dist/sdk/index.js');
if (!existsSync(distEntry)) {
  console.error('dist/sdk/index.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** Newest mtime of the .ts files under dir (recursive). */
function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith('.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}
const builtAt = statSync(join(root, 'dist/sdk/analyze.js')).mtimeMs;
const staleNote = Math.max(newest(join(root, 'sdk')), newest(join(root, 'assembly'))) > builtAt
  ? 'note: sdk/ or assembly/ changed after the last build; these numbers are for the build in dist/ (run `npm run build`).'
  : '';

const { analyzeWith, loadCoreSync, loadReferenceReader, GeometryBuffer } = await import(pathToFileURL(distEntry).href);
await loadReferenceReader();
const DxfParserModule = await import('dxf-parser');
// In Node, dxf-parser's UMD build gives the class as the default export; bundlers may wrap it once more.
const DxfParser = DxfParserModule.default?.default ?? DxfParserModule.default;
const { generateDxf, generateBuffer } = await import(pathToFileURL(join(here, 'generate.mjs')).href);

const args = new Map(process.argv.slice(2).map((a) => {
  const [k, v] = a.replace(/^--/, '').split('=');
  return [k, v ?? 'true'];
}));
const quick = args.has('quick');

const SIZES = [
  { entities: 1_000, runs: 31, warmups: 20 },
  { entities: 10_000, runs: 11, warmups: 5 },
  { entities: 100_000, runs: 5, warmups: 1 },
  { entities: 1_000_000, runs: 3, warmups: 1 },
].filter((s) => (args.has('sizes')
  ? args.get('sizes').split(',').map(Number).includes(s.entities)
  : s.entities < 1_000_000 || process.env.KERF_BENCH_1M === '1'));
const CORE_SEGMENTS = 1_000_000;
const CORE_RUNS = 5;
const GAP_TOLERANCE = 0.01;
const RATIO_TARGET = 0.2;
const MBPS_TARGET = 150;
const PROCESS_RUNS = 9;
const PROCESS_TARGET = 0.5;
const STARTUP_TARGET = 2;
const CORE_TARGET_MS = 300;
const SEED = 20240601;

const gc = () => globalThis.gc?.();
const now = () => performance.now();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function fmtMs(ms) {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}
function fmtRate(v) {
  if (v >= 1e6) return `${(v / 1e6).toFixed(2)} M`;
  if (v >= 1e3) return `${(v / 1e3).toFixed(0)} k`;
  return v.toFixed(0);
}
const fmtInt = (n) => n.toLocaleString('en');

const core = loadCoreSync();
// the analysis as issue [6] measures it: reading and geometry, without the cut sequence of issue
// [9] (planned unasked for drawings up to 2,000 contours); that one is timed apart, with the
// default options (`sequenced`)
const options = { gapTolerance: GAP_TOLERANCE, maxBytes: Infinity, maxSegments: Infinity, reader: 'kerf', sequence: false };
const sequenced = { gapTolerance: GAP_TOLERANCE, maxBytes: Infinity, maxSegments: Infinity, reader: 'kerf' };
const refOptions = { ...options, reader: 'dxf-parser' };
const log = (s) => process.stderr.write(`${s}\n`);

const rows = [];
const checks = [];

for (const { entities, runs: fullRuns, warmups } of SIZES) {
  const runs = quick ? Math.min(3, fullRuns) : fullRuns;
  let t = now();
  const { text, segments } = generateDxf(entities, SEED);
  // both analyses get the file's bytes, as an upload or readFileSync gives them; the parse alone gets the text
  const data = new Uint8Array(Buffer.from(text, 'utf8'));
  const bytes = data.length;
  const mb = bytes / 1048576;
  log(`${fmtInt(entities)} entities: ${mb.toFixed(1)} MB generated in ${fmtMs(now() - t)} ms; ${runs} runs after ${warmups} warm-up${warmups > 1 ? 's' : ''}…`);

  // warm-up (the JIT, and the core's memory growing to this size); the last one is also the
  // sanity check of the generated geometry
  let result;
  for (let i = 0; i < warmups; i++) {
    gc();
    new DxfParser().parseSync(text);
    gc();
    result = analyzeWith(core, data, options, {});
  }
  const depths = new Map();
  let packedSegments = 0;
  for (const c of result.contours) {
    depths.set(c.depth, (depths.get(c.depth) ?? 0) + 1);
    packedSegments += c.segments;
  }
  checks.push(
    `${fmtInt(entities)} entities → ${fmtInt(packedSegments)} segments (${fmtInt(segments)} expected), ` +
    `${fmtInt(result.closedContours)} closed / ${result.openContours} open contours, ` +
    `depth ${[...depths].sort((a, b) => a[0] - b[0]).map(([d, n]) => `${d}: ${fmtInt(n)}`).join(', ')}; ` +
    `warnings: ${result.warnings.map((w) => `${w.code}×${w.count ?? 1}`).join(', ') || 'none'}`,
  );

  const stock = [], whole = [], parse = [], pack = [], coreMs = [], res = [], withSequence = [];
  const planned = analyzeWith(core, data, sequenced, {}).sequence !== undefined;
  for (let i = 0; i < runs; i++) {
    gc();
    t = now();
    new DxfParser().parseSync(text);
    stock.push(now() - t);
    gc();
    const timings = { parse: 0, pack: 0, core: 0, result: 0 };
    t = now();
    analyzeWith(core, data, options, timings);
    whole.push(now() - t);
    parse.push(timings.parse);
    pack.push(timings.pack);
    coreMs.push(timings.core);
    res.push(timings.result);
    if (planned) {
      gc();
      t = now();
      analyzeWith(core, data, sequenced, {});
      withSequence.push(now() - t);
    }
  }
  const w = median(whole), s = median(stock), p = median(parse);
  rows.push({
    entities, mb, stock: s, viaRef: NaN, whole: w, parse: p, pack: median(pack), core: median(coreMs),
    result: median(res), withSequence: planned ? median(withSequence) : NaN, ratio: w / s, refRatio: NaN, eps: entities / (w / 1000), readMbps: mb / (p / 1000), runs,
    data, warmups,
  });
  log(`  dxf-parser parse ${fmtMs(s)} ms, analysis with Kerf's reader ${fmtMs(w)} ms (${(w / s).toFixed(2)}×)`);
}

// The whole analysis with reader 'dxf-parser', after all of the above: it shares the packing and
// result code with Kerf's reader, and V8's type feedback from one path slows the other (packing
// twice as slow when interleaved), which no deployment sees: it runs one reader.
for (const row of rows) {
  for (let i = 0; i < row.warmups; i++) { gc(); analyzeWith(core, row.data, refOptions, {}); }
  const viaRef = [];
  for (let i = 0; i < row.runs; i++) {
    gc();
    const t = now();
    analyzeWith(core, row.data, refOptions, {});
    viaRef.push(now() - t);
  }
  row.viaRef = median(viaRef);
  row.refRatio = row.viaRef / row.stock;
  row.data = undefined;
  log(`${fmtInt(row.entities)} entities: analysis with reader dxf-parser ${fmtMs(row.viaRef)} ms (${row.refRatio.toFixed(2)}× the parse)`);
}

// The core alone on a packed buffer of ~1M segments of the same kind of sheets.
gc();
let t = now();
const buffer = generateBuffer(GeometryBuffer, CORE_SEGMENTS, SEED);
log(`core alone: ${fmtInt(buffer.segments)} segments packed in ${fmtMs(now() - t)} ms; ${CORE_RUNS} runs after a warm-up…`);
const packed = buffer.view();
const warm = core.run(packed, GAP_TOLERANCE);
const coreRuns = [];
for (let i = 0; i < CORE_RUNS; i++) {
  gc();
  t = now();
  core.run(packed, GAP_TOLERANCE);
  coreRuns.push(now() - t);
}
const coreAlone = median(coreRuns);
checks.push(
  `core alone: ${fmtInt(buffer.segments)} segments, status ${warm.status}, ${fmtInt(warm.closed)} closed / ${warm.open} open contours, ` +
  `${warm.gaps} gaps, ${warm.duplicates} duplicates; runs ${coreRuns.map(fmtMs).join(', ')} ms`,
);

// ---- whole processes: `kerf analyze` of a 4 MB sheet vs a process that only parses it ---------
// Each command is spawned PROCESS_RUNS times (after one unmeasured run that warms the file cache);
// the medians of the wall-clock times are compared.
const PROCESS_ENTITIES = 33_000; // about 4 MB
const dir = mkdtempSync(join(tmpdir(), 'kerf-bench-'));
const sheet = join(dir, 'sheet-4mb.dxf');
writeFileSync(sheet, generateDxf(PROCESS_ENTITIES, SEED).text);
const sheetMb = statSync(sheet).size / 1048576;
const parseOnly = join(dir, 'parse-only.mjs');
writeFileSync(parseOnly, [
  `import { readFileSync } from 'node:fs';`,
  `import M from ${JSON.stringify(pathToFileURL(join(root, 'node_modules/dxf-parser/dist/dxf-parser.js')).href)};`,
  `const P = M.default ?? M.DxfParser ?? M;`,
  `new P().parseSync(readFileSync(process.argv[2], 'utf8'));`,
].join('\n'));
const kerfBin = join(root, 'bin/kerf.mjs');
const smallPart = join(root, 'demo/drawings/bracket.dxf');
// The floor under any reader: a process that loads the core and runs it on the sheet already
// packed (the buffer the analysis hands the core, captured here), and nothing else.
const packedFile = join(dir, 'sheet-4mb.packed');
{
  const capture = Object.create(core);
  capture.run = (packed, ...rest) => {
    writeFileSync(packedFile, new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
    return core.run(packed, ...rest);
  };
  analyzeWith(capture, readFileSync(sheet), options);
}
const coreOnly = join(dir, 'core-only.mjs');
writeFileSync(coreOnly, [
  `import { readFileSync } from 'node:fs';`,
  `import { loadCoreSync } from ${JSON.stringify(pathToFileURL(join(root, 'dist/sdk/core/core.js')).href)};`,
  `const b = readFileSync(process.argv[2]);`,
  `const r = loadCoreSync().run(new Float64Array(b.buffer, b.byteOffset, b.byteLength / 8), ${GAP_TOLERANCE});`,
  `if (r.status !== 0 || !(r.closed > 0)) process.exit(3);`,
].join('\n'));
const commands = [
  { name: '`node -e 0` (Node alone)', argv: ['-e', '0'] },
  { name: 'a process that only parses the sheet with dxf-parser', argv: [parseOnly, sheet] },
  { name: '`node bin/kerf.mjs analyze sheet.dxf`', argv: [kerfBin, 'analyze', sheet] },
  { name: 'a process that only runs the core on the sheet already packed (no reading, no result)', argv: [coreOnly, packedFile] },
  { name: '`node bin/kerf.mjs analyze bracket.dxf` (a small part)', argv: [kerfBin, 'analyze', smallPart] },
];
/** Median wall-clock ms of `runs` spawns of node with argv (after one unmeasured run). */
function processMs(name, argv, runs) {
  const once = () => {
    const t0 = now();
    const r = spawnSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
    return now() - t0;
  };
  once();
  const times = [];
  for (let i = 0; i < runs; i++) times.push(once());
  return median(times);
}
log(`whole processes on a ${sheetMb.toFixed(1)} MB sheet (${fmtInt(PROCESS_ENTITIES)} entities): ${PROCESS_RUNS} runs each…`);
const processRows = commands.map((c) => ({ name: c.name, ms: processMs(c.name, c.argv, PROCESS_RUNS) }));
// the same two processes on a sheet ten times larger, where start-up weighs less
const BIG_ENTITIES = 330_000;
const BIG_RUNS = 3;
let bigRows = [];
if (!quick) {
  const big = join(dir, 'sheet-40mb.dxf');
  writeFileSync(big, generateDxf(BIG_ENTITIES, SEED).text);
  log(`whole processes on a ${(statSync(big).size / 1048576).toFixed(0)} MB sheet (${fmtInt(BIG_ENTITIES)} entities): ${BIG_RUNS} runs each…`);
  bigRows = [
    { name: 'a process that only parses it with dxf-parser', ms: processMs('parse (big)', [parseOnly, big], BIG_RUNS), mb: statSync(big).size / 1048576 },
    { name: '`node bin/kerf.mjs analyze` of it', ms: processMs('kerf analyze (big)', [kerfBin, 'analyze', big], BIG_RUNS), mb: statSync(big).size / 1048576 },
  ];
}

// ---- peak memory: one analysis in a fresh process, its peak RSS above the state before --------
const MEMORY_ENTITIES = quick ? 10_000 : 100_000;
const memSheet = join(dir, 'sheet-memory.dxf');
writeFileSync(memSheet, generateDxf(MEMORY_ENTITIES, SEED).text);
const memProbe = join(dir, 'memory.mjs');
writeFileSync(memProbe, [
  `import { readFileSync } from 'node:fs';`,
  `import { analyzeDxfSync, loadReferenceReader } from ${JSON.stringify(pathToFileURL(distEntry).href)};`,
  `const reader = process.argv[3];`,
  `if (reader === 'dxf-parser') await loadReferenceReader();`,
  `const bytes = readFileSync(process.argv[2]);`,
  `globalThis.gc?.();`,
  `const base = process.memoryUsage().rss;`,
  `const r = analyzeDxfSync(bytes, { reader, gapTolerance: ${GAP_TOLERANCE}, maxBytes: Infinity, maxSegments: Infinity });`,
  `const peak = process.resourceUsage().maxRSS * 1024;`,
  `console.log(JSON.stringify({ base, peak, segments: r.contours.reduce((n, c) => n + c.segments, 0), bytes: bytes.length }));`,
].join('\n'));
log(`peak memory: one analysis of a ${fmtInt(MEMORY_ENTITIES)}-entity sheet per reader, each in a fresh process…`);
const memoryRows = ['kerf', 'dxf-parser'].map((reader) => {
  const r = spawnSync(process.execPath, ['--expose-gc', memProbe, memSheet, reader], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`memory probe (${reader}) failed: ${r.stderr}`);
  const m = JSON.parse(r.stdout);
  const mb = Math.max(0, m.peak - m.base) / 1048576;
  return { reader, mb, segments: m.segments, fileMb: m.bytes / 1048576, perMillion: mb / (m.segments / 1e6) };
});
rmSync(dir, { recursive: true, force: true });
const [nodeAlone, parseProc, kerfProc, coreProc, smallProc] = processRows;

// ---- report ----------------------------------------------------------------------------------
const mark = (ok) => (ok ? '✅' : '❌');
const lines = [];
lines.push(`| Entities | File MB | dxf-parser parse ms | analysis, reader dxf-parser ms | analysis, reader kerf ms | read | pack | core | result | kerf / parse (target ≤ ${RATIO_TARGET}×) | dxf-parser analysis / parse | reader MB/s (target > ${MBPS_TARGET}) | entities/s | with the cut sequence (default options) ms | runs |`);
lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  lines.push(
    `| ${fmtInt(r.entities)} | ${r.mb.toFixed(1)} | ${fmtMs(r.stock)} | ${fmtMs(r.viaRef)} | ${fmtMs(r.whole)} | ${fmtMs(r.parse)} | ${fmtMs(r.pack)} | ` +
    `${fmtMs(r.core)} | ${fmtMs(r.result)} | ${r.ratio.toFixed(2)}× ${mark(r.ratio <= RATIO_TARGET)} | ${r.refRatio.toFixed(2)}× | ` +
    `${r.readMbps.toFixed(0)} ${mark(r.readMbps > MBPS_TARGET)} | ${fmtRate(r.eps)} | ` +
    `${Number.isNaN(r.withSequence) ? '— (over 2,000 contours: not planned unasked)' : `${fmtMs(r.withSequence)} (${(r.withSequence / r.stock).toFixed(2)}×)`} | ${r.runs} |`,
  );
}
lines.push(
  `| core on ${fmtInt(buffer.segments)} segments | — | — | — | — | — | — | ${fmtMs(coreAlone)} | — | ` +
  `target < ${CORE_TARGET_MS} ms ${mark(coreAlone < CORE_TARGET_MS)} | — | — | ${fmtRate(buffer.segments / (coreAlone / 1000))} seg/s | — | ${CORE_RUNS} |`,
);

const processLines = [
  `| Whole process on a ${sheetMb.toFixed(1)} MB sheet | median ms | vs the dxf-parser parse process (target ≤ ${PROCESS_TARGET}×) | runs |`,
  '|---|---:|---:|---:|',
  ...processRows.filter((r) => r !== smallProc).map((r) => `| ${r.name} | ${fmtMs(r.ms)} | ${r === kerfProc ? `${(r.ms / parseProc.ms).toFixed(2)}× ${mark(r.ms / parseProc.ms <= PROCESS_TARGET)}` : r === parseProc ? '1.00×' : `${(r.ms / parseProc.ms).toFixed(2)}×`} | ${PROCESS_RUNS} |`),
  ...bigRows.map((r, i) => `| ${r.mb.toFixed(0)} MB sheet (${fmtInt(BIG_ENTITIES)} entities): ${r.name} | ${fmtMs(r.ms)} | ${i === 0 ? '1.00×' : `${(r.ms / bigRows[0].ms).toFixed(2)}×`} | ${BIG_RUNS} |`),
  '',
  `| Start-up | median ms | vs \`node -e 0\` (target ≤ ${STARTUP_TARGET}×) | runs |`,
  '|---|---:|---:|---:|',
  `| ${nodeAlone.name} | ${fmtMs(nodeAlone.ms)} | 1.00× | ${PROCESS_RUNS} |`,
  `| ${smallProc.name} | ${fmtMs(smallProc.ms)} | ${(smallProc.ms / nodeAlone.ms).toFixed(2)}× ${mark(smallProc.ms / nodeAlone.ms <= STARTUP_TARGET)} | ${PROCESS_RUNS} |`,
  '',
  `| Peak memory of one analysis (${fmtInt(MEMORY_ENTITIES)}-entity sheet, fresh process) | file MB | segments | peak RSS above the start MB | MB per million segments |`,
  '|---|---:|---:|---:|---:|',
  ...memoryRows.map((m) => `| reader ${m.reader} | ${m.fileMb.toFixed(1)} | ${fmtInt(m.segments)} | ${m.mb.toFixed(0)} | ${m.perMillion.toFixed(0)} |`),
];

const cpu = cpus();
console.log('');
console.log(lines.join('\n'));
console.log('');
console.log(processLines.join('\n'));
console.log('');
console.log(
  `Medians of the runs shown, after ${SIZES.map((z) => `${z.warmups} warm-up${z.warmups > 1 ? 's' : ''} at ${fmtInt(z.entities)}`).join(', ')}, in one process; gc between runs. Node ${process.version}, ` +
  `${cpu[0]?.model?.trim() ?? 'unknown CPU'} (${cpu.length} cores), ${process.platform}-${process.arch}. ` +
  `read/pack/core/result are the stages of the analysis with Kerf's reader (analyzeWith timings; reader MB/s = file size / read); ` +
  `both analyses get the file's bytes, the parse alone its text; the parse alone and the analysis with Kerf's reader alternate run by run, ` +
  `the analysis with reader dxf-parser runs after them (it shares Kerf's packing code, whose type feedback it would change); gap tolerance ${GAP_TOLERANCE} mm.`,
);
console.log('');
for (const c of checks) console.log(`- ${c}`);
if (staleNote) console.log(`\n${staleNote}`);
