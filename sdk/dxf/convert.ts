import { KerfError } from '../errors.js';
import { type Affine, compose, ocs, rotate, scale, translate } from '../geometry/affine.js';
import { GeometryBuffer } from '../geometry/buffer.js';
import { fitCubic } from '../geometry/fit-spline.js';
import type {
  ArcEntity, BaseEntity, CircleEntity, EllipseEntity, InsertEntity, LwPolylineEntity, PolylineEntity, PolyVertex,
  SplineEntity,
} from './handlers.js';
import type { DxfBlock } from './read.js';

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
}

interface Ctx {
  /** Estimated segments of one copy of each block (see blockCost). */
  costs: Map<string, number>;
  buf: GeometryBuffer;
  blocks: Record<string, DxfBlock>;
  report: ConvertReport;
  maxSegments: number;
  visits: number;
  maxVisits: number;
  /** Σ control points × (degree + 1) of the splines packed so far. */
  splineWork: number;
  stack: string[];
}

function count(map: Map<string, number>, key: string, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
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
): ConvertReport {
  const report: ConvertReport = { ignored: new Map(), skipped: new Map(), fitSplines: 0 };
  const ctx: Ctx = { costs: new Map(), buf, blocks, report, maxSegments, visits: 0, maxVisits: maxSegments + EXTRA_VISITS, splineWork: 0, stack: [] };
  const model: BaseEntity[] = [];
  let paper = 0;
  for (const e of entities) {
    if (e.inPaperSpace) paper++;
    else model.push(e);
  }
  if (paper) count(report.ignored, 'paper space', paper);
  emit(ctx, model, root);
  return report;
}

function tooComplex(ctx: Ctx): never {
  throw new KerfError(
    'DRAWING_TOO_COMPLEX',
    `The drawing expands to more than ${ctx.maxSegments.toLocaleString('en')} segments; split it into smaller drawings.`,
  );
}

function emit(ctx: Ctx, entities: BaseEntity[], m: Affine): void {
  const { buf } = ctx;
  for (const e of entities) {
    if (++ctx.visits > ctx.maxVisits) tooComplex(ctx);
    switch (e.type) {
      case 'LINE': {
        const l = e as unknown as { x1: number; y1: number; x2: number; y2: number };
        buf.addLine(m, l.x1, l.y1, l.x2, l.y2);
        break;
      }
      case 'CIRCLE': {
        const c = e as CircleEntity;
        buf.addArc(compose(m, ocs(c.nx, c.ny, c.nz)), c.cx, c.cy, c.r, 0, TWO_PI);
        break;
      }
      case 'ARC': {
        const a = e as ArcEntity;
        let sweep = (a.end - a.start) % 360;
        if (sweep <= 0) sweep += 360;
        buf.addArc(compose(m, ocs(a.nx, a.ny, a.nz)), a.cx, a.cy, a.r, a.start * DEG, sweep * DEG);
        break;
      }
      case 'ELLIPSE':
        emitEllipse(ctx, e as EllipseEntity, m);
        break;
      case 'LWPOLYLINE': {
        const p = e as LwPolylineEntity;
        emitPolyline(ctx, p.vertices, p.closed, compose(m, ocs(p.nx, p.ny, p.nz)));
        break;
      }
      case 'POLYLINE':
        emitR12Polyline(ctx, e as PolylineEntity, m);
        break;
      case 'SPLINE':
        emitSpline(ctx, e as SplineEntity, m);
        break;
      case 'INSERT':
        emitInsert(ctx, e as InsertEntity, m);
        break;
      default:
        count(ctx.report.ignored, e.type);
    }
    // splines count once as a segment but may pack thousands of values: bound those too
    if (buf.segments > ctx.maxSegments || buf.length > ctx.maxSegments * 10) tooComplex(ctx);
  }
}

/**
 * About how many segments one copy of a block packs (polyline vertices, spline control points,
 * nested copies), so a huge array is refused before it is expanded rather than after seconds
 * of work. A block on the current insert stack counts 0 (it will be skipped as recursive).
 */
function blockCost(ctx: Ctx, name: string, stack: string[] = []): number {
  const cached = ctx.costs.get(name);
  if (cached !== undefined) return cached;
  const block = ctx.blocks[name];
  if (!block || stack.includes(name) || stack.length >= MAX_BLOCK_DEPTH) return 0;
  stack.push(name);
  let cost = 0;
  for (const e of block.entities) {
    switch (e.type) {
      case 'LWPOLYLINE': case 'POLYLINE': cost += (e as LwPolylineEntity).vertices.length; break;
      case 'SPLINE': {
        // control points (x, y pairs) times the degree: what evaluating it costs, in segments
        const sp = e as SplineEntity;
        cost += Math.max(1, ((sp.ctrl.length + sp.fit.length) / 2) * (Math.max(1, sp.degree) + 1) / 4);
        break;
      }
      case 'INSERT': {
        const ins = e as InsertEntity;
        cost += copies(ins) * blockCost(ctx, ins.name, stack);
        break;
      }
      default: cost += 1;
    }
  }
  stack.pop();
  ctx.costs.set(name, cost);
  return cost;
}

function copies(e: InsertEntity): number {
  return Math.max(1, Math.floor(e.columns) || 1) * Math.max(1, Math.floor(e.rows) || 1);
}

function emitEllipse(ctx: Ctx, e: EllipseEntity, m: Affine): void {
  // centre and major axis are world coordinates; the minor axis is ratio · (N × major)
  let nx = e.nx ?? 0, ny = e.ny ?? 0, nz = e.nz ?? 1;
  const nl = Math.hypot(nx, ny, nz);
  if (nl > 0) { nx /= nl; ny /= nl; nz /= nl; } else { nx = 0; ny = 0; nz = 1; }
  const vx = e.ratio * (ny * e.mz - nz * e.my);
  const vy = e.ratio * (nz * e.mx - nx * e.mz);
  let t0 = e.start, t1 = e.end;
  if (!(t1 > t0)) t1 += TWO_PI;
  if (t1 - t0 > TWO_PI) t1 = t0 + TWO_PI;
  ctx.buf.addEllipse(m, e.cx, e.cy, e.mx, e.my, vx, vy, t0, t1);
}

function emitPolyline(ctx: Ctx, v: PolyVertex[], closed: boolean, m: Affine): void {
  const n = v.length;
  if (n === 0) return;
  if (n === 1) {
    // a single vertex is a point: nothing to cut
    count(ctx.report.skipped, 'single-vertex polyline');
    return;
  }
  // A vertex repeated at once (often the first one again at the end of a closed polyline) is an
  // export habit, not a zero-length segment worth a warning: it is skipped.
  for (let i = 0; i + 1 < n; i++) {
    if (v[i].x === v[i + 1].x && v[i].y === v[i + 1].y) continue;
    ctx.buf.addBulge(m, v[i].x, v[i].y, v[i + 1].x, v[i + 1].y, v[i].bulge);
  }
  // the closing segment takes the last vertex's bulge
  if (closed && (v[n - 1].x !== v[0].x || v[n - 1].y !== v[0].y)) {
    ctx.buf.addBulge(m, v[n - 1].x, v[n - 1].y, v[0].x, v[0].y, v[n - 1].bulge);
  }
}

/** R12 POLYLINE flags. */
const PL_CLOSED = 1, PL_SPLINE_FIT = 4, PL_3D = 8, PL_MESH = 16, PL_POLYFACE = 64;
/** VERTEX flag of a spline frame control point (not on the curve). */
const VX_SPLINE_FRAME = 16;

function emitR12Polyline(ctx: Ctx, p: PolylineEntity, m: Affine): void {
  if (p.flags & (PL_MESH | PL_POLYFACE)) {
    count(ctx.report.ignored, p.flags & PL_POLYFACE ? 'POLYFACE mesh' : 'POLYGON mesh');
    return;
  }
  let vertices = p.vertices;
  if (p.flags & PL_SPLINE_FIT) vertices = vertices.filter((v) => !(v.flags & VX_SPLINE_FRAME));
  const mm = p.flags & PL_3D ? m : compose(m, ocs(p.nx, p.ny, p.nz));
  emitPolyline(ctx, vertices, (p.flags & PL_CLOSED) !== 0, mm);
}

function validKnots(degree: number, nCtrl: number, knots: number[]): boolean {
  if (knots.length !== nCtrl + degree + 1) return false;
  for (let i = 1; i < knots.length; i++) if (!(knots[i] >= knots[i - 1])) return false;
  return knots[nCtrl] > knots[degree];
}

/**
 * Evaluation work allowed for splines, as Σ control points × (degree + 1): about 1.5 s of the
 * core's time. Splines are priced by their work, not as one segment each.
 */
const MAX_SPLINE_WORK = 1_000_000;

function emitSpline(ctx: Ctx, s: SplineEntity, m: Affine): void {
  const deg = s.degree;
  const nCtrl = s.ctrl.length >> 1;
  ctx.splineWork += (Math.max(nCtrl, s.fit.length >> 1) + 1) * (Math.max(1, Math.min(deg, 15)) + 1);
  if (ctx.splineWork > MAX_SPLINE_WORK) {
    throw new KerfError('DRAWING_TOO_COMPLEX', 'The drawing\'s splines have more control points than can be measured in reasonable time; export them as polylines or split the drawing.');
  }
  if (nCtrl >= 2 && Number.isInteger(deg) && deg >= 1 && deg <= 15 && nCtrl > deg) {
    let knots = s.knots;
    if (!validKnots(deg, nCtrl, knots)) {
      // Some writers omit knots: a clamped uniform vector is what they mean.
      if (knots.length === 0) knots = clampedUniform(deg, nCtrl);
      else {
        count(ctx.report.skipped, 'SPLINE with inconsistent knots');
        return;
      }
    }
    const weights = s.weights.length === nCtrl && s.weights.every((w) => w > 0) ? s.weights : undefined;
    ctx.buf.addSpline(m, deg, knots, s.ctrl, weights);
    return;
  }
  if (s.fit.length >= 4) {
    const fitted = fitCubic(s.fit, s.startTangent, s.endTangent);
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

function emitInsert(ctx: Ctx, e: InsertEntity, m: Affine): void {
  const block = ctx.blocks[e.name];
  if (!block) {
    count(ctx.report.skipped, 'INSERT of a missing block');
    return;
  }
  if (ctx.stack.length >= MAX_BLOCK_DEPTH || ctx.stack.includes(e.name)) {
    count(ctx.report.skipped, 'INSERT nested too deep or inserting itself');
    return;
  }
  const sx = e.sx, sy = e.sy;
  if (!sx || !sy || !Number.isFinite(sx) || !Number.isFinite(sy)) {
    count(ctx.report.skipped, 'INSERT with zero scale');
    return;
  }
  const cols = Math.max(1, Math.floor(e.columns) || 1), rows = Math.max(1, Math.floor(e.rows) || 1);
  if (cols * rows > 1_000_000) tooComplex(ctx);
  if (ctx.buf.segments + cols * rows * blockCost(ctx, e.name) > ctx.maxSegments) tooComplex(ctx);
  const rot = e.rotation * DEG;
  const base = compose(compose(rotate(rot), scale(sx, sy)), translate(-block.x, -block.y));
  const outer = compose(m, ocs(e.nx, e.ny, e.nz));
  const c = Math.cos(rot), s = Math.sin(rot);
  ctx.stack.push(e.name);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      // array offsets run along the insert's rotated axes
      const ox = col * e.columnSpacing, oy = row * e.rowSpacing;
      if (++ctx.visits > ctx.maxVisits) tooComplex(ctx);
      const t = translate(e.x + c * ox - s * oy, e.y + s * ox + c * oy);
      emit(ctx, block.entities, compose(outer, compose(t, base)));
    }
  }
  ctx.stack.pop();
}
