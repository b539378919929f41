import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINE_COLUMNS } from '../../server/services/exports.js';
import { portal, type Caller, type Portal } from './helpers.js';

async function readSheet(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const ws = wb.worksheets[0];
  const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
  const rows: { cells: Record<string, unknown>; fmt: Record<string, string | undefined> }[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const cells: Record<string, unknown> = {};
    const fmt: Record<string, string | undefined> = {};
    header.forEach((h, i) => {
      const cell = row.getCell(i + 1);
      cells[h] = cell.value;
      fmt[h] = cell.numFmt;
    });
    rows.push({ cells, fmt });
  });
  return { header, rows, name: ws.name };
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const today = '2026-11-20'; // the portal's clock

describe('exports', () => {
  let p: Portal;
  let ops: Caller, beta: Caller, acme: Caller;
  /** The released orders as the back office sees them (the truth the exports are checked against). */
  let released: { id: number; number: string; total: number; status: string; companyId: number }[];

  beforeAll(async () => {
    p = await portal();
    [ops, beta, acme] = await Promise.all([p.as('ops@kerf.example'), p.as('admin@beta.example'), p.as('admin@acme.example')]);
    // an order whose commission needs CSV quoting, with a part deleted afterwards
    const part = await beta.json('POST', '/api/parts', { name: 'Gone, "soon"', articleNumber: 'GONE-1', template: 'disc', params: { diameter: 70 }, material: 'S235', thickness: 2 });
    await beta.json('POST', '/api/basket/items', { partId: part.body.id, quantity: 3 });
    const kept = (await beta.json('GET', '/api/parts?pageSize=1&sort=name')).body.items[0];
    await beta.json('POST', '/api/basket/items', { partId: kept.id, quantity: 2 });
    const o = await beta.json('POST', '/api/orders', { commission: 'Hall 3, "north"\nline 2' }, { 'Idempotency-Key': 'exp-1' });
    expect(o.body.status).toBe('released');
    expect((await beta.json('DELETE', `/api/parts/${part.body.id}`)).status).toBe(204);
    released = (await ops.json('GET', '/api/admin/orders')).body.items;
    expect(released.length).toBeGreaterThan(3);
  });
  afterAll(() => p.close());

  describe('the operator\'s order export', () => {
    it('xlsx: one row per line, numbers as numbers, line totals add up to the order totals', async () => {
      const res = await ops.request('GET', '/api/admin/orders/export?format=xlsx');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="kerf-orders-${today}.xlsx"`);
      const { header, rows } = await readSheet(res);
      expect(header.slice(0, 4)).toEqual(['Order', 'Company', 'Customer number', 'Status']);
      for (const h of ['Article number', 'Material', 'Thickness (mm)', 'Quantity', 'Unit price', 'Line total', 'Line total (cents)', 'Cut length (mm)', 'Pierces', 'Weight (kg/piece)', 'Delivery city']) {
        expect(header).toContain(h);
      }
      const numbers = new Set(rows.map((r) => r.cells.Order));
      expect(numbers).toEqual(new Set(released.map((o) => o.number)));
      for (const o of released) {
        const mine = rows.filter((r) => r.cells.Order === o.number);
        expect(Math.round(sum(mine.map((r) => r.cells['Line total'] as number)) * 100), o.number).toBe(o.total);
        expect(sum(mine.map((r) => r.cells['Line total (cents)'] as number))).toBe(o.total);
      }
      const r = rows[0];
      expect(typeof r.cells.Quantity).toBe('number');
      expect(typeof r.cells['Unit price']).toBe('number');
      expect(r.fmt['Unit price']).toContain('€');
      expect(typeof r.cells['Cut length (mm)']).toBe('number');
      expect(r.cells.Pierces).toBeGreaterThan(0);
      expect(r.cells.Released).toBeInstanceOf(Date);
    });

    it('csv: a header row, RFC 4180 quoting, parsed back to the same lines and cents', async () => {
      const res = await ops.request('GET', '/api/admin/orders/export?format=csv');
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect(res.headers.get('content-disposition')).toContain(`kerf-orders-${today}.csv`);
      const text = await res.text();
      expect(text.split('\r\n')[0]).toBe(LINE_COLUMNS.join(','));
      expect(text).toContain('"Hall 3, ""north""\nline 2"');
      const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      const rows = parsed.data;
      for (const o of released) {
        const mine = rows.filter((r) => r.orderNumber === o.number);
        expect(sum(mine.map((r) => Number(r.lineTotalCents)))).toBe(o.total);
        for (const r of mine) expect(Number(r.lineTotal)).toBe(Number(r.lineTotalCents) / 100);
      }
      const quoted = rows.find((r) => r.articleNumber === 'GONE-1')!;
      expect(quoted).toMatchObject({ commission: 'Hall 3, "north"\nline 2', name: 'Gone, "soon"', quantity: '3', material: 'S235', thickness: '2' });
      expect(quoted.unitPrice).toMatch(/^\d+\.\d\d$/);
    });

    it('json: the orders with their lines, cents and euros', async () => {
      const res = await ops.json('GET', '/api/admin/orders/export?format=json');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(`kerf-orders-${today}.json`);
      const doc = res.body;
      expect(doc.count).toBe(released.length);
      for (const o of doc.orders) {
        const truth = released.find((r) => r.id === o.id)!;
        expect(o.totalCents).toBe(truth.total);
        expect(sum(o.lines.map((l: { lineTotalCents: number }) => l.lineTotalCents))).toBe(o.totalCents);
        expect(o.releasedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect(o.company).toHaveProperty('customerNumber');
      }
      const line = doc.orders.flatMap((o: { lines: unknown[] }) => o.lines)[0];
      expect(line).toMatchObject({ position: expect.any(Number), material: expect.any(String), cutLength: expect.any(Number), pierces: expect.any(Number), weight: expect.any(Number) });
    });

    it('leaves out orders that never reached the shop and filters by status, dates and company', async () => {
      const buyer = await p.as('buyer@acme.example');
      const part = (await buyer.json('GET', '/api/parts?pageSize=1')).body.items[0];
      await buyer.json('POST', '/api/basket/items', { partId: part.id, quantity: 1 });
      const pending = await buyer.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'exp-pending' });
      expect(pending.body.status).toBe('pending_approval');
      const all = (await ops.json('GET', '/api/admin/orders/export?format=json')).body;
      expect(all.orders.map((o: { id: number }) => o.id)).not.toContain(pending.body.id);

      const byStatus = (await ops.json('GET', '/api/admin/orders/export?format=json&status=completed')).body.orders;
      expect(byStatus.length).toBe(released.filter((o) => o.status === 'completed').length);
      const betaId = released.find((o) => o.number && all.orders.find((x: { id: number; company: { name: string } }) => x.id === o.id)?.company.name.startsWith('Beta'))!.companyId;
      const byCompany = (await ops.json('GET', `/api/admin/orders/export?format=json&companyId=${betaId}`)).body.orders;
      expect(byCompany.length).toBe(released.filter((o) => o.companyId === betaId).length);
      const onlyToday = (await ops.json('GET', `/api/admin/orders/export?format=json&from=${today}&to=${today}`)).body.orders;
      expect(onlyToday.length).toBeGreaterThan(0);
      expect(onlyToday.every((o: { releasedAt: string }) => o.releasedAt.startsWith(today))).toBe(true);
      expect(onlyToday.length).toBeLessThan(all.orders.length);
      expect((await ops.json('GET', '/api/admin/orders/export?format=json&from=2026-12-01&to=2026-11-01')).status).toBe(400);
      expect((await ops.json('GET', '/api/admin/orders/export?format=pdf')).status).toBe(400);
    });

    it('zip: the DXF of each line and orders.json; a deleted part\'s line has drawing null', async () => {
      const res = await ops.request('GET', '/api/admin/orders/export/drawings.zip');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/zip');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="kerf-drawings-${today}.zip"`);
      const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
      const doc = JSON.parse(strFromU8(files['orders.json']));
      const lines = doc.orders.flatMap((o: { number: string; lines: { drawing: string | null; articleNumber: string | null; position: number }[] }) => o.lines.map((l) => ({ ...l, order: o.number })));
      const dxfs = Object.keys(files).filter((n) => n.endsWith('.dxf'));
      expect(dxfs.length).toBe(lines.filter((l: { drawing: string | null }) => l.drawing).length);
      for (const l of lines.filter((x: { drawing: string | null }) => x.drawing)) {
        expect(l.drawing.startsWith(`${l.order}-${l.position}-`)).toBe(true);
        expect(strFromU8(files[l.drawing])).toMatch(/SECTION[\s\S]*ENTITIES/);
      }
      const gone = lines.find((l: { articleNumber: string | null }) => l.articleNumber === 'GONE-1');
      expect(gone.drawing).toBeNull();
      expect(dxfs.every((n) => !n.includes('/') && !n.includes('..'))).toBe(true);
    });
  });

  describe('who may export what', () => {
    it('customers cannot reach the operator\'s export (403), anonymous callers are asked to sign in (401)', async () => {
      for (const path of ['/api/admin/orders/export?format=csv', '/api/admin/orders/export/drawings.zip']) {
        expect((await beta.request('GET', path)).status).toBe(403);
        expect((await p.anonymous().request('GET', path)).status).toBe(401);
      }
      expect((await p.anonymous().request('GET', '/api/parts/export.xlsx')).status).toBe(401);
      expect((await ops.request('GET', '/api/parts/export.xlsx')).status).toBe(403);
    });

    it('a customer\'s parts sheet holds his company\'s parts only', async () => {
      const res = await beta.request('GET', '/api/parts/export.xlsx');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="kerf-parts-${today}.xlsx"`);
      const { rows, header } = await readSheet(res);
      const mine = (await beta.json('GET', '/api/parts?pageSize=100')).body;
      const theirs = (await acme.json('GET', '/api/parts?pageSize=100')).body.items.map((x: { name: string }) => x.name);
      expect(rows.length).toBe(mine.total);
      expect(new Set(rows.map((r) => r.cells.Name))).toEqual(new Set(mine.items.map((x: { name: string }) => x.name)));
      expect(rows.some((r) => theirs.includes(r.cells.Name) && !mine.items.some((m: { name: string }) => m.name === r.cells.Name))).toBe(false);
      expect(header).toContain('Unit price');
      expect(typeof rows[0].cells['Unit price']).toBe('number');
      expect(rows[0].fmt['Unit price']).toContain('€');
    });

    it('a customer\'s order history holds his company\'s orders only, every line', async () => {
      const res = await acme.request('GET', '/api/orders/export.xlsx');
      expect(res.status).toBe(200);
      const { rows, header } = await readSheet(res);
      expect(header).not.toContain('Company');
      const own = (await acme.json('GET', '/api/orders')).body.items as { number: string; status: string }[];
      // every order with a line left (a wholly rejected order has none)
      expect(new Set(rows.map((r) => r.cells.Order))).toEqual(new Set(own.filter((o) => o.status !== 'rejected').map((o) => o.number)));
      const betaNumbers = new Set(((await beta.json('GET', '/api/orders')).body.items as { number: string }[]).map((o) => o.number));
      expect(rows.some((r) => betaNumbers.has(r.cells.Order as string))).toBe(false);
    });
  });
});
