/**
 * The portal API's request bodies and response views, written by hand from server/routes and
 * server/services (orderView, basketView, partView, companyView, sessionView). Plain JSON data:
 * lengths in mm, areas in mm², weights in kg, money in integer cents, times in epoch ms, dates as
 * `YYYY-MM-DD`. The server may add fields; it does not rename or drop these (API.md).
 */
import type { Catalog } from '../pricing/catalog.js';
import type { FinishingChoice } from '../pricing/finishing.js';
import type { PricingOverrides, PricingProfile } from '../pricing/profile.js';
import type { QuoteLine, QuoteWarning } from '../pricing/quote.js';
import type { TemplateInfo } from '../shapes/index.js';
import type { AnalysisWarning, AnalyzeResult } from '../types.js';
import type { OrderReturnRef, Shipment } from './returns-types.js';

export * from './returns-types.js';

// ---------------------------------------------------------------------------------------------
// shared vocabulary

/**
 * Where an order stands: `pending_approval → released → in_production → shipped → completed`,
 * or `rejected`, `cancelled`.
 * @example
 * const open: OrderStatus[] = ['pending_approval', 'released', 'in_production'];
 */
export type OrderStatus = 'pending_approval' | 'released' | 'in_production' | 'shipped' | 'completed' | 'rejected' | 'cancelled';

/**
 * Every order status, in the order an order moves through them.
 * @example
 * for (const s of ORDER_STATUSES) console.log(s, list.counts[s]);
 */
export const ORDER_STATUSES: readonly OrderStatus[] = ['pending_approval', 'released', 'in_production', 'shipped', 'completed', 'rejected', 'cancelled'];

/**
 * What a group of a customer company may do.
 * @example
 * if (session.rights.includes('approve')) showApprovals();
 */
export type Right = 'view_parts' | 'edit_parts' | 'order' | 'approve' | 'import' | 'manage_users' | 'manage_company';

/**
 * When an employee's orders need approval: never, always, or only outside the company's assortment.
 * @example
 * await client.company.users.patch(7, { approvalMode: 'outside_assortment', approvalLimit: 500_000 });
 */
export type ApprovalMode = 'none' | 'always' | 'outside_assortment';

/**
 * A language of the portal, its mails and components.
 * @example
 * await client.auth.register({ company: 'Gamma KG', email: 'a@gamma.example', name: 'Alex', language: 'de' });
 */
export type Language = 'en' | 'de' | 'fr';

/**
 * How an order reaches the customer.
 * @example
 * await client.basket.patch({ deliveryMethod: 'pickup' });
 */
export type DeliveryMethod = 'delivery' | 'pickup' | 'express';

/**
 * A postal address as typed on an order or the basket.
 * @example
 * const a: Address = { name: 'Acme, Tor 3', street: 'Industriestraße 12', zip: '70565', city: 'Stuttgart', country: 'DE' };
 */
export interface Address {
  name: string;
  street: string;
  zip: string;
  city: string;
  country: string;
}

/**
 * One of the company's stored addresses.
 * @example
 * const billing = company.addresses.find((a) => a.kind === 'billing' && a.isDefault);
 */
export interface CompanyAddress extends Address {
  id: number;
  kind: 'delivery' | 'billing';
  isDefault: boolean;
}

/**
 * A list answer: `{ items }` (some lists add fields, e.g. counts).
 * @example
 * const { items } = await client.approvals.list();
 */
export interface ItemList<T> {
  items: T[];
}

/**
 * The `{ ok: true }` answer of the account calls that only acknowledge.
 * @example
 * const r: Ack = await client.auth.requestPasswordReset({ email: 'buyer@acme.example' });
 */
export interface Ack {
  ok: true;
}

/**
 * A warning on a part or a basket line: the analyzer's (open contour, healed gap, …) or the
 * pricing's (a hole smaller than the thickness allows).
 * @example
 * for (const w of part.warnings) console.warn(w.code, w.message);
 */
export type PartWarning = AnalysisWarning | QuoteWarning;

/**
 * A drawing's metrics as the server keeps them: the analysis without its per-contour list, plus
 * the number of holes.
 * @example
 * `${part.metrics.cutLength.toFixed(0)} mm, ${part.metrics.pierces} pierces, ${part.metrics.holes} holes`
 */
export type PartMetrics = Omit<AnalyzeResult, 'contours'> & { holes: number };

// ---------------------------------------------------------------------------------------------
// accounts

/**
 * Who is signed in: the user, their companies, the active one and their rights in it. Staff have
 * a `staffRole`, no companies and `activeCompanyId: null`.
 * @example
 * const s = await client.auth.me();
 * if (s.user.staffRole) location.href = '/admin';
 */
export interface Session {
  user: { id: number; email: string; name: string; language: Language; staffRole: 'admin' | 'sales' | null };
  companies: { id: number; name: string; customerNumber: string }[];
  activeCompanyId: number | null;
  rights: Right[];
  approvalMode: ApprovalMode | null;
}

/**
 * Sign-in data; operator staff leave out the customer number.
 * @example
 * await client.auth.login({ customerNumber: '10001', email: 'buyer@acme.example', password: 'kerf-demo-2026' });
 */
export interface LoginInput {
  customerNumber?: string;
  email: string;
  password: string;
}

/**
 * A request for access to the portal, decided by the operator.
 * @example
 * await client.auth.register({ company: 'Gamma KG', email: 'a@gamma.example', name: 'Alex Gamma' });
 */
export interface RegisterInput {
  company: string;
  customerNumber?: string;
  email: string;
  name: string;
  language?: Language;
}

// ---------------------------------------------------------------------------------------------
// quoting

/**
 * What `GET /api/catalog` answers: the materials and thicknesses the company may order, the
 * pricing profile for client-side quoting and the parametric templates.
 * @example
 * const { catalog, profile } = await client.quoting.catalog();
 * const q = quote(metrics, { material: 'S235', thickness: 3, quantity: 10 }, catalog, profile);
 */
export interface CatalogView {
  catalog: Catalog;
  profile: PricingProfile;
  templates: TemplateInfo[];
  /** Changes whenever the operator changes the catalog. */
  catalogVersion: number;
}

/**
 * Template parameters (numbers mostly; some templates take strings or flags).
 * @example
 * const params: TemplateParamInput = { width: 300, height: 200, cornerRadius: 10 };
 */
export type TemplateParamInput = Record<string, number | string | boolean>;

/**
 * A DXF to upload: a `File` (its name is kept), or a `Blob`, `ArrayBuffer` or byte view with a
 * `fileName`.
 * @example
 * const d: DrawingUpload = { file: await readFile('bracket.dxf'), fileName: 'bracket.dxf' };
 */
export interface DrawingUpload {
  file: Blob | ArrayBuffer | ArrayBufferView;
  /** The drawing's file name; default the File's name, else `drawing.dxf`. */
  fileName?: string;
  /** Layer roles by layer name over what the drawing says (sent as the `layers` field). */
  layers?: LayerRoles;
}

/**
 * Layer roles by layer name, over what the drawing's layer names and states say.
 * @example
 * const roles: LayerRoles = { ENGRAVE: 'cut', BEND: 'ignore' };
 */
export type LayerRoles = Record<string, 'cut' | 'engrave' | 'bend' | 'ignore'>;

/**
 * Material, thickness (mm) and quantity of a quote.
 * @example
 * const m: QuoteMaterial = { material: 'S235', thickness: 3, quantity: 10 };
 */
export interface QuoteMaterial {
  material: string;
  thickness: number;
  quantity: number;
}

/**
 * A server quote of a drawing (sent as multipart) or of a template (sent as JSON).
 * @example
 * await client.quoting.quote({ template: 'disc', params: { diameter: 100 }, material: 'S235', thickness: 2, quantity: 5 });
 * await client.quoting.quote({ file, material: 'S235', thickness: 3, quantity: 10 });
 */
export type QuoteInput = QuoteMaterial & (DrawingUpload | { template: string; params?: TemplateParamInput });

// ---------------------------------------------------------------------------------------------
// parts

/**
 * A part in the company's library. `unitPrice` is one piece at the company's current pricing;
 * `prices` (single part answers only) are the prices at 1, 10, 50 and 100 pieces.
 * @example
 * const p = await client.parts.get(4);
 * console.log(p.name, p.unitPrice / 100, p.currency);
 */
export interface Part {
  id: number;
  name: string;
  articleNumber: string | null;
  material: string;
  thickness: number;
  source: 'dxf' | 'template';
  template: string | null;
  params: Record<string, unknown> | null;
  drawingName: string;
  metrics: PartMetrics;
  /** The layer roles chosen for this part (null: as the drawing says); every analysis of its drawing applies them. */
  layers: LayerRoles | null;
  unitPrice: number;
  currency: string;
  /** kg per piece. */
  weight: number;
  cutLength: number;
  prices?: { quantity: number; unitPrice: number; total: number }[];
  warnings: PartWarning[];
  createdAt: number;
  updatedAt: number;
}

/**
 * A page of the parts library.
 * @example
 * const { items, total } = await client.parts.list({ q: 'flange', pageSize: 50 });
 */
export interface PartList {
  items: Part[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Sort keys of the parts library; a leading `-` sorts descending (default `-updatedAt`).
 * @example
 * await client.parts.list({ sort: 'name' });
 */
export type PartSort = 'name' | '-name' | 'articleNumber' | '-articleNumber' | 'unitPrice' | '-unitPrice' | 'updatedAt' | '-updatedAt' | 'createdAt' | '-createdAt';

/**
 * Search, sort and paging of the parts library (page from 1, pageSize up to 100).
 * @example
 * await client.parts.list({ q: 'AC-10', sort: '-unitPrice', page: 2, pageSize: 20 });
 */
export interface PartQuery {
  q?: string;
  sort?: PartSort;
  page?: number;
  pageSize?: number;
}

/**
 * A new part from an uploaded DXF (the part's name defaults to the file name).
 * @example
 * await client.parts.create({ file, name: 'Bracket', material: 'S235', thickness: 3 });
 */
export interface PartFromDrawing extends DrawingUpload {
  name?: string;
  articleNumber?: string;
  material: string;
  thickness: number;
}

/**
 * A new part from a parametric template.
 * @example
 * await client.parts.create({ name: 'Base plate', template: 'rectangle', params: { width: 300, height: 200 }, material: 'S235', thickness: 6 });
 */
export interface PartFromTemplate {
  name: string;
  articleNumber?: string;
  template: string;
  params?: TemplateParamInput;
  material: string;
  thickness: number;
}

/**
 * Either kind of new part.
 * @example
 * const input: PartInput = { name: 'Disc', template: 'disc', params: { diameter: 80 }, material: 'S235', thickness: 2 };
 */
export type PartInput = PartFromDrawing | PartFromTemplate;

/**
 * Changes to a part; the server prices it again. `params` only for template parts.
 * @example
 * await client.parts.patch(4, { thickness: 4, articleNumber: null });
 */
export interface PartPatch {
  name?: string;
  articleNumber?: string | null;
  material?: string;
  thickness?: number;
  params?: TemplateParamInput;
  /** New layer roles (replacing the stored ones; null clears them): the drawing is analyzed again. */
  layers?: LayerRoles | null;
}

/**
 * A new drawing for a part (it becomes a DXF part), with optional changes; without `layers` the
 * part's stored layer roles apply to the new drawing.
 * @example
 * await client.parts.replaceDrawing(4, { file: await readFile('bracket-v2.dxf'), fileName: 'bracket-v2.dxf' });
 */
export interface PartDrawingPatch extends DrawingUpload {
  name?: string;
  articleNumber?: string;
  material?: string;
  thickness?: number;
}

// ---------------------------------------------------------------------------------------------
// bulk import (issue [5])

/** Where an import stands: rows being calculated, ready to commit, committed, or failed (the sheet itself is unreadable). */
export type ImportStatus = 'processing' | 'ready' | 'committed' | 'failed';
/** A row: `pending` while it is calculated, `ok` (will be taken), `error` (will not), `committed` (became a part). */
export type ImportRowStatus = 'pending' | 'ok' | 'error' | 'committed';

/**
 * Why a row is not taken (or a warning), in the importing user's language.
 * @example
 * if (row.messages.some((m) => m.code === 'UNKNOWN_MATERIAL')) offerMaterials();
 */
export interface ImportMessage {
  /** `MISSING_DRAWING`, `DRAWING_NOT_FOUND`, `DXF_PARSE_ERROR`, `UNKNOWN_MATERIAL`, `UNAVAILABLE_THICKNESS`, `INVALID_QUANTITY`, `DUPLICATE_ARTICLE_NUMBER`, `MISSING_NAME`, … */
  code: string;
  message: string;
  /** `error` keeps the row out; a `warning` (an open contour healed, say) does not. */
  severity: 'error' | 'warning';
}

/**
 * One row of an import sheet, calculated by the server. `unitPrice` and `total` in cents.
 * @example
 * const bad = view.rows.filter((r) => r.status === 'error').map((r) => `${r.row}: ${r.messages[0]?.message}`);
 */
export interface ImportRow {
  id: number;
  /** The row number in the sheet (the header is row 1). */
  row: number;
  status: ImportRowStatus;
  articleNumber: string | null;
  name: string;
  material: string;
  thickness: number | null;
  quantity: number | null;
  /** The drawing's file name as the sheet names it. */
  drawing: string | null;
  /** The row's own layer roles (its `layers` column), over the import's. */
  layers: LayerRoles | null;
  messages: ImportMessage[];
  /** Cut length (mm), pierces, net area (mm²), weight (kg per piece, null without a known material), bounding box and holes; null until calculated or when the drawing is unusable. */
  metrics: { cutLength: number; pierces: number; netArea: number; weight: number | null; bbox: Record<string, number>; holes: number } | null;
  /** Cents per piece at the row's quantity. */
  unitPrice: number | null;
  total: number | null;
  /** The part it became, once committed. */
  partId: number | null;
}

/**
 * An import with its rows and progress (`GET /api/imports/:id`).
 * @example
 * const view = await client.imports.get(id);
 * console.log(`${view.progress.done} of ${view.progress.total}`, view.counts.error, 'errors');
 */
export interface ImportView {
  id: number;
  status: ImportStatus;
  progress: { done: number; total: number };
  sheetName: string;
  /** The language of the messages (the importing user's). */
  language: string;
  createdAt: number;
  committedAt: number | null;
  /** Why the import failed (status `failed`). */
  error: string | null;
  /** Layer roles for every drawing of the import (the upload's `layers`). */
  layers: LayerRoles | null;
  /** Members of a zip that were not taken, with the reason. */
  skipped: { name: string; reason: string }[];
  rows: ImportRow[];
  counts: { ok: number; error: number; pending: number; committed: number };
}

/**
 * An import in the company's list (`GET /api/imports`), newest first.
 * @example
 * const open = (await client.imports.list()).items.find((i) => i.status !== 'committed');
 */
export type ImportSummary = Pick<ImportView, 'id' | 'status' | 'sheetName' | 'progress' | 'counts' | 'createdAt' | 'committedAt'>;

/**
 * A fix of one row; the server calculates it again.
 * @example
 * await client.imports.patchRow(id, row.id, { material: 'S235', thickness: 3 });
 */
export interface ImportRowPatch {
  material?: string;
  thickness?: number;
  quantity?: number;
  name?: string;
  /** null (or '') takes the article number away. */
  articleNumber?: string | null;
  /** The row's own layer roles (null clears them). */
  layers?: LayerRoles | null;
}

/**
 * What a commit answers: the parts made now (0 on a second commit) and the import after it.
 * @example
 * const { created, partIds } = await client.imports.commit(id);
 */
export interface ImportCommit {
  created: number;
  partIds: number[];
  import: ImportView;
}

// ---------------------------------------------------------------------------------------------
// basket and orders

/**
 * A basket line priced now; `error` says why it cannot be ordered (then its prices are null).
 * @example
 * const broken = basket.items.filter((i) => i.error);
 */
export interface BasketItem {
  id: number;
  /** `part` (a part of the library) or `article` (a catalog article, issue [7]). */
  kind: 'part' | 'article';
  /** Parts only. */
  partId: number | null;
  /** Articles only. */
  articleId: number | null;
  name: string;
  /** A part's article number, or the shop's number of an article. */
  articleNumber: string | null;
  /** The company's own number and name for an article. */
  customerArticleNumber: string | null;
  customerName: string | null;
  /** Articles: what the quantity counts (`pc`, `box`, `h`, …). */
  unit: string | null;
  /** Parts only. */
  material: string | null;
  thickness: number | null;
  quantity: number;
  /** Articles: how the company's price came about, and whether the article is in its assortment. */
  article: { basePrice: number; priceKind: ArticlePriceKind; discount: number | null; inAssortment: boolean } | null;
  unitPrice: number | null;
  total: number | null;
  error: { code: string; message: string } | null;
  breakdown: QuoteLine[];
  /** kg of the whole line. */
  weight: number | null;
  warnings: PartWarning[];
  /** Parts: the finishing chosen (issue [7]); null = none. */
  finishing: FinishingChoice | null;
  /** Parts: seconds of finishing per piece. */
  finishingTime: number | null;
  /** Parts: the delivery option the line is priced with and its date. */
  delivery: { code: string; label: string; date: string } | null;
}

/** A delivery option of the basket with its price adjustment (0.3 = +30 %) and the date all its parts would arrive by. */
export interface BasketDeliveryOption {
  code: string;
  label: string;
  /** Including the finishing's extra days. */
  workingDays: number;
  adjustment: number;
  date: string;
}

/**
 * The signed-in user's basket in the active company, with the order details chosen so far and
 * the company's addresses to choose from.
 * @example
 * const b = await client.basket.get();
 * console.log(`${b.items.length} lines, ${b.total / 100} ${b.currency}`);
 */
export interface Basket {
  items: BasketItem[];
  currency: string;
  total: number;
  deliveryAddress: Address | null;
  billingAddress: Address | null;
  deliveryMethod: DeliveryMethod;
  requestedDate: string | null;
  commission: string | null;
  note: string | null;
  addresses: CompanyAddress[];
  /** The delivery option chosen (issue [7]); null = standard. */
  leadTime: string | null;
  /** The chosen option and the latest date of the parts (null without parts). */
  delivery: { leadTime: string; label: string; date: string } | null;
  deliveryOptions: BasketDeliveryOption[];
}

/**
 * Order details (on the basket or when submitting); `null` clears a field.
 * @example
 * const details: OrderDetails = { commission: 'Hall 3', requestedDate: '2026-05-04', deliveryMethod: 'express' };
 */
export interface OrderDetails {
  deliveryAddress?: Address | null;
  billingAddress?: Address | null;
  deliveryMethod?: DeliveryMethod;
  requestedDate?: string | null;
  commission?: string | null;
  note?: string | null;
}

/**
 * Changes to the basket's order details; an address may be one of the company's, by id.
 * @example
 * await client.basket.patch({ deliveryAddressId: 2, commission: 'Line 4' });
 */
export interface BasketPatch extends OrderDetails {
  deliveryAddressId?: number;
  billingAddressId?: number;
  /** A delivery option of the profile (`standard`, `express`, `economy`); null = standard. UNKNOWN_LEAD_TIME (422). */
  leadTime?: string | null;
}

/**
 * A person named on an order.
 * @example
 * order.approver?.email
 */
export interface OrderPerson {
  id: number;
  name: string;
  email: string;
}

/**
 * An order line with its frozen price and its approval state.
 * @example
 * const pending = order.lines.filter((l) => l.approval === 'pending').map((l) => l.id);
 */
export interface OrderLine {
  id: number;
  position: number;
  /** `part` or `article` (a catalog article, issue [7]). */
  kind: 'part' | 'article';
  /** null once the part was deleted from the library (the line keeps its data), and for articles. */
  partId: number | null;
  /** The catalog article (null for parts, or once the article was deleted). */
  articleId: number | null;
  name: string;
  articleNumber: string | null;
  /** The company's own number and name for an article, as when ordered. */
  customerArticleNumber: string | null;
  customerName: string | null;
  /** Articles: what the quantity counts. */
  unit: string | null;
  /** Parts only. */
  material: string | null;
  thickness: number | null;
  quantity: number;
  /** Frozen at order: the company's price when the order was placed. */
  unitPrice: number;
  total: number;
  approval: 'not_needed' | 'pending' | 'approved' | 'rejected';
  /** Why approval is needed: `always`, `limit`, `new_part`, `material` or `article` (an article outside the assortment). */
  approvalReason: 'always' | 'limit' | 'new_part' | 'material' | 'article' | null;
  rejectReason: string | null;
  breakdown: QuoteLine[];
  metrics: PartMetrics | null;
  /** kg per piece. */
  weight: number | null;
  /** Parts: the finishing ordered (issue [7]). */
  finishing: FinishingChoice | null;
  /** Parts: the delivery option with its working days and date, as when ordered. */
  delivery: { code: string; label: string; workingDays: number; extraDays: number; date: string } | null;
  /** The quantity as ordered, when the shop's confirmation changed it (issue [8]); null = unchanged. */
  originalQuantity: number | null;
  /** The delivery date the shop confirmed for this line (YYYY-MM-DD); null = as ordered. */
  deliveryDate: string | null;
  /** The supplement that added this line after the order was placed; null = ordered with it. */
  supplementId: number | null;
}

/**
 * One entry of an order's history.
 * @example
 * order.history.map((e) => `${new Date(e.at).toLocaleString()} ${e.actor}: ${e.toStatus ?? e.kind}`);
 */
export interface OrderEvent {
  at: number;
  actor: string;
  kind: 'status' | 'line_approved' | 'line_rejected' | 'delivery' | 'invoice' | 'payment' | 'note'
    // issue [8]
    | 'confirmed' | 'line_changed' | 'attachment' | 'supplement' | 'shipment' | 'receipt' | 'return' | 'credit';
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus | null;
  note: string | null;
  /** What changed (issue [8]): a {@link LineChange} for `line_changed`, the supplement or file for others. */
  data: Record<string, unknown> | null;
}

/**
 * The `data` of a `line_changed` history entry: a line's old and new quantity or delivery date
 * and the shop's reason.
 * @example
 * const c = event.data as LineChange;
 * `${c.position}: ${c.from} → ${c.to} (${c.reason})`;
 */
export interface LineChange {
  lineId: number;
  position: number;
  field: 'quantity' | 'deliveryDate';
  from: number | string | null;
  to: number | string;
  reason: string;
}

/**
 * Parts or articles added to a submitted order (issue [8]): awaiting the customer's approval,
 * submitted to the shop, confirmed (its lines count in the order's total) or rejected.
 * @example
 * const open = order.supplements.filter((s) => s.status === 'submitted');
 */
export interface OrderSupplement {
  id: number;
  number: number;
  status: 'pending_approval' | 'submitted' | 'confirmed' | 'rejected' | 'cancelled';
  /** cents: its lines when added */
  total: number;
  createdBy: string;
  createdAt: number;
  decidedAt: number | null;
  confirmedAt: number | null;
}

/**
 * The shop's confirmation of an order: per line a new quantity and/or delivery date, each with a
 * reason (required when something changes).
 * @example
 * await client.admin.orders.confirm(12, { lines: [{ lineId: 31, deliveryDate: '2026-12-18', reason: 'Sheet arrives later' }] });
 */
export interface OrderConfirmationInput {
  lines?: { lineId: number; quantity?: number; deliveryDate?: string; reason?: string }[];
  note?: string;
}

/**
 * A file on an order (PDF, image, DXF), with who added it and when.
 * @example
 * const mine = (await client.orders.attachments(12)).items.filter((a) => a.side === 'customer');
 */
export interface OrderAttachment {
  id: number;
  name: string;
  /** Recognised from the bytes. */
  mime: string;
  size: number;
  side: 'customer' | 'shop';
  uploadedBy: string;
  createdAt: number;
  receiptId: number | null;
  returnId: number | null;
}

/**
 * A message of an order's thread.
 * @example
 * const { items } = await client.orders.messages(12); // marks the thread read
 */
export interface OrderMessage {
  id: number;
  side: 'customer' | 'shop';
  author: string;
  body: string;
  createdAt: number;
  /** Written by the reader's side. */
  mine: boolean;
}

/**
 * Unread messages from the other side: the total and per order.
 * @example
 * badge.textContent = String((await client.orders.unread()).total);
 */
export interface UnreadMessages {
  total: number;
  orders: { orderId: number; number: string; unread: number }[];
}

/**
 * A delivery note, an invoice or a payment recorded by the shop.
 * @example
 * const open = order.invoiced - order.paid;
 */
export interface OrderRecord {
  id: number;
  date: string;
  document: string | null;
  amount: number | null;
  /** Invoices: YYYY-MM-DD the payment is due (issue [8]). */
  dueDate?: string | null;
  /** Credit notes: the return (RMA) they settle. */
  returnId?: number | null;
}

/**
 * An order with its lines, history and records (what `GET /api/orders/:id` answers).
 * @example
 * const o = await client.orders.get(12);
 * if (o.canCancel) await client.orders.cancel(o.id, { reason: 'Not needed any more' });
 */
export interface Order {
  id: number;
  number: string;
  status: OrderStatus;
  company: { id: number; name: string; customerNumber: string } | null;
  orderer: OrderPerson | null;
  approver: OrderPerson | null;
  commission: string | null;
  requestedDate: string | null;
  deliveryAddress: Address | null;
  billingAddress: Address | null;
  deliveryMethod: DeliveryMethod;
  note: string | null;
  currency: string;
  total: number;
  createdAt: number;
  updatedAt: number;
  releasedAt: number | null;
  canCancel: boolean;
  lines: OrderLine[];
  history: OrderEvent[];
  deliveries: OrderRecord[];
  invoices: OrderRecord[];
  payments: OrderRecord[];
  paid: number;
  invoiced: number;
  /** Credit notes on the order (issue [8]), their sum, and what is still owed: invoiced − credited − paid (negative: overpaid). */
  credits?: OrderRecord[];
  credited?: number;
  open?: number;
  /** The delivery option the parts were priced with, and the date it gave (issue [7]); null for articles only. */
  leadTime: string | null;
  deliveryDate: string | null;
  /** Deliveries with their lines and the customer's receipt of each (issue [8]). */
  shipments: Shipment[];
  /** Pieces shipped per line id. */
  shipped: Record<string, number>;
  /** Returns (RMA) opened on this order. */
  returns: OrderReturnRef[];
  /** A replacement order: the return it replaces goods for (price 0). */
  replacementFor: { id: number; number: string; orderId: number; orderNumber: string } | null;
  /** When and by whom the shop confirmed the order (issue [8]). */
  confirmedAt: number | null;
  confirmedBy: string | null;
  /** Whether the basket may still be added to it (until production starts). */
  canAddSupplement: boolean;
  supplements: OrderSupplement[];
  attachmentCount: number;
}

/**
 * The answer of {@link KerfClient.orders}.submit: the order, the Idempotency-Key it was sent with
 * (keep it to retry after a reload) and whether the server had made it earlier with that key.
 * @example
 * const o = await client.orders.submit({ commission: 'Hall 3' });
 * if (o.replayed) toast('This order was already placed.');
 */
export interface SubmittedOrder extends Order {
  idempotencyKey: string;
  replayed: boolean;
}

/**
 * A row of the order list.
 * @example
 * items.map((o) => `${o.number} ${o.status} ${o.total / 100}`);
 */
export interface OrderSummary {
  id: number;
  number: string;
  status: OrderStatus;
  requestedDate: string | null;
  commission: string | null;
  total: number;
  currency: string;
  createdAt: number;
  releasedAt: number | null;
  /** The orderer's name. */
  orderer: string | null;
  lineCount: number;
  /** Messages of the other side this user has not read (issue [8]). */
  unreadMessages: number;
}

/**
 * The company's orders, newest first, and how many there are per status (and `all`).
 * @example
 * const { items, counts } = await client.orders.list({ status: 'shipped' });
 * badge.textContent = String(counts.pending_approval);
 */
export interface OrderList {
  items: OrderSummary[];
  counts: Record<OrderStatus | 'all', number>;
}

// ---------------------------------------------------------------------------------------------
// company self-administration

/**
 * The active company's master data, addresses and the sales rep to contact.
 * @example
 * const c = await client.company.get();
 * console.log(c.customerNumber, c.salesRep?.email);
 */
export interface Company {
  id: number;
  name: string;
  customerNumber: string;
  street: string;
  zip: string;
  city: string;
  country: string;
  phone: string;
  vatId: string;
  language: Language;
  salesRep: { name: string; email: string; phone: string } | null;
  addresses: CompanyAddress[];
}

/**
 * Changes to the company's master data.
 * @example
 * await client.company.patch({ phone: '+49 711 555 0201' });
 */
export interface CompanyPatch {
  name?: string;
  street?: string;
  zip?: string;
  city?: string;
  country?: string;
  phone?: string;
  vatId?: string;
  language?: Language;
}

/**
 * A new delivery or billing address; `isDefault` makes it the default of its kind.
 * @example
 * await client.company.addresses.create({ kind: 'delivery', name: 'Werk 3', street: 'Ring 1', zip: '70000', city: 'Stuttgart', country: 'DE', isDefault: true });
 */
export interface AddressInput extends Address {
  kind: 'delivery' | 'billing';
  isDefault?: boolean;
}

/**
 * An employee of the company with group, approval mode and approver. `invited` is true while the
 * person has not set a password yet.
 * @example
 * const approvers = members.items.filter((m) => m.group === 'Administrators');
 */
export interface Member {
  id: number;
  name: string;
  email: string;
  language: Language;
  invited: boolean;
  /** Epoch ms of the last sign-in; null before the first. */
  lastLoginAt: number | null;
  groupId: number;
  /** The group's name. */
  group: string;
  approvalMode: ApprovalMode;
  /** Cents; above it every order needs approval. */
  approvalLimit: number | null;
  approverId: number | null;
}

/**
 * A new employee: a new login is invited by mail, an existing one joins the company too.
 * @example
 * await client.company.users.create({ email: 'new@acme.example', name: 'Nina New', groupId: 2, approvalMode: 'always', approverId: 3 });
 */
export interface MemberInput {
  email: string;
  name: string;
  language?: Language;
  groupId: number;
  approvalMode?: ApprovalMode;
  approvalLimit?: number | null;
  approverId?: number | null;
}

/**
 * Changes to an employee.
 * @example
 * await client.company.users.patch(5, { approvalLimit: 100_000 });
 */
export interface MemberPatch {
  name?: string;
  groupId?: number;
  approvalMode?: ApprovalMode;
  approvalLimit?: number | null;
  approverId?: number | null;
}

/**
 * A group of the company, its rights and how many people are in it.
 * @example
 * groups.items.find((g) => g.rights.includes('approve'));
 */
export interface Group {
  id: number;
  name: string;
  rights: Right[];
  members: number;
}

/**
 * The company's groups and every right there is.
 * @example
 * const { items, rights } = await client.company.groups.list();
 */
export interface GroupList extends ItemList<Group> {
  rights: Right[];
}

/**
 * A group's name and rights.
 * @example
 * await client.company.groups.create({ name: 'Purchasing', rights: ['view_parts', 'order'] });
 */
export interface GroupInput {
  name: string;
  rights: Right[];
}

// ---------------------------------------------------------------------------------------------
// back office (operator staff)

/**
 * A material (and optionally only some thicknesses) a company has agreed prices for.
 * @example
 * const agreed: AllowedMaterial[] = [{ material: 'S235' }, { material: '1.4301', thicknesses: [1, 2] }];
 */
export interface AllowedMaterial {
  material: string;
  thicknesses?: number[];
}

/**
 * A customer company in the back office's list.
 * @example
 * const disabled = items.filter((c) => !c.enabled);
 */
export interface AdminCompanySummary {
  id: number;
  name: string;
  customerNumber: string;
  city: string;
  enabled: boolean;
  salesRepId: number | null;
  /** How many people belong to it. */
  users: number;
}

/**
 * A customer company as the back office sees it: master data, pricing, agreed materials, people.
 * @example
 * const c = await client.admin.companies.get(1);
 * console.log(c.pricingOverrides, c.allowedMaterials);
 */
export interface AdminCompany extends Company {
  enabled: boolean;
  salesRepId: number | null;
  pricingOverrides: PricingOverrides | null;
  /** null = every material of the catalog. */
  allowedMaterials: AllowedMaterial[] | null;
  users: { id: number; name: string; email: string; approvalMode: ApprovalMode }[];
}

/**
 * A new customer company (`customerNumber` unique).
 * @example
 * await client.admin.companies.create({ name: 'Gamma KG', customerNumber: '10003', city: 'Ulm', salesRepId: 2 });
 */
export interface CompanyInput extends CompanyPatch {
  name: string;
  customerNumber: string;
  enabled?: boolean;
  salesRepId?: number | null;
  /** Merged over the default pricing profile. */
  pricingOverrides?: PricingOverrides | null;
  allowedMaterials?: AllowedMaterial[] | null;
}

/**
 * A group row as stored (the default groups of a new company).
 * @example
 * const admins = created.groups.find((g) => g.name === 'Administrators');
 */
export interface GroupRow {
  id: number;
  companyId: number;
  name: string;
  rights: Right[];
}

/**
 * A company just created, with its default groups.
 * @example
 * const c = await client.admin.companies.create({ name: 'Gamma KG', customerNumber: '10003' });
 * await client.admin.companies.inviteUser(c.id, { email: 'boss@gamma.example', name: 'Greta Gamma' });
 */
export interface CreatedCompany extends Company {
  groups: GroupRow[];
}

/**
 * A person to invite into a company (into its `Administrators` group unless `group` names another).
 * @example
 * await client.admin.companies.inviteUser(3, { email: 'boss@gamma.example', name: 'Greta Gamma', group: 'Administrators' });
 */
export interface InviteInput {
  email: string;
  name: string;
  group?: string;
  language?: Language;
}

/**
 * A login in the back office's list (staff and customers).
 * @example
 * const staff = items.filter((u) => u.staffRole);
 */
export interface AdminUser {
  id: number;
  name: string;
  email: string;
  staffRole: 'admin' | 'sales' | null;
  disabled: boolean;
  language: Language;
  /** True while no password was set. */
  invited: boolean;
  /** The names of the person's companies, comma separated. */
  companies: string | null;
}

/**
 * Changes to a login; disabling it ends its sessions.
 * @example
 * await client.admin.users.patch(9, { disabled: true });
 */
export interface AdminUserPatch {
  disabled?: boolean;
  name?: string;
  phone?: string;
}

/**
 * A new member of the shop's staff (invited by mail).
 * @example
 * await client.admin.staff.create({ email: 'sue@kerf.example', name: 'Sue Sales', role: 'sales' });
 */
export interface StaffInput {
  email: string;
  name: string;
  role: 'admin' | 'sales';
  language?: Language;
}

/**
 * The operator's catalog and default pricing profile.
 * @example
 * const { catalog, profile } = await client.admin.pricing.get();
 */
export interface PricingSettings {
  catalog: Catalog;
  profile: PricingProfile;
  catalogVersion: number;
}

/**
 * A new catalog and/or default profile (each replaces the stored one whole).
 * @example
 * await client.admin.pricing.put({ profile: { ...profile, machineRatePerHour: 9000 } });
 */
export interface PricingInput {
  catalog?: unknown;
  profile?: PricingProfile;
}

/**
 * A request for portal access.
 * @example
 * const pending = (await client.admin.accessRequests.list({ status: 'pending' })).items;
 */
export interface AccessRequest {
  id: number;
  companyName: string;
  customerNumber: string | null;
  email: string;
  name: string;
  language: Language;
  status: 'pending' | 'approved' | 'rejected';
  companyId: number | null;
  decidedBy: number | null;
  decidedAt: number | null;
  createdAt: number;
}

/**
 * Approving an access request: into an existing company, or a new one made from `company`.
 * @example
 * await client.admin.accessRequests.approve(4, { companyId: 1 });
 */
export interface AccessApproval {
  companyId?: number;
  company?: CompanyInput;
}

/**
 * A row of the back office's order list (also naming the company).
 * @example
 * items.filter((o) => o.status === 'released').map((o) => `${o.companyName}: ${o.number}`);
 */
export interface AdminOrderSummary extends OrderSummary {
  companyId: number;
  companyName: string;
}

/**
 * The orders that reached the shop, and how many there are per status.
 * @example
 * const { items, counts } = await client.admin.orders.list({ status: 'released' });
 */
export interface AdminOrderList {
  items: AdminOrderSummary[];
  counts: Partial<Record<OrderStatus, number>>;
}

/**
 * A status change by the shop; shipping with `document` also records the delivery note.
 * @example
 * await client.admin.orders.setStatus(12, { status: 'shipped', document: 'LS-2026-0400' });
 */
export interface StatusChange {
  status: OrderStatus;
  note?: string;
  document?: string;
  /** YYYY-MM-DD, default today. */
  date?: string;
}

/**
 * A delivery note, invoice or payment to record (invoices and payments need `amount` in cents).
 * @example
 * await client.admin.orders.addRecord(12, { kind: 'invoice', document: 'RE-2026-0400', amount: 123_400 });
 */
export interface RecordInput {
  kind: 'delivery' | 'invoice' | 'payment' | 'credit';
  date?: string;
  /** Invoices default to the next `RE-<year>-NNNNN`, credit notes to `GS-<year>-NNNNN`; DOCUMENT_TAKEN (409). */
  document?: string;
  /** Gross cents, > 0 (INVALID_AMOUNT). */
  amount?: number;
  /** Invoices: default the date + the payment terms (30 days); INVALID_DUE_DATE before the date. */
  dueDate?: string;
  /** Payments above the open amount are OVERPAYMENT (409) unless this is true. */
  allowOverpayment?: boolean;
}

/** A statement's period: both days YYYY-MM-DD, inclusive (default: 1 January of `to`'s year to today). */
export interface StatementQuery {
  from?: string;
  to?: string;
}

/** One row of a statement's trail (issue [8]). */
export interface StatementEntry {
  date: string;
  kind: 'order' | 'delivery' | 'invoice' | 'credit' | 'payment';
  orderId: number;
  orderNumber: string;
  document: string | null;
  /** Cents: an order's or delivery's net value (null: a delivery recorded without lines), an invoice's, credit note's or payment's gross amount. */
  amount: number | null;
  debit: number;
  credit: number;
  /** The running balance after this row. */
  balance: number;
  dueDate?: string | null;
  status?: OrderStatus;
  quantity?: number | null;
  returnId?: number | null;
}

/** An invoice not fully settled at the statement's `to`, or a credit balance (negative). */
export interface OpenItem {
  kind: 'invoice' | 'credit_balance';
  companyId: number;
  orderId: number;
  orderNumber: string;
  document: string | null;
  date: string;
  dueDate: string | null;
  amount: number;
  open: number;
  ageDays: number;
  overdueDays: number;
  bucket: AgingBucket;
}

export type AgingBucket = '0-30' | '31-60' | '61-90' | '90+';

export interface Aging {
  bucket: AgingBucket;
  amount: number;
  count: number;
}

/**
 * A company's statement of account for a period (`GET /api/statements`): the trail with a running
 * balance, open items aged from their invoice date, per-order figures and totals. Σ aging = Σ open
 * items = closingBalance = openingBalance + invoiced − credited − paid.
 * @example
 * const s = await client.statements.get({ from: '2026-01-01', to: '2026-12-31' });
 * console.log(s.closingBalance / 100, s.aging.map((b) => `${b.bucket}: ${b.amount / 100}`));
 */
export interface Statement {
  company: { id: number; name: string; customerNumber: string };
  currency: string;
  from: string;
  to: string;
  openingBalance: number;
  closingBalance: number;
  entries: StatementEntry[];
  openItems: OpenItem[];
  aging: Aging[];
  orders: { id: number; number: string; status: OrderStatus; date: string; total: number; delivered: number; invoiced: number; credited: number; paid: number; open: number }[];
  totals: { orders: number; ordered: number; deliveries: number; delivered: number; invoiced: number; credited: number; paid: number; open: number; overdue: number };
}

/** Open items of every company at a day (`GET /api/admin/open-items`): the dashboard's chart. */
export interface OpenItemsSummary {
  asOf: string;
  total: number;
  overdue: number;
  aging: Aging[];
  companies: { companyId: number; name: string; customerNumber: string; open: number; overdue: number; aging: Aging[] }[];
  items: OpenItem[];
}

/**
 * A notification mail in the outbox, sent or waiting.
 * @example
 * const failed = (await client.admin.outbox.list({ status: 'failed' })).items;
 */
export interface OutboxMail {
  id: number;
  to: string;
  kind: string;
  language: Language;
  subject: string;
  text: string;
  html: string;
  orderId: number | null;
  status: 'waiting' | 'sending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  createdAt: number;
  sentAt: number | null;
}

/**
 * A key of the shop's public website for anonymous instant quotes.
 * @example
 * const k = await client.admin.embedKeys.create({ name: 'Shop', origins: ['https://shop.example'] });
 * createKerfClient({ baseUrl: 'https://portal.example', embedKey: k.key });
 */
export interface EmbedKey {
  key: string;
  name: string;
  origins: string[];
  ratePerMinute: number;
  enabled: boolean;
  createdAt: number;
}

/**
 * A new embed key: its name, the website origins allowed to use it and quotes per minute per visitor.
 * @example
 * await client.admin.embedKeys.create({ name: 'Shop', origins: ['https://shop.example'], ratePerMinute: 30 });
 */
export interface EmbedKeyInput {
  name: string;
  origins: string[];
  ratePerMinute?: number;
}

/**
 * Changes to an embed key.
 * @example
 * await client.admin.embedKeys.patch('pk_abc', { enabled: false });
 */
export interface EmbedKeyPatch {
  origins?: string[];
  ratePerMinute?: number;
  enabled?: boolean;
}

/**
 * What `GET /api/health` answers (503 gives `unavailable`, not an error).
 * @example
 * if ((await client.system.health()).status !== 'ok') alert('The portal is down.');
 */
export interface Health {
  status: 'ok' | 'unavailable';
}

/** The events a webhook may subscribe to. */
export type WebhookEventType = 'order.released' | 'order.status_changed' | 'part.created' | 'order.confirmed' | 'shipment.created' | 'return.status_changed';

/**
 * An operator webhook (`GET /api/admin/webhooks`), with its deliveries counted per status.
 * @example
 * const { items } = await client.admin.webhooks.list();
 */
export interface Webhook {
  id: number;
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
  createdAt: number;
  counts: Record<WebhookDelivery['status'], number>;
  lastDeliveryAt: number | null;
}

/**
 * A new webhook: http(s) URL without credentials, at least one event.
 * @example
 * const hook = await client.admin.webhooks.create({ url: 'https://erp.example/hooks/kerf', events: ['order.released'] });
 * save(hook.secret); // shown this once
 */
export interface WebhookInput {
  url: string;
  events: WebhookEventType[];
  description?: string;
  enabled?: boolean;
}

/** Changes to a webhook (`enabled: false` pauses its deliveries). */
export type WebhookPatch = Partial<WebhookInput>;

/** The answer that creates a webhook: the only time its signing secret is shown. */
export interface CreatedWebhook extends Webhook {
  secret: string;
}

/**
 * One event to one webhook, with the result of its last attempt.
 * @example
 * const { items } = await client.admin.webhooks.deliveries(hookId, { status: 'failed' });
 */
export interface WebhookDelivery {
  id: number;
  webhookId: number;
  /** The same in every retry and re-send. */
  eventId: string;
  event: WebhookEventType;
  status: 'waiting' | 'sending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: number;
  /** HTTP status of the last answer; null when none came. */
  lastStatus: number | null;
  lastError: string | null;
  createdAt: number;
  deliveredAt: number | null;
}

/**
 * Filters of the operator's order export (released orders only).
 * @example
 * const url = client.admin.orders.exportUrl('csv', { status: 'released', from: '2026-11-01' });
 */
export interface OrderExportQuery {
  status?: OrderStatus;
  /** `YYYY-MM-DD`: released on or after this day (UTC). */
  from?: string;
  /** `YYYY-MM-DD`: released on or before this day (UTC). */
  to?: string;
  companyId?: number;
}

// ---------------------------------------------------------------------------------------------
// catalog articles (issue [7])

/** How a company's article price comes about: its fixed price, a discount off the list price, or the list price. */
export type ArticlePriceKind = 'fixed' | 'discount' | 'base';

/** Text in the portal's languages: English always, German and French where given. */
export interface LocalizedText {
  en: string;
  de?: string;
  fr?: string;
}

/**
 * A catalog article as the active company gets it: texts in the user's language, the company's
 * price (and per quantity break), stock where the shop shows it, and the company's own names.
 * @example
 * const { items } = await client.articles.list({ q: 'M8' });
 * console.log(items[0].number, items[0].unitPrice / 100, items[0].unit);
 */
export interface Article {
  id: number;
  /** The shop's article number. */
  number: string;
  name: string;
  description: string;
  category: { id: number; name: string } | null;
  unit: string;
  /** The shop's list price per unit, cents. */
  basePrice: number;
  /** The company's price per unit for one unit, cents. */
  unitPrice: number;
  /** The company's price per unit from each quantity break on. */
  prices: { quantity: number; unitPrice: number }[];
  priceKind: ArticlePriceKind;
  /** Percent off the list price (discount prices only). */
  discount: number | null;
  /** On hand, where the shop shows it. */
  stock: number | null;
  /** Published to the company; false: shown to every company, ordering it may need approval. */
  inAssortment: boolean;
  favorite: boolean;
  customerArticleNumber: string | null;
  customerName: string | null;
  /** The image's URL path (`/api/articles/:id/image`), or null. */
  image: string | null;
  updatedAt: number;
}

/**
 * A page of the catalog, with the categories that hold articles for the company.
 * @example
 * const page = await client.articles.list({ favorites: true });
 */
export interface ArticleList {
  items: Article[];
  total: number;
  page: number;
  pageSize: number;
  categories: { id: number; name: string; count: number }[];
}

/** The orders of the catalog. */
export type ArticleSort = 'category' | 'number' | 'name' | 'price' | '-price';

/**
 * Search and filters of the catalog.
 * @example
 * await client.articles.list({ q: 'nut', categoryId: 1, page: 1, pageSize: 50, lang: 'de' });
 */
export interface ArticleQuery {
  q?: string;
  categoryId?: number;
  /** Only my favourites. */
  favorites?: boolean;
  /** Only the company's assortment (not the articles shown to every company). */
  assortment?: boolean;
  /** `category` (default: by category, then number), `number`, `name` (in the language), `price` or `-price` (the company's unit price). */
  sort?: ArticleSort;
  page?: number;
  pageSize?: number;
  lang?: 'en' | 'de' | 'fr';
}

/**
 * The company's own number and name for an article; null clears one.
 * @example
 * await client.articles.setReference(3, { customerArticleNumber: 'ACME-N-008', customerName: 'Mutter M8' });
 */
export interface ArticleReference {
  customerArticleNumber?: string | null;
  customerName?: string | null;
}

/** A quantity break: from `quantity` units on, `unitPrice` cents each. */
export interface PriceBreak {
  quantity: number;
  unitPrice: number;
}

/**
 * An article in the back office, with every language.
 * @example
 * const a = await client.admin.articles.get(3);
 */
export interface AdminArticle {
  id: number;
  number: string;
  name: LocalizedText;
  description: LocalizedText;
  categoryId: number | null;
  unit: string;
  basePrice: number;
  priceBreaks: PriceBreak[];
  stock: number | null;
  showStock: boolean;
  active: boolean;
  publishedToAll: boolean;
  /** The image's URL path in the back office, or null. */
  image: string | null;
  createdAt: number;
  updatedAt: number;
}

/**
 * A new article (prices in cents).
 * @example
 * await client.admin.articles.create({ number: 'NUT-M10', name: { en: 'Hex nut M10', de: 'Sechskantmutter M10' }, basePrice: 890, unit: 'box' });
 */
export interface AdminArticleInput {
  number: string;
  name: LocalizedText;
  description?: LocalizedText;
  categoryId?: number | null;
  unit?: string;
  basePrice: number;
  priceBreaks?: PriceBreak[];
  stock?: number | null;
  showStock?: boolean;
  active?: boolean;
  /** Shown to every company (outside their assortments unless published to them). */
  publishedToAll?: boolean;
}

/** Changes to an article. @example await client.admin.articles.patch(3, { active: false }); */
export type AdminArticlePatch = Partial<AdminArticleInput>;

/**
 * A category of articles.
 * @example
 * const { items } = await client.admin.articleCategories.list();
 */
export interface ArticleCategory {
  id: number;
  name: LocalizedText;
  position: number;
  /** How many articles it holds. */
  articles: number;
}

/** A new category, or changes to one. @example await client.admin.articleCategories.create({ name: { en: 'Hinges' } }); */
export interface ArticleCategoryInput {
  name: LocalizedText;
  position?: number;
}

/**
 * What one company is offered: every article with its flags and price for the company, and the
 * categories with theirs.
 * @example
 * const offer = await client.admin.companies.articles(1);
 */
export interface CompanyArticles {
  items: {
    articleId: number;
    number: string;
    name: string;
    categoryId: number | null;
    active: boolean;
    publishedToAll: boolean;
    /** The article's own flag for the company; null = as its category says. */
    published: boolean | null;
    categoryPublished: boolean | null;
    inAssortment: boolean;
    visible: boolean;
    fixedPrice: number | null;
    discount: number | null;
    categoryDiscount: number | null;
    basePrice: number;
    /** The company's price for one unit. */
    unitPrice: number;
    customerArticleNumber: string | null;
    customerName: string | null;
  }[];
  categories: { categoryId: number; name: string; published: boolean | null; discount: number | null }[];
}

/**
 * An article for one company: published (or hidden from a published category; null = as the
 * category says), its price, fixed or a discount in percent, and the company's own number and
 * name for it (null or '' clears one; absent fields stay as they are).
 * @example
 * await client.admin.companies.setArticle(1, 3, { published: true, fixedPrice: 590, customerArticleNumber: 'ACME-B-3' });
 */
export interface CompanyArticleInput {
  published?: boolean | null;
  fixedPrice?: number | null;
  discount?: number | null;
  customerArticleNumber?: string | null;
  customerName?: string | null;
}

/**
 * A whole category for one company, with a discount on its articles.
 * @example
 * await client.admin.companies.setArticleCategory(1, 2, { published: true, discount: 10 });
 */
export interface CompanyArticleCategoryInput {
  published: boolean;
  discount?: number | null;
}

/**
 * What an article sheet did (or, in a dry run, would do): counts and each row with its outcome.
 * @example
 * const r = await client.admin.articles.importSheet(file, { dryRun: true });
 * if (r.errors) console.table(r.rows.filter((x) => x.status === 'error'));
 */
export interface ArticleImportResult {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  /** Categories the sheet named that did not exist (created unless a dry run). */
  newCategories: string[];
  rows: { row: number; number: string; status: 'created' | 'updated' | 'unchanged' | 'error'; messages: string[] }[];
}

/**
 * A formal quote (issue [7]): lines priced by the server and frozen until `validUntil`; within it
 * {@link KerfClient.quotes}.order makes an order at these prices, after it the lines are priced again.
 * @example
 * const q = await client.quotes.create({ commission: 'PO-4711' });
 * window.open(client.quotes.pdfUrl(q.id));
 */
export interface FormalQuote {
  id: number;
  /** `A-2026-00017`. */
  number: string;
  /** `basket` (made by the customer) or `shop` (written in the back office). */
  source: 'basket' | 'shop';
  company: { id: number; name: string; customerNumber: string } | null;
  createdBy: string;
  createdAt: number;
  /** YYYY-MM-DD */
  date: string;
  /** YYYY-MM-DD, the last day the prices hold. */
  validUntil: string;
  /** Still within its validity (the server's date). */
  valid: boolean;
  currency: string;
  /** Net, cents. */
  total: number;
  commission: string | null;
  requestedDate: string | null;
  deliveryAddress: Address | null;
  billingAddress: Address | null;
  deliveryMethod: DeliveryMethod;
  note: string | null;
  language: 'en' | 'de' | 'fr';
  /** When the shop mailed it. */
  sentAt: number | null;
  /** The delivery option the parts are priced with (null = standard), and its latest date. */
  leadTime: string | null;
  delivery: { label: string; date: string } | null;
  /** The order it became. */
  order: { id: number; number: string; status: OrderStatus } | null;
  /** Path of its PDF. */
  pdf: string;
  lines: FormalQuoteLine[];
}

/** A quote's frozen line (as an order line, without approval). */
export type FormalQuoteLine = Omit<OrderLine, 'approval' | 'approvalReason' | 'rejectReason'>;

/** A row of the quote list. */
export interface FormalQuoteSummary {
  id: number;
  number: string;
  source: 'basket' | 'shop';
  createdBy: string;
  createdAt: number;
  validUntil: string;
  valid: boolean;
  currency: string;
  total: number;
  commission: string | null;
  orderId: number | null;
  orderNumber: string | null;
  sentAt: number | null;
  lineCount: number;
  /** Back office only. */
  companyId?: number;
  companyName?: string;
}

export interface FormalQuoteList {
  items: FormalQuoteSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The answer of {@link KerfClient.quotes}.order: the order, the quote it came from, and whether
 * its lines were priced again because the quote had run out.
 */
export interface QuoteOrder extends SubmittedOrder {
  quote: { id: number; number: string; validUntil: string; total: number };
  repriced: boolean;
}

/** A quote the shop writes for a company (back office). */
export interface ShopQuoteInput extends OrderDetails {
  companyId: number;
  lines: ({ partId: number; quantity: number; finishing?: FinishingChoice } | { articleId: number; quantity: number })[];
  /** A delivery option of the profile; null = standard. */
  leadTime?: string | null;
  language?: 'en' | 'de' | 'fr';
  /** Mail it at once (to `to`, else the company's admin). */
  send?: boolean;
  to?: string;
}

// --- planning and dashboards (issue [8]) ---------------------------------------------------------

/** A part of the library or a catalog article, as the plan and stock reports name it. */
export interface PlanItem {
  /** `part:12` or `article:5`. */
  key: string;
  kind: 'part' | 'article';
  partId: number | null;
  articleId: number | null;
  number: string | null;
  name: string;
  unit: string;
  material: string | null;
  thickness: number | null;
  /** kg per piece (parts). */
  weight: number | null;
}

/** `GET /api/plan`: items × months, each with its latest reported stock. */
export interface PlanGrid {
  /** `YYYY-MM`, from the current month. */
  months: string[];
  items: (PlanItem & { quantities: number[]; total: number; stock: number | null; stockReportedAt: number | null })[];
  /** The months a plan may be written for. */
  plannable: { first: string; last: string };
}

/** One planned quantity (0 removes it). */
export type PlanRow = ({ partId: number; articleId?: never } | { articleId: number; partId?: never }) & { month: string; quantity: number };

export interface PlanImportResult {
  dryRun: boolean;
  months: string[];
  ok: number;
  errors: number;
  written: number;
  warnings: string[];
  rows: { row: number; label: string; status: 'ok' | 'error'; messages: string[]; item: { key: string; name: string; number: string | null } | null; quantities: Record<string, number> }[];
}

export type StockLine = ({ partId: number; articleId?: never } | { articleId: number; partId?: never }) & { quantity: number };

export interface StockReport {
  id: number;
  reportedAt: number;
  reportedBy: string;
  note: string | null;
  lines: (PlanItem & { quantity: number })[];
}

export interface StockBalance extends PlanItem {
  quantity: number;
  reportedAt: number;
  reportId: number;
}

export interface MaterialDemandCell {
  month: string;
  pieces: number;
  kg: number;
  sheets: number;
  sheetKg: number;
  method: 'nest' | 'sheet-usage' | null;
}

/** `GET /api/admin/material-demand`: kg and sheets per material and thickness per month. */
export interface MaterialDemand {
  from: string;
  months: string[];
  companyId: number | null;
  method: string;
  materials: { material: string; name: string; thickness: number; format: number[]; months: MaterialDemandCell[]; total: { pieces: number; kg: number; sheets: number; sheetKg: number } }[];
  articles: { articleId: number; number: string; name: string; unit: string; quantities: number[]; total: number }[];
  unknown: { partId: number; name: string; material: string; thickness: number; pieces: number }[];
}

export type AgeBuckets = Record<'0-30' | '31-60' | '61-90' | '90+', number>;

/** `GET /api/admin/dashboard`. */
export interface AdminDashboard {
  from: string;
  to: string;
  currency: string;
  intake: { month: string; count: number; value: number }[];
  revenue: { companyId: number; company: string; customerNumber: string; invoiced: number; credited: number; net: number }[];
  materials: { material: string; pieces: number; kg: number }[];
  openItems: { companyId: number; company: string; customerNumber: string; open: number; overdue: number; buckets: AgeBuckets }[];
  openTotal: { open: number; buckets: AgeBuckets };
}

/** `GET /api/dashboard`: the company's spend per month. */
export interface CustomerDashboard {
  from: string;
  to: string;
  currency: string;
  spend: { month: string; orders: number; ordered: number; invoiced: number }[];
  total: { orders: number; ordered: number; invoiced: number };
  open: { open: number; buckets: AgeBuckets };
}

export interface DashboardQuery {
  /** First month, YYYY-MM (default 11 months before `to`). */
  from?: string;
  /** Last month, YYYY-MM (default the current one). */
  to?: string;
}

// --- nesting (issue [9]) -------------------------------------------------------------------------

/**
 * A line's shape as the nest placed it: closed rings in drawing mm (each flat `[x0,y0,x1,y1,…]`,
 * implicitly closed, even-odd fill), as the SDK's `NestOutline` gives it.
 */
export interface NestViewOutline {
  rings: number[][];
  bbox: { minX: number; minY: number; width: number; height: number };
  /** Net area, mm². */
  area?: number;
  /** false: the bbox rectangle stands in for the part (its drawing has open contours). */
  exact?: boolean;
}

/**
 * One part on a sheet. The line's outline is mirrored (x → −x) when `mirrored`, then turned
 * `rotation` degrees counter-clockwise about the drawing origin, then moved by (`x`, `y`), in sheet
 * mm with y up from the sheet's lower left corner.
 */
export interface NestViewPlacement {
  /** Index into {@link NestView.lines}. */
  line: number;
  x: number;
  y: number;
  rotation: number;
  mirrored: boolean;
}

export interface NestViewSheet {
  /** Width (along x) and height of the sheet, mm. */
  format: [number, number];
  /** Net area of its parts / sheet area, 0..1. */
  utilization: number;
  /** How far along x the sheet is used, mm, margin included (the rest is a remnant). */
  usedLength: number;
  placements: NestViewPlacement[];
}

/** The sheets of one material and thickness. */
export interface NestViewGroup {
  material: string;
  thickness: number;
  /** Which nest made these sheets: the true shapes, or the bounding boxes (issue [2]). */
  method: 'true-shape' | 'box';
  sheetCount: number;
  /** How many sheets the box nest needs for the same parts (for comparison). */
  boxSheetCount: number;
  /** Σ net area / Σ sheet area, 0..1. */
  utilization: number;
  sheets: NestViewSheet[];
}

/** A basket or order line the nest placed. */
export interface NestViewLine {
  /** The basket item's or the order line's id. */
  id: number;
  name: string;
  quantity: number;
  material: string;
  thickness: number;
  outline: NestViewOutline;
}

/**
 * `GET /api/basket/nest`, `GET /api/orders/:id/nest`, `GET /api/admin/orders/:id/nest`: the sheets
 * a basket or order needs, nested per material and thickness, with the lines' outlines to draw
 * them (what `<kerf-nest-view>` shows).
 * @example
 * const { groups } = await client.basket.nest();
 * for (const g of groups) console.log(`${g.material} ${g.thickness} mm: ${g.sheetCount} sheets (box nest: ${g.boxSheetCount})`);
 */
export interface NestView {
  groups: NestViewGroup[];
  lines: NestViewLine[];
}
