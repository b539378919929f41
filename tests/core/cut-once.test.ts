// Cut once, whatever the drawing: collinear lines and arcs on one circle are cut as their union,
// contours are built from what remains, and the cut length agrees with an independent reference
// (tests/helpers/cut-once-reference.py, on ezdxf) on every corpus file and constructed case.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDxfSync, isKerfError } from '../../sdk/index.js';
import type { AnalysisResult } from '../../sdk/types.js';
import { arc, circle, dxf, ellipse, line, lwpolyline as lwpolylineBare, spline as splineBare } from '../helpers/dxf.js';
import { rng, shuffle } from '../helpers/random.js';

/**
 * Analyze a corpus file with every layer cut: the reference (ezdxf) measures all of them, while
 * Kerf leaves out dimension, text and hidden layers by their roles (README, layers with a meaning).
 */
function analyzeAllLayers(text: string) {
  const layers: Record<string, 'cut'> = {};
  for (const m of text.matchAll(/(?:^|\n)[ \t]*8\r?\n([^\r\n]*)/g)) layers[m[1].trim()] = 'cut';
  return analyzeDxfSync(text, { layers });
}

const CORPUS = join(__dirname, '../../../shared/corpus');
const REFERENCE = join(__dirname, '../helpers/cut-once-reference.py');

/** A python3 that imports ezdxf (Debian's python3-ezdxf lives in /usr/bin's python), or null. */
function findPython(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(py, ['-c', 'import ezdxf'], { stdio: 'ignore' });
      return py;
    } catch { /* next */ }
  }
  return null;
}
const PYTHON = findPython();
if (!PYTHON) console.log('cut-once reference skipped: no python3 with ezdxf (apt-get install -y python3-ezdxf)');

function reference(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON!, [REFERENCE, file], { maxBuffer: 1 << 20 }, (err, stdout) => {
      if (err) reject(err);
      else resolve(JSON.parse(stdout).length);
    });
  });
}

function analyze(ents: string[]): AnalysisResult {
  return analyzeDxfSync(dxf(ents, { insunits: 4 }));
}

function dup(r: AnalysisResult) {
  return r.warnings.find((w) => w.code === 'DUPLICATE_GEOMETRY');
}

/** The helper's LWPOLYLINE with the subclass markers real files carry (ezdxf requires them). */
const lwpolyline = (...a: Parameters<typeof lwpolylineBare>) =>
  lwpolylineBare(...a).replace('0\nLWPOLYLINE\n8\n0\n', '0\nLWPOLYLINE\n100\nAcDbEntity\n8\n0\n100\nAcDbPolyline\n');
const spline = (...a: Parameters<typeof splineBare>) =>
  splineBare(...a).replace('0\nSPLINE\n8\n0\n', '0\nSPLINE\n100\nAcDbEntity\n8\n0\n100\nAcDbSpline\n');
const rect = (x0: number, y0: number, x1: number, y1: number) => lwpolyline([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], true);

/** Arc length of the ellipse with semi-axes a, b from parameter t0 to t1 (Simpson's rule). */
function ellipseArc(a: number, b: number, t0: number, t1: number, n = 20000): number {
  const f = (t: number) => Math.sqrt((a * Math.sin(t)) ** 2 + (b * Math.cos(t)) ** 2);
  const h = (t1 - t0) / n;
  let s = f(t0) + f(t1);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(t0 + i * h);
  return (s * h) / 3;
}
/** Length of the cubic Bézier curve with control points p (Simpson's rule on its speed). */
function bezierLength(p: [number, number][], n = 20000): number {
  const f = (t: number) => {
    const u = 1 - t;
    const dx = 3 * (u * u * (p[1][0] - p[0][0]) + 2 * u * t * (p[2][0] - p[1][0]) + t * t * (p[3][0] - p[2][0]));
    const dy = 3 * (u * u * (p[1][1] - p[0][1]) + 2 * u * t * (p[2][1] - p[1][1]) + t * t * (p[3][1] - p[2][1]));
    return Math.hypot(dx, dy);
  };
  const h = 1 / n;
  let s = f(0) + f(1);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(i * h);
  return (s * h) / 3;
}
// a clamped cubic spline with one span: a Bézier curve
const S_KNOTS = [0, 0, 0, 0, 1, 1, 1, 1];
const S_CTRL: [number, number][] = [[0, 0], [10, 20], [30, -10], [40, 0]];

/** Constructed drawings, with the cut-once length known by hand. */
/** `digits`: how closely the reference agrees (it measures splines by a flattening within 0.0005 mm). */
const CASES: { name: string; ents: string[]; length: number; digits?: number }[] = [
  { name: 'a chain of overlapping pieces, both directions', ents: [line(0, 0, 10, 0), line(15, 0, 5, 0), line(12, 0, 30, 0), line(40, 0, 25, 0)], length: 40 },
  { name: 'a vertical line and one with 1e-9 drift, reversed', ents: [line(0, 0, 0, 100), line(1e-9, 150, 0, 50)], length: 150 },
  { name: 'a short line on a long one', ents: [line(0, 0, 100, 0), line(20, 0, 30, 0)], length: 100 },
  { name: 'a diagonal drawn in overlapping pieces', ents: [line(0, 0, 30, 40), line(45, 60, 15, 20)], length: 75 },
  { name: 'two rectangles sharing part of an edge', ents: [rect(0, 0, 10, 10), rect(10, 0, 20, 5)], length: 65 },
  { name: 'two rectangles sharing a whole edge', ents: [rect(0, 0, 10, 10), rect(10, 0, 20, 10)], length: 70 },
  { name: 'a rectangle standing on another one\'s edge', ents: [rect(0, 0, 100, 50), rect(20, 50, 60, 80)], length: 400 },
  { name: 'a circle and two arcs covering it', ents: [circle(0, 0, 10), arc(0, 0, 10, 0, 200), arc(0, 0, 10, 180, 10)], length: 20 * Math.PI },
  { name: 'a circle drawn again as a polyline from another seam', ents: [circle(5, 5, 10), lwpolyline([[5, 15, 1], [5, -5, 1]], true)], length: 20 * Math.PI },
  { name: 'two arcs overlapping partially', ents: [arc(0, 0, 10, 0, 120), arc(0, 0, 10, 90, 200)], length: 10 * (200 / 180) * Math.PI },
  { name: 'arcs overlapping across angle 0', ents: [arc(0, 0, 10, 300, 30), arc(0, 0, 10, 0, 60)], length: 10 * (120 / 180) * Math.PI },
  // T-junctions (tests/core/t-junctions.test.ts): split, every piece is still cut once
  { name: 'a tab drawn against a plate\'s side', ents: [rect(0, 0, 100, 50), lwpolyline([[40, 50], [40, 60], [60, 60], [60, 50]], false)], length: 340 },
  { name: 'a line across a rectangle, its side drawn twice', ents: [rect(0, 0, 100, 50), line(0, 20, 100, 20), line(0, 10, 0, 40)], length: 400 },
  // ellipses and splines (tests/core/curve-overlaps.test.ts)
  { name: 'a full ellipse drawn twice from different starts', ents: [ellipse(0, 0, 20, 10, 0.5), ellipse(0, 0, 20, 10, 0.5, 1, 1 + 2 * Math.PI)], length: ellipseArc(Math.hypot(20, 10), 0.5 * Math.hypot(20, 10), 0, 2 * Math.PI) },
  { name: 'an ellipse plus two elliptical arcs', ents: [ellipse(5, 0, 0, 30, 0.4), ellipse(5, 0, 0, 30, 0.4, 0, 4), ellipse(5, 0, 0, -30, 0.4, 3 + Math.PI, 3 * Math.PI)], length: ellipseArc(30, 12, 0, 2 * Math.PI) },
  { name: 'elliptical arcs overlapping, one with its major axis the other way', ents: [ellipse(0, 0, 20, 0, 0.5, 0.5, 2.5), ellipse(0, 0, -20, 0, 0.5, 1.5 + Math.PI, 3.5 + Math.PI)], length: ellipseArc(20, 10, 0.5, 3.5) },
  { name: 'a spline and its reverse', ents: [spline(3, S_KNOTS, S_CTRL), spline(3, S_KNOTS, S_CTRL.slice().reverse())], length: bezierLength(S_CTRL), digits: 3 },
];

describe('cut once', () => {
  describe('collinear lines', () => {
    it('merges a chain of overlapping pieces into one line and reports what was not cut', () => {
      const r = analyze(CASES[0].ents);
      expect(r.cutLength).toBeCloseTo(40, 9);
      expect(r.pierces).toBe(1);
      expect(dup(r)).toMatchObject({ count: 3 });
      expect(dup(r)!.length).toBeCloseTo(13, 9); // 10 + 10 + 18 + 15 - 40
    });

    it('groups a line with 1e-9 of drift with the exact vertical one', () => {
      const r = analyze(CASES[1].ents);
      expect(r.cutLength).toBeCloseTo(150, 6);
      expect(r.contours).toHaveLength(1);
    });

    it('cuts a short line lying on a long one once', () => {
      const r = analyze(CASES[2].ents);
      expect(r.cutLength).toBeCloseTo(100, 9);
      expect(dup(r)).toMatchObject({ count: 1 });
      expect(dup(r)!.length).toBeCloseTo(10, 9);
    });

    it('leaves lines that only touch end to end alone', () => {
      const r = analyze([line(0, 0, 10, 0), line(10, 0, 20, 0), line(20, 0, 20, 5)]);
      expect(r.cutLength).toBeCloseTo(25, 9);
      expect(dup(r)).toBeUndefined();
    });

    it('leaves parallel lines further apart than the tolerance alone', () => {
      const r = analyze([line(0, 0, 10, 0), line(5, 0.05, 15, 0.05)]);
      expect(r.cutLength).toBeCloseTo(20, 9);
      expect(dup(r)).toBeUndefined();
    });
  });

  describe('shapes sharing edges', () => {
    it('cuts two rectangles sharing part of an edge as their outline and the shared piece once', () => {
      const r = analyze(CASES[4].ents);
      expect(r.cutLength).toBeCloseTo(65, 9);
      // the union's outline is one closed contour; the 5 mm the two share is cut once more
      expect(r.closedContours).toBe(1);
      expect(r.grossArea).toBeCloseTo(150, 9);
      expect(r.pierces).toBe(2);
      expect(dup(r)!.length).toBeCloseTo(5, 9);
    });

    it('draws the merged outline through the pieces the core made (preview paths)', () => {
      const r = analyzeDxfSync(dxf(CASES[4].ents, { insunits: 4 }), { geometry: true });
      const outline = r.contours.find((c) => c.closed)!;
      // seven segments: A's three free edges, A's right edge above B, B's three free edges
      expect(outline.segments).toBe(7);
      expect(outline.path).toContain('10 5');
      expect(outline.path).toMatch(/Z$/);
      const shared = r.contours.find((c) => !c.closed)!;
      expect(shared.path).toMatch(/^M10 (0|5)L10 (5|0)$/);
    });

    it('finds a rectangle\'s edge lying on another closed shape\'s edge (no open end anywhere)', () => {
      const r = analyze(CASES[6].ents);
      expect(r.cutLength).toBeCloseTo(400, 9);
      expect(r.grossArea).toBeCloseTo(5000 + 1200, 9);
      expect(dup(r)!.length).toBeCloseTo(40, 9);
      expect(r.pierces).toBe(2);
    });

    it('cuts two rectangles sharing a whole edge with the edge once', () => {
      const r = analyze(CASES[5].ents);
      expect(r.cutLength).toBeCloseTo(70, 9);
      expect(r.pierces).toBe(2);
      // the walk may close either rectangle first; the outline of the union is taken instead
      const closed = r.contours.filter((c) => c.closed);
      expect(closed).toHaveLength(1);
      expect(closed[0].length).toBeCloseTo(60, 9);
      expect(r.grossArea).toBeCloseTo(200, 9);
      expect(r.contours.find((c) => !c.closed)!.length).toBeCloseTo(10, 9);
      expect(dup(r)!.length).toBeCloseTo(10, 9);
    });
  });

  describe('arcs on one circle', () => {
    it('cuts a circle plus two arcs covering it once, as one closed contour', () => {
      const r = analyze(CASES[7].ents);
      expect(r.cutLength).toBeCloseTo(20 * Math.PI, 9);
      expect(r.closedContours).toBe(1);
      expect(r.grossArea).toBeCloseTo(100 * Math.PI, 6);
      expect(dup(r)).toMatchObject({ count: 2 });
    });

    it('cuts a circle drawn twice from different seams once', () => {
      const r = analyze(CASES[8].ents);
      expect(r.cutLength).toBeCloseTo(20 * Math.PI, 9);
      expect(r.closedContours).toBe(1);
      expect(r.pierces).toBe(1);
    });

    it('merges arcs that overlap partially, also across angle 0', () => {
      expect(analyze(CASES[9].ents).cutLength).toBeCloseTo(CASES[9].length, 9);
      const r = analyze(CASES[10].ents);
      expect(r.cutLength).toBeCloseTo(CASES[10].length, 9);
      expect(r.contours).toHaveLength(1);
    });

    it('keeps a hole that is drawn as circle plus arcs a hole of its plate', () => {
      const r = analyze([rect(-20, -20, 20, 20), ...CASES[7].ents]);
      expect(r.netArea).toBeCloseTo(1600 - 100 * Math.PI, 6);
      expect(r.pierces).toBe(2);
    });
  });

  describe('order does not matter', () => {
    /** Pieces of a few carriers and circles, overlapping at random, as line and arc entities. */
    function drawing(seed: number): { ents: string[]; segs: number[][] } {
      const rand = rng(seed);
      const segs: number[][] = [];
      for (let c = 0; c < 6; c++) {
        const ang = rand() * Math.PI, ox = rand() * 100, oy = rand() * 100;
        for (let k = 0; k < 5; k++) {
          const a = rand() * 80, b = a + 1 + rand() * 40;
          segs.push([0, ox + a * Math.cos(ang), oy + a * Math.sin(ang), ox + b * Math.cos(ang), oy + b * Math.sin(ang)]);
        }
      }
      for (let c = 0; c < 3; c++) {
        const cx = 200 + c * 50, r = 5 + c * 3;
        for (let k = 0; k < 4; k++) {
          const s = Math.floor(rand() * 360), w = 20 + Math.floor(rand() * 200);
          segs.push([1, cx, 0, r, s, s + w]);
        }
      }
      return { ents: [], segs };
    }
    const ents = (segs: number[][], reversed: boolean[]) => segs.map((s, i) => s[0] === 0
      ? (reversed[i] ? line(s[3], s[4], s[1], s[2]) : line(s[1], s[2], s[3], s[4]))
      : arc(s[1], s[2], s[3], s[4], s[5]));

    for (const seed of [1, 2, 3, 4, 5]) {
      it(`gives the same result for shuffled and reversed segments (seed ${seed})`, () => {
        const { segs } = drawing(seed);
        const base = analyze(ents(segs, segs.map(() => false)));
        const rand = rng(seed * 7919);
        for (let t = 0; t < 5; t++) {
          const order = shuffle(segs, rand);
          const r = analyze(ents(order, order.map(() => rand() < 0.5)));
          expect(r.cutLength).toBeCloseTo(base.cutLength, 6);
          expect(r.pierces).toBe(base.pierces);
          expect(dup(r)?.length ?? 0).toBeCloseTo(dup(base)?.length ?? 0, 6);
        }
      });
    }
  });

  describe.skipIf(!PYTHON)('against the independent reference (ezdxf)', () => {
    it('agrees on the constructed cases', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kerf-cut-once-'));
      for (const [i, c] of CASES.entries()) {
        const file = join(dir, `case-${i}.dxf`);
        // a version in the header, or ezdxf reads the file as R12 and ignores the LWPOLYLINE's closed flag
        const text = dxf(c.ents, { insunits: 4 }).replace('2\nHEADER\n', '2\nHEADER\n9\n$ACADVER\n1\nAC1015\n');
        writeFileSync(file, text);
        const ref = await reference(file);
        expect(ref, c.name).toBeCloseTo(c.length, c.digits ?? 6);
        expect(analyzeDxfSync(text).cutLength, c.name).toBeCloseTo(c.length, 6);
      }
    });

    it('agrees within 0.5% on every corpus file Kerf analyzes', async () => {
      const files: string[] = [];
      for (const dir of readdirSync(CORPUS).sort()) {
        const full = join(CORPUS, dir);
        if (!statSync(full).isDirectory()) continue;
        for (const name of readdirSync(full).sort()) if (name.toLowerCase().endsWith('.dxf')) files.push(join(full, name));
      }
      // No file needs an exception today; a file whose reference is wrong goes here with why.
      const referenceWrong: Record<string, string> = {};
      const rows: string[] = [];
      let compared = 0;
      const queue = files.slice();
      const worker = async () => {
        for (let f = queue.shift(); f; f = queue.shift()) {
          let kerf: number;
          try {
            kerf = analyzeAllLayers(readFileSync(f, 'utf8')).cutLength;
          } catch (e) {
            if (isKerfError(e)) continue; // files Kerf refuses (no cut geometry) are not compared
            throw e;
          }
          const name = f.slice(CORPUS.length + 1);
          if (referenceWrong[name]) continue;
          const ref = await reference(f);
          compared++;
          rows.push(`${name}: Kerf ${kerf.toFixed(3)} reference ${ref.toFixed(3)}`);
          expect(Math.abs(kerf - ref), name).toBeLessThanOrEqual(0.005 * Math.max(ref, 1e-9));
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      expect(compared).toBeGreaterThan(50);
      const floor = rows.find((r) => r.startsWith('dxf-js/floorplan.dxf'));
      expect(floor).toBeDefined();
    }, 120_000);

    it('cuts the corpus floor plan 31,495 mm, each line once', () => {
      const r = analyzeAllLayers(readFileSync(join(CORPUS, 'dxf-js/floorplan.dxf'), 'utf8'));
      expect(r.cutLength).toBeCloseTo(31495.3, 0);
    });
  });
});
