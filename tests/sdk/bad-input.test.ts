// Inputs that are not good drawings: the analyzer must refuse them with a stable KerfError code
// and a plain message, or analyze what is usable and say what it left out, and never hang.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeDxf, analyzeDxfSync, KerfError } from '../../sdk/index.js';
import type { AnalysisWarning, AnalyzeOptions, AnalyzeResult, KerfErrorCode } from '../../sdk/index.js';
import { circle, dxf, ellipse, insert, line, lwpolyline, spline, text, type Ent } from '../helpers/dxf.js';

const PI = Math.PI;

function g(code: number, value: string | number): string {
  return `${code}\n${value}\n`;
}

function mm(entities: Ent[], blocks?: { name: string; x?: number; y?: number; entities: Ent[] }[], options?: AnalyzeOptions): AnalyzeResult {
  return analyzeDxfSync(dxf(entities, { insunits: 4, blocks }), options);
}

function warning(r: AnalyzeResult, code: AnalysisWarning['code']): AnalysisWarning | undefined {
  return r.warnings.find((w) => w.code === code);
}

/** Run fn, which must throw a KerfError with this code and a plain, non-empty message. */
function expectKerfError(fn: () => unknown, code: KerfErrorCode): KerfError {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `expected a KerfError ${code}, but nothing was thrown`).toBeDefined();
  expect(thrown).toBeInstanceOf(KerfError);
  const e = thrown as KerfError;
  expect(e.code).toBe(code);
  expectPlainMessage(e.message);
  expect(e.toJSON()).toEqual({ error: { code, message: e.message } });
  return e;
}

function expectPlainMessage(message: string): void {
  expect(typeof message).toBe('string');
  expect(message.trim().length).toBeGreaterThan(0);
  // no stack frames, source paths or raw exception names
  expect(message).not.toMatch(/\n\s*at\s/);
  expect(message).not.toMatch(/\bat\s+\S+\s+\(.*:\d+:\d+\)/);
  expect(message).not.toMatch(/\.(ts|js|mjs|cjs):\d+/);
  expect(message).not.toMatch(/node_modules|file:\/\//);
  expect(message).not.toMatch(/^(TypeError|RangeError|ReferenceError|SyntaxError|Error):/);
}

const PLATE = [lwpolyline([[0, 0], [100, 0], [100, 50], [0, 50]], true)];

function within<T>(ms: number, fn: () => T): T {
  const t = performance.now();
  const out = fn();
  expect(performance.now() - t, `took longer than ${ms} ms`).toBeLessThan(ms);
  return out;
}

describe('analyze', () => {
  describe('when the input is not a DXF drawing', () => {
    it('refuses garbage text with DXF_PARSE_ERROR', () => {
      expectKerfError(() => analyzeDxfSync('hello, this is not a drawing\n\x00\x01 at all'), 'DXF_PARSE_ERROR');
    });

    it('refuses random group-code-shaped noise with DXF_PARSE_ERROR', () => {
      expectKerfError(() => analyzeDxfSync('0\nSECTION\n2\nENTITIES\n0\nLINE\n10\nnot-a-number-either\nfoo\nbar\n'), 'DXF_PARSE_ERROR');
    });

    it('reads its start from the bytes as dxf-parser reads the text: a SECTION cut off at 4 KB is no SECTION', () => {
      // "SECTIONS" straddles the 4 KB prefix the quick check decodes; the full check sees the word
      const pad = `999\n${'x'.repeat(4096 - 14)}\n`;
      const fake = new TextEncoder().encode(`${pad}0\nSECTIONS\n${'999\nfiller\n'.repeat(500)}`);
      expect(String.fromCharCode(fake[4095], fake[4096])).toBe('NS');
      expect(expectKerfError(() => analyzeDxfSync(fake), 'DXF_PARSE_ERROR').message).toMatch(/not a DXF drawing/);
      // the same padding before a real drawing is fine, bytes or text
      const real = `${pad}${dxf([lwpolyline([[0, 0], [10, 0], [10, 10], [0, 10]], true)])}`;
      expect(analyzeDxfSync(new TextEncoder().encode(real)).cutLength).toBeCloseTo(40, 9);
      expect(analyzeDxfSync(real).cutLength).toBeCloseTo(40, 9);
    });

    it('refuses an empty string with DXF_PARSE_ERROR', () => {
      expectKerfError(() => analyzeDxfSync(''), 'DXF_PARSE_ERROR');
    });

    it('refuses an empty byte array with DXF_PARSE_ERROR', () => {
      expectKerfError(() => analyzeDxfSync(new Uint8Array(0)), 'DXF_PARSE_ERROR');
    });

    it('refuses a binary DXF and says to save it as ASCII', () => {
      const bin = 'AutoCAD Binary DXF\r\n\x1a\x00' + '\x00\x00SECTION\x00\x02\x00HEADER\x00'.repeat(8);
      const e = expectKerfError(() => analyzeDxfSync(bin), 'DXF_PARSE_ERROR');
      expect(e.message).toMatch(/ASCII/i);
      const bytes = new Uint8Array([...'AutoCAD Binary DXF\r\n'].map((c) => c.charCodeAt(0)).concat([0x1a, 0, 0, 0, 1, 2, 3]));
      expectKerfError(() => analyzeDxfSync(bytes), 'DXF_PARSE_ERROR');
    });

    it('refuses a file cut in half with DXF_PARSE_ERROR', () => {
      const full = dxf([...PLATE, circle(50, 25, 10), line(0, 0, 10, 10), line(10, 10, 20, 0)], { insunits: 4 });
      expect(() => analyzeDxfSync(full)).not.toThrow();
      const half = full.slice(0, Math.floor(full.length / 2));
      expectKerfError(() => analyzeDxfSync(half), 'DXF_PARSE_ERROR');
    });

    it('rejects with the same code through the asynchronous API', async () => {
      await expect(analyzeDxf('garbage')).rejects.toMatchObject({ code: 'DXF_PARSE_ERROR' });
    });
  });

  describe('when the parser meets group codes it does not know', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    function spyConsole() {
      return (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((k) => vi.spyOn(console, k).mockImplementation(() => {}));
    }

    it('writes nothing to the host console while analyzing a drawing with an unknown group code', () => {
      const spies = spyConsole();
      // group 1072 has no defined type; an entity carrying it is still a valid circle
      const odd = g(0, 'CIRCLE') + g(8, '0') + g(10, 5) + g(20, 5) + g(30, 0) + g(40, 2) + g(1072, 7);
      const r = analyzeDxfSync(dxf([...PLATE, odd], { insunits: 4 }));
      expect(r.pierces).toBe(2);
      for (const s of spies) expect(s, `console.${s.getMockName()}`).not.toHaveBeenCalled();
    });

    it('writes nothing to the host console while refusing garbage', () => {
      const spies = spyConsole();
      expectKerfError(() => analyzeDxfSync('0\nSECTION\n2\nENTITIES\n0\nLINE\n10\nx\nfoo\nbar\n'), 'DXF_PARSE_ERROR');
      for (const s of spies) expect(s, `console.${s.getMockName()}`).not.toHaveBeenCalled();
    });
  });

  describe('when the drawing holds an entity kind Kerf does not know', () => {
    it('cuts the rest and names the unknown kind in a warning instead of dropping it silently', () => {
      const unknown = g(0, 'FOOBAR') + g(8, '0') + g(10, 1) + g(20, 2) + g(30, 0);
      const r = mm([...PLATE, unknown, unknown]);
      expect(r.cutLength).toBeCloseTo(300, 9);
      const w = r.warnings.find((x) => (x.code === 'IGNORED_ENTITY' || x.code === 'SKIPPED_ENTITY') && x.entity === 'FOOBAR');
      expect(w, JSON.stringify(r.warnings)).toBeDefined();
      expect(w!.count).toBe(2);
    });
  });

  describe('when the drawing has nothing to cut', () => {
    it('refuses a drawing with only TEXT with NO_CUT_GEOMETRY and names what it holds', () => {
      const e = expectKerfError(() => mm([text(0, 0, 'A'), text(5, 5, 'B')]), 'NO_CUT_GEOMETRY');
      expect(e.message).toMatch(/TEXT/);
    });

    it('refuses a drawing with no entities at all with NO_CUT_GEOMETRY', () => {
      expectKerfError(() => mm([]), 'NO_CUT_GEOMETRY');
    });

    it('refuses a drawing with only degenerate geometry with NO_CUT_GEOMETRY', () => {
      expectKerfError(() => mm([line(5, 5, 5, 5), circle(1, 1, 0), line(0, 0, 0.001, 0)]), 'NO_CUT_GEOMETRY');
    });
  });

  describe('when coordinates are not usable numbers', () => {
    it('refuses NaN coordinates with INVALID_COORDINATES', () => {
      expectKerfError(() => mm([...PLATE, line(0, 0, Number.NaN, 5)]), 'INVALID_COORDINATES');
    });

    it('refuses 1e300 coordinates with INVALID_COORDINATES', () => {
      expectKerfError(() => mm([...PLATE, line(0, 0, 1e300, 5)]), 'INVALID_COORDINATES');
    });

    it('refuses a circle of radius 1e300 with INVALID_COORDINATES', () => {
      expectKerfError(() => mm([circle(0, 0, 1e300)]), 'INVALID_COORDINATES');
    });

    it('refuses coordinates that only overflow after unit conversion', () => {
      // 1e8 miles is far beyond any sheet
      expectKerfError(() => analyzeDxfSync(dxf([line(0, 0, 1e8, 0), line(1e8, 0, 0, 1)], { insunits: 3 })), 'INVALID_COORDINATES');
    });
  });

  describe('when degenerate geometry sits beside a valid part', () => {
    it('analyzes the part and reports the degenerate segments', () => {
      const r = mm([...PLATE, circle(50, 25, 10), line(20, 20, 20, 20), circle(70, 10, 0)]);
      expect(r.pierces).toBe(2);
      expect(r.cutLength).toBeCloseTo(300 + 20 * PI, 9);
      expect(r.netArea).toBeCloseTo(5000 - 100 * PI, 9);
      const w = warning(r, 'DEGENERATE_GEOMETRY');
      expect(w?.count).toBe(2);
      expectPlainMessage(w!.message);
    });
  });

  describe('when limits or options are out of range', () => {
    const small = dxf(PLATE, { insunits: 4 });

    it('refuses a string over maxBytes with FILE_TOO_LARGE', () => {
      expectKerfError(() => analyzeDxfSync(small, { maxBytes: 100 }), 'FILE_TOO_LARGE');
      expect(() => analyzeDxfSync(small, { maxBytes: small.length })).not.toThrow();
    });

    it('refuses bytes over maxBytes with FILE_TOO_LARGE', () => {
      expectKerfError(() => analyzeDxfSync(new TextEncoder().encode(small), { maxBytes: 100 }), 'FILE_TOO_LARGE');
    });

    it('counts multi-byte characters as bytes against maxBytes', () => {
      const s = small + '999\n' + 'ü'.repeat(200) + '\n';
      const bytes = new TextEncoder().encode(s).length;
      expectKerfError(() => analyzeDxfSync(s, { maxBytes: bytes - 1 }), 'FILE_TOO_LARGE');
    });

    it('refuses an unknown units override with UNSUPPORTED_UNITS', () => {
      expectKerfError(() => analyzeDxfSync(small, { units: 'furlong' as never }), 'UNSUPPORTED_UNITS');
    });

    it('refuses $INSUNITS 99 with UNSUPPORTED_UNITS', () => {
      expectKerfError(() => analyzeDxfSync(dxf(PLATE, { insunits: 99 })), 'UNSUPPORTED_UNITS');
    });

    it('accepts $INSUNITS 99 when the caller states the units', () => {
      const r = analyzeDxfSync(dxf(PLATE, { insunits: 99 }), { units: 'mm' });
      expect(r.cutLength).toBeCloseTo(300, 9);
    });

    it('refuses a zero, negative or non-numeric gap tolerance with INVALID_OPTION', () => {
      for (const gapTolerance of [0, -1, Number.NaN, 1e6]) {
        expectKerfError(() => analyzeDxfSync(small, { gapTolerance }), 'INVALID_OPTION');
      }
    });
  });

  describe('when blocks insert themselves', () => {
    it('does not hang on a self-inserting block and reports it', () => {
      const r = within(2000, () => mm([insert('SELF', 0, 0)], [{ name: 'SELF', entities: [circle(0, 0, 5), insert('SELF', 20, 0)] }]));
      expect(r.closedContours).toBe(1);
      expect(r.cutLength).toBeCloseTo(10 * PI, 9);
      expect(warning(r, 'SKIPPED_ENTITY')?.count).toBeGreaterThanOrEqual(1);
    });

    it('does not hang on two blocks inserting each other', () => {
      const blocks = [
        { name: 'A', entities: [circle(0, 0, 5), insert('B', 20, 0)] },
        { name: 'B', entities: [circle(0, 0, 3), insert('A', 20, 0)] },
      ];
      const r = within(2000, () => mm([insert('A', 0, 0)], blocks));
      expect(r.closedContours).toBe(2);
      expect(r.cutLength).toBeCloseTo(16 * PI, 9);
      expect(warning(r, 'SKIPPED_ENTITY')).toBeDefined();
    });

    it('refuses a block that holds nothing but itself with NO_CUT_GEOMETRY', () => {
      within(2000, () => expectKerfError(() => mm([insert('SELF', 0, 0)], [{ name: 'SELF', entities: [insert('SELF', 1, 1)] }]), 'NO_CUT_GEOMETRY'));
    });

    it('reports an INSERT of a missing block and cuts the rest', () => {
      const r = mm([...PLATE, insert('NOPE', 0, 0)]);
      expect(r.cutLength).toBeCloseTo(300, 9);
      expect(warning(r, 'SKIPPED_ENTITY')?.count).toBe(1);
    });
  });

  describe('when an INSERT expands to too much geometry', () => {
    it('refuses a 100000 x 100000 array with DRAWING_TOO_COMPLEX, fast', () => {
      const blocks = [{ name: 'H', entities: [circle(0, 0, 1)] }];
      within(2000, () => expectKerfError(() => mm([insert('H', 0, 0, { cols: 100000, rows: 100000, colSpacing: 5, rowSpacing: 5 })], blocks), 'DRAWING_TOO_COMPLEX'));
    });

    it('refuses a 100000 x 100000 array of an empty block fast as well', () => {
      const blocks = [{ name: 'E', entities: [] }];
      within(2000, () => {
        let code: string | undefined;
        try {
          mm([...PLATE, insert('E', 0, 0, { cols: 100000, rows: 100000, colSpacing: 5, rowSpacing: 5 })], blocks);
        } catch (e) {
          code = (e as KerfError).code;
        }
        // nothing to cut comes out of an empty block: refusing or ignoring it are both acceptable
        expect([undefined, 'DRAWING_TOO_COMPLEX']).toContain(code);
      });
    });

    it('refuses nested arrays whose product exceeds maxSegments', () => {
      const blocks = [
        { name: 'H', entities: [circle(0, 0, 1)] },
        { name: 'ROW', entities: [insert('H', 0, 0, { cols: 1000, colSpacing: 5 })] },
      ];
      within(5000, () => expectKerfError(() => mm([insert('ROW', 0, 0, { rows: 1000, rowSpacing: 5 })], blocks, { maxSegments: 10_000 }), 'DRAWING_TOO_COMPLEX'));
    });

    it('refuses arrays of empty blocks nested in arrays, which add no segment but would spin', () => {
      const blocks = [
        { name: 'E', entities: [] },
        { name: 'GRID', entities: [insert('E', 0, 0, { cols: 1000, rows: 1000, colSpacing: 1, rowSpacing: 1 })] },
      ];
      within(5000, () => expectKerfError(() => mm([...PLATE, insert('GRID', 0, 0, { cols: 1000, rows: 1000, colSpacing: 1, rowSpacing: 1 })], blocks), 'DRAWING_TOO_COMPLEX'));
    });

    it('honours a smaller maxSegments option', () => {
      const blocks = [{ name: 'H', entities: [circle(0, 0, 1)] }];
      const ents = [insert('H', 0, 0, { cols: 40, rows: 40, colSpacing: 5, rowSpacing: 5 })];
      expectKerfError(() => mm(ents, blocks, { maxSegments: 1000 }), 'DRAWING_TOO_COMPLEX');
      expect(mm(ents, blocks, { maxSegments: 1600 }).closedContours).toBe(1600);
    });
  });

  describe('when contours nest inside each other by the thousand', () => {
    it('gives 1,000 concentric circles the depths 0 to 999', () => {
      const r = mm(Array.from({ length: 1000 }, (_, i) => circle(0, 0, 10 + i)));
      const depths = r.contours.map((c) => c.depth).sort((a, b) => a - b);
      expect(depths[0]).toBe(0);
      expect(depths[999]).toBe(999);
      expect(new Set(depths).size).toBe(1000);
    });

    it('refuses 50,000 concentric circles 0.01 mm apart (their seams merge into shared nodes) quickly', () => {
      const ents = Array.from({ length: 50_000 }, (_, i) => circle(0, 0, 1 + i * 0.01));
      within(5_000, () => expectKerfError(() => mm(ents), 'DRAWING_TOO_COMPLEX'));
    });

    it('refuses 50,000 concentric circles with DRAWING_TOO_COMPLEX instead of running for minutes', () => {
      const ents = Array.from({ length: 50_000 }, (_, i) => circle(0, 0, 10 + i * 0.5));
      within(10_000, () => expectKerfError(() => mm(ents), 'DRAWING_TOO_COMPLEX'));
    });
  });

  describe('when the TABLES section is garbled', () => {
    // dxf-parser itself loops forever on a VPORT or LAYER table holding another 0 group
    const tables = (record: string) => `0\nSECTION\n2\nTABLES\n0\nTABLE\n2\n${record}\n70\n1\n0\n${record}\n2\nX\n0\nLINE\n0\nENDTAB\n0\nENDSEC\n`;
    for (const record of ['VPORT', 'LAYER']) {
      it(`still reads the drawing when a ${record} table holds a stray entity`, () => {
        const drawing = dxf([circle(0, 0, 5)], { insunits: 4 }).replace('0\nSECTION\n2\nENTITIES', `${tables(record)}0\nSECTION\n2\nENTITIES`);
        expect(drawing).toContain(`TABLE\n2\n${record}`);
        const r = within(2000, () => analyzeDxfSync(drawing));
        expect(r.cutLength).toBeCloseTo(10 * Math.PI, 9);
      });
    }
  });

  describe('when inputs a fuzzer found come back', () => {
    it('skips a TABLES section dxf-parser would hang on even when its codes read "00"', () => {
      const text = '00\nSECTION\n2\nTABLES\n0\nTABLE\n2\nLAYER\n0\nLAYER\n2\nL1\n0\nFOO\n0\nENDTAB\n0\nENDSEC\n'
        + '0\nSECTION\n2\nENTITIES\n0\nCIRCLE\n10\n0\n20\n0\n40\n1\n0\nENDSEC\n0\nEOF\n';
      expect(within(2000, () => analyzeDxfSync(text)).cutLength).toBeCloseTo(2 * Math.PI, 12);
    });

    it('treats an INSERT of a block named like an Object member as a missing block', () => {
      for (const name of ['constructor', '__proto__', 'toString']) {
        const r = mm([...PLATE, insert(name, 0, 0)]);
        expect(r.warnings.find((w) => w.code === 'SKIPPED_ENTITY')?.entity).toBe('INSERT of a missing block');
      }
    });

    it('refuses a tiny file whose block array would pack four million segments before expanding it', () => {
      const blocks = [{ name: 'LB', entities: [lwpolyline([[0, 0], [1, 0], [1, 1], [0, 1]], true)] }];
      within(1000, () => expectKerfError(() => mm([insert('LB', 0, 0, { cols: 1000, rows: 1000, colSpacing: 3, rowSpacing: 3 })], blocks), 'DRAWING_TOO_COMPLEX'));
    });

    it('answers fast on tens of thousands of blank lines before SECTION', () => {
      within(1000, () => expectKerfError(() => analyzeDxfSync(`0${'\n'.repeat(65_530)}SECTION\n${dxf([circle(0, 0, 1)])}`), 'DXF_PARSE_ERROR'));
    });

    it('prices splines by their control points: 100 copies of a 20,000-point spline are refused fast', () => {
      const n = 20_000;
      // clamped cubic: n + 4 knots
      const knots = [0, 0, 0, 0, ...Array.from({ length: n - 4 }, (_, i) => (i + 1) / (n - 3)), 1, 1, 1, 1];
      const ctrl = Array.from({ length: n }, (_, i) => [i, Math.sin(i / 10)] as [number, number]);
      const blocks = [{ name: 'S', entities: [spline(3, knots, ctrl)] }];
      within(3000, () => expectKerfError(() => mm([insert('S', 0, 0, { cols: 10, rows: 10, colSpacing: 1, rowSpacing: 1 })], blocks), 'DRAWING_TOO_COMPLEX'));
    });

    it('keeps a block named TABLES apart from every other block', () => {
      const blocks = [
        { name: 'TABLES', entities: [circle(0, 0, 1)] },
        { name: 'KERF_SKIPPED', entities: [lwpolyline([[0, 0], [5, 0], [5, 5], [0, 5]], true)] },
      ];
      const r = mm([insert('TABLES', 0, 0), insert('KERF_SKIPPED', 10, 0)], blocks);
      expect(r.cutLength).toBeCloseTo(20 + 2 * Math.PI, 9);
    });

    it('reads files with old Mac line endings (\\r only)', () => {
      const r = analyzeDxfSync(dxf([circle(0, 0, 1)], { insunits: 4 }).replace(/\n/g, '\r'));
      expect(r.cutLength).toBeCloseTo(2 * Math.PI, 12);
    });

    it('reads a bulge of 1e-10 as the straight edge the exporter meant', () => {
      const r = mm([lwpolyline([[0, 0, 1e-10], [10, 0], [10, 10], [0, 10]], true)]);
      expect(r.cutLength).toBeCloseTo(40, 9);
      expect(r.netArea).toBeCloseTo(100, 9);
    });

    it('measures an ellipse of ratio 1e-12 as the slit it is', () => {
      const r = mm([ellipse(0, 0, 20, 0, 1e-12)]);
      expect(r.cutLength).toBeCloseTo(80, 6);
    });
  });

  describe('when an R12 POLYLINE lacks its SEQEND', () => {
    function polylineWithoutSeqend(v: [number, number][], closed: boolean): string {
      let s = g(0, 'POLYLINE') + g(8, '0') + g(66, 1) + g(10, 0) + g(20, 0) + g(30, 0) + g(70, closed ? 1 : 0);
      for (const [x, y] of v) s += g(0, 'VERTEX') + g(8, '0') + g(10, x) + g(20, y) + g(30, 0);
      return s;
    }
    const square: [number, number][] = [[0, 0], [40, 0], [40, 40], [0, 40]];

    it('does not hang when another entity follows, and cuts both', () => {
      const r = within(2000, () => mm([polylineWithoutSeqend(square, true), circle(20, 20, 5)]));
      expect(r.closedContours).toBe(2);
      expect(r.cutLength).toBeCloseTo(160 + 10 * PI, 9);
      expect(r.netArea).toBeCloseTo(1600 - 25 * PI, 9);
    });

    it('does not hang when the section ends right after the last VERTEX', () => {
      const r = within(2000, () => mm([polylineWithoutSeqend(square, true)]));
      expect(r.closedContours).toBe(1);
      expect(r.cutLength).toBeCloseTo(160, 9);
    });

    it('does not hang when the file ends right after the last VERTEX', () => {
      const s = g(0, 'SECTION') + g(2, 'ENTITIES') + polylineWithoutSeqend(square, true);
      within(2000, () => {
        try {
          const r = analyzeDxfSync(s);
          expect(r.cutLength).toBeCloseTo(160, 9);
        } catch (e) {
          expect((e as KerfError).code).toBe('DXF_PARSE_ERROR');
          expectPlainMessage((e as KerfError).message);
        }
      });
    });
  });
});
