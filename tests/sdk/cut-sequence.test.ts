// The cut sequence (issue [9]): holes before the outline around them, a lead-in per contour on a
// straight edge or a corner (a round hole where it comes nearest the head), a nearest-neighbour
// tour from the origin that 2-opt only ever shortens, and its rapid travel in the quote.
import { describe, expect, it } from 'vitest';
import {
  analyzeDxfSync, DEFAULT_CATALOG, DEFAULT_PROFILE, DEFAULT_RAPID_SPEED, isKerfError, loadCatalog, loadProfile, mergeProfile, previewSvg, quote,
  type AnalyzeResult,
} from '../../sdk/index.js';
import { arc, circle, dxf, line, lwpolyline, perforatedPlate } from '../helpers/dxf.js';
import { rng } from '../helpers/random.js';

const catalog = loadCatalog(DEFAULT_CATALOG);
const hyp = (x: number, y: number) => Math.hypot(x, y);

/** Position of each contour in the cutting order. */
function positions(r: AnalyzeResult): number[] {
  const pos: number[] = [];
  r.sequence!.order.forEach((c, k) => { pos[c] = k; });
  return pos;
}

/** Is contour a inside closed contour b (by depth and box)? */
function inside(r: AnalyzeResult, a: number, b: number): boolean {
  const ca = r.contours[a], cb = r.contours[b];
  return cb.closed && ca.depth > cb.depth && cb.bbox.minX <= ca.bbox.minX && cb.bbox.minY <= ca.bbox.minY
    && cb.bbox.maxX >= ca.bbox.maxX && cb.bbox.maxY >= ca.bbox.maxY;
}

/** Random sheets: plates with round and slotted holes, some holes with an island (a part inside). */
function randomSheet(seed: number): string {
  const r = rng(seed);
  const ents: string[] = [];
  const plates = 1 + Math.floor(r() * 5);
  for (let p = 0; p < plates; p++) {
    const x0 = p * 400 + r() * 50, y0 = r() * 200, w = 200 + r() * 150, h = 150 + r() * 150;
    ents.push(lwpolyline([[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h]], true));
    const holes = Math.floor(r() * 12);
    for (let k = 0; k < holes; k++) {
      const cx = x0 + 30 + ((k % 4) * (w - 60)) / 3, cy = y0 + 30 + (Math.floor(k / 4) * (h - 60)) / 2;
      if (r() < 0.5) ents.push(circle(cx + r() * 4, cy + r() * 4, 3 + r() * 8));
      else ents.push(lwpolyline([[cx - 10, cy - 4], [cx + 10, cy - 4, 1], [cx + 10, cy + 4], [cx - 10, cy + 4, 1]], true));
    }
    if (r() < 0.5) {
      // a big hole with an island in it (depth 2), and a hole in the island (depth 3)
      const cx = x0 + w / 2, cy = y0 + h / 2;
      ents.push(circle(cx, cy, 40), lwpolyline([[cx - 20, cy - 20], [cx + 20, cy - 20], [cx + 20, cy + 20], [cx - 20, cy + 20]], true), circle(cx, cy, 5));
    }
  }
  const order = ents.map((e, i) => [r(), i] as const).sort((a, b) => a[0] - b[0]).map(([, i]) => ents[i]);
  return dxf(order, { insunits: 4 });
}

describe('the cut sequence', () => {
  it('is planned for a part without being asked, and not for a big sheet unless asked', () => {
    const part = analyzeDxfSync(dxf([lwpolyline([[0, 0], [100, 0], [100, 50], [0, 50]], true), circle(50, 25, 5)], { insunits: 4 }));
    expect(part.sequence?.order).toEqual([1, 0]);
    expect(analyzeDxfSync(dxf([circle(0, 0, 5)], { insunits: 4 }), { sequence: false }).sequence).toBeUndefined();
    const { text } = perforatedPlate(240_000); // about 2,900 holes: above what is planned unasked
    expect(analyzeDxfSync(text).sequence).toBeUndefined();
    expect(analyzeDxfSync(text, { sequence: true }).sequence?.order).toHaveLength(analyzeDxfSync(text).contours.length);
  });

  describe('inner before outer', () => {
    it('cuts every contour after all contours inside it, on 60 random sheets with islands', () => {
      for (let seed = 1; seed <= 60; seed++) {
        const r = analyzeDxfSync(randomSheet(seed));
        const pos = positions(r);
        expect([...r.sequence!.order].sort((a, b) => a - b), `seed ${seed}`).toEqual(r.contours.map((_, i) => i));
        for (let a = 0; a < r.contours.length; a++) {
          for (let b = 0; b < r.contours.length; b++) {
            if (a !== b && inside(r, a, b)) expect(pos[a], `seed ${seed}: contour ${a} inside ${b}`).toBeLessThan(pos[b]);
          }
        }
      }
    });

    it('cuts the outline of a sheet of 40,000 holes last, in well under a minute', () => {
      const { text, holes } = perforatedPlate(2_700_000);
      expect(holes).toBeGreaterThan(40_000);
      const t = performance.now();
      const r = analyzeDxfSync(text, { sequence: true });
      const ms = performance.now() - t;
      const s = r.sequence!;
      expect(s.order).toHaveLength(holes + 1);
      expect(r.contours[s.order.at(-1)!].depth).toBe(0);
      expect(new Set(s.order).size).toBe(holes + 1);
      // a serpentine over a 6 mm grid: about 6 mm (less the hole diameters) per hole
      expect(s.travel / holes).toBeLessThan(6);
      expect(s.travel).toBeLessThanOrEqual(s.nearestNeighbourTravel);
      expect(ms).toBeLessThan(30_000);
    }, 60_000);
  });

  describe('the tour', () => {
    it('travels as computed by hand: from the origin to the nearer hole, the other hole, then the outline\'s longest edge', () => {
      // a trapezoid whose bottom edge (120 mm) is the longest, and two round holes
      const r = analyzeDxfSync(dxf([
        lwpolyline([[0, 0], [120, 0], [100, 50], [0, 50]], true), circle(20, 25, 5), circle(80, 25, 5),
      ], { insunits: 4 }));
      const s = r.sequence!;
      const c1 = r.contours.findIndex((c) => Math.abs(c.bbox.minX - 15) < 1e-9), c2 = r.contours.findIndex((c) => Math.abs(c.bbox.minX - 75) < 1e-9);
      const plate = r.contours.findIndex((c) => c.depth === 0);
      expect(s.order).toEqual([c1, c2, plate]);
      // hole 1 entered where it is nearest the origin
      const d1 = hyp(20, 25) - 5;
      const p1 = [20 - (5 * 20) / hyp(20, 25), 25 - (5 * 25) / hyp(20, 25)];
      // hole 2 where it is nearest that point
      const v = [p1[0] - 80, p1[1] - 25], lv = hyp(v[0], v[1]);
      const d2 = lv - 5;
      const p2 = [80 + (5 * v[0]) / lv, 25 + (5 * v[1]) / lv];
      // the outline at the middle of its bottom edge
      const d3 = hyp(60 - p2[0], 0 - p2[1]);
      expect(s.travel).toBeCloseTo(d1 + d2 + d3, 9);
      expect(s.leadIns.map((l) => l.at)).toEqual(['nearest', 'nearest', 'edge']);
      expect(s.leadIns[0].x).toBeCloseTo(p1[0], 9);
      expect(s.leadIns[2]).toMatchObject({ contour: plate, x: 60, y: 0 });
    });

    it('starts from the machine origin given', () => {
      const part = dxf([circle(10, 10, 2), circle(190, 10, 2), lwpolyline([[0, 0], [200, 0], [200, 20], [0, 20]], true)], { insunits: 4 });
      const fromLeft = analyzeDxfSync(part, { sequence: { origin: [0, 0] } }).sequence!;
      const fromRight = analyzeDxfSync(part, { sequence: { origin: [400, 0] } }).sequence!;
      expect(fromLeft.leadIns[0].x).toBeLessThan(100);
      expect(fromRight.leadIns[0].x).toBeGreaterThan(100);
      expect(fromRight.origin).toEqual([400, 0]);
    });

    it('2-opt never makes the tour longer than nearest neighbour, and shortens some; no budget: nearest neighbour alone', () => {
      let shorter = 0;
      for (let seed = 1; seed <= 60; seed++) {
        const r = rng(1000 + seed);
        // scattered holes in one plate: where greedy tours cross themselves
        const ents = [lwpolyline([[0, 0], [1000, 0], [1000, 1000], [0, 1000]], true)];
        for (let k = 0; k < 40; k++) ents.push(circle(20 + r() * 960, 20 + r() * 960, 2 + r() * 5));
        const text = dxf(ents, { insunits: 4 });
        const s = analyzeDxfSync(text).sequence!;
        expect(s.travel, `seed ${seed}`).toBeLessThanOrEqual(s.nearestNeighbourTravel + 1e-9);
        if (s.travel < s.nearestNeighbourTravel - 1e-6) shorter++;
        const plain = analyzeDxfSync(text, { sequence: { improvementBudget: 0 } }).sequence!;
        expect(plain.travel).toBeCloseTo(plain.nearestNeighbourTravel, 9);
        expect(plain.nearestNeighbourTravel).toBeCloseTo(s.nearestNeighbourTravel, 9);
      }
      expect(shorter).toBeGreaterThan(30);
    });

    it('gives the same sequence every time (a price in the browser and on the server agree)', () => {
      const text = randomSheet(7);
      expect(analyzeDxfSync(text).sequence).toEqual(analyzeDxfSync(text).sequence);
    });
  });

  describe('lead-ins', () => {
    it('pierce the middle of the longest straight edge: outlines and slots', () => {
      const r = analyzeDxfSync(dxf([
        lwpolyline([[0, 0], [300, 0], [300, 100], [0, 100]], true),
        lwpolyline([[40, 46], [80, 46, 1], [80, 54], [40, 54, 1]], true), // a slot: two 40 mm edges and two half circles
      ], { insunits: 4 }));
      for (const l of r.sequence!.leadIns) {
        expect(l.at).toBe('edge');
        const c = r.contours[l.contour];
        if (c.depth === 0) expect([[150, 0], [150, 100]]).toContainEqual([l.x, l.y]);
        else expect([[60, 46], [60, 54]]).toContainEqual([l.x, l.y]);
      }
    });

    it('pierce a corner when a contour has no straight edge, never a round hole\'s tangent point by choice', () => {
      // a lens of two arcs meeting in two corners, and a round hole
      const r = analyzeDxfSync(dxf([arc(0, -40, 50, 53.13010235415598, 126.86989764584402), arc(0, 40, 50, 233.13010235415598, 306.86989764584402), circle(100, 0, 4)], { insunits: 4 }));
      const lens = r.sequence!.leadIns.find((l) => r.contours[l.contour].bbox.width > 50)!;
      expect(lens.at).toBe('corner');
      expect(Math.abs(Math.abs(lens.x) - 30)).toBeLessThan(1e-6);
      expect(Math.abs(lens.y)).toBeLessThan(1e-6);
      const hole = r.sequence!.leadIns.find((l) => l !== lens)!;
      expect(hole.at).toBe('nearest');
      expect(hyp(hole.x - 100, hole.y)).toBeCloseTo(4, 9);
    });

    it('pierce an open contour at its nearer end', () => {
      const r = analyzeDxfSync(dxf([line(10, 0, 50, 0), line(50, 0, 50, 40)], { insunits: 4 }));
      expect(r.sequence!.leadIns).toEqual([{ contour: 0, x: 10, y: 0, at: 'end' }]);
      expect(r.sequence!.travel).toBe(10);
    });
  });

  describe('in the preview', () => {
    it('draws the rapid moves, a dot per lead-in and the step numbers with { sequence: true }, nothing of it by default', () => {
      const r = analyzeDxfSync(dxf([lwpolyline([[0, 0], [100, 0], [100, 50], [0, 50]], true), circle(20, 25, 5), circle(80, 25, 5)], { insunits: 4 }), { geometry: true });
      const plain = previewSvg(r);
      expect(plain).not.toContain('kerf-sequence');
      const svg = previewSvg(r, { sequence: true });
      expect(svg.match(/class="kerf-lead-in"/g)).toHaveLength(3);
      expect([...svg.matchAll(/class="kerf-step"[^>]*>(\d+)</g)].map((m) => m[1])).toEqual(['1', '2', '3']);
      // the plate's lead-in, the middle of its bottom edge, drawn with y flipped
      expect(svg).toContain('<circle class="kerf-lead-in" cx="50" cy="0"');
      expect(svg).toMatch(/<path class="kerf-rapid" d="M0 0L/);
    });
  });

  describe('in the quote', () => {
    const part = dxf([lwpolyline([[0, 0], [300, 0], [300, 200], [0, 200]], true), circle(50, 50, 10), circle(250, 50, 10), circle(250, 150, 10)], { insunits: 4 });
    const line1 = { material: 'S235', thickness: 3, quantity: 10 };

    it('adds the travel at the rapid speed to the cutting time, as its own figure', () => {
      const m = analyzeDxfSync(part);
      const q = quote(m, line1, catalog, DEFAULT_PROFILE);
      expect(q.travel!.distance).toBe(m.sequence!.travel);
      expect(q.travel!.seconds).toBeCloseTo((m.sequence!.travel / DEFAULT_RAPID_SPEED) * 60, 12);
      const without = quote({ ...m, sequence: undefined }, line1, catalog, DEFAULT_PROFILE);
      expect(without.travel).toBeUndefined();
      expect(q.cuttingTime - without.cuttingTime).toBeCloseTo(q.travel!.seconds, 12);
    });

    it('takes the profile\'s rapidSpeed, validated like the other profile fields', () => {
      const m = analyzeDxfSync(part);
      const slow = quote(m, line1, catalog, mergeProfile(DEFAULT_PROFILE, { rapidSpeed: 6000 }));
      const fast = quote(m, line1, catalog, DEFAULT_PROFILE);
      expect(slow.travel!.seconds).toBeCloseTo(fast.travel!.seconds * 10, 9);
      expect(slow.breakdown.find((l) => l.code === 'cutting')!.amount).toBeGreaterThan(fast.breakdown.find((l) => l.code === 'cutting')!.amount);
      for (const bad of [0, -5, 'fast']) {
        try {
          loadProfile({ ...DEFAULT_PROFILE, rapidSpeed: bad });
          expect.unreachable();
        } catch (e) {
          expect(isKerfError(e) && e.code, String(bad)).toBe('INVALID_PROFILE');
        }
      }
      expect(loadProfile({ ...DEFAULT_PROFILE, rapidSpeed: 30_000 }).rapidSpeed).toBe(30_000);
    });
  });
});
