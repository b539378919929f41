// The cut geometry as the core healed it (AnalyzeOptions.healed), read from one core run: every
// live segment's record in the order its contour walks it, with line and arc ends moved onto the
// node their end was merged into. Nodes are shared by every segment that meets there, so one
// position per node closes each healed gap once and for all contours alike. Ellipses and splines
// are not moved: a node where one of them ends takes the curve's own end point instead (the
// lines and arcs meeting there follow it).

import { CONTOUR_STRIDE, type CoreResult } from '../core/core.js';
import type { SideRecords } from '../dxf/convert.js';
import { recordEnd } from '../dxf/layers.js';
import { KIND_ARC, KIND_ELLIPSE, KIND_LINE, KIND_SPLINE } from '../geometry/buffer.js';
import { SplineEval } from '../preview/contour-paths.js';
import type { HealedGeometry } from '../types.js';

/**
 * The healed geometry of one core run. `raw` must come from `core.run(packed, tol, true)` and be
 * read before the core runs again.
 */
export function healedGeometry(raw: CoreResult, packed: Float64Array, side: SideRecords | undefined): HealedGeometry {
  const data = raw.recordData ?? packed;
  const n = raw.contours.length / CONTOUR_STRIDE;
  const startNodes = raw.startNodes!, endNodes = raw.endNodes!;
  const nx = raw.nodeX!.slice(), ny = raw.nodeY!.slice();
  const order = raw.order, records = raw.records;
  // a node where an ellipse or spline ends sits on the curve's end
  let size = 0;
  const pinned = new Uint8Array(nx.length);
  for (let k = 0; k < order.length; k++) {
    const s = order[k] >> 1, r = records[s];
    const kind = data[r];
    size += recordEnd(data, r, r) - r;
    if (kind !== KIND_ELLIPSE && kind !== KIND_SPLINE) continue;
    const [x0, y0, x1, y1] = curveEnds(data, r);
    pin(startNodes[s], x0, y0);
    pin(endNodes[s], x1, y1);
  }
  function pin(node: number, x: number, y: number): void {
    if (pinned[node]) return;
    pinned[node] = 1;
    nx[node] = x;
    ny[node] = y;
  }
  const cut = new Float64Array(size);
  const reversed = new Uint8Array(order.length);
  const segments = new Int32Array(n);
  const closed = new Uint8Array(n);
  let at = 0, k = 0;
  for (let c = 0; c < n; c++) {
    const b = c * CONTOUR_STRIDE;
    const start = raw.contours[b + 9], count = raw.contours[b + 10];
    segments[c] = count;
    closed[c] = raw.contours[b] !== 0 ? 1 : 0;
    for (let j = 0; j < count; j++, k++) {
      const o = order[start + j], s = o >> 1, r = records[s];
      reversed[k] = o & 1;
      const end = recordEnd(data, r, r);
      cut.set(data.subarray(r, end), at);
      const a = startNodes[s], e = endNodes[s];
      if (data[r] === KIND_LINE) {
        cut[at + 1] = nx[a]; cut[at + 2] = ny[a];
        cut[at + 3] = nx[e]; cut[at + 4] = ny[e];
      } else if (data[r] === KIND_ARC) {
        cut[at + 6] = nx[a]; cut[at + 7] = ny[a];
        cut[at + 8] = nx[e]; cut[at + 9] = ny[e];
      }
      at = at + end - r;
    }
  }
  return {
    cut,
    segments,
    closed,
    reversed,
    engrave: side ? side.engrave.view().slice() : new Float64Array(0),
    bend: side ? side.bend.view().slice() : new Float64Array(0),
  };
}

/** Start and end point of an ellipse or spline record. */
export function curveEnds(d: Float64Array, r: number): [number, number, number, number] {
  if (d[r] === KIND_ELLIPSE) {
    const cx = d[r + 1], cy = d[r + 2], ux = d[r + 3], uy = d[r + 4], vx = d[r + 5], vy = d[r + 6], t0 = d[r + 7];
    const t1 = Math.min(d[r + 8], t0 + 2 * Math.PI);
    const x0 = cx + ux * Math.cos(t0) + vx * Math.sin(t0), y0 = cy + uy * Math.cos(t0) + vy * Math.sin(t0);
    if (t1 - t0 >= 2 * Math.PI - 1e-12) return [x0, y0, x0, y0];
    return [x0, y0, cx + ux * Math.cos(t1) + vx * Math.sin(t1), cy + uy * Math.cos(t1) + vy * Math.sin(t1)];
  }
  const deg = d[r + 1], nc = d[r + 2], nk = d[r + 3];
  const ev = new SplineEval(d, deg, nc, r + 4, r + 4 + nk);
  ev.at(d[r + 4 + deg]);
  const x0 = ev.x, y0 = ev.y;
  ev.at(d[r + 4 + nc]);
  return [x0, y0, ev.x, ev.y];
}
