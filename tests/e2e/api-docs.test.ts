// The interactive API reference in a real browser: the portal serves Swagger UI from the package
// (no CDN on this network), and it renders the OpenAPI document of every route; a call made from
// the page reaches the server.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../server/config.js';
import { startServer, type RunningServer } from '../../server/main.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.warn(`api docs test: ${CHROMIUM} is absent (.ci/run installs Debian's chromium); the check did not run.`);

describe.skipIf(!present)('/api/docs in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kerf-docs-'));
    server = await startServer(readEnv({ PORT: '0', HOST: '127.0.0.1', KERF_DB_URL: `file:${join(dir, 'k.db')}`, KERF_DEMO: '1', KERF_LOG: 'silent' }), () => {});
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders every route and can call the API from the page', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.goto(`${server.url.replace('localhost', '127.0.0.1')}/api/docs`);
    await page.waitForSelector('.opblock', { timeout: 20_000 });
    expect(await page.locator('.title').first().textContent()).toContain('Kerf portal API');
    // Swagger UI renders only the tags near the viewport: collect the paths while scrolling through the page
    const seen = new Set<string>();
    for (let y = 0, i = 0; i < 400; i++) {
      for (const t of await page.locator('.opblock-summary-path').allTextContents()) seen.add(t);
      const { height, view } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, view: window.innerHeight }));
      if (y >= height) break;
      y += Math.round(view * 0.8);
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(60);
    }
    const paths = [...seen];
    expect(paths.length).toBeGreaterThan(60);
    expect(paths.map((p) => p.replace(/\u200b/g, ''))).toEqual(expect.arrayContaining(['/api/auth/login', '/api/parts/{id}/preview.svg', '/api/admin/orders/{id}/status']));
    // the page's origin may sign in (same origin, cookie set)
    const status = await page.evaluate(async () => {
      const r = await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ customerNumber: '10001', email: 'buyer@acme.example', password: 'kerf-demo-2026' }) });
      const me = await fetch('/api/me');
      return [r.status, me.status];
    });
    expect(status).toEqual([200, 200]);
    expect(failed).toEqual([]);
  }, 60_000);
});
