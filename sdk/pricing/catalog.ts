// zod/mini: tree-shakable, so the browser worker does not carry all of zod (issue [4]'s budget)
import * as z from 'zod/mini';
import './zod-messages.js';
import { KerfError } from '../errors.js';

const Labels = z.object({ en: z.string(), de: z.optional(z.string()), fr: z.optional(z.string()) });

const ThicknessSchema = z.object({
  /** Sheet thickness, mm. */
  thickness: z.number().check(z.positive(), z.maximum(100)),
  /** Cutting speed, mm/min. */
  cuttingSpeed: z.number().check(z.positive()),
  /** Time to pierce once, s. */
  pierceTime: z.number().check(z.nonnegative()),
  /** Smallest hole diameter cut cleanly at this thickness, mm. */
  minHoleDiameter: z.number().check(z.positive()),
  /**
   * Marking (engraving) speed, mm/min, for geometry on `engrave` layers. Optional, so catalogs
   * written before it stay valid; quote() takes {@link DEFAULT_MARKING_SPEED} without it.
   */
  markingSpeed: z.optional(z.number().check(z.positive())),
});

/** Marking speed quote() uses when the catalog gives none, mm/min: a fibre laser marking at reduced power. */
export const DEFAULT_MARKING_SPEED = 10_000;

const MaterialSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: Labels,
  /** kg/m³. */
  density: z.number().check(z.positive()),
  /** Price per kg, in cents. */
  pricePerKg: z.number().check(z.nonnegative()),
  thicknesses: z.array(ThicknessSchema).check(z.minLength(1)),
  /** Sheet formats [width, height] mm for this material; else the catalog's. */
  sheetFormats: z.optional(z.array(z.tuple([z.number().check(z.positive()), z.number().check(z.positive())])).check(z.minLength(1))),
});

/** The zod schema of a materials catalog: plain JSON, validated when loaded. */
export const CatalogSchema = z.object({
  currency: z.string().check(z.length(3)),
  /** Default sheet formats [width, height] mm; the first is the default. */
  sheetFormats: z.array(z.tuple([z.number().check(z.positive()), z.number().check(z.positive())])).check(z.minLength(1)),
  materials: z.array(MaterialSchema).check(z.minLength(1)),
});

export type CatalogInput = z.input<typeof CatalogSchema>;
export type Catalog = z.output<typeof CatalogSchema>;
export type Material = Catalog['materials'][number];
export type ThicknessData = Material['thicknesses'][number];

/**
 * Validate a catalog (for instance parsed from JSON).
 * @example const catalog = loadCatalog(JSON.parse(text));
 * @throws KerfError INVALID_CATALOG naming the first field that is wrong
 */
export function loadCatalog(data: unknown): Catalog {
  const r = CatalogSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new KerfError('INVALID_CATALOG', `The materials catalog is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const m of r.data.materials) {
    if (ids.has(m.id)) throw new KerfError('INVALID_CATALOG', `The materials catalog lists ${m.id} twice.`);
    ids.add(m.id);
  }
  return r.data;
}

/**
 * The material and thickness data for an order line.
 * @throws KerfError UNKNOWN_MATERIAL, UNAVAILABLE_THICKNESS (the message lists what there is)
 */
export function findMaterial(catalog: Catalog, id: string, thickness: number): { material: Material; data: ThicknessData } {
  const material = catalog.materials.find((m) => m.id === id);
  if (!material) {
    throw new KerfError('UNKNOWN_MATERIAL', `Unknown material "${id}"; available: ${catalog.materials.map((m) => m.id).join(', ')}.`);
  }
  const data = material.thicknesses.find((t) => Math.abs(t.thickness - thickness) < 1e-9);
  if (!data) {
    throw new KerfError(
      'UNAVAILABLE_THICKNESS',
      `${material.id} is not available in ${thickness} mm; available: ${material.thicknesses.map((t) => t.thickness).join(', ')} mm.`,
    );
  }
  return { material, data };
}
