import { type KerfCore, loadCoreSync } from '../core/core.js';
import { KerfError } from '../errors.js';

/** A part to nest: its bounding box, how many, and (optionally) its net area for utilization. */
export interface NestPart {
  width: number;
  height: number;
  quantity: number;
  /** Net area of one part, mm²; the box area when absent. */
  area?: number;
}

/** Where one copy of a part lies: its lower-left corner on a sheet, maybe turned by 90°. */
export interface Placement {
  part: number;
  copy: number;
  sheet: number;
  x: number;
  y: number;
  rotated: boolean;
  /** Size on the sheet (after turning). */
  width: number;
  height: number;
}

export interface NestResult {
  sheets: number;
  /** Sheets the parts' box areas need at the very least: ceil(Σ w·h / sheet area). */
  areaLowerBound: number;
  /** Σ net part area / (sheets × sheet area). */
  utilization: number;
  placements: Placement[];
}

/**
 * Rectangle nesting of a basket's parts (one material and thickness) onto sheets of one format,
 * with the shop's part spacing between parts and to the edges. Parts go largest first; the core
 * places them by MaxRects with best-short-side fit, trying 90° turns.
 *
 * @example
 * const r = nestRectangles([{ width: 500, height: 300, quantity: 4 }], { sheet: [3000, 1500], spacing: 8 });
 * r.sheets; // 1
 * @throws KerfError PART_TOO_LARGE when a part fits no sheet
 */
export function nestRectangles(
  parts: NestPart[],
  options: { sheet: [number, number]; spacing: number; rotate?: boolean },
  core: KerfCore = loadCoreSync(),
): NestResult {
  const [sw, sh] = options.sheet;
  const copies: { part: number; copy: number; w: number; h: number }[] = [];
  let boxArea = 0, netArea = 0;
  parts.forEach((p, part) => {
    if (!(p.width > 0) || !(p.height > 0) || !Number.isInteger(p.quantity) || p.quantity < 0) {
      throw new KerfError('INVALID_PARAMETER', `Part ${part + 1} needs a positive size and a whole quantity.`);
    }
    for (let copy = 0; copy < p.quantity; copy++) copies.push({ part, copy, w: p.width, h: p.height });
    boxArea += p.width * p.height * p.quantity;
    netArea += (p.area ?? p.width * p.height) * p.quantity;
  });
  // largest first (by the longer side, then area): the classic order for MaxRects
  copies.sort((a, b) => Math.max(b.w, b.h) - Math.max(a.w, a.h) || b.w * b.h - a.w * a.h || a.part - b.part || a.copy - b.copy);
  const sizes = new Float64Array(copies.length * 2);
  copies.forEach((c, i) => { sizes[2 * i] = c.w; sizes[2 * i + 1] = c.h; });
  const { sheets, placements } = core.nest(sizes, sw, sh, options.spacing, options.rotate ?? true);
  if (sheets < 0) {
    throw new KerfError('PART_TOO_LARGE', `A part does not fit a ${sw} x ${sh} mm sheet with ${options.spacing} mm spacing.`);
  }
  return {
    sheets,
    areaLowerBound: Math.ceil(boxArea / (sw * sh) - 1e-12),
    utilization: sheets > 0 ? netArea / (sheets * sw * sh) : 0,
    placements: copies.map((c, i) => {
      const rotated = placements[4 * i + 3] === 1;
      return {
        part: c.part, copy: c.copy, sheet: placements[4 * i], x: placements[4 * i + 1], y: placements[4 * i + 2], rotated,
        width: rotated ? c.h : c.w, height: rotated ? c.w : c.h,
      };
    }),
  };
}
