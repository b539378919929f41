/**
 * Planning (issue [8]): the demand plan (grid, changes, sheet import with a dry run, export), stock
 * reports, and the material demand the plans imply, checked against hand computation.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demandPlan, stockReports } from '../../server/db/schema.js';
import { portal, type Caller, type Portal } from './helpers.js';

let p: Portal;
let acme: Caller, beta: Caller, ops: Caller;
let big: { id: number; weight: number }, small: { id: number; weight: number }, betaBig: { id: number; weight: number };
let nut: number, foreignArticle: number;
let acmeId: number;

async function sheet(rows: (string | number | null)[][]): Promise<File> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  for (const r of rows) ws.addRow(r);
  return new File([await wb.xlsx.writeBuffer() as ArrayBuffer], 'plan.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
const form = (file: File, dryRun: boolean) => {
  const f = new FormData();
  f.set('sheet', file);
  f.set('dryRun', String(dryRun));
  return f;
};

beforeAll(async () => {
  p = await portal();
  // the demo plans ahead for Acme (issue [8]'s story); these tests start from a company without a plan
  await p.database.db.delete(demandPlan);
  await p.database.db.delete(stockReports);
  [acme, beta, ops] = await Promise.all([p.as('admin@acme.example'), p.as('admin@beta.example'), p.as('ops@kerf.example')]);
  const part = async (who: Caller, name: string, articleNumber: string, width: number, height: number, thickness: number) => {
    const r = await who.json('POST', '/api/parts', { name, articleNumber, template: 'rectangle', params: { width, height }, material: 'S235', thickness });
    expect(r.status).toBe(201);
    return r.body as { id: number; weight: number };
  };
  // two of these fit a 3000 × 1500 sheet with 8 mm spacing (8 + 1400 + 8 + 1400 + 8 = 2824), never three
  big = await part(acme, 'Base plate 1400', 'AC-1400', 1400, 1400, 3);
  small = await part(acme, 'Bracket 500', 'AC-500', 500, 300, 2);
  betaBig = await part(beta, 'Beta plate 1400', 'BB-1400', 1400, 1400, 3);
  const arts = (await acme.json('GET', '/api/articles?pageSize=200')).body.items as { id: number; number: string }[];
  nut = arts.find((a) => a.number === 'NUT-M8')!.id;
  const all = (await ops.json('GET', '/api/admin/articles')).body.items as { id: number; number: string }[];
  foreignArticle = all.find((a) => a.number === 'BLANK-14301-2-1000X500')!.id; // published to Beta's category only
  acmeId = (await acme.json('GET', '/api/me')).body.activeCompanyId;
});
afterAll(() => p.close());

describe('demand plan', () => {
  it('starts empty: 12 months from the current one', async () => {
    const r = await acme.json('GET', '/api/plan');
    expect(r.status).toBe(200);
    expect(r.body.months).toHaveLength(12);
    expect(r.body.months[0]).toBe('2026-11');
    expect(r.body.months[11]).toBe('2027-10');
    expect(r.body.items).toEqual([]);
    expect(r.body.plannable).toEqual({ first: '2026-11', last: '2028-10' });
  });

  it('sets quantities for parts and articles; 0 removes one', async () => {
    const r = await acme.json('PUT', '/api/plan', {
      rows: [
        { partId: big.id, month: '2026-12', quantity: 5 }, { partId: big.id, month: '2027-01', quantity: 4 },
        { partId: small.id, month: '2026-12', quantity: 10 }, { articleId: nut, month: '2026-12', quantity: 20 },
        { partId: small.id, month: '2027-02', quantity: 7 },
      ],
    });
    expect(r.status).toBe(200);
    const row = r.body.items.find((i: { key: string }) => i.key === `part:${big.id}`);
    expect(row).toMatchObject({ kind: 'part', name: 'Base plate 1400', number: 'AC-1400', material: 'S235', thickness: 3, total: 9 });
    expect(row.quantities.slice(0, 3)).toEqual([0, 5, 4]);
    expect(r.body.items.find((i: { key: string }) => i.key === `article:${nut}`)).toMatchObject({ kind: 'article', number: 'ACME-N-008', unit: 'box', total: 20 });
    const removed = await acme.json('PUT', '/api/plan', { rows: [{ partId: small.id, month: '2027-02', quantity: 0 }] });
    expect(removed.body.items.find((i: { key: string }) => i.key === `part:${small.id}`).quantities).toEqual([0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('refuses another company\'s part and an article not offered with 404, bad months and quantities with 400', async () => {
    const foreign = await acme.json('PUT', '/api/plan', { rows: [{ partId: betaBig.id, month: '2026-12', quantity: 1 }] });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('NOT_FOUND');
    expect((await acme.json('PUT', '/api/plan', { rows: [{ articleId: foreignArticle, month: '2026-12', quantity: 1 }] })).status).toBe(404);
    // nothing of a refused request is written
    const mixed = await acme.json('PUT', '/api/plan', { rows: [{ partId: big.id, month: '2027-05', quantity: 3 }, { partId: betaBig.id, month: '2027-05', quantity: 1 }] });
    expect(mixed.status).toBe(404);
    expect((await acme.json('GET', '/api/plan')).body.items.find((i: { key: string }) => i.key === `part:${big.id}`).quantities[6]).toBe(0);
    const past = await acme.json('PUT', '/api/plan', { rows: [{ partId: big.id, month: '2026-10', quantity: 1 }] });
    expect(past.status).toBe(400);
    expect(past.body.error.code).toBe('MONTH_OUT_OF_RANGE');
    expect((await acme.json('PUT', '/api/plan', { rows: [{ partId: big.id, month: '2026-13', quantity: 1 }] })).body.error.code).toBe('VALIDATION_ERROR');
    expect((await acme.json('PUT', '/api/plan', { rows: [{ partId: big.id, month: '2026-12', quantity: -1 }] })).status).toBe(400);
    expect((await acme.json('PUT', '/api/plan', { rows: [{ partId: big.id, articleId: nut, month: '2026-12', quantity: 1 }] })).status).toBe(400);
  });

  it('another company sees none of it', async () => {
    expect((await beta.json('GET', '/api/plan')).body.items).toEqual([]);
    expect((await beta.json('PUT', '/api/plan', { rows: [{ partId: betaBig.id, month: '2026-12', quantity: 1 }] })).status).toBe(200);
    const mine = (await acme.json('GET', '/api/plan')).body.items.map((i: { key: string }) => i.key);
    expect(mine).not.toContain(`part:${betaBig.id}`);
  });

  it('needs the right to order or manage the company; staff use the back office', async () => {
    const betaGroups = (await beta.json('GET', '/api/company/groups')).body.items;
    const viewers = betaGroups.find((g: { name: string }) => g.name === 'Viewers');
    expect((await beta.json('POST', '/api/company/users', { email: 'engineer@acme.example', name: 'Eve Engineer', groupId: viewers.id })).status).toBe(201);
    const eve = await p.as('engineer@acme.example');
    const betaId = (await eve.json('GET', '/api/me')).body.companies.find((c: { customerNumber: string }) => c.customerNumber === '10002').id;
    await eve.json('POST', '/api/auth/switch-company', { companyId: betaId });
    for (const [method, path] of [['GET', '/api/plan'], ['GET', '/api/stock'], ['GET', '/api/plan.xlsx']] as const) {
      expect((await eve.json(method, path)).status).toBe(403);
    }
    expect((await ops.json('GET', '/api/plan')).status).toBe(403);
    expect((await p.anonymous().json('GET', '/api/plan')).status).toBe(401);
  });
});

describe('plan import', () => {
  it('a dry run reports row errors and writes nothing; the real run writes the good rows', async () => {
    const file = await sheet([
      ['Artikelnummer', 'Bezeichnung', '2026-12', 'Jän 2027', 'févr. 2027', 'March 2027', '2026-09'],
      ['AC-1400', null, 6, 2, null, '1.000', 9],
      [null, 'Bracket 500', 10, 0, 3, null, null],
      ['NUT-M8', null, 20, 20, 20, 20, null],
      ['XYZ-404', null, 1, null, null, null, null],
      ['BLANK-14301-2-1000X500', null, 1, null, null, null, null],
      ['BB-1400', null, 1, null, null, null, null],
      ['AC-1400', null, 1, null, null, null, null],
      [null, 'Bracket 500 again', 'many', null, null, null, null],
    ]);
    const dry = await acme.json('POST', '/api/plan/import', form(file, true));
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, months: ['2026-12', '2027-01', '2027-02', '2027-03'], ok: 3, errors: 5, written: 0 });
    expect(dry.body.warnings[0]).toContain('2026-09');
    const byRow = new Map(dry.body.rows.map((r: { row: number }) => [r.row, r]));
    expect(byRow.get(2)).toMatchObject({ status: 'ok', item: { key: `part:${big.id}` }, quantities: { '2026-12': 6, '2027-01': 2, '2027-02': 0, '2027-03': 1000 } });
    expect(byRow.get(3)).toMatchObject({ status: 'ok', item: { key: `part:${small.id}` } });
    expect(byRow.get(5)).toMatchObject({ status: 'error' });
    expect((byRow.get(5) as { messages: string[] }).messages[0]).toContain('XYZ-404');
    expect(byRow.get(6)).toMatchObject({ status: 'error' }); // not offered to Acme
    expect(byRow.get(7)).toMatchObject({ status: 'error' }); // Beta's part
    expect((byRow.get(8) as { messages: string[] }).messages[0]).toContain('already in row 2');
    expect((byRow.get(9) as { messages: string[] }).messages.join(' ')).toContain('"many"');
    const before = (await acme.json('GET', '/api/plan')).body.items.find((i: { key: string }) => i.key === `part:${big.id}`);
    expect(before.quantities[1]).toBe(5);

    const real = await acme.json('POST', '/api/plan/import', form(file, false));
    expect(real.body).toMatchObject({ dryRun: false, ok: 3, errors: 5, written: 12 });
    const after = (await acme.json('GET', '/api/plan')).body.items;
    expect(after.find((i: { key: string }) => i.key === `part:${big.id}`).quantities.slice(0, 5)).toEqual([0, 6, 2, 0, 1000]);
    expect(after.find((i: { key: string }) => i.key === `article:${nut}`).quantities.slice(0, 5)).toEqual([0, 20, 20, 20, 20]);
  });

  it('reads a German semicolon CSV with month names', async () => {
    const csv = 'Bezeichnung;Dezember 2026;Jänner 2027;Mrz 2027\r\nBracket 500;10;;4\r\n';
    const f = new FormData();
    f.set('sheet', new File([csv], 'plan.csv', { type: 'text/csv' }));
    const r = await acme.json('POST', '/api/plan/import', f);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ months: ['2026-12', '2027-01', '2027-03'], ok: 1, errors: 0, written: 3 });
  });

  it('reads month headers that Excel turned into dates', async () => {
    const file = await sheet([['Artikelnummer', new Date(Date.UTC(2027, 3, 1)) as unknown as string, new Date(Date.UTC(2027, 4, 1)) as unknown as string], ['AC-500', 8, 9]]);
    const r = await acme.json('POST', '/api/plan/import', form(file, true));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ months: ['2027-04', '2027-05'], ok: 1, errors: 0 });
    expect(r.body.rows[0].quantities).toEqual({ '2027-04': 8, '2027-05': 9 });
  });

  it('a sheet without months or items is INVALID_SHEET', async () => {
    const noMonths = await acme.json('POST', '/api/plan/import', form(await sheet([['Artikelnummer', 'Bezeichnung'], ['AC-1400', 'x']]), true));
    expect(noMonths.status).toBe(422);
    expect(noMonths.body.error.code).toBe('INVALID_SHEET');
    const junk = new FormData();
    junk.set('sheet', new File(['hello'], 'plan.xlsx'));
    expect((await acme.json('POST', '/api/plan/import', junk)).body.error.code).toBe('INVALID_SHEET');
  });

  it('exports the plan as a sheet that imports again unchanged', async () => {
    const res = await acme.request('GET', '/api/plan.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(4).value).toBe('2026-11');
    const before = (await acme.json('GET', '/api/plan')).body;
    const again = await acme.json('POST', '/api/plan/import', form(new File([bytes], 'plan.xlsx'), false));
    expect(again.body.errors).toBe(0);
    expect((await acme.json('GET', '/api/plan')).body.items.map((i: { quantities: number[] }) => i.quantities)).toEqual(before.items.map((i: { quantities: number[] }) => i.quantities));
  });
});

describe('stock reports', () => {
  it('records balances; the latest per item counts, with its date', async () => {
    const first = await acme.json('POST', '/api/stock-reports', { lines: [{ partId: big.id, quantity: 12 }, { articleId: nut, quantity: 3 }], note: 'Inventur' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ reportedBy: expect.any(String), note: 'Inventur', lines: [{ key: `part:${big.id}`, quantity: 12 }, { key: `article:${nut}`, quantity: 3 }] });
    const t1 = p.now();
    p.advance(3 * 86_400_000);
    await acme.json('POST', '/api/stock-reports', { lines: [{ partId: big.id, quantity: 7 }] });
    const stock = (await acme.json('GET', '/api/stock')).body.items;
    expect(stock.find((s: { key: string }) => s.key === `part:${big.id}`)).toMatchObject({ quantity: 7, reportedAt: t1 + 3 * 86_400_000 });
    expect(stock.find((s: { key: string }) => s.key === `article:${nut}`)).toMatchObject({ quantity: 3, reportedAt: t1 });
    const history = (await acme.json('GET', '/api/stock-reports')).body.items;
    expect(history).toHaveLength(2);
    expect(history[0].lines).toHaveLength(1);
    const grid = (await acme.json('GET', '/api/plan')).body.items.find((i: { key: string }) => i.key === `part:${big.id}`);
    expect(grid).toMatchObject({ stock: 7, stockReportedAt: t1 + 3 * 86_400_000 });
  });

  it('refuses foreign items (404), duplicates and negative quantities (400); others see nothing', async () => {
    expect((await acme.json('POST', '/api/stock-reports', { lines: [{ partId: betaBig.id, quantity: 1 }] })).status).toBe(404);
    expect((await acme.json('POST', '/api/stock-reports', { lines: [{ partId: big.id, quantity: -1 }] })).status).toBe(400);
    expect((await acme.json('POST', '/api/stock-reports', { lines: [{ partId: big.id, quantity: 1 }, { partId: big.id, quantity: 2 }] })).status).toBe(400);
    expect((await acme.json('POST', '/api/stock-reports', { lines: [] })).status).toBe(400);
    expect((await beta.json('GET', '/api/stock')).body.items).toEqual([]);
    expect((await beta.json('GET', '/api/stock-reports')).body.items).toEqual([]);
  });

  it('the shop sees a company\'s plan beside its stock; customers may not', async () => {
    const r = await ops.json('GET', `/api/admin/companies/${acmeId}/plan`);
    expect(r.status).toBe(200);
    expect(r.body.items.find((i: { key: string }) => i.key === `part:${big.id}`)).toMatchObject({ stock: 7, total: expect.any(Number) });
    expect((await ops.json('GET', '/api/admin/companies/9999/plan')).status).toBe(404);
    expect((await acme.json('GET', `/api/admin/companies/${acmeId}/plan`)).status).toBe(403);
  });
});

describe('material demand', () => {
  it('kg = Σ quantity × part weight and sheets by the nest, against hand computation', async () => {
    // a fresh, simple plan: Acme 5 and 4 big plates, 10 small brackets; Beta 1 big plate of its own
    await acme.json('PUT', '/api/plan', {
      rows: [
        { partId: big.id, month: '2026-12', quantity: 5 }, { partId: big.id, month: '2027-01', quantity: 4 }, { partId: big.id, month: '2027-02', quantity: 0 },
        { partId: big.id, month: '2027-03', quantity: 0 }, { partId: small.id, month: '2026-12', quantity: 10 }, { partId: small.id, month: '2027-01', quantity: 0 },
        { partId: small.id, month: '2027-02', quantity: 0 }, { partId: small.id, month: '2027-03', quantity: 0 }, { articleId: nut, month: '2027-01', quantity: 0 },
        { articleId: nut, month: '2027-02', quantity: 0 }, { articleId: nut, month: '2027-03', quantity: 0 },
      ],
    });
    // 1.4 m × 1.4 m × 3 mm of steel at 7,850 kg/m³ = 46.158 kg
    expect(big.weight).toBeCloseTo(46.158, 2);
    const only = await ops.json('GET', `/api/admin/material-demand?from=2026-12&months=3&companyId=${acmeId}`);
    expect(only.status).toBe(200);
    expect(only.body.months).toEqual(['2026-12', '2027-01', '2027-02']);
    const s3 = only.body.materials.find((m: { material: string; thickness: number }) => m.material === 'S235' && m.thickness === 3);
    const s2 = only.body.materials.find((m: { material: string; thickness: number }) => m.material === 'S235' && m.thickness === 2);
    expect(s3.format).toEqual([3000, 1500]);
    // December: 5 plates, two per sheet → 3 sheets; January: 4 → 2
    expect(s3.months[0]).toMatchObject({ pieces: 5, sheets: 3, method: 'nest' });
    expect(s3.months[0].kg).toBeCloseTo(5 * big.weight, 2);
    expect(s3.months[1]).toMatchObject({ pieces: 4, sheets: 2 });
    expect(s3.months[1].kg).toBeCloseTo(4 * big.weight, 2);
    expect(s3.months[2]).toMatchObject({ pieces: 0, kg: 0, sheets: 0 });
    // a sheet: 3 m × 1.5 m × 3 mm × 7,850 kg/m³ = 105.975 kg
    expect(s3.months[0].sheetKg).toBeCloseTo(3 * 105.975, 2);
    expect(s3.total).toMatchObject({ pieces: 9, sheets: 5 });
    // 10 brackets of 500 × 300 take one sheet
    expect(s2.months[0]).toMatchObject({ pieces: 10, sheets: 1 });
    expect(s2.months[0].kg).toBeCloseTo(10 * small.weight, 3);
    expect(only.body.articles).toEqual([expect.objectContaining({ articleId: nut, number: 'NUT-M8', quantities: [20, 0, 0], total: 20 })]);
    expect(only.body.method).toContain('true shapes or their bounding boxes, whichever needs fewer sheets');

    // every company: Beta's plate joins December's group (6 plates → 3 sheets)
    const all = (await ops.json('GET', '/api/admin/material-demand?from=2026-12&months=3')).body;
    const a3 = all.materials.find((m: { material: string; thickness: number }) => m.material === 'S235' && m.thickness === 3);
    expect(a3.months[0]).toMatchObject({ pieces: 6, sheets: 3 });
    expect(a3.months[0].kg).toBeCloseTo(5 * big.weight + betaBig.weight, 2);
    await beta.json('PUT', '/api/plan', { rows: [{ partId: betaBig.id, month: '2026-12', quantity: 2 }] });
    const seven = (await ops.json('GET', '/api/admin/material-demand?from=2026-12&months=1')).body.materials
      .find((m: { material: string; thickness: number }) => m.material === 'S235' && m.thickness === 3);
    expect(seven.months[0]).toMatchObject({ pieces: 7, sheets: 4 });
  });

  it('above 1,000 pieces a month counts sheets by the quote\'s sheet usage', async () => {
    // 500 × 300 with 8 mm spacing on 3000 × 1500: 5 across (5 × 508 + 8 = 2548) and 4 down (4 × 308 + 8 = 1240) = 20 a sheet
    await acme.json('PUT', '/api/plan', { rows: [{ partId: small.id, month: '2027-06', quantity: 6000 }] });
    const d = (await ops.json('GET', `/api/admin/material-demand?from=2027-06&months=1&companyId=${acmeId}`)).body;
    const s2 = d.materials.find((m: { material: string; thickness: number }) => m.material === 'S235' && m.thickness === 2);
    expect(s2.months[0]).toMatchObject({ pieces: 6000, sheets: 300, method: 'sheet-usage' });
    expect(s2.months[0].kg).toBeCloseTo(6000 * small.weight, 1);
    await acme.json('PUT', '/api/plan', { rows: [{ partId: small.id, month: '2027-06', quantity: 0 }] });
  });

  it('exports .xlsx; staff only', async () => {
    const res = await ops.request('GET', `/api/admin/material-demand.xlsx?from=2026-12&months=3&companyId=${acmeId}`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet('Material demand')!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[0].slice(0, 5)).toEqual(['Material', 'Name', 'Thickness (mm)', 'Value', '2026-12']);
    const sheets3 = rows.find((r) => r[0] === 'S235' && r[2] === 3 && String(r[3]).startsWith('Sheets'))!;
    expect(sheets3.slice(4)).toEqual([3, 2, 0, 5]);
    expect(wb.getWorksheet('Articles')!.getRow(2).getCell(1).value).toBe('NUT-M8');
    expect((await acme.json('GET', '/api/admin/material-demand')).status).toBe(403);
    expect((await acme.json('GET', '/api/admin/material-demand.xlsx')).status).toBe(403);
    expect((await ops.json('GET', '/api/admin/material-demand?companyId=9999')).status).toBe(404);
    expect((await ops.json('GET', '/api/admin/material-demand?from=2026-13')).status).toBe(400);
  });
});
