/**
 * The portal's tables (drizzle, snake_case columns). Everything a request needs lives here —
 * drawings, sessions, throttling counters, idempotency keys — so that several stateless server
 * processes can share one database (API.md, issue [3]).
 *
 * Money is integer cents; lengths mm; times are epoch milliseconds (integer) so every process and
 * the clock of the tests agree without time-zone games.
 */
import { sql } from 'drizzle-orm';
import type { FinishingChoice } from '../../sdk/index.js';
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Rights a group may grant (DOMAIN.md, company administration). */
export const RIGHTS = ['view_parts', 'edit_parts', 'order', 'approve', 'import', 'manage_users', 'manage_company'] as const;
export type Right = (typeof RIGHTS)[number];

export const APPROVAL_MODES = ['none', 'always', 'outside_assortment'] as const;
export type ApprovalMode = (typeof APPROVAL_MODES)[number];

/** Kinds of rows in an order's history. */
export const ORDER_EVENT_KINDS = [
  'status', 'line_approved', 'line_rejected', 'delivery', 'invoice', 'payment', 'note',
  // issue [8]
  'confirmed', 'line_changed', 'attachment', 'supplement', 'shipment', 'receipt', 'return', 'credit',
] as const;

export const ORDER_STATUSES = ['pending_approval', 'released', 'in_production', 'shipped', 'completed', 'rejected', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const LANGUAGES = ['en', 'de', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A postal address, kept as JSON on baskets and frozen on orders. */
export interface Address {
  name: string;
  street: string;
  zip: string;
  city: string;
  country: string;
}

/** Layer roles by layer name, as `AnalyzeOptions.layers` takes them. */
export type LayerOverrides = Record<string, 'cut' | 'engrave' | 'bend' | 'ignore'>;

/** A material the company may order: an id and optionally only some thicknesses. */
export interface AllowedMaterial {
  material: string;
  thicknesses?: number[];
}

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const companies = sqliteTable('companies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  customerNumber: text('customer_number').notNull(),
  street: text('street').notNull().default(''),
  zip: text('zip').notNull().default(''),
  city: text('city').notNull().default(''),
  country: text('country').notNull().default('DE'),
  phone: text('phone').notNull().default(''),
  vatId: text('vat_id').notNull().default(''),
  language: text('language', { enum: LANGUAGES }).notNull().default('en'),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  salesRepId: integer('sales_rep_id'),
  /** PricingOverrides merged over the operator's default profile (mergeProfile). */
  pricingOverrides: text('pricing_overrides', { mode: 'json' }).$type<Record<string, unknown>>(),
  /** The company's agreed materials; null = every material of the catalog. */
  allowedMaterials: text('allowed_materials', { mode: 'json' }).$type<AllowedMaterial[] | null>(),
  createdAt: integer('created_at').notNull().default(now),
}, (t) => [uniqueIndex('companies_customer_number').on(t.customerNumber)]);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Lower-cased. */
  email: text('email').notNull(),
  name: text('name').notNull(),
  /** scrypt$N$r$p$salt$hash; null until the invitation link is used. */
  passwordHash: text('password_hash'),
  /** Operator staff: `admin` runs the back office, `sales` is a sales rep; null for customers. */
  staffRole: text('staff_role', { enum: ['admin', 'sales'] }),
  language: text('language', { enum: LANGUAGES }).notNull().default('en'),
  phone: text('phone').notNull().default(''),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  /** Shown to company admins beside each employee. */
  lastLoginAt: integer('last_login_at'),
  createdAt: integer('created_at').notNull().default(now),
}, (t) => [uniqueIndex('users_email').on(t.email)]);

export const groups = sqliteTable('groups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  rights: text('rights', { mode: 'json' }).notNull().$type<Right[]>(),
}, (t) => [uniqueIndex('groups_company_name').on(t.companyId, t.name)]);

/** A user's place in one company: its group, approval mode and approver. */
export const memberships = sqliteTable('memberships', {
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  groupId: integer('group_id').notNull().references(() => groups.id),
  approvalMode: text('approval_mode', { enum: APPROVAL_MODES }).notNull().default('none'),
  /** Cents; an order above it always needs approval. */
  approvalLimit: integer('approval_limit'),
  approverId: integer('approver_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: integer('created_at').notNull().default(now),
}, (t) => [primaryKey({ columns: [t.userId, t.companyId] }), index('memberships_company').on(t.companyId)]);

export const addresses = sqliteTable('addresses', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['delivery', 'billing'] }).notNull(),
  name: text('name').notNull(),
  street: text('street').notNull(),
  zip: text('zip').notNull(),
  city: text('city').notNull(),
  country: text('country').notNull(),
  isDefault: integer('is_default', { mode: 'boolean' }).notNull().default(false),
}, (t) => [index('addresses_company').on(t.companyId)]);

/** Sessions by the SHA-256 of their cookie token (a stolen database does not sign anyone in). */
export const sessions = sqliteTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  companyId: integer('company_id').references(() => companies.id, { onDelete: 'set null' }),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
}, (t) => [index('sessions_user').on(t.userId)]);

/** One-time links (password reset, invitation), by the SHA-256 of their token. */
export const tokens = sqliteTable('tokens', {
  tokenHash: text('token_hash').primaryKey(),
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['reset', 'invite'] }).notNull(),
  expiresAt: integer('expires_at').notNull(),
  usedAt: integer('used_at'),
});

/** Fixed-window counters for throttling (login per account and address, embed keys). */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start').notNull(),
  count: integer('count').notNull(),
});

export const accessRequests = sqliteTable('access_requests', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  companyName: text('company_name').notNull(),
  customerNumber: text('customer_number'),
  email: text('email').notNull(),
  name: text('name').notNull(),
  language: text('language', { enum: LANGUAGES }).notNull().default('en'),
  status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull().default('pending'),
  companyId: integer('company_id').references(() => companies.id, { onDelete: 'set null' }),
  decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'set null' }),
  decidedAt: integer('decided_at'),
  createdAt: integer('created_at').notNull(),
});

/** Key/value settings of the operator: the materials catalog and the default pricing profile. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull().$type<unknown>(),
  updatedAt: integer('updated_at').notNull(),
});

export const parts = sqliteTable('parts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  articleNumber: text('article_number'),
  material: text('material').notNull(),
  thickness: real('thickness').notNull(),
  /** `dxf` (uploaded drawing) or `template` (parametric). */
  source: text('source', { enum: ['dxf', 'template'] }).notNull(),
  template: text('template'),
  params: text('params', { mode: 'json' }).$type<Record<string, unknown>>(),
  drawingName: text('drawing_name').notNull(),
  drawing: blob('drawing', { mode: 'buffer' }).notNull(),
  /** The analysis (AnalyzeResult) of the drawing. */
  metrics: text('metrics', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
  /**
   * Layer roles the customer chose over what the drawing's layer names say (`{ "ENGRAVE": "cut" }`);
   * null = none. Every analysis of this part's drawing applies them (issue [6]).
   */
  layers: text('layers', { mode: 'json' }).$type<LayerOverrides | null>(),
  /**
   * The part's shape for the true-shape nest (issue [9]: the SDK's NestOutline of the drawing with
   * its layer roles); null = not computed yet, made from the drawing when a nest first needs it.
   */
  outline: text('outline', { mode: 'json' }).$type<Record<string, unknown> | null>(),
  /** Price of one piece at the company's pricing when last computed, cents. */
  unitPrice: integer('unit_price').notNull(),
  weight: real('weight').notNull(),
  cutLength: real('cut_length').notNull(),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [index('parts_company').on(t.companyId, t.updatedAt), index('parts_company_article').on(t.companyId, t.articleNumber)]);

/** A basket per user and company, with what the order will carry. */
export const baskets = sqliteTable('baskets', {
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  deliveryAddress: text('delivery_address', { mode: 'json' }).$type<Address | null>(),
  billingAddress: text('billing_address', { mode: 'json' }).$type<Address | null>(),
  deliveryMethod: text('delivery_method', { enum: ['delivery', 'pickup', 'express'] }).notNull().default('delivery'),
  requestedDate: text('requested_date'),
  commission: text('commission'),
  note: text('note'),
  /** The delivery option (`standard`, `express`, `economy`, as the profile's leadTimes name them); null = standard. */
  leadTime: text('lead_time'),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [primaryKey({ columns: [t.userId, t.companyId] })]);

/** A basket line: a part of the library or a catalog article (exactly one of the two). */
export const basketItems = sqliteTable('basket_items', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  partId: integer('part_id').references(() => parts.id, { onDelete: 'cascade' }),
  articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
  quantity: integer('quantity').notNull(),
  /** Parts: the finishing chosen (the SDK's FinishingChoice); null = none. */
  finishing: text('finishing', { mode: 'json' }).$type<FinishingChoice | null>(),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('basket_items_owner').on(t.userId, t.companyId)]);

export const orders = sqliteTable('orders', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  companyId: integer('company_id').notNull().references(() => companies.id),
  /** `K-2026-00042`. */
  number: text('number').notNull(),
  status: text('status', { enum: ORDER_STATUSES }).notNull(),
  ordererId: integer('orderer_id').references(() => users.id, { onDelete: 'set null' }),
  approverId: integer('approver_id').references(() => users.id, { onDelete: 'set null' }),
  commission: text('commission'),
  requestedDate: text('requested_date'),
  deliveryAddress: text('delivery_address', { mode: 'json' }).$type<Address | null>(),
  billingAddress: text('billing_address', { mode: 'json' }).$type<Address | null>(),
  deliveryMethod: text('delivery_method').notNull().default('delivery'),
  note: text('note'),
  currency: text('currency').notNull(),
  /** Sum of the lines that are not rejected, cents. */
  total: integer('total').notNull(),
  /** The catalog and pricing profile that made the prices (frozen). */
  pricing: text('pricing', { mode: 'json' }).notNull().$type<{ profile: unknown; catalogVersion: number }>(),
  idempotencyKey: text('idempotency_key'),
  /** The delivery option its parts were priced with (frozen), and the delivery date it gave (YYYY-MM-DD). */
  leadTime: text('lead_time'),
  deliveryDate: text('delivery_date'),
  /** When the order went to the shop; the operator sees only orders with this set. */
  releasedAt: integer('released_at'),
  /** When and by whom the shop confirmed it (issue [8]); the confirmation PDF shows the confirmed state. */
  confirmedAt: integer('confirmed_at'),
  confirmedBy: integer('confirmed_by').references(() => users.id, { onDelete: 'set null' }),
  /** A replacement order: the return (RMA) it replaces goods for, priced at 0 (issue [8]). */
  returnId: integer('return_id'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [
  uniqueIndex('orders_number').on(t.number),
  uniqueIndex('orders_idempotency').on(t.companyId, t.ordererId, t.idempotencyKey),
  index('orders_company_status').on(t.companyId, t.status),
]);

export const orderLines = sqliteTable('order_lines', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  /** `part` (a laser part of the library) or `article` (a catalog article). */
  kind: text('kind', { enum: ['part', 'article'] }).notNull().default('part'),
  partId: integer('part_id').references(() => parts.id, { onDelete: 'set null' }),
  articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
  /** The shop's name and number (a part's are the customer's own library entries). */
  name: text('name').notNull(),
  articleNumber: text('article_number'),
  /** The customer's own number and name for the article, as kept when ordered. */
  customerArticleNumber: text('customer_article_number'),
  customerName: text('customer_name'),
  /** Articles: the unit the quantity counts (`pc`, `m`, `h`, …). */
  unit: text('unit'),
  /** Parts only. */
  material: text('material'),
  thickness: real('thickness'),
  quantity: integer('quantity').notNull(),
  unitPrice: integer('unit_price').notNull(),
  total: integer('total').notNull(),
  /** The frozen quote: breakdown, sheets, weight, cutting time and the metrics. */
  quote: text('quote', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
  /** `open` (no approval needed or not yet decided), `approved`, `rejected`. */
  approval: text('approval', { enum: ['not_needed', 'pending', 'approved', 'rejected'] }).notNull(),
  /** Why approval is needed: `always`, `limit`, `new_part`, `material`, `article` (an article outside the assortment). */
  approvalReason: text('approval_reason'),
  rejectReason: text('reject_reason'),
  /** The quantity as ordered, when the shop's confirmation changed it (issue [8]); null = unchanged. */
  originalQuantity: integer('original_quantity'),
  /** The line's confirmed delivery date (YYYY-MM-DD), when the shop set one; else the order's. */
  deliveryDate: text('delivery_date'),
  /** The supplement that added this line to a submitted order; null = ordered with it. */
  supplementId: integer('supplement_id'),
}, (t) => [index('order_lines_order').on(t.orderId)]);

/** Every change of an order: status changes, line decisions, records, with time and actor. */
export const orderEvents = sqliteTable('order_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
  at: integer('at').notNull(),
  actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
  actorName: text('actor_name').notNull(),
  kind: text('kind', { enum: ORDER_EVENT_KINDS }).notNull(),
  fromStatus: text('from_status'),
  toStatus: text('to_status'),
  note: text('note'),
  /** What changed, for the history's old and new values: `{ lineId, position, field, from, to, reason }` and the like (issue [8]). */
  data: text('data', { mode: 'json' }).$type<Record<string, unknown> | null>(),
}, (t) => [index('order_events_order').on(t.orderId)]);

/**
 * Delivery notes, invoices, payments and credit notes recorded by the operator. Money is on the
 * order (partial payments allowed); the statement (issue [8]) is computed from these rows.
 */
export const orderRecords = sqliteTable('order_records', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['delivery', 'invoice', 'payment', 'credit'] }).notNull(),
  date: text('date').notNull(),
  document: text('document'),
  /** Cents, positive: an invoice's or credit note's gross amount, a payment received. */
  amount: integer('amount'),
  /** Invoices: YYYY-MM-DD the payment is due (open items age from the invoice date). */
  dueDate: text('due_date'),
  /** Credit notes: the return (RMA) they settle. */
  returnId: integer('return_id'),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('order_records_order').on(t.orderId)]);

/** Counters for readable numbers (`orders-2026` → 42). */
export const counters = sqliteTable('counters', {
  name: text('name').primaryKey(),
  value: integer('value').notNull(),
});

/** Mails, written in the same transaction as the event that sends them. */
export const outbox = sqliteTable('outbox', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  to: text('to').notNull(),
  kind: text('kind').notNull(),
  language: text('language', { enum: LANGUAGES }).notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html').notNull(),
  orderId: integer('order_id').references(() => orders.id, { onDelete: 'set null' }),
  status: text('status', { enum: ['waiting', 'sending', 'sent', 'failed'] }).notNull().default('waiting'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: integer('next_attempt_at').notNull(),
  lastError: text('last_error'),
  createdAt: integer('created_at').notNull(),
  sentAt: integer('sent_at'),
}, (t) => [index('outbox_due').on(t.status, t.nextAttemptAt)]);

/** Keys of the shop's public website for anonymous instant quotes. */
export const embedKeys = sqliteTable('embed_keys', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  /** Origins allowed to call with this key (`https://shop.example`). */
  origins: text('origins', { mode: 'json' }).notNull().$type<string[]>(),
  /** Quotes per minute per visitor address. */
  ratePerMinute: integer('rate_per_minute').notNull().default(60),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at').notNull(),
});

/** Text in the portal's languages: English always, German and French where given (else English). */
export interface LocalizedText {
  en: string;
  de?: string;
  fr?: string;
}

/** A quantity break: from `quantity` pieces on, `unitPrice` cents each. */
export interface PriceBreak {
  quantity: number;
  unitPrice: number;
}

/** Categories of catalog articles (issue [7]); a company may be given a whole category at once. */
export const articleCategories = sqliteTable('article_categories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name', { mode: 'json' }).notNull().$type<LocalizedText>(),
  position: integer('position').notNull().default(0),
  createdAt: integer('created_at').notNull(),
});

/** What the shop sells besides drawings: standard blanks, hardware, services by the hour (issue [7]). */
export const articles = sqliteTable('articles', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** The shop's article number. */
  number: text('number').notNull(),
  name: text('name', { mode: 'json' }).notNull().$type<LocalizedText>(),
  description: text('description', { mode: 'json' }).notNull().$type<LocalizedText>(),
  categoryId: integer('category_id').references(() => articleCategories.id, { onDelete: 'set null' }),
  /** What a quantity counts: `pc`, `box`, `m`, `kg`, `h`, … */
  unit: text('unit').notNull().default('pc'),
  /** Cents per unit before quantity breaks and the company's price. */
  basePrice: integer('base_price').notNull(),
  /** Ascending by quantity. */
  priceBreaks: text('price_breaks', { mode: 'json' }).notNull().default([]).$type<PriceBreak[]>(),
  /** Stock on hand; shown to customers only with `showStock`. */
  stock: integer('stock'),
  showStock: integer('show_stock', { mode: 'boolean' }).notNull().default(false),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** In every company's portal (outside their assortments unless published to them too). */
  publishedToAll: integer('published_to_all', { mode: 'boolean' }).notNull().default(false),
  image: blob('image', { mode: 'buffer' }),
  imageType: text('image_type'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [uniqueIndex('articles_number').on(t.number), index('articles_category').on(t.categoryId)]);

/**
 * An article for one company: published or not (null = as its category says for the company), its
 * effective price (a fixed price or a discount in percent), and the customer's own number and name.
 */
export const companyArticles = sqliteTable('company_articles', {
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  published: integer('published', { mode: 'boolean' }),
  /** Cents per unit, whatever the quantity. */
  fixedPrice: integer('fixed_price'),
  /** Percent off the base price and its breaks. */
  discount: real('discount'),
  customerArticleNumber: text('customer_article_number'),
  customerName: text('customer_name'),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [primaryKey({ columns: [t.companyId, t.articleId] }), index('company_articles_article').on(t.articleId)]);

/** A whole category published to a company, with a discount for its articles. */
export const companyArticleCategories = sqliteTable('company_article_categories', {
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  categoryId: integer('category_id').notNull().references(() => articleCategories.id, { onDelete: 'cascade' }),
  published: integer('published', { mode: 'boolean' }).notNull(),
  discount: real('discount'),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [primaryKey({ columns: [t.companyId, t.categoryId] })]);

/** A user's favourite articles, per company. */
export const articleFavorites = sqliteTable('article_favorites', {
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  createdAt: integer('created_at').notNull(),
}, (t) => [primaryKey({ columns: [t.userId, t.companyId, t.articleId] })]);

export type Article = typeof articles.$inferSelect;
export type ArticleCategory = typeof articleCategories.$inferSelect;
export type Company = typeof companies.$inferSelect;
export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Group = typeof groups.$inferSelect;
export type Part = typeof parts.$inferSelect;
export type Order = typeof orders.$inferSelect;
export type OrderLine = typeof orderLines.$inferSelect;
export type OutboxMail = typeof outbox.$inferSelect;

/** A bulk import of parts from a sheet and its drawings (issue [5]); its state survives restarts. */
export const imports = sqliteTable('imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
  /** `processing` (rows being calculated), `ready`, `committed`, `failed` (the sheet itself is unreadable). */
  status: text('status', { enum: ['processing', 'ready', 'committed', 'failed'] }).notNull(),
  sheetName: text('sheet_name').notNull(),
  language: text('language', { enum: LANGUAGES }).notNull().default('en'),
  total: integer('total').notNull().default(0),
  done: integer('done').notNull().default(0),
  error: text('error'),
  /** Layer roles for every drawing of this import (the `layers` field of the upload); rows may add their own. */
  layers: text('layers', { mode: 'json' }).$type<LayerOverrides | null>(),
  /** Zip members left out, with the reason: `[{ name, reason }]`. */
  skipped: text('skipped', { mode: 'json' }).notNull().default([]).$type<{ name: string; reason: string }[]>(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
  committedAt: integer('committed_at'),
}, (t) => [index('imports_company').on(t.companyId, t.createdAt)]);

/** One row of an import sheet, calculated with the SDK. */
export const importRows = sqliteTable('import_rows', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  importId: integer('import_id').notNull().references(() => imports.id, { onDelete: 'cascade' }),
  /** The row number in the sheet (the header is row 1). */
  row: integer('row').notNull(),
  articleNumber: text('article_number'),
  name: text('name').notNull(),
  material: text('material').notNull(),
  thickness: real('thickness'),
  quantity: integer('quantity'),
  drawingName: text('drawing_name'),
  /** The row's own layer roles (its `layers` column), over the import's. */
  layers: text('layers', { mode: 'json' }).$type<LayerOverrides | null>(),
  /** `pending` (not calculated yet), `ok`, `error`, `committed` (became a part). */
  status: text('status', { enum: ['pending', 'ok', 'error', 'committed'] }).notNull(),
  /** Why the row is not taken, or warnings: `[{ code, message }]`. */
  messages: text('messages', { mode: 'json' }).notNull().$type<{ code: string; message: string }[]>(),
  metrics: text('metrics', { mode: 'json' }).$type<Record<string, unknown>>(),
  unitPrice: integer('unit_price'),
  weight: real('weight'),
  partId: integer('part_id').references(() => parts.id, { onDelete: 'set null' }),
}, (t) => [index('import_rows_import').on(t.importId, t.row)]);

/** The drawings uploaded with an import (separately or from its zip), by lower-cased file name. */
export const importFiles = sqliteTable('import_files', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  importId: integer('import_id').notNull().references(() => imports.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
}, (t) => [uniqueIndex('import_files_name').on(t.importId, t.name)]);

/** The operator's webhook subscriptions (issue [5]). */
export const webhooks = sqliteTable('webhooks', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  url: text('url').notNull(),
  description: text('description').notNull().default(''),
  /** Event names of WEBHOOK_EVENTS (services/webhooks.ts). */
  events: text('events', { mode: 'json' }).notNull().$type<string[]>(),
  /** The HMAC-SHA256 key (shown to the operator once, when created). */
  secret: text('secret').notNull(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at').notNull(),
});

/** One event to one webhook: written in the event's transaction (outbox), delivered with retries. */
export const webhookDeliveries = sqliteTable('webhook_deliveries', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  webhookId: integer('webhook_id').notNull().references(() => webhooks.id, { onDelete: 'cascade' }),
  /** The event's id, the same in every retry (receivers de-duplicate on it). */
  eventId: text('event_id').notNull(),
  event: text('event').notNull(),
  /** The JSON body, exactly as signed and sent. */
  payload: text('payload').notNull(),
  status: text('status', { enum: ['waiting', 'sending', 'delivered', 'failed'] }).notNull().default('waiting'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: integer('next_attempt_at').notNull(),
  lastStatus: integer('last_status'),
  lastError: text('last_error'),
  createdAt: integer('created_at').notNull(),
  deliveredAt: integer('delivered_at'),
}, (t) => [index('webhook_deliveries_due').on(t.status, t.nextAttemptAt), index('webhook_deliveries_hook').on(t.webhookId, t.createdAt)]);

/**
 * Formal quotes (issue [7]): `A-2026-00017`, made from a customer's basket or written by the shop
 * for a company; prices frozen until `validUntil`, then re-priced when turned into an order.
 */
export const quotes = sqliteTable('quotes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  /** `A-2026-00017`. */
  number: text('number').notNull(),
  /** `basket` (the customer made it) or `shop` (written in the back office). */
  source: text('source', { enum: ['basket', 'shop'] }).notNull(),
  /** Who made it: the customer's user, or the operator's staff member. */
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdByName: text('created_by_name').notNull(),
  /** The language the PDF is written in. */
  language: text('language', { enum: LANGUAGES }).notNull().default('en'),
  /** YYYY-MM-DD, the last day the frozen prices hold. */
  validUntil: text('valid_until').notNull(),
  currency: text('currency').notNull(),
  /** Net total of the lines, cents. */
  total: integer('total').notNull(),
  commission: text('commission'),
  requestedDate: text('requested_date'),
  deliveryAddress: text('delivery_address', { mode: 'json' }).$type<Address | null>(),
  billingAddress: text('billing_address', { mode: 'json' }).$type<Address | null>(),
  deliveryMethod: text('delivery_method', { enum: ['delivery', 'pickup', 'express'] }).notNull().default('delivery'),
  note: text('note'),
  /** The delivery option the parts were priced with (null = standard). */
  leadTime: text('lead_time'),
  /** The catalog and pricing profile that made the prices (frozen). */
  pricing: text('pricing', { mode: 'json' }).notNull().$type<{ profile: unknown; catalogVersion: number }>(),
  /** The order it became (once). */
  orderId: integer('order_id').references(() => orders.id, { onDelete: 'set null' }),
  /** When the shop mailed it to the customer. */
  sentAt: integer('sent_at'),
  createdAt: integer('created_at').notNull(),
}, (t) => [uniqueIndex('quotes_number').on(t.number), index('quotes_company').on(t.companyId, t.createdAt)]);

/** A quote's line: a part or a catalog article, priced and frozen like an order line. */
export const quoteLines = sqliteTable('quote_lines', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  quoteId: integer('quote_id').notNull().references(() => quotes.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  kind: text('kind', { enum: ['part', 'article'] }).notNull(),
  partId: integer('part_id').references(() => parts.id, { onDelete: 'set null' }),
  articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
  name: text('name').notNull(),
  articleNumber: text('article_number'),
  customerArticleNumber: text('customer_article_number'),
  customerName: text('customer_name'),
  unit: text('unit'),
  material: text('material'),
  thickness: real('thickness'),
  quantity: integer('quantity').notNull(),
  unitPrice: integer('unit_price').notNull(),
  total: integer('total').notNull(),
  /** The frozen quote: breakdown, sheets, weight, cutting time and the metrics (as order lines keep it). */
  quote: text('quote', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
}, (t) => [index('quote_lines_quote').on(t.quoteId)]);

export type QuoteRecord = typeof quotes.$inferSelect;
export type QuoteLine = typeof quoteLines.$inferSelect;

// ---------------------------------------------------------------------------------------------
// After the order (issue [8]): attachments, messages, supplements, shipments, receipts, returns,
// demand plans and stock reports.

/** Who did something on an order: the customer's people or the shop's staff. */
export const SIDES = ['customer', 'shop'] as const;
export type Side = (typeof SIDES)[number];

/** A file on an order (PDF, image, DXF; 20 MB each), or a photo of a receipt or a return. */
export const orderAttachments = sqliteTable('order_attachments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
  side: text('side', { enum: SIDES }).notNull(),
  name: text('name').notNull(),
  /** Recognised from the bytes, not taken from the upload's header. */
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  /** A photo of a receipt line or of a return. */
  receiptId: integer('receipt_id'),
  returnId: integer('return_id'),
  uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
  uploadedByName: text('uploaded_by_name').notNull(),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('order_attachments_order').on(t.orderId, t.createdAt)]);

/** The thread of an order between the customer and the shop. */
export const orderMessages = sqliteTable('order_messages', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
  side: text('side', { enum: SIDES }).notNull(),
  authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
  authorName: text('author_name').notNull(),
  body: text('body').notNull(),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('order_messages_order').on(t.orderId, t.id)]);

/** How far each user has read an order's thread (unread = the other side's messages after it). */
export const orderReads = sqliteTable('order_reads', {
  orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  lastMessageId: integer('last_message_id').notNull(),
}, (t) => [primaryKey({ columns: [t.orderId, t.userId] })]);

/**
 * Parts or articles a customer adds to a submitted order before production starts. Its lines are
 * order lines with `supplementId`; they pass the same approval rules and the shop confirms them.
 */
export const orderSupplements = sqliteTable('order_supplements', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
  /** 1, 2, … within the order. */
  number: integer('number').notNull(),
  status: text('status', { enum: ['pending_approval', 'submitted', 'confirmed', 'rejected', 'cancelled'] }).notNull(),
  total: integer('total').notNull(),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdByName: text('created_by_name').notNull(),
  idempotencyKey: text('idempotency_key'),
  createdAt: integer('created_at').notNull(),
  decidedAt: integer('decided_at'),
  confirmedAt: integer('confirmed_at'),
}, (t) => [uniqueIndex('order_supplements_number').on(t.orderId, t.number)]);

/** A delivery (partial deliveries allowed), with its delivery note number. */
export const shipments = sqliteTable('shipments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
  /** The delivery note's number (`LS-2026-0042`). */
  document: text('document').notNull(),
  /** YYYY-MM-DD it left the shop. */
  date: text('date').notNull(),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('shipments_order').on(t.orderId)]);

export const shipmentLines = sqliteTable('shipment_lines', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  shipmentId: integer('shipment_id').notNull().references(() => shipments.id, { onDelete: 'cascade' }),
  orderLineId: integer('order_line_id').notNull().references(() => orderLines.id, { onDelete: 'cascade' }),
  quantity: integer('quantity').notNull(),
}, (t) => [index('shipment_lines_shipment').on(t.shipmentId), index('shipment_lines_line').on(t.orderLineId)]);

/** The customer's receipt of a shipped line: received, short, damaged or wrong (photos are attachments). */
export const receipts = sqliteTable('receipts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
  shipmentId: integer('shipment_id').references(() => shipments.id, { onDelete: 'set null' }),
  orderLineId: integer('order_line_id').notNull().references(() => orderLines.id, { onDelete: 'cascade' }),
  condition: text('condition', { enum: ['received', 'short', 'damaged', 'wrong'] }).notNull(),
  /** Pieces that arrived in order. */
  quantity: integer('quantity').notNull(),
  /** Pieces missing, damaged or wrong. */
  affected: integer('affected').notNull().default(0),
  note: text('note'),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdByName: text('created_by_name').notNull(),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('receipts_order').on(t.orderId)]);

export const RETURN_STATUSES = ['requested', 'accepted', 'rejected', 'received', 'credited', 'replaced', 'closed'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/** A return (RMA `R-2026-00003`) opened from a complaint; credited or replaced, then closed. */
export const returns = sqliteTable('returns', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
  number: text('number').notNull(),
  status: text('status', { enum: RETURN_STATUSES }).notNull(),
  reason: text('reason').notNull(),
  /** The shop's instructions when accepting (how and where to send the goods). */
  instructions: text('instructions'),
  /** `credit` or `replacement`, once decided. */
  resolution: text('resolution', { enum: ['credit', 'replacement'] }),
  creditAmount: integer('credit_amount'),
  replacementOrderId: integer('replacement_order_id').references(() => orders.id, { onDelete: 'set null' }),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdByName: text('created_by_name').notNull(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [uniqueIndex('returns_number').on(t.number), index('returns_company').on(t.companyId, t.createdAt), index('returns_order').on(t.orderId)]);

export const returnLines = sqliteTable('return_lines', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  returnId: integer('return_id').notNull().references(() => returns.id, { onDelete: 'cascade' }),
  orderLineId: integer('order_line_id').notNull().references(() => orderLines.id, { onDelete: 'cascade' }),
  receiptId: integer('receipt_id').references(() => receipts.id, { onDelete: 'set null' }),
  quantity: integer('quantity').notNull(),
  reason: text('reason', { enum: ['short', 'damaged', 'wrong', 'other'] }).notNull(),
  note: text('note'),
}, (t) => [index('return_lines_return').on(t.returnId)]);

/** Every step of a return, with time and actor. */
export const returnEvents = sqliteTable('return_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  returnId: integer('return_id').notNull().references(() => returns.id, { onDelete: 'cascade' }),
  at: integer('at').notNull(),
  side: text('side', { enum: SIDES }).notNull(),
  actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
  actorName: text('actor_name').notNull(),
  fromStatus: text('from_status'),
  toStatus: text('to_status'),
  note: text('note'),
}, (t) => [index('return_events_return').on(t.returnId)]);

/** Planned quantities per part or article per month (`YYYY-MM`), entered or imported by the customer. */
export const demandPlan = sqliteTable('demand_plan', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  partId: integer('part_id').references(() => parts.id, { onDelete: 'cascade' }),
  articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
  /** `part:12` or `article:5`: one row per item and month. */
  itemKey: text('item_key').notNull(),
  month: text('month').notNull(),
  quantity: integer('quantity').notNull(),
  updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [uniqueIndex('demand_plan_item_month').on(t.companyId, t.itemKey, t.month)]);

/** A customer's report of what it holds in stock, now and then (the lines are the balances). */
export const stockReports = sqliteTable('stock_reports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
  reportedBy: integer('reported_by').references(() => users.id, { onDelete: 'set null' }),
  reportedByName: text('reported_by_name').notNull(),
  note: text('note'),
  reportedAt: integer('reported_at').notNull(),
}, (t) => [index('stock_reports_company').on(t.companyId, t.reportedAt)]);

export const stockReportLines = sqliteTable('stock_report_lines', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  reportId: integer('report_id').notNull().references(() => stockReports.id, { onDelete: 'cascade' }),
  partId: integer('part_id').references(() => parts.id, { onDelete: 'cascade' }),
  articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
  quantity: integer('quantity').notNull(),
}, (t) => [index('stock_report_lines_report').on(t.reportId)]);

export type OrderAttachment = typeof orderAttachments.$inferSelect;
export type OrderMessage = typeof orderMessages.$inferSelect;
export type OrderSupplement = typeof orderSupplements.$inferSelect;
export type Shipment = typeof shipments.$inferSelect;
export type Receipt = typeof receipts.$inferSelect;
export type ReturnRecord = typeof returns.$inferSelect;
export type ReturnLine = typeof returnLines.$inferSelect;
export type DemandPlanRow = typeof demandPlan.$inferSelect;
export type StockReport = typeof stockReports.$inferSelect;
