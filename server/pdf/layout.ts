// What the shop's PDF documents share (quotes and confirmations, statements of account): A4
// portrait, Helvetica (WinAnsi: the characters of en/de/fr and €), the shop's letterhead on every
// page, its registration and bank with "page n of m" in every footer, money, dates and numbers
// through Intl in the document's language.
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';

export type PdfLanguage = 'en' | 'de' | 'fr';

export const LOCALE: Record<PdfLanguage, string> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR' };

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 48;
export const INK = rgb(0.1, 0.12, 0.16);
export const MUTED = rgb(0.38, 0.41, 0.47);
export const RULE = rgb(0.82, 0.84, 0.87);
export const ACCENT = rgb(0.05, 0.36, 0.62);
export type Color = typeof INK;

/** Who the shop is, as its documents print it. */
export interface PdfShop {
  name: string;
  address: string[];
  email?: string;
  phone?: string;
  vatId?: string;
  bank?: string;
}

/** A document begun: its fonts, and text helpers bound to its language and currency. */
export interface PdfBase {
  doc: PDFDocument;
  regular: PDFFont;
  bold: PDFFont;
  /** Only characters the font can encode (French narrow spaces become spaces, the rest '?'). */
  safe(s: string): string;
  money(cents: number): string;
  /** YYYY-MM-DD in the language's medium style (27 Nov 2026, 27.11.2026, 27 nov. 2026). */
  dateText(iso: string): string;
  number(v: number): string;
  /** Words of `s` wrapped into lines no wider than `width`. */
  wrap(s: string, width: number, size: number, font?: PDFFont): string[];
  text(page: PDFPage, s: string, x: number, y: number, size?: number, font?: PDFFont, color?: Color): void;
  /** Text ending at `x`. */
  textRight(page: PDFPage, s: string, x: number, y: number, size?: number, font?: PDFFont, color?: Color): void;
  /** A new A4 page with the shop's letterhead; returns it and the y below the letterhead's rule. */
  letterheadPage(shop: PdfShop): { page: PDFPage; y: number };
  /** Footers on every page: the shop's name, VAT id and bank left, `pageLabel(n, m)` right. */
  footers(pages: PDFPage[], shop: PdfShop, pageLabel: (n: number, m: number) => string): void;
}

/** Create a document with its metadata and helpers. */
export async function startPdf(o: { title: string; author: string; language: PdfLanguage; currency: string; date: string }): Promise<PdfBase> {
  const doc = await PDFDocument.create();
  doc.setTitle(o.title);
  doc.setAuthor(o.author);
  doc.setCreator('Kerf');
  doc.setProducer('Kerf (pdf-lib)');
  doc.setLanguage(LOCALE[o.language]);
  doc.setCreationDate(new Date(`${o.date}T12:00:00Z`));
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const encodable = new Set(regular.getCharacterSet());
  // WinAnsi has no narrow no-break space (French number format) and no arrows: plain spaces and '?'
  const safe = (s: string) => [...s.replace(/[\u202f\u00a0\u2009]/g, ' ')].map((ch) => (encodable.has(ch.codePointAt(0)!) ? ch : '?')).join('');
  const locale = LOCALE[o.language];
  const moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency: o.currency });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const [W, H] = A4;
  const right = W - MARGIN;
  const base: PdfBase = {
    doc, regular, bold, safe,
    money: (cents) => safe(moneyFormat.format(cents / 100)),
    dateText: (iso) => safe(dateFormat.format(new Date(`${iso}T12:00:00Z`))),
    number: (v) => safe(numberFormat.format(v)),
    wrap(s, width, size, font = regular) {
      const out: string[] = [];
      let lineText = '';
      for (const word of safe(s).split(/\s+/).filter(Boolean)) {
        const next = lineText ? `${lineText} ${word}` : word;
        if (font.widthOfTextAtSize(next, size) <= width || !lineText) lineText = next;
        else { out.push(lineText); lineText = word; }
      }
      if (lineText) out.push(lineText);
      return out;
    },
    text(page, s, x, y, size = 9, font = regular, color = INK) {
      page.drawText(safe(s), { x, y, size, font, color });
    },
    textRight(page, s, x, y, size = 9, font = regular, color = INK) {
      const v = safe(s);
      page.drawText(v, { x: x - font.widthOfTextAtSize(v, size), y, size, font, color });
    },
    letterheadPage(shop) {
      const page = doc.addPage(A4);
      let y = H - MARGIN;
      // the shop's name left, its address right
      base.text(page, shop.name, MARGIN, y - 4, 15, bold, ACCENT);
      let ay = y;
      for (const l of [...shop.address, shop.email ?? '', shop.phone ?? ''].filter(Boolean)) {
        base.textRight(page, l, right, ay, 8, regular, MUTED);
        ay -= 10;
      }
      y = Math.min(y - 24, ay - 8);
      page.drawLine({ start: { x: MARGIN, y }, end: { x: right, y }, thickness: 1.2, color: ACCENT });
      return { page, y };
    },
    footers(pages, shop, pageLabel) {
      pages.forEach((p, i) => {
        const foot = [shop.name, shop.vatId, shop.bank].filter(Boolean).join(' · ');
        base.text(p, foot, MARGIN, MARGIN - 20, 7.5, regular, MUTED);
        base.textRight(p, pageLabel(i + 1, pages.length), right, MARGIN - 20, 7.5, regular, MUTED);
      });
    },
  };
  return base;
}
