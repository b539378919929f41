// An independent measure of a drawing's areas, for tests: every closed contour as a fine polygon
// (from the analysis' SVG paths, arcs flattened here), and a slab scanline over all their edges
// (exact for polygons: between two consecutive vertex or crossing heights every edge is straight,
// so the covered width is linear in y and its middle value times the height is the slab's area).
// `union` is the area inside at least one contour (each by its own even-odd rule), `evenOdd` the
// area inside an odd number of them: what Kerf reports as gross and net area.
import type { AnalyzeResult } from '../../sdk/types.js';

type Pt = [number, number];

/** A closed contour's `path` (M, L, A and Z, as contour-paths.ts writes it) as a polygon. */
export function pathPolygon(d: string, chord = 1e-6): Pt[] {
  const tok = d.match(/[MLAZ]|-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? [];
  const pts: Pt[] = [];
  let i = 0, x = 0, y = 0, cmd = '';
  const num = () => Number(tok[i++]);
  while (i < tok.length) {
    if (/^[MLAZ]$/i.test(tok[i])) cmd = tok[i++];
    if (cmd === 'M' || cmd === 'L') {
      x = num(); y = num();
      pts.push([x, y]);
    } else if (cmd === 'A') {
      const r = num(); num(); num();
      const large = num(), sweep = num(), ex = num(), ey = num();
      // the centre from the ends (rx = ry, no rotation); sweep 1 turns counter-clockwise
      const mx = (x - ex) / 2, my = (y - ey) / 2, d2 = mx * mx + my * my;
      const rr = Math.max(r * r, d2);
      const f = Math.sqrt(Math.max(0, (rr - d2) / d2)) * (large === sweep ? -1 : 1);
      const cx = (x + ex) / 2 + f * my, cy = (y + ey) / 2 - f * mx;
      const a0 = Math.atan2(y - cy, x - cx);
      let sw = Math.atan2(ey - cy, ex - cx) - a0;
      if (sweep) { while (sw <= 0) sw += 2 * Math.PI; } else { while (sw >= 0) sw -= 2 * Math.PI; }
      const rad = Math.sqrt(rr);
      const n = Math.max(2, Math.ceil(Math.abs(sw) / (2 * Math.acos(Math.max(-1, 1 - chord / rad)))));
      for (let k = 1; k < n; k++) pts.push([cx + rad * Math.cos(a0 + (sw * k) / n), cy + rad * Math.sin(a0 + (sw * k) / n)]);
      x = ex; y = ey;
      pts.push([x, y]);
    } else {
      i++; // Z, or a number after it
    }
  }
  return pts;
}

/** Union and even-odd area of closed polygons (see the file's comment). */
export function scanlineAreas(polygons: Pt[][]): { union: number; evenOdd: number } {
  // edges low end first, with their polygon; horizontal ones add nothing
  const edges: [number, number, number, number, number][] = [];
  polygons.forEach((p, r) => {
    for (let i = 0; i < p.length; i++) {
      const [x1, y1] = p[i], [x2, y2] = p[(i + 1) % p.length];
      if (y1 !== y2) edges.push(y1 < y2 ? [x1, y1, x2, y2, r] : [x2, y2, x1, y1, r]);
    }
  });
  edges.sort((a, b) => a[1] - b[1]);
  const ys = new Set<number>();
  for (const e of edges) { ys.add(e[1]); ys.add(e[3]); }
  // where edges cross, a slab boundary too
  const active: typeof edges = [];
  for (const e of edges) {
    for (let k = active.length - 1; k >= 0; k--) if (active[k][3] <= e[1]) active.splice(k, 1);
    for (const f of active) {
      const d1x = e[2] - e[0], d1y = e[3] - e[1], d2x = f[2] - f[0], d2y = f[3] - f[1];
      const den = d1x * d2y - d1y * d2x;
      if (den === 0) continue;
      const t = ((f[0] - e[0]) * d2y - (f[1] - e[1]) * d2x) / den, u = ((f[0] - e[0]) * d1y - (f[1] - e[1]) * d1x) / den;
      if (t > 0 && t < 1 && u > 0 && u < 1) ys.add(e[1] + t * d1y);
    }
    active.push(e);
  }
  const slabs = [...ys].sort((a, b) => a - b);
  const parity = new Uint8Array(polygons.length);
  const live: typeof edges = [];
  let union = 0, evenOdd = 0, next = 0;
  for (let k = 0; k + 1 < slabs.length; k++) {
    const y0 = slabs[k], h = slabs[k + 1] - y0, ym = y0 + h / 2;
    while (next < edges.length && edges[next][1] <= y0) live.push(edges[next++]);
    const xs: [number, number][] = [];
    for (let j = live.length - 1; j >= 0; j--) {
      const e = live[j];
      if (e[3] <= y0) { live.splice(j, 1); continue; }
      xs.push([e[0] + ((ym - e[1]) * (e[2] - e[0])) / (e[3] - e[1]), e[4]]);
    }
    xs.sort((a, b) => a[0] - b[0]);
    parity.fill(0);
    let inside = 0, odd = 0;
    for (let j = 0; j < xs.length; j++) {
      const r = xs[j][1];
      parity[r] ^= 1;
      inside += parity[r] ? 1 : -1;
      odd ^= 1;
      if (j + 1 < xs.length) {
        const w = (xs[j + 1][0] - xs[j][0]) * h;
        if (inside > 0) union += w;
        if (odd) evenOdd += w;
      }
    }
  }
  return { union, evenOdd };
}

/** The reference areas of an analysis made with `{ geometry: true }`. */
export function referenceAreas(r: AnalyzeResult, chord = 1e-6): { union: number; evenOdd: number } {
  return scanlineAreas(r.contours.filter((c) => c.closed).map((c) => pathPolygon(c.path!, chord)));
}
