// T-junctions: a segment that ends on the interior of a line or arc (a tab drawn against a plate's
// side, a line across a rectangle, a lead line, a slot ending on a round hole) splits that line or
// arc there, so the contours are built as the laser cuts them: every piece once, closed outlines
// found around the junction. Each drawing is checked turned to several carrier directions, with
// its entities in both orders, and with the junction's end 1e-9 off the line.
import { describe, expect, it } from 'vitest';
import { analyzeDxfSync } from '../../sdk/index.js';
import type { AnalysisResult } from '../../sdk/types.js';
import { arc, circle, dxf, line, lwpolyline } from '../helpers/dxf.js';
import { rng, shuffle } from '../helpers/random.js';

type Pt = [number, number];
/** A drawing in primitives, turned by `deg` about the origin when written. */
type Prim =
  | { line: [Pt, Pt] }
  | { poly: Pt[]; closed: boolean }
  | { circle: [Pt, number] }
  | { arc: [Pt, number, number, number] };

function entities(prims: Prim[], deg: number): string[] {
  const a = (deg * Math.PI) / 180, c = Math.cos(a), s = Math.sin(a);
  const t = ([x, y]: Pt): Pt => [c * x - s * y, s * x + c * y];
  return prims.map((p) => {
    if ('line' in p) { const [p0, p1] = p.line.map(t); return line(p0[0], p0[1], p1[0], p1[1]); }
    if ('poly' in p) return lwpolyline(p.poly.map(t), p.closed);
    if ('circle' in p) { const q = t(p.circle[0]); return circle(q[0], q[1], p.circle[1]); }
    const q = t(p.arc[0]);
    return arc(q[0], q[1], p.arc[1], p.arc[2] + deg, p.arc[3] + deg);
  });
}

const rect = (x0: number, y0: number, x1: number, y1: number): Prim => ({ poly: [[x0, y0], [x1, y0], [x1, y1], [x0, y1]], closed: true });
const DRIFT = 1e-9;

interface Expect {
  cut: number;
  closed: number;
  open: number;
  /** The largest closed contour: length and area. */
  outline?: [number, number];
  /** Open contours' lengths, sorted (when the walk's choice at a junction cannot change them). */
  openLengths?: number[];
  /** Segments in all contours (a split line counts its pieces). */
  segments?: number;
  dup?: [number, number];
}

interface Case { name: string; prims: (drift: number) => Prim[]; want: Expect }

const y0 = Math.sqrt(100 - 9); // where a 6 mm wide slot meets a circle of radius 10
const half = Math.asin(0.3); // half the angle of the circle's arc between the slot's sides

const CASES: Case[] = [
  {
    name: 'a tab drawn against a plate\'s side',
    prims: (d) => [rect(0, 0, 100, 50), { poly: [[40, 50 + d], [40, 60], [60, 60], [60, 50 - d]], closed: false }],
    // the outline goes round plate and tab (300 - 20 + 40); the 20 mm between them is cut once more
    want: { cut: 340, closed: 1, open: 1, outline: [320, 5200], openLengths: [20], segments: 4 + 3 + 2 },
  },
  {
    name: 'a tab against a side drawn twice in overlapping pieces',
    prims: (d) => [
      { line: [[0, 0], [100, 0]] }, { line: [[100, 0], [100, 50]] }, { line: [[100, 50], [30, 50]] }, { line: [[70, 50], [0, 50]] },
      { line: [[0, 50], [0, 0]] }, { poly: [[40, 50 - d], [40, 60], [60, 60], [60, 50 + d]], closed: false },
    ],
    want: { cut: 340, closed: 1, open: 1, outline: [320, 5200], openLengths: [20], segments: 3 + 3 + 3, dup: [1, 40] },
  },
  {
    name: 'a rectangle drawn open against another one\'s side',
    prims: (d) => [rect(0, 0, 10, 10), { poly: [[10 + d, 2], [20, 2], [20, 8], [10 - d, 8]], closed: false }],
    want: { cut: 66, closed: 1, open: 1, outline: [60, 160], openLengths: [6], segments: 4 + 3 + 2 },
  },
  {
    name: 'a line drawn across a rectangle with its ends on the sides',
    prims: (d) => [rect(0, 0, 100, 50), { line: [[-d, 20], [100 + d, 20]] }],
    want: { cut: 400, closed: 1, open: 1, outline: [300, 5000], openLengths: [100], segments: 4 + 2 + 1 },
  },
  {
    name: 'a lead line ending on a rectangle\'s side',
    prims: (d) => [rect(0, 0, 100, 50), { line: [[50, -10], [50, d]] }],
    want: { cut: 310, closed: 1, open: 1, outline: [300, 5000], openLengths: [10], segments: 4 + 1 + 1 },
  },
  {
    name: 'a stem ending on a line (a T)',
    prims: (d) => [{ line: [[0, 0], [100, 0]] }, { line: [[50, 30], [50, d]] }],
    want: { cut: 130, closed: 0, open: 2, segments: 3 },
  },
  {
    name: 'a stem ending inside a line merged from two overlapping ones',
    prims: (d) => [{ line: [[0, 0], [60, 0]] }, { line: [[100, 0], [40, 0]] }, { line: [[50, 30], [50, -d]] }],
    want: { cut: 130, closed: 0, open: 2, segments: 3, dup: [1, 20] },
  },
  {
    name: 'a slot ending on a round hole (keyhole)',
    prims: (d) => [{ circle: [[0, 0], 10] }, { poly: [[-3, y0 + d], [-3, 30], [3, 30], [3, y0 - d]], closed: false }],
    // the outline: the circle less the arc between the slot's sides, and the slot; that arc stays open
    want: {
      cut: 20 * Math.PI + 2 * (30 - y0) + 6,
      closed: 1, open: 1,
      outline: [20 * Math.PI - 20 * half + 2 * (30 - y0) + 6, 100 * Math.PI - 50 * (2 * half - Math.sin(2 * half)) + 6 * (30 - y0)],
      openLengths: [20 * half],
      segments: 3 + 3,
    },
  },
  {
    name: 'a tab against a rounded corner\'s arc',
    // a plate with a round top-right corner (radius 20, centre (80, 30)); a tab's sides end on the arc
    prims: (d) => {
      const a1 = (20 * Math.PI) / 180, a2 = (60 * Math.PI) / 180;
      const p1: Pt = [80 + (20 + d) * Math.cos(a1), 30 + (20 + d) * Math.sin(a1)];
      const p2: Pt = [80 + (20 - d) * Math.cos(a2), 30 + (20 - d) * Math.sin(a2)];
      const out = 15;
      return [
        { line: [[0, 0], [100, 0]] }, { line: [[100, 0], [100, 30]] }, { arc: [[80, 30], 20, 0, 90] },
        { line: [[80, 50], [0, 50]] }, { line: [[0, 50], [0, 0]] },
        { poly: [p1, [p1[0] + out * Math.cos(a1), p1[1] + out * Math.sin(a1)], [p2[0] + out * Math.cos(a2), p2[1] + out * Math.sin(a2)], p2], closed: false },
      ];
    },
    want: (() => {
      const a1 = (20 * Math.PI) / 180, a2 = (60 * Math.PI) / 180;
      const inner = 20 * (a2 - a1);
      // the tab's far side is the chord of the outer radius; its area: the annulus sector's less
      // the outer segment cut off by that chord
      const chord = 2 * 35 * Math.sin((a2 - a1) / 2);
      const plate = 100 * 50 - 20 * 20 + (Math.PI * 400) / 4;
      const tab = ((35 * 35 - 20 * 20) * (a2 - a1)) / 2 - (35 * 35 / 2) * ((a2 - a1) - Math.sin(a2 - a1));
      const perimeter = 100 + 30 + 10 * Math.PI + 80 + 50;
      return {
        cut: perimeter + 30 + chord, closed: 1, open: 1,
        outline: [perimeter - inner + 30 + chord, plate + tab] as [number, number],
        openLengths: [inner], segments: 5 + 3 + 2,
      };
    })(),
  },
  {
    name: 'a drawing frame with title-block lines ending on it and on each other',
    prims: (d) => [
      rect(0, 0, 200, 100),
      { poly: [[120, -d], [120, 30], [200 + d, 30]], closed: false },
      { line: [[160, d], [160, 30 - d]] },
    ],
    // the frame is the outline; the title block's lines are cut open, in two pieces
    want: { cut: 600 + 110 + 30, closed: 1, open: 2, outline: [600, 20000], segments: 4 + 2 + 1 + 3 + 1 },
  },
  {
    name: 'a line across a circle',
    prims: (d) => [{ circle: [[0, 0], 10] }, { line: [[-10 - d, 0], [10 + d, 0]] }],
    want: { cut: 20 * Math.PI + 20, closed: 1, open: 1, outline: [20 * Math.PI, 100 * Math.PI], openLengths: [20] },
  },
  {
    name: 'two squares touching at a corner',
    prims: (d) => [rect(0, 0, 10, 10), rect(10 + d, 10 - d, 20, 20)],
    want: { cut: 80, closed: 2, open: 0, outline: [40, 100], segments: 8 },
  },
];

function analyze(prims: Prim[], deg: number, reversed: boolean): AnalysisResult {
  const ents = entities(prims, deg);
  return analyzeDxfSync(dxf(reversed ? ents.reverse() : ents, { insunits: 4 }));
}

function check(r: AnalysisResult, want: Expect, label: string): void {
  expect(r.cutLength, label).toBeCloseTo(want.cut, 6);
  expect(r.closedContours, label).toBe(want.closed);
  expect(r.contours.length - r.closedContours, label).toBe(want.open);
  expect(r.pierces, label).toBe(want.closed + want.open);
  if (want.outline) {
    const outline = r.contours.filter((c) => c.closed).sort((a, b) => b.area - a.area)[0];
    expect(outline.length, label).toBeCloseTo(want.outline[0], 6);
    expect(outline.area, label).toBeCloseTo(want.outline[1], 5);
    if (want.closed === 1) expect(r.grossArea, label).toBeCloseTo(want.outline[1], 5);
  }
  if (want.openLengths) {
    const open = r.contours.filter((c) => !c.closed).map((c) => c.length).sort((a, b) => a - b);
    expect(open.length, label).toBe(want.openLengths.length);
    open.forEach((l, i) => expect(l, label).toBeCloseTo(want.openLengths![i], 6));
  }
  if (want.segments !== undefined) expect(r.contours.reduce((s, c) => s + c.segments, 0), label).toBe(want.segments);
  const dup = r.warnings.find((w) => w.code === 'DUPLICATE_GEOMETRY') as { count: number; length: number } | undefined;
  if (want.dup) {
    expect(dup?.count, label).toBe(want.dup[0]);
    expect(dup!.length, label).toBeCloseTo(want.dup[1], 6);
  } else expect(dup, label).toBeUndefined();
}

describe('T-junctions', () => {
  for (const c of CASES) {
    it(`cuts ${c.name} as the laser does, in every direction and with 1e-9 of drift`, () => {
      for (const deg of [0, 90, 180, 270, 30, 45, 123.4]) {
        for (const drift of [0, DRIFT]) {
          for (const reversed of [false, true]) {
            check(analyze(c.prims(drift), deg, reversed), c.want, `${deg}° drift ${drift}${reversed ? ' reversed' : ''}`);
          }
        }
      }
    });
  }

  it('gives the same contours whatever the order and direction of the lines', () => {
    // a plate cut by lines into cells (a line across, a stem on it, a tab outside), as loose lines
    const segs: [number, number, number, number][] = [
      [0, 0, 60, 0], [60, 0, 100, 0], [100, 0, 100, 50], [100, 50, 0, 50], [0, 50, 0, 0],
      [0, 20, 100, 20], [60, 20, 60, 0], [30, 20, 30, 35],
      [40, 50, 40, 60], [40, 60, 55, 60], [55, 60, 55, 50],
    ];
    const rand = rng(7);
    let first: AnalysisResult | undefined;
    for (let t = 0; t < 12; t++) {
      const order = t === 0 ? segs : shuffle(segs.slice(), rand);
      const r = analyzeDxfSync(dxf(order.map(([a, b, c, d]) => (rand() < 0.5 ? line(a, b, c, d) : line(c, d, a, b))), { insunits: 4 }));
      // outline 300 + 35 (tab) - 15; inside, the line across (100), the stem below it (20) and the
      // stem above it (15) are open cuts, as is the 15 mm between plate and tab
      expect(r.cutLength).toBeCloseTo(300 + 100 + 20 + 15 + 35, 9);
      expect(r.contours.find((c) => c.closed)!.length).toBeCloseTo(320, 9);
      expect(r.closedContours).toBe(1);
      expect(r.grossArea).toBeCloseTo(5000 + 150, 9);
      first ??= r;
      expect(r.pierces).toBe(first.pierces);
      expect(r.contours.filter((c) => !c.closed).reduce((s, c) => s + c.length, 0)).toBeCloseTo(100 + 20 + 15 + 15, 9);
    }
  });

  it('finds the outline of hatching drawn as lines between two borders, quickly', () => {
    // 2,000 lines 0.5 mm apart ending on two vertical borders: each border is split 2,000 times
    const ents = [line(0, 0, 0, 1000), line(300, 1000, 300, 0)];
    for (let i = 0; i < 2000; i++) ents.push(line(0, 0.25 + i * 0.5, 300, 0.25 + i * 0.5));
    const t0 = performance.now();
    const r = analyzeDxfSync(dxf(ents, { insunits: 4 }));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.cutLength).toBeCloseTo(2000 + 2000 * 300, 6);
    expect(r.closedContours).toBe(1);
    // the outline: the first and last hatch lines and the borders between them
    expect(r.grossArea).toBeCloseTo(300 * 999.5, 6);
    expect(r.contours.length).toBe(1 + 1998 + 4);
  });

  it('nests many holes in an outline of many pieces (the ray test looks at one band of it)', () => {
    // a plate whose bottom edge carries 400 tabs' ends (so its outline has some 1,200 pieces),
    // with 300 round holes inside
    const ents = [lwpolyline([[4000, 0], [4000, 100], [0, 100], [0, 0]], false)];
    for (let i = 0; i < 400; i++) ents.push(lwpolyline([[i * 10 + 2, 0], [i * 10 + 2, -3], [i * 10 + 6, -3], [i * 10 + 6, 0]], false));
    ents.push(line(0, 0, 4000, 0));
    for (let i = 0; i < 300; i++) ents.push(circle(10 + i * 13, 50, 4));
    const r = analyzeDxfSync(dxf(ents, { insunits: 4 }));
    expect(r.closedContours).toBe(301);
    expect(r.contours.filter((c) => c.closed && c.depth === 1)).toHaveLength(300);
    expect(r.grossArea).toBeCloseTo(400000 + 400 * 12, 6);
    expect(r.netArea).toBeCloseTo(400000 + 400 * 12 - 300 * 16 * Math.PI, 6);
    expect(r.contours.filter((c) => !c.closed)).toHaveLength(400);
  });

  it('splits a line at a junction that lies within the gap tolerance of it', () => {
    // the stem ends 0.004 mm above the line (tolerance 0.01): the line is cut in two pieces at the
    // stem's foot, which add up to the line; the junction joins them as a healed gap would
    const r = analyzeDxfSync(dxf([line(0, 0, 100, 0), line(50, 30, 50, 0.004)], { insunits: 4 }));
    expect(r.cutLength).toBeCloseTo(129.996, 9);
    expect(r.contours.reduce((s, c) => s + c.segments, 0)).toBe(3);
  });

  it('leaves an end further from the line than the tolerance alone', () => {
    const r = analyzeDxfSync(dxf([line(0, 0, 100, 0), line(50, 30, 50, 0.05)], { insunits: 4 }));
    expect(r.cutLength).toBeCloseTo(129.95, 9);
    expect(r.contours.reduce((s, c) => s + c.segments, 0)).toBe(2);
    const lengths = r.contours.map((c) => c.length).sort((a, b) => a - b);
    expect(lengths[0]).toBeCloseTo(29.95, 9);
    expect(lengths[1]).toBeCloseTo(100, 9);
  });

  it('does not split at an end that meets the line\'s own end (a corner)', () => {
    const r = analyzeDxfSync(dxf([line(0, 0, 100, 0), line(100, 30, 100.004, 0)], { insunits: 4 }));
    expect(r.contours).toHaveLength(1);
    expect(r.contours[0].segments).toBe(2);
  });

  it('draws the split pieces in the preview paths and the healed drawing', () => {
    const r = analyzeDxfSync(dxf(entities(CASES[0].prims(0), 0), { insunits: 4 }), { geometry: true, healed: true });
    const outline = r.contours.find((c) => c.closed)!;
    expect(outline.path).toContain('40 50');
    expect(outline.path).toContain('60 50');
    const shared = r.contours.find((c) => !c.closed)!;
    expect(shared.path).toMatch(/^M(40|60) 50L(60|40) 50$/);
  });
});
