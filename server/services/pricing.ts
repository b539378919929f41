/**
 * The prices a company sees: the operator's catalog and default profile (settings rows), the
 * company's overrides merged on top (mergeProfile) and its agreed materials. Every price the
 * server shows or freezes comes from here, with the SDK's quote(): a client's price is never used.
 */
import { eq } from 'drizzle-orm';
import {
  analyzeDxfSync, DEFAULT_CATALOG, DEFAULT_PROFILE, generateTemplate, loadCatalog, loadProfile, mergeProfile, quote,
  type AnalyzeResult, type Catalog, type LayerRole, type PricingProfile, type Quote, type QuoteRequest,
} from '../../sdk/index.js';
import type { Tx } from '../db/client.js';
import { analyzeDrawing } from './analysis.js';
import { companies, settings, type AllowedMaterial, type Company } from '../db/schema.js';

export interface Pricing {
  /** The whole catalog of the operator. */
  catalog: Catalog;
  /** The company's agreed materials (null = all). */
  allowed: AllowedMaterial[] | null;
  profile: PricingProfile;
  /** settings.updatedAt of the catalog, frozen on orders. */
  catalogVersion: number;
}

// Parsed settings by their updatedAt: a cache that can never be stale, as the row is read each time.
const parsed = new Map<string, { at: number; value: unknown }>();

async function setting<T>(db: Tx, key: 'catalog' | 'profile', fallback: T, load: (v: unknown) => T): Promise<{ value: T; at: number }> {
  const row = await db.select().from(settings).where(eq(settings.key, key)).get();
  if (!row) return { value: fallback, at: 0 };
  const hit = parsed.get(key);
  if (hit && hit.at === row.updatedAt) return { value: hit.value as T, at: row.updatedAt };
  const value = load(row.value);
  parsed.set(key, { at: row.updatedAt, value });
  return { value, at: row.updatedAt };
}

export async function operatorPricing(db: Tx): Promise<{ catalog: Catalog; profile: PricingProfile; catalogVersion: number }> {
  const [catalog, profile] = await Promise.all([
    setting(db, 'catalog', loadCatalog(DEFAULT_CATALOG), loadCatalog),
    setting(db, 'profile', DEFAULT_PROFILE, loadProfile),
  ]);
  return { catalog: catalog.value, profile: profile.value, catalogVersion: catalog.at };
}

export async function companyPricing(db: Tx, company: Pick<Company, 'pricingOverrides' | 'allowedMaterials'>): Promise<Pricing> {
  const base = await operatorPricing(db);
  return {
    catalog: base.catalog,
    allowed: company.allowedMaterials ?? null,
    profile: mergeProfile(base.profile, company.pricingOverrides as Partial<PricingProfile> | undefined),
    catalogVersion: base.catalogVersion,
  };
}

export async function pricingForCompany(db: Tx, companyId: number): Promise<Pricing> {
  const company = await db.select().from(companies).where(eq(companies.id, companyId)).get();
  if (!company) throw new Error(`company ${companyId} vanished`);
  return companyPricing(db, company);
}

/** Is this material and thickness on the company's agreed list? */
export function isAgreed(allowed: AllowedMaterial[] | null, material: string, thickness: number): boolean {
  if (!allowed) return true;
  const a = allowed.find((m) => m.material === material);
  return !!a && (!a.thicknesses || a.thicknesses.some((t) => Math.abs(t - thickness) < 1e-9));
}

/** The catalog restricted to what the company may order (what /api/catalog shows and parts accept). */
export function agreedCatalog(p: Pricing): Catalog {
  if (!p.allowed) return p.catalog;
  const materials = p.catalog.materials
    .map((m) => ({ ...m, thicknesses: m.thicknesses.filter((t) => isAgreed(p.allowed, m.id, t.thickness)) }))
    .filter((m) => m.thicknesses.length > 0);
  return { ...p.catalog, materials: materials.length ? materials : [] };
}

/** What a basket or order line adds to a part's price: its finishing, the delivery option, the date it counts from, its share of the nest. */
export type LineTerms = Pick<QuoteRequest, 'finishing' | 'leadTime' | 'orderDate' | 'nest'>;

/**
 * Price a part for the company; throws the SDK's KerfError for unknown material and the like
 * (INVALID_FINISHING, UNKNOWN_LEAD_TIME with `terms`).
 */
export function priceFor(metrics: AnalyzeResult, material: string, thickness: number, quantity: number, p: Pricing, catalog = p.catalog, terms: LineTerms = {}): Quote {
  return quote(metrics, { material, thickness, quantity, ...terms }, catalog, p.profile);
}

export interface Drawing {
  name: string;
  bytes: Uint8Array;
  metrics: AnalyzeResult;
  template?: string;
  params?: Record<string, unknown>;
}

/**
 * Analyze an uploaded DXF, large ones off the request thread (throws the analyzer's KerfError: a
 * 422 with its code). `layers` overrides layer roles; parts keep the overrides they were saved
 * with (`parts.layers`) and pass them again to every later analysis of their drawing.
 */
export async function drawingFromDxf(name: string, bytes: Uint8Array, layers?: Record<string, LayerRole> | null): Promise<Drawing> {
  return { name, bytes, metrics: await analyzeDrawing(bytes, layers ? { layers } : {}) };
}

/** Generate a template part and analyze the generated DXF, exactly as an upload of it would be. */
export function drawingFromTemplate(template: string, params: Record<string, unknown>, layers?: Record<string, LayerRole> | null): Drawing {
  const g = generateTemplate(template, params);
  const bytes = new TextEncoder().encode(g.dxf);
  return { name: `${g.name}.dxf`, bytes, metrics: analyzeDxfSync(bytes, layers ? { layers } : {}), template: g.name, params: g.params as Record<string, unknown> };
}

/** Overrides worth storing: null for none (an empty object says nothing). */
export function storedLayers(layers: Record<string, LayerRole> | null | undefined): Record<string, LayerRole> | null {
  return layers && Object.keys(layers).length ? layers : null;
}

/** Metrics without the per-contour list, for lists and frozen order lines. */
export function metricsSummary(m: AnalyzeResult) {
  const { contours, ...rest } = m;
  return { ...rest, holes: contours.filter((c) => c.closed && c.depth % 2 === 1).length };
}
