// The order confirmation PDF (issue [7]): the quote's renderer, kind 'confirmation', from the
// order's frozen lines, read back with poppler's pdftotext.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portal, type Caller, type Portal } from './helpers.js';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const tmp = mkdtempSync(join(tmpdir(), 'kerf-confirmation-'));
function pdfText(bytes: ArrayBuffer): string {
  const f = join(tmp, `c-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(f, new Uint8Array(bytes));
  return execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
}
const euro = (lang: string, cents: number) => new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(cents / 100);

describe('order confirmation PDF', () => {
  let p: Portal;
  let beta: Caller, acme: Caller, buyer: Caller, ops: Caller;
  let order: { id: number; number: string; total: number; lines: { name: string; total: number }[] };
  beforeAll(async () => {
    p = await portal();
    [beta, acme, buyer, ops] = await Promise.all([p.as('admin@beta.example'), p.as('admin@acme.example'), p.as('buyer@acme.example'), p.as('ops@kerf.example')]);
    const plate = (await beta.json('POST', '/api/parts', {
      name: 'Plate 4 x M8', template: 'hole-plate', params: { width: 160, height: 100, rows: 2, columns: 2, holeDiameter: 6.8, margin: 15 }, material: 'S235', thickness: 3,
    })).body;
    await beta.json('POST', '/api/basket/items', { partId: plate.id, quantity: 25, finishing: { tapping: [{ thread: 'M8', count: 4 }], deburring: true } });
    await beta.json('PATCH', '/api/basket', { leadTime: 'express', commission: 'Site 9' });
    order = (await beta.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'conf-1' })).body;
  });
  afterAll(() => p.close());

  it('confirms a released order: number, customer, lines with finishing, delivery and totals', async () => {
    const res = await beta.request('GET', `/api/orders/${order.id}/confirmation.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`${order.number}.pdf`);
    const bytes = await res.arrayBuffer();
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    if (!hasPoppler) return;
    const text = pdfText(bytes);
    for (const s of [`Order confirmation ${order.number}`, 'Beta Bau AG', 'Site 9', 'Plate 4 x M8', 'Tapping', 'Deburring', 'Express, delivery by',
      euro('en', order.total), euro('en', Math.round(order.total * 1.19)), 'We confirm your order']) {
      expect(text, s).toContain(s);
    }
    expect(text).not.toContain('Valid until');
  });

  it('writes the back office\'s copy in the company\'s language', async () => {
    const res = await ops.request('GET', `/api/admin/orders/${order.id}/confirmation.pdf`);
    expect(res.status).toBe(200);
    if (!hasPoppler) return;
    const text = pdfText(await res.arrayBuffer());
    const beta = (await ops.json('GET', '/api/admin/companies')).body.items.find((c: { customerNumber: string }) => c.customerNumber === '10002');
    expect(text).toContain(beta.language === 'de' ? 'Auftragsbestätigung' : 'Order confirmation');
  });

  it('has nothing to confirm while the order awaits approval (409), and another company\'s is a 404', async () => {
    const pending = (await buyer.json('GET', '/api/orders?status=pending_approval')).body.items[0];
    const res = await buyer.json('GET', `/api/orders/${pending.id}/confirmation.pdf`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('INVALID_STATUS');
    expect((await acme.json('GET', `/api/orders/${order.id}/confirmation.pdf`)).status).toBe(404);
    expect((await ops.json('GET', `/api/admin/orders/${pending.id}/confirmation.pdf`)).status).toBe(404);
  });
});
