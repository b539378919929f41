/**
 * <kerf-import> in Chromium against the real server with the demo data: a CSV built here and the
 * demo drawings are uploaded, the rows are calculated on the server, a row with an unknown
 * material and one with a missing drawing are fixed in place, and the ready rows become parts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { harness, hasChromium, type Harness } from './harness.js';

vi.setConfig({ expect: { poll: { timeout: 20_000, interval: 50 } } });

const ENGINEER = 'engineer@acme.example';
const drawing = (name: string) => ({ name, mimeType: 'application/dxf', buffer: readFileSync(new URL(`../../demo/drawings/${name}`, import.meta.url)) });

/** A sheet as German Excel writes it would be another test's; this one is a plain comma CSV. */
function csv(rows: string[][]): Buffer {
  const head = ['articleNumber', 'name', 'material', 'thickness', 'quantity', 'drawing'];
  return Buffer.from([head, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n', 'utf8');
}

const SHEET = csv([
  ['IMP-100', 'Import bracket', 'S235', '3', '10', 'bracket.dxf'],
  ['IMP-101', 'Import cover', 'Unobtainium', '2', '5', 'cover-mirrored.dxf'],
  ['IMP-102', 'Import flange', 'S235', '4', '2', 'flange-inch.dxf'],
]);

/** A page whose element is inserted after `before` ran (to route requests first). */
async function mount(h: Harness, markup: string, options: Parameters<Harness['page']>[1], before?: (page: Page) => Promise<void>) {
  const page = await h.page('', options);
  await before?.(page);
  await page.evaluate((m) => { document.body.innerHTML = m; }, markup);
  return page;
}

/** Remember the detail of every kerf-* event on window.events. */
async function recordEvents(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { events: { type: string; detail: unknown }[] };
    w.events = [];
    for (const type of ['kerf-import-committed', 'kerf-navigate']) {
      document.addEventListener(type, (e) => {
        w.events.push({ type, detail: (e as CustomEvent).detail });
        if (type === 'kerf-navigate') e.preventDefault();
      });
    }
  });
}
const events = (page: Page) => page.evaluate(() => (window as unknown as { events: { type: string; detail: unknown }[] }).events);

/** The cells of the table row whose header cell is the sheet's row number. */
const tableRow = (page: Page, row: number) =>
  page.locator('kerf-import tbody tr').filter({ has: page.getByRole('rowheader', { name: String(row), exact: true }) });

describe.skipIf(!hasChromium)('<kerf-import>', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });

  it('offers the drop zone and the template in German when the company has no open import', async () => {
    const page = await mount(h, '<kerf-import></kerf-import>', { signIn: ENGINEER, lang: 'de' });
    const el = page.locator('kerf-import');
    await el.getByRole('heading', { name: 'Teile importieren' }).waitFor({ timeout: 15_000 });
    await el.getByRole('button', { name: 'Dateien auswählen' }).waitFor();
    expect(await el.getByText('Noch keine Tabelle ausgewählt.').count()).toBe(1);
    expect(await el.getByRole('button', { name: 'Hochladen und kalkulieren' }).isDisabled()).toBe(true);
    const link = el.getByRole('link', { name: 'Vorlage herunterladen (Excel)' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/api\/imports\/template\.xlsx\?lang=de$/);
    const template = await page.request.get(href!);
    expect(template.status()).toBe(200);
    expect((await template.body()).subarray(0, 2).toString()).toBe('PK'); // an xlsx is a zip
  }, 60_000);

  it('says what went wrong when the imports cannot be loaded, and tries again', async () => {
    const page = await mount(h, '<kerf-import></kerf-import>', { signIn: ENGINEER }, async (p) => {
      await p.route('**/api/imports', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":{"code":"INTERNAL_ERROR","message":"Something went wrong on our side; please try again."}}' }));
    });
    const el = page.locator('kerf-import');
    const alert = el.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain('The import could not be loaded.');
    await page.unroute('**/api/imports');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await el.getByRole('button', { name: 'Choose files' }).waitFor();
    expect(await el.getByRole('alert').count()).toBe(0);
  }, 60_000);

  it('refuses an upload over 200 MB before sending it, with the size', async () => {
    const page = await mount(h, '<kerf-import></kerf-import>', { signIn: ENGINEER });
    const el = page.locator('kerf-import');
    await el.getByRole('button', { name: 'Choose files' }).waitFor({ timeout: 15_000 });
    const posts: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().includes('/api/imports')) posts.push(r.url()); });
    // dropped, not chosen: the drop zone takes the sheet and a zip of 201 MB together
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['name,material\n'], 'parts.csv', { type: 'text/csv' }));
      dt.items.add(new File([new Uint8Array(201 * 1024 * 1024)], 'drawings.zip', { type: 'application/zip' }));
      const zone = document.querySelector('kerf-import')!.shadowRoot!.querySelector('.dropzone')!;
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await el.getByText('drawings.zip').waitFor();
    await el.getByRole('button', { name: 'Upload and calculate' }).click();
    const alert = el.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/The upload is 201[.,]0 MB; at most 200 MB can be imported at once/);
    expect(posts).toEqual([]);
  }, 60_000);

  it('recovers from a failed upload and from a failed progress read, each with "Try again"', async () => {
    const page = await mount(h, '<kerf-import></kerf-import>', { signIn: ENGINEER });
    const el = page.locator('kerf-import');
    await el.getByRole('button', { name: 'Choose files' }).waitFor({ timeout: 15_000 });
    const fail = (route: Route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":{"code":"INTERNAL_ERROR","message":"Something went wrong on our side; please try again."}}' });
    await page.route('**/api/imports', (route) => (route.request().method() === 'POST' ? fail(route) : route.fallback()));
    await page.route(/\/api\/imports\/\d+$/, fail);
    await el.locator('input.picker').setInputFiles([{ name: 'retry.csv', mimeType: 'text/csv', buffer: csv([['IMP-300', 'Retry part', 'S235', '2', '1', 'bracket.dxf']]) }, drawing('bracket.dxf')]);
    await el.getByRole('button', { name: 'Upload and calculate' }).click();
    const alert = el.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The upload did not succeed.');
    // the chosen files are kept for the next try
    expect(await el.getByText('retry.csv').count()).toBe(1);
    await page.unroute('**/api/imports');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => el.getByRole('alert').textContent()).toContain('The progress of the import could not be read.');
    await page.unroute(/\/api\/imports\/\d+$/);
    await el.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => el.locator('.progress-text').textContent()).toBe('1 of 1 rows calculated');
    expect(await tableRow(page, 2).getByText('Retry part').count()).toBe(1);
    expect(await el.getByRole('alert').count()).toBe(0);
    await el.getByRole('button', { name: 'Take 1 part into the library' }).click();
    await el.getByText('1 part was taken into the library.').waitFor();
  }, 60_000);

  describe('an import with bad rows', () => {
    let importId = 0;

    it('uploads the sheet and drawings, fills in the rows, fixes them in place and commits', async () => {
      const page = await mount(h, '<kerf-import></kerf-import>', { signIn: ENGINEER });
      await recordEvents(page);
      const el = page.locator('kerf-import');
      await el.getByRole('button', { name: 'Choose files' }).waitFor({ timeout: 15_000 });
      await el.locator('input.picker').setInputFiles([
        { name: 'parts.csv', mimeType: 'text/csv', buffer: SHEET },
        drawing('bracket.dxf'),
        drawing('cover-mirrored.dxf'),
        { name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
      ]);
      expect(await el.getByText('notes.pdf is not a sheet, a DXF or a ZIP and was left out.').count()).toBe(1);
      expect(await el.locator('.size').textContent()).toMatch(/^3 files, [\d.,]+ kB to upload$/);
      // a file chosen by mistake goes again
      await el.getByRole('button', { name: 'Remove cover-mirrored.dxf' }).click();
      await el.locator('input.picker').setInputFiles([drawing('cover-mirrored.dxf')]);
      await el.getByRole('button', { name: 'Upload and calculate' }).click();

      // the rows fill in and the progress reaches the total
      await expect.poll(() => el.locator('.progress-text').textContent()).toBe('3 of 3 rows calculated');
      expect(await el.locator('progress#progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([3, 3]);
      await expect.poll(() => el.getByRole('button', { name: /^Take \d+ parts? into the library$/ }).textContent()).toBe('Take 1 part into the library');
      importId = (await (await page.request.get(`${h.base}/api/imports`)).json()).items[0].id;
      expect(await el.getByRole('button', { name: 'With errors (2)' }).count()).toBe(1);
      expect(await tableRow(page, 2).getByText('Ready').count()).toBe(1);
      expect(await tableRow(page, 2).locator('td').nth(10).textContent()).toMatch(/€/);
      expect(await tableRow(page, 3).textContent()).toMatch(/Unobtainium/);
      const errorsHref = await el.getByRole('link', { name: 'Download the rows with errors (Excel)' }).getAttribute('href');
      expect((await page.request.get(errorsHref!)).status()).toBe(200);

      // only the rows with errors; only the one without its drawing offers to upload it
      await el.getByRole('button', { name: 'With errors (2)' }).click();
      expect(await el.locator('tbody tr').count()).toBe(2);
      expect(await tableRow(page, 3).getByRole('button', { name: /Upload the drawing/ }).count()).toBe(0);
      expect(await tableRow(page, 4).getByRole('button', { name: 'Upload the drawing of row 4' }).count()).toBe(1);

      // the unknown material is chosen from the catalog: the row is calculated again and ready
      await el.getByRole('combobox', { name: 'Material, row 3' }).selectOption('S235');
      await expect.poll(() => el.getByRole('status').filter({ hasText: 'Row 3' }).textContent()).toBe('Row 3 is ready now.');
      expect(await el.locator('tbody tr').count()).toBe(1);

      // the drawing that was not uploaded comes now
      expect(await tableRow(page, 4).textContent()).toContain('flange-inch.dxf');
      await tableRow(page, 4).locator('input.row-drawing').setInputFiles([drawing('flange-inch.dxf')]);
      await expect.poll(() => el.getByRole('status').filter({ hasText: 'Row 4' }).textContent()).toBe('Row 4 is ready now.');
      await el.getByRole('button', { name: 'All (3)' }).click();
      expect(await el.getByRole('button', { name: 'With errors (0)' }).count()).toBe(1);
      expect(await el.locator('tbody .badge').allTextContents()).toEqual(['Ready', 'Ready', 'Ready']);

      await el.getByRole('button', { name: 'Take 3 parts into the library' }).click();
      await el.getByText('3 parts were taken into the library.').waitFor();
      const committed = (await events(page)).filter((e) => e.type === 'kerf-import-committed');
      expect(committed).toHaveLength(1);
      const detail = committed[0].detail as { created: number; partIds: number[] };
      expect(detail.created).toBe(3);
      expect(detail.partIds).toHaveLength(3);
      const parts = await (await page.request.get(`${h.base}/api/parts?q=Import`)).json();
      expect(parts.items.map((p: { name: string }) => p.name).sort()).toEqual(['Import bracket', 'Import cover', 'Import flange']);
      expect(parts.items.find((p: { name: string }) => p.name === 'Import cover').material).toBe('S235');

      // committing twice takes nothing twice
      const again = await (await page.request.post(`${h.base}/api/imports/${importId}/commit`)).json();
      expect(again.created).toBe(0);
      expect((await (await page.request.get(`${h.base}/api/parts?q=Import`)).json()).total).toBe(3);

      await el.getByRole('link', { name: 'Open the parts library' }).click();
      expect((await events(page)).filter((e) => e.type === 'kerf-navigate').map((e) => e.detail)).toEqual([{ href: '#/parts' }]);
    }, 60_000);

    it('shows a committed import named by import-id, and otherwise starts a new one', async () => {
      const page = await mount(h, `<kerf-import import-id="${importId}"></kerf-import>`, { signIn: ENGINEER });
      const el = page.locator('kerf-import');
      await el.getByText(/^3 parts were taken into the library on /).waitFor({ timeout: 15_000 });
      expect(await el.locator('tbody .badge').allTextContents()).toEqual(['In the library', 'In the library', 'In the library']);
      expect(await el.getByRole('button', { name: /into the library/ }).count()).toBe(0);
      // without an id, the committed import is done with: a new one begins
      const fresh = await mount(h, '<kerf-import></kerf-import>', { signIn: ENGINEER });
      await fresh.locator('kerf-import').getByRole('button', { name: 'Choose files' }).waitFor({ timeout: 15_000 });
    }, 60_000);
  });

  it('resumes the company’s open import, fits a phone and fixes a quantity', async () => {
    const page = await h.page('', { signIn: ENGINEER, viewport: { width: 375, height: 800 } });
    const made = await page.request.post(`${h.base}/api/imports`, {
      multipart: {
        sheet: { name: 'phone.csv', mimeType: 'text/csv', buffer: csv([['IMP-200', 'Phone part with a long name', 'S235', '2', '0', 'bracket.dxf']]) },
        files: drawing('bracket.dxf'),
      },
    });
    expect(made.status()).toBe(202);
    await page.evaluate(() => { document.body.innerHTML = '<kerf-import></kerf-import>'; });
    const el = page.locator('kerf-import');
    await el.getByText('Sheet: phone.csv', { exact: false }).waitFor({ timeout: 15_000 });
    const quantity = el.getByRole('spinbutton', { name: 'Quantity, row 2' });
    await quantity.waitFor();
    // the table scrolls inside its box; the page does not
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await el.locator('.table-wrap').evaluate((w) => w.scrollWidth > w.clientWidth)).toBe(true);
    await quantity.fill('7');
    await quantity.press('Enter');
    await expect.poll(() => el.getByRole('status').filter({ hasText: 'Row 2' }).textContent()).toBe('Row 2 is ready now.');
    expect(await el.getByRole('button', { name: 'Take 1 part into the library' }).isEnabled()).toBe(true);
  }, 60_000);

  it('tells a user without the import right so, and offers nothing', async () => {
    // buyer@acme goes from the Orderers (who may import) to the Viewers
    const admin = await h.page('', { signIn: 'admin@acme.example' });
    const groups = await (await admin.request.get(`${h.base}/api/company/groups`)).json();
    const viewers = groups.items.find((g: { name: string }) => g.name === 'Viewers');
    const users = await (await admin.request.get(`${h.base}/api/company/users`)).json();
    const buyer = users.items.find((u: { email: string }) => u.email === 'buyer@acme.example');
    expect((await admin.request.patch(`${h.base}/api/company/users/${buyer.id}`, { data: { groupId: viewers.id } })).status()).toBe(200);

    const page = await mount(h, '<kerf-import lang="fr"></kerf-import>', { signIn: 'buyer@acme.example' });
    const el = page.locator('kerf-import');
    const note = el.getByRole('note');
    await note.waitFor({ timeout: 15_000 });
    expect(await note.textContent()).toContain('Vous n’êtes pas autorisé à importer des pièces.');
    expect(await el.getByRole('button').count()).toBe(0);
  }, 60_000);
});
