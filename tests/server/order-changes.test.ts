// After the order, confirmation and changes (issue [8]): the shop confirms with changed quantities
// and dates (old and new values in the history, the confirmation PDF as confirmed), files on an
// order from both sides, supplements through the approval rules, the message thread with its
// mails and unread counts — and the rights: another company's order is a 404, a customer never
// changes a quantity or a price.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portal, type Caller, type Portal } from './helpers.js';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const tmp = mkdtempSync(join(tmpdir(), 'kerf-changes-'));
function pdfText(bytes: ArrayBuffer): string {
  const f = join(tmp, `c-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(f, new Uint8Array(bytes));
  return execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
}

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const upload = (bytes: Uint8Array, name: string, type = 'application/octet-stream') => {
  const form = new FormData();
  form.set('file', new File([bytes], name, { type }));
  return form;
};

interface Line { id: number; position: number; name: string; quantity: number; originalQuantity: number | null; unitPrice: number; total: number; deliveryDate: string | null; supplementId: number | null; approval: string }
interface OrderView { id: number; number: string; status: string; total: number; lines: Line[]; history: { kind: string; note: string | null; data: any }[]; confirmedAt: number | null; confirmedBy: string | null; supplements: { id: number; number: number; status: string; total: number }[]; supplementId?: number }

describe('after the order: confirmation and changes', () => {
  let p: Portal;
  let beta: Caller, acme: Caller, buyer: Caller, engineer: Caller, ops: Caller;
  const outbox = async () => (await ops.json('GET', '/api/admin/outbox?limit=500')).body.items as { to: string; kind: string; subject: string; text: string; orderId: number | null }[];
  const partOf = async (c: Caller, name?: string) => {
    const items = (await c.json('GET', '/api/parts?pageSize=100')).body.items;
    return name ? items.find((x: { name: string }) => x.name === name) : items[0];
  };
  /** A released Beta order of two lines (Beta orders without approval). */
  const betaOrder = async (key: string): Promise<OrderView> => {
    const [a, b] = (await beta.json('GET', '/api/parts?pageSize=100')).body.items;
    await beta.json('POST', '/api/basket/items', { partId: a.id, quantity: 25 });
    await beta.json('POST', '/api/basket/items', { partId: b.id, quantity: 10 });
    const o = await beta.json('POST', '/api/orders', { commission: key }, { 'Idempotency-Key': key });
    expect(o.status).toBe(201);
    expect(o.body.status).toBe('released');
    return o.body;
  };

  beforeAll(async () => {
    p = await portal();
    [beta, acme, buyer, engineer, ops] = await Promise.all([
      p.as('admin@beta.example'), p.as('admin@acme.example'), p.as('buyer@acme.example'), p.as('engineer@acme.example'), p.as('ops@kerf.example'),
    ]);
  });
  afterAll(() => p.close());

  describe('the shop confirms', () => {
    let order: OrderView;
    beforeAll(async () => { order = await betaOrder('confirm-1'); });

    it('changes a quantity and a date with reasons: new totals, the original quantity kept, old and new values in the history, the orderer mailed', async () => {
      const [l1, l2] = order.lines;
      const res = await ops.json('POST', `/api/admin/orders/${order.id}/confirm`, {
        lines: [
          { lineId: l1.id, quantity: 20, reason: 'Only 20 fit on the sheet we have' },
          { lineId: l2.id, deliveryDate: '2026-12-18', reason: 'Coating takes a week longer' },
        ],
        note: 'Thank you for your order.',
      });
      expect(res.status).toBe(200);
      const o: OrderView = res.body;
      const c1 = o.lines.find((l) => l.id === l1.id)!;
      const c2 = o.lines.find((l) => l.id === l2.id)!;
      expect([c1.quantity, c1.originalQuantity, c1.unitPrice, c1.total]).toEqual([20, 25, l1.unitPrice, l1.unitPrice * 20]);
      expect([c2.quantity, c2.originalQuantity, c2.deliveryDate]).toEqual([10, null, '2026-12-18']);
      expect(o.total).toBe(l1.unitPrice * 20 + l2.total);
      expect(o.confirmedAt).toBe(p.now());
      expect(o.confirmedBy).toBe('Olivia Operator');
      // the customer sees the same, with old and new values
      const mine: OrderView = (await beta.json('GET', `/api/orders/${order.id}`)).body;
      expect(mine.total).toBe(o.total);
      const changed = mine.history.filter((e) => e.kind === 'line_changed').map((e) => e.data);
      expect(changed).toEqual([
        { lineId: l1.id, position: 1, field: 'quantity', from: 25, to: 20, reason: 'Only 20 fit on the sheet we have' },
        { lineId: l2.id, position: 2, field: 'deliveryDate', from: expect.any(String), to: '2026-12-18', reason: 'Coating takes a week longer' },
      ]);
      expect(mine.history.filter((e) => e.kind === 'confirmed')).toHaveLength(1);
      const mail = (await outbox()).find((m) => m.kind === 'order_confirmed' && m.orderId === order.id)!;
      expect(mail.to).toBe('admin@beta.example');
      expect(mail.text).toContain('25 → 20 (Only 20 fit on the sheet we have)');
      expect(mail.text).toContain('Thank you for your order.');
    });

    it('needs a reason for every change, and changes nothing without one', async () => {
      const [l1] = order.lines;
      const res = await ops.json('POST', `/api/admin/orders/${order.id}/confirm`, { lines: [{ lineId: l1.id, quantity: 5 }] });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
      expect(res.body.error.message).toContain('reason');
      const past = await ops.json('POST', `/api/admin/orders/${order.id}/confirm`, { lines: [{ lineId: l1.id, deliveryDate: '2020-01-01', reason: 'x' }] });
      expect(past.status).toBe(400);
      const bad = await ops.json('POST', `/api/admin/orders/${order.id}/confirm`, { lines: [{ lineId: l1.id, deliveryDate: '2026-02-31', reason: 'x' }] });
      expect(bad.status).toBe(400);
      expect((await beta.json('GET', `/api/orders/${order.id}`)).body.lines[0].quantity).toBe(20);
    });

    it('confirms again later, in production too, each change in the history', async () => {
      await ops.json('POST', `/api/admin/orders/${order.id}/status`, { status: 'in_production' });
      p.advance(86_400_000);
      const [l1] = order.lines;
      const res = await ops.json('POST', `/api/admin/orders/${order.id}/confirm`, { lines: [{ lineId: l1.id, quantity: 22, reason: 'A second sheet came in' }] });
      expect(res.status).toBe(200);
      const o: OrderView = res.body;
      expect(o.lines[0].quantity).toBe(22);
      expect(o.lines[0].originalQuantity).toBe(25);
      expect(o.confirmedAt).toBe(p.now());
      expect(o.history.filter((e) => e.kind === 'confirmed')).toHaveLength(2);
      expect(o.history.filter((e) => e.kind === 'line_changed').map((e) => [e.data.from, e.data.to])).toEqual([[25, 20], [expect.any(String), '2026-12-18'], [20, 22]]);
    });

    it('the confirmation PDF shows the confirmed state: quantities, the ordered one, per-line dates and when it was confirmed', async () => {
      const res = await beta.request('GET', `/api/orders/${order.id}/confirmation.pdf`);
      expect(res.status).toBe(200);
      if (!hasPoppler) return;
      const text = pdfText(await res.arrayBuffer());
      const o: OrderView = (await beta.json('GET', `/api/orders/${order.id}`)).body;
      expect(text).toContain('Confirmed on');
      expect(text).toMatch(/22 pcs/);
      expect(text).toContain('ordered: 25');
      expect(text).toContain('Delivery: 18 Dec 2026');
      expect(text).toContain(new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(o.total / 100));
    });

    it('refuses what is not the shop\'s to confirm: another status, an unknown line, an order awaiting approval', async () => {
      const done = (await ops.json('GET', '/api/admin/orders?status=completed')).body.items[0];
      const r1 = await ops.json('POST', `/api/admin/orders/${done.id}/confirm`, {});
      expect(r1.status).toBe(409);
      expect(r1.body.error.code).toBe('INVALID_STATUS');
      const r2 = await ops.json('POST', `/api/admin/orders/${order.id}/confirm`, { lines: [{ lineId: 999999, quantity: 1, reason: 'x' }] });
      expect(r2.status).toBe(404);
      const pending = (await buyer.json('GET', '/api/orders?status=pending_approval')).body.items[0];
      expect((await ops.json('POST', `/api/admin/orders/${pending.id}/confirm`, {})).status).toBe(404);
    });

    it('a customer can neither confirm nor change a quantity or a price after release', async () => {
      const before: OrderView = (await beta.json('GET', `/api/orders/${order.id}`)).body;
      const l = before.lines[0];
      const attempts = [
        await beta.json('POST', `/api/admin/orders/${order.id}/confirm`, { lines: [{ lineId: l.id, quantity: 1000, reason: 'more' }] }),
        await beta.json('PATCH', `/api/orders/${order.id}`, { total: 1 }),
        await beta.json('PATCH', `/api/orders/${order.id}/lines/${l.id}`, { quantity: 1000, unitPrice: 1 }),
        await beta.json('PUT', `/api/orders/${order.id}/lines/${l.id}`, { quantity: 1000, unitPrice: 1 }),
        await beta.json('POST', `/api/orders/${order.id}/lines`, { partId: l.id, quantity: 1, unitPrice: 1 }),
        await beta.json('POST', `/api/orders/${order.id}/confirm`, { lines: [{ lineId: l.id, quantity: 1000, reason: 'more' }] }),
      ];
      expect(attempts.map((r) => r.status)).toEqual([403, 404, 404, 404, 404, 404]);
      const after: OrderView = (await beta.json('GET', `/api/orders/${order.id}`)).body;
      expect(after.lines.map((x) => [x.quantity, x.unitPrice, x.total])).toEqual(before.lines.map((x) => [x.quantity, x.unitPrice, x.total]));
      expect(after.total).toBe(before.total);
    });
  });

  describe('attachments', () => {
    let order: OrderView;
    beforeAll(async () => { order = await betaOrder('files-1'); });

    it('the customer and the shop attach files, listed with who and when, with a history entry', async () => {
      const r1 = await beta.json('POST', `/api/orders/${order.id}/attachments`, upload(PDF, 'Zeichnung Rev B.pdf', 'text/plain'));
      expect(r1.status).toBe(201);
      expect(r1.body).toMatchObject({ name: 'Zeichnung Rev B.pdf', mime: 'application/pdf', size: PDF.byteLength, side: 'customer', uploadedBy: 'Bernd Beta' });
      const r2 = await ops.json('POST', `/api/admin/orders/${order.id}/attachments`, upload(PNG, 'photo.png'));
      expect(r2.status).toBe(201);
      expect(r2.body.side).toBe('shop');
      const list = (await beta.json('GET', `/api/orders/${order.id}/attachments`)).body.items;
      expect(list.map((a: { name: string; side: string }) => [a.name, a.side])).toEqual([['Zeichnung Rev B.pdf', 'customer'], ['photo.png', 'shop']]);
      expect(list.every((a: { createdAt: number; uploadedBy: string }) => a.createdAt === p.now() && a.uploadedBy)).toBe(true);
      expect((await ops.json('GET', `/api/admin/orders/${order.id}/attachments`)).body.items).toHaveLength(2);
      const history = (await beta.json('GET', `/api/orders/${order.id}`)).body.history.filter((e: { kind: string }) => e.kind === 'attachment');
      expect(history.map((e: { note: string }) => e.note)).toEqual(['Zeichnung Rev B.pdf', 'photo.png']);
    });

    it('downloads with its recognised type, as an attachment, never sniffed', async () => {
      const list = (await beta.json('GET', `/api/orders/${order.id}/attachments`)).body.items;
      const res = await beta.request('GET', `/api/orders/${order.id}/attachments/${list[0].id}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toContain('attachment;');
      expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''Zeichnung%20Rev%20B.pdf");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
      const shop = await ops.request('GET', `/api/admin/orders/${order.id}/attachments/${list[1].id}`);
      expect(shop.headers.get('content-type')).toBe('image/png');
    });

    it('refuses files that are not PDF, image or DXF (415), empty ones (400) and those over 20 MB (413), writing nothing', async () => {
      const before = (await beta.json('GET', `/api/orders/${order.id}`)).body.history.length;
      const text = await beta.json('POST', `/api/orders/${order.id}/attachments`, upload(new TextEncoder().encode('<script>alert(1)</script>'), 'x.pdf', 'application/pdf'));
      expect(text.status).toBe(415);
      expect(text.body.error.code).toBe('UNSUPPORTED_FILE_TYPE');
      const empty = await beta.json('POST', `/api/orders/${order.id}/attachments`, upload(new Uint8Array(0), 'e.pdf'));
      expect(empty.status).toBe(400);
      const big = new Uint8Array(20 * 1024 * 1024 + 1);
      big.set(PDF);
      const large = await beta.json('POST', `/api/orders/${order.id}/attachments`, upload(big, 'big.pdf'));
      expect(large.status).toBe(413);
      expect(large.body.error.code).toBe('FILE_TOO_LARGE');
      expect((await beta.json('GET', `/api/orders/${order.id}/attachments`)).body.items).toHaveLength(2);
      expect((await beta.json('GET', `/api/orders/${order.id}`)).body.history.length).toBe(before);
    });

    it('another company\'s order is a 404 for listing, uploading and downloading; so is the shop\'s view of an order awaiting approval', async () => {
      const list = (await beta.json('GET', `/api/orders/${order.id}/attachments`)).body.items;
      expect((await acme.json('GET', `/api/orders/${order.id}/attachments`)).status).toBe(404);
      expect((await acme.json('POST', `/api/orders/${order.id}/attachments`, upload(PDF, 'a.pdf'))).status).toBe(404);
      expect((await acme.json('GET', `/api/orders/${order.id}/attachments/${list[0].id}`)).status).toBe(404);
      // an attachment id under another order of one's own
      const own = (await acme.json('GET', '/api/orders')).body.items[0];
      expect((await acme.json('GET', `/api/orders/${own.id}/attachments/${list[0].id}`)).status).toBe(404);
      const pending = (await buyer.json('GET', '/api/orders?status=pending_approval')).body.items[0];
      expect((await ops.json('POST', `/api/admin/orders/${pending.id}/attachments`, upload(PDF, 'a.pdf'))).status).toBe(404);
      expect((await beta.json('GET', `/api/admin/orders/${order.id}/attachments`)).status).toBe(403);
    });
  });

  describe('supplements', () => {
    it('the buyer adds his basket to a released order: it awaits approval (the shop does not see it), then the shop confirms it into the total', async () => {
      // the buyer's order awaiting approval, approved, then added to
      const pending = (await buyer.json('GET', '/api/orders?status=pending_approval')).body.items[0];
      expect((await acme.json('POST', `/api/orders/${pending.id}/approve`)).body.status).toBe('released');
      const released: OrderView = (await buyer.json('GET', `/api/orders/${pending.id}`)).body;
      const basket = (await buyer.json('GET', '/api/basket')).body;
      expect(basket.items.length).toBeGreaterThan(0);
      const res = await buyer.json('POST', `/api/orders/${pending.id}/supplements`, undefined, { 'Idempotency-Key': 'sup-1' });
      expect(res.status).toBe(201);
      const o: OrderView = res.body;
      expect(o.status).toBe('released');
      expect(o.total).toBe(released.total); // unconfirmed additions do not count
      const sup = o.supplements.find((x) => x.id === o.supplementId)!;
      expect(sup).toMatchObject({ number: 1, status: 'pending_approval', total: basket.total });
      const added = o.lines.filter((l) => l.supplementId === sup.id);
      expect(added.map((l) => [l.quantity, l.unitPrice, l.approval])).toEqual(basket.items.map((i: { quantity: number; unitPrice: number }) => [i.quantity, i.unitPrice, 'pending']));
      expect(added[0].position).toBe(released.lines.length + 1);
      expect((await buyer.json('GET', '/api/basket')).body.items).toHaveLength(0);
      // a retry with the same key is the same supplement
      const again = await buyer.json('POST', `/api/orders/${pending.id}/supplements`, undefined, { 'Idempotency-Key': 'sup-1' });
      expect(again.status).toBe(200);
      expect(again.body.supplementId).toBe(sup.id);
      // the approver sees it, the shop does not yet
      const approvals = (await acme.json('GET', '/api/approvals')).body.items;
      expect(approvals.map((x: { id: number }) => x.id)).toContain(pending.id);
      const shopView: OrderView = (await ops.json('GET', `/api/admin/orders/${pending.id}`)).body;
      expect(shopView.lines.some((l) => l.supplementId === sup.id)).toBe(false);
      expect(shopView.supplements).toEqual([]);
      expect((await outbox()).filter((m) => m.kind === 'approval_requested' && m.orderId === pending.id && m.to === 'admin@acme.example').length).toBeGreaterThanOrEqual(2);
      // the buyer does not approve his own addition
      expect((await buyer.json('POST', `/api/orders/${pending.id}/approve`)).status).toBe(403);
      // approved: the order stays released, the supplement goes to the shop, the sales rep is mailed
      const approved = await acme.json('POST', `/api/orders/${pending.id}/approve`);
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('released');
      expect(approved.body.supplements[0].status).toBe('submitted');
      expect(approved.body.total).toBe(released.total);
      const mail = (await outbox()).find((m) => m.kind === 'supplement_submitted' && m.orderId === pending.id)!;
      expect(mail.to).toBe('sales@kerf.example');
      // the shop confirms: now it counts
      const confirmed = await ops.json('POST', `/api/admin/orders/${pending.id}/supplements/${sup.id}/confirm`);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.supplements[0].status).toBe('confirmed');
      expect(confirmed.body.total).toBe(released.total + basket.total);
      expect((await outbox()).some((m) => m.kind === 'supplement_confirmed' && m.to === 'buyer@acme.example')).toBe(true);
      expect((await ops.json('POST', `/api/admin/orders/${pending.id}/supplements/${sup.id}/confirm`)).status).toBe(409);
    });

    it('without approval it goes to the shop at once; the shop may reject it, and the total stays', async () => {
      const order = await betaOrder('sup-beta');
      const part = await partOf(beta);
      await beta.json('POST', '/api/basket/items', { partId: part.id, quantity: 3 });
      const res = await beta.json('POST', `/api/orders/${order.id}/supplements`, undefined, { 'Idempotency-Key': 'sup-b1' });
      expect(res.status).toBe(201);
      expect(res.body.supplements[0].status).toBe('submitted');
      expect((await outbox()).some((m) => m.kind === 'supplement_submitted' && m.orderId === order.id && m.to === 'sales@kerf.example')).toBe(true);
      const sid = res.body.supplementId;
      const noReason = await ops.json('POST', `/api/admin/orders/${order.id}/supplements/${sid}/reject`, {});
      expect(noReason.status).toBe(400);
      const rejected = await ops.json('POST', `/api/admin/orders/${order.id}/supplements/${sid}/reject`, { reason: 'Material out of stock' });
      expect(rejected.status).toBe(200);
      expect(rejected.body.supplements[0].status).toBe('rejected');
      expect(rejected.body.total).toBe(order.total);
      expect(rejected.body.lines.filter((l: Line) => l.supplementId === sid).every((l: Line) => l.approval === 'rejected')).toBe(true);
      expect((await outbox()).some((m) => m.kind === 'supplement_rejected' && m.to === 'admin@beta.example' && m.text.includes('Material out of stock'))).toBe(true);
    });

    it('the customer withdraws a supplement the shop has not confirmed: its lines leave the order and the approvals, the shop is told', async () => {
      const order = await betaOrder('sup-withdraw');
      const part = await partOf(beta);
      await beta.json('POST', '/api/basket/items', { partId: part.id, quantity: 2 });
      const added = await beta.json('POST', `/api/orders/${order.id}/supplements`, undefined, { 'Idempotency-Key': 'sup-w1' });
      expect(added.body.supplements[0].status).toBe('submitted');
      const sid = added.body.supplementId;
      // another company's order, another order's supplement: 404; the shop has no customer route
      expect((await acme.json('POST', `/api/orders/${order.id}/supplements/${sid}/withdraw`)).status).toBe(404);
      const other = await betaOrder('sup-withdraw-other');
      expect((await beta.json('POST', `/api/orders/${other.id}/supplements/${sid}/withdraw`)).status).toBe(404);
      expect((await ops.json('POST', `/api/orders/${order.id}/supplements/${sid}/withdraw`)).status).toBe(403);
      const res = await beta.json('POST', `/api/orders/${order.id}/supplements/${sid}/withdraw`);
      expect(res.status).toBe(200);
      expect(res.body.supplements[0].status).toBe('cancelled');
      expect(res.body.total).toBe(order.total);
      expect(res.body.lines.filter((l: Line) => l.supplementId === sid).every((l: Line) => l.approval === 'rejected')).toBe(true);
      expect(res.body.history.at(-1)).toMatchObject({ kind: 'supplement', note: expect.stringContaining('cancelled') });
      const mail = (await outbox()).find((m) => m.kind === 'supplement_withdrawn' && m.orderId === order.id);
      expect(mail).toMatchObject({ to: 'sales@kerf.example' });
      expect(mail!.text).toContain('Beta Bau AG');
      // once withdrawn it is neither the shop's to confirm nor withdrawn twice
      expect((await ops.json('POST', `/api/admin/orders/${order.id}/supplements/${sid}/confirm`)).body.error.code).toBe('INVALID_STATUS');
      expect((await beta.json('POST', `/api/orders/${order.id}/supplements/${sid}/withdraw`)).body.error.code).toBe('INVALID_STATUS');
    });

    it('the engineer may not withdraw the buyer\'s supplement; the buyer may, and it leaves the approvals list', async () => {
      const part = await partOf(buyer);
      await buyer.json('POST', '/api/basket/items', { partId: part.id, quantity: 2 });
      const placed = await buyer.json('POST', '/api/orders', { commission: 'sup-w-acme' }, { 'Idempotency-Key': 'sup-w-acme' });
      expect((await acme.json('POST', `/api/orders/${placed.body.id}/approve`)).body.status).toBe('released');
      await buyer.json('POST', '/api/basket/items', { partId: part.id, quantity: 1 });
      const added = await buyer.json('POST', `/api/orders/${placed.body.id}/supplements`, undefined, { 'Idempotency-Key': 'sup-w-acme-1' });
      expect(added.body.supplements[0].status).toBe('pending_approval');
      const sid = added.body.supplementId;
      const pending = () => acme.json('GET', '/api/approvals').then((r) => JSON.stringify(r.body).includes(`"supplementId":${sid}`));
      expect(await pending()).toBe(true);
      expect((await engineer.json('POST', `/api/orders/${placed.body.id}/supplements/${sid}/withdraw`)).status).toBe(403);
      expect((await buyer.json('POST', `/api/orders/${placed.body.id}/supplements/${sid}/withdraw`)).body.supplements[0].status).toBe('cancelled');
      expect(await pending()).toBe(false);
      // the shop never heard of it, so nobody is mailed
      expect((await outbox()).some((m) => m.kind === 'supplement_withdrawn' && m.orderId === placed.body.id)).toBe(false);
    });

    it('an approval limit counts the order with its addition (the same rules as placing an order)', async () => {
      // the engineer may order up to 5,000 € without approval; his known parts in the agreed materials pass
      const order = (await engineer.json('GET', '/api/orders?status=released')).body.items.find((o: { orderer: string }) => o.orderer === 'Erika Engineer');
      const view: OrderView = (await engineer.json('GET', `/api/orders/${order.id}`)).body;
      const bracket = await partOf(engineer, 'Mounting bracket');
      await engineer.json('POST', '/api/basket/items', { partId: bracket.id, quantity: 1 });
      const small = await engineer.json('POST', `/api/orders/${order.id}/supplements`, undefined, { 'Idempotency-Key': 'lim-1' });
      expect(small.status).toBe(201);
      expect(small.body.supplements.at(-1).status).toBe('submitted');
      // pieces worth less than the limit (5,000 €) alone, but more with what the order holds already
      const limit = 500_000;
      const item = (await engineer.json('POST', '/api/basket/items', { partId: bracket.id, quantity: 1 })).body.items[0];
      const worth = async (q: number) => (await engineer.json('PATCH', `/api/basket/items/${item.id}`, { quantity: q })).body.total as number;
      let [lo, hi] = [1, 200_000];
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (await worth(mid) <= limit) lo = mid; else hi = mid;
      }
      const added = await worth(lo);
      expect(added).toBeLessThanOrEqual(limit);
      // the order as it stands counts with its open additions (splitting an order into supplements does not dodge the limit)
      const standing = small.body.lines.filter((l: Line) => l.approval !== 'rejected').reduce((sum: number, l: Line) => sum + l.total, 0);
      expect(standing + added).toBeGreaterThan(limit);
      const large = await engineer.json('POST', `/api/orders/${order.id}/supplements`, undefined, { 'Idempotency-Key': 'lim-2' });
      expect(large.status).toBe(201);
      const sup = large.body.supplements.at(-1);
      expect(sup.status).toBe('pending_approval');
      expect(large.body.lines.filter((l: Line & { approvalReason: string }) => l.supplementId === sup.id).map((l: { approvalReason: string }) => l.approvalReason)).toEqual(['limit']);
    });

    it('ten submissions of one basket at once, with one key, make one supplement', async () => {
      const order = await betaOrder('sup-race');
      const part = await partOf(beta);
      await beta.json('POST', '/api/basket/items', { partId: part.id, quantity: 6 });
      const results = await Promise.all(Array.from({ length: 10 }, () => beta.json('POST', `/api/orders/${order.id}/supplements`, undefined, { 'Idempotency-Key': 'race-sup' })));
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(results.filter((r) => r.status === 200)).toHaveLength(9);
      expect(new Set(results.map((r) => r.body.supplementId)).size).toBe(1);
      const o: OrderView = (await beta.json('GET', `/api/orders/${order.id}`)).body;
      expect(o.supplements).toHaveLength(1);
      expect(o.lines.filter((l) => l.supplementId !== null)).toHaveLength(1);
    });

    it('a cancelled order\'s open supplement is no longer the approver\'s to decide', async () => {
      const part = await partOf(buyer);
      await buyer.json('POST', '/api/basket/items', { partId: part.id, quantity: 2 });
      const order = (await buyer.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'cancel-sup-1' })).body;
      expect(order.status).toBe('pending_approval');
      await buyer.json('POST', '/api/basket/items', { partId: part.id, quantity: 3 });
      const sup = await buyer.json('POST', `/api/orders/${order.id}/supplements`, undefined, { 'Idempotency-Key': 'cancel-sup-2' });
      expect(sup.body.supplements[0].status).toBe('pending_approval');
      expect((await acme.json('GET', '/api/approvals')).body.items.map((o: { id: number }) => o.id)).toContain(order.id);
      expect((await buyer.json('POST', `/api/orders/${order.id}/cancel`)).status).toBe(200);
      expect((await acme.json('GET', '/api/approvals')).body.items.map((o: { id: number }) => o.id)).not.toContain(order.id);
      const late = await acme.json('POST', `/api/orders/${order.id}/approve`);
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe('INVALID_STATUS');
    });

    it('refuses once production started (409), with an empty basket (409), on another company\'s order (404), without the right to order (403)', async () => {
      const making = (await engineer.json('GET', '/api/orders?status=in_production')).body.items[0];
      const part = await partOf(engineer);
      await engineer.json('POST', '/api/basket/items', { partId: part.id, quantity: 1 });
      const late = await engineer.json('POST', `/api/orders/${making.id}/supplements`);
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe('INVALID_STATUS');
      const order = await betaOrder('sup-empty');
      const empty = await beta.json('POST', `/api/orders/${order.id}/supplements`);
      expect(empty.status).toBe(409);
      expect(empty.body.error.code).toBe('BASKET_EMPTY');
      expect((await engineer.json('POST', `/api/orders/${order.id}/supplements`)).status).toBe(404);
      expect((await ops.json('POST', `/api/orders/${order.id}/supplements`)).status).toBe(403);
      expect((await beta.json('POST', `/api/admin/orders/${order.id}/supplements/1/confirm`)).status).toBe(403);
    });
  });

  describe('messages', () => {
    let order: OrderView;
    beforeAll(async () => { order = await betaOrder('msg-1'); });

    it('a customer\'s message mails the sales rep and is unread for the shop until read', async () => {
      const res = await beta.json('POST', `/api/orders/${order.id}/messages`, { body: 'Could you deliver on Friday?\nGate 3, please.' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ side: 'customer', mine: true, body: 'Could you deliver on Friday?\nGate 3, please.' });
      const mail = (await outbox()).find((m) => m.kind === 'order_message' && m.orderId === order.id)!;
      expect(mail.to).toBe('sales@kerf.example');
      expect(mail.text).toContain('Could you deliver on Friday?');
      expect(mail.text).toContain(`/admin/#/orders/${order.id}`);
      // the shop's list and its total
      const row = (await ops.json('GET', '/api/admin/orders')).body.items.find((o: { id: number }) => o.id === order.id);
      expect(row.unreadMessages).toBe(1);
      const unread = (await ops.json('GET', '/api/admin/messages/unread')).body;
      expect(unread.total).toBeGreaterThanOrEqual(1);
      expect(unread.orders.find((o: { orderId: number }) => o.orderId === order.id)).toEqual({ orderId: order.id, number: order.number, unread: 1 });
      // the writer has nothing unread
      expect((await beta.json('GET', '/api/messages/unread')).body.total).toBe(0);
      // reading marks it read
      const thread = (await ops.json('GET', `/api/admin/orders/${order.id}/messages`)).body.items;
      expect(thread.map((m: { side: string; mine: boolean }) => [m.side, m.mine])).toEqual([['customer', false]]);
      expect((await ops.json('GET', '/api/admin/orders')).body.items.find((o: { id: number }) => o.id === order.id).unreadMessages).toBe(0);
    });

    it('the shop\'s answer mails the orderer and counts as unread in the portal until the thread is opened', async () => {
      p.advance(60_000);
      const res = await ops.json('POST', `/api/admin/orders/${order.id}/messages`, { body: 'Friday works. Gate 3 noted.' });
      expect(res.status).toBe(201);
      const mail = (await outbox()).find((m) => m.kind === 'order_message' && m.orderId === order.id && m.to === 'admin@beta.example')!;
      expect(mail.text).toContain('Friday works. Gate 3 noted.');
      expect(mail.text).toContain(`/portal/#/orders/${order.id}`);
      const list = (await beta.json('GET', '/api/orders')).body.items;
      expect(list.find((o: { id: number }) => o.id === order.id).unreadMessages).toBe(1);
      expect(list.filter((o: { id: number }) => o.id !== order.id).every((o: { unreadMessages: number }) => o.unreadMessages === 0)).toBe(true);
      expect((await beta.json('GET', '/api/messages/unread')).body).toEqual({ total: 1, orders: [{ orderId: order.id, number: order.number, unread: 1 }] });
      const thread = (await beta.json('GET', `/api/orders/${order.id}/messages`)).body.items;
      expect(thread.map((m: { side: string; author: string }) => m.side)).toEqual(['customer', 'shop']);
      expect((await beta.json('GET', '/api/messages/unread')).body.total).toBe(0);
    });

    it('another company\'s thread is a 404; an empty message is a 400; the shop does not write on orders it cannot see', async () => {
      expect((await acme.json('GET', `/api/orders/${order.id}/messages`)).status).toBe(404);
      expect((await acme.json('POST', `/api/orders/${order.id}/messages`, { body: 'hi' })).status).toBe(404);
      expect((await acme.json('GET', '/api/messages/unread')).body.orders.some((o: { orderId: number }) => o.orderId === order.id)).toBe(false);
      const empty = await beta.json('POST', `/api/orders/${order.id}/messages`, { body: '   ' });
      expect(empty.status).toBe(400);
      expect(empty.body.error.code).toBe('VALIDATION_ERROR');
      const pending = (await buyer.json('GET', '/api/orders?status=pending_approval')).body.items[0];
      if (pending) expect((await ops.json('POST', `/api/admin/orders/${pending.id}/messages`, { body: 'hi' })).status).toBe(404);
      expect((await beta.json('GET', `/api/admin/orders/${order.id}/messages`)).status).toBe(403);
      expect((await p.anonymous().json('GET', `/api/orders/${order.id}/messages`)).status).toBe(401);
    });
  });
});
