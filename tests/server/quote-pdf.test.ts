// The quote PDF (issue [7]): rendered with pdf-lib from a priced quote, then read back with
// Debian's poppler (pdftotext for the text, pdftoppm for a PNG of page 1, kept in
// test-results/quote-pdf/ as an artifact). Without poppler-utils the read-back is skipped with a
// note; .ci/run installs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfTotals, renderQuotePdf, flipPathY, type QuotePdfInput } from '../../server/pdf/quote-pdf.js';
import { analyzeDxfSync, DEFAULT_CATALOG, DEFAULT_PROFILE, loadCatalog, quote } from '../../sdk/index.js';
import { circle, dxf, lwpolyline } from '../helpers/dxf.js';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0 && spawnSync('pdftoppm', ['-v']).status === 0;
if (!hasPoppler) console.warn('quote-pdf: pdftotext/pdftoppm (poppler-utils) missing: the PDF is rendered but not read back');
const artifacts = resolve('test-results/quote-pdf');
const tmp = mkdtempSync(join(tmpdir(), 'kerf-pdf-'));

function pdfText(bytes: Uint8Array): string {
  const f = join(tmp, `t-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(f, bytes);
  return execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
}

// the buyer's plate of issue [7]: 160 x 100 with four M8 tap holes and a 30 mm bore
const plateDxf = dxf([
  lwpolyline([[0, 0], [160, 0], [160, 100], [0, 100]], true),
  ...[[15, 15], [145, 15], [145, 85], [15, 85]].map(([x, y]) => circle(x, y, 3.4)),
  circle(80, 50, 15),
], { insunits: 4 });
const metrics = analyzeDxfSync(plateDxf, { geometry: true });
const q = quote(metrics, {
  material: 'S235', thickness: 3, quantity: 25, leadTime: 'express', orderDate: '2026-11-27',
  finishing: { tapping: [{ thread: 'M8', count: 4 }], coating: { kind: 'powder', colour: 'RAL 7016' } },
}, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);

function input(language: QuotePdfInput['language'], extraLines = 0): QuotePdfInput {
  const finishing = q.breakdown.filter((l) => l.seconds !== undefined).map((l) => `${l.label}: ${l.detail}`);
  return {
    kind: 'quote',
    number: 'A-2026-00017',
    date: '2026-11-27',
    validUntil: '2026-12-27',
    language,
    currency: 'EUR',
    shop: { name: 'Kerf Laser GmbH', address: ['Industriestraße 12', '70565 Stuttgart', 'Germany'], email: 'quotes@kerf.example', vatId: 'DE123456789', bank: 'IBAN DE02 1203 0000 0000 2020 51' },
    customer: { name: 'Acme Maschinenbau GmbH', customerNumber: '10001', contact: 'Ben Buyer', billing: ['Hauptstraße 1', '80331 München'], delivery: ['Werk 2, Tor 3', 'Am Hafen 7', '20457 Hamburg'], reference: 'PO-4711' },
    lines: [
      { name: 'Mounting plate 160 x 100', articleNumber: 'P-000123', customerArticleNumber: 'ACME-77-3', material: 'S235', thickness: 3, finishing, quantity: 25, unitPrice: q.unitPrice, total: q.total, preview: { paths: metrics.contours.map((c) => c.path!), bbox: metrics.bbox } },
      { name: 'Hex bolt M8 x 20, DIN 933, zinc plated', articleNumber: 'A-1001', quantity: 100, unitPrice: 12, total: 1200 },
      { name: 'Assembly service', articleNumber: 'S-2001', quantity: 2, unit: 'h', unitPrice: 6500, total: 13000 },
      ...Array.from({ length: extraLines }, (_, i) => ({ name: `Spacer ${i + 1}`, articleNumber: `A-${2000 + i}`, quantity: 10, unitPrice: 45, total: 450 })),
    ],
    delivery: { label: q.delivery.label, date: q.delivery.date },
    vatRate: 0.19,
    note: 'Payment within 30 days net.',
  };
}

describe('quote PDF', () => {
  it('flips drawing paths (y up) for pdf-lib, arcs keeping their turn', () => {
    expect(flipPathY('M10 0L110 0A10 10 0 0 1 120 10Z')).toBe('M10 0L110 0A10 10 0 0 0 120 -10Z');
  });

  it('renders the buyer\'s quote: letterhead, addresses, lines with finishing, totals equal to the quote', async () => {
    const doc = input('en');
    const bytes = await renderQuotePdf(doc);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const { net, vat, gross } = pdfTotals(doc);
    expect(net).toBe(q.total + 1200 + 13000);
    expect(vat).toBe(Math.round(net * 0.19));
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, 'quote-en.pdf'), bytes);
    if (!hasPoppler) return;
    const text = pdfText(bytes);
    for (const s of ['Kerf Laser GmbH', 'Quote A-2026-00017', 'Valid until', '27 Dec 2026', 'Acme Maschinenbau GmbH', 'Am Hafen 7', 'PO-4711',
      'Mounting plate 160 x 100', 'your no. ACME-77-3', 'S235, 3 mm', 'Tapping: 4 × M8', 'Powder coating RAL 7016', 'Hex bolt M8 x 20',
      'Express, delivery by', 'Page 1 of 1', 'DE123456789']) {
      expect(text, s).toContain(s);
    }
    const eur = (c: number) => `€${(c / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`;
    expect(text).toMatch(/2\s*h\s+€65\.00/);
    expect(text).toMatch(new RegExp(`Net total\\s+${eur(net).replace('.', '\\.')}`));
    expect(text).toMatch(new RegExp(`Total\\s+${eur(gross).replace('.', '\\.')}`));
    // page 1 as a PNG, kept for the README and the closing note
    const png = join(artifacts, 'quote-en');
    execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', join(artifacts, 'quote-en.pdf'), png]);
    const image = readFileSync(`${png}.png`);
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    expect(Math.abs(image.readUInt32BE(16) - (595.28 / 72) * 90)).toBeLessThan(1.5); // A4 width at 90 dpi
    expect(image.length).toBeGreaterThan(20_000); // text, rules and the outline, not a blank page
  });

  it('speaks German and French, and flows long quotes onto further pages', async () => {
    const de = await renderQuotePdf(input('de'));
    const fr = await renderQuotePdf({ ...input('fr'), kind: 'confirmation', validUntil: undefined, number: 'K-2026-00042' });
    const long = await renderQuotePdf(input('en', 40));
    if (!hasPoppler) return;
    const deText = pdfText(de);
    expect(deText).toContain('Angebot A-2026-00017');
    expect(deText).toContain('Gültig bis');
    expect(deText).toMatch(/Gesamtbetrag\s+[\d.]+,\d\d €/);
    const frText = pdfText(fr);
    expect(frText).toContain('Confirmation de commande K-2026-00042');
    expect(frText).toContain('Total TTC');
    expect(frText).toContain('Nous confirmons votre commande');
    const longText = pdfText(long);
    expect(longText).toContain('Page 2 of');
    expect(longText).toContain('Spacer 40');
    // the table head is repeated on the next page
    expect(longText.split('Unit price').length - 1).toBeGreaterThanOrEqual(2);
  });
});
