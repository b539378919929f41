// A part's shape for true-shape nesting (issue [9]), read from the healed geometry of its
// analysis: every closed contour becomes one flat ring (lines exact, arcs, ellipses and splines
// flattened to chords within a tolerance), filled by the even-odd rule, so outer outlines are
// material, holes free room for smaller parts and islands material again. Holes too small to
// hold anything worth nesting are left filled (with whatever lies inside them), which keeps the
// rings few. A drawing with open contours has no trustworthy inside: it nests as its bounding box.

import { KerfError } from '../errors.js';
import { recordEnd } from '../dxf/layers.js';
import { KIND_ARC, KIND_ELLIPSE, KIND_LINE } from '../geometry/buffer.js';
import { flattenEllipse, flattenSpline } from '../preview/contour-paths.js';
import type { AnalyzeResult } from '../types.js';

/** A part's shape for nesting: closed rings in drawing mm, even-odd fill (outer outlines and the
 *  holes worth using), flattened within `tolerance`. Plain arrays: JSON-storable. */
export interface NestOutline {
  /** Each ring flat [x0, y0, x1, y1, …], implicitly closed. */
  rings: number[][];
  /** Net area, mm² (as the analysis says; a box outline of a drawing without closed contours: the box's). */
  area: number;
  bbox: { minX: number; minY: number; width: number; height: number };
  /** false: a box (the bbox rectangle), because the drawing has open contours. */
  exact: boolean;
  /** The flattening tolerance, mm: the rings stray at most this far inside the true curves (the nest keeps it as extra spacing). */
  tolerance?: number;
}

/** Options of {@link nestOutline}. */
export interface NestOutlineOptions {
  /** Largest distance between a curve and its chords, mm (default 0.25). */
  tolerance?: number;
  /** Holes whose bounding box's shorter side is below this (mm, default 20) are left filled. */
  minHole?: number;
}

/** Default flattening tolerance of nest outlines, mm. */
export const NEST_TOLERANCE = 0.25;
/** Default smallest hole kept free for other parts, mm (its bounding box's shorter side). */
export const NEST_MIN_HOLE = 20;

const TWO_PI = 2 * Math.PI;
/** Ring coordinates are rounded to this (mm): JSON stays short, the nest sees no difference. */
const GRID = 1e-4;

/**
 * A part nested as its bounding box (`exact: false`): drawings with open contours, or parts whose
 * shape is not known (minX/minY default to 0).
 * @example boxOutline({ width: 200, height: 100 }, 20000).rings // [[0, 0, 200, 0, 200, 100, 0, 100]]
 */
export function boxOutline(bbox: { minX?: number; minY?: number; width: number; height: number }, area: number): NestOutline {
  const x = bbox.minX ?? 0, y = bbox.minY ?? 0, w = bbox.width, h = bbox.height;
  return { rings: [[x, y, x + w, y, x + w, y + h, x, y + h]], area, bbox: { minX: x, minY: y, width: w, height: h }, exact: false, tolerance: 0 };
}

/**
 * The nesting outline of an analyzed part: its closed contours as flattened rings (even-odd fill),
 * holes below `minHole` left filled, or the bounding box when the drawing has open contours.
 *
 * @example
 * const outline = nestOutline(analyzeDxfSync(text, { healed: true }), { tolerance: 0.25 });
 * outline.rings.length; // 1 outer outline + the holes of at least 20 mm
 * @throws KerfError INVALID_OPTION when the result was analyzed without `healed: true`
 */
export function nestOutline(result: AnalyzeResult, options: NestOutlineOptions = {}): NestOutline {
  const h = result.healed;
  if (!h || !(h.cut instanceof Float64Array)) {
    throw new KerfError('INVALID_OPTION', 'A nesting outline needs an analysis made with { healed: true }.');
  }
  const tol = options.tolerance ?? NEST_TOLERANCE;
  const minHole = options.minHole ?? NEST_MIN_HOLE;
  if (!(tol > 0) || !Number.isFinite(tol)) throw new KerfError('INVALID_OPTION', `tolerance must be a positive number of mm (got ${tol}).`);
  if (!(minHole >= 0)) throw new KerfError('INVALID_OPTION', `minHole must be zero or more mm (got ${minHole}).`);
  const b = result.bbox;
  const bbox = { minX: b.minX, minY: b.minY, width: b.width, height: b.height };
  if (result.openContours > 0 || h.closed.some((c) => c === 0)) return boxOutline(bbox, result.netArea > 0 ? result.netArea : b.width * b.height);
  // every contour's ring, in the order of result.contours
  clampBox = b;
  const all: number[][] = [];
  const d = h.cut;
  let r = 0, k = 0;
  const pts: number[] = [];
  for (let c = 0; c < h.segments.length; c++) {
    const ring: number[] = [];
    for (let j = 0; j < h.segments[c]; j++, k++) {
      pts.length = 0;
      segmentPoints(d, r, tol, pts);
      const rev = h.reversed[k] === 1;
      const n = pts.length >> 1;
      // the segment's points in walking order, without its end (the next segment's start)
      for (let i = 0; i < n - 1; i++) {
        const q = rev ? n - 1 - i : i;
        push(ring, pts[2 * q], pts[2 * q + 1]);
      }
      r = recordEnd(d, r, d.length);
    }
    // the end closes on the start
    while (ring.length >= 4 && ring[ring.length - 2] === ring[0] && ring[ring.length - 1] === ring[1]) ring.length -= 2;
    all.push(ring);
  }
  // holes too small to use are filled, and whatever lies inside them goes with them
  const contours = result.contours;
  const dropped = new Uint8Array(all.length);
  for (let c = 0; c < all.length; c++) {
    const ct = contours[c];
    if (ct.depth % 2 !== 1 || Math.min(ct.bbox.width, ct.bbox.height) >= minHole) continue;
    dropped[c] = 1;
    for (let e = 0; e < all.length; e++) {
      const inner = contours[e];
      if (e === c || inner.depth <= ct.depth || !boxInside(inner.bbox, ct.bbox)) continue;
      if (all[e].length >= 2 && pointInRing(all[c], all[e][0], all[e][1])) dropped[e] = 1;
    }
  }
  const rings = all.filter((ring, c) => !dropped[c] && ring.length >= 6);
  return { rings, area: result.netArea, bbox, exact: true, tolerance: tol };
}

function round(v: number): number {
  const q = Math.round(v / GRID) * GRID;
  // print as the short decimal it is (1.2345, not 1.2345000000000002)
  return Number(q.toFixed(4));
}

/** The analysis's box: rounded ring points stay inside it (the box nest relies on it). */
let clampBox = { minX: 0, minY: 0, maxX: 0, maxY: 0 };

function push(ring: number[], x: number, y: number): void {
  const b = clampBox;
  const rx = Math.min(Math.max(round(x), b.minX), b.maxX), ry = Math.min(Math.max(round(y), b.minY), b.maxY);
  const n = ring.length;
  if (n >= 2 && ring[n - 2] === rx && ring[n - 1] === ry) return;
  ring.push(rx, ry);
}

/** The points of one record from its start to its end (record direction), within `tol`. */
function segmentPoints(d: Float64Array, r: number, tol: number, pts: number[]): void {
  const kind = d[r];
  if (kind === KIND_LINE) {
    pts.push(d[r + 1], d[r + 2], d[r + 3], d[r + 4]);
  } else if (kind === KIND_ARC) {
    const cx = d[r + 1], cy = d[r + 2], rad = Math.abs(d[r + 3]), a0 = d[r + 4];
    const sw = Math.max(-TWO_PI, Math.min(TWO_PI, d[r + 5]));
    const full = Math.abs(sw) >= TWO_PI - 1e-12;
    const x0 = d[r + 6], y0 = d[r + 7];
    const x1 = full ? x0 : d[r + 8], y1 = full ? y0 : d[r + 9];
    // a chord over angle φ strays r (1 - cos φ/2) from the arc
    const step = rad > tol ? 2 * Math.acos(1 - tol / rad) : Math.PI / 2;
    let pieces = Math.min(100_000, Math.max(1, Math.ceil(Math.abs(sw) / step)));
    // a full circle in a multiple of 24 chords looks the same turned by 90°, 45°, 30° or 15°, so
    // the nest rasterizes it once for all those turns
    if (full) pieces = Math.max(24, Math.ceil(pieces / 24) * 24);
    pts.push(x0, y0);
    for (let i = 1; i < pieces; i++) {
      const a = a0 + (sw * i) / pieces;
      pts.push(cx + rad * Math.cos(a), cy + rad * Math.sin(a));
    }
    pts.push(x1, y1);
  } else if (kind === KIND_ELLIPSE) flattenEllipse(d, r, tol, pts);
  else flattenSpline(d, r, tol, pts);
}

function boxInside(a: { minX: number; minY: number; maxX: number; maxY: number }, b: { minX: number; minY: number; maxX: number; maxY: number }): boolean {
  return a.minX >= b.minX - 1e-9 && a.minY >= b.minY - 1e-9 && a.maxX <= b.maxX + 1e-9 && a.maxY <= b.maxY + 1e-9;
}

/** Even-odd point-in-polygon of one flat ring. */
export function pointInRing(ring: number[], x: number, y: number): boolean {
  let inside = false;
  const n = ring.length >> 1;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i], yi = ring[2 * i + 1], xj = ring[2 * j], yj = ring[2 * j + 1];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
