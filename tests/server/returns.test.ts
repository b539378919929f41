// Receipt and returns (issue [8]): partial shipments with delivery notes, the customer's receipt
// per shipped line with photos, returns (RMA) to a replacement order at price 0 and to a credit
// note, and the rights and bad input of every step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { authOf } from '../../server/auth/sessions.js';
import { returns, users } from '../../server/db/schema.js';
import { confirmReceipt, openReturn, setReturnStatus, shipLines } from '../../server/services/returns.js';
import { BASE, portal, type Caller, type Portal } from './helpers.js';

/** A real 1 × 1 PNG. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

interface Line { id: number; position: number; quantity: number; unitPrice: number; approval: string }
interface Order { id: number; number: string; status: string; total: number; lines: Line[]; history: { kind: string; note: string | null; toStatus: string | null }[]; deliveries: { document: string }[]; shipments: { id: number; document: string; lines: { lineId: number; quantity: number; receipt: null | { id: number; condition: string; affected: number; quantity: number; photos: { id: number; mime: string }[] } }[] }[]; shipped: Record<string, number>; returns: { id: number; number: string }[]; replacementFor: null | { id: number; number: string; orderId: number } }

describe('receipt and returns', () => {
  let p: Portal;
  let beta: Caller, acme: Caller, buyer: Caller, ops: Caller;
  let order: Order;

  const mails = async (kind: string) => ((await ops.json('GET', '/api/admin/outbox?limit=500')).body.items as { kind: string; to: string; subject: string; text: string; language: string }[]).filter((m) => m.kind === kind);

  /** A released order of Beta (admin orders without approval) with two part lines. */
  async function betaOrder(q1 = 25, q2 = 10): Promise<Order> {
    const parts = (await beta.json('GET', '/api/parts?pageSize=100')).body.items;
    await beta.json('POST', '/api/basket/items', { partId: parts[0].id, quantity: q1 });
    await beta.json('POST', '/api/basket/items', { partId: parts[1].id, quantity: q2 });
    const o = await beta.json('POST', '/api/orders', { commission: 'Receipt test' }, { 'Idempotency-Key': `rt-${Math.random()}` });
    expect(o.status).toBe(201);
    expect(o.body.status).toBe('released');
    return o.body;
  }

  beforeAll(async () => {
    p = await portal();
    // the demo has one return (Acme's bent brackets, R-2026-00001); these tests start from a shop without any
    await p.database.db.delete(returns);
    await p.database.db.run(sql`UPDATE counters SET value = 0 WHERE name LIKE 'returns-%'`);
    [beta, acme, buyer, ops] = await Promise.all([p.as('admin@beta.example'), p.as('admin@acme.example'), p.as('buyer@acme.example'), p.as('ops@kerf.example')]);
    const parts = (await beta.json('GET', '/api/parts?pageSize=100')).body.items;
    if (parts.length < 2) {
      for (const w of [120, 80]) {
        await beta.json('POST', '/api/parts', { name: `Plate ${w}`, template: 'rectangle', params: { width: w, height: 60 }, material: 'S235', thickness: 3 });
      }
    }
    order = await betaOrder();
  });
  afterAll(() => p.close());

  describe('shipments', () => {
    it('ships part of a line with a delivery note: in production, a delivery record, a mail to the orderer', async () => {
      const [l1] = order.lines;
      const res = await ops.json('POST', `/api/admin/orders/${order.id}/shipments`, { document: 'LS-2026-0500', date: '2026-11-21', lines: [{ lineId: l1.id, quantity: 10 }] });
      expect(res.status).toBe(201);
      const o: Order = res.body;
      expect(o.status).toBe('in_production'); // released → in production by itself
      expect(o.shipments).toHaveLength(1);
      expect(o.shipments[0]).toMatchObject({ document: 'LS-2026-0500', lines: [{ lineId: l1.id, quantity: 10, receipt: null }] });
      expect(o.shipped[l1.id]).toBe(10);
      expect(o.deliveries.map((d) => d.document)).toEqual(['LS-2026-0500']);
      expect(o.history.some((e) => e.kind === 'shipment' && e.note?.startsWith('LS-2026-0500'))).toBe(true);
      expect(o.history.some((e) => e.kind === 'status' && e.toStatus === 'in_production')).toBe(true);
      const mail = (await mails('shipment_partial')).find((m) => m.text.includes(order.number));
      expect(mail?.to).toBe('admin@beta.example');
      expect(mail?.text).toContain('LS-2026-0500');
      // the customer sees the shipment with its lines
      const mine = (await beta.json('GET', `/api/orders/${order.id}`)).body;
      expect(mine.shipments[0].lines[0]).toMatchObject({ lineId: l1.id, quantity: 10 });
    });

    it('refuses more than is open, an unknown line, a zero quantity, and orders of no shop', async () => {
      const [l1] = order.lines;
      const over = await ops.json('POST', `/api/admin/orders/${order.id}/shipments`, { document: 'X', lines: [{ lineId: l1.id, quantity: 16 }] });
      expect(over.status).toBe(409);
      expect(over.body.error.code).toBe('QUANTITY_EXCEEDS_OPEN');
      expect(over.body.error.message).toContain('15 of 25');
      expect((await ops.json('POST', `/api/admin/orders/${order.id}/shipments`, { lines: [{ lineId: 999999, quantity: 1 }] })).status).toBe(404);
      const zero = await ops.json('POST', `/api/admin/orders/${order.id}/shipments`, { lines: [{ lineId: l1.id, quantity: 0 }] });
      expect(zero.status).toBe(400);
      expect(zero.body.error.code).toBe('VALIDATION_ERROR');
      const twice = await ops.json('POST', `/api/admin/orders/${order.id}/shipments`, { lines: [{ lineId: l1.id, quantity: 1 }, { lineId: l1.id, quantity: 1 }] });
      expect(twice.status).toBe(400);
      // a customer cannot ship
      expect((await beta.json('POST', `/api/admin/orders/${order.id}/shipments`, { lines: [{ lineId: l1.id, quantity: 1 }] })).status).toBe(403);
      // an order awaiting approval never reached the shop: 404
      const pending = (await buyer.json('GET', '/api/orders?status=pending_approval')).body.items[0];
      expect((await ops.json('POST', `/api/admin/orders/${pending.id}/shipments`, { lines: [{ lineId: 1, quantity: 1 }] })).status).toBe(404);
      // nothing was written by the refused attempts
      expect((await beta.json('GET', `/api/orders/${order.id}`)).body.shipments).toHaveLength(1);
    });

    it('a line rejected in approval cannot ship', async () => {
      const parts = (await buyer.json('GET', '/api/parts?pageSize=100')).body.items;
      await buyer.json('POST', '/api/basket/items', { partId: parts[0].id, quantity: 4 });
      await buyer.json('POST', '/api/basket/items', { partId: parts[1].id, quantity: 6 });
      const o: Order = (await buyer.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'rej-line' })).body;
      expect(o.status).toBe('pending_approval');
      expect((await acme.json('POST', `/api/orders/${o.id}/reject`, { reason: 'Not needed', lineIds: [o.lines[1].id] })).status).toBe(200);
      expect((await acme.json('POST', `/api/orders/${o.id}/approve`)).body.status).toBe('released');
      const res = await ops.json('POST', `/api/admin/orders/${o.id}/shipments`, { lines: [{ lineId: o.lines[1].id, quantity: 1 }] });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('LINE_NOT_SHIPPABLE');
      // all of the approved line: the order is shipped (the rejected line does not hold it back), with a generated delivery note
      const rest = o.lines.filter((l) => l.id !== o.lines[1].id).map((l) => ({ lineId: l.id, quantity: l.quantity }));
      const all = await ops.json('POST', `/api/admin/orders/${o.id}/shipments`, { lines: rest });
      expect(all.body.status).toBe('shipped');
      expect(all.body.shipments[0].document).toMatch(/^LS-2026-\d{5}$/);
      expect((await mails('order_status')).some((m) => m.to === 'buyer@acme.example' && m.text.includes(o.number))).toBe(true);
    });
  });

  describe('receipt', () => {
    it('the customer reports a damaged line with a photo; the sales rep hears of it', async () => {
      const o: Order = (await beta.json('GET', `/api/orders/${order.id}`)).body;
      const s = o.shipments[0];
      const form = new FormData();
      form.set('shipmentId', String(s.id));
      form.set('lines', JSON.stringify([{ lineId: s.lines[0].lineId, condition: 'damaged', affected: 2, note: 'Two plates bent' }]));
      form.append('photos', new File([PNG], 'bent.png', { type: 'image/png' }));
      const res = await beta.json('POST', `/api/orders/${order.id}/receipt`, form);
      expect(res.status).toBe(201);
      const r = res.body.shipments[0].lines[0].receipt;
      expect(r).toMatchObject({ condition: 'damaged', affected: 2, quantity: 8, note: 'Two plates bent' });
      expect(r.photos).toHaveLength(1);
      expect(r.photos[0].mime).toBe('image/png');
      expect(res.body.history.some((e: { kind: string; note: string }) => e.kind === 'receipt' && e.note.includes('damaged 2 of 10'))).toBe(true);
      const photo = await beta.request('GET', `/api/orders/${order.id}/receipt/photos/${r.photos[0].id}`);
      expect(photo.status).toBe(200);
      expect(photo.headers.get('content-type')).toBe('image/png');
      expect(new Uint8Array(await photo.arrayBuffer())).toEqual(PNG);
      expect((await ops.request('GET', `/api/admin/orders/${order.id}/receipt/photos/${r.photos[0].id}`)).status).toBe(200);
      expect((await acme.request('GET', `/api/orders/${order.id}/receipt/photos/${r.photos[0].id}`)).status).toBe(404);
      const mail = (await mails('receipt_complaint')).find((m) => m.text.includes(order.number));
      expect(mail?.to).toBe('sales@kerf.example');
      expect(mail?.text).toContain('damaged 2 of 10');
    });

    it('refuses a second receipt, unshipped goods, sums that do not add up, files that are no photos', async () => {
      const o: Order = (await beta.json('GET', `/api/orders/${order.id}`)).body;
      const s = o.shipments[0];
      const again = await beta.json('POST', `/api/orders/${order.id}/receipt`, { shipmentId: s.id, lines: [{ lineId: s.lines[0].lineId, condition: 'received' }] });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('ALREADY_CONFIRMED');
      const unshipped = await beta.json('POST', `/api/orders/${order.id}/receipt`, { shipmentId: s.id, lines: [{ lineId: o.lines[1].id, condition: 'received' }] });
      expect(unshipped.status).toBe(409);
      expect(unshipped.body.error.code).toBe('NOT_SHIPPED');
      const bad = await beta.json('POST', `/api/orders/${order.id}/receipt`, { shipmentId: s.id, lines: [{ lineId: o.lines[1].id, condition: 'wrong' }, { lineId: o.lines[1].id, condition: 'wrong' }] });
      expect(bad.status).toBe(400);
      const badCondition = await beta.json('POST', `/api/orders/${order.id}/receipt`, { shipmentId: s.id, lines: [{ lineId: s.lines[0].lineId, condition: 'lost' }] });
      expect(badCondition.status).toBe(400);
      expect(badCondition.body.error.code).toBe('VALIDATION_ERROR');
      expect((await beta.json('POST', `/api/orders/${order.id}/receipt`, { shipmentId: 999999, lines: [{ lineId: s.lines[0].lineId, condition: 'received' }] })).status).toBe(404);
      // a new shipment to try the sums and the file check on
      const two = (await ops.json('POST', `/api/admin/orders/${order.id}/shipments`, { document: 'LS-2026-0501', lines: [{ lineId: o.lines[1].id, quantity: 4 }] })).body;
      const s2 = two.shipments[1];
      const fewer = await beta.json('POST', `/api/orders/${order.id}/receipt`, { shipmentId: s2.id, lines: [{ lineId: o.lines[1].id, condition: 'received', quantity: 3 }] });
      expect(fewer.status).toBe(400);
      expect(fewer.body.error.code).toBe('INVALID_RECEIPT');
      const more = await beta.json('POST', `/api/orders/${order.id}/receipt`, { shipmentId: s2.id, lines: [{ lineId: o.lines[1].id, condition: 'short', quantity: 3, affected: 2 }] });
      expect(more.body.error.code).toBe('INVALID_RECEIPT');
      const form = new FormData();
      form.set('shipmentId', String(s2.id));
      form.set('lines', JSON.stringify([{ lineId: o.lines[1].id, condition: 'wrong', affected: 1 }]));
      form.append('photos', new File(['%PDF-1.4 not a photo'], 'note.pdf'));
      const pdf = await beta.json('POST', `/api/orders/${order.id}/receipt`, form);
      expect(pdf.status).toBe(415);
      expect(pdf.body.error.code).toBe('UNSUPPORTED_FILE_TYPE');
      const broken = new FormData();
      broken.set('shipmentId', String(s2.id));
      broken.set('lines', '[{');
      expect((await beta.json('POST', `/api/orders/${order.id}/receipt`, broken)).body.error.code).toBe('VALIDATION_ERROR');
      // short: one missing, the rest in order (quantity follows)
      const short = await beta.json('POST', `/api/orders/${order.id}/receipt`, { shipmentId: s2.id, lines: [{ lineId: o.lines[1].id, condition: 'short', affected: 1 }] });
      expect(short.status).toBe(201);
      expect(short.body.shipments[1].lines[0].receipt).toMatchObject({ condition: 'short', quantity: 3, affected: 1 });
    });

    it('an orderer of another company gets 404, staff cannot confirm for the customer', async () => {
      const o: Order = (await beta.json('GET', `/api/orders/${order.id}`)).body;
      const res = await acme.json('POST', `/api/orders/${order.id}/receipt`, { shipmentId: o.shipments[0].id, lines: [{ lineId: o.lines[0].id, condition: 'received' }] });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
      expect((await ops.json('POST', `/api/orders/${order.id}/receipt`, { shipmentId: o.shipments[0].id, lines: [] })).status).toBe(403);
    });

    it('shipped in full through the status route, everything received in order: completed by itself', async () => {
      const o = await betaOrder(5, 3);
      const res = await ops.json('POST', `/api/admin/orders/${o.id}/status`, { status: 'in_production' });
      expect(res.body.status).toBe('in_production');
      const shipped = await ops.json('POST', `/api/admin/orders/${o.id}/status`, { status: 'shipped', document: 'LS-2026-0600' });
      expect(shipped.status).toBe(200);
      expect(shipped.body.status).toBe('shipped');
      expect(shipped.body.shipments).toHaveLength(1);
      expect(shipped.body.shipments[0].lines.map((l: { quantity: number }) => l.quantity)).toEqual([5, 3]);
      expect(shipped.body.deliveries.map((d: { document: string }) => d.document)).toEqual(['LS-2026-0600']);
      const s = shipped.body.shipments[0];
      const first = await beta.json('POST', `/api/orders/${o.id}/receipt`, { shipmentId: s.id, lines: [{ lineId: s.lines[0].lineId, condition: 'received' }] });
      expect(first.body.status).toBe('shipped'); // one line still unconfirmed
      const last = await beta.json('POST', `/api/orders/${o.id}/receipt`, { shipmentId: s.id, lines: [{ lineId: s.lines[1].lineId, condition: 'received' }] });
      expect(last.status).toBe(201);
      expect(last.body.status).toBe('completed');
      // shipping again is refused
      const again = await ops.json('POST', `/api/admin/orders/${o.id}/shipments`, { lines: [{ lineId: s.lines[0].lineId, quantity: 1 }] });
      expect(again.body.error.code).toBe('INVALID_STATUS');
    });
  });

  describe('returns', () => {
    let rma: { id: number; number: string };

    it('the customer opens a return from the damaged receipt, with a photo; the sales rep is mailed', async () => {
      const o: Order = (await beta.json('GET', `/api/orders/${order.id}`)).body;
      const receipt = o.shipments[0].lines[0].receipt!;
      const form = new FormData();
      form.set('orderId', String(order.id));
      form.set('reason', 'Bent in transport');
      form.set('lines', JSON.stringify([{ lineId: o.lines[0].id, quantity: 2, receiptId: receipt.id }]));
      form.append('photos', new File([PNG], 'crate.png'));
      const res = await beta.json('POST', '/api/returns', form);
      expect(res.status).toBe(201);
      rma = res.body;
      expect(res.body.number).toBe('R-2026-00001');
      expect(res.body).toMatchObject({ status: 'requested', reason: 'Bent in transport', order: { id: order.id } });
      expect(res.body.lines).toEqual([expect.objectContaining({ lineId: o.lines[0].id, quantity: 2, reason: 'damaged', receiptId: receipt.id })]);
      expect(res.body.photos).toHaveLength(1);
      expect(res.body.receiptPhotos).toHaveLength(1);
      expect(res.body.history).toEqual([expect.objectContaining({ side: 'customer', toStatus: 'requested' })]);
      expect((await beta.request('GET', `/api/returns/${rma.id}/photos/${res.body.photos[0].id}`)).status).toBe(200);
      const mail = (await mails('return_requested')).find((m) => m.text.includes('R-2026-00001'));
      expect(mail?.to).toBe('sales@kerf.example');
      const list = (await beta.json('GET', '/api/returns')).body;
      expect(list.items[0]).toMatchObject({ number: 'R-2026-00001', orderNumber: order.number, pieces: 2 });
      expect(list.counts.requested).toBe(1);
      expect((await beta.json('GET', `/api/orders/${order.id}`)).body.returns).toEqual([expect.objectContaining({ number: 'R-2026-00001' })]);
    });

    it('keeps returns to the company and status changes to the shop', async () => {
      expect((await acme.json('GET', `/api/returns/${rma.id}`)).status).toBe(404);
      expect((await acme.json('GET', '/api/returns')).body.items).toHaveLength(0);
      const photos = new FormData();
      photos.append('photos', new File([PNG], 'x.png'));
      expect((await acme.json('POST', `/api/returns/${rma.id}/attachments`, photos)).status).toBe(404);
      const own = await beta.json('POST', `/api/admin/returns/${rma.id}/status`, { status: 'accepted', instructions: 'x' });
      expect(own.status).toBe(403);
      // acme cannot open a return on beta's order
      expect((await acme.json('POST', '/api/returns', { orderId: order.id, reason: 'x', lines: [{ lineId: order.lines[0].id, quantity: 1 }] })).status).toBe(404);
      expect((await ops.json('GET', `/api/admin/returns/${rma.id}`)).body.next).toEqual(['accepted', 'rejected']);
    });

    it('refuses more than was shipped and not yet returned, unshipped lines, and no reason', async () => {
      const o: Order = (await beta.json('GET', `/api/orders/${order.id}`)).body;
      const over = await beta.json('POST', '/api/returns', { orderId: order.id, reason: 'All of it', lines: [{ lineId: o.lines[0].id, quantity: 9 }] });
      expect(over.status).toBe(409);
      expect(over.body.error.code).toBe('QUANTITY_EXCEEDS_RETURNABLE'); // 10 shipped, 2 in R-2026-00001
      const fresh = await betaOrder(2, 2);
      const unshipped = await beta.json('POST', '/api/returns', { orderId: fresh.id, reason: 'x', lines: [{ lineId: fresh.lines[0].id, quantity: 1 }] });
      expect(unshipped.body.error.code).toBe('NOT_SHIPPED');
      const none = await beta.json('POST', '/api/returns', { orderId: order.id, reason: '', lines: [{ lineId: o.lines[0].id, quantity: 1 }] });
      expect(none.status).toBe(400);
      expect(none.body.error.code).toBe('VALIDATION_ERROR');
    });

    it('the shop accepts with instructions, gets the goods back and replaces them with an order at price 0', async () => {
      const noInstr = await ops.json('POST', `/api/admin/returns/${rma.id}/status`, { status: 'accepted' });
      expect(noInstr.status).toBe(400);
      const skip = await ops.json('POST', `/api/admin/returns/${rma.id}/status`, { status: 'replaced' });
      expect(skip.status).toBe(409);
      expect(skip.body.error.code).toBe('INVALID_TRANSITION');
      const accepted = await ops.json('POST', `/api/admin/returns/${rma.id}/status`, { status: 'accepted', instructions: 'Send them back in the same crate, label R-2026-00001.' });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'accepted', instructions: 'Send them back in the same crate, label R-2026-00001.', next: ['received', 'rejected'] });
      const mail = (await mails('return_status')).find((m) => m.text.includes('R-2026-00001'));
      expect(mail?.to).toBe('admin@beta.example');
      expect(mail?.text).toContain('same crate');
      // the customer adds a photo later; the rep is told
      const photos = new FormData();
      photos.append('photos', new File([PNG], 'packed.png'));
      const added = await beta.json('POST', `/api/returns/${rma.id}/attachments`, photos);
      expect(added.status).toBe(201);
      expect(added.body.photos).toHaveLength(2);
      expect((await mails('return_photos')).length).toBe(1);
      await ops.json('POST', `/api/admin/returns/${rma.id}/status`, { status: 'received', note: 'Crate arrived' });
      const replaced = await ops.json('POST', `/api/admin/returns/${rma.id}/status`, { status: 'replaced' });
      expect(replaced.status).toBe(200);
      expect(replaced.body).toMatchObject({ status: 'replaced', resolution: 'replacement' });
      const rep = replaced.body.replacementOrder;
      expect(rep.number).toMatch(/^K-2026-\d{5}$/);
      const ro: Order = (await beta.json('GET', `/api/orders/${rep.id}`)).body;
      expect(ro).toMatchObject({ status: 'released', total: 0, replacementFor: { id: rma.id, number: 'R-2026-00001', orderId: order.id } });
      expect(ro.lines).toEqual([expect.objectContaining({ quantity: 2, unitPrice: 0, total: 0 })]);
      expect((await ops.json('GET', '/api/admin/orders?status=released')).body.items.some((x: { id: number }) => x.id === rep.id)).toBe(true);
      const original: Order = (await beta.json('GET', `/api/orders/${order.id}`)).body;
      expect(original.history.some((e) => e.kind === 'return' && e.note?.includes(rep.number))).toBe(true);
      expect(ro.history.some((e) => e.kind === 'return' && e.note?.includes('R-2026-00001'))).toBe(true);
      const closed = await ops.json('POST', `/api/admin/returns/${rma.id}/status`, { status: 'closed' });
      expect(closed.body.history.map((h: { toStatus: string | null }) => h.toStatus)).toEqual(['requested', 'accepted', null, 'received', 'replaced', 'closed']);
      expect(closed.body.next).toEqual([]);
      // a closed return takes no more photos
      const late = new FormData();
      late.append('photos', new File([PNG], 'late.png'));
      expect((await beta.json('POST', `/api/returns/${rma.id}/attachments`, late)).body.error.code).toBe('INVALID_STATUS');
    });

    it('a return to credit writes a credit note on the order', async () => {
      const o: Order = (await beta.json('GET', `/api/orders/${order.id}`)).body;
      const line = o.lines[1];
      const opened = await beta.json('POST', '/api/returns', { orderId: order.id, reason: 'Wrong thickness', lines: [{ lineId: line.id, quantity: 1, reason: 'wrong' }] });
      expect(opened.status).toBe(201);
      expect(opened.body.number).toBe('R-2026-00002');
      const id = opened.body.id;
      await ops.json('POST', `/api/admin/returns/${id}/status`, { status: 'accepted', instructions: 'Keep it, no need to send it.' });
      await ops.json('POST', `/api/admin/returns/${id}/status`, { status: 'received' });
      // nothing invoiced yet: nothing to credit
      const early = await ops.json('POST', `/api/admin/returns/${id}/status`, { status: 'credited' });
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe('CREDIT_EXCEEDS_INVOICED');
      expect((await ops.json('POST', `/api/admin/orders/${order.id}/records`, { kind: 'invoice', amount: o.total })).status).toBe(201);
      const tooMuch = await ops.json('POST', `/api/admin/returns/${id}/status`, { status: 'credited', creditAmount: o.total + 1 });
      expect(tooMuch.body.error.code).toBe('CREDIT_EXCEEDS_INVOICED');
      const credited = await ops.json('POST', `/api/admin/returns/${id}/status`, { status: 'credited' });
      expect(credited.status).toBe(200);
      expect(credited.body).toMatchObject({ status: 'credited', resolution: 'credit', creditAmount: line.unitPrice, creditNote: { document: 'GS-2026-00001', amount: line.unitPrice } });
      const after: Order = (await beta.json('GET', `/api/orders/${order.id}`)).body;
      expect(after.history.some((e) => e.kind === 'credit' && e.note?.startsWith('GS-2026-00001'))).toBe(true);
      expect((after as unknown as { credits: { document: string; amount: number }[] }).credits).toEqual([expect.objectContaining({ document: 'GS-2026-00001', amount: line.unitPrice })]);
      const row = await p.database.client.execute({ sql: 'select kind, amount, document, return_id from order_records where order_id = ? and kind = ?', args: [order.id, 'credit'] });
      expect(row.rows.map((r) => ({ ...r }))).toEqual([{ kind: 'credit', amount: line.unitPrice, document: 'GS-2026-00001', return_id: id }]);
      const mail = (await mails('return_status')).find((m) => m.text.includes('GS-2026-00001'));
      expect(mail?.to).toBe('admin@beta.example');
      // the shop's list
      const list = (await ops.json('GET', '/api/admin/returns')).body;
      expect(list.items.map((r: { number: string }) => r.number)).toEqual(['R-2026-00002', 'R-2026-00001']);
      expect(list.items[0].companyName).toBe('Beta Bau AG');
      expect((await ops.json('GET', '/api/admin/returns?status=closed')).body.items).toHaveLength(1);
    });

    it('a rejected return frees its pieces again', async () => {
      const o: Order = (await beta.json('GET', `/api/orders/${order.id}`)).body;
      const opened = (await beta.json('POST', '/api/returns', { orderId: order.id, reason: 'Changed our mind', lines: [{ lineId: o.lines[0].id, quantity: 8 }] })).body;
      const rejected = await ops.json('POST', `/api/admin/returns/${opened.id}/status`, { status: 'rejected', note: 'Custom parts cannot be returned.' });
      expect(rejected.body.status).toBe('rejected');
      const again = await beta.json('POST', '/api/returns', { orderId: order.id, reason: 'Damaged after all', lines: [{ lineId: o.lines[0].id, quantity: 8 }] });
      expect(again.status).toBe(201);
    });
  });
  describe('service functions (as the demo seed calls them)', () => {
    it('ship in part, receipt with a complaint, return replaced: without HTTP', async () => {
      const db = p.database.db;
      const o = await betaOrder(6, 4);
      const ops_ = (await db.select().from(users).where(eq(users.email, 'ops@kerf.example')).get())!;
      const bernd = (await db.select().from(users).where(eq(users.email, 'admin@beta.example')).get())!;
      const auth = (await authOf(db, bernd, (await beta.json('GET', '/api/me')).body.activeCompanyId))!;
      const now = p.now();
      const first = await shipLines(db, ops_, o.id, { document: 'LS-DEMO-1', date: '2026-11-20', lines: [{ lineId: o.lines[0].id, quantity: 4 }] }, now, BASE);
      expect(first).toMatchObject({ document: 'LS-DEMO-1', complete: false });
      const [receipt] = await confirmReceipt(db, auth as typeof auth & { companyId: number }, o.id, {
        shipmentId: first.shipmentId, lines: [{ lineId: o.lines[0].id, condition: 'damaged', affected: 1, note: 'Dent', photos: [{ name: 'dent.png', bytes: PNG }] }],
      }, now, BASE);
      const ret = await openReturn(db, auth as typeof auth & { companyId: number }, { orderId: o.id, reason: 'Dented', lines: [{ lineId: o.lines[0].id, quantity: 1, receiptId: receipt.id }] }, now, BASE);
      await setReturnStatus(db, ops_, ret.id, { status: 'accepted', instructions: 'Keep it; we send a new one.' }, now, BASE);
      await setReturnStatus(db, ops_, ret.id, { status: 'received' }, now, BASE);
      const done = await setReturnStatus(db, ops_, ret.id, { status: 'replaced' }, now, BASE);
      expect(done.replacementOrderId).toBeTruthy();
      const rest = await shipLines(db, ops_, o.id, { document: 'LS-DEMO-2', lines: [{ lineId: o.lines[0].id, quantity: 2 }, { lineId: o.lines[1].id, quantity: 4 }] }, now, BASE);
      expect(rest.complete).toBe(true);
      const view = (await beta.json('GET', `/api/orders/${o.id}`)).body;
      expect(view.status).toBe('shipped');
      expect(view.shipments.map((x: { document: string }) => x.document)).toEqual(['LS-DEMO-1', 'LS-DEMO-2']);
    });
  });
  describe('rights within the company', () => {
    it('a group without order, approve or manage_company may not confirm receipts or see returns (403)', async () => {
      const shipped = (await acme.json('GET', '/api/orders?status=shipped')).body.items[0];
      const o = (await acme.json('GET', `/api/orders/${shipped.id}`)).body;
      expect(o.shipments.length).toBeGreaterThan(0); // the demo's shipped orders were shipped as shipments
      const groups = (await acme.json('GET', '/api/company/groups')).body.items as { id: number; name: string; rights: string[] }[];
      const orderers = groups.find((g) => g.name === 'Orderers')!;
      expect((await acme.json('PATCH', `/api/company/groups/${orderers.id}`, { rights: ['view_parts'] })).status).toBe(200);
      const receipt = await buyer.json('POST', `/api/orders/${o.id}/receipt`, { shipmentId: o.shipments[0].id, lines: [{ lineId: o.shipments[0].lines[0].lineId, condition: 'received' }] });
      expect(receipt.status).toBe(403);
      expect(receipt.body.error.code).toBe('FORBIDDEN');
      expect((await buyer.json('GET', '/api/returns')).status).toBe(403);
      expect((await buyer.json('POST', '/api/returns', { orderId: o.id, reason: 'x', lines: [{ lineId: o.lines[0].id, quantity: 1 }] })).status).toBe(403);
      await acme.json('PATCH', `/api/company/groups/${orderers.id}`, { rights: orderers.rights });
      // with the right back, the receipt goes through
      expect((await buyer.json('POST', `/api/orders/${o.id}/receipt`, { shipmentId: o.shipments[0].id, lines: [{ lineId: o.shipments[0].lines[0].lineId, condition: 'received' }] })).status).toBe(201);
    });
  });
});
