import { z } from 'zod';
import { KerfError } from '../errors.js';

const Surcharge = z.object({
  code: z.string().min(1),
  label: z.string().min(1),
  /** `fixed`: cents per order line; `percent`: fraction of the line's subtotal (0.03 = 3 %). */
  type: z.enum(['fixed', 'percent']),
  amount: z.number(),
});

/**
 * How a shop prices: rates in cents, markups and discounts as fractions. The operator keeps one
 * default profile; a customer company's overrides are merged over it (mergeProfile).
 */
export const PricingProfileSchema = z.object({
  currency: z.string().length(3),
  /** Laser machine rate, cents per hour. */
  machineRatePerHour: z.number().nonnegative(),
  /** Setup per order line (programming, sheet handling), cents; spread over the quantity. */
  setupCostPerLine: z.number().nonnegative(),
  /** Added to the material cost (0.1 = +10 %). */
  materialMarkup: z.number().min(-0.9),
  /** Added to the cutting cost. */
  cuttingMarkup: z.number().min(-0.9),
  /** Discount on material and cutting from a quantity on; the largest matching break applies. */
  quantityBreaks: z.array(z.object({ minQuantity: z.number().int().positive(), discount: z.number().min(0).max(0.9) })),
  surcharges: z.array(Surcharge),
  /** Smallest total of an order line, cents: below it a `minimum_order` line makes it up. */
  minimumOrderValue: z.number().nonnegative(),
  /** Unit prices are rounded up to a multiple of this many cents (1 = to the cent). */
  roundingStep: z.number().int().positive(),
  /** Gap between parts and to the sheet edge, mm. */
  partSpacing: z.number().nonnegative(),
  /**
   * How material is charged: `sheet-share` (the sheet area a part really takes in the nest, the
   * default), `bounding-box` (the part's box plus spacing), `net-weight` (the part's weight plus
   * `scrapFactor` of it).
   */
  materialModel: z.enum(['sheet-share', 'bounding-box', 'net-weight']),
  scrapFactor: z.number().min(0).max(5),
});

export type PricingProfile = z.output<typeof PricingProfileSchema>;
/** A company's overrides: any subset of the profile. */
export type PricingOverrides = Partial<PricingProfile>;

/** The operator's default profile (demo figures, DOMAIN.md: laser hours 100–200 €/h). */
export const DEFAULT_PROFILE: PricingProfile = {
  currency: 'EUR',
  machineRatePerHour: 14000,
  setupCostPerLine: 1500,
  materialMarkup: 0.1,
  cuttingMarkup: 0,
  quantityBreaks: [
    { minQuantity: 10, discount: 0.05 },
    { minQuantity: 50, discount: 0.1 },
    { minQuantity: 250, discount: 0.15 },
    { minQuantity: 1000, discount: 0.2 },
  ],
  surcharges: [],
  minimumOrderValue: 2500,
  roundingStep: 1,
  partSpacing: 8,
  materialModel: 'sheet-share',
  scrapFactor: 0.25,
};

/**
 * Validate a profile (for instance parsed from a JSON file).
 * @throws KerfError INVALID_PROFILE naming the first field that is wrong
 */
export function loadProfile(data: unknown): PricingProfile {
  const r = PricingProfileSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new KerfError('INVALID_PROFILE', `The pricing profile is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}

/**
 * The operator's profile with a company's overrides on top (lists replace, not append).
 * @example const profile = mergeProfile(DEFAULT_PROFILE, { materialMarkup: 0.05, minimumOrderValue: 0 });
 */
export function mergeProfile(base: PricingProfile, overrides: PricingOverrides | undefined): PricingProfile {
  if (!overrides) return base;
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return loadProfile({ ...base, ...defined });
}
