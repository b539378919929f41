/**
 * Catalog articles (issue [7]): what the shop sells besides drawings, published per company (per
 * article or per whole category) at the company's effective price, and the company's assortment
 * that `outside_assortment` approval checks.
 *
 * Visibility and price are worked out in one query per call: the article, the company's own row
 * for it (`company_articles`) and the company's row for its category (`company_article_categories`).
 * An article row says more than a category row: a per-article `published: false` hides an article
 * of a published category, a per-article fixed price or discount wins over the category's discount.
 */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import {
  articleCategories, articleFavorites, articles, companyArticleCategories, companyArticles,
  type Article, type Language, type LocalizedText, type PriceBreak,
} from '../db/schema.js';
import { notFound } from '../http/errors.js';

/** The text in a language, else English. */
export const localized = (t: LocalizedText | null | undefined, lang: Language): string => (t ? t[lang] || t.en : '');

/** An article as one company sees it (before the view). */
export interface CompanyArticle {
  article: Omit<Article, 'image'> & { hasImage: boolean };
  /** Published to this company (per article, or through its category). */
  inAssortment: boolean;
  /** The company sees it: active and in its assortment or published to every company. */
  visible: boolean;
  fixedPrice: number | null;
  /** Percent: the article's own for the company, else its category's for the company. */
  discount: number | null;
  customerArticleNumber: string | null;
  customerName: string | null;
  favorite: boolean;
}

/** The base price per unit at a quantity: the last break reached, else the base price. */
export function basePriceAt(a: Pick<Article, 'basePrice' | 'priceBreaks'>, quantity: number): number {
  let price = a.basePrice;
  for (const b of [...(a.priceBreaks ?? [])].sort((x, y) => x.quantity - y.quantity)) if (quantity >= b.quantity) price = b.unitPrice;
  return price;
}

/**
 * What the company pays per unit at a quantity: its fixed price, else the base price (with quantity
 * breaks) less its discount, rounded to the cent.
 * @example effectiveUnitPrice({ basePrice: 1000, priceBreaks: [{ quantity: 10, unitPrice: 900 }] }, { fixedPrice: null, discount: 10 }, 10) // 810
 */
export function effectiveUnitPrice(a: Pick<Article, 'basePrice' | 'priceBreaks'>, p: { fixedPrice: number | null; discount: number | null }, quantity: number): number {
  if (p.fixedPrice !== null) return p.fixedPrice;
  const base = basePriceAt(a, quantity);
  return p.discount ? Math.round(base * (1 - p.discount / 100)) : base;
}

/** The company's prices at every break (the quantities a customer sees in the catalog). */
export function priceTable(a: Pick<Article, 'basePrice' | 'priceBreaks'>, p: { fixedPrice: number | null; discount: number | null }) {
  const quantities = [1, ...(a.priceBreaks ?? []).map((b: PriceBreak) => b.quantity).filter((q) => q > 1)].sort((x, y) => x - y);
  return [...new Set(quantities)].map((quantity) => ({ quantity, unitPrice: effectiveUnitPrice(a, p, quantity) }));
}

/** Every column but the image's bytes (a list never carries them). */
const articleColumns = {
  id: articles.id, number: articles.number, name: articles.name, description: articles.description, categoryId: articles.categoryId,
  unit: articles.unit, basePrice: articles.basePrice, priceBreaks: articles.priceBreaks, stock: articles.stock, showStock: articles.showStock,
  active: articles.active, publishedToAll: articles.publishedToAll, imageType: articles.imageType, createdAt: articles.createdAt,
  updatedAt: articles.updatedAt,
};

/** The SQL value 1 when the article is published to the company (per article, else per category). */
export const inAssortmentSql = sql<number>`coalesce(${companyArticles.published}, ${companyArticleCategories.published}, 0)`;

/** The SQL condition "this company sees the article". */
export const visibleSql = sql`(${articles.active} = 1 and (${inAssortmentSql} = 1 or ${articles.publishedToAll} = 1))`;

/**
 * The joins that give an article its company row, its category's company row and its category.
 * Shared by the select and the count, whose builder types differ: hence the loose type (the rows
 * are typed where they are read).
 */
function withCompany<T extends { leftJoin: (...a: any[]) => any }>(q: T, companyId: number) {
  return q
    .leftJoin(companyArticles, and(eq(companyArticles.articleId, articles.id), eq(companyArticles.companyId, companyId)))
    .leftJoin(companyArticleCategories, and(eq(companyArticleCategories.categoryId, articles.categoryId), eq(companyArticleCategories.companyId, companyId)))
    .leftJoin(articleCategories, eq(articleCategories.id, articles.categoryId));
}

/** The SQL condition "the user keeps this article among the favourites in this company". */
export const favoriteSql = (companyId: number, userId: number) =>
  sql`exists (select 1 from ${articleFavorites} f where f.user_id = ${userId} and f.company_id = ${companyId} and f.article_id = ${articles.id})`;

/** How a list of articles may be ordered (`category`: by category position, then number). */
export const ARTICLE_SORTS = ['category', 'number', 'name', 'price', '-price'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

/**
 * The company's price per unit for one unit, in SQL (as effectiveUnitPrice at quantity 1, a
 * quantity break at 1 left aside): for sorting by price.
 */
const unitPriceSql = sql`coalesce(${companyArticles.fixedPrice},
  round(${articles.basePrice} * (100 - coalesce(${companyArticles.discount}, ${companyArticleCategories.discount}, 0)) / 100.0))`;

/** The ORDER BY of a sort; names in the language, else English; ties by number and id. */
function orderOf(sort: ArticleSort, lang: Language): SQL[] {
  const tie = [asc(articles.number), asc(articles.id)];
  switch (sort) {
    case 'number': return tie;
    case 'name': return [sql`coalesce(nullif(json_extract(${articles.name}, ${'$.' + lang}), ''), json_extract(${articles.name}, '$.en')) collate nocase`, ...tie];
    case 'price': return [sql`${unitPriceSql} asc`, ...tie];
    case '-price': return [sql`${unitPriceSql} desc`, ...tie];
    default: return [sql`coalesce(${articleCategories.position}, 1000000000)`, ...tie];
  }
}

/**
 * Articles with the company's publication, price and own names (and the user's favourites), by
 * an extra condition; ordered by category position, then number (or by `page.sort`).
 */
export async function articleRows(
  tx: Tx, companyId: number, userId: number | null, where?: SQL,
  page?: { limit: number; offset: number; sort?: ArticleSort; lang?: Language },
): Promise<CompanyArticle[]> {
  let q = withCompany(tx.select({
    ...articleColumns,
    hasImage: sql<number>`${articles.image} is not null`,
    inAssortment: inAssortmentSql,
    visible: sql<number>`${visibleSql}`,
    fixedPrice: companyArticles.fixedPrice,
    discount: sql<number | null>`coalesce(${companyArticles.discount}, ${companyArticleCategories.discount})`,
    customerArticleNumber: companyArticles.customerArticleNumber,
    customerName: companyArticles.customerName,
    favorite: userId === null ? sql<number>`0` : favoriteSql(companyId, userId),
  }).from(articles), companyId)
    .where(where)
    .orderBy(...orderOf(page?.sort ?? 'category', page?.lang ?? 'en'))
    .$dynamic();
  if (page) q = q.limit(page.limit).offset(page.offset);
  const rows: (Omit<Article, 'image'> & { hasImage: number; inAssortment: number; visible: number; fixedPrice: number | null; discount: number | null; customerArticleNumber: string | null; customerName: string | null; favorite: number })[] = await q;
  return rows.map((r) => {
    const { hasImage, inAssortment, visible, fixedPrice, discount, customerArticleNumber, customerName, favorite, ...article } = r;
    return {
      article: { ...article, hasImage: !!hasImage }, inAssortment: !!inAssortment, visible: !!visible, fixedPrice,
      discount: discount === null ? null : Number(discount), customerArticleNumber, customerName, favorite: !!favorite,
    };
  });
}

/** How many articles the company sees per category (categories without any left out). */
export async function countByCategory(tx: Tx, companyId: number, where?: SQL): Promise<{ categoryId: number; n: number }[]> {
  const rows = await withCompany(tx.select({ categoryId: articles.categoryId, n: sql<number>`count(*)` }).from(articles), companyId)
    .where(and(where, sql`${articles.categoryId} is not null`)).groupBy(articles.categoryId);
  return rows.map((r: { categoryId: number | null; n: number }) => ({ categoryId: r.categoryId!, n: Number(r.n) }));
}

/** A localized JSON column's texts in every language, for searching (not the JSON's keys). */
export const allLanguages = (col: typeof articles.name | typeof articles.description) =>
  sql`coalesce(json_extract(${col}, '$.en'), '') || ' ' || coalesce(json_extract(${col}, '$.de'), '') || ' ' || coalesce(json_extract(${col}, '$.fr'), '')`;

/** How many articles match, with the same joins as articleRows. */
export async function countArticles(tx: Tx, companyId: number, where?: SQL): Promise<number> {
  const r = await withCompany(tx.select({ n: sql<number>`count(*)` }).from(articles), companyId).where(where).get();
  return Number(r?.n ?? 0);
}

/** One article the company sees, or 404 (also for an article published only to others). */
export async function visibleArticle(tx: Tx, companyId: number, userId: number | null, id: number): Promise<CompanyArticle> {
  const [a] = await articleRows(tx, companyId, userId, and(eq(articles.id, id), visibleSql));
  if (!a) throw notFound('The article');
  return a;
}

/** Several articles as the company sees them (visible or not), by id. */
export async function articlesForCompany(tx: Tx, companyId: number, ids: number[]): Promise<Map<number, CompanyArticle>> {
  if (!ids.length) return new Map();
  const rows = await articleRows(tx, companyId, null, inArray(articles.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.article.id, r]));
}

/** The customer's view of an article: texts in the language, the company's price, stock where shown. */
export function customerArticleView(a: CompanyArticle, lang: Language, category: { id: number; name: LocalizedText } | undefined) {
  const x = a.article;
  const p = { fixedPrice: a.fixedPrice, discount: a.discount };
  return {
    id: x.id, number: x.number, name: localized(x.name, lang), description: localized(x.description, lang),
    category: category ? { id: category.id, name: localized(category.name, lang) } : null,
    unit: x.unit, basePrice: x.basePrice, unitPrice: effectiveUnitPrice(x, p, 1), prices: priceTable(x, p),
    priceKind: a.fixedPrice !== null ? 'fixed' as const : a.discount ? 'discount' as const : 'base' as const,
    discount: a.fixedPrice === null ? a.discount : null,
    stock: x.showStock ? x.stock : null, inAssortment: a.inAssortment, favorite: a.favorite,
    customerArticleNumber: a.customerArticleNumber, customerName: a.customerName,
    image: x.hasImage ? `/api/articles/${x.id}/image` : null, updatedAt: x.updatedAt,
  };
}

/** Every category by id (few rows). */
export async function categoriesById(tx: Tx) {
  const rows = await tx.select().from(articleCategories).orderBy(asc(articleCategories.position), asc(articleCategories.id));
  return new Map(rows.map((c) => [c.id, c]));
}
