// Every demo page, as a visitor sees it: no serious or critical accessibility violations (axe,
// shadow DOM included), German and dark variants kept as screenshots, and the 375 px phone
// layout without sideways scrolling.
import { axe } from '../helpers/axe.js';
import { expect, test, type Page } from '@playwright/test';

const signIn = async (page: Page, email: string, customerNumber?: string) => {
  const r = await page.request.post('/api/auth/login', { data: { email, password: 'kerf-demo-2026', ...(customerNumber ? { customerNumber } : {}) } });
  expect(r.status()).toBe(200);
};

const PAGES: { name: string; path: string; ready: string; as?: [string, string?] }[] = [
  { name: 'shop', path: '/', ready: 'kerf-configurator' },
  { name: 'static-configurator', path: '/site/configurator-static.html', ready: 'kerf-configurator' },
  { name: 'portal-login', path: '/portal/', ready: 'kerf-portal' },
  { name: 'portal-start', path: '/portal/', ready: 'kerf-portal', as: ['buyer@acme.example', '10001'] },
  { name: 'portal-parts', path: '/portal/#/parts', ready: 'kerf-portal', as: ['buyer@acme.example', '10001'] },
  { name: 'portal-catalog', path: '/portal/#/catalog', ready: 'kerf-portal', as: ['buyer@acme.example', '10001'] },
  { name: 'portal-new-part', path: '/portal/#/new', ready: 'kerf-portal', as: ['buyer@acme.example', '10001'] },
  { name: 'portal-approvals', path: '/portal/#/approvals', ready: 'kerf-portal', as: ['admin@acme.example', '10001'] },
  { name: 'portal-company', path: '/portal/#/company', ready: 'kerf-portal', as: ['admin@acme.example', '10001'] },
  { name: 'portal-import', path: '/portal/#/import', ready: 'kerf-portal', as: ['engineer@acme.example', '10001'] },
  { name: 'portal-returns', path: '/portal/#/returns', ready: 'kerf-portal', as: ['admin@acme.example', '10001'] },
  { name: 'admin-login', path: '/admin/', ready: 'kerf-back-office' },
  { name: 'admin-orders', path: '/admin/', ready: 'kerf-back-office', as: ['ops@kerf.example'] },
  { name: 'admin-companies', path: '/admin/#/companies', ready: 'kerf-back-office', as: ['ops@kerf.example'] },
  { name: 'admin-pricing', path: '/admin/#/pricing', ready: 'kerf-back-office', as: ['ops@kerf.example'] },
  { name: 'admin-outbox', path: '/admin/#/outbox', ready: 'kerf-back-office', as: ['ops@kerf.example'] },
  { name: 'admin-webhooks', path: '/admin/#/webhooks', ready: 'kerf-back-office', as: ['ops@kerf.example'] },
  { name: 'admin-returns', path: '/admin/#/returns', ready: 'kerf-back-office', as: ['ops@kerf.example'] },
];

async function open(page: Page, p: (typeof PAGES)[number], query = '') {
  if (p.as) await signIn(page, ...p.as);
  const [path, hash] = p.path.split('#');
  await page.goto(`${path}${query}${hash ? `#${hash}` : ''}`);
  await page.waitForFunction((tag) => !!customElements.get(tag), p.ready);
  await page.waitForLoadState('networkidle');
}

for (const p of PAGES) {
  test.describe(p.name, () => {
    test('has no serious or critical accessibility violations, light and dark', async ({ page }) => {
      for (const query of ['', '?lang=de&theme=dark']) {
        await open(page, p, query);
        const result = await axe(page);
        const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`), `${p.name}${query}`).toEqual([]);
      }
    });

    test('German and dark screenshots', async ({ page }, info) => {
      await open(page, p, '?lang=de&theme=dark');
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
      await page.screenshot({ path: info.outputPath(`${p.name}-de-dark.png`), fullPage: true });
      await open(page, p, '?lang=en&theme=light');
      await page.screenshot({ path: info.outputPath(`${p.name}-en-light.png`), fullPage: true });
    });

    test('fits a 375 px phone without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await open(page, p);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(375);
    });
  });
}
