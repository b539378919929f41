// The healed drawing (issue [9]): the cut contours as Kerf analyzed them, written back as a clean
// DXF in millimetres. One LWPOLYLINE per contour (arcs as exact bulges, a lone full circle as a
// CIRCLE), interrupted where an ellipse or spline keeps its own ELLIPSE / SPLINE entity; engraving
// and bend lines as drawn; one layer per role (CUT, ENGRAVE, BEND, whose names give the roles back
// on re-analysis). Vertices are the nodes the analysis merged the ends into, so gaps stay closed,
// and numbers are written to the last bit (formatDxfNumber), so re-analysis measures the same.

import { KerfError } from '../errors.js';
import { KIND_ARC, KIND_ELLIPSE, KIND_LINE, KIND_SPLINE } from '../geometry/buffer.js';
import { recordEnd } from '../dxf/layers.js';
import { curveEnds } from './healed-geometry.js';
import { formatDxfNumber } from '../shapes/dxf-writer.js';
import type { AnalyzeResult, HealedGeometry } from '../types.js';

const TWO_PI = 2 * Math.PI;
const RAD = 180 / Math.PI;

/** Layer names of the healed drawing, one per role; Kerf reads the roles back from them. */
export const HEALED_LAYERS = { cut: 'CUT', engrave: 'ENGRAVE', bend: 'BEND' } as const;

function g(code: number, value: string | number): string {
  return `${code}\n${typeof value === 'number' ? formatDxfNumber(value) : value}\n`;
}

/**
 * The healed drawing of an analysis made with the `healed` option, as DXF text (R2000, `$INSUNITS`
 * 4 = millimetres): every cut contour once, gaps closed, duplicates and overlaps merged,
 * annotations and ignored layers left out, arcs as exact bulges, ellipses and splines as
 * ELLIPSE / SPLINE, on the layers CUT, ENGRAVE and BEND. Analyzing it again gives the same cut
 * length, contours, pierces and areas, and no warnings but OPEN_CONTOUR where contours are open
 * (and CROSSING_CONTOURS where they cross).
 *
 * @example
 * const result = analyzeDxfSync(bytes, { healed: true });
 * const text = writeHealedDxf(result);
 * analyzeDxfSync(text).cutLength === result.cutLength; // to about 1e-12
 * @throws KerfError INVALID_OPTION when the result was analyzed without `healed: true`
 */
export function writeHealedDxf(result: Pick<AnalyzeResult, 'healed' | 'bbox'>): string {
  const h = result.healed;
  if (!h || !(h.cut instanceof Float64Array)) {
    throw new KerfError('INVALID_OPTION', 'The healed drawing needs an analysis made with { healed: true }.');
  }
  const w = new Writer();
  const b = result.bbox;
  let s = g(0, 'SECTION') + g(2, 'HEADER')
    + g(9, '$ACADVER') + g(1, 'AC1015')
    + g(9, '$INSUNITS') + g(70, 4)
    + g(9, '$MEASUREMENT') + g(70, 1)
    + g(9, '$EXTMIN') + g(10, b.minX) + g(20, b.minY) + g(30, 0)
    + g(9, '$EXTMAX') + g(10, b.maxX) + g(20, b.maxY) + g(30, 0)
    + g(0, 'ENDSEC')
    + g(0, 'SECTION') + g(2, 'TABLES')
    + g(0, 'TABLE') + g(2, 'LAYER') + g(70, 3)
    + layer(HEALED_LAYERS.cut, 7) + layer(HEALED_LAYERS.engrave, 3) + layer(HEALED_LAYERS.bend, 1)
    + g(0, 'ENDTAB')
    + g(0, 'ENDSEC')
    + g(0, 'SECTION') + g(2, 'ENTITIES');
  w.out = s;
  w.contours(h);
  w.loose(h.engrave, HEALED_LAYERS.engrave);
  w.loose(h.bend, HEALED_LAYERS.bend);
  s = w.out;
  return s + g(0, 'ENDSEC') + g(0, 'EOF');
}

function layer(name: string, color: number): string {
  return g(0, 'LAYER') + g(2, name) + g(70, 0) + g(62, color) + g(6, 'CONTINUOUS');
}

class Writer {
  out = '';
  /** The open run of polyline vertices: x, y, bulge to the next. */
  private run: number[] = [];

  contours(h: HealedGeometry): void {
    const d = h.cut;
    let r = 0, k = 0;
    for (let c = 0; c < h.segments.length; c++) {
      const count = h.segments[c], closed = h.closed[c] === 1;
      if (count === 1 && closed && this.whole(d, r, HEALED_LAYERS.cut)) {
        r = recordEnd(d, r, d.length);
        k++;
        continue;
      }
      this.run.length = 0;
      let curves = 0, endX = 0, endY = 0;
      for (let j = 0; j < count; j++, k++) {
        const rev = h.reversed[k] === 1;
        const kind = d[r];
        if (kind === KIND_LINE) {
          const i0 = rev ? r + 3 : r + 1, i1 = rev ? r + 1 : r + 3;
          this.run.push(d[i0], d[i0 + 1], 0);
          endX = d[i1]; endY = d[i1 + 1];
        } else if (kind === KIND_ARC) {
          [endX, endY] = this.arc(d, r, rev);
        } else {
          // the curve keeps its own entity: the run so far ends where it starts
          this.flush(d, r, rev);
          curves++;
          this.curve(d, r, HEALED_LAYERS.cut);
        }
        r = recordEnd(d, r, d.length);
      }
      if (this.run.length) {
        if (closed && curves === 0) this.polyline(true);
        else {
          this.run.push(endX, endY, 0);
          this.polyline(false);
        }
      }
      this.run.length = 0;
    }
  }

  /** Ends the current run at the start of the curve at r (walked forwards or not). */
  private flush(d: Float64Array, r: number, rev: boolean): void {
    if (!this.run.length) return;
    const [x0, y0, x1, y1] = curveEnds(d, r);
    this.run.push(rev ? x1 : x0, rev ? y1 : y0, 0);
    this.polyline(false);
    this.run.length = 0;
  }

  /** Vertices of an arc walked forwards or backwards: one bulge, two above a half turn. Returns its end. */
  private arc(d: Float64Array, r: number, rev: boolean): [number, number] {
    const sw0 = Math.max(-TWO_PI, Math.min(TWO_PI, d[r + 5]));
    const sw = rev ? -sw0 : sw0;
    const x0 = rev ? d[r + 8] : d[r + 6], y0 = rev ? d[r + 9] : d[r + 7];
    const full = Math.abs(sw0) >= TWO_PI - 1e-12;
    const x1 = full ? x0 : rev ? d[r + 6] : d[r + 8], y1 = full ? y0 : rev ? d[r + 7] : d[r + 9];
    if (Math.abs(sw) <= Math.PI) {
      this.run.push(x0, y0, Math.tan(sw / 4));
      return [x1, y1];
    }
    // a bulge near a full turn is ill-conditioned (and a full one impossible): two halves through
    // the middle, which lies on the circle whatever the ends were moved to
    let mx: number, my: number;
    if (full) {
      // the point opposite the start
      mx = 2 * d[r + 1] - x0; my = 2 * d[r + 2] - y0;
    } else {
      // the circle through the (moved) ends with this sweep, as a reader builds it from a bulge
      const b = Math.tan(sw / 4);
      const dx = x1 - x0, dy = y1 - y0, chord = Math.hypot(dx, dy);
      const off = (chord * (1 - b * b)) / (4 * b);
      const ccx = (x0 + x1) / 2 - (dy / chord) * off, ccy = (y0 + y1) / 2 + (dx / chord) * off;
      const rr = Math.hypot(x0 - ccx, y0 - ccy);
      const am = Math.atan2(y0 - ccy, x0 - ccx) + sw / 2;
      mx = ccx + rr * Math.cos(am); my = ccy + rr * Math.sin(am);
    }
    const hb = Math.tan(sw / 8);
    this.run.push(x0, y0, hb, mx, my, hb);
    return [x1, y1];
  }

  private polyline(closed: boolean): void {
    const v = this.run, n = v.length / 3;
    let s = g(0, 'LWPOLYLINE') + g(100, 'AcDbEntity') + g(8, HEALED_LAYERS.cut) + g(100, 'AcDbPolyline')
      + g(90, n) + g(70, closed ? 1 : 0);
    for (let i = 0; i < v.length; i += 3) {
      s += g(10, v[i]) + g(20, v[i + 1]);
      if (v[i + 2] !== 0) s += g(42, v[i + 2]);
    }
    this.out += s;
  }

  /** A full circle or full ellipse as one entity; false for anything else. */
  private whole(d: Float64Array, r: number, layerName: string): boolean {
    if (d[r] === KIND_ARC && Math.abs(d[r + 5]) >= TWO_PI - 1e-12) {
      this.out += g(0, 'CIRCLE') + g(100, 'AcDbEntity') + g(8, layerName) + g(100, 'AcDbCircle')
        + g(10, d[r + 1]) + g(20, d[r + 2]) + g(30, 0) + g(40, Math.abs(d[r + 3]));
      return true;
    }
    if (d[r] === KIND_ELLIPSE && d[r + 8] - d[r + 7] >= TWO_PI - 1e-12) {
      this.curve(d, r, layerName);
      return true;
    }
    return false;
  }

  /** An ELLIPSE or SPLINE entity for the record at r, in the record's own direction. */
  curve(d: Float64Array, r: number, layerName: string): void {
    if (d[r] === KIND_ELLIPSE) this.out += ellipseEntity(d, r, layerName);
    else if (d[r] === KIND_SPLINE) this.out += splineEntity(d, r, layerName);
  }

  /** Engraving or bend records, one entity each (a bend line stays one record). */
  loose(d: Float64Array, layerName: string): void {
    for (let r = 0; r < d.length; r = recordEnd(d, r, d.length)) {
      switch (d[r]) {
        case KIND_LINE:
          this.out += g(0, 'LINE') + g(100, 'AcDbEntity') + g(8, layerName) + g(100, 'AcDbLine')
            + g(10, d[r + 1]) + g(20, d[r + 2]) + g(30, 0) + g(11, d[r + 3]) + g(21, d[r + 4]) + g(31, 0);
          break;
        case KIND_ARC: {
          if (this.whole(d, r, layerName)) break;
          // counter-clockwise from start to end, in degrees
          const sw = d[r + 5], a0 = d[r + 4];
          const start = sw >= 0 ? a0 : a0 + sw;
          this.out += g(0, 'ARC') + g(100, 'AcDbEntity') + g(8, layerName) + g(100, 'AcDbCircle')
            + g(10, d[r + 1]) + g(20, d[r + 2]) + g(30, 0) + g(40, Math.abs(d[r + 3]))
            + g(100, 'AcDbArc') + g(50, start * RAD) + g(51, (start + Math.abs(sw)) * RAD);
          break;
        }
        default:
          this.curve(d, r, layerName);
      }
    }
  }
}

/**
 * An ELLIPSE entity for P(t) = c + u cos t + v sin t, t0 ≤ t ≤ t1, where u and v may be any
 * conjugate half-axes (a circle scaled unevenly, a mirrored ellipse): turned into DXF's major axis,
 * ratio ≤ 1 and counter-clockwise parameters by substituting t.
 */
function ellipseEntity(d: Float64Array, r: number, layerName: string): string {
  const cx = d[r + 1], cy = d[r + 2];
  let ux = d[r + 3], uy = d[r + 4], vx = d[r + 5], vy = d[r + 6], t0 = d[r + 7], t1 = Math.min(d[r + 8], d[r + 7] + TWO_PI);
  const full = t1 - t0 >= TWO_PI - 1e-12;
  // clockwise (mirrored): t → -t turns v into -v and the range into [-t1, -t0]
  if (ux * vy - uy * vx < 0) {
    vx = -vx; vy = -vy;
    [t0, t1] = [-t1, -t0];
  }
  // principal axes: t = s + φ with tan 2φ = 2 u·v / (|u|² - |v|²) makes u' the major half-axis
  const uu = ux * ux + uy * uy, vv = vx * vx + vy * vy, uv = ux * vx + uy * vy;
  const phi = Math.abs(uv) <= 1e-15 * Math.max(uu, vv) && uu >= vv ? 0 : 0.5 * Math.atan2(2 * uv, uu - vv);
  if (phi !== 0) {
    const c = Math.cos(phi), s = Math.sin(phi);
    const mx = ux * c + vx * s, my = uy * c + vy * s;
    const nx = -ux * s + vx * c, ny = -uy * s + vy * c;
    ux = mx; uy = my; vx = nx; vy = ny;
    t0 -= phi; t1 -= phi;
  }
  const major = Math.hypot(ux, uy), minor = Math.hypot(vx, vy);
  const ratio = Math.min(1, minor / major);
  if (full) { t0 = 0; t1 = TWO_PI; }
  return g(0, 'ELLIPSE') + g(100, 'AcDbEntity') + g(8, layerName) + g(100, 'AcDbEllipse')
    + g(10, cx) + g(20, cy) + g(30, 0) + g(11, ux) + g(21, uy) + g(31, 0)
    + g(210, 0) + g(220, 0) + g(230, 1)
    + g(40, ratio) + g(41, t0) + g(42, t1);
}

/** A SPLINE entity with the record's degree, knots, control points and (when not all 1) weights. */
function splineEntity(d: Float64Array, r: number, layerName: string): string {
  const deg = d[r + 1], nc = d[r + 2], nk = d[r + 3];
  const k0 = r + 4, c0 = r + 4 + nk;
  let rational = false;
  for (let i = 0; i < nc; i++) if (d[c0 + 3 * i + 2] !== 1) rational = true;
  let s = g(0, 'SPLINE') + g(100, 'AcDbEntity') + g(8, layerName) + g(100, 'AcDbSpline')
    + g(210, 0) + g(220, 0) + g(230, 1)
    + g(70, rational ? 12 : 8) + g(71, deg) + g(72, nk) + g(73, nc) + g(74, 0);
  for (let i = 0; i < nk; i++) s += g(40, d[k0 + i]);
  if (rational) for (let i = 0; i < nc; i++) s += g(41, d[c0 + 3 * i + 2]);
  for (let i = 0; i < nc; i++) s += g(10, d[c0 + 3 * i]) + g(20, d[c0 + 3 * i + 1]) + g(30, 0);
  return s;
}
