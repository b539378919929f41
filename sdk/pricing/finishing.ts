// Finishing priced from the drawing itself (issue [7]): deburring by cut length, tapping of the
// holes whose diameter is a tap drill for a metric thread, countersinking of chosen holes, bending
// by the bends on the drawing's bend layers, and powder coating or anodizing by the net area of
// both sides. Everything here is plain arithmetic on an AnalyzeResult, so the browser, the worker,
// the command line and the server's re-verification give the same cents.
import * as z from 'zod/mini';
import { KerfError } from '../errors.js';
import type { AnalyzeResult } from '../types.js';

/**
 * ISO metric coarse threads M3–M20 and the tap drill each needs (ISO 2306 / DIN 336, the sizes
 * found in every shop's drill stand).
 */
export const TAP_DRILLS: readonly { thread: string; drill: number }[] = [
  { thread: 'M3', drill: 2.5 },
  { thread: 'M4', drill: 3.3 },
  { thread: 'M5', drill: 4.2 },
  { thread: 'M6', drill: 5.0 },
  { thread: 'M8', drill: 6.8 },
  { thread: 'M10', drill: 8.5 },
  { thread: 'M12', drill: 10.2 },
  { thread: 'M14', drill: 12.0 },
  { thread: 'M16', drill: 14.0 },
  { thread: 'M18', drill: 15.5 },
  { thread: 'M20', drill: 17.5 },
];

/** How far a hole may be from a tap drill and still be one, mm (CAD exports round to 0.01). */
export const TAP_DRILL_TOLERANCE = 0.05;

/** A round hole of the part: centre and diameter in mm, and the index of its contour. */
export interface Hole {
  x: number;
  y: number;
  diameter: number;
  contour: number;
}

/** Holes of one tap drill size, each of which may be tapped with `thread`. */
export interface TapHoles {
  thread: string;
  drill: number;
  holes: Hole[];
}

/**
 * The round holes of a part: closed contours that are holes (odd depth) and whose length, area
 * and box are those of one circle (4πA/L² within 1e-4 of 1, a square box). Slots, D-holes and
 * polygons are not round holes.
 */
export function findHoles(metrics: AnalyzeResult): Hole[] {
  const out: Hole[] = [];
  metrics.contours.forEach((c, i) => {
    if (!c.closed || c.depth % 2 !== 1 || c.length <= 0) return;
    const { width, height } = c.bbox;
    const d = (width + height) / 2;
    if (Math.abs(width - height) > 1e-6 * Math.max(1, d)) return;
    const roundness = (4 * Math.PI * Math.abs(c.area)) / (c.length * c.length);
    if (Math.abs(roundness - 1) > 1e-4) return;
    if (Math.abs(c.length - Math.PI * d) > 1e-4 * Math.max(1, c.length)) return;
    out.push({ x: c.bbox.minX + width / 2, y: c.bbox.minY + height / 2, diameter: d, contour: i });
  });
  return out;
}

/**
 * The holes that can be tapped, by thread: every round hole within `tolerance` mm of a tap drill
 * (M6 = 5.0 mm, M8 = 6.8 mm, …), largest thread last.
 * @example tapHoles(await analyzeDxf(text)) // [{ thread: 'M8', drill: 6.8, holes: [4 holes] }]
 */
export function tapHoles(metrics: AnalyzeResult, tolerance = TAP_DRILL_TOLERANCE): TapHoles[] {
  const holes = findHoles(metrics);
  const out: TapHoles[] = [];
  for (const t of TAP_DRILLS) {
    const match = holes.filter((h) => Math.abs(h.diameter - t.drill) <= tolerance);
    if (match.length) out.push({ thread: t.thread, drill: t.drill, holes: match });
  }
  return out;
}

// ---- the operator's prices ---------------------------------------------------------------------

const Cents = z.number().check(z.nonnegative());
const Seconds = z.number().check(z.nonnegative());

/**
 * Finishing prices in the pricing profile (cents; times in seconds per part or per hole). Every
 * part is optional: a shop that does not offer a finishing leaves it out and it cannot be chosen.
 */
export const FinishingPricesSchema = z.object({
  /** Deburring: cents and seconds per metre of cut length. */
  deburring: z.optional(z.object({ perMetre: Cents, secondsPerMetre: Seconds })),
  /** Tapping: price and time per hole, by thread. */
  tapping: z.optional(z.array(z.object({ thread: z.string().check(z.minLength(1)), perHole: Cents, secondsPerHole: Seconds }))),
  /** Countersinking: per hole. */
  countersinking: z.optional(z.object({ perHole: Cents, secondsPerHole: Seconds })),
  /**
   * Bending: price per bend by thickness and part size. The first row whose `maxThickness` and
   * `maxLength` (the part's longer side, mm) hold the part applies; no row = cannot be bent here.
   */
  bending: z.optional(z.array(z.object({
    maxThickness: z.number().check(z.positive()),
    maxLength: z.number().check(z.positive()),
    perBend: Cents,
    secondsPerBend: Seconds,
  }))),
  /** Coating: by net area of both sides, cents per m², a minimum per line, the colours offered. */
  coating: z.optional(z.array(z.object({
    kind: z.enum(['powder', 'anodize']),
    label: z.string().check(z.minLength(1)),
    perSquareMetre: Cents,
    minimumPerLine: Cents,
    colours: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    /** Days the coater needs, added to the lead time. */
    extraDays: z.int().check(z.nonnegative()),
  }))),
});
export type FinishingPrices = z.output<typeof FinishingPricesSchema>;

// ---- what the customer chose -------------------------------------------------------------------

/** The finishing chosen for an order line. Counts are per part. */
export interface FinishingChoice {
  deburring?: boolean;
  /** Holes to tap, by thread: at most the holes of that tap drill the drawing has. */
  tapping?: { thread: string; count: number }[];
  /** Holes to countersink: at most the round holes the drawing has. */
  countersinking?: number;
  /** Bends per part: `true` takes the drawing's bend lines; a number is entered by the customer. */
  bending?: number | true;
  coating?: { kind: 'powder' | 'anodize'; colour: string };
}

/** One finishing line of a quote, for the whole quantity. */
export interface FinishingLine {
  code: 'deburring' | 'tapping' | 'countersinking' | 'bending' | 'coating';
  label: string;
  /** cents, whole quantity */
  amount: number;
  /** seconds per part */
  seconds: number;
  /** what was priced: metres, holes, bends or m² per part, and the thread or colour */
  detail: string;
}

const LABELS: Record<FinishingLine['code'], string> = {
  deburring: 'Deburring',
  tapping: 'Tapping',
  countersinking: 'Countersinking',
  bending: 'Bending',
  coating: 'Coating',
};

function invalid(message: string): KerfError {
  return new KerfError('INVALID_FINISHING', message);
}

function wholeCount(n: unknown, what: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 10_000) {
    throw invalid(`${what} must be a whole number from 0 to 10,000 (got ${String(n)}).`);
  }
  return n;
}

/**
 * Price the chosen finishing of a part: one line per finishing, amounts for `quantity` parts in
 * integer cents (rounded per line), seconds per part. Checks the choice against the drawing (no
 * more tapped holes of a size than the drawing has) and against what the shop offers.
 * @throws KerfError INVALID_FINISHING naming what cannot be done
 */
export function priceFinishing(
  metrics: AnalyzeResult,
  choice: FinishingChoice | undefined,
  prices: FinishingPrices | undefined,
  thickness: number,
  quantity: number,
): FinishingLine[] {
  if (!choice) return [];
  const p = prices ?? {};
  const lines: FinishingLine[] = [];
  const add = (code: FinishingLine['code'], unitCents: number, seconds: number, detail: string, minimum = 0) => {
    const amount = Math.max(Math.round(unitCents * quantity), Math.round(minimum));
    lines.push({ code, label: LABELS[code], amount, seconds, detail });
  };

  if (choice.deburring) {
    if (!p.deburring) throw invalid('This shop does not offer deburring.');
    const metres = metrics.cutLength / 1000;
    add('deburring', metres * p.deburring.perMetre, metres * p.deburring.secondsPerMetre, `${metres.toFixed(3)} m`);
  }

  if (choice.tapping?.length) {
    const offered = p.tapping ?? [];
    const found = tapHoles(metrics);
    const seen = new Set<string>();
    let cents = 0, seconds = 0;
    const parts: string[] = [];
    for (const t of choice.tapping) {
      const count = wholeCount(t.count, `The number of ${t.thread} holes to tap`);
      if (count === 0) continue;
      if (seen.has(t.thread)) throw invalid(`${t.thread} is listed twice in the tapping.`);
      seen.add(t.thread);
      const price = offered.find((o) => o.thread === t.thread);
      if (!price) throw invalid(`This shop does not tap ${t.thread} threads.`);
      const holes = found.find((f) => f.thread === t.thread)?.holes.length ?? 0;
      const drill = TAP_DRILLS.find((d) => d.thread === t.thread)?.drill;
      if (count > holes) {
        throw invalid(`The drawing has ${holes} ${holes === 1 ? 'hole' : 'holes'} of ${drill ?? '?'} mm for ${t.thread}; ${count} cannot be tapped. Draw the tap drill diameter for each threaded hole.`);
      }
      cents += count * price.perHole;
      seconds += count * price.secondsPerHole;
      parts.push(`${count} × ${t.thread}`);
    }
    if (parts.length) add('tapping', cents, seconds, parts.join(', '));
  }

  if (choice.countersinking !== undefined) {
    const count = wholeCount(choice.countersinking, 'The number of holes to countersink');
    if (count > 0) {
      if (!p.countersinking) throw invalid('This shop does not offer countersinking.');
      const holes = findHoles(metrics).length;
      if (count > holes) throw invalid(`The drawing has ${holes} round ${holes === 1 ? 'hole' : 'holes'}; ${count} cannot be countersunk.`);
      add('countersinking', count * p.countersinking.perHole, count * p.countersinking.secondsPerHole, `${count} ${count === 1 ? 'hole' : 'holes'}`);
    }
  }

  if (choice.bending !== undefined) {
    const bends = choice.bending === true ? metrics.metrics?.bends.count ?? 0 : wholeCount(choice.bending, 'The number of bends');
    if (choice.bending === true && bends === 0) {
      throw invalid('The drawing has no bend lines (a layer named BEND, BIEGEN, PLI, …); enter the number of bends instead.');
    }
    if (bends > 0) {
      // the drawing's bend lines are priced each by its own length (the press brake and its tools
      // are chosen by the length bent); an entered count by the part's longer side
      const drawn = choice.bending === true ? metrics.metrics?.bends.lengths : undefined;
      const longer = Math.max(metrics.bbox.width, metrics.bbox.height);
      const lengths = drawn && drawn.length === bends ? drawn : new Array<number>(bends).fill(longer);
      const rowFor = (length: number) => (p.bending ?? []).find((r) => thickness <= r.maxThickness + 1e-9 && length <= r.maxLength + 1e-9);
      let amount = 0, seconds = 0;
      for (const length of lengths) {
        const row = rowFor(length);
        if (!row) {
          throw invalid(p.bending?.length
            ? `This shop cannot bend ${length.toFixed(0)} mm in ${thickness} mm sheet.`
            : 'This shop does not offer bending.');
        }
        amount += row.perBend;
        seconds += row.secondsPerBend;
      }
      const longest = Math.max(...lengths);
      add('bending', amount, seconds, `${bends} ${bends === 1 ? 'bend' : 'bends'}${drawn === lengths ? `, longest ${longest.toFixed(0)} mm` : ''}`);
    }
  }

  if (choice.coating) {
    const offer = (p.coating ?? []).find((c) => c.kind === choice.coating!.kind);
    if (!offer) throw invalid(`This shop does not offer ${choice.coating.kind === 'powder' ? 'powder coating' : 'anodizing'}.`);
    if (!offer.colours.includes(choice.coating.colour)) {
      throw invalid(`${offer.label} is offered in ${offer.colours.join(', ')}; not in ${choice.coating.colour}.`);
    }
    const m2 = (2 * metrics.netArea) / 1e6;
    add('coating', m2 * offer.perSquareMetre, 0, `${offer.label} ${choice.coating.colour}, ${m2.toFixed(4)} m²`, offer.minimumPerLine);
  }
  return lines;
}

/** Extra days the chosen finishing adds to the lead time (the coater's). */
export function finishingExtraDays(choice: FinishingChoice | undefined, prices: FinishingPrices | undefined): number {
  if (!choice?.coating) return 0;
  return prices?.coating?.find((c) => c.kind === choice.coating!.kind)?.extraDays ?? 0;
}
