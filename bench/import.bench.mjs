// Kerf benchmark: the bulk import over real HTTP. Starts the built server (dist/) in a child
// process on a temporary SQLite file with the demo seed, uploads a 500-row CSV with a zip of 500
// generated DXFs (every row a different shape from the SDK's templates), and measures the time
// until every row is calculated (rows/s), the upload's answer, the commit of the 500 parts, and
// the latency of GET /api/health while the rows are calculated. Prints a markdown table; asserts nothing.
//
//   npm run build && node bench/import.bench.mjs [--rows=500] [--quick]

import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const serverEntry = join(root, 'dist/server/main.js');

// The child: `node bench/import.bench.mjs --serve` starts the server and reports its port over IPC.
if (process.argv.includes('--serve')) {
  const { startServer } = await import(pathToFileURL(serverEntry).href);
  const { readEnv } = await import(pathToFileURL(join(root, 'dist/server/config.js')).href);
  const running = await startServer(readEnv(JSON.parse(process.env.KERF_BENCH_ENV)), () => {});
  process.on('message', (m) => { if (m === 'close') running.close().finally(() => process.exit(0)); });
  process.on('disconnect', () => process.exit(0));
  process.send({ port: running.port });
  await new Promise(() => {});
}

if (!existsSync(serverEntry)) {
  console.error('dist/server/main.js is missing: run `npm run build` first.');
  process.exit(1);
}
const args = new Map(process.argv.slice(2).map((a) => { const [k, v] = a.replace(/^--/, '').split('='); return [k, v ?? 'true']; }));
const ROWS = Number(args.get('rows') ?? (args.has('quick') ? 100 : 500));
const { generateTemplate } = await import(pathToFileURL(join(root, 'dist/sdk/index.js')).href);
const { zipSync } = await import('fflate');

const dir = mkdtempSync(join(tmpdir(), 'kerf-import-bench-'));
let child = null;
const cleanup = () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
};
process.on('exit', cleanup);

function startChild() {
  const env = { PORT: '0', HOST: '127.0.0.1', KERF_DB_URL: `file:${join(dir, 'kerf.db')}`, KERF_DEMO: '1', KERF_LOG: 'silent' };
  child = fork(fileURLToPath(import.meta.url), ['--serve'], { env: { ...process.env, KERF_BENCH_ENV: JSON.stringify(env) }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    child.once('message', resolve);
  });
}

/** 500 different parts: the SDK's templates with parameters that vary by row. */
function shape(i) {
  const k = i % 7, s = 1 + (i % 13) / 10;
  switch (k) {
    case 0: return ['rectangle', { width: 120 * s + i % 50, height: 80 * s, cornerRadius: 4 }];
    case 1: return ['disc', { diameter: 60 * s + i % 40 }];
    case 2: return ['ring', { outerDiameter: 90 * s, innerDiameter: 40 * s }];
    case 3: return ['flange', { outerDiameter: 220 * s, innerDiameter: 100 * s, boltCircleDiameter: 170 * s, holeCount: 4 + (i % 9), holeDiameter: 12 }];
    case 4: return ['hole-plate', { width: 300 * s, height: 200 * s, rows: 2 + (i % 6), columns: 3 + (i % 8), holeDiameter: 8, margin: 20 }];
    case 5: return ['oblong', { length: 100 * s + i % 30, width: 30 * s }];
    default: return ['polygon', { sides: 3 + (i % 10), diameter: 120 * s }];
  }
}
const materials = [['S235', 3], ['S235', 5], ['1.4301', 2], ['S235', 1.5]];
const enc = new TextEncoder();
const files = {};
const lines = ['Artikelnummer;Bezeichnung;Werkstoff;Dicke;Menge;Zeichnung'];
let dxfBytes = 0;
for (let i = 0; i < ROWS; i++) {
  const [template, params] = shape(i);
  const dxf = enc.encode(generateTemplate(template, params).dxf);
  dxfBytes += dxf.byteLength;
  files[`teil-${i}.dxf`] = dxf;
  const [m, t] = materials[i % materials.length];
  lines.push(`B-${10000 + i};${template} ${i};${m};${String(t).replace('.', ',')};${1 + (i % 100)};teil-${i}.dxf`);
}
const zip = zipSync(files);

try {
  const { port } = await startChild();
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ customerNumber: '10001', email: 'admin@acme.example', password: 'kerf-demo-2026' }),
  });
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith('kerf_session=')).split(';')[0];

  const form = new FormData();
  form.set('sheet', new File([lines.join('\r\n')], 'bench.csv'));
  form.append('files', new File([zip], 'drawings.zip'));
  const t0 = performance.now();
  const res = await fetch(`${base}/api/imports`, { method: 'POST', headers: { cookie }, body: form });
  if (res.status !== 202) throw new Error(`POST /api/imports: ${res.status} ${await res.text()}`);
  const { id } = await res.json();
  const accepted = performance.now() - t0;

  // a health probe every 20 ms while the portal polls the progress every 200 ms
  const health = [];
  let busy = true;
  const probe = (async () => {
    while (busy) {
      const h0 = performance.now();
      await (await fetch(`${base}/api/health`)).arrayBuffer();
      health.push(performance.now() - h0);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  let view;
  for (;;) {
    view = await (await fetch(`${base}/api/imports/${id}`, { headers: { cookie } })).json();
    if (view.status !== 'processing') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const calculated = performance.now() - t0;
  busy = false;
  await probe;

  const c0 = performance.now();
  const commit = await (await fetch(`${base}/api/imports/${id}/commit`, { method: 'POST', headers: { cookie } })).json();
  const committed = performance.now() - c0;

  const sorted = health.sort((a, b) => a - b);
  const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
  const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  console.log('');
  console.log(`## Bulk import: ${ROWS} rows, ${ROWS} generated DXFs (${(dxfBytes / 1048576).toFixed(1)} MB, zip ${(zip.byteLength / 1048576).toFixed(1)} MB), ${availableParallelism()} cores`);
  console.log('');
  console.log('| what | result |');
  console.log('|---|---|');
  console.log(`| upload answered (202: sheet read, drawings unpacked and stored) | ${ms(accepted)} ms |`);
  console.log(`| every row calculated (from the upload) | ${ms(calculated)} ms |`);
  console.log(`| **rows per second** | **${(ROWS / (calculated / 1000)).toFixed(0)}** |`);
  console.log(`| rows ok / error | ${view.counts.ok} / ${view.counts.error} |`);
  console.log(`| commit: ${commit.created} parts in one transaction | ${ms(committed)} ms |`);
  console.log(`| GET /api/health meanwhile: median / p95 / max (${health.length} probes) | ${ms(q(0.5))} / ${ms(q(0.95))} / ${ms(sorted.at(-1))} ms |`);
  console.log('');
  child.send('close');
  await new Promise((r) => child.once('exit', r));
} catch (e) {
  console.error(e);
  process.exitCode = 1;
}
