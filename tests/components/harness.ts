/**
 * Components in a real browser: the real portal (temp database with the demo data, serving the
 * built bundle at /kerf/kerf.js) and Debian's Chromium driven by playwright-core. A test page is
 * served on the portal's own origin (so the session cookie and the API work as in the portal).
 *
 * @example
 * const h = await harness();
 * const page = await h.page('<kerf-order-list></kerf-order-list>', { signIn: 'buyer@acme.example' });
 * await page.locator('kerf-order-list').getByRole('table').waitFor();
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readEnv } from '../../server/config.js';
import { startServer, type RunningServer } from '../../server/main.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`component tests: ${CHROMIUM} is absent (.ci/run installs Debian's chromium); they did not run.`);

export interface PageOptions {
  /** Sign in first (demo password); customer number from the e-mail's domain. */
  signIn?: string;
  lang?: 'en' | 'de' | 'fr';
  /** `dark` sets data-kerf-theme on <html>. */
  theme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Extra markup for <head> (styles, scripts). */
  head?: string;
}

export interface Harness {
  base: string;
  browser: Browser;
  server: RunningServer;
  /** A page on the portal's origin with the bundle loaded and `body` as its content. */
  page(body: string, options?: PageOptions): Promise<Page>;
  close(): Promise<void>;
}

const customerNumber = (email: string) => email.endsWith('@kerf.example') ? undefined : email.endsWith('@beta.example') ? '10002' : '10001';

export async function harness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'kerf-components-'));
  const server = await startServer(readEnv({
    PORT: '0', HOST: '127.0.0.1', KERF_DB_URL: `file:${join(dir, 'k.db')}`, KERF_DEMO: '1', KERF_LOG: 'silent',
  }), () => {});
  const base = server.url.replace('localhost', '127.0.0.1');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  let n = 0;
  return {
    base, browser, server,
    async page(body, options = {}) {
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 1200, height: 900 } });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
      if (options.signIn) {
        const r = await page.request.post(`${base}/api/auth/login`, {
          data: { email: options.signIn, password: 'kerf-demo-2026', customerNumber: customerNumber(options.signIn) },
        });
        if (!r.ok()) throw new Error(`sign-in of ${options.signIn} failed: ${r.status()}`);
      }
      const url = `${base}/__test__/${++n}`;
      const html = `<!doctype html><html lang="${options.lang ?? 'en'}"${options.theme ? ` data-kerf-theme="${options.theme}"` : ''}>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${options.head ?? ''}
<script type="module" src="/kerf/kerf.js"></script></head><body>${body}</body></html>`;
      await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      await page.goto(url);
      await page.waitForFunction(() => customElements.get('kerf-configurator') !== undefined || document.readyState === 'complete');
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
