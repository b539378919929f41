/**
 * The demo data of API.md, put in through the same services the API uses, on a clock that walks
 * through the last weeks: Acme and Beta with parts, orders in every status with history,
 * deliveries, invoices and payments, and the mails those events wrote to the outbox.
 */
import { readFileSync } from 'node:fs';
import { and, asc, count, eq } from 'drizzle-orm';
import { DEFAULT_CATALOG, DEFAULT_PROFILE, loadCatalog } from '../../sdk/index.js';
import { hashPassword } from '../auth/passwords.js';
import { authOf } from '../auth/sessions.js';
import { packageRoot, type Db, type Tx } from '../db/client.js';
import {
  addresses, articleCategories, articleFavorites, articles, basketItems, companyArticleCategories, companyArticles, embedKeys, memberships, orderLines, parts,
  receipts, settings, shipments, users, type User,
} from '../db/schema.js';
import type { Auth } from '../http/context.js';
import { createCompany } from '../services/companies.js';
import { confirmOrder, postMessage } from '../services/order-changes.js';
import { changeStatus, decideLines, shopOrder, submitOrder, cancelOrder } from '../services/orders.js';
import { monthsFrom, monthOf, reportStock, setPlan } from '../services/planning.js';
import { drawingFromDxf, drawingFromTemplate, priceFor, pricingForCompany, type Drawing } from '../services/pricing.js';
import { sendQuote, shopQuote } from '../services/quotes.js';
import { confirmReceipt, openReturn, setReturnStatus, shipLines } from '../services/returns.js';
import { recordInvoice, recordPayment } from '../services/statements.js';

export const DEMO_PASSWORD = 'kerf-demo-2026';
export const DEMO_EMBED_KEY = 'demo-public-key';

export const DEMO_LOGINS = [
  { who: 'operator admin', customerNumber: null, email: 'ops@kerf.example' },
  { who: 'sales rep', customerNumber: null, email: 'sales@kerf.example' },
  { who: 'Acme company admin, approver', customerNumber: '10001', email: 'admin@acme.example' },
  { who: 'Acme buyer (approval always)', customerNumber: '10001', email: 'buyer@acme.example' },
  { who: 'Acme engineer (outside assortment)', customerNumber: '10001', email: 'engineer@acme.example' },
  { who: 'Beta company admin', customerNumber: '10002', email: 'admin@beta.example' },
] as const;

const DAY = 24 * 3600 * 1000;

/** True when the database has no users yet (the seed only ever fills an empty database). */
export async function isEmpty(db: Db): Promise<boolean> {
  const r = await db.select({ n: count() }).from(users).get();
  return (r?.n ?? 0) === 0;
}

/** Seed the demo into an empty database; returns false (and does nothing) otherwise. */
export async function seedDemo(db: Db, options: { publicUrl: string; now?: number }): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  const end = options.now ?? Date.now();
  let now = end - 45 * DAY;
  const tick = (ms: number) => (now = Math.min(end, now + ms));
  const url = options.publicUrl;
  const hash = await hashPassword(DEMO_PASSWORD);

  const { acme, beta, people } = await db.transaction(async (tx) => {
    const catalog = loadCatalog(DEFAULT_CATALOG);
    await tx.insert(settings).values([
      { key: 'catalog', value: catalog, updatedAt: now },
      { key: 'profile', value: DEFAULT_PROFILE, updatedAt: now },
    ]);
    const user = (email: string, name: string, extra: Partial<typeof users.$inferInsert> = {}) =>
      tx.insert(users).values({ email, name, passwordHash: hash, createdAt: now, ...extra }).returning().get();
    const ops = await user('ops@kerf.example', 'Olivia Operator', { staffRole: 'admin' });
    const sales = await user('sales@kerf.example', 'Sam Sales', { staffRole: 'sales', phone: '+49 711 555 0100' });
    await tx.insert(embedKeys).values({
      key: DEMO_EMBED_KEY, name: 'Demo shop website', createdAt: now, ratePerMinute: 120,
      // the demo site is opened as localhost or 127.0.0.1, on the port it runs on or the default one
      origins: [...new Set([new URL(url).origin, ...[new URL(url).port || '80', '8787'].flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`])])],
    });

    const acme = await createCompany(tx, {
      name: 'Acme Metall GmbH', customerNumber: '10001', street: 'Industriestraße 12', zip: '70565', city: 'Stuttgart', country: 'DE',
      phone: '+49 711 555 0200', vatId: 'DE123456789', language: 'de', salesRepId: sales.id, createdAt: now,
      pricingOverrides: { materialMarkup: 0.05, minimumOrderValue: 2000 },
      allowedMaterials: [{ material: 'S235' }, { material: '1.4301', thicknesses: [1, 1.5, 2, 3] }],
    });
    const beta = await createCompany(tx, {
      name: 'Beta Bau AG', customerNumber: '10002', street: 'Hafenweg 3', zip: '20457', city: 'Hamburg', country: 'DE',
      language: 'en', salesRepId: sales.id, createdAt: now,
    });
    await tx.insert(addresses).values([
      { companyId: acme.company.id, kind: 'delivery', name: 'Acme Metall GmbH, Wareneingang Tor 3', street: 'Industriestraße 12', zip: '70565', city: 'Stuttgart', country: 'DE', isDefault: true },
      { companyId: acme.company.id, kind: 'delivery', name: 'Acme Metall GmbH, Werk 2', street: 'Am Neckar 7', zip: '73728', city: 'Esslingen', country: 'DE' },
      { companyId: acme.company.id, kind: 'billing', name: 'Acme Metall GmbH, Buchhaltung', street: 'Postfach 1234', zip: '70501', city: 'Stuttgart', country: 'DE', isDefault: true },
      { companyId: beta.company.id, kind: 'delivery', name: 'Beta Bau AG, Baustellenlager', street: 'Hafenweg 3', zip: '20457', city: 'Hamburg', country: 'DE', isDefault: true },
      { companyId: beta.company.id, kind: 'billing', name: 'Beta Bau AG', street: 'Hafenweg 3', zip: '20457', city: 'Hamburg', country: 'DE', isDefault: true },
    ]);
    const acmeAdmin = await user('admin@acme.example', 'Anna Admin', { language: 'de' });
    const buyer = await user('buyer@acme.example', 'Ben Buyer');
    const engineer = await user('engineer@acme.example', 'Erika Engineer');
    const betaAdmin = await user('admin@beta.example', 'Bernd Beta');
    await tx.insert(memberships).values([
      { userId: acmeAdmin.id, companyId: acme.company.id, groupId: acme.groups.Administrators.id, approvalMode: 'none', createdAt: now },
      { userId: buyer.id, companyId: acme.company.id, groupId: acme.groups.Orderers.id, approvalMode: 'always', approverId: acmeAdmin.id, createdAt: now },
      { userId: engineer.id, companyId: acme.company.id, groupId: acme.groups.Orderers.id, approvalMode: 'outside_assortment', approverId: acmeAdmin.id, approvalLimit: 500_000, createdAt: now },
      { userId: betaAdmin.id, companyId: beta.company.id, groupId: beta.groups.Administrators.id, approvalMode: 'none', createdAt: now },
    ]);
    return { acme: acme.company, beta: beta.company, people: { ops, sales, acmeAdmin, buyer, engineer, betaAdmin } };
  });

  const auth = async (u: User, companyId: number) => (await authOf(db, u, companyId)) as Auth & { companyId: number };
  const root = packageRoot();
  const dxf = (file: string) => drawingFromDxf(file, readFileSync(`${root}demo/drawings/${file}`));
  const addPart = async (companyId: number, by: User, drawingOrPromise: Drawing | Promise<Drawing>, name: string, material: string, thickness: number, articleNumber: string | null) => {
    const d = await drawingOrPromise;
    const p = await pricingForCompany(db, companyId);
    const q = priceFor(d.metrics, material, thickness, 1, p);
    tick(3 * 3600 * 1000);
    return db.insert(parts).values({
      companyId, name, articleNumber, material, thickness, source: d.template ? 'template' : 'dxf', template: d.template ?? null, params: d.params ?? null,
      drawingName: d.name, drawing: Buffer.from(d.bytes), metrics: d.metrics as unknown as Record<string, unknown>, unitPrice: q.unitPrice,
      weight: q.weight, cutLength: d.metrics.cutLength, createdBy: by.id, createdAt: now, updatedAt: now,
    }).returning({ id: parts.id }).get();
  };

  const { acmeAdmin, buyer, engineer, betaAdmin, ops, sales } = people;
  await db.transaction((tx) => seedArticles(tx, { acme: acme.id, beta: beta.id, buyer: buyer.id }, now));
  const A = acme.id;
  const bracket = await addPart(A, engineer, dxf('bracket.dxf'), 'Mounting bracket', 'S235', 3, 'AC-1001');
  const cover = await addPart(A, engineer, dxf('cover-mirrored.dxf'), 'Sensor cover', '1.4301', 2, 'AC-1002');
  const flangeIn = await addPart(A, engineer, dxf('flange-inch.dxf'), 'Pump flange (inch drawing)', 'S235', 5, 'AC-1003');
  const base = await addPart(A, buyer, drawingFromTemplate('rectangle', { width: 300, height: 200, cornerRadius: 10 }), 'Base plate 300x200', 'S235', 6, 'AC-2001');
  const washer = await addPart(A, buyer, drawingFromTemplate('ring', { outerDiameter: 60, innerDiameter: 21 }), 'Washer M20', 'S235', 3, 'AC-2002');
  const flange = await addPart(A, engineer, drawingFromTemplate('flange', { outerDiameter: 220, innerDiameter: 110, boltCircleDiameter: 180, holeCount: 8, holeDiameter: 14 }), 'DN100 flange', '1.4301', 3, 'AC-2003');
  const alu = await addPart(A, engineer, drawingFromTemplate('hole-plate', { width: 240, height: 120, rows: 2, columns: 5, holeDiameter: 8, margin: 20 }), 'Aluminium cover plate', 'AlMg3', 2, null);
  const B = beta.id;
  const anchor = await addPart(B, betaAdmin, drawingFromTemplate('hole-plate', { width: 160, height: 160, rows: 2, columns: 2, holeDiameter: 18, margin: 25 }), 'Anchor plate 160', 'S235', 10, 'BB-77');
  const slot = await addPart(B, betaAdmin, drawingFromTemplate('oblong', { length: 120, width: 40 }), 'Slotted strap', 'S235', 4, 'BB-78');
  const hex = await addPart(B, betaAdmin, drawingFromTemplate('polygon', { sides: 6, diameter: 140 }), 'Hex cover', '1.4301', 2, null);

  const order = async (who: User, companyId: number, lines: [{ id: number }, number][], extra: { commission: string; requestedDate: string }) => {
    tick(DAY);
    for (const [p, quantity] of lines) await db.insert(basketItems).values({ userId: who.id, companyId, partId: p.id, quantity, createdAt: now });
    const a = await auth(who, companyId);
    return (await submitOrder(db, a, { ...extra, deliveryMethod: 'delivery' }, `seed-${now}`, now, url)).orderId;
  };
  const date = (days: number) => new Date(end + days * DAY).toISOString().slice(0, 10);
  const adminAuth = await auth(acmeAdmin, A);
  const step = async (id: number, status: 'in_production' | 'shipped' | 'completed', document?: string) => {
    tick(2 * DAY);
    await changeStatus(db, ops, id, { status, document, note: status === 'in_production' ? 'Scheduled on laser 2' : undefined }, now, url);
  };
  const money = async (id: number, kind: 'invoice' | 'payment', document: string | null) => {
    tick(3 * DAY);
    const o = await shopOrder(db, id);
    const day = new Date(now).toISOString().slice(0, 10);
    // invoices fall due after the payment terms (30 days); the payments settle them in full
    if (kind === 'invoice') await recordInvoice(db, ops, id, { date: day, amount: o.total, ...(document ? { document } : {}) }, now);
    else await recordPayment(db, ops, id, { date: day, amount: o.total, ...(document ? { document } : {}) }, now);
  };

  // completed, with delivery, invoice and payment (engineer's parts are in the agreed list)
  const done = await order(engineer, A, [[bracket, 50], [washer, 200]], { commission: 'Line 4 retrofit', requestedDate: date(-25) });
  await decideIfPending(done);
  await step(done, 'in_production');
  await step(done, 'shipped', 'LS-2026-0311');
  await money(done, 'invoice', 'RE-2026-0311');
  await step(done, 'completed');
  await money(done, 'payment', null);
  // shipped, invoiced, not yet paid
  const shipped = await order(buyer, A, [[base, 20]], { commission: 'Frame repair', requestedDate: date(-8) });
  await decideIfPending(shipped);
  await step(shipped, 'in_production');
  await step(shipped, 'shipped', 'LS-2026-0342');
  await money(shipped, 'invoice', 'RE-2026-0342');
  // in production
  const making = await order(engineer, A, [[bracket, 100], [cover, 25]], { commission: 'Series 2026/Q4', requestedDate: date(10) });
  await decideIfPending(making);
  await step(making, 'in_production');
  // after the order (issue [8]): confirmed with a later date for the base plates, a message each
  // way, the brackets shipped first (partial delivery), four of them arrived bent: receipt with the
  // damage, a return accepted, received back and replaced by a linked order at price 0; the
  // brackets invoiced and half paid; the base plates still in production
  const guards = await order(engineer, A, [[bracket, 60], [base, 12]], { commission: 'Conveyor guards', requestedDate: date(-6) });
  await decideIfPending(guards);
  const [bracketLine, baseLine] = await db.select().from(orderLines).where(eq(orderLines.orderId, guards)).orderBy(asc(orderLines.position));
  tick(DAY / 2);
  await confirmOrder(db, ops, guards, {
    lines: [{ lineId: baseLine.id, deliveryDate: date(6), reason: 'The 6 mm S235 sheet is back-ordered at the mill; the base plates follow when it arrives.' }],
    note: 'Confirmed. The brackets ship this week, the base plates later (new date on the line).',
  }, now, url);
  tick(DAY / 4);
  await postMessage(db, { side: 'customer', user: engineer, companyId: A }, guards, 'Thanks. Could the brackets come on a separate delivery? We need them for Monday\'s assembly.', now, url);
  tick(DAY / 4);
  await postMessage(db, { side: 'shop', user: sales }, guards, 'Yes: the brackets leave on Thursday with their own delivery note, the base plates follow.', now, url);
  tick(DAY);
  await changeStatus(db, ops, guards, { status: 'in_production', note: 'Scheduled on laser 1' }, now, url);
  tick(2 * DAY);
  await shipLines(db, ops, guards, { document: 'LS-2026-0358', lines: [{ lineId: bracketLine.id, quantity: 60 }] }, now, url);
  const shipment = await db.select().from(shipments).where(eq(shipments.orderId, guards)).get();
  tick(DAY);
  const engineerAuth = await auth(engineer, A);
  await confirmReceipt(db, engineerAuth, guards, {
    shipmentId: shipment!.id,
    lines: [{ lineId: bracketLine.id, condition: 'damaged', quantity: 56, affected: 4, note: 'Four brackets bent at the flange, the crate was crushed on one corner.' }],
  }, now, url);
  const receipt = await db.select().from(receipts).where(and(eq(receipts.orderId, guards), eq(receipts.orderLineId, bracketLine.id))).get();
  tick(DAY / 4);
  const rma = await openReturn(db, engineerAuth, {
    orderId: guards, reason: 'Bent in transport (crushed crate)', lines: [{ lineId: bracketLine.id, quantity: 4, receiptId: receipt!.id }],
  }, now, url);
  tick(DAY / 2);
  await setReturnStatus(db, ops, rma.id, { status: 'accepted', instructions: 'Please hand the four brackets to our driver with the base plates\' delivery; no need to pack them.' }, now, url);
  tick(DAY);
  await setReturnStatus(db, ops, rma.id, { status: 'received', note: 'Four bent brackets back in the shop.' }, now, url);
  await setReturnStatus(db, ops, rma.id, { status: 'replaced', note: 'Four new brackets cut on the replacement order.' }, now, url);
  tick(DAY / 2);
  const invoice = bracketLine.total;
  await recordInvoice(db, ops, guards, { amount: invoice, document: 'RE-2026-0358', date: new Date(now).toISOString().slice(0, 10) }, now);
  tick(DAY);
  await recordPayment(db, ops, guards, { amount: Math.round(invoice / 2), document: 'Acme payment run 47 (partial)', date: new Date(now).toISOString().slice(0, 10) }, now);

  // rejected: the aluminium plate is outside Acme's agreed materials
  const rejected = await order(engineer, A, [[alu, 10]], { commission: 'Prototype housing', requestedDate: date(12) });
  tick(DAY);
  await decideLines(db, adminAuth, rejected, 'reject', undefined, 'Please use the stainless version from the library instead.', now, url);
  // cancelled by the orderer before production
  const cancelled = await order(engineer, A, [[flangeIn, 4]], { commission: 'Pump test rig', requestedDate: date(14) });
  await decideIfPending(cancelled);
  tick(DAY);
  await cancelOrder(db, await auth(engineer, A), cancelled, 'The test rig was postponed.', now, url);
  // released, waiting for the shop
  const released = await order(engineer, A, [[washer, 500], [bracket, 20]], { commission: 'Spare parts stock', requestedDate: date(21) });
  await decideIfPending(released);
  // awaiting approval (the buyer always needs admin@acme's approval)
  await order(buyer, A, [[base, 10], [flange, 6]], { commission: 'Hall 3 extension', requestedDate: date(28) });
  // Beta: one completed, one released
  const betaDone = await order(betaAdmin, B, [[anchor, 40], [slot, 120]], { commission: 'Bridge site Elbe', requestedDate: date(-15) });
  await step(betaDone, 'in_production');
  await step(betaDone, 'shipped', 'LS-2026-0330');
  await money(betaDone, 'invoice', 'RE-2026-0330');
  await step(betaDone, 'completed');
  await money(betaDone, 'payment', null);
  await order(betaAdmin, B, [[hex, 30]], { commission: 'Site office', requestedDate: date(18) });
  // Beta plans the bridge site's next six months and reports its site store (issue [8])
  const months = monthsFrom(monthOf(end), 6);
  await setPlan(db, B, betaAdmin.id, months.flatMap((month, k) => [
    { partId: anchor.id, month, quantity: 40 + 20 * (k % 3) },
    { partId: slot.id, month, quantity: k % 2 ? 100 : 150 },
    ...(k >= 2 ? [{ partId: hex.id, month, quantity: 30 }] : []),
  ]), now);
  await reportStock(db, B, betaAdmin, { lines: [{ partId: anchor.id, quantity: 25 }, { partId: slot.id, quantity: 60 }, { partId: hex.id, quantity: 0 }], note: 'Counted at the Elbe bridge site store.' }, now);

  // a quote the sales rep wrote for Acme and mailed to its admin (issue [7]), valid 30 days
  tick(DAY);
  const bolts = await db.select({ id: articles.id }).from(articles).where(eq(articles.number, 'BOLT-M8X30')).get();
  const quote = await shopQuote(db, sales, {
    companyId: A, lines: [{ partId: flange.id, quantity: 12 }, ...(bolts ? [{ articleId: bolts.id, quantity: 2 }] : [])],
    commission: 'DN100 pipe bridge', note: 'As discussed on the phone: flanges in 1.4301 with the bolts to fit.',
  }, now);
  await sendQuote(db, quote.id, null, now, url);
  // the buyer's basket, alive: washers, and 50 angle brackets with 50 discs that the true-shape
  // nest (issue [9]) puts on fewer sheets than their boxes would need
  const angle = await addPart(A, buyer, dxf('l-bracket.dxf'), 'Angle bracket', 'S235', 3, 'AC-2004');
  const disc = await addPart(A, buyer, drawingFromTemplate('disc', { diameter: 280 }), 'Cover disc 280', 'S235', 3, 'AC-2005');
  for (const [partId, quantity] of [[washer.id, 100], [angle.id, 50], [disc.id, 50]]) {
    await db.insert(basketItems).values({ userId: buyer.id, companyId: A, partId, quantity, createdAt: end });
  }
  return true;

  async function decideIfPending(id: number) {
    const o = await shopOrderOrNull(id);
    if (o) return;
    tick(DAY / 2);
    await decideLines(db, adminAuth, id, 'approve', undefined, null, now, url);
  }
  async function shopOrderOrNull(id: number) {
    try {
      return await shopOrder(db, id);
    } catch {
      return null;
    }
  }
}

/**
 * Catalog articles (issue [7]): three categories, eight articles with plausible prices (hardware
 * by the box of 100, sheet blanks, services by the hour), published per company: Acme gets the
 * fasteners (10 % off) and the S235 blank at a fixed price and deburring; Beta gets the blanks and
 * deburring at 5 % off; the pallet exchange is shown to everyone, in nobody's assortment.
 */
export async function seedArticles(tx: Tx, who: { acme: number; beta: number; buyer: number }, now: number) {
  const cat = (position: number, en: string, de: string, fr: string) =>
    tx.insert(articleCategories).values({ name: { en, de, fr }, position, createdAt: now }).returning().get();
  const fasteners = await cat(1, 'Fasteners', 'Verbindungselemente', 'Visserie');
  const blanks = await cat(2, 'Sheet blanks', 'Blechzuschnitte', 'Flans de tôle');
  const services = await cat(3, 'Services', 'Dienstleistungen', 'Prestations');
  type New = Omit<typeof articles.$inferInsert, 'createdAt' | 'updatedAt'>;
  const add = (a: New) => tx.insert(articles).values({ ...a, createdAt: now, updatedAt: now }).returning().get();
  const nut = await add({
    number: 'NUT-M8', categoryId: fasteners.id, unit: 'box', basePrice: 690, priceBreaks: [{ quantity: 10, unitPrice: 620 }], stock: 140, showStock: true,
    name: { en: 'Hex nut M8, DIN 934, zinc plated (box of 100)', de: 'Sechskantmutter M8, DIN 934, verzinkt (100 Stück)', fr: 'Écrou hexagonal M8, DIN 934, zingué (boîte de 100)' },
    description: { en: 'Property class 8, for the M8 bolts.', de: 'Festigkeitsklasse 8, passend zu den Schrauben M8.', fr: 'Classe de qualité 8, pour les vis M8.' },
  });
  await add({
    number: 'BOLT-M8X30', categoryId: fasteners.id, unit: 'box', basePrice: 1490, priceBreaks: [{ quantity: 10, unitPrice: 1340 }], stock: 60, showStock: true,
    name: { en: 'Hex bolt M8×30, DIN 933, 8.8, zinc plated (box of 100)', de: 'Sechskantschraube M8×30, DIN 933, 8.8, verzinkt (100 Stück)', fr: 'Vis hexagonale M8×30, DIN 933, 8.8, zinguée (boîte de 100)' },
    description: { en: 'Fully threaded.', de: 'Gewinde bis Kopf.', fr: 'Filetage total.' },
  });
  await add({
    number: 'WASHER-M8', categoryId: fasteners.id, unit: 'box', basePrice: 390, stock: 300, showStock: true,
    name: { en: 'Washer M8, DIN 125, zinc plated (box of 100)', de: 'Unterlegscheibe M8, DIN 125, verzinkt (100 Stück)', fr: 'Rondelle M8, DIN 125, zinguée (boîte de 100)' },
    description: { en: '' },
  });
  const blankS235 = await add({
    number: 'BLANK-S235-3-1000X500', categoryId: blanks.id, unit: 'pc', basePrice: 2150,
    priceBreaks: [{ quantity: 10, unitPrice: 1950 }, { quantity: 50, unitPrice: 1790 }], stock: 35,
    name: { en: 'Sheet blank S235, 3 mm, 1000 × 500 mm', de: 'Blechzuschnitt S235, 3 mm, 1000 × 500 mm', fr: 'Flan de tôle S235, 3 mm, 1000 × 500 mm' },
    description: { en: 'Laser cut, deburred edges, 11.8 kg.', de: 'Lasergeschnitten, Kanten entgratet, 11,8 kg.', fr: 'Découpé laser, arêtes ébavurées, 11,8 kg.' },
  });
  await add({
    number: 'BLANK-14301-2-1000X500', categoryId: blanks.id, unit: 'pc', basePrice: 4900, priceBreaks: [{ quantity: 10, unitPrice: 4550 }],
    name: { en: 'Sheet blank 1.4301, 2 mm, 1000 × 500 mm, brushed', de: 'Blechzuschnitt 1.4301, 2 mm, 1000 × 500 mm, geschliffen', fr: 'Flan de tôle 1.4301, 2 mm, 1000 × 500 mm, brossé' },
    description: { en: 'Grain K240, protective film on one side.', de: 'Korn 240, einseitig foliert.', fr: 'Grain 240, film de protection sur une face.' },
  });
  const deburr = await add({
    number: 'SRV-DEBURR', categoryId: services.id, unit: 'h', basePrice: 6500,
    name: { en: 'Manual deburring and finishing (per hour)', de: 'Manuelles Entgraten und Nacharbeit (je Stunde)', fr: 'Ébavurage et finition manuels (par heure)' },
    description: { en: 'For parts whose edges must be free of burrs beyond what the laser leaves.', de: 'Für Teile, deren Kanten gratfreier sein müssen, als der Laser sie lässt.', fr: 'Pour les pièces dont les arêtes doivent être plus nettes que la découpe laser.' },
  });
  await add({
    number: 'SRV-PALLET', categoryId: services.id, unit: 'pc', basePrice: 1800, publishedToAll: true,
    name: { en: 'Euro pallet (EPAL), not exchanged', de: 'Europalette (EPAL), ohne Tausch', fr: 'Palette Europe (EPAL), non échangée' },
    description: { en: 'Charged when no empty pallet is given back on delivery.', de: 'Berechnet, wenn bei Lieferung keine Leerpalette getauscht wird.', fr: 'Facturée si aucune palette vide n’est rendue à la livraison.' },
  });
  await add({
    number: 'OLD-RIVET-4', categoryId: fasteners.id, unit: 'box', basePrice: 990, active: false,
    name: { en: 'Blind rivet 4 × 10 (box of 500), discontinued', de: 'Blindniet 4 × 10 (500 Stück), ausgelaufen', fr: 'Rivet aveugle 4 × 10 (boîte de 500), arrêté' },
    description: { en: '' },
  });
  await tx.insert(companyArticleCategories).values([
    { companyId: who.acme, categoryId: fasteners.id, published: true, discount: 10, updatedAt: now },
    { companyId: who.beta, categoryId: blanks.id, published: true, discount: null, updatedAt: now },
  ]);
  await tx.insert(companyArticles).values([
    { companyId: who.acme, articleId: blankS235.id, published: true, fixedPrice: 1890, updatedAt: now },
    { companyId: who.acme, articleId: deburr.id, published: true, updatedAt: now },
    { companyId: who.acme, articleId: nut.id, customerArticleNumber: 'ACME-N-008', customerName: 'Mutter M8 verzinkt', updatedAt: now },
    { companyId: who.beta, articleId: deburr.id, published: true, discount: 5, updatedAt: now },
  ]);
  await tx.insert(articleFavorites).values({ userId: who.buyer, companyId: who.acme, articleId: nut.id, createdAt: now });
}
