import { type KerfCore, loadCoreSync } from '../core/core.js';
import { KerfError } from '../errors.js';
import type { AnalyzeResult } from '../types.js';
import { type Catalog, DEFAULT_MARKING_SPEED, findMaterial } from './catalog.js';
import { type FinishingChoice, type FinishingLine, finishingExtraDays, priceFinishing } from './finishing.js';
import { DEFAULT_LEAD_TIMES, type DeliveryOption, deliveryOptions, today } from './lead-time.js';
import type { PricingProfile } from './profile.js';

/** What is being priced: one order line. */
export interface QuoteRequest {
  material: string;
  /** mm */
  thickness: number;
  quantity: number;
  /** Finishing of the part (issue [7]): deburring, tapping, countersinking, bending, coating. */
  finishing?: FinishingChoice;
  /** Delivery option code (`standard` when not given): its surcharge or discount is a line. */
  leadTime?: string;
  /** The order date the delivery date counts from (YYYY-MM-DD; today in UTC when not given). */
  orderDate?: string;
  /**
   * The line's share of a nest of several lines on the same sheets (issue [9]: the basket's and
   * the order's true-shape nest). With the `sheet-share` material model the material is charged
   * for `area` mm² of sheet per piece, or the part's own grid of boxes where that is less (a part
   * never pays more for being nested with others), and the quote's `sheets` report this nest (its
   * format, sheet count and utilization, all lines together).
   */
  nest?: QuoteNestShare;
}

/** What a nest of the whole basket charges one of its lines (see {@link QuoteRequest.nest}). */
export interface QuoteNestShare {
  method: 'true-shape' | 'box';
  /** Sheet area charged per piece, mm². */
  area: number;
  format: [number, number];
  sheetCount: number;
  utilization: number;
}

/** One line of the price breakdown; amounts in integer cents, for the whole quantity. */
export interface QuoteLine {
  code: 'material' | 'cutting' | 'engraving' | 'setup' | 'quantity_discount' | FinishingLine['code'] | 'lead_time' | 'surcharge'
    | 'minimum_order' | 'rounding';
  label: string;
  amount: number;
  /** For surcharges: the profile's surcharge code. */
  surcharge?: string;
  /** For finishing lines: what was priced (holes, bends, m², colour). */
  detail?: string;
  /** For finishing lines: seconds per part. */
  seconds?: number;
}

/** A finding about the part that matters for this material and thickness. */
export interface QuoteWarning {
  code: 'SMALL_FEATURE';
  message: string;
  count: number;
}

/** A quote, as API.md's `quote`: integer cents, `total` = the sum of `breakdown`. */
export interface Quote {
  metrics: AnalyzeResult;
  material: { id: string; thickness: number };
  quantity: number;
  currency: string;
  unitPrice: number;
  total: number;
  breakdown: QuoteLine[];
  /**
   * The sheets this line takes. `method` says what made the figures: `box` = the part's own
   * bounding box in a grid on the best format (a quote of one part); `true-shape` (or `box`) with
   * `nested: true` = the nest of all the basket's lines of this material, which the line shares.
   * `partsPerSheet` is always the part's own grid figure.
   */
  sheets: {
    format: [number, number]; partsPerSheet: number; sheetCount: number; utilization: number; rotated: boolean;
    method: 'box' | 'true-shape'; nested?: boolean;
  };
  /** Machine time per part, s (cutting plus piercing plus rapid travel between contours). */
  cuttingTime: number;
  /**
   * The rapid travel of the cut sequence per part (`metrics.sequence`: parts get one unasked), mm,
   * and its time at the profile's `rapidSpeed`, s; included in `cuttingTime`. Absent when the
   * metrics carry no sequence (a sheet over 2,000 contours analyzed without `sequence: true`).
   */
  travel?: { distance: number; seconds: number };
  /** Weight of one part, kg. */
  weight: number;
  /** Finishing time per part, s (deburring, tapping, countersinking, bending). */
  finishingTime: number;
  /** The chosen delivery option and its date; `options` are all the shop offers, with their dates. */
  delivery: { code: string; label: string; workingDays: number; extraDays: number; date: string; options: DeliveryOption[] };
  warnings: QuoteWarning[];
}

const LABELS: Record<QuoteLine['code'], string> = {
  material: 'Material',
  cutting: 'Laser cutting',
  engraving: 'Engraving',
  setup: 'Setup',
  quantity_discount: 'Quantity discount',
  surcharge: 'Surcharge',
  minimum_order: 'Minimum order value',
  rounding: 'Rounding',
  deburring: 'Deburring',
  tapping: 'Tapping',
  countersinking: 'Countersinking',
  bending: 'Bending',
  coating: 'Coating',
  lead_time: 'Delivery',
};

/** Rapid traverse speed quote() takes when the profile gives none, mm/min (a modern fibre laser's 1 m/s). */
export const DEFAULT_RAPID_SPEED = 60_000;

/** kg of `area` mm² of sheet `thickness` mm at `density` kg/m³. */
function kg(area: number, thickness: number, density: number): number {
  return area * thickness * density * 1e-9;
}

/**
 * Price a part: material from the sheet it takes, cutting time (cut length / speed + pierces ×
 * pierce time + the cut sequence's rapid travel / rapid speed) at the machine rate, engraving time (`metrics.metrics.engraveLength` / marking
 * speed, a line `engraving` when there is any) at the machine rate, setup spread over the quantity, quantity breaks, markups,
 * finishing (priced from the drawing: see priceFinishing), the delivery option's surcharge or
 * discount, surcharges, minimum order value and rounding, in integer cents. The same input gives the same
 * cents in a browser, a worker, Node and on the server: plain IEEE arithmetic in a fixed order,
 * rounded per line.
 *
 * In a browser's main thread, `await loadCore()` once before (or pass the core): the sheet fit
 * runs in the WebAssembly core.
 *
 * @example
 * const q = quote(await analyzeDxf(text), { material: 'S235', thickness: 3, quantity: 10 }, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);
 * console.log(q.unitPrice / 100, q.currency);
 * @throws KerfError UNKNOWN_MATERIAL, UNAVAILABLE_THICKNESS, INVALID_QUANTITY, PART_TOO_LARGE
 */
export function quote(
  metrics: AnalyzeResult,
  request: QuoteRequest,
  catalog: Catalog,
  profile: PricingProfile,
  core: KerfCore = loadCoreSync(),
): Quote {
  const { quantity } = request;
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 1_000_000) {
    throw new KerfError('INVALID_QUANTITY', `Quantity must be a whole number from 1 to 1,000,000 (got ${quantity}).`);
  }
  const { material, data } = findMaterial(catalog, request.material, request.thickness);
  const t = data.thickness;
  const spacing = profile.partSpacing;
  const w = metrics.bbox.width, h = metrics.bbox.height;

  // the sheet format that wastes least per part
  let best: { format: [number, number]; partsPerSheet: number; rotated: boolean } | undefined;
  for (const format of material.sheetFormats ?? catalog.sheetFormats) {
    const fit = core.sheetFit(w, h, format[0], format[1], spacing);
    if (fit.partsPerSheet < 1) continue;
    if (!best || (format[0] * format[1]) / fit.partsPerSheet < (best.format[0] * best.format[1]) / best.partsPerSheet) {
      best = { format: [format[0], format[1]], ...fit };
    }
  }
  if (!best) {
    const largest = (material.sheetFormats ?? catalog.sheetFormats).map((f) => `${f[0]} x ${f[1]}`).join(', ');
    throw new KerfError(
      'PART_TOO_LARGE',
      `The part (${w.toFixed(1)} x ${h.toFixed(1)} mm plus ${spacing} mm spacing) does not fit the ${material.id} sheets (${largest} mm).`,
    );
  }
  const sheetArea = best.format[0] * best.format[1];

  // material per part, cents
  const nest = request.nest;
  if (nest && !(nest.area > 0 && Number.isFinite(nest.area))) {
    throw new KerfError('INVALID_PARAMETER', `A nest share needs a positive sheet area per piece (got ${nest.area}).`);
  }
  // a nest's share never costs more than the part's own grid: nesting with others only lowers prices
  const chargedArea = profile.materialModel === 'sheet-share' ? Math.min(nest?.area ?? Infinity, sheetArea / best.partsPerSheet)
    : profile.materialModel === 'bounding-box' ? (w + spacing) * (h + spacing)
      : metrics.netArea * (1 + profile.scrapFactor);
  const unitMaterial = kg(chargedArea, t, material.density) * material.pricePerKg * (1 + profile.materialMarkup);

  // machine time per part, s; cutting per part, cents. The head's rapid moves between contours
  // (the cut sequence's travel) run at the machine's rapid speed
  const travelDistance = metrics.sequence?.travel;
  const travelSeconds = travelDistance === undefined ? 0 : (travelDistance / (profile.rapidSpeed ?? DEFAULT_RAPID_SPEED)) * 60;
  const cuttingTime = (metrics.cutLength / data.cuttingSpeed) * 60 + metrics.pierces * data.pierceTime + travelSeconds;
  const unitCutting = (cuttingTime / 3600) * profile.machineRatePerHour * (1 + profile.cuttingMarkup);
  // engraving per part (geometry on engrave layers, marked, not cut), at the marking speed and
  // the same machine rate; results stored before layer roles have no metrics: nothing to mark
  const engraveLength = metrics.metrics?.engraveLength ?? 0;
  const engravingTime = (engraveLength / (data.markingSpeed ?? DEFAULT_MARKING_SPEED)) * 60;
  const unitEngraving = (engravingTime / 3600) * profile.machineRatePerHour * (1 + profile.cuttingMarkup);

  const breakdown: QuoteLine[] = [];
  const add = (code: QuoteLine['code'], amount: number, extra?: Partial<QuoteLine>) => {
    breakdown.push({ code, label: LABELS[code], amount, ...extra });
  };
  add('material', Math.round(unitMaterial * quantity));
  add('cutting', Math.round(unitCutting * quantity));
  if (engraveLength > 0) add('engraving', Math.round(unitEngraving * quantity));
  add('setup', Math.round(profile.setupCostPerLine));
  let discount = 0;
  for (const b of profile.quantityBreaks) if (quantity >= b.minQuantity && b.discount > discount) discount = b.discount;
  if (discount > 0) add('quantity_discount', -Math.round((unitMaterial + unitCutting + unitEngraving) * quantity * discount));
  const finishing = priceFinishing(metrics, request.finishing, profile.finishing, t, quantity);
  for (const f of finishing) add(f.code, f.amount, { label: f.label, detail: f.detail, seconds: f.seconds });
  const sum = () => breakdown.reduce((s, l) => s + l.amount, 0);

  // the delivery option: its surcharge (express) or discount (economy) on everything so far
  const leadTimes = profile.leadTimes ?? DEFAULT_LEAD_TIMES;
  const code = request.leadTime ?? 'standard';
  const options = deliveryOptions(leadTimes, request.orderDate ?? today(), profile.holidays ?? [], finishingExtraDays(request.finishing, profile.finishing));
  const chosen = options.find((o) => o.code === code);
  if (!chosen) {
    throw new KerfError('UNKNOWN_LEAD_TIME', `The delivery option "${code}" is not offered; choose one of ${options.map((o) => o.code).join(', ')}.`);
  }
  if (chosen.adjustment !== 0) {
    const amount = Math.round(sum() * chosen.adjustment);
    if (amount !== 0) add('lead_time', amount, { label: chosen.label, detail: `${chosen.workingDays} working days` });
  }
  const beforeSurcharges = sum();
  for (const s of profile.surcharges) {
    const amount = s.type === 'fixed' ? Math.round(s.amount) : Math.round(beforeSurcharges * s.amount);
    if (amount !== 0) add('surcharge', amount, { label: s.label, surcharge: s.code });
  }
  let subtotal = sum();
  if (subtotal < profile.minimumOrderValue) {
    add('minimum_order', Math.round(profile.minimumOrderValue - subtotal));
    subtotal = sum();
  }
  // a unit price in whole rounding steps, never below the minimum order value in total
  const step = profile.roundingStep;
  let unitPrice = Math.ceil(subtotal / quantity / step - 1e-9) * step;
  while (unitPrice * quantity < profile.minimumOrderValue) unitPrice += step;
  const total = unitPrice * quantity;
  if (total !== subtotal) add('rounding', total - subtotal);

  const sheetCount = Math.ceil(quantity / best.partsPerSheet);
  const warnings: QuoteWarning[] = [];
  const small = metrics.contours.filter((c) => c.closed && c.depth % 2 === 1
    && Math.min(c.bbox.width, c.bbox.height) < data.minHoleDiameter - 1e-9).length;
  if (small > 0) {
    warnings.push({
      code: 'SMALL_FEATURE',
      message: `${small} ${small === 1 ? 'hole is' : 'holes are'} smaller than ${data.minHoleDiameter} mm, the smallest ${material.id} ${t} mm can be cut cleanly; enlarge ${small === 1 ? 'it' : 'them'}, choose thinner sheet, or plan to drill.`,
      count: small,
    });
  }
  return {
    metrics,
    material: { id: material.id, thickness: t },
    quantity,
    currency: profile.currency,
    unitPrice,
    total,
    breakdown,
    sheets: nest
      ? {
        format: [nest.format[0], nest.format[1]], partsPerSheet: best.partsPerSheet, sheetCount: nest.sheetCount,
        utilization: nest.utilization, rotated: best.rotated, method: nest.method, nested: true,
      }
      : {
        format: best.format,
        partsPerSheet: best.partsPerSheet,
        sheetCount,
        utilization: (quantity * metrics.netArea) / (sheetCount * sheetArea),
        rotated: best.rotated,
        method: 'box',
      },
    cuttingTime,
    ...(travelDistance === undefined ? {} : { travel: { distance: travelDistance, seconds: travelSeconds } }),
    weight: kg(metrics.netArea, t, material.density),
    finishingTime: finishing.reduce((s, f) => s + f.seconds, 0),
    delivery: { code: chosen.code, label: chosen.label, workingDays: chosen.workingDays, extraDays: chosen.extraDays, date: chosen.date, options },
    warnings,
  };
}
