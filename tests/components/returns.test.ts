/**
 * Receipt and returns in Chromium against the real server (issue [8]): the shop ships part of an
 * order from <kerf-admin-orders>'s shipment form; the customer confirms receipt in
 * <kerf-order-detail> with a damaged line and a photo and opens a return from the complaint; the
 * shop accepts it with instructions in <kerf-returns mode="admin">; the customer reads the answer
 * in German in <kerf-returns>.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { harness, hasChromium, type Harness } from './harness.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe.skipIf(!hasChromium)('receipt and returns', () => {
  let h: Harness;
  let ops: APIRequestContext;
  let beta: APIRequestContext;
  let order: { id: number; number: string; lines: { id: number; quantity: number; name: string }[] };

  beforeAll(async () => {
    h = await harness();
    ops = (await h.browser.newContext()).request;
    expect((await ops.post(`${h.base}/api/auth/login`, { data: { email: 'ops@kerf.example', password: 'kerf-demo-2026' } })).ok()).toBe(true);
    beta = (await h.browser.newContext()).request;
    expect((await beta.post(`${h.base}/api/auth/login`, { data: { email: 'admin@beta.example', password: 'kerf-demo-2026', customerNumber: '10002' } })).ok()).toBe(true);
    // Beta orders two parts (released at once)
    const part = await (await beta.post(`${h.base}/api/parts`, { data: { name: 'Cover plate', template: 'rectangle', params: { width: 140, height: 90 }, material: 'S235', thickness: 2 } })).json();
    const other = await (await beta.post(`${h.base}/api/parts`, { data: { name: 'Spacer disc', template: 'disc', params: { diameter: 60 }, material: 'S235', thickness: 3 } })).json();
    const items = (await (await beta.get(`${h.base}/api/basket`)).json()).items as { id: number }[];
    for (const i of items) await beta.delete(`${h.base}/api/basket/items/${i.id}`);
    await beta.post(`${h.base}/api/basket/items`, { data: { partId: part.id, quantity: 20 } });
    await beta.post(`${h.base}/api/basket/items`, { data: { partId: other.id, quantity: 8 } });
    order = await (await beta.post(`${h.base}/api/orders`, { data: { commission: 'Receipt UI' }, headers: { 'Idempotency-Key': 'receipt-ui' } })).json();
  }, 90_000);
  afterAll(async () => { await h?.close(); });

  it('<kerf-admin-orders>: the shop ships part of the first line with a delivery note', async () => {
    const page = await h.page(`<kerf-admin-orders order-id="${order.id}"></kerf-admin-orders>`, { signIn: 'ops@kerf.example' });
    const ship = page.locator('kerf-admin-shipment');
    await ship.getByRole('heading', { name: 'Ship lines' }).waitFor();
    await ship.getByRole('spinbutton', { name: /Cover plate/ }).fill('12');
    await ship.getByRole('spinbutton', { name: /Spacer disc/ }).fill('0');
    await ship.getByLabel('Delivery note').fill('LS-UI-1');
    await ship.getByRole('button', { name: 'Ship with this delivery note' }).click();
    await ship.getByText('Shipped with delivery note LS-UI-1.').waitFor();
    // the order moved on by itself, and the form now offers what is still open
    await expect.poll(() => page.locator('kerf-admin-orders [data-role="order-status"]').textContent()).toBe('In production');
    expect(await ship.locator(`tr[data-line="${order.lines[0].id}"] td`).nth(4).textContent()).toBe('8');
    await ship.locator('[data-shipment]').getByText('Not confirmed yet').waitFor();
    await page.context().close();
  }, 60_000);

  it('<kerf-order-detail>: the customer reports a damaged line with a photo and opens a return', async () => {
    const page = await h.page(`<kerf-order-detail order-id="${order.id}"></kerf-order-detail>`, { signIn: 'admin@beta.example' });
    const receipt = page.locator('kerf-order-receipt');
    await receipt.getByRole('heading', { name: 'Deliveries and receipt' }).waitFor();
    await receipt.getByRole('button', { name: 'Confirm receipt' }).click();
    const dialog = receipt.locator('dialog.receipt');
    await dialog.getByLabel('Condition').selectOption('damaged');
    await dialog.getByLabel('Pieces missing, damaged or wrong').fill('3');
    await dialog.getByLabel('Note').fill('Three plates bent at the corner');
    await dialog.getByLabel('Photos').setInputFiles({ name: 'bent.png', mimeType: 'image/png', buffer: PNG });
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await receipt.locator('[data-role="condition"]', { hasText: 'Damaged' }).waitFor();
    // the detail reloaded: the history has the receipt, the photo shows
    await page.locator('kerf-order-detail').getByText(/Receipt of delivery LS-UI-1, 1\. Cover plate: Damaged · 3 of 12/).waitFor();
    const img = receipt.locator('img[alt="bent.png"]');
    await img.waitFor();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(1);

    await receipt.locator('button[data-action="return"]').click();
    const ret = receipt.locator('dialog.return');
    expect(await ret.getByLabel('Quantity').inputValue()).toBe('3');
    expect(await ret.locator('select[name="lineReason"]').inputValue()).toBe('damaged');
    await ret.getByLabel('Why do the goods go back?').fill('Bent in transport, please replace');
    await ret.getByRole('button', { name: 'Open the return' }).click();
    await receipt.getByText(/Return R-2026-\d{5} is open/).waitFor();
    await receipt.getByRole('link', { name: /R-2026-/ }).waitFor();
    const list = await (await beta.get(`${h.base}/api/returns`)).json();
    expect(list.items[0]).toMatchObject({ status: 'requested', pieces: 3, orderId: order.id });
    await page.context().close();
  }, 60_000);

  it('<kerf-returns mode="admin">: the shop accepts with instructions; the customer reads it in German', async () => {
    const list = await (await beta.get(`${h.base}/api/returns`)).json();
    const r = list.items[0];
    // the back office's navigation counts the returns waiting for an answer
    const office = await h.page('<kerf-back-office></kerf-back-office>', { signIn: 'ops@kerf.example' });
    await expect.poll(() => office.locator('kerf-back-office [data-role="requested-returns"]').textContent().catch(() => null)).toBe('1');
    await office.context().close();
    const page = await h.page('<kerf-returns mode="admin"></kerf-returns>', { signIn: 'ops@kerf.example' });
    const el = page.locator('kerf-returns');
    await el.getByRole('link', { name: r.number }).waitFor();
    expect(await el.locator(`tr[data-return="${r.id}"]`).textContent()).toContain('Beta Bau AG');
    await el.evaluate((e, id) => e.setAttribute('return-id', String(id)), r.id);
    await el.getByRole('heading', { name: `Return ${r.number}` }).waitFor();
    await el.locator('img[alt="bent.png"]').waitFor(); // the receipt's photo
    await el.getByLabel('Accept', { exact: true }).check();
    await el.getByLabel('Instructions for sending back').fill('Send the three plates back in the original crate, marked with the return number.');
    await el.getByRole('button', { name: 'Save step' }).click();
    await el.getByText('The return is now “Accepted”.').waitFor();
    expect(await el.locator('[data-role="return-status"]').textContent()).toBe('Accepted');
    // next steps follow the status
    await el.getByRole('radio', { name: 'Goods received back' }).waitFor();
    await page.context().close();

    const de = await h.page(`<kerf-returns return-id="${r.id}"></kerf-returns>`, { signIn: 'admin@beta.example', lang: 'de' });
    const mine = de.locator('kerf-returns');
    await mine.getByRole('heading', { name: `Retoure ${r.number}` }).waitFor();
    expect(await mine.locator('[data-role="return-status"]').textContent()).toBe('Angenommen');
    expect(await mine.locator('[data-role="instructions"]').textContent()).toContain('original crate');
    // the customer may add photos, never take the shop's steps
    expect(await mine.getByRole('button', { name: 'Schritt speichern' }).count()).toBe(0);
    await mine.getByLabel('Fotos hinzufügen').setInputFiles({ name: 'crate.png', mimeType: 'image/png', buffer: PNG });
    await mine.getByRole('button', { name: 'Fotos hochladen' }).click();
    await mine.getByText('1 Foto(s) hinzugefügt.').waitFor();
    await mine.locator('img[alt="crate.png"]').waitFor();
    await de.context().close();
  }, 60_000);

  it('<kerf-returns>: a company sees only its own returns', async () => {
    const page = await h.page('<kerf-returns></kerf-returns>', { signIn: 'admin@acme.example' });
    const el = page.locator('kerf-returns');
    // Acme's own return from the demo (the bent brackets), none of Beta's from the tests above
    await el.getByRole('link', { name: 'R-2026-00001' }).waitFor();
    expect(await el.locator('tr[data-return]').count()).toBe(1);
    await page.context().close();
  }, 60_000);
});
