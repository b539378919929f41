// Renders the portal's API reference (/api/docs) to docs/api.png with headless Chromium, for the
// README: a demo server on a temp database, the login operation opened.
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
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`${server.url.replace('localhost', '127.0.0.1')}/api/docs`);
  await page.waitForSelector('.opblock');
  await page.locator('#operations-Accounts-post_api_auth_login').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(root, 'docs/api.png') });
  console.log('wrote docs/api.png');
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
