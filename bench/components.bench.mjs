// The web components in Chromium: bundle sizes (gzip; the script a page loads first and all of it,
// against the budgets) and the time from a dropped DXF to the price shown in
// <kerf-configurator>, after the first load, side by side with the same analyze + quote in Node.
// Needs `npm run build` and Debian's chromium. Prints tables, asserts nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.KERF_BENCH_RUNS ?? 25);

// ---- sizes, as the build measured them (dist/kerf/sizes.json: gzip, static imports followed)
const sizes = JSON.parse(readFileSync(join(root, 'dist/kerf/sizes.json'), 'utf8'));
const kb = (b) => (b / 1024).toFixed(1);
console.log('\n| Bundle (dist/kerf, gzip) | KB | budget | |');
console.log('|---|---:|---:|---|');
console.log(`| kerf.js, the script a page loads first (the autoloader) | ${kb(sizes.firstLoad)} | 60 | ${sizes.firstLoad <= 60 * 1024 ? '✅' : '❌'} |`);
console.log(`| … plus what <kerf-configurator> loads before it shows (Lit, the element, the preview) | ${kb(sizes.perElement['kerf-configurator'])} | 60 | ${sizes.perElement['kerf-configurator'] <= 60 * 1024 ? '✅' : '❌'} |`);
console.log(`| … plus the worker on the first quote (WASM core, DXF reader, pricing) | ${kb(sizes.worker)} | | |`);
console.log(`| <kerf-portal> with every element it shows | ${kb(sizes.perElement['kerf-portal'])} | | |`);
console.log(`| everything | ${kb(sizes.total)} | 200 | ${sizes.total <= 200 * 1024 ? '✅' : '❌'} |`);

if (!existsSync(CHROMIUM)) {
  console.log(`\n${CHROMIUM} is absent: drop-to-price not measured.`);
  process.exit(0);
}

// ---- drop to price in Chromium, against a server serving the bundle
const { readEnv } = await import('../dist/server/config.js');
const { startServer } = await import('../dist/server/main.js');
const { analyzeDxfSync, quote, loadCatalog, DEFAULT_CATALOG, DEFAULT_PROFILE } = await import('../dist/sdk/index.js');
const dir = mkdtempSync(join(tmpdir(), 'kerf-bench-'));
const server = await startServer(readEnv({ PORT: '0', HOST: '127.0.0.1', KERF_DB_URL: `file:${join(dir, 'k.db')}`, KERF_DEMO: '1', KERF_LOG: 'silent' }), () => {});
const base = server.url.replace('localhost', '127.0.0.1');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
try {
  const page = await browser.newPage();
  const url = `${base}/__bench__`;
  await page.route(url, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><script type="module" src="/kerf/kerf.js"></script><kerf-configurator></kerf-configurator>' }));
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('kerf-configurator') && document.querySelector('kerf-configurator')?.shadowRoot?.querySelector('input[type=file]'));
  const loadMs = Date.now() - t0;
  const drop = (text, name) => page.evaluate(async ([text, name]) => {
    const el = document.querySelector('kerf-configurator');
    const input = el.shadowRoot.querySelector('input[type=file]');
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'application/dxf' }));
    input.files = dt.files;
    const done = new Promise((resolve) => el.addEventListener('kerf-price-change', resolve, { once: true }));
    const start = performance.now();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await done;
    // the price is on screen once the element has rendered it
    await el.updateComplete;
    return performance.now() - start;
  }, [text, name]);
  const samples = ['bracket.dxf', 'cover-mirrored.dxf', 'flange-inch.dxf'].map((f) => [readFileSync(join(root, 'demo/drawings', f), 'utf8'), f]);
  const firstDrop = await drop(...samples[0]);
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await drop(...samples[i % samples.length]));
  // the same work in Node, for the floor
  const catalog = loadCatalog(DEFAULT_CATALOG);
  const node = [];
  for (let i = 0; i < RUNS * 4; i++) {
    const [text] = samples[i % samples.length];
    const s = performance.now();
    quote(analyzeDxfSync(text), { material: 'S235', thickness: 3, quantity: 1 }, catalog, DEFAULT_PROFILE);
    node.push(performance.now() - s);
  }
  console.log('\n| Drop a DXF on <kerf-configurator> (Chromium, sample drawings) | median ms | runs | target |');
  console.log('|---|---:|---:|---|');
  console.log(`| page load until the element is ready | ${loadMs} | 1 | |`);
  console.log(`| first drop (loads the worker, WASM core and DXF reader) | ${firstDrop.toFixed(1)} | 1 | |`);
  console.log(`| drop → price shown, after the first load | ${median(times).toFixed(1)} | ${RUNS} | < 100 ms ${median(times) < 100 ? '✅' : '❌'} |`);
  console.log(`| analyze + quote in Node, no browser (floor) | ${median(node).toFixed(2)} | ${RUNS * 4} | |`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
