// The SDK in a real browser: Debian's Chromium, driven by playwright-core, loads an esbuild
// bundle of the SDK and of its worker from a local HTTP server, analyzes and quotes in the
// worker and on the main thread, and must agree with Node to the cent.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDxfSync, DEFAULT_CATALOG, DEFAULT_PROFILE, loadCatalog, quote } from '../../sdk/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.warn(`browser test: ${CHROMIUM} is absent (.ci/run installs Debian's chromium); the in-browser check did not run.`);

const root = fileURLToPath(new URL('../../', import.meta.url));
const bracket = readFileSync(join(root, 'demo/drawings/bracket.dxf'), 'utf8');
const line = { material: 'S235', thickness: 3, quantity: 50 };

describe.skipIf(!present)('the SDK in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'kerf-e2e-'));
    writeFileSync(join(out, 'page.ts'), `
      import { analyzeDxf, createKerfWorker, quote, loadCatalog, DEFAULT_CATALOG, DEFAULT_PROFILE } from ${JSON.stringify(join(root, 'sdk/index.ts'))};
      (window as any).runKerf = async (text: string, line: any) => {
        const kerf = await createKerfWorker();
        const inWorker = await kerf.analyze(text);
        const quoted = await kerf.quote(text, line);
        let error = '';
        try { await kerf.analyze('not a drawing'); } catch (e: any) { error = e.code; }
        const main = await analyzeDxf(text);
        const mainQuote = quote(main, line, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);
        await kerf.terminate();
        return { inWorker, quoted, error, main, mainQuote };
      };
    `);
    writeFileSync(join(out, 'index.html'), '<!doctype html><script type="module" src="page.js"></script>');
    await build({
      entryPoints: { page: join(out, 'page.ts'), worker: join(root, 'sdk/worker/worker.ts') },
      bundle: true, format: 'esm', platform: 'browser', target: 'es2022', outdir: out, logLevel: 'silent',
    });
    server = createServer((req, res) => {
      const file = join(out, (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').slice(1));
      if (!existsSync(file)) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html' : 'text/javascript' }).end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it('analyzes and quotes in a Web Worker and on the main thread, exactly as Node does', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(base);
    await page.waitForFunction(() => typeof (window as unknown as { runKerf?: unknown }).runKerf === 'function');
    const r = await page.evaluate(([text, l]) => (window as unknown as { runKerf: (t: string, l: unknown) => Promise<any> }).runKerf(text, l), [bracket, line] as const);
    expect(errors).toEqual([]);
    const node = analyzeDxfSync(bracket);
    expect(r.inWorker).toEqual(node);
    expect(r.main).toEqual(node);
    const nodeQuote = quote(node, line, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);
    expect(r.quoted).toEqual(nodeQuote);
    expect(r.mainQuote).toEqual(nodeQuote);
    expect(r.error).toBe('DXF_PARSE_ERROR');
  }, 60_000);
});
