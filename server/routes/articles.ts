/**
 * Catalog articles for customers (issue [7]): the articles published to the active company (per
 * article, per category, or to every company) at its effective price, favourites per user, and
 * the company's own number and name for an article. An article the company is not offered is a
 * 404 on every route, exactly like another company's part.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { App } from '../app.js';
import type { Context } from 'hono';
import { articleFavorites, articles, companyArticles, LANGUAGES, type Language } from '../db/schema.js';
import type { AppEnv } from '../http/context.js';
import { notFound } from '../http/errors.js';
import { body, customer, errors, IdParam, json, requireCustomer } from '../http/openapi.js';
import {
  allLanguages as texts, ARTICLE_SORTS, articleRows, categoriesById, countArticles, countByCategory, customerArticleView, favoriteSql, inAssortmentSql, visibleArticle, visibleSql,
} from '../services/articles.js';

const Money = z.number().int().openapi({ description: 'cents' });

export const ArticleSchema = z.object({
  id: z.number(), number: z.string().openapi({ description: 'the shop\'s article number', example: 'NUT-M8' }),
  name: z.string(), description: z.string(),
  category: z.object({ id: z.number(), name: z.string() }).nullable(),
  unit: z.string().openapi({ example: 'pc' }),
  basePrice: Money.openapi({ description: 'the shop\'s list price per unit, cents' }),
  unitPrice: Money.openapi({ description: 'the company\'s price per unit for one unit, cents' }),
  prices: z.array(z.object({ quantity: z.number(), unitPrice: Money })).openapi({ description: 'the company\'s price per unit from each quantity break on' }),
  priceKind: z.enum(['fixed', 'discount', 'base']), discount: z.number().nullable().openapi({ description: 'percent off the list price' }),
  stock: z.number().nullable().openapi({ description: 'on hand, where the shop shows it' }),
  inAssortment: z.boolean().openapi({ description: 'published to the company (else shown to every company: ordering it may need approval)' }),
  favorite: z.boolean(),
  customerArticleNumber: z.string().nullable(), customerName: z.string().nullable(),
  image: z.string().nullable().openapi({ description: 'the image\'s URL path, or null' }),
  updatedAt: z.number(),
}).openapi('Article');

const ArticleList = z.object({
  items: z.array(ArticleSchema), total: z.number(), page: z.number(), pageSize: z.number(),
  categories: z.array(z.object({ id: z.number(), name: z.string(), count: z.number() })).openapi({ description: 'categories with articles for the company' }),
}).openapi('ArticleList');

const Lang = z.enum(LANGUAGES).optional().openapi({ description: 'language of names and descriptions (default: the user\'s)' });
const Flag = z.enum(['true', 'false', '1', '0']).optional().transform((v) => (v === undefined ? undefined : v === 'true' || v === '1'));
const OwnText = (max: number) => z.string().trim().max(max).nullable().optional().transform((v) => (v ? v : v === undefined ? undefined : null));

/** `LIKE` pattern of a search text, with the wildcards escaped. */
const like = (q: string) => `%${q.replace(/[\\%_]/g, (m) => '\\' + m)}%`;

export function registerArticles(app: App) {
  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/articles', tags: ['Catalog articles'],
    summary: 'The articles published to the active company, at its prices: search, category, favourites, sort, paging',
    request: {
      query: z.object({
        q: z.string().max(100).optional().openapi({ description: 'in article numbers, names and descriptions (every language), and the company\'s own numbers and names' }),
        categoryId: z.coerce.number().int().positive().optional(),
        favorites: Flag.openapi({ description: 'only my favourites' }),
        assortment: Flag.openapi({ description: 'only the company\'s assortment (not the articles shown to every company)' }),
        sort: z.enum(ARTICLE_SORTS).default('category').openapi({ description: '`category` (by category, then number), `number`, `name` (in the language), `price` or `-price` (the company\'s unit price)' }),
        page: z.coerce.number().int().min(1).default(1),
        pageSize: z.coerce.number().int().min(1).max(200).default(50),
        lang: Lang,
      }),
    },
    responses: { 200: json(ArticleList), 400: errors[400], 401: errors[401], 403: errors[403] },
  }), async (c) => {
    const a = customer(c);
    const { db } = c.var.deps;
    const { q, categoryId, favorites, assortment, sort, page, pageSize, lang } = c.req.valid('query');
    const language = lang ?? a.user.language;
    const visible: SQL = sql`${visibleSql}`;
    const conds: (SQL | undefined)[] = [visible];
    if (q?.trim()) {
      const p = like(q.trim());
      const m = (col: SQL | typeof articles.number) => sql`${col} LIKE ${p} ESCAPE '\\'`;
      conds.push(sql`(${m(articles.number)} or ${m(texts(articles.name))} or ${m(texts(articles.description))}
        or ${m(sql`coalesce(${companyArticles.customerArticleNumber}, '')`)} or ${m(sql`coalesce(${companyArticles.customerName}, '')`)})`);
    }
    if (categoryId) conds.push(eq(articles.categoryId, categoryId));
    if (favorites) conds.push(favoriteSql(a.companyId, a.user.id));
    if (assortment) conds.push(sql`${inAssortmentSql} = 1`);
    const where = and(...conds);
    const [rows, total, cats, perCategory] = await Promise.all([
      articleRows(db, a.companyId, a.user.id, where, { limit: pageSize, offset: (page - 1) * pageSize, sort, lang: language }),
      countArticles(db, a.companyId, where),
      categoriesById(db),
      countByCategory(db, a.companyId, visible),
    ]);
    const counts = new Map(perCategory.map((r) => [r.categoryId, r.n]));
    const categories = [...cats.values()].filter((k) => counts.has(k.id))
      .map((k) => ({ id: k.id, name: k.name[language] || k.name.en, count: counts.get(k.id)! }));
    const items = rows.map((r) => customerArticleView(r, language, r.article.categoryId === null ? undefined : cats.get(r.article.categoryId)));
    return c.json({ items, total, page, pageSize, categories }, 200);
  });

  const one = async (c: Context<AppEnv>, id: number, lang?: Language) => {
    const a = customer(c);
    const { db } = c.var.deps;
    const row = await visibleArticle(db, a.companyId, a.user.id, id);
    const cat = row.article.categoryId === null ? undefined : (await categoriesById(db)).get(row.article.categoryId);
    return customerArticleView(row, lang ?? a.user.language, cat);
  };

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/articles/{id}', tags: ['Catalog articles'], summary: 'An article at the company\'s prices (404 when it is not offered to the company)',
    request: { params: IdParam, query: z.object({ lang: Lang }) },
    responses: { 200: json(ArticleSchema), 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => c.json(await one(c, c.req.valid('param').id, c.req.valid('query').lang), 200));

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/articles/{id}/image', tags: ['Catalog articles'], summary: 'The article\'s image',
    request: { params: IdParam },
    responses: { 200: { description: 'PNG, JPEG, WebP or GIF', content: { 'image/*': { schema: z.string() } } }, 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c);
    const { db } = c.var.deps;
    const id = c.req.valid('param').id;
    await visibleArticle(db, a.companyId, a.user.id, id);
    const img = await db.select({ image: articles.image, type: articles.imageType }).from(articles).where(eq(articles.id, id)).get();
    if (!img?.image || !img.type) throw notFound('The image');
    return c.body(new Uint8Array(img.image), 200, { 'Content-Type': img.type, 'Cache-Control': 'private, max-age=300', 'Content-Security-Policy': "default-src 'none'" });
  });

  for (const method of ['post', 'delete'] as const) {
    app.openapi(createRoute({
      middleware: [requireCustomer()] as const,
      method, path: '/api/articles/{id}/favorite', tags: ['Catalog articles'],
      summary: method === 'post' ? 'Keep the article among my favourites' : 'Take the article off my favourites',
      request: { params: IdParam },
      responses: { 200: json(ArticleSchema, 'The article'), 401: errors[401], 403: errors[403], 404: errors[404] },
    }), async (c) => {
      const a = customer(c);
      const { db, clock } = c.var.deps;
      const id = c.req.valid('param').id;
      await db.transaction(async (tx) => {
        await visibleArticle(tx, a.companyId, a.user.id, id);
        const mine = and(eq(articleFavorites.userId, a.user.id), eq(articleFavorites.companyId, a.companyId), eq(articleFavorites.articleId, id));
        if (method === 'post') {
          await tx.insert(articleFavorites).values({ userId: a.user.id, companyId: a.companyId, articleId: id, createdAt: clock() }).onConflictDoNothing();
        } else {
          await tx.delete(articleFavorites).where(mine);
        }
      });
      return c.json(await one(c, id), 200);
    });
  }

  app.openapi(createRoute({
    middleware: [requireCustomer('edit_parts')] as const,
    method: 'put', path: '/api/articles/{id}/reference', tags: ['Catalog articles'],
    summary: 'The company\'s own article number and name for an article (shown beside the shop\'s, carried on orders and exports)',
    request: {
      params: IdParam,
      ...body(z.object({ customerArticleNumber: OwnText(80), customerName: OwnText(200) }).strict()),
    },
    responses: { 200: json(ArticleSchema), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'edit_parts');
    const { db, clock } = c.var.deps;
    const id = c.req.valid('param').id;
    const v = c.req.valid('json');
    await db.transaction(async (tx) => {
      await visibleArticle(tx, a.companyId, a.user.id, id);
      const now = clock();
      const set = { ...(v.customerArticleNumber !== undefined ? { customerArticleNumber: v.customerArticleNumber } : {}), ...(v.customerName !== undefined ? { customerName: v.customerName } : {}), updatedAt: now };
      await tx.insert(companyArticles).values({ companyId: a.companyId, articleId: id, ...set })
        .onConflictDoUpdate({ target: [companyArticles.companyId, companyArticles.articleId], set });
    });
    return c.json(await one(c, id), 200);
  });
}
