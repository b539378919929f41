// Kerf benchmark: the operator's order export (issue [5]). A temporary SQLite file with the demo
// seed gets 500 released orders (two lines each, placed through the portal's own routes in-process),
// then GET /api/admin/orders/export is timed in .xlsx, .csv and JSON, plus the drawings zip:
// the median of several runs each, printed as a markdown table. Asserts nothing.
//
//   npm run build && node bench/export.bench.mjs [--orders=500] [--runs=7]

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
if (!existsSync(join(root, 'dist/server/app.js'))) {
  console.error('dist/server/app.js is missing: run `npm run build` first.');
  process.exit(1);
}
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const ORDERS = Number(args.get('orders') ?? 500);
const RUNS = Number(args.get('runs') ?? 7);

const { createApp } = await import(dist('server/app.js'));
const { openDatabase, migrateDatabase } = await import(dist('server/db/client.js'));
const { seedDemo, DEMO_PASSWORD } = await import(dist('server/demo/seed.js'));

const BASE = 'http://bench.test';
const dir = mkdtempSync(join(tmpdir(), 'kerf-export-bench-'));
const database = await openDatabase(`file:${join(dir, 'kerf.db')}`);
await migrateDatabase(database.db);
await seedDemo(database.db, { publicUrl: BASE });
const app = createApp({ db: database.db, config: { publicUrl: BASE }, log: () => {}, logError: (e) => console.error(e) });

async function signIn(email, customerNumber) {
  const res = await app.request(`${BASE}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD, ...(customerNumber ? { customerNumber } : {}) }),
  });
  const cookie = /kerf_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`sign-in of ${email} failed: ${res.status}`);
  return (method, path, body, headers = {}) => app.request(`${BASE}${path}`, {
    method, headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}), ...headers }, body: body ? JSON.stringify(body) : undefined,
  });
}

const beta = await signIn('admin@beta.example', '10002'); // orders without approval: released at once
const ops = await signIn('ops@kerf.example');
const parts = (await (await beta('GET', '/api/parts?pageSize=100')).json()).items;
const t0 = performance.now();
for (let i = 0; i < ORDERS; i++) {
  await beta('POST', '/api/basket/items', { partId: parts[i % parts.length].id, quantity: 1 + (i % 50) });
  await beta('POST', '/api/basket/items', { partId: parts[(i + 1) % parts.length].id, quantity: 5 });
  const res = await beta('POST', '/api/orders', { commission: `Bench, "run" ${i}` }, { 'Idempotency-Key': `bench-${i}` });
  if (res.status !== 201) throw new Error(`order ${i}: ${res.status} ${await res.text()}`);
}
const placing = performance.now() - t0;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cases = [
  ['xlsx', '/api/admin/orders/export?format=xlsx'],
  ['csv', '/api/admin/orders/export?format=csv'],
  ['json', '/api/admin/orders/export?format=json'],
  ['drawings.zip', '/api/admin/orders/export/drawings.zip'],
];
const rows = [];
let orderCount = 0;
for (const [name, path] of cases) {
  const times = [];
  let bytes = 0;
  for (let r = 0; r < RUNS + 1; r++) {
    const s = performance.now();
    const res = await ops('GET', path);
    const body = new Uint8Array(await res.arrayBuffer());
    const ms = performance.now() - s;
    if (res.status !== 200) throw new Error(`${name}: ${res.status}`);
    if (r > 0) times.push(ms); // the first run warms up
    bytes = body.byteLength;
    if (name === 'json') orderCount = JSON.parse(new TextDecoder().decode(body)).count;
  }
  rows.push([name, median(times), bytes]);
}

console.log(`\n### Export of released orders (${orderCount} orders, ${ORDERS} of them placed for the bench in ${(placing / 1000).toFixed(1)} s)\n`);
console.log('| format | median ms | size |');
console.log('|---|---:|---:|');
for (const [name, ms, bytes] of rows) console.log(`| ${name} | ${ms.toFixed(1)} | ${(bytes / 1024).toFixed(0)} KB |`);
console.log(`\n(${RUNS} runs each after one warm-up, in-process through app.request, ${process.version})`);

database.close();
rmSync(dir, { recursive: true, force: true });
