// zod/mini: tree-shakable, so the browser worker does not carry all of zod (issue [4]'s budget)
import * as z from 'zod/mini';
import './zod-messages.js';
import { KerfError } from '../errors.js';
import { FinishingPricesSchema } from './finishing.js';
import { HolidaysSchema, LeadTimesSchema } from './lead-time.js';

const Surcharge = z.object({
  code: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  /** `fixed`: cents per order line; `percent`: fraction of the line's subtotal (0.03 = 3 %). */
  type: z.enum(['fixed', 'percent']),
  amount: z.number(),
});

/**
 * How a shop prices: rates in cents, markups and discounts as fractions. The operator keeps one
 * default profile; a customer company's overrides are merged over it (mergeProfile).
 */
export const PricingProfileSchema = z.object({
  currency: z.string().check(z.length(3)),
  /** Laser machine rate, cents per hour. */
  machineRatePerHour: z.number().check(z.nonnegative()),
  /**
   * Rapid traverse speed of the cutting head between contours, mm/min (default
   * {@link DEFAULT_RAPID_SPEED}): the cut sequence's travel at this speed is part of the cutting time.
   */
  rapidSpeed: z.optional(z.number().check(z.positive(), z.maximum(1_000_000))),
  /** Setup per order line (programming, sheet handling), cents; spread over the quantity. */
  setupCostPerLine: z.number().check(z.nonnegative()),
  /** Added to the material cost (0.1 = +10 %). */
  materialMarkup: z.number().check(z.minimum(-0.9)),
  /** Added to the cutting cost. */
  cuttingMarkup: z.number().check(z.minimum(-0.9)),
  /** Discount on material and cutting from a quantity on; the largest matching break applies. */
  quantityBreaks: z.array(z.object({ minQuantity: z.int().check(z.positive()), discount: z.number().check(z.minimum(0), z.maximum(0.9)) })),
  surcharges: z.array(Surcharge),
  /** Smallest total of an order line, cents: below it a `minimum_order` line makes it up. */
  minimumOrderValue: z.number().check(z.nonnegative()),
  /** Unit prices are rounded up to a multiple of this many cents (1 = to the cent). */
  roundingStep: z.int().check(z.positive()),
  /** Gap between parts and to the sheet edge, mm. */
  partSpacing: z.number().check(z.nonnegative()),
  /**
   * How material is charged: `sheet-share` (the sheet area a part really takes in the nest, the
   * default), `bounding-box` (the part's box plus spacing), `net-weight` (the part's weight plus
   * `scrapFactor` of it).
   */
  materialModel: z.enum(['sheet-share', 'bounding-box', 'net-weight']),
  scrapFactor: z.number().check(z.minimum(0), z.maximum(5)),
  /** Finishing prices (issue [7]); a finishing left out is not offered. */
  finishing: z.optional(FinishingPricesSchema),
  /** Delivery options; without them DEFAULT_LEAD_TIMES apply. */
  leadTimes: z.optional(LeadTimesSchema),
  /** The shop's holidays (YYYY-MM-DD), skipped like weekends when counting working days. */
  holidays: z.optional(HolidaysSchema),
  /**
   * How the basket's and the orders' lines are nested for the `sheet-share` material (issue [9]):
   * `true-shape` (the default) places the parts' real outlines, `box` their bounding boxes;
   * turns in steps of `rotationStep` degrees (90 when not set; 360 = never turned), mirrored
   * copies only with `mirror` (parts that may be flipped over, as most flat parts may).
   */
  nesting: z.optional(z.object({
    method: z.optional(z.enum(['true-shape', 'box'])),
    rotationStep: z.optional(z.number().check(z.minimum(1), z.maximum(360))),
    mirror: z.optional(z.boolean()),
  })),
  /** Days a formal quote stays valid (30 when not set). */
  quoteValidityDays: z.optional(z.int().check(z.positive(), z.maximum(365))),
});

export type PricingProfile = z.output<typeof PricingProfileSchema>;
/** A company's overrides: any subset of the profile. */
export type PricingOverrides = Partial<PricingProfile>;

export { DEFAULT_PROFILE } from './default-profile.js';

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
