// True-shape nesting (issue [9]): every layout is checked by an independent polygon test, not by
// the raster that made it: each placed outline is moved as its placement says (mirror, turn,
// move), must lie inside the sheet less the margin, and no two parts may come closer than the
// spacing (segment-to-segment distances, and point-in-polygon for one part inside another; a
// part in another's hole is legal when it keeps the spacing to the hole's edge).
import { describe, expect, it } from 'vitest';
import {
  analyzeDxfSync, generateTemplate, KerfError, loadCoreSync, nest, nestOutline,
  type NestItem, type NestLayout, type NestOptions, type NestOutline,
} from '../../sdk/index.js';
import { dxf, lwpolyline } from '../helpers/dxf.js';
import { rng } from '../helpers/random.js';

const SHEET: [number, number] = [3000, 1500];

function fromDxf(text: string): NestOutline {
  return nestOutline(analyzeDxfSync(text, { healed: true }));
}
function lBracket(size: number, leg: number): NestOutline {
  return fromDxf(dxf([lwpolyline([[0, 0], [size, 0], [size, leg], [leg, leg], [leg, size], [0, size]], true)], { insunits: 4 }));
}
const template = (name: string, params: Record<string, number>) => fromDxf(generateTemplate(name, params).dxf);
const disc = (d: number) => template('disc', { diameter: d });
const ring = (D: number, d: number) => template('ring', { outerDiameter: D, innerDiameter: d });
const triangle = (d: number) => template('polygon', { sides: 3, diameter: d });
const flange = (D: number) => template('flange', { outerDiameter: D, innerDiameter: D / 2, boltCircleDiameter: D * 0.75, holeCount: 6, holeDiameter: D / 16 });

/** The outline's rings as the placement puts them on the sheet (computed here, independently). */
function placed(ol: NestOutline, p: { x: number; y: number; rotation: number; mirrored: boolean }): number[][] {
  const a = (p.rotation * Math.PI) / 180, c = Math.cos(a), s = Math.sin(a);
  return ol.rings.map((r) => {
    const out: number[] = [];
    for (let i = 0; i < r.length; i += 2) {
      const x = p.mirrored ? -r[i] : r[i], y = r[i + 1];
      out.push(c * x - s * y + p.x, s * x + c * y + p.y);
    }
    return out;
  });
}

function segSegDistance(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): number {
  const cross = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => (qx - px) * (ry - py) - (qy - py) * (rx - px);
  const d1 = cross(ax, ay, bx, by, cx, cy), d2 = cross(ax, ay, bx, by, dx, dy);
  const d3 = cross(cx, cy, dx, dy, ax, ay), d4 = cross(cx, cy, dx, dy, bx, by);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return 0;
  return Math.min(ptSeg(ax, ay, cx, cy, dx, dy), ptSeg(bx, by, cx, cy, dx, dy), ptSeg(cx, cy, ax, ay, bx, by), ptSeg(dx, dy, ax, ay, bx, by));
}
function ptSeg(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy;
  const t = l2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2)) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
/** Even-odd over all rings of a part: is the point in its material? */
function inMaterial(rings: number[][], x: number, y: number): boolean {
  let inside = false;
  for (const r of rings) {
    const n = r.length >> 1;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = r[2 * i], yi = r[2 * i + 1], xj = r[2 * j], yj = r[2 * j + 1];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
function boxOf(rings: number[][]) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of rings) for (let i = 0; i < r.length; i += 2) {
    x0 = Math.min(x0, r[i]); x1 = Math.max(x1, r[i]); y0 = Math.min(y0, r[i + 1]); y1 = Math.max(y1, r[i + 1]);
  }
  return { x0, y0, x1, y1 };
}
/** The smallest distance between two placed parts' edges (Infinity when their boxes are far apart). */
function gap(a: number[][], b: number[][], reach: number): number {
  const ba = boxOf(a), bb = boxOf(b);
  if (ba.x1 + reach < bb.x0 || bb.x1 + reach < ba.x0 || ba.y1 + reach < bb.y0 || bb.y1 + reach < ba.y0) return Infinity;
  let best = Infinity;
  for (const ra of a) {
    const na = ra.length >> 1;
    for (let i = 0; i < na; i++) {
      const i2 = (i + 1) % na;
      const ax = ra[2 * i], ay = ra[2 * i + 1], bx = ra[2 * i2], by = ra[2 * i2 + 1];
      if (Math.max(ax, bx) + reach < bb.x0 || Math.min(ax, bx) - reach > bb.x1 || Math.max(ay, by) + reach < bb.y0 || Math.min(ay, by) - reach > bb.y1) continue;
      for (const rb of b) {
        const nb = rb.length >> 1;
        for (let j = 0; j < nb; j++) {
          const j2 = (j + 1) % nb;
          best = Math.min(best, segSegDistance(ax, ay, bx, by, rb[2 * j], rb[2 * j + 1], rb[2 * j2], rb[2 * j2 + 1]));
        }
      }
    }
  }
  return best;
}

/** Every promise of a layout, checked on the true (flattened) outlines. Returns the parts found in others' holes. */
function expectValid(layout: NestLayout, items: NestItem[], o: { spacing: number; margin?: number }): number {
  const margin = o.margin ?? o.spacing;
  // counts preserved: every copy once
  const seen = items.map((it) => new Array<number>(it.quantity).fill(0));
  for (const s of layout.sheets) for (const p of s.placements) seen[p.item][p.copy]++;
  seen.forEach((copies) => copies.forEach((n) => expect(n).toBe(1)));
  expect(layout.sheetCount).toBe(layout.sheets.length);
  let inHoles = 0;
  for (const s of layout.sheets) {
    const [W, H] = s.format;
    const parts = s.placements.map((p) => placed(items[p.item].outline, p));
    for (const rings of parts) {
      const b = boxOf(rings);
      expect(b.x0).toBeGreaterThanOrEqual(margin - 1e-6);
      expect(b.y0).toBeGreaterThanOrEqual(margin - 1e-6);
      expect(b.x1).toBeLessThanOrEqual(W - margin + 1e-6);
      expect(b.y1).toBeLessThanOrEqual(H - margin + 1e-6);
      expect(b.x1 + margin).toBeLessThanOrEqual(s.usedLength + 1e-6);
    }
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        const g = gap(parts[i], parts[j], o.spacing);
        if (g < o.spacing - 1e-6) expect.fail(`sheet parts ${i} and ${j} are ${g} mm apart (spacing ${o.spacing})`);
        if (g === Infinity) continue;
        // no edge is near: then neither may lie in the other's material
        const [ax, ay] = parts[i][0], [bx, by] = parts[j][0];
        if (inMaterial(parts[j], ax, ay) || inMaterial(parts[i], bx, by)) expect.fail(`sheet parts ${i} and ${j} overlap`);
        const bi = boxOf(parts[i]), bj = boxOf(parts[j]);
        if ((bi.x0 >= bj.x0 && bi.x1 <= bj.x1 && bi.y0 >= bj.y0 && bi.y1 <= bj.y1) || (bj.x0 >= bi.x0 && bj.x1 <= bi.x1 && bj.y0 >= bi.y0 && bj.y1 <= bi.y1)) inHoles++;
      }
    }
  }
  return inHoles;
}

function randomSet(seed: number, n: number): NestItem[] {
  const r = rng(seed);
  const makers: (() => NestOutline)[] = [
    () => lBracket(150 + Math.round(r() * 300), 40 + Math.round(r() * 60)),
    () => disc(40 + Math.round(r() * 200)),
    () => ring(300 + Math.round(r() * 200), 220 + Math.round(r() * 40)),
    () => triangle(100 + Math.round(r() * 300)),
    () => flange(120 + Math.round(r() * 200)),
  ];
  const items: NestItem[] = [];
  let left = n;
  while (left > 0) {
    const q = Math.min(left, 1 + Math.floor(r() * 12));
    items.push({ outline: makers[Math.floor(r() * makers.length)](), quantity: q });
    left -= q;
  }
  return items;
}

const sheets = [{ format: SHEET }];
const strip = (l: NestLayout) => ({ ...l, elapsedMs: 0 });

describe('true-shape nest', () => {
  describe('places random sets without overlap, inside the sheet, every copy once', () => {
    const cases: [string, number, Partial<NestOptions>][] = [
      ['90° turns, 8 mm spacing', 1, { spacing: 8 }],
      ['45° turns and mirror images, 5 mm spacing, 12 mm margin', 2, { spacing: 5, margin: 12, rotationStep: 45, mirror: true }],
      ['90° turns, no spacing, 3 mm margin', 3, { spacing: 0, margin: 3 }],
      ['30° turns, 10 mm spacing, two formats (a counted remnant first)', 4, { spacing: 10, rotationStep: 30 }],
    ];
    for (const [name, seed, opts] of cases) {
      it(name, () => {
        const items = randomSet(seed, 120);
        const formats = seed === 4 ? [{ format: [1200, 1000] as [number, number], count: 1 }, { format: SHEET }] : sheets;
        const options = { sheets: formats, spacing: 8, ...opts } as NestOptions;
        const layout = nest(items, options);
        expect(layout.method).toBe('true-shape');
        expectValid(layout, items, options);
        if (seed === 4) {
          expect(layout.sheets[0].format).toEqual([1200, 1000]);
          expect(layout.sheets.filter((s) => s.format[0] === 1200)).toHaveLength(1);
        }
        for (const s of layout.sheets) for (const p of s.placements) {
          expect(p.rotation % (opts.rotationStep ?? 90)).toBeCloseTo(0, 9);
          if (!opts.mirror) expect(p.mirrored).toBe(false);
        }
      });
    }
  });

  it('puts small parts into the holes of rings, clear of the hole\'s edge by the spacing', () => {
    const items = [{ outline: ring(500, 400), quantity: 10 }, { outline: disc(150), quantity: 40 }];
    const layout = nest(items, { sheets, spacing: 8 });
    const inHoles = expectValid(layout, items, { spacing: 8 });
    expect(inHoles).toBeGreaterThanOrEqual(10);
    // the 40 discs fit the ten holes (four each) and nothing else needs a second sheet
    expect(layout.sheetCount).toBe(1);
  });

  it('needs fewer sheets than the box nest for 50 L-brackets and 50 discs on 3000 x 1500', () => {
    const items = [{ outline: lBracket(600, 150), quantity: 50 }, { outline: disc(280), quantity: 50 }];
    const options = { sheets, spacing: 8 };
    const shape = nest(items, options);
    const box = nest(items, { ...options, method: 'box' });
    expectValid(shape, items, options);
    expectValid(box, items, options);
    expect(box.method).toBe('box');
    expect(shape.sheetCount).toBeLessThan(box.sheetCount);
    expect(shape.utilization).toBeGreaterThan(box.utilization + 0.1);
  });

  it('nests a part with open contours as its box, and says so', () => {
    const open = fromDxf(dxf([lwpolyline([[0, 0], [300, 0], [300, 200], [0, 200]], false)], { insunits: 4 }));
    expect(open.exact).toBe(false);
    const items = [{ outline: disc(100), quantity: 3 }, { outline: open, quantity: 3 }];
    const layout = nest(items, { sheets, spacing: 8 });
    expect(layout.fallback).toEqual([1]);
    expectValid(layout, items, { spacing: 8 });
  });

  it('is deterministic without a time limit', () => {
    const items = randomSet(9, 80);
    const a = nest(items, { sheets, spacing: 8, maxAttempts: 3 });
    const b = nest(items, { sheets, spacing: 8, maxAttempts: 3 });
    expect(strip(a)).toEqual(strip(b));
    expect(a.attempts).toBe(3);
  });

  it('keeps the best of several attempts: never worse than one pass', () => {
    const items = randomSet(11, 150);
    const one = nest(items, { sheets, spacing: 8 });
    const more = nest(items, { sheets, spacing: 8, maxAttempts: 6 });
    expectValid(more, items, { spacing: 8 });
    expect(more.sheetCount).toBeLessThanOrEqual(one.sheetCount);
    if (more.sheetCount === one.sheetCount) {
      expect(more.sheets.at(-1)!.usedLength).toBeLessThanOrEqual(one.sheets.at(-1)!.usedLength + one.cellSize!);
    }
    const timed = nest(items, { sheets, spacing: 8, timeLimitMs: 50 });
    expect(timed.attempts).toBeGreaterThanOrEqual(1);
    expectValid(timed, items, { spacing: 8 });
  });

  it('tries the sheet turned: rows across it hold 26 discs of 400 mm where columns along it hold 24', () => {
    const items = [{ outline: disc(400), quantity: 26 }];
    const one = nest(items, { sheets, spacing: 8 });
    const two = nest(items, { sheets, spacing: 8, maxAttempts: 2 });
    expect(one.sheetCount).toBe(2);
    expect(two.sheetCount).toBe(1);
    expectValid(two, items, { spacing: 8 });
  });

  it('turns a part that only fits turned', () => {
    const long = fromDxf(dxf([lwpolyline([[0, 0], [1400, 0], [1400, 2900], [0, 2900]], true)], { insunits: 4 }));
    const items = [{ outline: long, quantity: 1 }];
    const layout = nest(items, { sheets, spacing: 8 });
    expect([90, 270]).toContain(layout.sheets[0].placements[0].rotation);
    expectValid(layout, items, { spacing: 8 });
  });

  it('keeps every pass valid: the best of 1 to 9 passes, turned sheets and gravity among them', () => {
    const items = randomSet(13, 40);
    let sheetsBefore = Infinity;
    for (let k = 1; k <= 9; k++) {
      const options = { sheets, spacing: 6, margin: 10, maxAttempts: k, ...(k % 2 ? { rotationStep: 45, mirror: true } : {}) };
      const layout = nest(items, options);
      expectValid(layout, items, options);
      if (k % 2 === 0) {
        expect(layout.sheetCount).toBeLessThanOrEqual(sheetsBefore);
        sheetsBefore = layout.sheetCount;
      }
    }
  });

  it('reports utilization per sheet from the net areas', () => {
    const items = [{ outline: disc(200), quantity: 7 }];
    const layout = nest(items, { sheets, spacing: 8 });
    expect(layout.sheetCount).toBe(1);
    expect(layout.sheets[0].utilization).toBeCloseTo((7 * Math.PI * 100 * 100) / (3000 * 1500), 9);
    expect(layout.utilization).toBeCloseTo(layout.sheets[0].utilization, 12);
    // bottom-left: seven discs of 200 mm in one column of 1500 mm, the sheet used about 216 mm far
    expect(layout.sheets[0].usedLength).toBeLessThan(240);
  });

  it('refuses a part that fits no sheet, and bad options', () => {
    const items = [{ outline: disc(1600), quantity: 1 }];
    for (const method of ['true-shape', 'box'] as const) {
      try {
        nest(items, { sheets, spacing: 8, method });
        expect.fail('nested a disc larger than the sheet');
      } catch (e) {
        expect((e as KerfError).code).toBe('PART_TOO_LARGE');
      }
    }
    expect(() => nest(items, { sheets: [], spacing: 8 })).toThrow(KerfError);
    expect(() => nest(items, { sheets, spacing: -1 })).toThrow(KerfError);
    expect(() => nest(items, { sheets, spacing: 8, rotationStep: 0 })).toThrow(KerfError);
  });

  it('lays boxes out as the box nest does, in the same layout shape', () => {
    const items = randomSet(5, 60);
    const options = { sheets, spacing: 8, margin: 15, method: 'box' as const };
    const layout = nest(items, options, loadCoreSync());
    expectValid(layout, items, options);
    for (const s of layout.sheets) for (const p of s.placements) expect([0, 90]).toContain(p.rotation);
  });
});
