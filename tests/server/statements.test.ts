// The money trail (issue [8]): invoices with numbers and due dates, partial payments and credit
// notes on an order, and the statement of account: rights, bad periods, and a generated year of
// activity reconciled to the cent against a computation made here, independently of the service.
// The .xlsx is read back with exceljs, the PDF with poppler's pdftotext.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companies, orderLines, orderRecords, orders, shipmentLines, shipments, users, type User } from '../../server/db/schema.js';
import { createCompany } from '../../server/services/companies.js';
import { openItems, recordCredit, recordInvoice, recordPayment, statement, type Statement } from '../../server/services/statements.js';
import { portal, type Caller, type Portal } from './helpers.js';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
if (!hasPoppler) console.warn('statements: pdftotext (poppler-utils) missing: the PDF is rendered but not read back');
const tmp = mkdtempSync(join(tmpdir(), 'kerf-statement-'));
const artifacts = resolve('test-results/statements');
function pdfText(bytes: Uint8Array): string {
  const f = join(tmp, `s-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(f, bytes);
  return execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
}

const DAY = 86_400_000;
const day = (s: string, plus = 0) => new Date(Date.parse(`${s}T00:00:00Z`) + plus * DAY).toISOString().slice(0, 10);
const daysFrom = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY;

describe('the money trail', () => {
  let p: Portal;
  let ops: Caller;
  let acme: Caller;
  let beta: Caller;
  let acmeId: number;
  let betaId: number;
  beforeAll(async () => {
    p = await portal();
    ops = await p.as('ops@kerf.example');
    acme = await p.as('admin@acme.example');
    beta = await p.as('admin@beta.example');
    const db = p.database.db;
    acmeId = (await db.select().from(companies).where(eq(companies.customerNumber, '10001')).get())!.id;
    betaId = (await db.select().from(companies).where(eq(companies.customerNumber, '10002')).get())!.id;
  });
  afterAll(() => p.close());

  /** An order of Acme that reached the shop and has no money on it yet. */
  async function acmeReleased(): Promise<{ id: number; total: number; number: string }> {
    const list = (await ops.json('GET', `/api/admin/orders?companyId=${acmeId}&status=released`)).body.items;
    expect(list.length).toBeGreaterThan(0);
    return list[0];
  }

  describe('recording on an order', () => {
    it('numbers an invoice RE-<year>-NNNNN with its due date 30 days on; partial payments leave the rest open for the customer to see', async () => {
      const o = await acmeReleased();
      const inv = await ops.json('POST', `/api/admin/orders/${o.id}/records`, { kind: 'invoice', amount: 100_000, date: '2026-11-02' });
      expect(inv.status).toBe(201);
      expect(inv.body.invoices.at(-1)).toMatchObject({ document: expect.stringMatching(/^RE-2026-\d{5}$/), amount: 100_000, date: '2026-11-02', dueDate: '2026-12-02' });
      const second = await ops.json('POST', `/api/admin/orders/${o.id}/records`, { kind: 'invoice', amount: 19_000, date: '2026-11-03', dueDate: '2026-11-17' });
      const [a, b] = second.body.invoices.slice(-2).map((i: { document: string }) => Number(i.document.slice(-5)));
      expect(b).toBe(a + 1);
      expect(second.body.invoices.at(-1).dueDate).toBe('2026-11-17');
      const paid = await ops.json('POST', `/api/admin/orders/${o.id}/records`, { kind: 'payment', amount: 40_000, date: '2026-11-20', document: 'Bank 0815' });
      expect(paid.status).toBe(201);
      expect(paid.body).toMatchObject({ invoiced: 119_000, paid: 40_000, credited: 0, open: 79_000 });
      const seen = await acme.json('GET', `/api/orders/${o.id}`);
      expect(seen.body).toMatchObject({ invoiced: 119_000, paid: 40_000, open: 79_000 });
      expect(seen.body.payments.at(-1)).toMatchObject({ amount: 40_000, date: '2026-11-20', document: 'Bank 0815' });
      expect(seen.body.history.filter((h: { kind: string }) => h.kind === 'payment').at(-1).note).toBe('Bank 0815 400.00 EUR');
    });

    it('refuses an overpayment with OVERPAYMENT unless allowed, and a credit note above what is invoiced', async () => {
      const o = await acmeReleased();
      const before = (await ops.json('GET', `/api/admin/orders/${o.id}`)).body;
      const over = await ops.json('POST', `/api/admin/orders/${o.id}/records`, { kind: 'payment', amount: before.open + 1 });
      expect(over.status).toBe(409);
      expect(over.body.error.code).toBe('OVERPAYMENT');
      expect(over.body.error.message).toContain('790.00 EUR');
      const credit = await ops.json('POST', `/api/admin/orders/${o.id}/records`, { kind: 'credit', amount: before.invoiced + 1 });
      expect(credit.body.error.code).toBe('CREDIT_EXCEEDS_INVOICED');
      const credited = await ops.json('POST', `/api/admin/orders/${o.id}/records`, { kind: 'credit', amount: 9_000, date: '2026-11-21' });
      expect(credited.status).toBe(201);
      expect(credited.body.credits.at(-1)).toMatchObject({ document: expect.stringMatching(/^GS-2026-\d{5}$/), amount: 9_000 });
      expect(credited.body.open).toBe(70_000);
      const allowed = await ops.json('POST', `/api/admin/orders/${o.id}/records`, { kind: 'payment', amount: 75_000, allowOverpayment: true, date: '2026-11-22' });
      expect(allowed.status).toBe(201);
      expect(allowed.body.open).toBe(-5_000);
      // nothing half-written by the refusals
      expect(allowed.body.payments).toHaveLength(before.payments.length + 1);
    });

    it('answers bad input with stable codes', async () => {
      const o = await acmeReleased();
      const post = (b: Record<string, unknown>) => ops.json('POST', `/api/admin/orders/${o.id}/records`, b);
      for (const [b, code] of [
        [{ kind: 'invoice', amount: 0 }, 'INVALID_AMOUNT'],
        [{ kind: 'invoice', amount: -5 }, 'INVALID_AMOUNT'],
        [{ kind: 'invoice', amount: 10.5 }, 'INVALID_AMOUNT'],
        [{ kind: 'payment' }, 'INVALID_AMOUNT'],
        [{ kind: 'invoice', amount: 100, date: '2026-02-30' }, 'INVALID_DATE'],
        [{ kind: 'invoice', amount: 100, date: '20.11.2026' }, 'INVALID_DATE'],
        [{ kind: 'invoice', amount: 100, date: '2026-11-10', dueDate: '2026-11-09' }, 'INVALID_DUE_DATE'],
        [{ kind: 'refund', amount: 100 }, 'VALIDATION_ERROR'],
      ] as const) {
        const r = await post(b);
        expect(r.status, JSON.stringify(b)).toBe(400);
        expect(r.body.error.code, JSON.stringify(b)).toBe(code);
      }
      expect((await post({ kind: 'invoice', amount: 100, document: 'RE-TAKEN-1' })).status).toBe(201);
      const dup = await post({ kind: 'invoice', amount: 100, document: 're-taken-1' });
      expect([dup.status, dup.body.error.code]).toEqual([409, 'DOCUMENT_TAKEN']);
    });

    it('lets only the shop record, and only on orders that reached it', async () => {
      const o = await acmeReleased();
      expect((await acme.json('POST', `/api/admin/orders/${o.id}/records`, { kind: 'payment', amount: 1 })).status).toBe(403);
      const pending = await p.database.db.select({ id: orders.id }).from(orders).where(eq(orders.status, 'pending_approval')).get();
      expect((await ops.json('POST', `/api/admin/orders/${pending!.id}/records`, { kind: 'invoice', amount: 100 })).status).toBe(404);
    });

    it('takes the payment terms from the server\'s setting', async () => {
      const o = await acmeReleased();
      const staff = (await p.database.db.select().from(users).where(eq(users.email, 'ops@kerf.example')).get())!;
      const row = await recordInvoice(p.database.db, staff, o.id, { date: '2026-11-05', amount: 500 }, p.now(), 14);
      expect(row).toMatchObject({ kind: 'invoice', dueDate: '2026-11-19', amount: 500 });
    });
  });

  describe('the statement', () => {
    it('shows the customer his active company only; ?companyId changes nothing', async () => {
      const own = await acme.json('GET', '/api/statements?from=2026-01-01&to=2026-12-31');
      expect(own.status).toBe(200);
      expect(own.body.company.customerNumber).toBe('10001');
      expect(own.body.entries.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['order', 'delivery', 'invoice', 'payment']));
      const tried = await acme.json('GET', `/api/statements?from=2026-01-01&to=2026-12-31&companyId=${betaId}`);
      expect(tried.body.company.customerNumber).toBe('10001');
      const theirs = await beta.json('GET', '/api/statements?from=2026-01-01&to=2026-12-31');
      expect(theirs.body.company.customerNumber).toBe('10002');
      expect(theirs.body.entries.every((e: { orderNumber: string }) => !own.body.entries.some((x: { orderNumber: string }) => x.orderNumber === e.orderNumber))).toBe(true);
      // the back office is the shop's
      expect((await acme.json('GET', `/api/admin/statements?companyId=${betaId}`)).status).toBe(403);
      expect((await acme.request('GET', `/api/admin/statements.pdf?companyId=${betaId}`)).status).toBe(403);
      expect((await p.anonymous().json('GET', '/api/statements')).status).toBe(401);
    });

    it('lets staff see any company, and names a missing or unknown one', async () => {
      const s = await ops.json('GET', `/api/admin/statements?companyId=${betaId}&from=2026-01-01&to=2026-12-31`);
      expect(s.status).toBe(200);
      expect(s.body.company.customerNumber).toBe('10002');
      const own = await beta.json('GET', '/api/statements?from=2026-01-01&to=2026-12-31');
      expect(s.body).toEqual(own.body);
      expect((await ops.json('GET', '/api/admin/statements')).body.error.code).toBe('VALIDATION_ERROR');
      expect((await ops.json('GET', '/api/admin/statements?companyId=99999')).status).toBe(404);
      // staff have no company of their own
      expect((await ops.json('GET', '/api/statements')).status).toBe(403);
    });

    it('answers bad periods with INVALID_DATE and INVALID_PERIOD', async () => {
      for (const [q, code] of [
        ['from=2026-13-01&to=2026-12-31', 'INVALID_DATE'],
        ['from=2026-02-29&to=2026-12-31', 'INVALID_DATE'],
        ['from=yesterday', 'INVALID_DATE'],
        ['to=2026-1-5', 'INVALID_DATE'],
        ['from=2026-12-01&to=2026-11-30', 'INVALID_PERIOD'],
        ['from=2001-01-01&to=2026-11-30', 'INVALID_PERIOD'],
      ]) {
        const r = await acme.json('GET', `/api/statements?${q}`);
        expect([r.status, r.body.error?.code], q).toEqual([400, code]);
      }
      const r = await ops.json('GET', `/api/admin/statements.xlsx?companyId=${acmeId}&from=2026-12-01&to=2026-11-30`);
      expect([r.status, r.body.error.code]).toEqual([400, 'INVALID_PERIOD']);
      // without a period: this year up to today
      const d = await acme.json('GET', '/api/statements');
      expect([d.body.from, d.body.to]).toEqual(['2026-01-01', new Date(p.now()).toISOString().slice(0, 10)]);
    });
  });

  describe('a generated year of activity', () => {
    // mulberry32: the same year on every run
    let seed = 0x5eed2026;
    const rnd = () => {
      seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

    interface Money { kind: 'invoice' | 'payment' | 'credit'; orderId: number; date: string; amount: number; document?: string; dueDate?: string }
    const ledger: Money[] = [];
    const ordersMade: { id: number; number: string; date: string; total: number; lines: { id: number; quantity: number; unitPrice: number }[] }[] = [];
    const shipped: { orderId: number; date: string; value: number; document: string }[] = [];
    const legacy: { orderId: number; date: string }[] = [];
    let companyId = 0;
    let staffUser: User;

    beforeAll(async () => {
      const db = p.database.db;
      staffUser = (await db.select().from(users).where(eq(users.email, 'ops@kerf.example')).get())!;
      companyId = (await db.transaction((tx) => createCompany(tx, { name: 'Gamma Stahlbau KG', customerNumber: '10077', createdAt: p.now() }))).company.id;
      // 70 orders released between 2025-10-01 and 2027-01-20: some before the year (opening balance), some after (not in it)
      for (let n = 0; n < 70; n++) {
        const date = day('2025-10-01', int(0, 476));
        const lines = Array.from({ length: int(1, 4) }, () => ({ quantity: int(1, 200), unitPrice: int(35, 25_000) }));
        const total = lines.reduce((s, l) => s + l.quantity * l.unitPrice, 0);
        const at = Date.parse(`${date}T08:30:00Z`);
        const o = (await db.insert(orders).values({
          companyId, number: `K-GEN-${String(n).padStart(3, '0')}`, status: 'released', currency: 'EUR', total, pricing: { profile: {}, catalogVersion: 1 },
          createdAt: at, updatedAt: at, releasedAt: at,
        }).returning().get())!;
        const made = await db.insert(orderLines).values(lines.map((l, i) => ({
          orderId: o.id, position: i + 1, name: `Part ${n}.${i + 1}`, quantity: l.quantity, unitPrice: l.unitPrice, total: l.quantity * l.unitPrice,
          quote: {}, approval: 'not_needed' as const,
        }))).returning();
        ordersMade.push({ id: o.id, number: o.number, date, total, lines: made.map((m) => ({ id: m.id, quantity: m.quantity, unitPrice: m.unitPrice })) });
      }
      const open = (orderId: number) => ledger.filter((m) => m.orderId === orderId).reduce((s, m) => s + (m.kind === 'invoice' ? m.amount : -m.amount), 0);
      const invoicedNotCredited = (orderId: number) => ledger.filter((m) => m.orderId === orderId && m.kind !== 'payment').reduce((s, m) => s + (m.kind === 'invoice' ? m.amount : -m.amount), 0);
      let ls = 0;
      for (const o of ordersMade) {
        // one to three partial deliveries, each invoiced (gross, 19 %) a few days later
        let d = o.date;
        const left = o.lines.map((l) => l.quantity);
        const deliveries = int(1, 3);
        for (let k = 0; k < deliveries && left.some((q) => q > 0); k++) {
          d = day(d, int(3, 25));
          const qty = left.map((q) => (k === deliveries - 1 ? q : int(0, q)));
          if (qty.every((q) => q === 0)) continue;
          const document = `LS-GEN-${++ls}`;
          const s = (await p.database.db.insert(shipments).values({ orderId: o.id, document, date: d, createdAt: p.now() }).returning().get())!;
          await p.database.db.insert(shipmentLines).values(o.lines.flatMap((l, i) => (qty[i] ? [{ shipmentId: s.id, orderLineId: l.id, quantity: qty[i] }] : [])));
          qty.forEach((q, i) => { left[i] -= q; });
          const value = o.lines.reduce((sum, l, i) => sum + qty[i] * l.unitPrice, 0);
          shipped.push({ orderId: o.id, date: d, value, document });
          const invoiceDate = day(d, int(0, 4));
          const gross = Math.round(value * 1.19);
          const dueDate = rnd() < 0.3 ? day(invoiceDate, 14) : undefined;
          const row = await recordInvoice(p.database.db, staffUser, o.id, { date: invoiceDate, amount: gross, dueDate }, p.now());
          ledger.push({ kind: 'invoice', orderId: o.id, date: invoiceDate, amount: gross, document: row.document!, dueDate: row.dueDate! });
          expect(row.dueDate).toBe(dueDate ?? day(invoiceDate, 30));
          // a credit note now and then (a return credited)
          if (rnd() < 0.2) {
            const amount = int(1, Math.min(invoicedNotCredited(o.id), 50_000));
            const date = day(invoiceDate, int(1, 20));
            const c = await recordCredit(p.database.db, staffUser, o.id, { date, amount }, p.now());
            ledger.push({ kind: 'credit', orderId: o.id, date, amount, document: c.document! });
          }
          // partial payments, some never, an overpayment once in a while
          let pd = invoiceDate;
          for (let j = int(0, 3); j > 0 && open(o.id) > 0; j--) {
            pd = day(pd, int(5, 45));
            const over = rnd() < 0.05;
            const amount = over ? open(o.id) + int(1, 20_000) : int(1, open(o.id));
            await recordPayment(p.database.db, staffUser, o.id, { date: pd, amount, allowOverpayment: over }, p.now());
            ledger.push({ kind: 'payment', orderId: o.id, date: pd, amount });
          }
        }
        // an old-style delivery note without lines on some orders
        if (rnd() < 0.15) {
          const date = day(o.date, int(1, 30));
          await p.database.db.insert(orderRecords).values({ orderId: o.id, kind: 'delivery', date, document: `LS-OLD-${o.id}`, createdAt: p.now() });
          legacy.push({ orderId: o.id, date });
        }
      }
    }, 120_000);

    /** The statement as computed here: sums of the ledger, and open items by a closed formula. */
    function expected(from: string, to: string) {
      const upTo = ledger.filter((m) => m.date <= to);
      const sign = (m: Money) => (m.kind === 'invoice' ? m.amount : -m.amount);
      const opening = upTo.filter((m) => m.date < from).reduce((s, m) => s + sign(m), 0);
      const inP = upTo.filter((m) => m.date >= from);
      const sum = (k: Money['kind']) => inP.filter((m) => m.kind === k).reduce((s, m) => s + m.amount, 0);
      const closing = opening + sum('invoice') - sum('credit') - sum('payment');
      // per order: the invoices, oldest first, are settled by the order's credits and payments up to their running sum
      const byDate = (a: Money, b: Money) => a.date.localeCompare(b.date);
      const remaining = new Map<string, { m: Money; open: number }>();
      let spare = 0;
      for (const o of ordersMade) {
        const inv = upTo.filter((m) => m.orderId === o.id && m.kind === 'invoice').sort(byDate);
        const settled = upTo.filter((m) => m.orderId === o.id && m.kind !== 'invoice').reduce((s, m) => s + m.amount, 0);
        let before = 0;
        for (const m of inv) {
          const open = Math.min(m.amount, Math.max(0, before + m.amount - settled));
          before += m.amount;
          remaining.set(m.document!, { m, open });
        }
        spare += Math.max(0, settled - before);
      }
      // an order's overpayment settles the company's oldest invoices
      let before = 0;
      const all = [...remaining.values()].filter((r) => r.open > 0).sort((a, b) => byDate(a.m, b.m));
      for (const r of all) {
        const open = Math.min(r.open, Math.max(0, before + r.open - spare));
        before += r.open;
        r.open = open;
      }
      const creditBalance = 0 - Math.max(0, spare - before);
      const perOrder = ordersMade.filter((o) => o.date <= to).map((o) => {
        const of = (k: Money['kind']) => upTo.filter((m) => m.orderId === o.id && m.kind === k).reduce((s, m) => s + m.amount, 0);
        return { number: o.number, invoiced: of('invoice'), credited: of('credit'), paid: of('payment'), open: of('invoice') - of('credit') - of('payment'), total: o.total,
          delivered: shipped.filter((s) => s.orderId === o.id && s.date <= to).reduce((s, x) => s + x.value, 0) };
      });
      return {
        opening, closing, invoiced: sum('invoice'), credited: sum('credit'), paid: sum('payment'),
        ordered: ordersMade.filter((o) => o.date >= from && o.date <= to).reduce((s, o) => s + o.total, 0),
        orders: ordersMade.filter((o) => o.date >= from && o.date <= to).length,
        delivered: shipped.filter((s) => s.date >= from && s.date <= to).reduce((s, x) => s + x.value, 0),
        deliveries: shipped.filter((s) => s.date >= from && s.date <= to).length + legacy.filter((l) => l.date >= from && l.date <= to).length,
        openInvoices: new Map([...remaining].filter(([, r]) => r.open > 0).map(([doc, r]) => [doc, r])),
        creditBalance, perOrder,
      };
    }

    function reconcile(s: Statement, from: string, to: string) {
      const e = expected(from, to);
      expect(s.openingBalance).toBe(e.opening);
      expect(s.closingBalance).toBe(e.closing);
      expect(s.totals).toMatchObject({ invoiced: e.invoiced, credited: e.credited, paid: e.paid, ordered: e.ordered, orders: e.orders, delivered: e.delivered, deliveries: e.deliveries });
      // opening + movements = closing, and the running balance walks there row by row
      expect(s.openingBalance + s.totals.invoiced - s.totals.credited - s.totals.paid).toBe(s.closingBalance);
      let balance = s.openingBalance;
      for (const [i, x] of s.entries.entries()) {
        balance += x.debit - x.credit;
        expect(x.balance).toBe(balance);
        expect(x.date >= from && x.date <= to).toBe(true);
        if (i) expect(x.date >= s.entries[i - 1].date).toBe(true);
      }
      expect(balance).toBe(s.closingBalance);
      // open items: Σ buckets = Σ items = closing balance
      const openSum = s.openItems.reduce((sum, i) => sum + i.open, 0);
      expect(s.aging.reduce((sum, b) => sum + b.amount, 0)).toBe(openSum);
      expect(s.aging.reduce((sum, b) => sum + b.count, 0)).toBe(s.openItems.length);
      expect(s.totals.open).toBe(openSum);
      expect(openSum).toBe(s.closingBalance);
      // each open invoice as computed here, aged from its date to `to`
      const invoices = s.openItems.filter((i) => i.kind === 'invoice');
      expect(invoices.map((i) => i.document).sort()).toEqual([...e.openInvoices.keys()].sort());
      for (const i of invoices) {
        const r = e.openInvoices.get(i.document!)!;
        expect(i.open).toBe(r.open);
        expect(i.amount).toBe(r.m.amount);
        expect(i.dueDate).toBe(r.m.dueDate);
        const age = daysFrom(r.m.date, to);
        expect(i.ageDays).toBe(age);
        expect(i.bucket).toBe(age <= 30 ? '0-30' : age <= 60 ? '31-60' : age <= 90 ? '61-90' : '90+');
        expect(i.overdueDays).toBe(Math.max(0, daysFrom(r.m.dueDate!, to)));
      }
      expect(s.openItems.filter((i) => i.kind === 'credit_balance').reduce((sum, i) => sum + i.open, 0)).toBe(e.creditBalance);
      // per order, as of `to`; their open amounts add up to the closing balance too
      for (const o of s.orders) expect(o).toMatchObject(e.perOrder.find((x) => x.number === o.number)!);
      expect(s.orders.reduce((sum, o) => sum + o.open, 0)).toBe(s.closingBalance);
      expect(e.perOrder.filter((o) => o.open !== 0).every((o) => s.orders.some((x) => x.number === o.number))).toBe(true);
      return e;
    }

    it('reconciles the calendar year to the cent', async () => {
      const t0 = performance.now();
      const s = (await ops.json('GET', `/api/admin/statements?companyId=${companyId}&from=2026-01-01&to=2026-12-31`)).body as Statement;
      const t1 = performance.now();
      const xlsx = await ops.request('GET', `/api/admin/statements.xlsx?companyId=${companyId}&from=2026-01-01&to=2026-12-31`);
      await xlsx.arrayBuffer();
      const t2 = performance.now();
      const pdf = await ops.request('GET', `/api/admin/statements.pdf?companyId=${companyId}&from=2026-01-01&to=2026-12-31`);
      await pdf.arrayBuffer();
      const t3 = performance.now();
      console.log(`statement of a generated year: JSON ${(t1 - t0).toFixed(0)} ms, .xlsx ${(t2 - t1).toFixed(0)} ms, PDF ${(t3 - t2).toFixed(0)} ms`);
      const e = reconcile(s, '2026-01-01', '2026-12-31');
      // the figures are not trivially zero
      expect(e.opening).toBeGreaterThan(0);
      expect(s.entries.filter((x) => x.kind === 'invoice').length).toBeGreaterThan(40);
      expect(s.entries.filter((x) => x.kind === 'credit').length).toBeGreaterThan(3);
      expect(s.openItems.length).toBeGreaterThan(5);
      expect(s.aging.filter((b) => b.amount !== 0).length).toBeGreaterThanOrEqual(3);
      expect(s.entries.some((x) => x.kind === 'delivery' && x.amount === null)).toBe(true);
      // a delivery's value is its shipped quantities at the order's unit prices
      for (const x of s.entries.filter((y) => y.kind === 'delivery' && y.amount !== null)) {
        expect(x.amount).toBe(shipped.find((y) => y.document === x.document)!.value);
      }
      console.log(`statement 2026: opening ${e.opening / 100}, invoiced ${e.invoiced / 100}, credited ${e.credited / 100}, paid ${e.paid / 100}, closing ${e.closing / 100}, `
        + `${s.entries.length} rows, ${s.openItems.length} open items`);
    });

    it('reconciles other periods: a quarter, a single day, and the opening carried from one into the next', async () => {
      for (const [from, to] of [['2026-04-01', '2026-06-30'], ['2026-07-15', '2026-07-15'], ['2025-10-01', '2027-03-31']]) {
        reconcile(await statement(p.database.db, companyId, from, to), from, to);
      }
      const h1 = await statement(p.database.db, companyId, '2026-01-01', '2026-06-30');
      const h2 = await statement(p.database.db, companyId, '2026-07-01', '2026-12-31');
      expect(h2.openingBalance).toBe(h1.closingBalance);
    });

    it('gives the dashboard the same open items', async () => {
      const s = await statement(p.database.db, companyId, '2026-01-01', '2026-12-31');
      const all = await openItems(p.database.db, undefined, '2026-12-31');
      const mine = all.companies.find((c) => c.companyId === companyId)!;
      expect(mine.open).toBe(s.closingBalance);
      expect(mine.aging).toEqual(s.aging);
      expect(all.total).toBe(all.companies.reduce((sum, c) => sum + c.open, 0));
      expect(all.aging.reduce((sum, b) => sum + b.amount, 0)).toBe(all.total);
      const http = await ops.json('GET', `/api/admin/open-items?companyId=${companyId}&asOf=2026-12-31`);
      expect(http.body.total).toBe(s.closingBalance);
    });

    it('exports the statement as .xlsx that reads back to the same figures, in German', async () => {
      const res = await ops.request('GET', `/api/admin/statements.xlsx?companyId=${companyId}&from=2026-01-01&to=2026-12-31&lang=de`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain('statement-10077-2026-01-01-2026-12-31.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      const s = await statement(p.database.db, companyId, '2026-01-01', '2026-12-31');
      const trail = wb.getWorksheet('Kontoauszug')!;
      expect(trail.getRow(1).values).toEqual([undefined, 'Datum', 'Buchung', 'Auftrag', 'Beleg', 'Wert (netto)', 'Soll', 'Haben', 'Saldo', 'Fällig']);
      expect(trail.rowCount).toBe(s.entries.length + 3);
      expect(trail.getRow(2).getCell(2).value).toBe('Anfangssaldo');
      expect(trail.getRow(2).getCell(8).value).toBe(s.openingBalance / 100);
      const last = trail.getRow(trail.rowCount);
      expect(last.getCell(2).value).toBe('Endsaldo');
      expect(Math.round((last.getCell(8).value as number) * 100)).toBe(s.closingBalance);
      let debit = 0, credit = 0;
      for (let r = 3; r < trail.rowCount; r++) {
        debit += Math.round(((trail.getRow(r).getCell(6).value as number | null) ?? 0) * 100);
        credit += Math.round(((trail.getRow(r).getCell(7).value as number | null) ?? 0) * 100);
      }
      expect(debit).toBe(s.totals.invoiced);
      expect(credit).toBe(s.totals.credited + s.totals.paid);
      expect(trail.getRow(3).getCell(1).value).toBeInstanceOf(Date);
      const open = wb.getWorksheet('Offene Posten')!;
      let openSum = 0;
      for (let r = 2; r < 2 + s.openItems.length; r++) openSum += Math.round((open.getRow(r).getCell(8).value as number) * 100);
      expect(openSum).toBe(s.closingBalance);
      expect(open.getRow(open.rowCount).getCell(9).value).toBe('Offen');
      expect(Math.round((open.getRow(open.rowCount).getCell(8).value as number) * 100)).toBe(s.closingBalance);
      expect(wb.getWorksheet('Aufträge')!.rowCount).toBe(s.orders.length + 1);
    });

    it('exports the statement as PDF in the user\'s language or ?lang, with the trail and the open items', async () => {
      const s = await statement(p.database.db, companyId, '2026-01-01', '2026-12-31');
      const euro = (c: number, locale: string) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(c / 100).replace(/[\u202f\u00a0]/g, ' ');
      for (const [lang, locale, words] of [
        ['en', 'en-GB', ['Statement of account', 'Opening balance', 'Closing balance', 'Open items', 'Invoice', 'Payment', 'Credit note', '> 90 days']],
        ['de', 'de-DE', ['Kontoauszug', 'Anfangssaldo', 'Endsaldo', 'Offene Posten', 'Rechnung', 'Zahlung', 'Gutschrift', '> 90 Tage']],
        ['fr', 'fr-FR', ['Relevé de compte', 'Solde initial', 'Solde final', 'Postes ouverts', 'Facture', 'Paiement', 'Avoir', '> 90 jours']],
      ] as const) {
        const res = await ops.request('GET', `/api/admin/statements.pdf?companyId=${companyId}&from=2026-01-01&to=2026-12-31&lang=${lang}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/pdf');
        const bytes = new Uint8Array(await res.arrayBuffer());
        expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
        mkdirSync(artifacts, { recursive: true });
        writeFileSync(join(artifacts, `statement-${lang}.pdf`), bytes);
        if (!hasPoppler) continue;
        const text = pdfText(bytes);
        for (const w of [...words, 'Gamma Stahlbau KG', '10077', euro(s.closingBalance, locale), euro(s.openingBalance, locale), s.openItems[0].document!]) expect(text, `${lang}: ${w}`).toContain(w);
        const pages = Number(/(?:Page|Seite) \d+ (?:of|von|sur) (\d+)/.exec(text)?.[1] ?? /Page \d+ sur (\d+)/.exec(text)?.[1]);
        expect(pages).toBeGreaterThan(1);
        for (const x of s.entries.filter((y) => y.kind === 'invoice').slice(0, 5)) expect(text).toContain(x.document!);
      }
      // the customer's own, in his language (German for a German user) — Acme's admin is English: ?lang decides
      const mine = await acme.request('GET', '/api/statements.pdf?from=2026-01-01&to=2026-12-31&lang=de');
      expect(mine.status).toBe(200);
      if (hasPoppler) {
        const text = pdfText(new Uint8Array(await mine.arrayBuffer()));
        expect(text).toContain('Kontoauszug');
        expect(text).toContain('Acme');
        expect(text).not.toContain('Gamma');
      }
      const xlsx = await acme.request('GET', '/api/statements.xlsx?from=2026-01-01&to=2026-12-31');
      expect(xlsx.status).toBe(200);
    });
  });

  it('lets an overpayment settle the company\'s oldest invoices, then stand as a credit balance', async () => {
    const db = p.database.db;
    const staffUser = (await db.select().from(users).where(eq(users.email, 'ops@kerf.example')).get())!;
    const cid = (await db.transaction((tx) => createCompany(tx, { name: 'Delta Metall', customerNumber: '10088', createdAt: p.now() }))).company.id;
    const made: number[] = [];
    for (const [n, day] of [[1, '2026-03-01'], [2, '2026-04-01']] as const) {
      const at = Date.parse(`${day}T09:00:00Z`);
      made.push((await db.insert(orders).values({ companyId: cid, number: `K-DELTA-${n}`, status: 'completed', currency: 'EUR', total: 100_000, pricing: { profile: {}, catalogVersion: 1 }, createdAt: at, updatedAt: at, releasedAt: at }).returning().get())!.id);
    }
    const [a, b] = made;
    await recordInvoice(db, staffUser, a, { date: '2026-03-10', amount: 50_000, document: 'RE-DELTA-A1' }, p.now());
    await recordInvoice(db, staffUser, a, { date: '2026-05-10', amount: 30_000, document: 'RE-DELTA-A2' }, p.now());
    await recordInvoice(db, staffUser, b, { date: '2026-04-10', amount: 40_000, document: 'RE-DELTA-B1' }, p.now());
    // B is paid 70,000 on 40,000 owed: 30,000 over; it settles A's oldest invoice (A1) first
    await expect(recordPayment(db, staffUser, b, { date: '2026-04-20', amount: 70_000 }, p.now())).rejects.toMatchObject({ code: 'OVERPAYMENT' });
    await recordPayment(db, staffUser, b, { date: '2026-04-20', amount: 70_000, allowOverpayment: true }, p.now());
    let s = await statement(db, cid, '2026-01-01', '2026-06-30');
    expect(s.openItems.map((i) => [i.document, i.open])).toEqual([['RE-DELTA-A1', 20_000], ['RE-DELTA-A2', 30_000]]);
    expect(s.closingBalance).toBe(50_000);
    expect(s.orders.map((o) => [o.number, o.open])).toEqual([['K-DELTA-1', 80_000], ['K-DELTA-2', -30_000]]);
    // a credit note on A and a payment beyond everything: A's own money settles A first, B's excess
    // the rest of A; what B paid beyond that is owed to the customer, dated and aged from B's payment
    await recordCredit(db, staffUser, a, { date: '2026-06-01', amount: 10_000 }, p.now());
    await recordPayment(db, staffUser, a, { date: '2026-06-15', amount: 45_000, allowOverpayment: true }, p.now());
    s = await statement(db, cid, '2026-01-01', '2026-06-30');
    expect(s.closingBalance).toBe(-5_000);
    expect(s.openItems).toEqual([expect.objectContaining({ kind: 'credit_balance', orderNumber: 'K-DELTA-2', open: -5_000, date: '2026-04-20', ageDays: 71, bucket: '61-90' })]);
    expect(s.aging.find((x) => x.bucket === '61-90')!.amount).toBe(-5_000);
    expect(s.totals.overdue).toBe(0);
    // as of the end of May, before the credit note and the last payment
    const may = await statement(db, cid, '2026-05-01', '2026-05-31');
    expect(may.openingBalance).toBe(50_000 + 40_000 - 70_000);
    expect(may.closingBalance).toBe(50_000);
    expect(may.entries.map((e) => e.kind)).toEqual(['invoice']);
    if (hasPoppler) {
      const { renderStatementPdf } = await import('../../server/pdf/statement-pdf.js');
      const text = pdfText(await renderStatementPdf({ statement: s, language: 'de', shop: { name: 'Kerf Laser GmbH', address: ['Stuttgart'] }, date: '2026-07-01' }));
      expect(text).toContain('Guthaben');
      expect(text).toContain('-50,00 €');
      const empty = pdfText(await renderStatementPdf({ statement: await statement(db, cid, '2025-01-01', '2025-01-31'), language: 'en', shop: { name: 'Kerf Laser GmbH', address: [] }, date: '2026-07-01' }));
      expect(empty).toContain('Nothing in this period.');
      expect(empty).toContain('No open items.');
    }
  });

  it('counts only orders that reached the shop', async () => {
    const db = p.database.db;
    const reached = await db.select({ id: orders.id }).from(orders).where(and(eq(orders.companyId, acmeId), isNotNull(orders.releasedAt)));
    const s = await statement(db, acmeId, '2026-01-01', '2026-12-31');
    expect(s.entries.filter((e) => e.kind === 'order').length).toBe(reached.length);
  });
});
