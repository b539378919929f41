// Lead times (issue [7]): standard, express and economy delivery, each a number of working days
// and a surcharge or discount, and the delivery date they give, counted in working days that skip
// weekends and the operator's holidays. Dates are calendar dates (YYYY-MM-DD) in the shop's
// calendar, never instants, so a browser in another time zone shows the same day.
import * as z from 'zod/mini';
import { KerfError } from '../errors.js';

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));

/** One delivery option of the shop. */
export const LeadTimeSchema = z.object({
  code: z.enum(['standard', 'express', 'economy']),
  label: z.string().check(z.minLength(1)),
  /** Working days from the order to the delivery. */
  workingDays: z.int().check(z.nonnegative(), z.maximum(365)),
  /** On the line's price before surcharges: 0.3 = +30 % (express), -0.05 = 5 % off (economy). */
  adjustment: z.number().check(z.minimum(-0.9), z.maximum(5)),
});
export type LeadTime = z.output<typeof LeadTimeSchema>;
export const LeadTimesSchema = z.array(LeadTimeSchema);
export const HolidaysSchema = z.array(IsoDate);

/** The options a shop offers when its profile names none. */
export { DEFAULT_LEAD_TIMES } from './lead-time-defaults.js';

function parse(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) {
    throw new KerfError('INVALID_DATE', `"${date}" is not a date (YYYY-MM-DD).`);
  }
  return t;
}

const DAY = 86_400_000;

/** Today's date in UTC (the server's default when a request names no order date). */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Is `date` a working day: Monday to Friday and not one of the holidays? */
export function isWorkingDay(date: string, holidays: readonly string[] = []): boolean {
  const dow = new Date(parse(date)).getUTCDay();
  return dow !== 0 && dow !== 6 && !holidays.includes(date);
}

/**
 * The date `days` working days after `from` (which itself does not count): Friday + 1 is Monday,
 * a holiday is skipped like a Sunday.
 * @example addWorkingDays('2026-12-23', 3, ['2026-12-24', '2026-12-25']) // '2026-12-30'
 */
export function addWorkingDays(from: string, days: number, holidays: readonly string[] = []): string {
  if (!Number.isInteger(days) || days < 0) throw new KerfError('INVALID_DATE', `Working days must be a whole number ≥ 0 (got ${days}).`);
  const off = new Set(holidays);
  let t = parse(from);
  for (let left = days; left > 0;) {
    t += DAY;
    const d = new Date(t);
    const dow = d.getUTCDay();
    if (dow !== 0 && dow !== 6 && !off.has(d.toISOString().slice(0, 10))) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}

/** A delivery option as the configurator and the basket show it. */
export interface DeliveryOption extends LeadTime {
  /** Working days the finishing adds (the coater's), counted in `date`. */
  extraDays: number;
  /** Delivery date: the working days plus the finishing's extra days, from the order date. */
  date: string;
}

/** Every option the shop offers with its delivery date for an order placed on `from`. */
export function deliveryOptions(
  leadTimes: readonly LeadTime[], from: string, holidays: readonly string[] = [], extraDays = 0,
): DeliveryOption[] {
  return leadTimes.map((l) => ({ ...l, extraDays, date: addWorkingDays(from, l.workingDays + extraDays, holidays) }));
}
