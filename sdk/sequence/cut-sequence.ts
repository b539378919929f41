// The cut sequence of one part (issue [9]): in which order the laser cuts the contours, where it
// pierces each one (its lead-in), and how far the head travels in rapid moves between them.
//
// - Lead-ins: the midpoint of the contour's longest straight segment; without one, its sharpest
//   corner; a smooth contour (a round hole) is entered where it comes nearest the head.
// - Inner before outer: a contour is cut only after every contour inside it (a hole before the
//   outline around it, an island inside a hole before the hole), so nothing drops out uncut.
// - Tour: nearest neighbour from the machine origin over the contours allowed next, found
//   through a grid (not a scan of all), then 2-opt (reversing runs of the tour) where a reversal
//   shortens the travel and keeps every hole before its outline. The work is bounded by a count
//   of moves tried, not a clock, so the same drawing always gets the same sequence (a price made
//   in the browser and re-made on the server must agree).
//
// Lengths in mm. Open contours are cut from the end nearer the head to the other.

import { CONTOUR_STRIDE, type CoreResult } from '../core/core.js';
import { KIND_ARC, KIND_ELLIPSE, KIND_LINE } from '../geometry/buffer.js';
import { curveEnds } from '../heal/healed-geometry.js';
import { SplineEval } from '../preview/contour-paths.js';
import type { CutSequence, CutSequenceOptions } from '../types.js';

/** Turns sharper than this (radians, about 10°) count as corners. */
const CORNER = 0.17;
/** Drawings planned without being asked (AnalyzeOptions.sequence unset): at most this many contours and segments. */
export const AUTO_SEQUENCE_CONTOURS = 2_000;
export const AUTO_SEQUENCE_SEGMENTS = 20_000;
/** Move evaluations 2-opt may try in all (deterministic bound). */
export const DEFAULT_TWO_OPT_BUDGET = 1_000_000;
/** Up to this many contours 2-opt tries every pair; above, runs of at most WINDOW contours. */
const FULL_TWO_OPT = 1500;
const WINDOW = 24;

/** How the head enters a contour. */
const FIXED = 0, CIRCLE = 1, SAMPLES = 2, OPEN = 3;

/** One contour as the sequencer sees it. */
interface Item {
  kind: number;
  /** FIXED: the lead-in; CIRCLE: the centre; OPEN: the first end; SAMPLES: the box centre. */
  x: number; y: number;
  /** CIRCLE: radius; OPEN: the other end in x2, y2; SAMPLES: points. */
  r: number; x2: number; y2: number;
  pts?: Float64Array;
  /** How far an entry point may lie from (x, y). */
  slack: number;
  depth: number;
  closed: boolean;
  minX: number; minY: number; maxX: number; maxY: number;
  area: number;
  /** 'edge' | 'corner' | 'nearest' | 'end' */
  how: CutSequence['leadIns'][number]['at'];
}

/**
 * The cut sequence of an analyzed drawing, from one core run with its segments kept
 * (`core.run(packed, tol, true)`, read before the core runs again).
 */
export function sequenceFromCore(raw: CoreResult, packed: Float64Array, options: CutSequenceOptions = {}): CutSequence {
  return tour(describe(raw, raw.recordData ?? packed), options);
}

// ------------------------------------------------------------------------------------------
// contours → items

function describe(raw: CoreResult, d: Float64Array): Item[] {
  const c = raw.contours, n = c.length / CONTOUR_STRIDE;
  const out: Item[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const b = i * CONTOUR_STRIDE;
    const closed = c[b] !== 0;
    const start = c[b + 9], count = c[b + 10];
    const it: Item = {
      kind: FIXED, x: 0, y: 0, r: 0, x2: 0, y2: 0, slack: 0, depth: c[b + 4], closed,
      minX: c[b + 5], minY: c[b + 6], maxX: c[b + 7], maxY: c[b + 8], area: c[b + 2], how: 'edge',
    };
    out[i] = it;
    if (!closed) {
      const [sx, sy] = walkedEnd(d, raw.records[raw.order[start] >> 1], (raw.order[start] & 1) === 1, false);
      const last = raw.order[start + count - 1];
      const [ex, ey] = walkedEnd(d, raw.records[last >> 1], (last & 1) === 1, true);
      it.kind = OPEN; it.x = sx; it.y = sy; it.x2 = ex; it.y2 = ey; it.how = 'end';
      it.slack = Math.hypot(ex - sx, ey - sy);
      continue;
    }
    // the longest straight segment
    let best = -1, bx = 0, by = 0;
    for (let k = 0; k < count; k++) {
      const r = raw.records[raw.order[start + k] >> 1];
      if (d[r] !== KIND_LINE) continue;
      const len = Math.hypot(d[r + 3] - d[r + 1], d[r + 4] - d[r + 2]);
      if (len > best) { best = len; bx = (d[r + 1] + d[r + 3]) / 2; by = (d[r + 2] + d[r + 4]) / 2; }
    }
    if (best > 0) { it.x = bx; it.y = by; continue; }
    // a lone full circle
    if (count === 1) {
      const r = raw.records[raw.order[start] >> 1];
      if (d[r] === KIND_ARC && Math.abs(d[r + 5]) >= 2 * Math.PI - 1e-12) {
        it.kind = CIRCLE; it.x = d[r + 1]; it.y = d[r + 2]; it.r = Math.abs(d[r + 3]); it.slack = it.r; it.how = 'nearest';
        continue;
      }
    }
    // the sharpest corner between two segments
    let sharp = CORNER, cx = 0, cy = 0;
    for (let k = 0; k < count; k++) {
      const o1 = raw.order[start + k], o2 = raw.order[start + (k + 1) % count];
      const [px, py, ax, ay] = tangent(d, raw.records[o1 >> 1], (o1 & 1) === 1, true);
      const [, , bx2, by2] = tangent(d, raw.records[o2 >> 1], (o2 & 1) === 1, false);
      const turn = Math.abs(Math.atan2(ax * by2 - ay * bx2, ax * bx2 + ay * by2));
      if (turn > sharp) { sharp = turn; cx = px; cy = py; }
    }
    if (sharp > CORNER) { it.x = cx; it.y = cy; it.how = 'corner'; continue; }
    // smooth all round: entered where it comes nearest the head, among points along it
    const pts: number[] = [];
    for (let k = 0; k < count; k++) {
      const o = raw.order[start + k];
      sample(d, raw.records[o >> 1], pts);
    }
    it.kind = SAMPLES; it.pts = Float64Array.from(pts); it.how = 'nearest';
    it.x = (it.minX + it.maxX) / 2; it.y = (it.minY + it.maxY) / 2;
    for (let k = 0; k < pts.length; k += 2) it.slack = Math.max(it.slack, Math.hypot(pts[k] - it.x, pts[k + 1] - it.y));
  }
  return out;
}

/** The start (or end) point of a segment walked forwards or backwards. */
function walkedEnd(d: Float64Array, r: number, rev: boolean, end: boolean): [number, number] {
  const last = end !== rev;
  if (d[r] === KIND_LINE) return last ? [d[r + 3], d[r + 4]] : [d[r + 1], d[r + 2]];
  if (d[r] === KIND_ARC) {
    const full = Math.abs(d[r + 5]) >= 2 * Math.PI - 1e-12;
    return last && !full ? [d[r + 8], d[r + 9]] : [d[r + 6], d[r + 7]];
  }
  const [x0, y0, x1, y1] = curveEnds(d, r);
  return last ? [x1, y1] : [x0, y0];
}

/** Point and unit direction of travel at the walked start (end = false) or end of a segment. */
function tangent(d: Float64Array, r: number, rev: boolean, end: boolean): [number, number, number, number] {
  const [px, py] = walkedEnd(d, r, rev, end);
  let tx: number, ty: number;
  const kind = d[r];
  if (kind === KIND_LINE) {
    tx = d[r + 3] - d[r + 1]; ty = d[r + 4] - d[r + 2];
  } else if (kind === KIND_ARC) {
    // perpendicular to the radius, turning with the sweep
    const s = d[r + 5] >= 0 ? 1 : -1;
    tx = -(py - d[r + 2]) * s; ty = (px - d[r + 1]) * s;
  } else if (kind === KIND_ELLIPSE) {
    const t = end !== rev ? Math.min(d[r + 8], d[r + 7] + 2 * Math.PI) : d[r + 7];
    tx = -d[r + 3] * Math.sin(t) + d[r + 5] * Math.cos(t); ty = -d[r + 4] * Math.sin(t) + d[r + 6] * Math.cos(t);
  } else {
    const deg = d[r + 1], nc = d[r + 2], nk = d[r + 3];
    const ev = new SplineEval(d, deg, nc, r + 4, r + 4 + nk);
    const a = d[r + 4 + deg], b = d[r + 4 + nc], h = (b - a) * 1e-6;
    const t = end !== rev ? b : a;
    ev.at(t === b ? b - h : a + h);
    const qx = ev.x, qy = ev.y;
    ev.at(t);
    tx = t === b ? ev.x - qx : qx - ev.x; ty = t === b ? ev.y - qy : qy - ev.y;
  }
  if (rev) { tx = -tx; ty = -ty; }
  const l = Math.hypot(tx, ty) || 1;
  return [px, py, tx / l, ty / l];
}

/** Points along a segment (its start and a few inside) for a smooth contour's nearest entry. */
function sample(d: Float64Array, r: number, out: number[]): void {
  const kind = d[r];
  if (kind === KIND_ARC) {
    const cx = d[r + 1], cy = d[r + 2], rad = Math.abs(d[r + 3]), a0 = d[r + 4], sw = d[r + 5];
    const n = Math.max(2, Math.ceil(Math.abs(sw) / (Math.PI / 16)));
    for (let k = 0; k < n; k++) out.push(cx + rad * Math.cos(a0 + (sw * k) / n), cy + rad * Math.sin(a0 + (sw * k) / n));
  } else if (kind === KIND_ELLIPSE) {
    const t0 = d[r + 7], t1 = Math.min(d[r + 8], t0 + 2 * Math.PI);
    const n = Math.max(2, Math.ceil((t1 - t0) / (Math.PI / 16)));
    for (let k = 0; k < n; k++) {
      const t = t0 + ((t1 - t0) * k) / n;
      out.push(d[r + 1] + d[r + 3] * Math.cos(t) + d[r + 5] * Math.sin(t), d[r + 2] + d[r + 4] * Math.cos(t) + d[r + 6] * Math.sin(t));
    }
  } else if (kind === KIND_LINE) {
    out.push(d[r + 1], d[r + 2]);
  } else {
    const deg = d[r + 1], nc = d[r + 2], nk = d[r + 3];
    const ev = new SplineEval(d, deg, nc, r + 4, r + 4 + nk);
    const a = d[r + 4 + deg], b = d[r + 4 + nc], n = 4 * Math.max(1, nc - deg);
    for (let k = 0; k < n; k++) {
      ev.at(a + ((b - a) * k) / n);
      out.push(ev.x, ev.y);
    }
  }
}

// ------------------------------------------------------------------------------------------
// the tour

// entry()'s answer, in module variables rather than a new array per candidate (the tour asks
// for millions of them on a big sheet)
let EX = 0, EY = 0, XX = 0, XY = 0;

/** Where entering `it` from (px, py) pierces (EX, EY), and where the cut leaves it (XX, XY). */
function entry(it: Item, px: number, py: number): void {
  switch (it.kind) {
    case FIXED: EX = XX = it.x; EY = XY = it.y; return;
    case CIRCLE: {
      const dx = px - it.x, dy = py - it.y, l = Math.sqrt(dx * dx + dy * dy);
      EX = XX = l > 0 ? it.x + (it.r * dx) / l : it.x + it.r;
      EY = XY = l > 0 ? it.y + (it.r * dy) / l : it.y;
      return;
    }
    case OPEN: {
      const d1 = (it.x - px) ** 2 + (it.y - py) ** 2, d2 = (it.x2 - px) ** 2 + (it.y2 - py) ** 2;
      if (d1 <= d2) { EX = it.x; EY = it.y; XX = it.x2; XY = it.y2; } else { EX = it.x2; EY = it.y2; XX = it.x; XY = it.y; }
      return;
    }
    default: {
      const p = it.pts!;
      let best = Infinity, bx = it.x, by = it.y;
      for (let k = 0; k < p.length; k += 2) {
        const dd = (p[k] - px) ** 2 + (p[k + 1] - py) ** 2;
        if (dd < best) { best = dd; bx = p[k]; by = p[k + 1]; }
      }
      EX = XX = bx; EY = XY = by;
    }
  }
}

/** The closed contour of depth d - 1 around each contour (its parent), by box and smallest area. */
function parents(items: Item[]): Int32Array {
  const n = items.length;
  const parent = new Int32Array(n).fill(-1);
  if (!items.some((it) => it.depth > 0)) return parent;
  // candidates by depth, in a grid over their boxes
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const it of items) { minX = Math.min(minX, it.minX); minY = Math.min(minY, it.minY); maxX = Math.max(maxX, it.maxX); maxY = Math.max(maxY, it.maxY); }
  const cells = new Map<number, number[]>();
  const cell = (x: number, y: number) => Math.min(g - 1, Math.max(0, Math.floor((x - minX) / cw))) * g + Math.min(g - 1, Math.max(0, Math.floor((y - minY) / ch)));
  // only depths some contour sits directly inside can hold a parent (a sheet of holes: the outline)
  let deepest = 0;
  for (const it of items) deepest = Math.max(deepest, it.depth);
  const g = Math.max(1, Math.min(512, Math.ceil(Math.sqrt(items.filter((it) => it.closed && it.depth < deepest).length))));
  const cw = (maxX - minX) / g || 1, ch = (maxY - minY) / g || 1;
  for (let i = 0; i < n; i++) {
    const it = items[i];
    if (!it.closed || it.depth >= deepest) continue;
    const x0 = Math.min(g - 1, Math.max(0, Math.floor((it.minX - minX) / cw))), x1 = Math.min(g - 1, Math.max(0, Math.floor((it.maxX - minX) / cw)));
    const y0 = Math.min(g - 1, Math.max(0, Math.floor((it.minY - minY) / ch))), y1 = Math.min(g - 1, Math.max(0, Math.floor((it.maxY - minY) / ch)));
    // a contour is looked up by its box centre: registering it in every cell it covers is what
    // lets that lookup find it (an outline of the whole sheet lands in every cell, once)
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const key = cx * g + cy;
        let list = cells.get(key);
        if (!list) cells.set(key, list = []);
        list.push(i);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const it = items[i];
    if (it.depth < 1) continue;
    const list = cells.get(cell((it.minX + it.maxX) / 2, (it.minY + it.maxY) / 2));
    if (!list) continue;
    let best = -1, bestArea = Infinity;
    for (const j of list) {
      const p = items[j];
      if (j === i || p.depth !== it.depth - 1) continue;
      if (p.minX > it.minX || p.minY > it.minY || p.maxX < it.maxX || p.maxY < it.maxY) continue;
      if (p.area < bestArea) { bestArea = p.area; best = j; }
    }
    parent[i] = best;
  }
  return parent;
}

function tour(items: Item[], options: CutSequenceOptions): CutSequence {
  const n = items.length;
  const ox = options.origin?.[0] ?? 0, oy = options.origin?.[1] ?? 0;
  const parent = parents(items);
  const pending = new Int32Array(n);
  for (let i = 0; i < n; i++) if (parent[i] >= 0) pending[parent[i]]++;

  // nearest neighbour over the contours allowed next, through a grid of their points; contours
  // whose entry may lie far from their point (big smooth ones, long open ones) are few and
  // looked at one by one
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const it of items) { minX = Math.min(minX, it.x); minY = Math.min(minY, it.y); maxX = Math.max(maxX, it.x); maxY = Math.max(maxY, it.y); }
  let g = Math.max(1, Math.min(2048, Math.ceil(Math.sqrt(n))));
  let size = Math.max((maxX - minX) / g, (maxY - minY) / g) || 1;
  // each cell a doubly linked list of its contours (heads by cell, links by contour): no array per cell
  let head = new Int32Array(g * g).fill(-1);
  const next = new Int32Array(n), prev = new Int32Array(n);
  const far: number[] = [];
  // decided once, with the first (finest) cell size
  const farFrom = size;
  const isFar = (it: Item) => it.slack > farFrom;
  const cellX = (x: number) => Math.min(g - 1, Math.max(0, Math.floor((x - minX) / size)));
  const cellY = (y: number) => Math.min(g - 1, Math.max(0, Math.floor((y - minY) / size)));
  let nearSlack = 0;
  const link = (i: number) => {
    const c = cellX(items[i].x) * g + cellY(items[i].y);
    next[i] = head[c]; prev[i] = -1 - c;
    if (head[c] >= 0) prev[head[c]] = i;
    head[c] = i;
  };
  const add = (i: number) => {
    const it = items[i];
    if (isFar(it)) { far.push(i); return; }
    nearSlack = Math.max(nearSlack, it.slack);
    link(i);
  };
  const remove = (i: number) => {
    if (isFar(items[i])) { far.splice(far.indexOf(i), 1); return; }
    const p = prev[i], nx = next[i];
    if (p >= 0) next[p] = nx; else head[-1 - p] = nx;
    if (nx >= 0) prev[nx] = p;
  };
  let inGrid = 0;
  for (let i = 0; i < n; i++) if (pending[i] === 0) { add(i); if (!isFar(items[i])) inGrid++; }
  /** Fewer, larger cells once most are empty: the search for the last scattered contours would
   *  otherwise cross thousands of empty cells at every step. */
  const coarsen = () => {
    const members: number[] = [];
    for (let c = 0; c < head.length; c++) for (let i = head[c]; i >= 0; i = next[i]) members.push(i);
    g = Math.max(1, Math.ceil(Math.sqrt(members.length)));
    size = Math.max((maxX - minX) / g, (maxY - minY) / g) || 1;
    head = new Int32Array(g * g).fill(-1);
    for (const i of members) link(i);
  };

  const order = new Int32Array(n);
  const ent = new Float64Array(2 * n), ext = new Float64Array(2 * n);
  let px = ox, py = oy, nnTravel = 0;
  for (let step = 0; step < n; step++) {
    let best = -1, bestD = Infinity;
    // the grid, ring by ring, until no nearer point can be left
    if (inGrid > 0) {
      const cx = cellX(px), cy = cellY(py);
      for (let ring = 0; ring < 2 * g; ring++) {
        // anything in ring `ring` or beyond is at least (ring - 1) cells away, less its slack
        if (best >= 0 && (ring - 1) * size - nearSlack > bestD) break;
        for (let x = cx - ring; x <= cx + ring; x++) {
          if (x < 0 || x >= g) continue;
          const edge = x === cx - ring || x === cx + ring;
          for (let y = cy - ring; y <= cy + ring; y += edge ? 1 : 2 * ring) {
            if (y < 0 || y >= g) { if (!edge && ring === 0) break; continue; }
            for (let i = head[x * g + y]; i >= 0; i = next[i]) {
              entry(items[i], px, py);
              const dd = Math.sqrt((EX - px) ** 2 + (EY - py) ** 2);
              if (dd < bestD || (dd === bestD && i < best)) { bestD = dd; best = i; }
            }
            if (ring === 0) break;
          }
        }
      }
    }
    for (const i of far) {
      entry(items[i], px, py);
      const dd = Math.sqrt((EX - px) ** 2 + (EY - py) ** 2);
      if (dd < bestD || (dd === bestD && i < best)) { bestD = dd; best = i; }
    }
    if (best < 0) break; // cannot happen: a contour's parent waits only for contours inside it
    remove(best);
    if (!isFar(items[best]) && --inGrid * 16 < g * g && g > 8) coarsen();
    entry(items[best], px, py);
    order[step] = best;
    ent[2 * step] = EX; ent[2 * step + 1] = EY; ext[2 * step] = XX; ext[2 * step + 1] = XY;
    nnTravel += bestD;
    px = XX; py = XY;
    const p = parent[best];
    if (p >= 0 && --pending[p] === 0) { add(p); if (!isFar(items[p])) inGrid++; }
  }

  // 2-opt over the fixed entry and exit points: reversing order[i..j] swaps each open contour's
  // ends; it must not put an outline before a contour inside it
  const budget = options.improvementBudget ?? DEFAULT_TWO_OPT_BUDGET;
  const pos = new Int32Array(n);
  for (let k = 0; k < n; k++) pos[order[k]] = k;
  const children: number[][] = [];
  for (let i = 0; i < n; i++) if (parent[i] >= 0) (children[parent[i]] ??= []).push(i);
  const dist = (ax: number, ay: number, bx: number, by: number) => Math.sqrt((ax - bx) ** 2 + (ay - by) ** 2);
  let tried = 0, improved = true;
  const full = n <= FULL_TWO_OPT;
  while (improved && tried < budget) {
    improved = false;
    for (let i = 0; i < n - 1 && tried < budget; i++) {
      // the edge into i: from the previous exit (or the origin)
      const ax = i > 0 ? ext[2 * i - 2] : ox, ay = i > 0 ? ext[2 * i - 1] : oy;
      const jEnd = full ? n - 1 : Math.min(n - 1, i + WINDOW);
      for (let j = i + 1; j <= jEnd; j++) {
        tried++;
        const c = order[j];
        const kids = children[c];
        // once the run holds an outline and a contour inside it, every longer run does too
        if (kids && kids.some((k) => pos[k] >= i)) break;
        const before = dist(ax, ay, ent[2 * i], ent[2 * i + 1]) + (j + 1 < n ? dist(ext[2 * j], ext[2 * j + 1], ent[2 * j + 2], ent[2 * j + 3]) : 0);
        // reversed: the run is entered at j's exit and left at i's entry
        const after = dist(ax, ay, ext[2 * j], ext[2 * j + 1]) + (j + 1 < n ? dist(ent[2 * i], ent[2 * i + 1], ent[2 * j + 2], ent[2 * j + 3]) : 0);
        if (after < before - 1e-9) {
          reverse(order, ent, ext, pos, i, j);
          improved = true;
        }
      }
    }
  }
  let travel = 0;
  px = ox; py = oy;
  const leadIns: CutSequence['leadIns'] = new Array(n);
  for (let k = 0; k < n; k++) {
    travel += dist(px, py, ent[2 * k], ent[2 * k + 1]);
    px = ext[2 * k]; py = ext[2 * k + 1];
    leadIns[k] = { contour: order[k], x: ent[2 * k], y: ent[2 * k + 1], at: items[order[k]].how };
  }
  return {
    order: Array.from(order),
    leadIns,
    travel,
    nearestNeighbourTravel: nnTravel,
    origin: [ox, oy],
  };
}

/** Reverse order[i..j] with its entry and exit points (a reversed run is cut the other way). */
function reverse(order: Int32Array, ent: Float64Array, ext: Float64Array, pos: Int32Array, i: number, j: number): void {
  for (let a = i, b = j; a < b; a++, b--) {
    const t = order[a]; order[a] = order[b]; order[b] = t;
    for (const arr of [ent, ext]) {
      let s = arr[2 * a]; arr[2 * a] = arr[2 * b]; arr[2 * b] = s;
      s = arr[2 * a + 1]; arr[2 * a + 1] = arr[2 * b + 1]; arr[2 * b + 1] = s;
    }
  }
  // walked the other way: each contour is entered where it was left
  for (let k = i; k <= j; k++) {
    let s = ent[2 * k]; ent[2 * k] = ext[2 * k]; ext[2 * k] = s;
    s = ent[2 * k + 1]; ent[2 * k + 1] = ext[2 * k + 1]; ext[2 * k + 1] = s;
    pos[order[k]] = k;
  }
}
