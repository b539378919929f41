// Issue [5]'s "done when", as users do it: a customer admin drops a 500-row sheet and a zip of
// drawings on the portal, watches the progress, fixes the two bad rows in place and commits; the
// shop receives the signed part.created webhooks and exports the released orders for its ERP.
import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { expect, test } from '@playwright/test';
import { generateTemplate } from '../../dist/sdk/index.js';
import { verifyKerfSignature } from '../../dist/server/services/webhooks.js';

const ROWS = 500;

test('500 parts from a sheet and a zip, two rows fixed in place, signed webhooks, ERP export', async ({ page, request }, info) => {
  test.setTimeout(180_000);
  // the shop's webhook receiver
  const received: { id: string; type: string; valid: boolean }[] = [];
  const receiver: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const event = JSON.parse(body);
      received.push({ id: event.id, type: event.type, valid: verifyKerfSignature(secret, String(req.headers['kerf-signature']), body) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const port = (receiver.address() as { port: number }).port;
  await request.post('/api/auth/login', { data: { email: 'ops@kerf.example', password: 'kerf-demo-2026' } });
  const hook = await (await request.post('/api/admin/webhooks', { data: { url: `http://127.0.0.1:${port}/kerf`, events: ['part.created'], description: 'ERP' } })).json();
  const secret: string = hook.secret;
  expect(secret).toBeTruthy();

  // the sheet and the drawings: rows 11 and 21 (sheet rows) are bad on purpose
  const shapes = ['rectangle', 'disc', 'ring', 'hole-plate', 'oblong', 'polygon'];
  const files: Record<string, Uint8Array> = {};
  const lines = ['Artikelnummer;Bezeichnung;Werkstoff;Dicke;Menge;Zeichnung'];
  for (let i = 1; i <= ROWS; i++) {
    const name = `e2e-${i}.dxf`;
    const material = i === 10 ? 'Unobtainium' : 'S235';
    const drawing = i === 20 ? 'not-in-the-zip.dxf' : name;
    lines.push(`E2E-${i};Blech ${i};${material};2,5;${i % 7 + 1};${drawing}`);
    files[name] = strToU8(generateTemplate(shapes[i % shapes.length], {}).dxf);
  }
  const sheet = info.outputPath('teile.csv');
  const zip = info.outputPath('zeichnungen.zip');
  writeFileSync(sheet, lines.join('\r\n'));
  writeFileSync(zip, zipSync(files));
  const missing = info.outputPath('not-in-the-zip.dxf');
  writeFileSync(missing, generateTemplate('disc', { diameter: 80 }).dxf);

  // the customer admin on the portal's import page
  await page.request.post('/api/auth/login', { data: { customerNumber: '10001', email: 'admin@acme.example', password: 'kerf-demo-2026' } });
  await page.goto('/portal/#/import');
  const imp = page.locator('kerf-import');
  await imp.locator('input.picker').setInputFiles([sheet, zip]);
  await imp.getByRole('button', { name: 'Upload and calculate' }).click();
  await expect(imp.getByText(`${ROWS} of ${ROWS} rows calculated`)).toBeVisible({ timeout: 60_000 });
  await expect(imp.getByRole('button', { name: `Take ${ROWS - 2} parts into the library` })).toBeVisible();

  // fix row 11: the material; row 21: upload the drawing the zip lacked
  await imp.getByLabel('Material, row 11').selectOption('S235');
  await expect(imp.getByRole('button', { name: `Take ${ROWS - 1} parts into the library` })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await imp.getByRole('button', { name: 'Upload the drawing of row 21' }).click();
  await (await chooser).setFiles(missing);
  await imp.getByRole('button', { name: `Take ${ROWS} parts into the library` }).click();
  await expect(imp.getByText(`${ROWS} parts were taken into the library.`)).toBeVisible({ timeout: 30_000 });
  const library = await (await page.request.get('/api/parts?q=E2E-&pageSize=1')).json();
  expect(library.total).toBe(ROWS);

  // the shop: one signed part.created per part, each event once
  await expect.poll(() => received.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(ROWS);
  expect(received.every((r) => r.type === 'part.created' && r.valid)).toBe(true);
  expect(new Set(received.map((r) => r.id)).size).toBe(received.length);
  receiver.close();

  // and exports the released orders for its ERP
  for (const format of ['json', 'csv', 'xlsx']) {
    const res = await request.get(`/api/admin/orders/export?format=${format}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-disposition']).toContain('attachment');
  }
  const orders = await (await request.get('/api/admin/orders/export?format=json')).json();
  expect(JSON.stringify(orders)).toContain('K-2026-');
});
