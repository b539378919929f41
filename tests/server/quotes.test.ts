// Formal quotes (issue [7]): made from the basket or by the shop, numbered per year, frozen while
// valid, turned into an order at the frozen prices (or priced again after), and their PDF.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portal, type Caller, type Portal } from './helpers.js';

const DAY = 86_400_000;
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const tmp = mkdtempSync(join(tmpdir(), 'kerf-quotes-'));
function pdfText(bytes: Uint8Array): string {
  const f = join(tmp, `q-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(f, bytes);
  return execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
}

describe('formal quotes', () => {
  let p: Portal;
  let beta: Caller, acme: Caller, buyer: Caller, ops: Caller;
  let betaId: number;
  /** Sign everyone in (again: sessions end when the clock moves on by weeks). */
  const signIn = async () => {
    [beta, acme, buyer, ops] = await Promise.all([p.as('admin@beta.example'), p.as('admin@acme.example'), p.as('buyer@acme.example'), p.as('ops@kerf.example')]);
  };
  const later = async (ms: number) => {
    p.advance(ms);
    await signIn();
  };
  beforeAll(async () => {
    p = await portal();
    await signIn();
    betaId = (await beta.json('GET', '/api/company')).body.id;
  });
  afterAll(() => p.close());

  const parts = async (c: Caller) => (await c.json('GET', '/api/parts?pageSize=100')).body.items as { id: number; name: string }[];
  const articles = async (c: Caller) => (await c.json('GET', '/api/articles?pageSize=100')).body.items as { id: number; number: string }[];
  /** Beta's basket: a part and an article. */
  async function fillBasket(quantity = 10) {
    const [part] = await parts(beta);
    const article = (await articles(beta)).find((a) => a.number === 'SRV-PALLET')!;
    await beta.json('POST', '/api/basket/items', { partId: part.id, quantity });
    await beta.json('POST', '/api/basket/items', { articleId: article.id, quantity: 2 });
    return (await beta.json('GET', '/api/basket')).body;
  }
  const clearBasket = async (c: Caller) => {
    for (const i of (await c.json('GET', '/api/basket')).body.items) await c.json('DELETE', `/api/basket/items/${i.id}`);
  };
  const raisePrices = (companyId: number, rate: number) => ops.json('PATCH', `/api/admin/companies/${companyId}`, { pricingOverrides: { machineRatePerHour: rate } });

  it('freezes the basket as a numbered quote valid for 30 days; the basket stays', async () => {
    const basket = await fillBasket();
    const res = await beta.json('POST', '/api/quotes', { commission: 'PO-4711' });
    expect(res.status).toBe(201);
    expect(res.body.number).toMatch(/^A-2026-\d{5}$/);
    expect(res.body.validUntil).toBe('2026-12-20'); // 20 Nov + 30 days (DEFAULT_PROFILE.quoteValidityDays)
    expect(res.body.valid).toBe(true);
    expect(res.body.total).toBe(basket.total);
    expect(res.body.lines.map((l: { unitPrice: number }) => l.unitPrice)).toEqual(basket.items.map((i: { unitPrice: number }) => i.unitPrice));
    expect(res.body.commission).toBe('PO-4711');
    expect(res.body.billingAddress).not.toBeNull();
    expect((await beta.json('GET', '/api/basket')).body.items).toHaveLength(2);
    const list = await beta.json('GET', '/api/quotes?pageSize=5');
    expect(list.body.items[0]).toMatchObject({ id: res.body.id, number: res.body.number, total: basket.total, valid: true, orderId: null });
    expect(list.body).toMatchObject({ page: 1, pageSize: 5, total: 1 });
    await clearBasket(beta);
  });

  it('an empty basket makes no quote (409)', async () => {
    const res = await beta.json('POST', '/api/quotes');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('BASKET_EMPTY');
  });

  it('numbers quotes per year, one after the other', async () => {
    await fillBasket(3);
    const a = (await beta.json('POST', '/api/quotes')).body.number as string;
    const b = (await beta.json('POST', '/api/quotes')).body.number as string;
    expect(Number(b.slice(-5))).toBe(Number(a.slice(-5)) + 1);
    await clearBasket(beta);
  });

  it('a week later turns into an order at the frozen prices, though prices rose meanwhile', async () => {
    const basket = await fillBasket(25);
    const q = (await beta.json('POST', '/api/quotes')).body;
    await clearBasket(beta);
    await raisePrices(betaId, 40_000);
    await later(7 * DAY);
    // the same lines priced now cost more
    const now = await fillBasket(25);
    expect(now.total).toBeGreaterThan(basket.total);
    await clearBasket(beta);

    const order = await beta.json('POST', `/api/quotes/${q.id}/order`, {}, { 'Idempotency-Key': 'q-1' });
    expect(order.status).toBe(201);
    expect(order.body.repriced).toBe(false);
    expect(order.body.status).toBe('released'); // Beta's admin orders without approval
    expect(order.body.total).toBe(q.total);
    expect(order.body.lines.map((l: { unitPrice: number }) => l.unitPrice)).toEqual(q.lines.map((l: { unitPrice: number }) => l.unitPrice));
    expect(order.body.lines[0].breakdown).toEqual(q.lines[0].breakdown);
    expect(order.body.quote).toMatchObject({ id: q.id, number: q.number });
    expect(order.body.commission).toBe(q.number); // the quote's number when it had no commission
    // a retry answers the same order; another order of the same quote is refused
    const again = await beta.json('POST', `/api/quotes/${q.id}/order`, {}, { 'Idempotency-Key': 'q-1' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(order.body.id);
    const twice = await beta.json('POST', `/api/quotes/${q.id}/order`, {}, { 'Idempotency-Key': 'q-2' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('QUOTE_ORDERED');
    expect((await beta.json('GET', `/api/quotes/${q.id}`)).body.order).toMatchObject({ id: order.body.id, number: order.body.number });
    await ops.json('PATCH', `/api/admin/companies/${betaId}`, { pricingOverrides: null });
  });

  it('after its validity is priced again, and says so', async () => {
    await fillBasket(25);
    const q = (await beta.json('POST', '/api/quotes')).body;
    await clearBasket(beta);
    await raisePrices(betaId, 40_000);
    await later(31 * DAY);
    expect((await beta.json('GET', `/api/quotes/${q.id}`)).body.valid).toBe(false);
    const now = await fillBasket(25);
    await clearBasket(beta);
    const order = await beta.json('POST', `/api/quotes/${q.id}/order`, {}, { 'Idempotency-Key': 'q-late' });
    expect(order.status).toBe(201);
    expect(order.body.repriced).toBe(true);
    expect(order.body.total).toBe(now.total);
    expect(order.body.total).toBeGreaterThan(q.total);
    await ops.json('PATCH', `/api/admin/companies/${betaId}`, { pricingOverrides: null });
  });

  it('starts the numbers again in a new year', async () => {
    await later(Date.UTC(2027, 0, 2) - p.now());
    await fillBasket(1);
    const q = (await beta.json('POST', '/api/quotes')).body;
    expect(q.number).toBe('A-2027-00001');
    await clearBasket(beta);
  });

  it('answers 404 for another company\'s quote, its PDF and its order', async () => {
    const id = (await beta.json('GET', '/api/quotes')).body.items[0].id;
    expect((await acme.json('GET', `/api/quotes/${id}`)).status).toBe(404);
    expect((await acme.request('GET', `/api/quotes/${id}/pdf`)).status).toBe(404);
    expect((await acme.json('POST', `/api/quotes/${id}/order`, {}, { 'Idempotency-Key': 'steal' })).status).toBe(404);
    expect((await acme.json('GET', '/api/quotes')).body.items.some((q: { id: number }) => q.id === id)).toBe(false);
    expect((await ops.json('GET', '/api/quotes')).status).toBe(403);
  });

  it('renders the PDF with the letterhead, the customer, the lines and the totals', async () => {
    await fillBasket(12);
    const q = (await beta.json('POST', '/api/quotes', { commission: 'Hall 7' })).body;
    await clearBasket(beta);
    const res = await beta.request('GET', `/api/quotes/${q.id}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    if (!hasPoppler) return;
    const text = pdfText(bytes);
    const money = (cents: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(cents / 100);
    for (const s of ['Kerf Laser GmbH', `Quote ${q.number}`, 'Beta Bau AG', '10002', 'Hall 7', q.lines[0].name, 'Euro pallet', money(q.total), money(q.lines[0].total), money(Math.round(q.total * 1.19))]) {
      expect(text, s).toContain(s);
    }
  });

  it('applies the approval rules to a quote\'s order as to a basket\'s', async () => {
    const [part] = await parts(buyer);
    await buyer.json('POST', '/api/basket/items', { partId: part.id, quantity: 4 });
    const q = (await buyer.json('POST', '/api/quotes')).body;
    await clearBasket(buyer);
    const order = await buyer.json('POST', `/api/quotes/${q.id}/order`, {}, { 'Idempotency-Key': 'buyer-q' });
    expect(order.status).toBe(201);
    expect(order.body.status).toBe('pending_approval'); // buyer@acme: approval mode `always`
    expect(order.body.lines[0].approvalReason).toBe('always');
  });

  describe('written by the shop', () => {
    it('quotes a company\'s parts and articles at its prices and mails it', async () => {
      const acmeId = (await acme.json('GET', '/api/company')).body.id;
      const [part] = await parts(acme);
      const nut = (await articles(acme)).find((a) => a.number === 'NUT-M8')!;
      const res = await ops.json('POST', '/api/admin/quotes', {
        companyId: acmeId, lines: [{ partId: part.id, quantity: 20 }, { articleId: nut.id, quantity: 10 }], note: 'As discussed on the phone.', send: true,
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ source: 'shop', company: { id: acmeId }, note: 'As discussed on the phone.' });
      expect(res.body.sentAt).not.toBeNull();
      const nutLine = res.body.lines[1];
      expect(nutLine.unitPrice).toBe(Math.round(620 * 0.9)); // the break at 10, Acme's 10 % off the fasteners
      // the customer sees it and its PDF
      const mine = await acme.json('GET', `/api/quotes/${res.body.id}`);
      expect(mine.status).toBe(200);
      expect((await acme.request('GET', `/api/quotes/${res.body.id}/pdf`)).status).toBe(200);
      const mails = (await ops.json('GET', '/api/admin/outbox')).body.items as { kind: string; to: string; subject: string }[];
      const mail = mails.find((m) => m.kind === 'quote_sent');
      expect(mail).toMatchObject({ to: 'admin@acme.example' });
      expect(mail!.subject).toContain(res.body.number);
      // mailed again to a named address
      const again = await ops.json('POST', `/api/admin/quotes/${res.body.id}/send`, { to: 'purchasing@acme.example' });
      expect(again.body).toEqual({ to: 'purchasing@acme.example' });
      expect((await ops.json('GET', '/api/admin/quotes')).body.items[0].id).toBe(res.body.id);
    });

    it('refuses another company\'s part (404) and customers (403)', async () => {
      const acmeId = (await acme.json('GET', '/api/company')).body.id;
      const [betaPart] = await parts(beta);
      const res = await ops.json('POST', '/api/admin/quotes', { companyId: acmeId, lines: [{ partId: betaPart.id, quantity: 1 }] });
      expect(res.status).toBe(404);
      expect((await acme.json('POST', '/api/admin/quotes', { companyId: acmeId, lines: [{ partId: betaPart.id, quantity: 1 }] })).status).toBe(403);
    });
  });
});
