/**
 * Catalog articles in the back office (issue [7]): categories, articles with their texts, prices,
 * quantity breaks, stock and image, and per company what is published to it at which price.
 * Reading is for every staff member; changing is for operator admins.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { App } from '../app.js';
import type { Tx } from '../db/client.js';
import {
  articleCategories, articles, companies, companyArticleCategories, companyArticles, type Article, type ArticleCategory,
} from '../db/schema.js';
import { ApiError, conflict, notFound } from '../http/errors.js';
import { body, errors, ErrorSchema, IdParam, json, requireStaff, staff } from '../http/openapi.js';
import { FileField } from '../http/schemas.js';
import { ARTICLE_COLUMNS, articleSheetRows, importArticles } from '../services/article-import.js';
import { allLanguages, effectiveUnitPrice } from '../services/articles.js';
import { sheetXlsx, type SheetColumn } from '../services/exports.js';
import { imageType } from '../services/files.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const Text = (max: number) => z.string().trim().max(max);
const Localized = (max: number, required = true) => z.object({
  en: required ? Text(max).min(1) : Text(max),
  de: Text(max).optional(),
  fr: Text(max).optional(),
}).strict();
const Name = Localized(200).openapi({ example: { en: 'Hex nut M8', de: 'Sechskantmutter M8', fr: 'Écrou hexagonal M8' } });
const Description = Localized(4000, false);
const Cents = z.number().int().min(0).max(100_000_000).openapi({ description: 'cents' });
const PriceBreaks = z.array(z.object({ quantity: z.number().int().min(2).max(1_000_000), unitPrice: Cents }).strict()).max(20)
  .refine((b) => new Set(b.map((x) => x.quantity)).size === b.length, 'each quantity once')
  .transform((b) => [...b].sort((x, y) => x.quantity - y.quantity))
  .openapi({ description: 'from `quantity` units on, `unitPrice` each', example: [{ quantity: 100, unitPrice: 9 }] });
/** The company's own number or name for an article: trimmed, '' clears it (null), absent leaves it. */
const OwnText = (max: number) => z.string().trim().max(max).nullable().optional().transform((v) => (v ? v : v === undefined ? undefined : null));
const Percent = z.number().min(0).max(100).openapi({ description: 'percent off the list price and its breaks' });

const ArticleInput = z.object({
  number: z.string().trim().min(1).max(80), name: Name, description: Description.default({ en: '' }),
  categoryId: z.number().int().positive().nullable().default(null),
  unit: z.string().trim().min(1).max(20).default('pc').openapi({ example: 'pc', description: 'what a quantity counts: pc, box, m, kg, h, …' }),
  basePrice: Cents, priceBreaks: PriceBreaks.default([]),
  stock: z.number().int().min(0).nullable().default(null), showStock: z.boolean().default(false),
  active: z.boolean().default(true),
  publishedToAll: z.boolean().default(false).openapi({ description: 'shown to every company (outside their assortments unless published to them)' }),
}).strict();
const ArticlePatch = z.object({
  number: z.string().trim().min(1).max(80).optional(), name: Name.optional(), description: Description.optional(),
  categoryId: z.number().int().positive().nullable().optional(), unit: z.string().trim().min(1).max(20).optional(),
  basePrice: Cents.optional(), priceBreaks: PriceBreaks.optional(), stock: z.number().int().min(0).nullable().optional(),
  showStock: z.boolean().optional(), active: z.boolean().optional(), publishedToAll: z.boolean().optional(),
}).strict();

const AdminArticle = z.object({
  id: z.number(), number: z.string(), name: Localized(200), description: Localized(4000, false), categoryId: z.number().nullable(),
  unit: z.string(), basePrice: z.number(), priceBreaks: z.array(z.object({ quantity: z.number(), unitPrice: z.number() })),
  stock: z.number().nullable(), showStock: z.boolean(), active: z.boolean(), publishedToAll: z.boolean(),
  image: z.string().nullable(), createdAt: z.number(), updatedAt: z.number(),
}).openapi('AdminArticle');
const CategorySchema = z.object({ id: z.number(), name: Localized(200), position: z.number(), articles: z.number() }).openapi('ArticleCategory');
const CategoryInput = z.object({ name: Name, position: z.number().int().min(0).max(100_000).default(0) }).strict();

const CompanyArticle = z.object({
  articleId: z.number(), number: z.string(), name: z.string(), categoryId: z.number().nullable(), active: z.boolean(), publishedToAll: z.boolean(),
  published: z.boolean().nullable().openapi({ description: 'the article\'s own flag for the company; null = as its category says' }),
  categoryPublished: z.boolean().nullable(), inAssortment: z.boolean(), visible: z.boolean(),
  fixedPrice: z.number().nullable(), discount: z.number().nullable().openapi({ description: 'the article\'s own discount for the company' }),
  categoryDiscount: z.number().nullable(), basePrice: z.number(), unitPrice: z.number().openapi({ description: 'the company\'s price for one unit' }),
  customerArticleNumber: z.string().nullable(), customerName: z.string().nullable(),
}).openapi('CompanyArticle');
const CompanyArticles = z.object({
  items: z.array(CompanyArticle),
  categories: z.array(z.object({ categoryId: z.number(), name: z.string(), published: z.boolean().nullable(), discount: z.number().nullable() })),
}).openapi('CompanyArticles');
const CompanyArticleInput = z.object({
  published: z.boolean().nullable().optional().openapi({ description: 'true/false for this article; null = as its category says' }),
  fixedPrice: Cents.nullable().optional().openapi({ description: 'cents per unit whatever the quantity; null = none' }),
  discount: Percent.nullable().optional(),
  customerArticleNumber: OwnText(80).openapi({ description: 'the company\'s own number for the article; null or empty clears it' }),
  customerName: OwnText(200).openapi({ description: 'the company\'s own name for the article; null or empty clears it' }),
}).strict().refine((v) => !(v.fixedPrice != null && v.discount != null), 'a fixed price or a discount, not both');
const CompanyCategoryInput = z.object({ published: z.boolean(), discount: Percent.nullable().default(null) }).strict();

const ArticleImportResult = z.object({
  dryRun: z.boolean(), created: z.number(), updated: z.number(), unchanged: z.number(), errors: z.number(), newCategories: z.array(z.string()),
  rows: z.array(z.object({ row: z.number(), number: z.string(), status: z.enum(['created', 'updated', 'unchanged', 'error']), messages: z.array(z.string()) })),
}).openapi('ArticleImport');

const CompanyParam = IdParam;
const CompanyArticleParam = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
  articleId: z.coerce.number().int().positive().openapi({ param: { name: 'articleId', in: 'path' }, example: 1 }),
});
const CompanyCategoryParam = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
  categoryId: z.coerce.number().int().positive().openapi({ param: { name: 'categoryId', in: 'path' }, example: 1 }),
});

/** Article images: at most 2 MB. */
export const IMAGE_LIMIT = 2 * 1024 * 1024;


type ArticleRow = Omit<Article, 'image'> & { hasImage: number | boolean };
const adminColumns = {
  id: articles.id, number: articles.number, name: articles.name, description: articles.description, categoryId: articles.categoryId,
  unit: articles.unit, basePrice: articles.basePrice, priceBreaks: articles.priceBreaks, stock: articles.stock, showStock: articles.showStock,
  active: articles.active, publishedToAll: articles.publishedToAll, imageType: articles.imageType, createdAt: articles.createdAt,
  updatedAt: articles.updatedAt, hasImage: sql<number>`${articles.image} is not null`,
};

function adminView(a: ArticleRow) {
  return {
    id: a.id, number: a.number, name: a.name, description: a.description, categoryId: a.categoryId, unit: a.unit, basePrice: a.basePrice,
    priceBreaks: a.priceBreaks ?? [], stock: a.stock, showStock: a.showStock, active: a.active, publishedToAll: a.publishedToAll,
    image: a.hasImage ? `/api/admin/articles/${a.id}/image` : null, createdAt: a.createdAt, updatedAt: a.updatedAt,
  };
}

async function adminArticle(tx: Tx, id: number) {
  const a = await tx.select(adminColumns).from(articles).where(eq(articles.id, id)).get();
  if (!a) throw notFound('The article');
  return adminView(a);
}

async function checkCategory(tx: Tx, categoryId: number | null | undefined) {
  if (categoryId == null) return;
  const c = await tx.select({ id: articleCategories.id }).from(articleCategories).where(eq(articleCategories.id, categoryId)).get();
  if (!c) throw new ApiError(400, 'VALIDATION_ERROR', 'categoryId: no such category.');
}

async function numberFree(tx: Tx, number: string, except?: number) {
  const other = await tx.select({ id: articles.id }).from(articles).where(eq(articles.number, number)).get();
  if (other && other.id !== except) throw conflict('ARTICLE_NUMBER_TAKEN', `Article number ${number} is already used.`);
}

async function ownCompany(tx: Tx, id: number) {
  const c = await tx.select({ id: companies.id }).from(companies).where(eq(companies.id, id)).get();
  if (!c) throw notFound('The company');
}

/** Every article as one company gets it: its own rows and its category's, and the price for one unit. */
async function companyArticlesView(tx: Tx, companyId: number) {
  const cc = companyArticleCategories;
  const rows = await tx.select({
    a: { id: articles.id, number: articles.number, name: articles.name, categoryId: articles.categoryId, active: articles.active, publishedToAll: articles.publishedToAll, basePrice: articles.basePrice, priceBreaks: articles.priceBreaks },
    published: companyArticles.published, fixedPrice: companyArticles.fixedPrice, discount: companyArticles.discount,
    customerArticleNumber: companyArticles.customerArticleNumber, customerName: companyArticles.customerName,
    categoryPublished: cc.published, categoryDiscount: cc.discount,
  }).from(articles)
    .leftJoin(companyArticles, and(eq(companyArticles.articleId, articles.id), eq(companyArticles.companyId, companyId)))
    .leftJoin(cc, and(eq(cc.categoryId, articles.categoryId), eq(cc.companyId, companyId)))
    .orderBy(asc(articles.number));
  const cats = await tx.select({ c: articleCategories, published: cc.published, discount: cc.discount }).from(articleCategories)
    .leftJoin(cc, and(eq(cc.categoryId, articleCategories.id), eq(cc.companyId, companyId))).orderBy(asc(articleCategories.position), asc(articleCategories.id));
  return {
    items: rows.map((r) => {
      const inAssortment = (r.published ?? r.categoryPublished ?? false) === true;
      const discount = r.discount ?? r.categoryDiscount ?? null;
      return {
        articleId: r.a.id, number: r.a.number, name: r.a.name.en, categoryId: r.a.categoryId, active: r.a.active, publishedToAll: r.a.publishedToAll,
        published: r.published ?? null, categoryPublished: r.categoryPublished ?? null, inAssortment, visible: r.a.active && (inAssortment || r.a.publishedToAll),
        fixedPrice: r.fixedPrice ?? null, discount: r.discount ?? null, categoryDiscount: r.categoryDiscount ?? null,
        basePrice: r.a.basePrice, unitPrice: effectiveUnitPrice(r.a, { fixedPrice: r.fixedPrice ?? null, discount }, 1),
        customerArticleNumber: r.customerArticleNumber ?? null, customerName: r.customerName ?? null,
      };
    }),
    categories: cats.map((k) => ({ categoryId: k.c.id, name: k.c.name.en, published: k.published ?? null, discount: k.discount ?? null })),
  };
}

function categoryView(c: ArticleCategory, count: number) {
  return { id: c.id, name: c.name, position: c.position, articles: count };
}

export function registerAdminArticles(app: App) {
  const ok = { 401: errors[401], 403: errors[403] } as const;
  const tags = ['Back office: catalog articles'];

  // --- categories -------------------------------------------------------------------------------

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/article-categories', tags, summary: 'Article categories, with how many articles each holds',
    responses: { 200: json(z.object({ items: z.array(CategorySchema) })), ...ok },
  }), async (c) => {
    staff(c);
    const rows = await c.var.deps.db.select({ c: articleCategories, n: sql<number>`(select count(*) from articles a where a.category_id = ${articleCategories.id})` })
      .from(articleCategories).orderBy(asc(articleCategories.position), asc(articleCategories.id));
    return c.json({ items: rows.map((r) => categoryView(r.c, Number(r.n))) }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'post', path: '/api/admin/article-categories', tags, summary: 'A new category',
    request: body(CategoryInput),
    responses: { 201: json(CategorySchema), 400: errors[400], ...ok },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock } = c.var.deps;
    const v = c.req.valid('json');
    const row = await db.transaction((tx) => tx.insert(articleCategories).values({ ...v, createdAt: clock() }).returning().get());
    return c.json(categoryView(row, 0), 201);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'patch', path: '/api/admin/article-categories/{id}', tags, summary: 'Rename or move a category',
    request: { params: IdParam, ...body(z.object({ name: Name.optional(), position: z.number().int().min(0).max(100_000).optional() }).strict()) },
    responses: { 200: json(CategorySchema), 400: errors[400], ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c, 'admin');
    const { db } = c.var.deps;
    const id = c.req.valid('param').id;
    const v = c.req.valid('json');
    const row = await db.transaction(async (tx) => {
      const r = Object.keys(v).length
        ? await tx.update(articleCategories).set(v).where(eq(articleCategories.id, id)).returning().get()
        : await tx.select().from(articleCategories).where(eq(articleCategories.id, id)).get();
      if (!r) throw notFound('The category');
      const n = await tx.select({ n: sql<number>`count(*)` }).from(articles).where(eq(articles.categoryId, id)).get();
      return categoryView(r, Number(n?.n ?? 0));
    });
    return c.json(row, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'delete', path: '/api/admin/article-categories/{id}', tags,
    summary: 'Delete a category: its articles stay, without a category (and without what the category published)',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' }, ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c, 'admin');
    const id = c.req.valid('param').id;
    await c.var.deps.db.transaction(async (tx) => {
      const gone = await tx.delete(articleCategories).where(eq(articleCategories.id, id)).returning({ id: articleCategories.id }).get();
      if (!gone) throw notFound('The category');
    });
    return c.body(null, 204);
  });

  // --- articles ---------------------------------------------------------------------------------

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/articles', tags, summary: 'Every article (active or not), by number',
    request: {
      query: z.object({
        q: z.string().max(100).optional(), categoryId: z.coerce.number().int().positive().optional(),
        active: z.enum(['true', 'false']).optional(),
      }),
    },
    responses: { 200: json(z.object({ items: z.array(AdminArticle) })), ...ok },
  }), async (c) => {
    staff(c);
    const { q, categoryId, active } = c.req.valid('query');
    const conds: (SQL | undefined)[] = [];
    if (q?.trim()) {
      const p = `%${q.trim().replace(/[\\%_]/g, (m) => '\\' + m)}%`;
      conds.push(sql`(${articles.number} LIKE ${p} ESCAPE '\\' or ${allLanguages(articles.name)} LIKE ${p} ESCAPE '\\')`);
    }
    if (categoryId) conds.push(eq(articles.categoryId, categoryId));
    if (active) conds.push(eq(articles.active, active === 'true'));
    const rows = await c.var.deps.db.select(adminColumns).from(articles).where(and(...conds)).orderBy(asc(articles.number));
    return c.json({ items: rows.map(adminView) }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'post', path: '/api/admin/articles', tags, summary: 'A new article',
    request: body(ArticleInput),
    responses: { 201: json(AdminArticle), 400: errors[400], ...ok, 409: json(ErrorSchema, 'ARTICLE_NUMBER_TAKEN') },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock } = c.var.deps;
    const v = c.req.valid('json');
    const view = await db.transaction(async (tx) => {
      await checkCategory(tx, v.categoryId);
      await numberFree(tx, v.number);
      const now = clock();
      const row = await tx.insert(articles).values({ ...v, createdAt: now, updatedAt: now }).returning({ id: articles.id }).get();
      return adminArticle(tx, row.id);
    });
    return c.json(view, 201);
  });

  // before /api/admin/articles/{id}, which would otherwise take "export.xlsx" for an id
  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/articles/export.xlsx', tags,
    summary: 'Every article as a sheet in the import\'s columns (prices in euros), to edit and upload again',
    responses: { 200: { description: 'The sheet', content: { [XLSX]: { schema: z.string() } } }, ...ok },
  }), async (c) => {
    staff(c);
    const rows = await articleSheetRows(c.var.deps.db);
    const columns: SheetColumn<(typeof rows)[number]>[] = ARTICLE_COLUMNS.map((k) => ({
      header: k, key: k, width: k.startsWith('name') || k.startsWith('description') ? 32 : 14, value: (r) => r[k],
      ...(k === 'price' ? { format: '0.00' } : {}),
    }));
    const bytes = await sheetXlsx('Articles', columns, rows);
    return c.body(bytes, 200, { 'Content-Type': XLSX, 'Content-Disposition': 'attachment; filename="kerf-articles.xlsx"' });
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'post', path: '/api/admin/articles/import', tags,
    summary: 'Create and update articles from a sheet (.xlsx or .csv), matched by article number; `dryRun` only tells what would happen',
    description: 'Columns (English, German or French headers, any order): number/Artikelnummer/Référence, name_en, name_de/Bezeichnung, '
      + 'name_fr/Désignation, description_en, description_de/Beschreibung, description_fr, category/Kategorie/Catégorie (created when new), '
      + 'unit/Einheit/Unité, price/Preis/Prix (euros), breaks/Staffel/Paliers (`10: 6,20; 50: 5,90`), stock/Bestand, showStock, active/aktiv/actif, '
      + 'publishedToAll (yes/no, ja/nein, oui/non). Empty cells leave an article as it is. Rows with an error are listed and left out; the others are written in one transaction.',
    request: { body: { required: true, content: { 'multipart/form-data': { schema: z.object({ sheet: FileField, dryRun: z.enum(['true', 'false']).optional() }) } } } },
    responses: { 200: json(ArticleImportResult), 400: errors[400], ...ok, 413: json(ErrorSchema, 'FILE_TOO_LARGE'), 422: json(ErrorSchema, 'INVALID_SHEET, TOO_MANY_ROWS') },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock } = c.var.deps;
    const form = c.req.valid('form');
    const bytes = new Uint8Array(await form.sheet.arrayBuffer());
    const r = await importArticles(db, { name: form.sheet.name || 'articles', bytes }, { dryRun: form.dryRun === 'true', now: clock() });
    return c.json(r, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/articles/{id}', tags, summary: 'An article with every language',
    request: { params: IdParam },
    responses: { 200: json(AdminArticle), ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c);
    return c.json(await adminArticle(c.var.deps.db, c.req.valid('param').id), 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'patch', path: '/api/admin/articles/{id}', tags,
    summary: 'Change an article; orders keep the prices they were placed at, baskets show the new ones',
    request: { params: IdParam, ...body(ArticlePatch) },
    responses: { 200: json(AdminArticle), 400: errors[400], ...ok, 404: errors[404], 409: json(ErrorSchema, 'ARTICLE_NUMBER_TAKEN') },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock } = c.var.deps;
    const id = c.req.valid('param').id;
    const v = c.req.valid('json');
    const view = await db.transaction(async (tx) => {
      await adminArticle(tx, id);
      await checkCategory(tx, v.categoryId);
      if (v.number) await numberFree(tx, v.number, id);
      await tx.update(articles).set({ ...v, updatedAt: clock() }).where(eq(articles.id, id));
      return adminArticle(tx, id);
    });
    return c.json(view, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'delete', path: '/api/admin/articles/{id}', tags,
    summary: 'Delete an article: it leaves baskets and favourites; order lines keep it frozen (set it inactive to keep it for later instead)',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' }, ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c, 'admin');
    const id = c.req.valid('param').id;
    await c.var.deps.db.transaction(async (tx) => {
      const gone = await tx.delete(articles).where(eq(articles.id, id)).returning({ id: articles.id }).get();
      if (!gone) throw notFound('The article');
    });
    return c.body(null, 204);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'put', path: '/api/admin/articles/{id}/image', tags, summary: 'The article\'s image: PNG, JPEG, WebP or GIF, at most 2 MB',
    request: { params: IdParam, body: { required: true, content: { 'multipart/form-data': { schema: z.object({ file: FileField }) } } } },
    responses: {
      200: json(AdminArticle), 400: errors[400], ...ok, 404: errors[404], 413: json(ErrorSchema, 'FILE_TOO_LARGE'),
      415: json(ErrorSchema, 'UNSUPPORTED_IMAGE'),
    },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock } = c.var.deps;
    const id = c.req.valid('param').id;
    const bytes = new Uint8Array(await c.req.valid('form').file.arrayBuffer());
    if (bytes.byteLength > IMAGE_LIMIT) throw new ApiError(413, 'FILE_TOO_LARGE', 'Images may be at most 2 MB.');
    // the bytes decide, not the name or the declared type (an SVG could carry script)
    const type = imageType(bytes);
    if (!type) throw new ApiError(415, 'UNSUPPORTED_IMAGE', 'Send a PNG, JPEG, WebP or GIF image.');
    const view = await db.transaction(async (tx) => {
      await adminArticle(tx, id);
      await tx.update(articles).set({ image: Buffer.from(bytes), imageType: type, updatedAt: clock() }).where(eq(articles.id, id));
      return adminArticle(tx, id);
    });
    return c.json(view, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/articles/{id}/image', tags, summary: 'The article\'s image',
    request: { params: IdParam },
    responses: { 200: { description: 'The image', content: { 'image/*': { schema: z.string() } } }, ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c);
    const img = await c.var.deps.db.select({ image: articles.image, type: articles.imageType }).from(articles).where(eq(articles.id, c.req.valid('param').id)).get();
    if (!img?.image || !img.type) throw notFound('The image');
    return c.body(new Uint8Array(img.image), 200, { 'Content-Type': img.type, 'Cache-Control': 'private, max-age=60', 'Content-Security-Policy': "default-src 'none'" });
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'delete', path: '/api/admin/articles/{id}/image', tags, summary: 'Remove the article\'s image',
    request: { params: IdParam },
    responses: { 200: json(AdminArticle), ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock } = c.var.deps;
    const id = c.req.valid('param').id;
    const view = await db.transaction(async (tx) => {
      await adminArticle(tx, id);
      await tx.update(articles).set({ image: null, imageType: null, updatedAt: clock() }).where(eq(articles.id, id));
      return adminArticle(tx, id);
    });
    return c.json(view, 200);
  });

  // --- publication and prices per company ---------------------------------------------------------

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/companies/{id}/articles', tags,
    summary: 'What a company is offered: every article with its flag, the category\'s flag, its price for the company, and the company\'s own names',
    request: { params: CompanyParam },
    responses: { 200: json(CompanyArticles), ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c);
    const { db } = c.var.deps;
    const id = c.req.valid('param').id;
    await ownCompany(db, id);
    return c.json(await companyArticlesView(db, id), 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'put', path: '/api/admin/companies/{id}/articles/{articleId}', tags,
    summary: 'Publish an article to a company (or hide it from a published category), set its price for the company (fixed or a discount) and the company\'s own number and name for it',
    request: { params: CompanyArticleParam, ...body(CompanyArticleInput) },
    responses: { 200: json(CompanyArticles), 400: errors[400], ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock } = c.var.deps;
    const { id, articleId } = c.req.valid('param');
    const v = c.req.valid('json');
    await db.transaction(async (tx) => {
      await ownCompany(tx, id);
      await adminArticle(tx, articleId);
      // a fixed price replaces a discount and the other way round
      const set = {
        ...(v.published !== undefined ? { published: v.published } : {}),
        ...(v.fixedPrice !== undefined ? { fixedPrice: v.fixedPrice, ...(v.fixedPrice !== null ? { discount: null } : {}) } : {}),
        ...(v.discount !== undefined ? { discount: v.discount, ...(v.discount !== null ? { fixedPrice: null } : {}) } : {}),
        ...(v.customerArticleNumber !== undefined ? { customerArticleNumber: v.customerArticleNumber } : {}),
        ...(v.customerName !== undefined ? { customerName: v.customerName } : {}),
        updatedAt: clock(),
      };
      await tx.insert(companyArticles).values({ companyId: id, articleId, ...set })
        .onConflictDoUpdate({ target: [companyArticles.companyId, companyArticles.articleId], set });
    });
    return c.json(await companyArticlesView(db, id), 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'delete', path: '/api/admin/companies/{id}/articles/{articleId}', tags,
    summary: 'Take back the article\'s own flag and price for the company (its category decides again; the company\'s own names stay)',
    request: { params: CompanyArticleParam },
    responses: { 200: json(CompanyArticles), ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock } = c.var.deps;
    const { id, articleId } = c.req.valid('param');
    await db.transaction(async (tx) => {
      await ownCompany(tx, id);
      await adminArticle(tx, articleId);
      await tx.update(companyArticles).set({ published: null, fixedPrice: null, discount: null, updatedAt: clock() })
        .where(and(eq(companyArticles.companyId, id), eq(companyArticles.articleId, articleId)));
    });
    return c.json(await companyArticlesView(db, id), 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'put', path: '/api/admin/companies/{id}/article-categories/{categoryId}', tags,
    summary: 'Publish a whole category to a company (or not), with a discount on its articles',
    request: { params: CompanyCategoryParam, ...body(CompanyCategoryInput) },
    responses: { 200: json(CompanyArticles), 400: errors[400], ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock } = c.var.deps;
    const { id, categoryId } = c.req.valid('param');
    const v = c.req.valid('json');
    await db.transaction(async (tx) => {
      await ownCompany(tx, id);
      const cat = await tx.select({ id: articleCategories.id }).from(articleCategories).where(eq(articleCategories.id, categoryId)).get();
      if (!cat) throw notFound('The category');
      const set = { published: v.published, discount: v.discount, updatedAt: clock() };
      await tx.insert(companyArticleCategories).values({ companyId: id, categoryId, ...set })
        .onConflictDoUpdate({ target: [companyArticleCategories.companyId, companyArticleCategories.categoryId], set });
    });
    return c.json(await companyArticlesView(db, id), 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'delete', path: '/api/admin/companies/{id}/article-categories/{categoryId}', tags,
    summary: 'Take back what was set for the category and the company (its articles are no longer published through it)',
    request: { params: CompanyCategoryParam },
    responses: { 200: json(CompanyArticles), ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c, 'admin');
    const { db } = c.var.deps;
    const { id, categoryId } = c.req.valid('param');
    await db.transaction(async (tx) => {
      await ownCompany(tx, id);
      await tx.delete(companyArticleCategories).where(and(eq(companyArticleCategories.companyId, id), eq(companyArticleCategories.categoryId, categoryId)));
    });
    return c.json(await companyArticlesView(db, id), 200);
  });
}
