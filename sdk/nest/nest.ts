// Nesting a basket's parts onto sheets (issue [9]), by their true shapes or by their boxes. The
// true-shape method turns and mirrors each part's outline here, has the core rasterize every
// variant conservatively (half the spacing and the flattening tolerance around it) and place the
// copies greedily with bottom-left gravity along the sheet (assembly/true-nest.ts); further passes
// with other orders and tie rules run while attempts or time remain, and the best layout wins
// (fewer sheets, then a shorter last sheet). The box method is issue [2]'s MaxRects nest of the
// outlines' bounding boxes, reported in the same layout. Both answer plain data: placements move
// each outline (mirrored, then turned about the drawing origin, then moved) onto its sheet.

import { type KerfCore, loadCoreSync } from '../core/core.js';
import { KerfError } from '../errors.js';
import { nestRectangles } from '../pricing/nesting.js';
import { boxOutline, type NestOutline } from './outline.js';

/** A part to nest and how many copies. */
export interface NestItem { outline: NestOutline; quantity: number }

/** A sheet format; remnants have a count, stock formats none (unlimited). */
export interface NestSheetFormat { format: [number, number]; count?: number /* remnants: how many; default unlimited */ }

export interface NestOptions {
  /** Tried in this order (remnants first, then stock formats). */
  sheets: NestSheetFormat[];
  /** Between parts, mm. */
  spacing: number;
  /** To the sheet edge, mm (default = spacing). */
  margin?: number;
  /** Degrees, default 90 (0/90/180/270); 45, 30, 15 … allowed. */
  rotationStep?: number;
  /** Default false. */
  mirror?: boolean;
  /** Default 'true-shape'. */
  method?: 'true-shape' | 'box';
  /** Improve until then; WITHOUT it the result is deterministic. */
  timeLimitMs?: number;
  /** Deterministic improvement budget (default 1 = one greedy pass). */
  maxAttempts?: number;
  /** The raster cell of the true-shape nest, mm (default: from the sheet size, see {@link nestCellSize}). */
  cellSize?: number;
}

export interface NestPlacement {
  item: number; copy: number;
  /** Sheet mm: the outline is mirrored (x -> -x) when `mirrored`, */
  x: number; y: number;
  /** then turned `rotation` degrees counter-clockwise about the drawing origin, */
  rotation: number;
  /** then moved by (x, y). */
  mirrored: boolean;
}

export interface NestSheet {
  format: [number, number];
  /** Σ net area of its parts / its area. */
  utilization: number;
  /** mm along x, incl. margin. */
  usedLength: number;
  placements: NestPlacement[];
}

export interface NestLayout {
  method: 'true-shape' | 'box';
  sheetCount: number;
  /** Σ net area / Σ sheet area. */
  utilization: number;
  sheets: NestSheet[];
  /** Greedy passes made; the best one is this layout. */
  attempts: number;
  elapsedMs: number;
  /** The raster cell of a true-shape nest, mm. */
  cellSize?: number;
  /** Items nested as boxes (outline.exact false). */
  fallback: number[];
}

/**
 * Most raster cells a sheet format gets by default: time grows with them (a sheet's memory grows
 * with the parts' outlines only), and a finer cell loses less room to rounding (about a cell per
 * gap between two parts on average, two at worst: it decides whether a ring fits a bore tightly).
 */
export const NEST_MAX_CELLS = 4_500_000;
/** Smallest default raster cell, mm. */
export const NEST_MIN_CELL = 0.5;
/** Passes at most when only a time limit bounds them. */
const MAX_TIMED_ATTEMPTS = 10_000;

/**
 * The default raster cell for sheets of these formats: as fine as keeps the largest format within
 * {@link NEST_MAX_CELLS} cells, never below {@link NEST_MIN_CELL} mm.
 * @example nestCellSize([{ format: [3000, 1500] }]) // 1
 */
export function nestCellSize(sheets: NestSheetFormat[]): number {
  let area = 0;
  for (const s of sheets) area = Math.max(area, s.format[0] * s.format[1]);
  return Math.max(NEST_MIN_CELL, Math.sqrt(area / NEST_MAX_CELLS));
}

/**
 * Nest parts onto sheets: by their true shapes (default; holes used, turned by `rotationStep`,
 * mirrored when allowed) or by their boxes (`method: 'box'`, issue [2]'s MaxRects). Parts keep
 * `spacing` mm between them and `margin` mm to the sheet edges. Without `timeLimitMs` the layout
 * is deterministic; `maxAttempts` and `timeLimitMs` buy further passes and keep the best.
 *
 * @example
 * const outline = nestOutline(analyzeDxfSync(text, { healed: true }));
 * const layout = nest([{ outline, quantity: 50 }], { sheets: [{ format: [3000, 1500] }], spacing: 8 });
 * layout.sheetCount; // 1
 * @throws KerfError PART_TOO_LARGE (a part fits no sheet), INVALID_PARAMETER
 */
export function nest(items: NestItem[], options: NestOptions, core: KerfCore = loadCoreSync()): NestLayout {
  const started = now();
  const o = checkOptions(items, options);
  const fallback = items.map((it, i) => (it.outline.exact ? -1 : i)).filter((i) => i >= 0);
  if (o.method === 'box') return { ...boxNest(items, o, core), attempts: 1, elapsedMs: now() - started, fallback };
  return { ...shapeNest(items, o, core, started), fallback };
}

interface Checked {
  sheets: { format: [number, number]; count: number }[];
  spacing: number;
  margin: number;
  rotations: number[];
  mirror: boolean;
  method: 'true-shape' | 'box';
  timeLimitMs?: number;
  maxAttempts?: number;
  cellSize: number;
}

function bad(message: string): KerfError {
  return new KerfError('INVALID_PARAMETER', message);
}

function checkOptions(items: NestItem[], options: NestOptions): Checked {
  if (!Array.isArray(items)) throw bad('items must be a list of { outline, quantity }.');
  items.forEach((it, i) => {
    const ol = it?.outline;
    if (!ol || !Array.isArray(ol.rings) || !ol.bbox || !(ol.bbox.width >= 0) || !(ol.bbox.height >= 0)) {
      throw bad(`Item ${i + 1} needs an outline (see nestOutline).`);
    }
    if (!Number.isInteger(it.quantity) || it.quantity < 0) throw bad(`Item ${i + 1} needs a whole quantity of 0 or more.`);
  });
  if (!options || !Array.isArray(options.sheets) || options.sheets.length === 0) throw bad('Give at least one sheet format.');
  const sheets = options.sheets.map((s, i) => {
    const [w, h] = s?.format ?? [];
    if (!(w > 0) || !(h > 0) || !Number.isFinite(w) || !Number.isFinite(h)) throw bad(`Sheet format ${i + 1} needs a positive width and height.`);
    if (s.count !== undefined && (!Number.isInteger(s.count) || s.count < 0)) throw bad(`Sheet format ${i + 1}: count must be a whole number of 0 or more.`);
    return { format: [w, h] as [number, number], count: s.count ?? -1 };
  });
  const spacing = options.spacing;
  if (!(spacing >= 0) || !Number.isFinite(spacing)) throw bad('spacing must be zero or more mm.');
  const margin = options.margin ?? spacing;
  if (!(margin >= 0) || !Number.isFinite(margin)) throw bad('margin must be zero or more mm.');
  const step = options.rotationStep ?? 90;
  if (!(step >= 1) || !(step <= 360)) throw bad('rotationStep must be between 1 and 360 degrees.');
  const rotations: number[] = [];
  for (let k = 0; k * step < 360 - 1e-9; k++) rotations.push(Math.round(k * step * 1e9) / 1e9);
  const method = options.method ?? 'true-shape';
  if (method !== 'true-shape' && method !== 'box') throw bad(`method must be 'true-shape' or 'box' (got "${String(method)}").`);
  if (options.timeLimitMs !== undefined && !(options.timeLimitMs >= 0)) throw bad('timeLimitMs must be zero or more.');
  if (options.maxAttempts !== undefined && (!Number.isInteger(options.maxAttempts) || options.maxAttempts < 1)) throw bad('maxAttempts must be a whole number of 1 or more.');
  const cellSize = options.cellSize ?? nestCellSize(sheets);
  if (!(cellSize > 0) || !Number.isFinite(cellSize)) throw bad('cellSize must be a positive number of mm.');
  return {
    sheets, spacing, margin, rotations, mirror: options.mirror === true, method,
    timeLimitMs: options.timeLimitMs, maxAttempts: options.maxAttempts, cellSize,
  };
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function tooLarge(items: NestItem[], item: number, o: Checked): KerfError {
  const b = items[item].outline.bbox;
  return new KerfError(
    'PART_TOO_LARGE',
    `Part ${item + 1} (${round1(b.width)} x ${round1(b.height)} mm) fits no sheet with ${o.spacing} mm spacing and ${o.margin} mm margin.`,
  );
}

const round1 = (v: number) => Math.round(v * 10) / 10;

// ---------------------------------------------------------------------------------------------
// true shapes

/** A part turned (and maybe mirrored) as the core rasterized it. */
interface Variant { item: number; rotation: number; mirrored: boolean; maxX: number; maxY: number }

/** cos and sin of a whole number of degrees, exact at the quarter turns. */
function cosSin(deg: number): [number, number] {
  const q = ((deg % 360) + 360) % 360;
  if (q === 0) return [1, 0];
  if (q === 90) return [0, 1];
  if (q === 180) return [-1, 0];
  if (q === 270) return [0, -1];
  const a = (q * Math.PI) / 180;
  return [Math.cos(a), Math.sin(a)];
}

/** The outline's rings mirrored (x -> -x) when asked, then turned `deg` counter-clockwise. */
export function transformRings(rings: number[][], deg: number, mirrored: boolean): number[][] {
  const [c, s] = cosSin(deg);
  const m = mirrored ? -1 : 1;
  return rings.map((r) => {
    const out = new Array<number>(r.length);
    for (let i = 0; i + 1 < r.length; i += 2) {
      const x = m * r[i], y = r[i + 1];
      out[i] = c * x - s * y;
      out[i + 1] = s * x + c * y;
    }
    return out;
  });
}

/**
 * The rings' edges relative to their box's corner, rounded to 1e-5 mm and sorted: two variants
 * with the same key have the same even-odd region (it depends on the edges only), placed alike.
 */
function edgeKey(rings: number[][]): string {
  let minX = Infinity, minY = Infinity;
  for (const r of rings) {
    for (let k = 0; k + 1 < r.length; k += 2) {
      minX = Math.min(minX, r[k]);
      minY = Math.min(minY, r[k + 1]);
    }
  }
  const edges: string[] = [];
  for (const r of rings) {
    const n = r.length >> 1;
    for (let k = 0; k < n; k++) {
      const j = (k + 1) % n;
      const a = `${Math.round((r[2 * k] - minX) * 1e5)},${Math.round((r[2 * k + 1] - minY) * 1e5)}`;
      const b = `${Math.round((r[2 * j] - minX) * 1e5)},${Math.round((r[2 * j + 1] - minY) * 1e5)}`;
      edges.push(a < b ? `${a} ${b}` : `${b} ${a}`);
    }
  }
  return edges.sort().join(';');
}


/** mulberry32: the seeded perturbations of further passes. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One greedy pass. A `turned` pass nests on the sheets turned by 90° (gravity across the sheet
 * instead of along it: rows of discs instead of columns, which may fit one more row); its layout
 * turns back by 90° clockwise, every part with it.
 */
/** A pass's order of the items, tie rule, whether the sheets are turned, and its gravity. */
type Plan = [number[], number, boolean, number];

interface Pass { sheets: number; lastUsed: number; run: ReturnType<KerfCore['trueNestRun']>; order: number[]; turned: boolean }

function shapeNest(items: NestItem[], o: Checked, core: KerfCore, started: number): Omit<NestLayout, 'fallback'> {
  const c = o.cellSize;
  const mirrors = o.mirror ? [false, true] : [false];
  const live = items.map((it, i) => i).filter((i) => items[i].quantity > 0);
  core.trueNestBegin(c, Math.max(1, live.length * o.rotations.length * mirrors.length));
  // every item's variants, contiguous in the core
  const variants: Variant[] = [];
  const first = new Array<number>(items.length).fill(0), count = new Array<number>(items.length).fill(0);
  for (const i of live) {
    const ol = items[i].outline;
    const rings = ol.rings.filter((r) => r.length >= 6);
    const base = rings.length ? rings : boxOutline(ol.bbox, ol.area).rings;
    const dilation = o.spacing / 2 + (ol.exact ? (ol.tolerance ?? 0) : 0) + 1e-7;
    first[i] = variants.length;
    const seen = new Set<string>();
    for (const mirrored of mirrors) {
      for (const rotation of o.rotations) {
        const turned = transformRings(base, rotation, mirrored);
        // a turn that gives the same edges (a disc, a ring, a square) gives the same layouts
        const key = edgeKey(turned);
        if (seen.has(key)) continue;
        seen.add(key);
        const v = core.trueNestVariant(turned, dilation, first[i]);
        if (v.index < 0) continue;
        let maxX = -Infinity, maxY = -Infinity;
        for (const r of turned) {
          for (let k = 0; k < r.length; k += 2) {
            maxX = Math.max(maxX, r[k]);
            maxY = Math.max(maxY, r[k + 1]);
          }
        }
        variants.push({ item: i, rotation, mirrored, maxX, maxY });
      }
    }
    count[i] = variants.length - first[i];
  }
  const formats = o.sheets.map((s) => [s.format[0], s.format[1], s.count] as [number, number, number]);
  const turnedFormats = o.sheets.map((s) => [s.format[1], s.format[0], s.count] as [number, number, number]);
  // turning the sheets needs every part's quarter turns
  const canTurn = o.rotations.includes(90) && o.rotations.includes(270);
  const footprint = (i: number) => items[i].outline.bbox.width * items[i].outline.bbox.height;
  const byFootprint = live.slice().sort((a, b) => footprint(b) - footprint(a) || items[b].outline.area - items[a].outline.area || a - b);

  const pass = ([order, rule, turned, gravity]: Plan): Pass => {
    const copies: number[] = [];
    for (const i of order) for (let k = 0; k < items[i].quantity; k++) copies.push(first[i], count[i]);
    const run = core.trueNestRun(turned ? turnedFormats : formats, copies, o.margin, o.spacing, rule, gravity);
    if (run.sheets < 0) {
      let at = run.failed;
      const item = order.find((i) => (at -= items[i].quantity) < 0)!;
      if (run.sheets === -1) throw tooLarge(items, item, o);
      throw new KerfError('PART_TOO_LARGE', `Part ${item + 1} does not fit the sheets left (all formats with a count are used up).`);
    }
    // how far the last sheet is used along its length, mm
    let lastUsed = 0;
    const pl = run.placements, last = run.sheets - 1;
    for (let k = 0; k < pl.length / 6; k++) {
      if (pl[6 * k] !== last) continue;
      const v = variants[pl[6 * k + 1]];
      lastUsed = Math.max(lastUsed, turned ? pl[6 * k + 3] + v.maxY : pl[6 * k + 2] + v.maxX);
    }
    return { sheets: run.sheets, lastUsed, run, order, turned };
  };
  const better = (a: Pass, b: Pass) => a.sheets < b.sheets || (a.sheets === b.sheets && a.lastUsed < b.lastUsed - 1e-9);

  // the passes: largest footprint first; then the sheets turned, some weight on the height (a
  // ring in the corner before a column's top), the left edge first, other orders; then seeded
  // perturbations of all of these
  const byArea = live.slice().sort((a, b) => items[b].outline.area - items[a].outline.area || a - b);
  const byLongest = live.slice().sort((a, b) => longest(items[b].outline) - longest(items[a].outline) || a - b);
  const fixed: Plan[] = [
    [byFootprint, 0, false, 0], [byFootprint, 0, true, 0], [byFootprint, 0, false, 0.5], [byFootprint, 0, false, 0.05],
    [byFootprint, 1, false, 0], [byArea, 0, false, 0], [byFootprint, 0, true, 0.5], [byLongest, 0, false, 0],
  ];
  const schedule = fixed.filter((f) => canTurn || !f[2]);
  const gravities = [0, 0.05, 0.2, 0.5];
  const plan = (k: number): Plan => {
    if (k < schedule.length) return schedule[k];
    const r = rng(k * 7919);
    const keyed = live.map((i) => [i, footprint(i) * (0.6 + 0.8 * r())] as const);
    keyed.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return [keyed.map((e) => e[0]), r() < 0.5 ? 0 : 1, canTurn && r() < 0.5, gravities[Math.floor(r() * gravities.length)]];
  };
  const limit = o.maxAttempts ?? (o.timeLimitMs !== undefined ? MAX_TIMED_ATTEMPTS : 1);
  let best: Pass | undefined;
  let attempts = 0;
  while (attempts < limit) {
    if (attempts > 0 && o.timeLimitMs !== undefined && now() - started >= o.timeLimitMs) break;
    const p = pass(plan(attempts));
    attempts++;
    if (!best || better(p, best)) best = p;
  }
  return { ...layoutOf(best!, items, variants, o), attempts, elapsedMs: now() - started, cellSize: c };
}

function longest(ol: NestOutline): number {
  return Math.max(ol.bbox.width, ol.bbox.height);
}

function layoutOf(p: Pass, items: NestItem[], variants: Variant[], o: Checked): Omit<NestLayout, 'attempts' | 'elapsedMs' | 'fallback'> {
  const sheets: NestSheet[] = p.run.sheetFormats.map((f) => ({
    format: [o.sheets[f].format[0], o.sheets[f].format[1]] as [number, number], utilization: 0, usedLength: 0, placements: [],
  }));
  const net = new Array<number>(sheets.length).fill(0);
  const copyOf = new Array<number>(items.length).fill(0);
  const pl = p.run.placements;
  let k = 0;
  for (const i of p.order) {
    for (let q = 0; q < items[i].quantity; q++, k++) {
      const s = pl[6 * k], v = variants[pl[6 * k + 1]];
      const sheet = sheets[s];
      const tx = pl[6 * k + 2], ty = pl[6 * k + 3];
      if (p.turned) {
        // the turned sheet's (x', y') is the sheet's (y', H - x'), and every part turns with it by
        // -90°: the turned pass's gravity towards x' = 0 and y' = 0 is towards the top and the left
        const H = sheet.format[1];
        sheet.placements.push({ item: i, copy: copyOf[i]++, x: clean(ty), y: clean(H - tx), rotation: (v.rotation + 270) % 360, mirrored: v.mirrored });
        sheet.usedLength = Math.max(sheet.usedLength, ty + v.maxY + o.margin);
      } else {
        sheet.placements.push({ item: i, copy: copyOf[i]++, x: clean(tx), y: clean(ty), rotation: v.rotation, mirrored: v.mirrored });
        sheet.usedLength = Math.max(sheet.usedLength, tx + v.maxX + o.margin);
      }
      net[s] += items[i].outline.area;
    }
  }
  return summary(sheets, net, 'true-shape');
}

/** Placement coordinates to 1e-6 mm: cell multiples print short. */
function clean(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

function summary(sheets: NestSheet[], net: number[], method: 'true-shape' | 'box'): Omit<NestLayout, 'attempts' | 'elapsedMs' | 'fallback'> {
  let netAll = 0, areaAll = 0;
  sheets.forEach((s, i) => {
    const area = s.format[0] * s.format[1];
    s.utilization = net[i] / area;
    s.usedLength = Math.min(clean(s.usedLength), s.format[0]);
    netAll += net[i];
    areaAll += area;
  });
  return { method, sheetCount: sheets.length, utilization: areaAll > 0 ? netAll / areaAll : 0, sheets };
}

// ---------------------------------------------------------------------------------------------
// boxes

function boxNest(items: NestItem[], o: Checked, core: KerfCore): Omit<NestLayout, 'attempts' | 'elapsedMs' | 'fallback'> {
  // the box nest keeps `spacing` to the edges: a virtual sheet grown or shrunk by the difference
  // keeps `margin` instead
  const d = o.margin - o.spacing;
  const rotate = o.rotations.includes(90);
  const left = items.map((it) => it.quantity);
  const copyOf = new Array<number>(items.length).fill(0);
  const sheets: NestSheet[] = [];
  const net: number[] = [];
  for (const s of o.sheets) {
    if (left.every((q) => q === 0)) break;
    if (s.count === 0) continue;
    const [W, H] = s.format;
    const vw = W - 2 * d, vh = H - 2 * d;
    const fits = (i: number) => {
      const b = items[i].outline.bbox, w = b.width + o.spacing, h = b.height + o.spacing;
      return (w <= vw - o.spacing + 1e-9 && h <= vh - o.spacing + 1e-9) || (rotate && h <= vw - o.spacing + 1e-9 && w <= vh - o.spacing + 1e-9);
    };
    const members = items.map((_, i) => i).filter((i) => left[i] > 0 && fits(i));
    if (!members.length) continue;
    const res = nestRectangles(
      members.map((i) => ({ width: Math.max(items[i].outline.bbox.width, 1e-9), height: Math.max(items[i].outline.bbox.height, 1e-9), quantity: left[i], area: items[i].outline.area })),
      { sheet: [vw, vh], spacing: o.spacing, rotate },
      core,
    );
    const keep = s.count < 0 ? res.sheets : Math.min(res.sheets, s.count);
    const base = sheets.length;
    for (let k = 0; k < keep; k++) {
      sheets.push({ format: [W, H], utilization: 0, usedLength: 0, placements: [] });
      net.push(0);
    }
    // placements in the box nest's order (largest first), sheet by sheet
    for (const p of res.placements) {
      if (p.sheet >= keep) continue;
      const i = members[p.part], b = items[i].outline.bbox;
      const px = p.x + d, py = p.y + d;
      // the outline's box lands where the box nest put it: turned by 90° its x-range is
      // [-(minY + h), -minY] and its y-range [minX, minX + w]
      const x = p.rotated ? px + b.minY + b.height : px - b.minX;
      const y = p.rotated ? py - b.minX : py - b.minY;
      const sheet = sheets[base + p.sheet];
      sheet.placements.push({ item: i, copy: copyOf[i]++, x: clean(x), y: clean(y), rotation: p.rotated ? 90 : 0, mirrored: false });
      sheet.usedLength = Math.max(sheet.usedLength, px + p.width + o.margin);
      net[base + p.sheet] += items[i].outline.area;
      left[i]--;
    }
  }
  const stuck = left.findIndex((q) => q > 0);
  if (stuck >= 0) {
    const fitsAny = o.sheets.some((s) => {
      const vw = s.format[0] - 2 * d, vh = s.format[1] - 2 * d, b = items[stuck].outline.bbox;
      const w = b.width + 2 * o.spacing, h = b.height + 2 * o.spacing;
      return (w <= vw + 1e-9 && h <= vh + 1e-9) || (rotate && h <= vw + 1e-9 && w <= vh + 1e-9);
    });
    if (!fitsAny) throw tooLarge(items, stuck, o);
    throw new KerfError('PART_TOO_LARGE', `Part ${stuck + 1} does not fit the sheets left (all formats with a count are used up).`);
  }
  return summary(sheets, net, 'box');
}
