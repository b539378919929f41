// Kerf benchmark, part 3: the portal server over real HTTP. Starts the built server (dist/) in a
// child process on a temporary SQLite file with the demo seed, loads it with autocannon from this
// process (2 cores: the load generator must not share the server's event loop), and prints
// markdown tables: instant quotes per second and their latency next to GET /api/health (the floor
// of HTTP + one database query) and the same quote computed in-process without HTTP; then the
// medians of sequential sign-ins and order placements. Asserts nothing.
//
//   npm run build && node bench/server.bench.mjs [--duration=10] [--connections=10] [--quick]

import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const serverEntry = join(root, 'dist/server/main.js');

// ---------------------------------------------------------------------------------------------
// The child: `node bench/server.bench.mjs --serve` starts the server and talks over IPC.
if (process.argv.includes('--serve')) {
  const { startServer } = await import(pathToFileURL(serverEntry).href);
  const { readEnv } = await import(pathToFileURL(join(root, 'dist/server/config.js')).href);
  const running = await startServer(readEnv(JSON.parse(process.env.KERF_BENCH_ENV)), () => {});
  const stats = () => ({ rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed, maxRss: process.resourceUsage().maxRSS * 1024, cpu: process.cpuUsage() });
  process.on('message', (m) => {
    if (m === 'stats') process.send({ stats: stats() });
    if (m === 'stats-gc') { globalThis.gc?.(); globalThis.gc?.(); process.send({ stats: stats() }); }
    if (m === 'close') running.close().finally(() => process.exit(0));
  });
  process.on('disconnect', () => process.exit(0)); // the bench died: do not outlive it
  process.send({ port: running.port, stats: stats() });
  await new Promise(() => {}); // serve until told to stop
}

// ---------------------------------------------------------------------------------------------
// The bench.
if (!existsSync(serverEntry)) {
  console.error('dist/server/main.js is missing: run `npm run build` first.');
  process.exit(1);
}

const args = new Map(process.argv.slice(2).map((a) => {
  const [k, v] = a.replace(/^--/, '').split('=');
  return [k, v ?? 'true'];
}));
const quick = args.has('quick');
const DURATION = Number(args.get('duration') ?? (quick ? 3 : 10));
const WARMUP = quick ? 1 : 3;
const CONNECTIONS = Number(args.get('connections') ?? 10);
const SEQUENTIAL = quick ? 10 : 30;
if (!(DURATION > 0) || !(Number.isInteger(CONNECTIONS) && CONNECTIONS > 0)) {
  console.error('--duration and --connections take positive numbers.');
  process.exit(2);
}
const DIRECT_RUNS = quick ? 200 : 1000;
const TARGET_QPS = 500;
const TARGET_P99_MS = 50;
const PASSWORD = 'kerf-demo-2026';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => (ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const int = (n) => Math.round(n).toLocaleString('en-US');
const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;
const mark = (ok) => (ok ? '✅' : '❌');

const dir = mkdtempSync(join(tmpdir(), 'kerf-bench-'));
let child = null;
let cleaned = false;
function cleanup() {
  if (cleaned) return;
  cleaned = true;
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => { cleanup(); process.exit(130); });

/** Start the child server and wait for its port. */
function startChild() {
  const env = { PORT: '0', HOST: '127.0.0.1', KERF_DB_URL: `file:${join(dir, 'kerf.db')}`, KERF_DEMO: '1', KERF_LOG: 'silent' };
  child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    env: { ...process.env, KERF_BENCH_ENV: JSON.stringify(env) },
    execArgv: ['--expose-gc'], // only for the memory line at the end
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const failed = (code) => reject(new Error(`the server process exited (${code}) before it was ready`));
    child.once('exit', failed);
    child.once('message', (m) => { child.off('exit', failed); resolve(m); });
  });
}

/** RSS, peak RSS and CPU time of the server process. */
function serverStats(afterGc = false) {
  return new Promise((resolve) => {
    const on = (m) => { if (m?.stats) { child.off('message', on); resolve(m.stats); } };
    child.on('message', on);
    child.send(afterGc ? 'stats-gc' : 'stats');
  });
}

async function stopChild() {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send('close');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

try {
  const ready = await startChild();
  const base = `http://127.0.0.1:${ready.port}`;
  const idle = ready.stats;

  /** One request with fetch (keep-alive); throws on an unexpected status. */
  async function call(method, path, { cookie, json, headers = {}, expect = [200, 201] } = {}) {
    const res = await fetch(base + path, {
      method,
      headers: { ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}), ...headers },
      body: json !== undefined ? JSON.stringify(json) : undefined,
    });
    const text = await res.text();
    if (!expect.includes(res.status)) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('kerf_session='));
    return { status: res.status, body: text ? JSON.parse(text) : null, cookie: setCookie?.split(';')[0] };
  }
  const login = async (email, customerNumber) =>
    (await call('POST', '/api/auth/login', { json: { ...(customerNumber ? { customerNumber } : {}), email, password: PASSWORD } })).cookie;

  // a bench embed key: the demo key allows only 120 quotes a minute per address
  const ops = await login('ops@kerf.example');
  const RATE = 100_000; // the schema's maximum (the route refuses more)
  const key = (await call('POST', '/api/admin/embed-keys', { cookie: ops, json: { name: 'bench', origins: ['http://localhost'], ratePerMinute: RATE } })).body.key;

  // the quote request: multipart built once, with a fixed boundary
  const dxf = readFileSync(join(root, 'demo/drawings/bracket.dxf'));
  const boundary = '----kerfbench7d3f2a';
  const field = (name, value) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const quoteBody = Buffer.concat([
    Buffer.from(field('material', 'S235') + field('thickness', '3') + field('quantity', '50')
      + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bracket.dxf"\r\nContent-Type: application/dxf\r\n\r\n`),
    dxf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const quoteRequest = {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-kerf-key': key },
    body: quoteBody,
  };
  // one by hand: the body must be accepted before it is hammered
  {
    const res = await fetch(base + '/api/quote', quoteRequest);
    const text = await res.text();
    if (res.status !== 200) throw new Error(`POST /api/quote: ${res.status} ${text.slice(0, 300)}`);
  }

  /** autocannon against the running server: warm-up, then the measured run with the server's CPU. */
  async function load(path, request) {
    await autocannon({ url: base + path, connections: CONNECTIONS, duration: WARMUP, ...request });
    const before = await serverStats();
    const t = performance.now();
    const r = await autocannon({ url: base + path, connections: CONNECTIONS, duration: DURATION, ...request });
    const wall = performance.now() - t;
    const after = await serverStats();
    const cpuMs = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000;
    return { r, cpu: cpuMs / wall, rss: after.rss };
  }

  const health = await load('/api/health', { method: 'GET' });
  const quote = await load('/api/quote', quoteRequest);

  // the same quote in this process, without HTTP, multipart or database
  const sdk = await import(pathToFileURL(join(root, 'dist/sdk/index.js')).href);
  const catalog = sdk.loadCatalog(sdk.DEFAULT_CATALOG);
  const bytes = new Uint8Array(dxf);
  const line = { material: 'S235', thickness: 3, quantity: 50 };
  const direct = () => JSON.stringify(sdk.quote(sdk.analyzeDxfSync(bytes), line, catalog, sdk.DEFAULT_PROFILE));
  for (let i = 0; i < 50; i++) direct();
  const directTimes = [];
  for (let i = 0; i < DIRECT_RUNS; i++) {
    const t = performance.now();
    direct();
    directTimes.push(performance.now() - t);
  }
  const directMs = median(directTimes);

  // sequential latencies: one request at a time
  async function sequential(runs, before, fn) {
    const ts = [];
    for (let i = 0; i < runs + 3; i++) { // 3 warm-ups
      await before?.();
      const t = performance.now();
      await fn();
      if (i >= 3) ts.push(performance.now() - t);
    }
    return { median: median(ts), min: Math.min(...ts), max: Math.max(...ts), runs };
  }
  const seqHealth = await sequential(SEQUENTIAL, null, () => call('GET', '/api/health'));
  const seqQuote = await sequential(SEQUENTIAL, null, async () => {
    const res = await fetch(base + '/api/quote', quoteRequest);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`POST /api/quote: ${res.status}`);
  });
  const seqLogin = await sequential(SEQUENTIAL, null, () => login('admin@beta.example', '10002'));
  const beta = await login('admin@beta.example', '10002');
  const parts = (await call('GET', '/api/parts', { cookie: beta })).body.items;
  const partId = parts[0].id;
  const basketTimes = [];
  let lastStatus = null;
  const seqOrder = await sequential(SEQUENTIAL, async () => {
    const t = performance.now();
    await call('POST', '/api/basket/items', { cookie: beta, json: { partId, quantity: 10 } });
    basketTimes.push(performance.now() - t);
  }, async () => {
    const r = await call('POST', '/api/orders', { cookie: beta, json: {}, headers: { 'idempotency-key': randomUUID() }, expect: [201] });
    lastStatus = r.body.status;
  });
  const final = await serverStats();
  const collected = await serverStats(true);

  // ---- the tables
  const q = quote.r;
  const h = health.r;
  const failures = (r) => r.errors + r.timeouts;
  const row = (label, r, s) => `| ${label} | ${int(r.requests.mean)} | ${int(r.requests.p50)} | ${r.latency.p50} | ${r.latency.p97_5} | ${r.latency.p99} | ${r.non2xx} | ${failures(r)} | ${int(r.requests.total)} | ${(s.cpu * 100).toFixed(0)} % |`;
  console.log(`\n| Server under load (autocannon, ${CONNECTIONS} connections, ${DURATION} s after ${WARMUP} s warm-up) | req/s mean | req/s median | p50 ms | p97.5 ms | p99 ms | non-2xx | errors | requests | server CPU |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  console.log(row('GET /api/health (HTTP + one DB query)', h, health));
  console.log(row('POST /api/quote, bracket.dxf multipart, S235 3 mm × 50, X-Kerf-Key', q, quote));
  console.log(`| analyze + quote + JSON in-process, no HTTP (median of ${DIRECT_RUNS}) | ${int(1000 / directMs)} (1 core) | — | ${fmt(directMs)} | — | — | — | — | ${DIRECT_RUNS} | — |`);

  const errors = failures(q) + q.non2xx;
  console.log(`\nTargets for POST /api/quote: ≥ ${TARGET_QPS} quotes/s ${mark(q.requests.mean >= TARGET_QPS)} (${int(q.requests.mean)}) · zero errors ${mark(errors === 0)} (${q.non2xx} non-2xx, ${q.errors} errors, ${q.timeouts} timeouts) · p99 < ${TARGET_P99_MS} ms ${mark(q.latency.p99 < TARGET_P99_MS)} (${q.latency.p99} ms)`);
  if (q.non2xx) console.log(`  status codes: ${Object.entries(q.statusCodeStats).map(([s, v]) => `${s} × ${v.count}`).join(', ')}`);

  console.log('\n| Sequential request (one at a time, fetch keep-alive) | median ms | min ms | max ms | runs |');
  console.log('|---|---:|---:|---:|---:|');
  const seqRow = (label, s) => console.log(`| ${label} | ${fmt(s.median)} | ${fmt(s.min)} | ${fmt(s.max)} | ${s.runs} |`);
  seqRow('GET /api/health', seqHealth);
  seqRow('POST /api/quote (bracket.dxf, embed key)', seqQuote);
  seqRow('POST /api/auth/login (admin@beta.example, scrypt)', seqLogin);
  const bt = basketTimes.slice(3);
  seqRow('POST /api/basket/items (one part, before each order)', { median: median(bt), min: Math.min(...bt), max: Math.max(...bt), runs: bt.length });
  seqRow(`POST /api/orders (Idempotency-Key, one line, → ${lastStatus})`, seqOrder);

  console.log(`\nServer process memory: RSS ${mb(idle.rss)} after start and seed, ${mb(quote.rss)} at the end of the quote load, ${mb(final.rss)} at the end (peak ${mb(final.maxRss)}); after a full GC ${mb(collected.rss)} with ${mb(collected.heapUsed)} of JS heap in use.`);
  console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores); server and autocannon in separate processes on the same machine, SQLite file in ${tmpdir()}.`);
} finally {
  await stopChild().catch(() => {});
  cleanup();
}
