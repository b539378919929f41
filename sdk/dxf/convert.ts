import { KerfError } from '../errors.js';
import { type Affine, compose, ocs, rotate, scale, translate } from '../geometry/affine.js';
import { GeometryBuffer } from '../geometry/buffer.js';
import { fitCubic } from '../geometry/fit-spline.js';
import type {
  ArcEntity, BaseEntity, CircleEntity, EllipseEntity, InsertEntity, LwPolylineEntity, PolylineEntity, PolyVertex,
  SplineEntity,
} from './handlers.js';
import type { DxfBlock } from './read.js';
import { type LayerIgnoreReason, type LayerRole, LayerRoles, recordLengths, recordsLength } from './layers.js';
import {
  type KerfDrawing, type Tape, T_ARC, T_CIRCLE, T_ELLIPSE, T_INSERT, T_LINE, T_LWPOLYLINE, T_OTHER, T_POLYLINE, T_SPLINE,
} from './kerf-reader.js';

const TWO_PI = 2 * Math.PI;
const DEG = Math.PI / 180;
/** Deepest block nesting followed; deeper (or recursive) INSERTs are skipped with a warning. */
const MAX_BLOCK_DEPTH = 32;
/**
 * Entity visits and block copies allowed while expanding blocks, beyond the segment limit: stops
 * nested arrays of empty blocks from spinning without ever adding a segment.
 */
const EXTRA_VISITS = 2_000_000;

/** What converting a drawing found besides geometry. */
export interface ConvertReport {
  /** Entities not cut, by kind (annotations, paper space, meshes). */
  ignored: Map<string, number>;
  /** Entities that should be cut but could not be read, by kind and reason. */
  skipped: Map<string, number>;
  /** Splines given only by fit points (interpolated). */
  fitSplines: number;
  /** Every layer an entity with geometry was found on (or an INSERT left out with its layer), in order of first use. */
  layers: Map<string, LayerStat>;
  /** Primitive segments on `bend` layers (each a bend line). */
  bendLines: number;
  /** Length of each bend line (record) on `bend` layers, mm, in drawing order. */
  bendLengths: number[];
  /**
   * Only when asked for (the healed drawing): the packed records of the `engrave` and `bend`
   * layers, kept instead of dropped once measured.
   */
  side?: SideRecords;
}

/** Engraving and bend line records kept beside the cut (see ConvertReport.side). */
export interface SideRecords {
  engrave: GeometryBuffer;
  bend: GeometryBuffer;
}

/** What one layer holds: its role, why it is left out, its geometric entities and their length (mm). */
export interface LayerStat {
  name: string;
  role: LayerRole;
  reason?: LayerIgnoreReason;
  /** Entities with geometry, each copy of a block counted. */
  entities: number;
  /**
   * Length of its geometry, mm, duplicates included. For `cut` layers it is 0 here: their records
   * are kept as `ranges` of the cut buffer and measured after the core ran (see cutLayerLengths).
   */
  length: number;
  /** For `cut` layers: [from, to) offsets of its records in the cut buffer, runs merged. */
  ranges: number[];
}

interface Ctx {
  /** Estimated segments of one copy of each block (see blockCost). */
  costs: Map<string, number>;
  /** Where the entity being packed goes: `cut` (the core's buffer) or `scrap` (measured, then dropped). */
  buf: GeometryBuffer;
  cut: GeometryBuffer;
  scrap: GeometryBuffer;
  roles: LayerRoles;
  /** The layer entities on layer 0 inside the block being expanded take (the INSERT's). */
  layer: string;
  /** The layer stat used last (entities come in runs on one layer). */
  last: LayerStat | undefined;
  src: Source;
  report: ConvertReport;
  maxSegments: number;
  visits: number;
  maxVisits: number;
  /** Σ control points × (degree + 1) of the splines packed so far. */
  splineWork: number;
  stack: string[];
  /** Flat vertex scratch for polylines read as objects. */
  scratch: Float64Array;
  /** Where engrave and bend records are kept, when they are (the healed drawing). */
  side: SideRecords | undefined;
}

/** Where block definitions come from: dxf-parser's objects or the Kerf reader's tapes. */
interface Source {
  /** Base point of a block, or undefined when there is no such block. */
  base(name: string): { x: number; y: number } | undefined;
  /** Pack one copy of a block through m. */
  expand(ctx: Ctx, name: string, m: Affine): void;
  /** Segments one copy of a block packs, before nesting (see blockCost). */
  ownCost(ctx: Ctx, name: string, stack: string[]): number;
}

// The two sources are classes rather than closures made per drawing: optimized code calls the
// function it saw, and a closure that died with its drawing made every full collection throw that
// code away (as kerf-reader.ts notes for its tapes).

/** Blocks as dxf-parser's objects. */
class EntitySource implements Source {
  blocks: Record<string, DxfBlock> = {};

  base(name: string): { x: number; y: number } | undefined {
    return this.blocks[name];
  }

  expand(ctx: Ctx, name: string, m: Affine): void {
    emit(ctx, this.blocks[name].entities, m);
  }

  ownCost(ctx: Ctx, name: string, stack: string[]): number {
    let cost = 0;
    for (const e of this.blocks[name].entities) {
      switch (e.type) {
        case 'LWPOLYLINE': case 'POLYLINE': cost += (e as LwPolylineEntity).vertices.length; break;
        case 'SPLINE': {
          const sp = e as SplineEntity;
          cost += splineCost(sp.degree, sp.ctrl.length, sp.fit.length);
          break;
        }
        case 'INSERT': {
          const ins = e as InsertEntity;
          cost += copies(ins.columns, ins.rows) * blockCost(ctx, ins.name, stack);
          break;
        }
        default: cost += 1;
      }
    }
    return cost;
  }
}

/** Blocks as the Kerf reader's tapes. */
class TapeSource implements Source {
  drawing: KerfDrawing | undefined;

  base(name: string): { x: number; y: number } | undefined {
    return this.drawing!.blocks.get(name);
  }

  expand(ctx: Ctx, name: string, m: Affine): void {
    emitTape(ctx, this.drawing!.blocks.get(name)!.tape, this.drawing!.names, m);
  }

  ownCost(ctx: Ctx, name: string, stack: string[]): number {
    const t = this.drawing!.blocks.get(name)!.tape;
    const d = t.data, names = this.drawing!.names;
    let cost = 0;
    for (let i = 0; i < t.length;) {
      switch (d[i]) {
        case T_LWPOLYLINE: cost += d[i + 6]; break;
        case T_POLYLINE: cost += d[i + 6]; break;
        case T_SPLINE: cost += splineCost(d[i + 1], d[i + 4], d[i + 5]); break;
        case T_INSERT: cost += copies(d[i + 7], d[i + 8]) * blockCost(ctx, names[d[i + 1]], stack); break;
        default: cost += 1;
      }
      i = nextRecord(d, i);
    }
    return cost;
  }
}

const entitySource = new EntitySource();
const tapeSource = new TapeSource();

function count(map: Map<string, number>, key: string, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

// Long-lived, like the reader's tapes (see kerf-reader.ts): optimized packing code holds on to
// the buffers it ran with, and one that died made the next collection throw that code away.
const scrapBuffer = new GeometryBuffer(256);
const vertexScratch = new Float64Array(64);

// One context and one source of each kind serve every drawing, their fields set afresh: optimized
// packing code holds on to the objects it ran with, and ones that died with their drawing made
// every full collection throw that code away (as kerf-reader.ts notes for its tapes).
const noRoles = new LayerRoles([]);
const ctx0: Ctx = {
  costs: new Map(), buf: scrapBuffer, cut: scrapBuffer, scrap: scrapBuffer, roles: noRoles, layer: '0', last: undefined,
  src: undefined as unknown as Source, report: undefined as unknown as ConvertReport, maxSegments: 0, visits: 0, maxVisits: 0,
  splineWork: 0, stack: [], scratch: vertexScratch, side: undefined,
};

function newCtx(src: Source, buf: GeometryBuffer, maxSegments: number, roles: LayerRoles, side?: SideRecords): Ctx {
  scrapBuffer.clear(256);
  const c = ctx0;
  c.costs = new Map(); c.buf = buf; c.cut = buf; c.scrap = scrapBuffer; c.roles = roles; c.layer = '0'; c.last = undefined;
  c.src = src; c.maxSegments = maxSegments; c.visits = 0; c.maxVisits = maxSegments + EXTRA_VISITS; c.splineWork = 0; c.stack = [];
  c.report = { ignored: new Map(), skipped: new Map(), fitSplines: 0, layers: new Map(), bendLines: 0, bendLengths: [] };
  c.side = side;
  if (side) c.report.side = side;
  if (c.scratch.length > 1 << 16) c.scratch = vertexScratch;
  return c;
}

/**
 * Pack every cut entity of the model space into `buf`, with INSERTs expanded and everything
 * mapped through `root` (the unit conversion to millimetres).
 */
export function convertEntities(
  entities: BaseEntity[],
  blocks: Record<string, DxfBlock>,
  root: Affine,
  buf: GeometryBuffer,
  maxSegments: number,
  roles: LayerRoles = new LayerRoles([]),
  side?: SideRecords,
): ConvertReport {
  const src = entitySource;
  src.blocks = blocks;
  const ctx = newCtx(src, buf, maxSegments, roles, side);
  const model: BaseEntity[] = [];
  let paper = 0;
  for (const e of entities) {
    if (e.inPaperSpace) paper++;
    else model.push(e);
  }
  if (paper) count(ctx.report.ignored, 'paper space', paper);
  try {
    emit(ctx, model, root);
    return ctx.report;
  } finally {
    src.blocks = {};
    letGo(ctx);
  }
}

/** Let the drawing's objects go once packed (the shared context and sources stay). */
function letGo(c: Ctx): void {
  c.buf = c.cut = scrapBuffer;
  c.report = undefined as unknown as ConvertReport;
  c.costs = new Map();
  c.last = undefined;
  c.stack = [];
  c.roles = noRoles;
  c.side = undefined;
  c.src = undefined as unknown as Source;
}

/**
 * The same for a drawing read by Kerf's own reader (sdk/dxf/kerf-reader.ts): its tapes are
 * walked in file order and every record goes through the same emit functions as above, so both
 * readers pack the same buffer.
 */
export function convertDrawing(
  drawing: KerfDrawing, root: Affine, buf: GeometryBuffer, maxSegments: number, roles: LayerRoles = new LayerRoles([]),
  side?: SideRecords,
): ConvertReport {
  const src = tapeSource;
  src.drawing = drawing;
  const ctx = newCtx(src, buf, maxSegments, roles, side);
  if (drawing.paper) count(ctx.report.ignored, 'paper space', drawing.paper);
  try {
    emitTape(ctx, drawing.model, drawing.names, root);
    return ctx.report;
  } finally {
    src.drawing = undefined;
    letGo(ctx);
  }
}

/** Index of the record after the one at i. */
function nextRecord(d: Float64Array, i: number): number {
  switch (d[i]) {
    case T_LINE: return i + 5;
    case T_CIRCLE: return i + 8;
    case T_ARC: return i + 10;
    case T_ELLIPSE: return i + 13;
    case T_LWPOLYLINE: return i + 7 + 3 * d[i + 6];
    case T_POLYLINE: return i + 7 + 4 * d[i + 6];
    case T_SPLINE: return i + 12 + d[i + 2] + d[i + 3] + d[i + 4] + d[i + 5];
    case T_INSERT: return i + 15;
    default: return i + 2;
  }
}

function tooComplex(ctx: Ctx): never {
  throw new KerfError(
    'DRAWING_TOO_COMPLEX',
    `The drawing expands to more than ${ctx.maxSegments.toLocaleString('en')} segments; split it into smaller drawings.`,
  );
}

/** Splines count once as a segment but may pack thousands of values: bound those too. */
function checkSize(ctx: Ctx): void {
  if (ctx.buf.segments > ctx.maxSegments || ctx.buf.length > ctx.maxSegments * 10) tooComplex(ctx);
}

/** The stat of the layer an entity on layer `own` (group 8; none = 0) belongs to. */
function layerOf(ctx: Ctx, own: string | undefined): LayerStat {
  // inside a block, entities on layer 0 take the INSERT's layer (as CAD draws them)
  const name = own === undefined || own === '0' ? (ctx.stack.length ? ctx.layer : '0') : own;
  const last = ctx.last;
  if (last !== undefined && last.name === name) return last;
  let st = ctx.report.layers.get(name);
  if (!st) {
    const d = ctx.roles.decide(name);
    st = { name, role: d.role, reason: d.reason, entities: 0, length: 0, ranges: [] };
    ctx.report.layers.set(name, st);
  }
  ctx.last = st;
  return st;
}

/** Point the buffer at the one the entity's layer fills; returns where its records start. */
function route(ctx: Ctx, st: LayerStat): number {
  ctx.buf = st.role === 'cut' ? ctx.cut : ctx.scrap;
  return ctx.buf.length;
}

/** Credit what the entity packed since `from` to its layer; non-cut geometry is dropped once measured. */
function settle(ctx: Ctx, st: LayerStat, from: number): void {
  const b = ctx.buf;
  st.entities++;
  if (b === ctx.cut) {
    // measuring every cut record here would cost as much as packing it: remember where they are
    const r = st.ranges, n = r.length;
    if (n && r[n - 1] === from) r[n - 1] = b.length;
    else if (b.length > from) r.push(from, b.length);
  } else {
    st.length += recordsLength(b.data, from, b.length);
    if (st.role === 'bend') {
      ctx.report.bendLines += b.segments;
      recordLengths(b.data, from, b.length, ctx.report.bendLengths);
    }
    if (ctx.side && st.role !== 'ignore') ctx.side[st.role === 'bend' ? 'bend' : 'engrave'].append(b.data, from, b.length, b.segments);
    b.length = 0;
    b.segments = 0;
    ctx.buf = ctx.cut;
  }
}

/** An INSERT on its layer: left out whole on an ignored layer, else expanded with its layer inherited. */
function insertLayer(ctx: Ctx, own: string | undefined): string | undefined {
  const st = layerOf(ctx, own);
  if (st.role === 'ignore') {
    st.entities++;
    return undefined;
  }
  return st.name;
}

function emit(ctx: Ctx, entities: BaseEntity[], m: Affine): void {
  for (const e of entities) {
    if (++ctx.visits > ctx.maxVisits) tooComplex(ctx);
    const kind = e.type;
    if (kind === 'INSERT') {
      const layer = insertLayer(ctx, e.layer);
      if (layer !== undefined) {
        const i = e as InsertEntity;
        const outer = ctx.layer;
        ctx.layer = layer;
        emitInsert(ctx, m, i.name, i.x, i.y, i.sx, i.sy, i.rotation, i.columns, i.rows, i.columnSpacing, i.rowSpacing, i.nx, i.ny, i.nz);
        ctx.layer = outer;
      }
      checkSize(ctx);
      continue;
    }
    const cuttable = kind === 'LINE' || kind === 'CIRCLE' || kind === 'ARC' || kind === 'ELLIPSE' || kind === 'LWPOLYLINE'
      || kind === 'POLYLINE' || kind === 'SPLINE';
    const st = cuttable ? layerOf(ctx, e.layer) : undefined;
    const from = st ? route(ctx, st) : 0;
    const buf = ctx.buf;
    switch (kind) {
      case 'LINE': {
        const l = e as unknown as { x1: number; y1: number; x2: number; y2: number };
        buf.addLine(m, l.x1, l.y1, l.x2, l.y2);
        break;
      }
      case 'CIRCLE': {
        const c = e as CircleEntity;
        emitCircle(buf, m, c.cx, c.cy, c.r, c.nx, c.ny, c.nz);
        break;
      }
      case 'ARC': {
        const a = e as ArcEntity;
        emitArc(buf, m, a.cx, a.cy, a.r, a.start, a.end, a.nx, a.ny, a.nz);
        break;
      }
      case 'ELLIPSE': {
        const l = e as EllipseEntity;
        emitEllipse(buf, m, l.cx, l.cy, l.mx, l.my, l.mz, l.ratio, l.start, l.end, l.nx, l.ny, l.nz);
        break;
      }
      case 'LWPOLYLINE': {
        const p = e as LwPolylineEntity;
        const flat = flatten(ctx, p.vertices, 3);
        emitPolyline(ctx, flat, 0, 3, p.vertices.length, p.closed, compose(m, ocs(p.nx, p.ny, p.nz)));
        break;
      }
      case 'POLYLINE': {
        const p = e as PolylineEntity;
        emitR12Polyline(ctx, m, p.flags, flatten(ctx, p.vertices, 4), 0, p.vertices.length, p.nx, p.ny, p.nz);
        break;
      }
      case 'SPLINE': {
        const s = e as SplineEntity;
        emitSpline(ctx, m, s.degree, s.knots, s.ctrl, s.weights, s.fit, s.startTangent, s.endTangent);
        break;
      }
      default:
        count(ctx.report.ignored, e.type);
    }
    if (st) settle(ctx, st, from);
    checkSize(ctx);
  }
}

/** Extrusion component from a tape: undefined when the group was absent (as on an entity object). */
function ext(mask: number, bit: number, v: number): number | undefined {
  return mask & bit ? v : undefined;
}

function emitTape(ctx: Ctx, tape: Tape, names: string[], m: Affine): void {
  const d = tape.data;
  const layers = tape.layers;
  for (let i = 0, r = 0; i < tape.length; i = nextRecord(d, i), r++) {
    if (++ctx.visits > ctx.maxVisits) tooComplex(ctx);
    const kind = d[i];
    if (kind === T_INSERT) {
      const layer = insertLayer(ctx, names[layers[r]]);
      if (layer !== undefined) {
        const k = d[i + 11];
        const outer = ctx.layer;
        ctx.layer = layer;
        emitInsert(ctx, m, names[d[i + 1]], d[i + 2], d[i + 3], d[i + 4], d[i + 5], d[i + 6], d[i + 7], d[i + 8], d[i + 9], d[i + 10],
          ext(k, 1, d[i + 12]), ext(k, 2, d[i + 13]), ext(k, 4, d[i + 14]));
        ctx.layer = outer;
      }
      checkSize(ctx);
      continue;
    }
    const st = kind !== T_OTHER ? layerOf(ctx, names[layers[r]]) : undefined;
    const from = st ? route(ctx, st) : 0;
    const buf = ctx.buf;
    switch (kind) {
      case T_LINE:
        buf.addLine(m, d[i + 1], d[i + 2], d[i + 3], d[i + 4]);
        break;
      case T_CIRCLE: {
        const k = d[i + 4];
        emitCircle(buf, m, d[i + 1], d[i + 2], d[i + 3], ext(k, 1, d[i + 5]), ext(k, 2, d[i + 6]), ext(k, 4, d[i + 7]));
        break;
      }
      case T_ARC: {
        const k = d[i + 6];
        emitArc(buf, m, d[i + 1], d[i + 2], d[i + 3], d[i + 4], d[i + 5], ext(k, 1, d[i + 7]), ext(k, 2, d[i + 8]), ext(k, 4, d[i + 9]));
        break;
      }
      case T_ELLIPSE: {
        const k = d[i + 9];
        emitEllipse(buf, m, d[i + 1], d[i + 2], d[i + 3], d[i + 4], d[i + 5], d[i + 6], d[i + 7], d[i + 8],
          ext(k, 1, d[i + 10]), ext(k, 2, d[i + 11]), ext(k, 4, d[i + 12]));
        break;
      }
      case T_LWPOLYLINE: {
        const k = d[i + 2];
        const o = ocs(ext(k, 1, d[i + 3]), ext(k, 2, d[i + 4]), ext(k, 4, d[i + 5]));
        emitPolyline(ctx, d, i + 7, 3, d[i + 6], d[i + 1] === 1, compose(m, o));
        break;
      }
      case T_POLYLINE: {
        const k = d[i + 2];
        emitR12Polyline(ctx, m, d[i + 1], d, i + 7, d[i + 6], ext(k, 1, d[i + 3]), ext(k, 2, d[i + 4]), ext(k, 4, d[i + 5]));
        break;
      }
      case T_SPLINE: {
        const nk = d[i + 2], nw = d[i + 3], nc = d[i + 4], nf = d[i + 5];
        let o = i + 12;
        const knots = d.subarray(o, o += nk), weights = d.subarray(o, o += nw);
        const ctrl = d.subarray(o, o += nc), fit = d.subarray(o, o + nf);
        const st: [number, number] | undefined = d[i + 6] ? [d[i + 7], d[i + 8]] : undefined;
        const et: [number, number] | undefined = d[i + 9] ? [d[i + 10], d[i + 11]] : undefined;
        emitSpline(ctx, m, d[i + 1], knots, ctrl, weights, fit, st, et);
        break;
      }
      default:
        count(ctx.report.ignored, names[d[i + 1]]);
    }
    if (st) settle(ctx, st, from);
    checkSize(ctx);
  }
}

/** Polyline vertices as flat (x, y, bulge[, flags]) values in the context's scratch array. */
function flatten(ctx: Ctx, v: PolyVertex[], stride: 3 | 4): Float64Array {
  if (ctx.scratch.length < v.length * stride) ctx.scratch = new Float64Array(Math.max(v.length * stride, ctx.scratch.length * 2));
  const f = ctx.scratch;
  for (let i = 0, j = 0; i < v.length; i++, j += stride) {
    f[j] = v[i].x; f[j + 1] = v[i].y; f[j + 2] = v[i].bulge;
    if (stride === 4) f[j + 3] = v[i].flags;
  }
  return f;
}

/**
 * About how many segments one copy of a block packs (polyline vertices, spline control points,
 * nested copies), so a huge array is refused before it is expanded rather than after seconds
 * of work. A block on the current insert stack counts 0 (it will be skipped as recursive).
 */
function blockCost(ctx: Ctx, name: string, stack: string[] = []): number {
  const cached = ctx.costs.get(name);
  if (cached !== undefined) return cached;
  if (!ctx.src.base(name) || stack.includes(name) || stack.length >= MAX_BLOCK_DEPTH) return 0;
  stack.push(name);
  const cost = ctx.src.ownCost(ctx, name, stack);
  stack.pop();
  ctx.costs.set(name, cost);
  return cost;
}

/** Control points (x, y values) times the degree: what evaluating a spline costs, in segments. */
function splineCost(degree: number, ctrlValues: number, fitValues: number): number {
  return Math.max(1, ((ctrlValues + fitValues) / 2) * (Math.max(1, degree) + 1) / 4);
}

function copies(columns: number, rows: number): number {
  return Math.max(1, Math.floor(columns) || 1) * Math.max(1, Math.floor(rows) || 1);
}

/** A full circle in its OCS. */
export function emitCircle(buf: GeometryBuffer, m: Affine, cx: number, cy: number, r: number, nx?: number, ny?: number, nz?: number): void {
  buf.addArc(compose(m, ocs(nx, ny, nz)), cx, cy, r, 0, TWO_PI);
}

/** An arc in its OCS, counter-clockwise from `start` to `end` degrees. */
export function emitArc(
  buf: GeometryBuffer, m: Affine, cx: number, cy: number, r: number, start: number, end: number, nx?: number, ny?: number, nz?: number,
): void {
  let sweep = (end - start) % 360;
  if (sweep <= 0) sweep += 360;
  buf.addArc(compose(m, ocs(nx, ny, nz)), cx, cy, r, start * DEG, sweep * DEG);
}

/** An ELLIPSE: centre and major axis are world coordinates; the minor axis is ratio · (N × major). */
export function emitEllipse(
  buf: GeometryBuffer, m: Affine, cx: number, cy: number, mx: number, my: number, mz: number, ratio: number,
  start: number, end: number, enx?: number, eny?: number, enz?: number,
): void {
  let nx = enx ?? 0, ny = eny ?? 0, nz = enz ?? 1;
  const nl = Math.hypot(nx, ny, nz);
  if (nl > 0) { nx /= nl; ny /= nl; nz /= nl; } else { nx = 0; ny = 0; nz = 1; }
  const vx = ratio * (ny * mz - nz * my);
  const vy = ratio * (nz * mx - nx * mz);
  let t0 = start, t1 = end;
  if (!(t1 > t0)) t1 += TWO_PI;
  if (t1 - t0 > TWO_PI) t1 = t0 + TWO_PI;
  buf.addEllipse(m, cx, cy, mx, my, vx, vy, t0, t1);
}

/** A polyline of n vertices stored as (x, y, bulge, …) every `stride` values from `off`. */
function emitPolyline(ctx: Ctx, v: ArrayLike<number>, off: number, stride: number, n: number, closed: boolean, m: Affine): void {
  if (n === 0) return;
  if (n === 1) {
    // a single vertex is a point: nothing to cut
    count(ctx.report.skipped, 'single-vertex polyline');
    return;
  }
  // A vertex repeated at once (often the first one again at the end of a closed polyline) is an
  // export habit, not a zero-length segment worth a warning: it is skipped.
  for (let i = 0, a = off; i + 1 < n; i++, a += stride) {
    const b = a + stride;
    if (v[a] === v[b] && v[a + 1] === v[b + 1]) continue;
    ctx.buf.addBulge(m, v[a], v[a + 1], v[b], v[b + 1], v[a + 2]);
  }
  // the closing segment takes the last vertex's bulge
  const last = off + (n - 1) * stride;
  if (closed && (v[last] !== v[off] || v[last + 1] !== v[off + 1])) {
    ctx.buf.addBulge(m, v[last], v[last + 1], v[off], v[off + 1], v[last + 2]);
  }
}

/** R12 POLYLINE flags. */
const PL_CLOSED = 1, PL_SPLINE_FIT = 4, PL_3D = 8, PL_MESH = 16, PL_POLYFACE = 64;
/** VERTEX flag of a spline frame control point (not on the curve). */
const VX_SPLINE_FRAME = 16;

/** An R12 POLYLINE whose n vertices are (x, y, bulge, flags) from `off`. */
function emitR12Polyline(
  ctx: Ctx, m: Affine, flags: number, v: Float64Array, off: number, n: number, nx?: number, ny?: number, nz?: number,
): void {
  if (flags & (PL_MESH | PL_POLYFACE)) {
    count(ctx.report.ignored, flags & PL_POLYFACE ? 'POLYFACE mesh' : 'POLYGON mesh');
    return;
  }
  if (flags & PL_SPLINE_FIT) {
    // frame control points are not on the curve: keep the others, in place (the array is a
    // scratch copy or a tape read once per expansion, so it is copied first)
    const kept: number[] = [];
    for (let i = 0, a = off; i < n; i++, a += 4) if (!(v[a + 3] & VX_SPLINE_FRAME)) kept.push(v[a], v[a + 1], v[a + 2], v[a + 3]);
    v = Float64Array.from(kept);
    off = 0;
    n = kept.length / 4;
  }
  const mm = flags & PL_3D ? m : compose(m, ocs(nx, ny, nz));
  emitPolyline(ctx, v, off, 4, n, (flags & PL_CLOSED) !== 0, mm);
}

function validKnots(degree: number, nCtrl: number, knots: ArrayLike<number>): boolean {
  if (knots.length !== nCtrl + degree + 1) return false;
  for (let i = 1; i < knots.length; i++) if (!(knots[i] >= knots[i - 1])) return false;
  return knots[nCtrl] > knots[degree];
}

/**
 * Evaluation work allowed for splines, as Σ control points × (degree + 1): about 1.5 s of the
 * core's time. Splines are priced by their work, not as one segment each.
 */
const MAX_SPLINE_WORK = 1_000_000;

function emitSpline(
  ctx: Ctx, m: Affine, deg: number, knotsIn: ArrayLike<number>, ctrl: ArrayLike<number>, weightsIn: ArrayLike<number>,
  fit: ArrayLike<number>, startTangent?: [number, number], endTangent?: [number, number],
): void {
  const nCtrl = ctrl.length >> 1;
  ctx.splineWork += (Math.max(nCtrl, fit.length >> 1) + 1) * (Math.max(1, Math.min(deg, 15)) + 1);
  if (ctx.splineWork > MAX_SPLINE_WORK) {
    throw new KerfError('DRAWING_TOO_COMPLEX', 'The drawing\'s splines have more control points than can be measured in reasonable time; export them as polylines or split the drawing.');
  }
  if (nCtrl >= 2 && Number.isInteger(deg) && deg >= 1 && deg <= 15 && nCtrl > deg) {
    let knots = knotsIn;
    if (!validKnots(deg, nCtrl, knots)) {
      // Some writers omit knots: a clamped uniform vector is what they mean.
      if (knots.length === 0) knots = clampedUniform(deg, nCtrl);
      else {
        count(ctx.report.skipped, 'SPLINE with inconsistent knots');
        return;
      }
    }
    let positive = weightsIn.length === nCtrl;
    for (let i = 0; positive && i < weightsIn.length; i++) positive = weightsIn[i] > 0;
    ctx.buf.addSpline(m, deg, knots, ctrl, positive ? weightsIn : undefined);
    return;
  }
  if (fit.length >= 4) {
    const fitted = fitCubic(fit, startTangent, endTangent);
    if (fitted) {
      ctx.report.fitSplines++;
      ctx.buf.addSpline(m, 3, fitted.knots, fitted.ctrl);
      return;
    }
  }
  count(ctx.report.skipped, 'SPLINE without usable control or fit points');
}

function clampedUniform(degree: number, nCtrl: number): number[] {
  const knots: number[] = [];
  const inner = nCtrl - degree;
  for (let i = 0; i <= degree; i++) knots.push(0);
  for (let i = 1; i < inner; i++) knots.push(i / inner);
  for (let i = 0; i <= degree; i++) knots.push(1);
  return knots;
}

function emitInsert(
  ctx: Ctx, m: Affine, name: string, x: number, y: number, sx: number, sy: number, rotation: number, columns: number, rows: number,
  columnSpacing: number, rowSpacing: number, nx?: number, ny?: number, nz?: number,
): void {
  const block = ctx.src.base(name);
  if (!block) {
    count(ctx.report.skipped, 'INSERT of a missing block');
    return;
  }
  if (ctx.stack.length >= MAX_BLOCK_DEPTH || ctx.stack.includes(name)) {
    count(ctx.report.skipped, 'INSERT nested too deep or inserting itself');
    return;
  }
  if (!sx || !sy || !Number.isFinite(sx) || !Number.isFinite(sy)) {
    count(ctx.report.skipped, 'INSERT with zero scale');
    return;
  }
  const cols = Math.max(1, Math.floor(columns) || 1), nrows = Math.max(1, Math.floor(rows) || 1);
  if (cols * nrows > 1_000_000) tooComplex(ctx);
  if (ctx.buf.segments + cols * nrows * blockCost(ctx, name) > ctx.maxSegments) tooComplex(ctx);
  const rot = rotation * DEG;
  const base = compose(compose(rotate(rot), scale(sx, sy)), translate(-block.x, -block.y));
  const outer = compose(m, ocs(nx, ny, nz));
  const c = Math.cos(rot), s = Math.sin(rot);
  ctx.stack.push(name);
  for (let row = 0; row < nrows; row++) {
    for (let col = 0; col < cols; col++) {
      // array offsets run along the insert's rotated axes
      const ox = col * columnSpacing, oy = row * rowSpacing;
      if (++ctx.visits > ctx.maxVisits) tooComplex(ctx);
      const t = translate(x + c * ox - s * oy, y + s * ox + c * oy);
      ctx.src.expand(ctx, name, compose(outer, compose(t, base)));
    }
  }
  ctx.stack.pop();
}
