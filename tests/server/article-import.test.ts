import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portal, type Caller, type Portal } from './helpers.js';

const sheet = (text: string | Uint8Array, name = 'articles.csv', dryRun?: boolean) => {
  const f = new FormData();
  f.set('sheet', new File([text], name));
  if (dryRun !== undefined) f.set('dryRun', String(dryRun));
  return f;
};

describe('articles from a sheet (back office)', () => {
  let p: Portal;
  let ops: Caller;
  let sales: Caller;
  beforeAll(async () => {
    p = await portal();
    ops = await p.as('ops@kerf.example');
    sales = await p.as('sales@kerf.example');
  });
  afterAll(() => p.close());

  const csv = [
    'Artikelnummer;Bezeichnung;name_en;Preis;Staffel;Kategorie;Einheit;Bestand;Bestand zeigen',
    'NUT-M8;;;7,20;;;;;', // known: a new price
    'HINGE-40;Scharnier 40 mm;Hinge 40 mm;4,20 €;"10: 4,00; 50: 3,80";Beschläge;Stk;250;ja',
    'HINGE-60;Scharnier 60 mm;;5,10;;Verbindungselemente;;;', // an existing category by its German name
    'NEW-NOPRICE;Ohne Preis;;;;;;;',
    'NEW-BADBREAKS;Falsch;;1,00;zehn: 1;;;;',
    'HINGE-40;Doppelt;;1;;;;;',
    'WASHER-M8;;;;;;;;', // nothing to change
  ].join('\r\n');

  it('tells in a dry run what would happen, and writes nothing', async () => {
    const before = (await ops.json('GET', '/api/admin/articles')).body.items.length;
    const r = await ops.json('POST', '/api/admin/articles/import', sheet(csv, 'artikel.csv', true));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ dryRun: true, created: 2, updated: 1, unchanged: 1, errors: 3, newCategories: ['Beschläge'] });
    expect(r.body.rows.map((x: any) => [x.row, x.number, x.status])).toEqual([
      [2, 'NUT-M8', 'updated'], [3, 'HINGE-40', 'created'], [4, 'HINGE-60', 'created'], [5, 'NEW-NOPRICE', 'error'],
      [6, 'NEW-BADBREAKS', 'error'], [7, 'HINGE-40', 'error'], [8, 'WASHER-M8', 'unchanged'],
    ]);
    expect(r.body.rows[3].messages[0]).toMatch(/needs a price/);
    expect(r.body.rows[4].messages[0]).toMatch(/quantity breaks/);
    expect(r.body.rows[5].messages[0]).toMatch(/already in row 3/);
    expect((await ops.json('GET', '/api/admin/articles')).body.items.length).toBe(before);
  });

  it('creates and updates the good rows, with German decimals, breaks, categories and flags', async () => {
    const r = await ops.json('POST', '/api/admin/articles/import', sheet(csv, 'artikel.csv'));
    expect(r.body).toMatchObject({ dryRun: false, created: 2, updated: 1, errors: 3 });
    const all = new Map<string, any>((await ops.json('GET', '/api/admin/articles')).body.items.map((a: any) => [a.number, a]));
    expect(all.get('NUT-M8')).toMatchObject({ basePrice: 720, priceBreaks: [{ quantity: 10, unitPrice: 620 }], unit: 'box' }); // the rest as it was
    expect(all.get('NUT-M8').name.de).toMatch(/^Sechskantmutter/);
    const hinge = all.get('HINGE-40');
    expect(hinge).toMatchObject({
      name: { en: 'Hinge 40 mm', de: 'Scharnier 40 mm' }, basePrice: 420, unit: 'Stk', stock: 250, showStock: true, active: true,
      priceBreaks: [{ quantity: 10, unitPrice: 400 }, { quantity: 50, unitPrice: 380 }],
    });
    const cats = (await ops.json('GET', '/api/admin/article-categories')).body.items;
    expect(cats.find((c: any) => c.id === hinge.categoryId).name.en).toBe('Beschläge');
    // a German name only: English falls back to it; the category found by its German name
    expect(all.get('HINGE-60')).toMatchObject({ name: { en: 'Scharnier 60 mm', de: 'Scharnier 60 mm' }, basePrice: 510 });
    expect(cats.find((c: any) => c.id === all.get('HINGE-60').categoryId).name.en).toBe('Fasteners');
    expect(all.has('NEW-NOPRICE')).toBe(false);
    // the company that has the fasteners category sees the new hinge at its discount
    const acme = await p.as('admin@acme.example');
    expect((await acme.json('GET', `/api/articles/${all.get('HINGE-60').id}`)).body.unitPrice).toBe(459);
  });

  it('exports every article in the same columns, and the export reads back unchanged', async () => {
    const res = await ops.request('GET', '/api/admin/articles/export.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const back = await ops.json('POST', '/api/admin/articles/import', sheet(bytes, 'kerf-articles.xlsx', true));
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    const total = (await ops.json('GET', '/api/admin/articles')).body.items.length;
    expect(back.body).toMatchObject({ created: 0, updated: 0, errors: 0, unchanged: total });
  });

  it('takes a catalog larger than a parts import (up to 5,000 rows)', async () => {
    const rows = ['number,name_en,price', ...Array.from({ length: 2500 }, (_, i) => `BULK-${i},Bulk ${i},1.50`)];
    const r = await ops.json('POST', '/api/admin/articles/import', sheet(rows.join('\n'), 'bulk.csv', true));
    expect(r.status, JSON.stringify(r.body).slice(0, 200)).toBe(200);
    expect(r.body).toMatchObject({ created: 2500, errors: 0 });
    const tooMany = ['number,name_en,price', ...Array.from({ length: 5001 }, (_, i) => `X-${i},X,1`)];
    expect((await ops.json('POST', '/api/admin/articles/import', sheet(tooMany.join('\n'), 'x.csv', true))).body.error.code).toBe('TOO_MANY_ROWS');
  });

  it('is for operator admins; sales may export', async () => {
    expect((await sales.json('POST', '/api/admin/articles/import', sheet(csv))).status).toBe(403);
    expect((await sales.request('GET', '/api/admin/articles/export.xlsx')).status).toBe(200);
    const bad = await ops.json('POST', '/api/admin/articles/import', sheet('foo;bar\n1;2\n'));
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('INVALID_SHEET');
  });
});
