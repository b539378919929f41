// README screenshots of the demo (headless Debian Chromium): the shop page with a quoted drawing
// (light) and the customer portal's start page (dark), on a temp demo database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { readEnv } from '../dist/server/config.js';
import { startServer } from '../dist/server/main.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kerf-shot-'));
const server = await startServer(readEnv({ PORT: '0', HOST: '127.0.0.1', KERF_DB_URL: `file:${join(dir, 'k.db')}`, KERF_DEMO: '1', KERF_LOG: 'silent' }), () => {});
const base = server.url.replace('localhost', '127.0.0.1');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const shop = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  await shop.goto(`${base}/?theme=light`);
  await shop.locator('kerf-configurator input[type=file]').setInputFiles(join(root, 'demo/drawings/bracket.dxf'));
  await shop.locator('kerf-configurator [part="price"]').filter({ hasText: '€' }).waitFor();
  await shop.locator('#quote').screenshot({ path: join(root, 'docs/configurator.png') });

  const portal = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await portal.request.post(`${base}/api/auth/login`, { data: { customerNumber: '10001', email: 'buyer@acme.example', password: 'kerf-demo-2026' } });
  await portal.goto(`${base}/portal/?theme=dark&lang=de`);
  await portal.locator('kerf-order-list').getByRole('table').waitFor();
  await portal.waitForLoadState('networkidle');
  await portal.screenshot({ path: join(root, 'docs/portal-dark.png') });
  console.log('wrote docs/configurator.png and docs/portal-dark.png');
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
