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

/** One line of a basket to nest: the part's metrics and what it is cut from. */
export interface BasketLine {
  metrics: { bbox: { width: number; height: number }; netArea: number };
  material: string;
  thickness: number;
  quantity: number;
}

/** The nest of one material and thickness; `placements[i].part` indexes the basket's lines. */
export interface BasketNest extends NestResult {
  material: string;
  thickness: number;
  format: [number, number];
}

/**
 * Nest a whole basket: lines grouped by material and thickness, each group on that material's
 * first sheet format with the profile's part spacing.
 * @example nestBasket(lines, catalog, profile).map((g) => `${g.material} ${g.thickness}: ${g.sheets} sheets`)
 */
export function nestBasket(
  lines: BasketLine[],
  catalog: { sheetFormats: [number, number][]; materials: { id: string; sheetFormats?: [number, number][] }[] },
  profile: { partSpacing: number },
  core: KerfCore = loadCoreSync(),
): BasketNest[] {
  const groups = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const key = `${l.material}\u0000${l.thickness}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const out: BasketNest[] = [];
  for (const members of groups.values()) {
    const first = lines[members[0]];
    const material = catalog.materials.find((m) => m.id === first.material);
    if (!material) throw new KerfError('UNKNOWN_MATERIAL', `Unknown material "${first.material}".`);
    const format = (material.sheetFormats ?? catalog.sheetFormats)[0];
    const res = nestRectangles(
      members.map((i) => ({ width: lines[i].metrics.bbox.width, height: lines[i].metrics.bbox.height, quantity: lines[i].quantity, area: lines[i].metrics.netArea })),
      { sheet: format, spacing: profile.partSpacing },
      core,
    );
    out.push({
      ...res,
      placements: res.placements.map((p) => ({ ...p, part: members[p.part] })),
      material: first.material,
      thickness: first.thickness,
      format: [format[0], format[1]],
    });
  }
  return out;
}
