// The healed drawing (issue [9]): writeHealedDxf writes the cut contours as Kerf analyzed them,
// and analyzing that file again gives the same figures and nothing to warn about.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDxfSync, isKerfError, writeHealedDxf, type AnalyzeResult } from '../../sdk/index.js';
import { KIND_ARC, KIND_LINE } from '../../sdk/geometry/buffer.js';
import { recordEnd } from '../../sdk/dxf/layers.js';
import { curveEnds } from '../../sdk/heal/healed-geometry.js';
import { arc, circle, dxf, ellipse, fitSpline, insert, line, lwpolyline, spline, text } from '../helpers/dxf.js';

const DEMO = join(__dirname, '../../demo/drawings');
const CORPUS = join(__dirname, '../../../shared/corpus');

/** A layer's geometry on a named layer (the helpers write layer 0). */
const onLayer = (ent: string, layer: string) => ent.replace('\n8\n0\n', `\n8\n${layer}\n`);

/** The contours as a sorted list of comparable keys (the walk may start them elsewhere). */
function contourKeys(r: AnalyzeResult): string[] {
  return r.contours.map((c) => `${c.closed ? 'closed' : 'open'} ${c.length.toPrecision(10)} ${c.area.toPrecision(8)} depth ${c.depth}`).sort();
}

/**
 * Nodes where more than two segment ends of the healed drawing meet: there the walk into contours
 * may go either way (a figure eight is one contour or two, a branching network several paths),
 * and which way depends on the order of the entities, not on the geometry.
 */
function branchNodes(r: AnalyzeResult): number {
  const d = r.healed!.cut;
  const degree = new Map<string, number>();
  const add = (x: number, y: number) => { const k = `${x},${y}`; degree.set(k, (degree.get(k) ?? 0) + 1); };
  for (let i = 0; i < d.length; i = recordEnd(d, i, d.length)) {
    if (d[i] === KIND_LINE) { add(d[i + 1], d[i + 2]); add(d[i + 3], d[i + 4]); } else if (d[i] === KIND_ARC) { add(d[i + 6], d[i + 7]); add(d[i + 8], d[i + 9]); } else {
      const [x0, y0, x1, y1] = curveEnds(d, i);
      add(x0, y0); add(x1, y1);
    }
  }
  return [...degree.values()].filter((n) => n > 2).length;
}

/** Analyze, heal, analyze the healed file: both results and the text. */
function roundTrip(input: string | Uint8Array, options: Parameters<typeof analyzeDxfSync>[1] = {}) {
  const before = analyzeDxfSync(input, { ...options, healed: true });
  const text = writeHealedDxf(before);
  const after = analyzeDxfSync(text, { healed: true });
  return { before, text, after };
}

/** Warnings a healed drawing may still carry: an open contour stays open. */
/** Warnings other than those about the geometry itself, which the healed drawing keeps (open
 *  contours stay open, contours that cross still cross). */
const otherWarnings = (r: AnalyzeResult) => r.warnings.filter((w) => w.code !== 'OPEN_CONTOUR' && w.code !== 'CROSSING_CONTOURS').map((w) => w.code);

function expectSameFigures(before: AnalyzeResult, after: AnalyzeResult, label: string): void {
  expect(Math.abs(after.cutLength - before.cutLength) / before.cutLength, label).toBeLessThan(1e-9);
  expect(after.pierces, label).toBe(before.pierces);
  expect(after.closedContours, label).toBe(before.closedContours);
  expect(after.openContours, label).toBe(before.openContours);
  const scale = Math.max(1, before.grossArea);
  expect(Math.abs(after.grossArea - before.grossArea) / scale, label).toBeLessThan(1e-9);
  expect(Math.abs(after.netArea - before.netArea) / scale, label).toBeLessThan(1e-9);
  expect(contourKeys(after), label).toEqual(contourKeys(before));
  expect(after.metrics.bends.count, label).toBe(before.metrics.bends.count);
  expect(after.metrics.engraveLength, label).toBeCloseTo(before.metrics.engraveLength, 6);
}

describe('writeHealedDxf', () => {
  it('needs an analysis made with { healed: true }', () => {
    const r = analyzeDxfSync(dxf([circle(0, 0, 10)], { insunits: 4 }));
    expect(r.healed).toBeUndefined();
    try {
      writeHealedDxf(r);
      expect.unreachable();
    } catch (e) {
      expect(isKerfError(e) && e.code).toBe('INVALID_OPTION');
    }
  });

  it('writes millimetres, a layer per role, a closed polyline with bulges and a circle', () => {
    const part = dxf([
      lwpolyline([[0, 0], [100, 0, 0.5], [120, 20], [0, 20]], true),
      circle(50, 10, 4),
    ], { insunits: 4 });
    const { before, text, after } = roundTrip(part);
    expect(text).toMatch(/\$INSUNITS\n70\n4\n/);
    expect(text.match(/\n0\nLWPOLYLINE\n/g)).toHaveLength(1);
    expect(text.match(/\n0\nCIRCLE\n/g)).toHaveLength(1);
    expect(text).toContain('\n42\n0.5\n');
    expect(text).toMatch(/\n2\nCUT\n[\s\S]*\n2\nENGRAVE\n[\s\S]*\n2\nBEND\n/);
    expectSameFigures(before, after, 'plate');
    expect(after.warnings).toEqual([]);
  });

  describe('when the drawing needed healing', () => {
    it('closes gaps for good: no GAP_HEALED, and healing the healed drawing changes nothing', () => {
      // a 100 × 50 outline whose corners miss by up to 6 µm, and an arc end 4 µm off
      const part = dxf([
        line(0, 0, 100.004, 0), line(100, 0.003, 100, 50), line(100, 50, 50.002, 50.006), arc(25, 50, 25, 0, 180), line(0, 50.004, 0, 0.001),
      ], { insunits: 4 });
      const { before, text, after } = roundTrip(part);
      expect(before.warnings.map((w) => w.code)).toContain('GAP_HEALED');
      expect(otherWarnings(after)).toEqual([]);
      expect(after.closedContours).toBe(1);
      expect(after.openContours).toBe(0);
      // each closed gap moves an end by at most the gap: the length changes by no more than their sum
      const gaps = before.warnings.find((w) => w.code === 'GAP_HEALED')!;
      expect(Math.abs(after.cutLength - before.cutLength)).toBeLessThanOrEqual(gaps.count! * gaps.largestGap! * 2);
      expect(Math.abs(after.netArea - before.netArea) / before.netArea).toBeLessThan(1e-3);
      const again = analyzeDxfSync(writeHealedDxf(after));
      expectSameFigures(after, again, 'healed twice');
      expect(text).not.toBe('');
    });

    it('cuts duplicates and overlaps once: no DUPLICATE_GEOMETRY, the same length', () => {
      const square = lwpolyline([[0, 0], [80, 0], [80, 80], [0, 80]], true);
      const part = dxf([
        square, square, // drawn twice
        line(0, 0, 50, 0), line(30, 0, 80, 0), // overlapping pieces of the bottom edge
        circle(40, 40, 10), arc(40, 40, 10, 0, 90), // a circle and a piece of it again
      ], { insunits: 4 });
      const { before, after } = roundTrip(part);
      expect(before.warnings.map((w) => w.code)).toContain('DUPLICATE_GEOMETRY');
      expectSameFigures(before, after, 'duplicates');
      expect(after.warnings).toEqual([]);
      expect(after.cutLength).toBeCloseTo(320 + 20 * Math.PI, 9);
    });

    it('leaves out annotations and ignored layers, keeps engraving and bend lines on their own layers', () => {
      const part = dxf([
        lwpolyline([[0, 0], [200, 0], [200, 100], [0, 100]], true),
        text(10, 10, 'PART 4711'),
        onLayer(line(-20, -20, 220, -20), 'DIMENSIONS'),
        onLayer(line(10, 50, 190, 50), 'BEND'),
        onLayer(circle(150, 80, 5), 'GRAVUR'),
        onLayer(arc(50, 80, 5, 30, 300), 'GRAVUR'),
      ], { insunits: 4 });
      const { before, text: healed, after } = roundTrip(part);
      expect(otherWarnings(before).sort()).toEqual(['IGNORED_ENTITY', 'LAYER_IGNORED']);
      expect(after.warnings).toEqual([]);
      expectSameFigures(before, after, 'layers');
      expect(after.metrics.layers.map((l) => [l.name, l.role])).toEqual([['CUT', 'cut'], ['ENGRAVE', 'engrave'], ['BEND', 'bend']]);
      expect(after.metrics.bends.totalLength).toBeCloseTo(180, 9);
      expect(after.metrics.engraveLength).toBeCloseTo(before.metrics.engraveLength, 9);
      expect(healed).not.toContain('TEXT');
      expect(healed).not.toContain('DIMENSIONS');
    });

    it('converts units to millimetres and expands blocks, mirrors included', () => {
      const part = dxf([
        insert('HOLE', 1, 1), insert('HOLE', 3, 1, { sx: -1 }),
        lwpolyline([[0, 0], [4, 0], [4, 2, 1], [0, 2]], true),
      ], { insunits: 1, blocks: [{ name: 'HOLE', entities: [arc(0, 0, 0.25, 0, 180), line(0.25, 0, -0.25, 0)] }] });
      const { before, text: healed, after } = roundTrip(part);
      expect(before.sourceUnits).toBe('in');
      expect(healed).not.toContain('INSERT');
      expectSameFigures(before, after, 'inch blocks');
      expect(after.warnings).toEqual([]);
    });
  });

  describe('ellipses and splines', () => {
    it('keeps them as ELLIPSE and SPLINE entities inside a contour', () => {
      // a slot: a half ellipse closed by a line, and a spline closed by a polyline
      const part = dxf([
        ellipse(0, 0, 40, 0, 0.5, 0, Math.PI), line(-40, 0, 40, 0),
        spline(3, [0, 0, 0, 0, 1, 2, 2, 2, 2], [[100, 0], [110, 20], [130, 25], [150, 10], [160, 0]]),
        lwpolyline([[160, 0], [160, -10], [100, -10], [100, 0]], false),
        ellipse(0, 100, 0, 30, 0.4), // a full one, standing
      ], { insunits: 4 });
      const { before, text: healed, after } = roundTrip(part);
      expect(healed.match(/\n0\nELLIPSE\n/g)).toHaveLength(2);
      expect(healed.match(/\n0\nSPLINE\n/g)).toHaveLength(1);
      expectSameFigures(before, after, 'curves');
      expect(after.warnings).toEqual([]);
    });

    it('turns unevenly scaled and mirrored arcs (conjugate half-axes) into proper ellipses', () => {
      const part = dxf([
        insert('EYE', 50, 50, { sx: 2, sy: 0.7, rotation: 30 }),
        insert('EYE', 150, 50, { sx: -1.5, sy: 1, rotation: -20 }),
      ], { insunits: 4, blocks: [{ name: 'EYE', entities: [arc(0, 0, 10, 20, 250), line(10 * Math.cos(250 * Math.PI / 180), 10 * Math.sin(250 * Math.PI / 180), 10 * Math.cos(20 * Math.PI / 180), 10 * Math.sin(20 * Math.PI / 180))] }] });
      const { before, after } = roundTrip(part);
      expect(before.closedContours).toBe(2);
      expectSameFigures(before, after, 'sheared');
      expect(after.warnings).toEqual([]);
    });

    it('writes a spline given by fit points with its control points: no SPLINE_FROM_FIT_POINTS', () => {
      const part = dxf([fitSpline([[0, 0], [20, 15], [40, 0], [60, -15], [80, 0]]), line(80, 0, 0, 0)], { insunits: 4 });
      const { before, after } = roundTrip(part);
      expect(before.warnings.map((w) => w.code)).toContain('SPLINE_FROM_FIT_POINTS');
      expectSameFigures(before, after, 'fit spline');
      // the S through (40, 0) crosses its closing line there: a figure eight, healed or not
      expect(after.warnings.map((w) => w.code)).toEqual(['CROSSING_CONTOURS']);
    });
  });

  it('re-analyzes every demo drawing to the same figures (a drawing with gaps: within them, then for good)', () => {
    for (const name of readdirSync(DEMO).filter((f) => f.endsWith('.dxf'))) {
      const { before, after } = roundTrip(new Uint8Array(readFileSync(join(DEMO, name))));
      expect(otherWarnings(after), name).toEqual([]);
      if (before.warnings.some((w) => w.code === 'GAP_HEALED')) {
        const gaps = before.warnings.find((w) => w.code === 'GAP_HEALED')!;
        expect(Math.abs(after.cutLength - before.cutLength), name).toBeLessThanOrEqual(gaps.count! * gaps.largestGap! * 2);
        expectSameFigures(after, analyzeDxfSync(writeHealedDxf(after)), `${name} healed twice`);
      } else expectSameFigures(before, after, name);
    }
  });

  describe.skipIf(!existsSync(CORPUS))('on the corpus', () => {
    const files: string[] = [];
    if (existsSync(CORPUS)) {
      for (const dir of readdirSync(CORPUS).sort()) {
        if (!statSync(join(CORPUS, dir)).isDirectory()) continue;
        for (const f of readdirSync(join(CORPUS, dir)).sort()) if (f.toLowerCase().endsWith('.dxf')) files.push(join(dir, f));
      }
    }

    it('re-analyzes every file Kerf analyzes: same cut length, pierces and contours, no warnings', () => {
      let compared = 0, branching = 0;
      for (const file of files) {
        let trip: ReturnType<typeof roundTrip>;
        try {
          trip = roundTrip(new Uint8Array(readFileSync(join(CORPUS, file))));
        } catch (e) {
          if (isKerfError(e)) continue; // refused in the first place (tests/sdk/corpus.test.ts)
          throw e;
        }
        const { before, after } = trip;
        compared++;
        expect(otherWarnings(after), file).toEqual([]);
        const gaps = before.warnings.find((w) => w.code === 'GAP_HEALED');
        const tolerance = gaps ? gaps.count! * gaps.largestGap! * 2 : 1e-9 * before.cutLength;
        expect(Math.abs(after.cutLength - before.cutLength), file).toBeLessThanOrEqual(tolerance);
        if (branchNodes(before) > 0) {
          // contours meeting at a node: which contours the walk makes of them (a figure eight as
          // one or two) depends on the order of the entities, not on the geometry
          branching++;
          const again = analyzeDxfSync(writeHealedDxf(after));
          expect(Math.abs(again.cutLength - after.cutLength) / after.cutLength, file).toBeLessThan(1e-9);
          continue;
        }
        if (gaps) expectSameFigures(after, analyzeDxfSync(writeHealedDxf(after)), `${file} healed twice`);
        else expectSameFigures(before, after, file);
      }
      expect(compared).toBeGreaterThan(50);
      expect(branching).toBeLessThan(compared / 5);
      console.log(`healed corpus: ${compared} files, ${branching} with branching contours`);
    });
  });

  describe.skipIf(!findPython())('read by ezdxf (python3-ezdxf)', () => {
    it('reads the healed drawing strictly, with the entities written and the same length', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kerf-healed-'));
      const part = dxf([
        lwpolyline([[0, 0], [100, 0, 0.5], [120, 20], [0, 20]], true), line(0, 0, 50, 0),
        circle(50, 10, 4), circle(50, 10, 4),
        ellipse(30, 10, 5, 0, 0.5),
        spline(3, [0, 0, 0, 0, 1, 1, 1, 1], [[70, 5], [75, 15], [85, 15], [90, 5]]), line(90, 5, 70, 5),
        onLayer(line(10, 15, 110, 15), 'BEND'),
      ], { insunits: 4 });
      const before = analyzeDxfSync(part, { healed: true });
      const file = join(dir, 'part-healed.dxf');
      writeFileSync(file, writeHealedDxf(before));
      const counts = JSON.parse(execFileSync(findPython()!, ['-c', COUNT_ENTITIES, file], { encoding: 'utf8' })) as Record<string, number>;
      expect(counts).toEqual({ 'CUT LWPOLYLINE': 2, 'CUT CIRCLE': 1, 'CUT ELLIPSE': 1, 'CUT SPLINE': 1, 'BEND LINE': 1 });
      const reference = await ezdxfLength(file);
      // the reference flattens ellipses and splines: agreement to its flattening
      const total = before.cutLength + before.metrics.bends.totalLength;
      expect(Math.abs(reference - total) / total).toBeLessThan(1e-5);
    });

    it('agrees on the length of the healed demo drawings', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kerf-healed-'));
      for (const name of readdirSync(DEMO).filter((f) => f.endsWith('.dxf'))) {
        const healed = writeHealedDxf(analyzeDxfSync(new Uint8Array(readFileSync(join(DEMO, name))), { healed: true }));
        const file = join(dir, name);
        writeFileSync(file, healed);
        const after = analyzeDxfSync(healed);
        const total = after.cutLength + after.metrics.engraveLength + after.metrics.bends.totalLength;
        const reference = await ezdxfLength(file);
        expect(Math.abs(reference - total) / total, name).toBeLessThan(1e-6);
      }
    });
  });
});

/** Counts the model space's entities by layer and type, reading strictly (no recover mode). */
const COUNT_ENTITIES = `
import collections, json, sys, ezdxf
doc = ezdxf.readfile(sys.argv[1])
c = collections.Counter(e.dxf.layer + ' ' + e.dxftype() for e in doc.modelspace())
print(json.dumps(dict(c)))
`;

function findPython(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(py, ['-c', 'import ezdxf'], { stdio: 'ignore' });
      return py;
    } catch { /* next */ }
  }
  return null;
}

/** Length of every entity of a file by tests/helpers/cut-once-reference.py (ezdxf). */
function ezdxfLength(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile(findPython()!, [join(__dirname, '../helpers/cut-once-reference.py'), file], { maxBuffer: 1 << 20 }, (err, stdout) => {
      if (err) reject(err);
      else resolve((JSON.parse(stdout) as { length: number }).length);
    });
  });
}
