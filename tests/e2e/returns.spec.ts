// Receipt and returns (issue [8]) as the people meet them, in German, in Debian's Chromium against
// the real server: an order of Beta Bau is shipped in part (prepared through the API, as the shop's
// ERP would); the customer confirms the receipt with a damaged line and a photo in the portal and
// opens a return from the complaint; the shop accepts it with instructions in the back office; the
// customer reads the answer. Screenshots of every step: test-results/returns-de/*.png.
import { mkdirSync } from 'node:fs';
import { axe } from '../helpers/axe.js';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';

const SHOTS = 'test-results/returns-de';
/** A real 48 × 32 PNG (a gradient), made here: the "photo" of the bent plates. */
const PNG = Buffer.from([
  'iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAIAAADbtmxLAAAHm0lEQVR42p3MAcaDAACA0Y7zHeJnjDHGGGOMMcYYY4wxxhhjjDHG2D2SJEmSJE',
  'mSJEmSJJ3hv0PvAE8Q/5D+kP9Q/lD/0P7Q/zD+MP+w/rD/cP5w//D+8P8I/gj/iP6I/0j+SP/I/sj/KP4o/6j+qP9o/mj/6P7oNwviAGmAPEAZ',
  'oA7QBugDjAHmAGuAPcAZ4A7wBvgDggHhgGhAPCAZkA7IBuQDigHlgGpAPaAZ0A7oBvSbBXGINEQeogxRh2hD9CHGEHOINcQe4gxxh3hD/CHBkH',
  'BINCQekgxJh2RD8iHFkHJINaQe0gxph3RD+s2COEIaIY9QRqgjtBH6CGOEOcIaYY9wRrgjvBH+iGBEOCIaEY9IRqQjshH5iGJEOaIaUY9oRrQj',
  'uhH9ZkEcI42Rxyhj1DHaGH2MMcYcY42xxzhj3DHeGH9MMCYcE42JxyRj0jHZmHxMMaYcU42pxzRj2jHdmH6zIE6QJsgTlAnqBG2CPsGYYE6wJt',
  'gTnAnuBG+CPyGYEE6IJsQTkgnphGxCPqGYUE6oJtQTmgnthG5Cv1kQp0hT5CnKFHWKNkWfYkwxp1hT7CnOFHeKN8WfEkwJp0RT4inJlHRKNiWf',
  'Ukwpp1RT6inNlHZKN6XfLIgzpBnyDGWGOkOboc8wZpgzrBn2DGeGO8Ob4c8IZoQzohnxjGRGOiObkc8oZpQzqhn1jGZGO6Ob0W8WxDnSHHmOMk',
  'edo83R5xhzzDnWHHuOM8ed483x5wRzwjnRnHhOMiedk83J5xRzyjnVnHpOM6ed083pNwviAmmBvEBZoC7QFugLjAXmAmuBvcBZ4C7wFvgLggXh',
  'gmhBvCBZkC7IFuQLigXlgmpBvaBZ0C7oFvSbBXGJtEReoixRl2hL9CXGEnOJtcRe4ixxl3hL/CXBknBJtCRekixJl2RL8iXFknJJtaRe0ixpl3',
  'RL+s2CuEJaIa9QVqgrtBX6CmOFucJaYa9wVrgrvBX+imBFuCJaEa9IVqQrshX5imJFuaJaUa9oVrQruhX9ZkFcI62R1yhr1DXaGn2NscZcY62x',
  '1zhr3DXeGn9NsCZcE62J1yRr0jXZmnxNsaZcU62p1zRr2jXdmn6zIG6QNsgblA3qBm2DvsHYYG6wNtgbnA3uBm+DvyHYEG6INsQbkg3phmxDvq',
  'HYUG6oNtQbmg3thm5Dv1kQt0hb5C3KFnWLtkXfYmwxt1hb7C3OFneLt8XfEmwJt0Rb4i3JlnRLtiXfUmwpt1Rb6i3NlnZLt6XfLIg7pB3yDmWH',
  'ukPboe8wdpg7rB32DmeHu8Pb4e8IdoQ7oh3xjmRHuiPbke8odpQ7qh31jmZHu6Pb0W8WxD3SHnmPskfdo+3R9xh7zD3WHnuPs8fd4+3x9wR7wj',
  '3RnnhPsifdk+3J9xR7yj3VnnpPs6fd0+3pNwviAemAfEA5oB7QDugHjAPmAeuAfcA54B7wDvgHggPhgehAfCA5kB7IDuQHigPlgepAfaA50B7o',
  'DvSbBfGIdEQ+ohxRj2hH9CPGEfOIdcQ+4hxxj3hH/CPBkfBIdCQ+khxJj2RH8iPFkfJIdaQ+0hxpj3RH+s2CeEI6IZ9QTqgntBP6CeOEecI6YZ',
  '9wTrgnvBP+ieBEeCI6EZ9ITqQnshP5ieJEeaI6UZ9oTrQnuhP9ZkE8I52Rzyhn1DPaGf2MccY8Y52xzzhn3DPeGf9McCY8E52JzyRn0jPZmfxM',
  'caY8U52pzzRn2jPdmX6zIF6QLsgXlAvqBe2CfsG4YF6wLtgXnAvuBe+CfyG4EF6ILsQXkgvphexCfqG4UF6oLtQXmgvthe5Cv1kQr0hX5CvKFf',
  'WKdkW/Ylwxr1hX7CvOFfeKd8W/ElwJr0RX4ivJlfRKdiW/Ulwpr1RX6ivNlfZKd6XfLIg3pBvyDeWGekO7od8wbpg3rBv2DeeGe8O74d8IboQ3',
  'ohvxjeRGeiO7kd8obpQ3qhv1jeZGe6O70W8WxDvSHfmOcke9o93R7xh3zDvWHfuOc8e9493x7wR3wjvRnfhOcie9k93J7xR3yjvVnfpOc6e909',
  '3pNwviA+mB/EB5oD7QHugPjAfmA+uB/cB54D7wHvgPggfhg+hB/CB5kD7IHuQPigflg+pB/aB50D7oHvSbBfGJ9ER+ojxRn2hP9CfGE/OJ9cR+',
  '4jxxn3hP/CfBk/BJ9CR+kjxJn2RP8ifFk/JJ9aR+0jxpn3RP+s2C+EJ6Ib9QXqgvtBf6C+OF+cJ6Yb9wXrgvvBf+i+BF+CJ6Eb9IXqQvshf5i+',
  'JF+aJ6Ub9oXrQvuhf9ZkF8I72R3yhv1DfaG/2N8cZ8Y72x3zhv3DfeG/9N8CZ8E72J3yRv0jfZm/xN8aZ8U72p3zRv2jfdm36zIH6QPsgflA/q',
  'B+2D/sH4YH6wPtgfnA/uB++D/yH4EH6IPsQfkg/ph+xD/qH4UH6oPtQfmg/th+5Dv1kQv0hf5C/KF/WL9kX/Ynwxv1hf7C/OF/eL98X/EnwJv0',
  'Rf4i/Jl/RL9iX/Unwpv1Rf6i/Nl/ZL96XfLIg/pB/yD+WH+kP7of8wfpg/rB/2D+eH+8P74f8IfoQ/oh/xj+RH+iP7kf8ofpQ/qh/1j+ZH+6P7',
  '0W/+B1BDOnmd+tHBAAAAAElFTkSuQmCC',
].join(''), 'base64');

async function signedIn(browser: Browser, email: string, customerNumber?: string): Promise<Page> {
  // a context of its own (axe needs one), with its own session cookie
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const r = await page.request.post('/api/auth/login', { data: { email, password: 'kerf-demo-2026', ...(customerNumber ? { customerNumber } : {}) } });
  expect(r.status()).toBe(200);
  return page;
}

/** A full-page screenshot from the top (the portal's header is sticky). */
async function shot(page: Page, name: string, fullPage = true) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

/** No serious or critical accessibility violations on the page as it is (shadow DOM included). */
async function accessible(page: Page, what: string) {
  const result = await axe(page);
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`), what).toEqual([]);
}

async function json<T = any>(r: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(r.ok(), `${r.url()} ${r.status()} ${await r.text()}`).toBe(true);
  return r.json() as Promise<T>;
}

test('a customer confirms receipt with a damaged line and opens a return; the shop accepts it (German)', async ({ browser }) => {
  mkdirSync(SHOTS, { recursive: true });
  const customer = await signedIn(browser, 'admin@beta.example', '10002');
  const shop = await signedIn(browser, 'ops@kerf.example');

  // --- prepared through the API: Beta orders two parts, the shop ships 20 of 30 of the first ----
  const api = customer.request;
  const plate = await json(await api.post('/api/parts', { data: { name: 'Abdeckblech 200 × 120', template: 'rectangle', params: { width: 200, height: 120 }, material: 'S235', thickness: 3 } }));
  const disc = await json(await api.post('/api/parts', { data: { name: 'Distanzscheibe Ø 60', template: 'disc', params: { diameter: 60 }, material: 'S235', thickness: 5 } }));
  for (const item of (await json(await api.get('/api/basket'))).items) await api.delete(`/api/basket/items/${item.id}`);
  await json(await api.post('/api/basket/items', { data: { partId: plate.id, quantity: 30 } }));
  await json(await api.post('/api/basket/items', { data: { partId: disc.id, quantity: 12 } }));
  const order = await json(await api.post('/api/orders', { data: { commission: 'Halle 2, Rahmen' }, headers: { 'Idempotency-Key': 'e2e-returns' } }));
  expect(order.status).toBe('released');
  const [plateLine, discLine] = order.lines;
  const shipped = await json(await shop.request.post(`/api/admin/orders/${order.id}/shipments`, {
    data: { document: 'LS-2026-0815', lines: [{ lineId: plateLine.id, quantity: 20 }, { lineId: discLine.id, quantity: 12 }] },
  }));
  expect(shipped.status).toBe('in_production'); // 10 plates still to come

  // --- the customer: the order with its delivery, in German ---------------------------------------
  await customer.goto(`/portal/?lang=de#/orders/${order.id}`);
  const receipt = customer.locator('kerf-order-receipt');
  await expect(receipt.getByRole('heading', { name: 'Lieferungen und Wareneingang' })).toBeVisible();
  await expect(receipt.getByText('Lieferschein LS-2026-0815')).toBeVisible();
  await shot(customer, '01-bestellung-teillieferung');

  // the discs arrived in order
  await receipt.locator(`tr[data-line="${discLine.id}"]`).getByRole('button', { name: 'Empfang bestätigen' }).click();
  await receipt.locator('dialog.receipt').getByRole('button', { name: 'Bestätigen' }).click();
  await expect(receipt.locator(`tr[data-line="${discLine.id}"] [data-role="condition"]`)).toHaveText('In Ordnung erhalten');

  // three plates are bent: a complaint with a photo
  await receipt.locator(`tr[data-line="${plateLine.id}"]`).getByRole('button', { name: 'Empfang bestätigen' }).click();
  const dialog = receipt.locator('dialog.receipt');
  await dialog.getByLabel('Zustand').selectOption('damaged');
  await dialog.getByLabel('Stück fehlend, beschädigt oder falsch').fill('3');
  await dialog.getByLabel('Bemerkung').fill('Drei Bleche an der Ecke verbogen, Kiste beim Transport beschädigt.');
  await dialog.getByLabel('Fotos').setInputFiles({ name: 'verbogen.png', mimeType: 'image/png', buffer: PNG });
  await customer.screenshot({ path: `${SHOTS}/02-wareneingang-beschaedigt.png` });
  await dialog.getByRole('button', { name: 'Bestätigen' }).click();
  const plateRow = receipt.locator(`tr[data-line="${plateLine.id}"]`);
  await expect(plateRow.locator('[data-role="condition"]')).toHaveText('Beschädigt');
  await expect(plateRow.locator('img[alt="verbogen.png"]')).toBeVisible();
  // the history tells it in German
  await expect(customer.locator('kerf-order-detail')).toContainText('Wareneingang Lieferschein LS-2026-0815, 1. Abdeckblech 200 × 120: Beschädigt · 3 von 20');

  // a return from the complaint
  await plateRow.locator('button[data-action="return"]').click();
  const ret = receipt.locator('dialog.return');
  await expect(ret.getByRole('spinbutton', { name: 'Menge' })).toHaveValue('3');
  await ret.getByLabel('Warum geht die Ware zurück?').fill('Verbogen geliefert, bitte Ersatz.');
  await ret.getByLabel('Fotos').setInputFiles({ name: 'kiste.png', mimeType: 'image/png', buffer: PNG });
  await customer.screenshot({ path: `${SHOTS}/03-retoure-anlegen.png` });
  await ret.getByRole('button', { name: 'Retoure anlegen' }).click();
  await expect(receipt.getByText(/Retoure R-2026-\d{5} ist angelegt/)).toBeVisible();
  const rma = (await json(await api.get('/api/returns'))).items[0];
  expect(rma).toMatchObject({ status: 'requested', pieces: 3, orderId: order.id });
  await shot(customer, '04-retoure-angelegt');
  await accessible(customer, 'the order with deliveries, receipts and a return');
  // the sales rep was told, in the outbox
  const mails = (await json(await shop.request.get('/api/admin/outbox?limit=50'))).items as { kind: string; to: string; subject: string }[];
  expect(mails.some((m) => m.kind === 'receipt_complaint' && m.to === 'sales@kerf.example')).toBe(true);
  expect(mails.some((m) => m.kind === 'return_requested' && m.subject.includes(rma.number))).toBe(true);

  // --- the shop answers in the back office ------------------------------------------------------------
  await shop.goto('/admin/?lang=de#/returns');
  const list = shop.locator('kerf-returns');
  await expect(list.getByRole('link', { name: rma.number })).toBeVisible();
  await expect(list.locator(`tr[data-return="${rma.id}"]`)).toContainText('Beta Bau AG');
  await shot(shop, '05-backoffice-retouren');
  await list.getByRole('link', { name: rma.number }).click();
  await expect(list.getByRole('heading', { name: `Retoure ${rma.number}` })).toBeVisible();
  await expect(list.locator('img[alt="verbogen.png"]')).toBeVisible();
  await expect(list.locator('img[alt="kiste.png"]')).toBeVisible();
  await list.getByLabel('Annehmen', { exact: true }).check();
  await list.getByLabel('Anleitung zur Rücksendung').fill('Bitte die drei Bleche in der Originalkiste zurücksenden, mit der Retourennummer beschriftet. Abholung durch unsere Spedition am Freitag.');
  await list.getByRole('button', { name: 'Schritt speichern' }).click();
  await expect(list.getByText('Die Retoure ist jetzt „Angenommen“.')).toBeVisible();
  await expect(list.locator('[data-role="return-status"]')).toHaveText('Angenommen');
  await shot(shop, '06-backoffice-angenommen');
  await accessible(shop, 'a return in the back office');

  // --- the customer reads the answer ----------------------------------------------------------------
  await customer.goto(`/portal/?lang=de#/returns/${rma.id}`);
  const mine = customer.locator('kerf-returns');
  await expect(mine.locator('[data-role="return-status"]')).toHaveText('Angenommen');
  await expect(mine.locator('[data-role="instructions"]')).toContainText('Originalkiste');
  await expect(mine.getByRole('button', { name: 'Schritt speichern' })).toHaveCount(0);
  await shot(customer, '07-kunde-anleitung');
  const told = (await json(await shop.request.get('/api/admin/outbox?limit=50'))).items as { kind: string; to: string; text: string }[];
  expect(told.some((m) => m.kind === 'return_status' && m.to === 'admin@beta.example' && m.text.includes('Originalkiste'))).toBe(true);

  // the back office's order view shows the shipment form for the 10 plates still open
  await shop.goto(`/admin/?lang=de#/orders/${order.id}`);
  const form = shop.locator('kerf-admin-shipment');
  await expect(form.getByRole('heading', { name: 'Positionen versenden' })).toBeVisible();
  await expect(form.locator(`tr[data-line="${plateLine.id}"] input`)).toHaveValue('10');
  await shot(shop, '08-backoffice-versand');
  await accessible(shop, 'the order view with the shipment form');
});
