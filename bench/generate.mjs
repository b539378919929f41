// Deterministic, seeded generator of laser-cutting sheets for the benchmark.
//
// A sheet is a grid of plates. Each plate is one closed outline (an LWPOLYLINE with rounded
// or chamfered corners and sometimes notches, or loose LINEs + ARCs) with features laid out
// on an inner grid so nothing overlaps: round holes (CIRCLE), slots (2 LINEs + 2 ARCs), a few
// ELLIPSE holes, D-shaped cut-outs (clamped cubic SPLINE by control points + a closing LINE)
// and a few INSERTs of a block holding a bolt pattern. Every contour is closed; holes lie
// inside their plate, so the core's containment (depth) is exercised.
//
// The same plan can be written as DXF text (DxfSink) or packed straight into a Kerf
// GeometryBuffer (BufferSink), so the "core alone" row runs on the same kind of geometry.

const CELL_W = 240; // plate pitch on the sheet, mm
const CELL_H = 180;
const MARGIN = 12; // features keep this far from the plate edge
const PITCH = 26; // feature grid inside a plate, mm
const FILLET_BULGE = Math.tan(Math.PI / 8); // 90° counter-clockwise fillet

export const BLOCK_NAME = 'BOLT4';

/** mulberry32: small, fast, deterministic. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (v, step) => Math.round(v / step) * step;

// ---------------------------------------------------------------------------------------------
// The plan: a list of primitive records per plate.
//   ['LINE', x1, y1, x2, y2]
//   ['ARC', cx, cy, r, startDeg, endDeg]            counter-clockwise
//   ['CIRCLE', cx, cy, r]
//   ['LWPOLYLINE', [x, y, bulge, x, y, bulge, …]]    closed
//   ['ELLIPSE', cx, cy, mx, my, ratio, t0, t1]       major axis (mx, my) relative to centre
//   ['SPLINE', degree, knots[], ctrl[x, y, …]]
//   ['INSERT', name, x, y, rotationDeg]
// ---------------------------------------------------------------------------------------------

/** The block: a bolt circle of 4 holes around a centre hole, origin at the centre. */
export function blockPlan() {
  const out = [['CIRCLE', 0, 0, 3]];
  for (let k = 0; k < 4; k++) {
    const a = (k * Math.PI) / 2 + Math.PI / 4;
    out.push(['CIRCLE', 7 * Math.cos(a), 7 * Math.sin(a), 2.25]);
  }
  return out;
}

/** Segments a record expands to in the packed buffer. */
export function segmentsOf(rec) {
  switch (rec[0]) {
    case 'LWPOLYLINE': return rec[1].length / 3;
    case 'INSERT': return 5;
    default: return 1;
  }
}

/** A rectangle outline with per-corner treatment and top-edge notches, as LWPOLYLINE vertices. */
function polyOutline(r, x0, y0, w, h) {
  const v = [];
  const corner = (cx, cy, inX, inY, outX, outY) => {
    // (inX, inY): unit direction arriving at the corner; (outX, outY): leaving it
    const t = r();
    if (t < 0.35) {
      v.push(cx, cy, 0);
    } else if (t < 0.8) {
      const rad = round(3 + r() * 7, 0.5);
      v.push(cx - inX * rad, cy - inY * rad, FILLET_BULGE, cx + outX * rad, cy + outY * rad, 0);
    } else {
      const c = round(2 + r() * 6, 0.5);
      v.push(cx - inX * c, cy - inY * c, 0, cx + outX * c, cy + outY * c, 0);
    }
  };
  const x1 = x0 + w, y1 = y0 + h;
  corner(x0, y0, 0, -1, 1, 0); // bottom-left: arrive going down, leave going right
  corner(x1, y0, 1, 0, 0, 1);
  corner(x1, y1, 0, 1, -1, 0);
  // notches on the top edge, walked right to left
  const notches = r() < 0.4 ? 1 + Math.floor(r() * 3) : 0;
  if (notches) {
    const span = (w - 40) / notches;
    for (let k = notches - 1; k >= 0; k--) {
      const nw = round(6 + r() * 8, 0.5);
      const nx = round(x0 + 20 + k * span + (span - nw) / 2, 0.5);
      const d = 4;
      v.push(nx + nw, y1, 0, nx + nw, y1 - d, 0, nx, y1 - d, 0, nx, y1, 0);
    }
  }
  corner(x0, y1, -1, 0, 0, -1);
  return ['LWPOLYLINE', v];
}

/** A rounded (or partly sharp) rectangle from loose LINEs and ARCs. */
function looseOutline(r, x0, y0, w, h, out) {
  const x1 = x0 + w, y1 = y0 + h;
  const rad = [0, 0, 0, 0].map(() => (r() < 0.75 ? round(3 + r() * 7, 0.5) : 0)); // BL, BR, TR, TL
  out.push(['LINE', x0 + rad[0], y0, x1 - rad[1], y0]);
  if (rad[1]) out.push(['ARC', x1 - rad[1], y0 + rad[1], rad[1], 270, 360]);
  out.push(['LINE', x1, y0 + rad[1], x1, y1 - rad[2]]);
  if (rad[2]) out.push(['ARC', x1 - rad[2], y1 - rad[2], rad[2], 0, 90]);
  out.push(['LINE', x1 - rad[2], y1, x0 + rad[3], y1]);
  if (rad[3]) out.push(['ARC', x0 + rad[3], y1 - rad[3], rad[3], 90, 180]);
  out.push(['LINE', x0, y1 - rad[3], x0, y0 + rad[0]]);
  if (rad[0]) out.push(['ARC', x0 + rad[0], y0 + rad[0], rad[0], 180, 270]);
}

function hSlot(out, cx, cy, d, rad) {
  const a = cx - d / 2, b = cx + d / 2;
  out.push(['LINE', a, cy - rad, b, cy - rad]);
  out.push(['ARC', b, cy, rad, 270, 90]);
  out.push(['LINE', b, cy + rad, a, cy + rad]);
  out.push(['ARC', a, cy, rad, 90, 270]);
}

function vSlot(out, cx, cy, d, rad) {
  const a = cy - d / 2, b = cy + d / 2;
  out.push(['LINE', cx + rad, a, cx + rad, b]);
  out.push(['ARC', cx, b, rad, 0, 180]);
  out.push(['LINE', cx - rad, b, cx - rad, a]);
  out.push(['ARC', cx, a, rad, 180, 360]);
}

/** A D-shaped cut-out: clamped cubic spline arch over a straight chord. */
function dCutout(r, out, cx, cy) {
  const j = () => round((r() - 0.5) * 1.5, 0.01);
  const y0 = cy - 6, xl = cx - 10, xr = cx + 10;
  const ctrl = [
    xl, y0,
    xl + j() * 0.5, cy + 3 + j(),
    cx - 4 + j(), cy + 9 + j() * 0.5,
    cx + 4 + j(), cy + 9 + j() * 0.5,
    xr + j() * 0.5, cy + 3 + j(),
    xr, y0,
  ];
  out.push(['SPLINE', 3, [0, 0, 0, 0, 1 / 3, 2 / 3, 1, 1, 1, 1], ctrl]);
  out.push(['LINE', xr, y0, xl, y0]);
}

/** One plate in grid cell (col, row). */
export function platePlan(r, col, row) {
  const out = [];
  const w = round(120 + r() * 100, 0.5);
  const h = round(90 + r() * 70, 0.5);
  const x0 = col * CELL_W + 10, y0 = row * CELL_H + 10;
  if (r() < 0.55) out.push(polyOutline(r, x0, y0, w, h));
  else looseOutline(r, x0, y0, w, h, out);

  const nx = Math.floor((w - 2 * MARGIN) / PITCH), ny = Math.floor((h - 2 * MARGIN) / PITCH);
  const gx = x0 + MARGIN + (w - 2 * MARGIN - nx * PITCH) / 2;
  const gy = y0 + MARGIN + (h - 2 * MARGIN - ny * PITCH) / 2;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const cx = gx + (i + 0.5) * PITCH, cy = gy + (j + 0.5) * PITCH;
      const t = r();
      if (t < 0.3) continue;
      if (t < 0.74) {
        out.push(['CIRCLE', cx, cy, round(2 + r() * 9, 0.25)]);
      } else if (t < 0.84 && i + 1 < nx) {
        // horizontal slot over this cell and the next
        hSlot(out, cx + PITCH / 2, cy, round(14 + r() * 12, 0.5), round(3 + r() * 3, 0.5));
        i++;
      } else if (t < 0.91) {
        vSlot(out, cx, cy, round(6 + r() * 4, 0.5), round(3 + r() * 2, 0.5));
      } else if (t < 0.94) {
        const a = r() * Math.PI, len = round(6 + r() * 5, 0.5);
        out.push(['ELLIPSE', cx, cy, len * Math.cos(a), len * Math.sin(a), round(0.4 + r() * 0.4, 0.05), 0, 2 * Math.PI]);
      } else if (t < 0.97) {
        dCutout(r, out, cx, cy);
      } else if (t < 0.985) {
        out.push(['INSERT', BLOCK_NAME, cx, cy, round(r() * 90, 0.5)]);
      } else {
        out.push(['CIRCLE', cx, cy, round(2 + r() * 9, 0.25)]);
      }
    }
  }
  return out;
}

/**
 * Emit plates into `sink` until its count (entities or segments) would pass `limit`, then top
 * up with washers and discs (one or two CIRCLEs per cell) to reach `limit` exactly.
 */
export function generate(sink, limit, seed = 20240601) {
  const r = rng(seed);
  const cols = Math.max(4, Math.round(Math.sqrt(limit / 20)));
  let cell = 0;
  for (;;) {
    const plan = platePlan(r, cell % cols, Math.floor(cell / cols));
    if (sink.count + sink.cost(plan) > limit) break;
    sink.emit(plan);
    cell++;
  }
  while (sink.count < limit) {
    const cx = (cell % cols) * CELL_W + 60, cy = Math.floor(cell / cols) * CELL_H + 60;
    if (limit - sink.count >= 2) sink.emit([['CIRCLE', cx, cy, 40], ['CIRCLE', cx, cy, 12.5]]);
    else sink.emit([['CIRCLE', cx, cy, 40]]);
    cell++;
  }
  return sink;
}

// ---------------------------------------------------------------------------------------------
// DXF text
// ---------------------------------------------------------------------------------------------

/** A number as CAD writers print it: short for design values, up to ~15 digits otherwise. */
function f(v) {
  const x = Math.round(v * 1e10) / 1e10 + 0; // + 0 turns -0 into 0
  const s = String(x);
  return s.indexOf('.') < 0 && s.indexOf('e') < 0 ? s + '.0' : s;
}

/** Writes records as AutoCAD-style R2000 group pairs (codes right-aligned to 3 columns). */
export class DxfSink {
  constructor() {
    this.parts = [];
    this.count = 0; // top-level entities
    this.segments = 0;
    this.handle = 0x100;
    this.minX = Infinity; this.minY = Infinity; this.maxX = -Infinity; this.maxY = -Infinity;
  }

  cost(plan) {
    return plan.length;
  }

  emit(plan) {
    for (const rec of plan) {
      this.parts.push(this.entity(rec, 'CUT'));
      this.count++;
      this.segments += segmentsOf(rec);
    }
  }

  head(type, layer, subclass) {
    const h = (this.handle++).toString(16).toUpperCase();
    return `  0\n${type}\n  5\n${h}\n100\nAcDbEntity\n  8\n${layer}\n100\n${subclass}\n`;
  }

  entity(rec, layer) {
    switch (rec[0]) {
      case 'LINE': {
        const [, x1, y1, x2, y2] = rec;
        this.extend(x1, y1); this.extend(x2, y2);
        return `${this.head('LINE', layer, 'AcDbLine')} 10\n${f(x1)}\n 20\n${f(y1)}\n 30\n0.0\n 11\n${f(x2)}\n 21\n${f(y2)}\n 31\n0.0\n`;
      }
      case 'ARC': {
        const [, cx, cy, rad, a0, a1] = rec;
        return `${this.head('ARC', layer, 'AcDbCircle')} 10\n${f(cx)}\n 20\n${f(cy)}\n 30\n0.0\n 40\n${f(rad)}\n100\nAcDbArc\n 50\n${f(a0)}\n 51\n${f(a1)}\n`;
      }
      case 'CIRCLE': {
        const [, cx, cy, rad] = rec;
        return `${this.head('CIRCLE', layer, 'AcDbCircle')} 10\n${f(cx)}\n 20\n${f(cy)}\n 30\n0.0\n 40\n${f(rad)}\n`;
      }
      case 'LWPOLYLINE': {
        const v = rec[1];
        let s = `${this.head('LWPOLYLINE', layer, 'AcDbPolyline')} 90\n${v.length / 3}\n 70\n1\n 43\n0.0\n`;
        for (let i = 0; i < v.length; i += 3) {
          this.extend(v[i], v[i + 1]);
          s += ` 10\n${f(v[i])}\n 20\n${f(v[i + 1])}\n`;
          if (v[i + 2]) s += ` 42\n${f(v[i + 2])}\n`;
        }
        return s;
      }
      case 'ELLIPSE': {
        const [, cx, cy, mx, my, ratio, t0, t1] = rec;
        return `${this.head('ELLIPSE', layer, 'AcDbEllipse')} 10\n${f(cx)}\n 20\n${f(cy)}\n 30\n0.0\n 11\n${f(mx)}\n 21\n${f(my)}\n 31\n0.0\n210\n0.0\n220\n0.0\n230\n1.0\n 40\n${f(ratio)}\n 41\n${f(t0)}\n 42\n${f(t1)}\n`;
      }
      case 'SPLINE': {
        const [, degree, knots, ctrl] = rec;
        let s = `${this.head('SPLINE', layer, 'AcDbSpline')}210\n0.0\n220\n0.0\n230\n1.0\n 70\n8\n 71\n${degree}\n 72\n${knots.length}\n 73\n${ctrl.length / 2}\n 74\n0\n 42\n0.0000001\n 43\n0.0000001\n`;
        for (const k of knots) s += ` 40\n${f(k)}\n`;
        for (let i = 0; i < ctrl.length; i += 2) s += ` 10\n${f(ctrl[i])}\n 20\n${f(ctrl[i + 1])}\n 30\n0.0\n`;
        return s;
      }
      case 'INSERT': {
        const [, name, x, y, rot] = rec;
        return `${this.head('INSERT', layer, 'AcDbBlockReference')}  2\n${name}\n 10\n${f(x)}\n 20\n${f(y)}\n 30\n0.0\n 50\n${f(rot)}\n`;
      }
      default:
        throw new Error(`unknown record ${rec[0]}`);
    }
  }

  extend(x, y) {
    if (x < this.minX) this.minX = x;
    if (y < this.minY) this.minY = y;
    if (x > this.maxX) this.maxX = x;
    if (y > this.maxY) this.maxY = y;
  }

  /** The whole drawing: HEADER ($INSUNITS 4 = mm), BLOCKS (one block), ENTITIES. */
  text() {
    const block = blockPlan().map((rec) => this.entity(rec, '0')).join('');
    const bh = (this.handle++).toString(16).toUpperCase();
    const eh = (this.handle++).toString(16).toUpperCase();
    const header =
      '  0\nSECTION\n  2\nHEADER\n' +
      '  9\n$ACADVER\n  1\nAC1015\n' +
      '  9\n$INSUNITS\n 70\n4\n' +
      '  9\n$MEASUREMENT\n 70\n1\n' +
      `  9\n$EXTMIN\n 10\n${f(this.minX)}\n 20\n${f(this.minY)}\n 30\n0.0\n` +
      `  9\n$EXTMAX\n 10\n${f(this.maxX)}\n 20\n${f(this.maxY)}\n 30\n0.0\n` +
      '  0\nENDSEC\n';
    const blocks =
      '  0\nSECTION\n  2\nBLOCKS\n' +
      `  0\nBLOCK\n  5\n${bh}\n100\nAcDbEntity\n  8\n0\n100\nAcDbBlockBegin\n  2\n${BLOCK_NAME}\n 70\n0\n 10\n0.0\n 20\n0.0\n 30\n0.0\n  3\n${BLOCK_NAME}\n` +
      block +
      `  0\nENDBLK\n  5\n${eh}\n100\nAcDbEntity\n  8\n0\n100\nAcDbBlockEnd\n` +
      '  0\nENDSEC\n';
    return header + blocks + '  0\nSECTION\n  2\nENTITIES\n' + this.parts.join('') + '  0\nENDSEC\n  0\nEOF\n';
  }
}

/** DXF text of a sheet with exactly `entities` top-level entities. */
export function generateDxf(entities, seed) {
  const sink = generate(new DxfSink(), entities, seed);
  return { text: sink.text(), entities: sink.count, segments: sink.segments };
}

// ---------------------------------------------------------------------------------------------
// Packed buffer (for the core alone)
// ---------------------------------------------------------------------------------------------

const IDENTITY = [1, 0, 0, 1, 0, 0];
const DEG = Math.PI / 180;

/** Packs records straight into a Kerf GeometryBuffer (INSERTs expanded), as the SDK would. */
export class BufferSink {
  constructor(buffer) {
    this.buf = buffer;
    this.block = blockPlan();
  }

  get count() {
    return this.buf.segments;
  }

  cost(plan) {
    let n = 0;
    for (const rec of plan) n += segmentsOf(rec);
    return n;
  }

  emit(plan) {
    for (const rec of plan) this.add(rec, IDENTITY);
  }

  add(rec, m) {
    const b = this.buf;
    switch (rec[0]) {
      case 'LINE': b.addLine(m, rec[1], rec[2], rec[3], rec[4]); break;
      case 'ARC': {
        let sweep = (rec[5] - rec[4]) % 360;
        if (sweep <= 0) sweep += 360;
        b.addArc(m, rec[1], rec[2], rec[3], rec[4] * DEG, sweep * DEG);
        break;
      }
      case 'CIRCLE': b.addArc(m, rec[1], rec[2], rec[3], 0, 2 * Math.PI); break;
      case 'LWPOLYLINE': {
        const v = rec[1], n = v.length / 3;
        for (let i = 0; i < n; i++) {
          const k = ((i + 1) % n) * 3;
          b.addBulge(m, v[3 * i], v[3 * i + 1], v[k], v[k + 1], v[3 * i + 2]);
        }
        break;
      }
      case 'ELLIPSE': {
        const [, cx, cy, mx, my, ratio, t0, t1] = rec;
        b.addEllipse(m, cx, cy, mx, my, -ratio * my, ratio * mx, t0, t1);
        break;
      }
      case 'SPLINE': b.addSpline(m, rec[1], rec[2], rec[3]); break;
      case 'INSERT': {
        const a = rec[4] * DEG, c = Math.cos(a), s = Math.sin(a);
        const mi = [c, s, -s, c, rec[2], rec[3]];
        for (const r of this.block) this.add(r, mi);
        break;
      }
      default:
        throw new Error(`unknown record ${rec[0]}`);
    }
  }
}

/** A GeometryBuffer holding exactly `segments` segments of generated sheets. */
export function generateBuffer(GeometryBuffer, segments, seed) {
  const buf = new GeometryBuffer(segments * 7);
  generate(new BufferSink(buf), segments, seed);
  return buf;
}
