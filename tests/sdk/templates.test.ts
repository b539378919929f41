// Parametric parts: the analyzer must measure each generated DXF exactly as the template's own
// formulas say; every cross-check fails with a clear INVALID_PARAMETER.
import DxfParserDefault from 'dxf-parser';
import { describe, expect, it } from 'vitest';
import { analyzeDxfSync, isKerfError } from '../../sdk/index.js';
import { generateTemplate, listTemplates, MIN_WEB, resolveTemplateParams } from '../../sdk/shapes/index.js';
import type { GeneratedTemplate } from '../../sdk/shapes/index.js';

const REL = 1e-9;

// In Node the dxf-parser class is the package's default export; its bundled types say otherwise
// under NodeNext, so give it the small shape used here.
interface ParsedDxf {
  header: Record<string, unknown>;
  entities: { type: string; shape?: boolean; vertices?: { bulge?: number }[] }[];
}
const DxfParser = DxfParserDefault as unknown as new () => { parseSync(text: string): ParsedDxf | null };

function expectRel(what: string, got: number, want: number): void {
  const err = Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);
  if (!(err <= REL)) throw new Error(`${what}: analyzer ${got}, template ${want} (relative error ${err})`);
}

/** Analyze the template's DXF and compare with its analytic metrics. */
function expectAgrees(part: GeneratedTemplate): void {
  const r = analyzeDxfSync(part.dxf);
  const m = part.metrics;
  const tag = `${part.name} ${JSON.stringify(part.params)}`;
  expect(r.warnings, tag).toEqual([]);
  expect(r.sourceUnits).toBe('mm');
  expect(r.pierces, tag).toBe(m.pierces);
  expect(r.closedContours, tag).toBe(m.closedContours);
  expect(r.openContours, tag).toBe(0);
  expectRel(`${tag} cutLength`, r.cutLength, m.cutLength);
  expectRel(`${tag} grossArea`, r.grossArea, m.grossArea);
  expectRel(`${tag} netArea`, r.netArea, m.netArea);
  expectRel(`${tag} bbox.width`, r.bbox.width, m.bbox.width);
  expectRel(`${tag} bbox.height`, r.bbox.height, m.bbox.height);
  expect(Math.abs(r.bbox.minX) + Math.abs(r.bbox.minY), tag).toBeLessThan(1e-9 * Math.max(m.bbox.width, m.bbox.height));
}

function kerfError(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (isKerfError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a KerfError');
}

const PI = Math.PI;

const PARAMETER_SETS: [string, Record<string, number>][] = [
  ['rectangle', { width: 120, height: 80, cornerRadius: 10 }],
  ['rectangle', { width: 1, height: 3000, cornerRadius: 0.5 }], // radius = half the shorter side
  ['rectangle', { width: 100, height: 100, cornerRadius: 50 }], // a circle drawn as four arcs
  ['rectangle', { width: 2999.9, height: 0.1 + 0.2 + 1, cornerRadius: 0.65 }],
  ['disc', { diameter: 1 }],
  ['disc', { diameter: 2345.678 }],
  ['ring', { outerDiameter: 3, innerDiameter: 1 }],
  ['ring', { outerDiameter: 1500, innerDiameter: 1234.5 }],
  ['flange', { outerDiameter: 300, innerDiameter: 160, boltCircleDiameter: 240, holeCount: 12, holeDiameter: 22 }],
  ['flange', { outerDiameter: 60, innerDiameter: 20, boltCircleDiameter: 42, holeCount: 2, holeDiameter: 9 }],
  ['flange', { outerDiameter: 1000, innerDiameter: 500, boltCircleDiameter: 750, holeCount: 64, holeDiameter: 20 }],
  ['hole-plate', { width: 300, height: 150, rows: 3, columns: 5, holeDiameter: 8.5, margin: 12 }],
  ['hole-plate', { width: 50, height: 50, rows: 1, columns: 1, holeDiameter: 20, margin: 5 }],
  ['hole-plate', { width: 1000, height: 500, rows: 20, columns: 40, holeDiameter: 5, margin: 10 }],
  ['oblong', { length: 60, width: 20 }],
  ['oblong', { length: 3000, width: 2999 }],
  ['oblong', { length: 2, width: 1 }],
  ['polygon', { sides: 3, diameter: 50 }],
  ['polygon', { sides: 5, diameter: 123.4 }],
  ['polygon', { sides: 8, diameter: 200 }],
  ['polygon', { sides: 64, diameter: 3000 }],
];

describe('templates: schema', () => {
  const templates = listTemplates();

  it('lists at least the seven issue templates with the exact parameter names', () => {
    const byName = Object.fromEntries(templates.map((t) => [t.name, t.params.map((p) => p.name)]));
    expect(byName).toMatchObject({
      rectangle: ['width', 'height', 'cornerRadius'],
      disc: ['diameter'],
      ring: ['outerDiameter', 'innerDiameter'],
      flange: ['outerDiameter', 'innerDiameter', 'boltCircleDiameter', 'holeCount', 'holeDiameter'],
      'hole-plate': ['width', 'height', 'rows', 'columns', 'holeDiameter', 'margin'],
      oblong: ['length', 'width'],
      polygon: ['sides', 'diameter'],
    });
  });

  it('every template and parameter is complete: type, unit, min, max, default within range, labels en/de/fr', () => {
    for (const t of templates) {
      for (const lang of ['en', 'de', 'fr'] as const) expect(t.labels[lang], `${t.name} ${lang}`).toMatch(/\S/);
      expect(t.params.length).toBeGreaterThan(0);
      for (const p of t.params) {
        const tag = `${t.name}.${p.name}`;
        expect(['number', 'integer'], tag).toContain(p.type);
        expect(['mm', 'count'], tag).toContain(p.unit);
        expect(Number.isFinite(p.min) && Number.isFinite(p.max) && Number.isFinite(p.default), tag).toBe(true);
        expect(p.min, tag).toBeLessThanOrEqual(p.default);
        expect(p.default, tag).toBeLessThanOrEqual(p.max);
        if (p.type === 'integer') {
          expect(Number.isInteger(p.min) && Number.isInteger(p.max) && Number.isInteger(p.default), tag).toBe(true);
        }
        for (const lang of ['en', 'de', 'fr'] as const) expect(p.labels[lang], `${tag} ${lang}`).toMatch(/\S/);
      }
    }
  });

  it('defaults pass the cross-checks and come back resolved', () => {
    for (const t of templates) {
      const defaults = Object.fromEntries(t.params.map((p) => [p.name, p.default]));
      expect(resolveTemplateParams(t.name)).toEqual(defaults);
      expect(generateTemplate(t.name).params).toEqual(defaults);
    }
  });

  it('is plain data: JSON round trip is lossless, and callers cannot change the built-in schema', () => {
    const a = listTemplates();
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    a[0].params[0].default = -1;
    a[0].labels.en = 'changed';
    expect(listTemplates()[0].params[0].default).not.toBe(-1);
    expect(listTemplates()[0].labels.en).not.toBe('changed');
  });
});

describe('templates: the analyzer agrees with the analytic metrics (relative 1e-9)', () => {
  for (const t of listTemplates()) {
    it(`${t.name} with defaults`, () => expectAgrees(generateTemplate(t.name)));
  }
  for (const [name, params] of PARAMETER_SETS) {
    it(`${name} ${JSON.stringify(params)}`, () => {
      const part = generateTemplate(name, params);
      expect(part.params).toEqual(params);
      expectAgrees(part);
    });
  }
  it('the R12 flavour (POLYLINE/VERTEX) measures the same', () => {
    for (const [name, params] of PARAMETER_SETS) {
      const part = generateTemplate(name, params, { dxfVersion: 'R12' });
      expect(part.dxf).toContain('AC1009');
      expect(part.dxf).not.toContain('LWPOLYLINE');
      expectAgrees(part);
    }
  });

  it('the formulas themselves are right (hand-computed values)', () => {
    const r = generateTemplate('rectangle', { width: 120, height: 80, cornerRadius: 10 }).metrics;
    expect(r.cutLength).toBeCloseTo(400 - 80 + 20 * PI, 9);
    expect(r.netArea).toBeCloseTo(9600 - (4 - PI) * 100, 9);
    const f = generateTemplate('flange', { outerDiameter: 200, innerDiameter: 100, boltCircleDiameter: 160, holeCount: 8, holeDiameter: 14 }).metrics;
    expect(f.pierces).toBe(10);
    expect(f.cutLength).toBeCloseTo(PI * (200 + 100 + 8 * 14), 9);
    expect(f.grossArea).toBeCloseTo(PI * 100 * 100, 9);
    expect(f.netArea).toBeCloseTo(PI * (100 * 100 - 50 * 50 - 8 * 7 * 7), 9);
    const h = generateTemplate('hole-plate', { width: 200, height: 100, rows: 2, columns: 4, holeDiameter: 10, margin: 15 }).metrics;
    expect(h.pierces).toBe(9);
    expect(h.bbox).toEqual({ minX: 0, minY: 0, maxX: 200, maxY: 100, width: 200, height: 100 });
    const o = generateTemplate('oblong', { length: 100, width: 40 }).metrics;
    expect(o.cutLength).toBeCloseTo(120 + 40 * PI, 9);
    const hex = generateTemplate('polygon', { sides: 6, diameter: 100 }).metrics;
    expect(hex.cutLength).toBeCloseTo(300, 9);
    expect(hex.bbox.width).toBeCloseTo(100, 9);
    expect(hex.bbox.height).toBeCloseTo(100 * Math.sqrt(3) / 2, 9);
    expect(hex.netArea).toBeCloseTo((3 * Math.sqrt(3) / 2) * 50 * 50, 9);
  });

  it('hole-plate holes stay inside the margin: the hole bboxes touch the margin exactly', () => {
    const part = generateTemplate('hole-plate', { width: 300, height: 150, rows: 3, columns: 5, holeDiameter: 8.5, margin: 12 });
    const holes = analyzeDxfSync(part.dxf).contours.filter((c) => c.depth === 1);
    expect(holes).toHaveLength(15);
    expect(Math.min(...holes.map((c) => c.bbox.minX))).toBeCloseTo(12, 9);
    expect(Math.max(...holes.map((c) => c.bbox.maxX))).toBeCloseTo(288, 9);
    expect(Math.min(...holes.map((c) => c.bbox.minY))).toBeCloseTo(12, 9);
    expect(Math.max(...holes.map((c) => c.bbox.maxY))).toBeCloseTo(138, 9);
  });
});

describe('templates: DXF', () => {
  it('re-parses with stock dxf-parser without error, in both flavours', () => {
    const parser = new DxfParser();
    for (const t of listTemplates()) {
      for (const dxfVersion of ['R2000', 'R12'] as const) {
        const part = generateTemplate(t.name, {}, { dxfVersion });
        const doc = parser.parseSync(part.dxf);
        expect(doc, `${t.name} ${dxfVersion}`).toBeTruthy();
        expect(doc!.header.$INSUNITS).toBe(4);
        expect(doc!.header.$ACADVER).toBe(dxfVersion === 'R12' ? 'AC1009' : 'AC1015');
        expect(doc!.entities.length).toBe(part.metrics.pierces);
        for (const e of doc!.entities) {
          expect(['LWPOLYLINE', 'POLYLINE', 'CIRCLE']).toContain(e.type);
          if (e.type !== 'CIRCLE') expect(e.shape).toBe(true); // closed
        }
      }
    }
  });

  it('dxf-parser reads the rounded corners as bulges and the oblong ends as half circles', () => {
    const parser = new DxfParser();
    const rect = parser.parseSync(generateTemplate('rectangle', { width: 100, height: 60, cornerRadius: 5 }).dxf)!;
    const rv = rect.entities[0].vertices!;
    expect(rv).toHaveLength(8);
    expect(rv.filter((v) => v.bulge).map((v) => v.bulge)).toEqual(Array(4).fill(Math.tan(PI / 8)));
    const ob = parser.parseSync(generateTemplate('oblong').dxf)!;
    const ov = ob.entities[0].vertices!;
    expect(ov.filter((v) => v.bulge).map((v) => v.bulge)).toEqual([1, 1]);
  });

  it('is a plain well-formed file: code/value pairs, numbers without exponents, ends with EOF', () => {
    for (const t of listTemplates()) {
      const lines = generateTemplate(t.name).dxf.split('\n');
      expect(lines.pop()).toBe('');
      expect(lines.length % 2).toBe(0);
      for (let i = 0; i < lines.length; i += 2) {
        expect(lines[i]).toMatch(/^\d+$/);
        const code = Number(lines[i]);
        if (code >= 10 && code < 60) expect(lines[i + 1]).toMatch(/^-?\d+(\.\d+)?$/);
      }
      expect(lines.slice(-2)).toEqual(['0', 'EOF']);
    }
    // a polygon vertex near zero must not be written as 1e-14
    expect(generateTemplate('polygon', { sides: 7, diameter: 77 }).dxf).not.toMatch(/e-/i);
  });
});

describe('templates: errors', () => {
  it('unknown template → UNKNOWN_TEMPLATE naming the available ones', () => {
    const e = kerfError(() => generateTemplate('hexagon', {}));
    expect(e.code).toBe('UNKNOWN_TEMPLATE');
    expect(e.message).toContain('hexagon');
    expect(e.message).toContain('rectangle');
    expect(kerfError(() => listTemplates() && resolveTemplateParams('', {})).code).toBe('UNKNOWN_TEMPLATE');
  });

  it('missing parameters take the default; numeric strings are accepted', () => {
    const p = generateTemplate('rectangle', { width: '250', cornerRadius: ' 4.5 ' }).params;
    expect(p).toEqual({ width: 250, height: 50, cornerRadius: 4.5 });
    expect(generateTemplate('disc', { diameter: undefined }).params.diameter).toBe(100);
  });

  it.each([['abc'], [''], ['  '], [NaN], [Infinity], [true], [{}], [[]], ['12mm']])('non-numeric %j → INVALID_PARAMETER', (v) => {
    const e = kerfError(() => generateTemplate('disc', { diameter: v }));
    expect(e.code).toBe('INVALID_PARAMETER');
    expect(e.message).toContain('diameter must be a number');
  });

  it('unknown parameter → INVALID_PARAMETER listing the real ones', () => {
    const e = kerfError(() => generateTemplate('rectangle', { widht: 100 }));
    expect(e.code).toBe('INVALID_PARAMETER');
    expect(e.message).toContain('"widht"');
    expect(e.message).toContain('width, height, cornerRadius');
  });

  const cases: [string, string, Record<string, unknown>, RegExp][] = [
    // schema: min, max, whole numbers
    ['below min', 'rectangle', { width: 0.5 }, /width must be at least 1 mm; got 0\.5 mm/],
    ['above max', 'disc', { diameter: 3001 }, /diameter must be at most 3000 mm/],
    ['negative', 'rectangle', { cornerRadius: -1 }, /cornerRadius must be at least 0 mm/],
    ['polygon sides not integer', 'polygon', { sides: 5.5 }, /sides must be a whole number; got 5\.5/],
    ['polygon sides < 3', 'polygon', { sides: 2 }, /sides must be at least 3; got 2/],
    ['polygon sides > 64', 'polygon', { sides: 65 }, /sides must be at most 64; got 65/],
    ['flange holeCount not integer', 'flange', { holeCount: 3.5 }, /holeCount must be a whole number/],
    ['hole-plate rows 0', 'hole-plate', { rows: 0 }, /rows must be at least 1/],
    // cross-checks
    ['rectangle corner radius over half the shorter side', 'rectangle', { width: 100, height: 40, cornerRadius: 20.5 },
      /cornerRadius 20\.5 mm is too large: it may be at most half the shorter side, 20 mm/],
    ['ring inner not smaller than outer', 'ring', { outerDiameter: 50, innerDiameter: 50 },
      /innerDiameter 50 mm must be smaller than outerDiameter 50 mm.*at most 48 mm/],
    ['ring inner larger than outer', 'ring', { outerDiameter: 50, innerDiameter: 80 }, /innerDiameter 80 mm .*at most 48 mm/],
    ['flange inner not smaller than outer', 'flange', { outerDiameter: 200, innerDiameter: 199 }, /innerDiameter 199 mm .*at most 198 mm/],
    ['flange bolt holes beyond the outer edge', 'flange', { boltCircleDiameter: 190 },
      /boltCircleDiameter 190 mm is too large: .*outerDiameter 200 mm.*at most 184 mm/],
    ['flange bolt holes into the bore', 'flange', { boltCircleDiameter: 110 },
      /boltCircleDiameter 110 mm is too small: .*innerDiameter 100 mm.*at least 116 mm/],
    ['flange bolt holes overlapping each other', 'flange', { holeCount: 40 },
      /holeCount 40 is too many: 40 holes of 14 mm on a 160 mm bolt circle .*at most 33 holes fit/],
    ['hole-plate columns do not fit', 'hole-plate', { width: 100, columns: 8, holeDiameter: 10, margin: 10 },
      /columns 8: 8 holes of 10 mm .*need 87 mm, but width 100 mm minus twice the margin of 10 mm leaves 80 mm; at most 7 columns fit/],
    ['hole-plate rows do not fit', 'hole-plate', { height: 40, rows: 3, holeDiameter: 10, margin: 5 },
      /rows 3: .*height 40 mm .*leaves 30 mm; at most 2 rows fit/],
    ['hole-plate hole wider than the space inside the margin', 'hole-plate', { width: 30, height: 30, rows: 1, columns: 1, holeDiameter: 12, margin: 10 },
      /columns 1: .*leaves 10 mm; not even one hole fits; make holeDiameter at most 10 mm or reduce margin/],
    ['hole-plate margin eats the plate', 'hole-plate', { width: 20, height: 20, rows: 1, columns: 1, holeDiameter: 1, margin: 15 },
      /leaves -10 mm; not even one hole fits; make holeDiameter at most 0 mm or reduce margin/],
    ['oblong width not smaller than length', 'oblong', { length: 40, width: 40 }, /width 40 mm must be smaller than length 40 mm/],
  ];
  it.each(cases)('%s', (_label, name, params, message) => {
    const e = kerfError(() => generateTemplate(name, params));
    expect(e.code).toBe('INVALID_PARAMETER');
    expect(e.message).toMatch(message);
    expect(e.message.startsWith(`${name}: `)).toBe(true);
  });

  it('limits named in the messages are really the limits (just inside passes, with a clean analysis)', () => {
    expectAgrees(generateTemplate('ring', { outerDiameter: 50, innerDiameter: 48 }));
    expectAgrees(generateTemplate('flange', { boltCircleDiameter: 184 }));
    expectAgrees(generateTemplate('flange', { boltCircleDiameter: 116 }));
    expectAgrees(generateTemplate('flange', { holeCount: 33 }));
    expectAgrees(generateTemplate('hole-plate', { width: 100, columns: 7, holeDiameter: 10, margin: 10 }));
    expectAgrees(generateTemplate('hole-plate', { width: 30, height: 30, rows: 1, columns: 1, holeDiameter: 10, margin: 10 }));
    expect(MIN_WEB).toBe(1);
  });

  it('errors are KerfErrors with the wire form', () => {
    try {
      generateTemplate('disc', { diameter: 0 });
    } catch (e) {
      expect((e as { toJSON(): unknown }).toJSON()).toEqual({
        error: { code: 'INVALID_PARAMETER', message: 'disc: diameter must be at least 1 mm; got 0 mm.' },
      });
      return;
    }
    throw new Error('expected an error');
  });
});
