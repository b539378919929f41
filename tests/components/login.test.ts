/**
 * <kerf-login> in Chromium against the real server: sign in (wrong password, throttled, success),
 * staff sign-in, request access, forgotten password, and setting a password from the link of an
 * invitation mail (read from the operator's outbox).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type APIRequestContext, type Page } from 'playwright-core';
import { harness, hasChromium, type Harness } from './harness.js';

const PASSWORD = 'kerf-demo-2026';

/** An API session of its own (own cookies), e.g. for the operator. */
async function apiAs(h: Harness, email: string, customerNumber?: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: h.base });
  const r = await api.post('/api/auth/login', { data: { email, password: PASSWORD, customerNumber } });
  if (!r.ok()) throw new Error(`sign-in of ${email}: ${r.status()}`);
  return api;
}

/** Collect the kerf-signed-in events of the page. */
async function recordSignIns(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { signIns: unknown[] }).signIns = [];
    document.addEventListener('kerf-signed-in', (e) => (window as unknown as { signIns: unknown[] }).signIns.push((e as CustomEvent).detail));
  });
  return () => page.evaluate(() => (window as unknown as { signIns: { session: { user: { email: string } } }[] }).signIns);
}

describe.skipIf(!hasChromium)('<kerf-login>', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });

  describe('sign in', () => {
    it('says plainly when the password is wrong, and signs in with the right one', async () => {
      const page = await h.page('<kerf-login></kerf-login>');
      const signIns = await recordSignIns(page);
      const login = page.locator('kerf-login');
      await login.getByLabel('Customer number').fill('10001');
      await login.getByLabel('E-mail').fill('buyer@acme.example');
      await login.getByLabel('Password').fill('not-the-password');
      await login.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect.poll(() => login.getByRole('alert').textContent()).toContain('Customer number, e-mail or password is wrong.');
      expect(await signIns()).toEqual([]);

      await login.getByLabel('Password').fill(PASSWORD);
      await login.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect.poll(async () => (await signIns()).length).toBe(1);
      expect((await signIns())[0].session.user.email).toBe('buyer@acme.example');
      // the session cookie is set: the page's own API calls are signed in now
      const me = await page.evaluate(async () => (await fetch('/api/me')).status);
      expect(me).toBe(200);
      await page.context().close();
    }, 60_000);

    it('marks empty required fields at the field and sends nothing', async () => {
      const page = await h.page('<kerf-login></kerf-login>');
      let posted = 0;
      page.on('request', (r) => { if (r.url().endsWith('/api/auth/login')) posted++; });
      const login = page.locator('kerf-login');
      await login.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect.poll(() => login.getByLabel('Customer number').getAttribute('aria-invalid')).toBe('true');
      expect(await login.getByText('Please fill in this field.').count()).toBe(3);
      await expect.poll(() => login.getByLabel('Customer number').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
      expect(posted).toBe(0);
      await page.context().close();
    }, 60_000);

    it('tells how long to wait when there were too many attempts (429 with Retry-After)', async () => {
      const page = await h.page('<kerf-login></kerf-login>');
      await page.route('**/api/auth/login', (route) => route.fulfill({
        status: 429, headers: { 'retry-after': '42', 'content-type': 'application/json' },
        body: JSON.stringify({ error: { code: 'TOO_MANY_REQUESTS', message: 'Too many failed sign-in attempts' } }),
      }));
      const login = page.locator('kerf-login');
      await login.getByLabel('Customer number').fill('10001');
      await login.getByLabel('E-mail').fill('buyer@acme.example');
      await login.getByLabel('Password').fill('whatever-it-is');
      await login.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect.poll(() => login.getByRole('alert').textContent()).toContain('try again in 42 seconds');
      await page.context().close();
    }, 60_000);

    it('shows a network failure as a plain message', async () => {
      const page = await h.page('<kerf-login></kerf-login>');
      await page.route('**/api/auth/login', (route) => route.abort('connectionrefused'));
      const login = page.locator('kerf-login');
      await login.getByLabel('Customer number').fill('10001');
      await login.getByLabel('E-mail').fill('buyer@acme.example');
      await login.getByLabel('Password').fill(PASSWORD);
      await login.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect.poll(() => login.getByRole('alert').textContent()).toMatch(/cannot be reached|could not be reached/);
      await page.context().close();
    }, 60_000);

    it('lets staff sign in without a customer number and links to the back office', async () => {
      const page = await h.page('<kerf-login></kerf-login>');
      const signIns = await recordSignIns(page);
      const login = page.locator('kerf-login');
      expect(await login.getByRole('link', { name: 'Back office for staff' }).getAttribute('href')).toBe('/admin/');
      await login.getByRole('button', { name: 'Staff? Sign in without customer number' }).click();
      expect(await login.getByLabel('Customer number').count()).toBe(0);
      await login.getByLabel('E-mail').fill('ops@kerf.example');
      await login.getByLabel('Password').fill(PASSWORD);
      await login.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect.poll(async () => (await signIns()).length).toBe(1);
      await page.context().close();
    }, 60_000);

    it('speaks German', async () => {
      const page = await h.page('<kerf-login></kerf-login>', { lang: 'de' });
      const login = page.locator('kerf-login');
      await login.getByRole('heading', { name: 'Anmelden' }).waitFor();
      expect(await login.getByLabel('Kundennummer').count()).toBe(1);
      expect(await login.getByRole('button', { name: 'Zugang beantragen' }).count()).toBe(1);
      await page.context().close();
    }, 60_000);
  });

  describe('request access', () => {
    it('answers "we will be in touch" and the operator sees the request', async () => {
      const page = await h.page('<kerf-login></kerf-login>');
      const login = page.locator('kerf-login');
      await login.getByRole('button', { name: 'Request access' }).click();
      await login.getByRole('heading', { name: 'Request access' }).waitFor();
      await login.getByLabel('Company').fill('Gamma Stahlbau KG');
      await login.getByLabel('Your name').fill('Greta Gamma');
      await login.getByLabel('E-mail').fill('greta@gamma.example');
      await login.getByRole('button', { name: 'Send request' }).click();
      await expect.poll(() => login.locator('[part="notice"]').textContent()).toContain('We will be in touch');
      expect(await login.locator('form').count()).toBe(0);

      const ops = await apiAs(h, 'ops@kerf.example');
      const requests = await (await ops.get('/api/admin/access-requests')).json() as { items: { email: string; companyName: string }[] };
      expect(requests.items.find((r) => r.email === 'greta@gamma.example')?.companyName).toBe('Gamma Stahlbau KG');
      await ops.dispose();
      await page.context().close();
    }, 60_000);
  });

  describe('forgotten password', () => {
    it('gives the same answer for a known and an unknown e-mail', async () => {
      const answers: string[] = [];
      for (const email of ['buyer@acme.example', 'nobody@nowhere.example']) {
        const page = await h.page('<kerf-login mode="forgot"></kerf-login>');
        const login = page.locator('kerf-login');
        await login.getByRole('heading', { name: 'Forgotten password' }).waitFor();
        await login.getByLabel('E-mail').fill(email);
        await login.getByRole('button', { name: 'Send me a link' }).click();
        await expect.poll(() => login.locator('[part="notice"]').count()).toBe(1);
        answers.push((await login.locator('[part="notice"]').textContent()) ?? '');
        await page.context().close();
      }
      expect(answers[0]).toContain('If this e-mail belongs to an account');
      expect(answers[1]).toBe(answers[0]);
    }, 60_000);
  });

  describe('set a password from a link', () => {
    it('takes the token from the invitation mail, checks length and repetition, then the new login works', async () => {
      // the Acme admin invites a new employee; the invitation lands in the outbox
      const admin = await apiAs(h, 'admin@acme.example', '10001');
      const groups = await (await admin.get('/api/company/groups')).json() as { items: { id: number; name: string }[] };
      const orderers = groups.items.find((g) => g.name === 'Orderers')!;
      const created = await admin.post('/api/company/users', { data: { email: 'nina@acme.example', name: 'Nina New', groupId: orderers.id } });
      expect(created.status()).toBe(201);
      const ops = await apiAs(h, 'ops@kerf.example');
      const mails = await (await ops.get('/api/admin/outbox')).json() as { items: { to: string; kind: string; text: string }[] };
      const mail = mails.items.find((m) => m.to === 'nina@acme.example' && m.kind === 'invitation')!;
      const link = /(\/portal\/#\/set-password\?token=[^\s"<>]+)/.exec(mail.text)![1];

      const context = await h.browser.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${h.base}${link}`);
      const login = page.locator('kerf-portal kerf-login');
      await login.getByRole('heading', { name: 'Set your password' }).waitFor();
      await login.getByLabel('New password').fill('short');
      await login.getByLabel('Repeat the password').fill('short');
      await login.getByRole('button', { name: 'Set password' }).click();
      await expect.poll(() => login.getByText('The password needs at least 10 characters.').count()).toBe(1);
      await login.getByLabel('New password').fill('nina-secret-2026');
      await login.getByLabel('Repeat the password').fill('nina-secret-2027');
      await login.getByRole('button', { name: 'Set password' }).click();
      await expect.poll(() => login.getByText('The two passwords differ.').count()).toBe(1);
      await login.getByLabel('Repeat the password').fill('nina-secret-2026');
      await login.getByRole('button', { name: 'Set password' }).click();
      await expect.poll(() => login.locator('[part="notice"]').textContent()).toContain('Your password is set');

      // then the sign-in form; the portal shows the order overview afterwards
      await login.getByLabel('Customer number').fill('10001');
      await login.getByLabel('E-mail').fill('nina@acme.example');
      await login.getByLabel('Password').fill('nina-secret-2026');
      await login.getByRole('button', { name: 'Sign in', exact: true }).click();
      const portal = page.locator('kerf-portal');
      await portal.getByRole('heading', { name: 'Welcome, Nina New' }).waitFor();
      await portal.locator('kerf-order-list').getByRole('table').waitFor();
      expect(await page.evaluate(() => location.hash)).toBe('#/');

      // the link works once only
      await page.goto(`${h.base}${link}`);
      await page.reload();
      const again = page.locator('kerf-portal kerf-login');
      await again.getByLabel('New password').fill('another-secret-1');
      await again.getByLabel('Repeat the password').fill('another-secret-1');
      await again.getByRole('button', { name: 'Set password' }).click();
      await expect.poll(() => again.getByRole('alert').textContent()).toContain('no longer valid');
      expect(await again.getByRole('button', { name: 'Request a new link' }).count()).toBe(1);
      await Promise.all([admin.dispose(), ops.dispose(), context.close()]);
    }, 60_000);

    it('says what to do when the page was opened without a token', async () => {
      const page = await h.page('<kerf-login mode="set-password"></kerf-login>');
      const login = page.locator('kerf-login');
      await expect.poll(() => login.getByRole('alert').textContent()).toContain('needs the link from your e-mail');
      await login.getByRole('button', { name: 'Request a new link' }).click();
      await login.getByRole('heading', { name: 'Forgotten password' }).waitFor();
      await page.context().close();
    }, 60_000);
  });
});
