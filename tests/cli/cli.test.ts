import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { circle, dxf, line, lwpolyline, text } from '../helpers/dxf.js';

const bin = resolve(dirname(fileURLToPath(import.meta.url)), '../../bin/kerf.mjs');
const dir = mkdtempSync(join(tmpdir(), 'kerf-cli-'));

function kerf(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

// API.md's example: a 4 x 2 inch plate with a 1 inch hole, and two TEXT entities
const inchPlate = file('plate-in.dxf', dxf([
  lwpolyline([[0, 0], [4, 0], [4, 2], [0, 2]], true),
  circle(2, 1, 0.5),
  text(0, 3, 'PART 1'),
  text(0, 4, 'REV A'),
], { insunits: 1 }));

describe('kerf analyze', () => {
  describe('with --json', () => {
    it('prints exactly one JSON document in the API.md shape, in millimetres', () => {
      const r = kerf('analyze', inchPlate, '--json');
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.units).toBe('mm');
      expect(out.sourceUnits).toBe('in');
      expect(out.cutLength).toBeCloseTo(304.8 + 25.4 * Math.PI, 6);
      expect(out.pierces).toBe(2);
      expect(out.closedContours).toBe(2);
      expect(out.openContours).toBe(0);
      expect(out.grossArea).toBeCloseTo(5161.28, 6);
      expect(out.netArea).toBeCloseTo(5161.28 - Math.PI * 12.7 * 12.7, 6);
      expect(out.bbox).toEqual({ minX: 0, minY: 0, maxX: 101.6, maxY: 50.8, width: 101.6, height: 50.8 });
      expect(out.contours).toHaveLength(2);
      expect(out.contours.find((c: { depth: number }) => c.depth === 0)).toMatchObject({ closed: true, length: expect.closeTo(304.8, 9), area: expect.closeTo(5161.28, 6) });
      expect(out.warnings).toEqual([{ code: 'IGNORED_ENTITY', message: '2 TEXT entities are not cut', count: 2, entity: 'TEXT' }]);
    });

    it('reads the drawing in the units given by --units instead of $INSUNITS', () => {
      const out = JSON.parse(kerf('analyze', inchPlate, '--json', '--units', 'mm').stdout);
      expect(out.sourceUnits).toBe('mm');
      expect(out.bbox.width).toBeCloseTo(4, 12);
    });

    it('joins ends within --gap-tolerance and leaves them open below it', () => {
      const gappy = file('gappy.dxf', dxf([line(0, 0, 10, 0), line(10, 0.3, 10, 10), line(10, 10, 0, 10), line(0, 10, 0, 0)], { insunits: 4 }));
      const strict = JSON.parse(kerf('analyze', gappy, '--json').stdout);
      expect(strict.openContours).toBe(1);
      expect(strict.warnings.map((w: { code: string }) => w.code)).toContain('OPEN_CONTOUR');
      const loose = JSON.parse(kerf('analyze', gappy, '--json', '--gap-tolerance', '0.5').stdout);
      expect(loose.closedContours).toBe(1);
      expect(loose.warnings.find((w: { code: string }) => w.code === 'GAP_HEALED')).toMatchObject({ count: 1, largestGap: expect.closeTo(0.3, 9) });
    });
  });

  describe('without --json', () => {
    it('prints a readable summary', () => {
      const r = kerf('analyze', inchPlate);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('cut length   384.60 mm');
      expect(r.stdout).toContain('pierces      2 (2 closed, 0 open)');
    });
  });

  describe('on bad input', () => {
    const cases: [string, string[], string][] = [
      ['a missing file', [join(dir, 'nope.dxf')], 'FILE_NOT_FOUND'],
      ['garbage', [file('garbage.dxf', 'this is not a drawing\n\u0000\u0001')], 'DXF_PARSE_ERROR'],
      ['a truncated file', [file('cut.dxf', dxf([circle(0, 0, 5), line(0, 0, 1, 1)]).slice(0, 120))], 'DXF_PARSE_ERROR'],
      ['a drawing with only text', [file('text.dxf', dxf([text(0, 0, 'hello')]))], 'NO_CUT_GEOMETRY'],
      ['unknown units', [inchPlate, '--units', 'furlong'], 'UNSUPPORTED_UNITS'],
      ['a bad gap tolerance', [inchPlate, '--gap-tolerance', 'wide'], 'INVALID_OPTION'],
    ];
    for (const [what, args, code] of cases) {
      it(`refuses ${what} with ${code}, exit 2, JSON on stdout and one line on stderr`, () => {
        const r = kerf('analyze', ...args, '--json');
        expect(r.status).toBe(2);
        expect(JSON.parse(r.stdout)).toEqual({ error: { code, message: expect.any(String) } });
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
      });
    }

    it('refuses a file over 50 MB before reading it', () => {
      const big = join(dir, 'big.dxf');
      writeFileSync(big, '');
      truncateSync(big, 51 * 1024 * 1024);
      const r = kerf('analyze', big, '--json');
      expect(r.status).toBe(2);
      expect(JSON.parse(r.stdout).error.code).toBe('FILE_TOO_LARGE');
    });
  });
});

describe('kerf', () => {
  it('prints usage for help and exits 2 on an unknown command', () => {
    expect(kerf('help').stdout).toContain('kerf analyze');
    const r = kerf('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command');
  });
});

describe('kerf quote', () => {
  const plate = file('plate-mm.dxf', dxf([lwpolyline([[0, 0], [120, 0], [120, 80], [0, 80]], true), circle(60, 40, 10)], { insunits: 4 }));
  const args = [plate, '--material', 'S235', '--thickness', '3', '--quantity', '10'];

  it('prints the API.md quote shape with --json, the breakdown adding up to the total', () => {
    const r = kerf('quote', ...args, '--json');
    expect(r.status).toBe(0);
    const q = JSON.parse(r.stdout);
    expect(q.material).toEqual({ id: 'S235', thickness: 3 });
    expect(q.quantity).toBe(10);
    expect(q.currency).toBe('EUR');
    expect(q.metrics.pierces).toBe(2);
    expect(q.breakdown.reduce((s: number, l: { amount: number }) => s + l.amount, 0)).toBe(q.total);
    expect(q.total).toBe(q.unitPrice * 10);
    expect(q.sheets).toMatchObject({ format: [3000, 1500], sheetCount: 1 });
    expect(q.sheets.partsPerSheet).toBeGreaterThan(100);
  });

  it('prices finishing found on the drawing and a delivery option, and refuses what the drawing lacks', () => {
    const tpl = ['--template', 'hole-plate', '--param', 'rows=2', '--param', 'columns=2', '--param', 'holeDiameter=6.8',
      '--material', 'S235', '--thickness', '3', '--quantity', '10'];
    const plain = JSON.parse(kerf('quote', ...tpl, '--json').stdout);
    const r = kerf('quote', ...tpl, '--tap', 'M8:4', '--deburr', '--coat', 'powder:RAL 9005', '--lead-time', 'express',
      '--order-date', '2026-11-27', '--json');
    expect(r.status, r.stderr).toBe(0);
    const q = JSON.parse(r.stdout);
    const codes = q.breakdown.map((l: { code: string }) => l.code);
    expect(codes).toEqual(expect.arrayContaining(['deburring', 'tapping', 'coating', 'lead_time']));
    expect(q.breakdown.find((l: { code: string }) => l.code === 'tapping')).toMatchObject({ amount: 4000, detail: '4 × M8' });
    expect(q.breakdown.reduce((s: number, l: { amount: number }) => s + l.amount, 0)).toBe(q.total);
    expect(q.total).toBeGreaterThan(plain.total);
    // Friday 27 November: 3 working days of express and 3 of the coater
    expect(q.delivery).toMatchObject({ code: 'express', workingDays: 3, extraDays: 3, date: '2026-12-07' });
    expect(kerf('quote', ...tpl, '--lead-time', 'express', '--order-date', '2026-11-27').stdout).toMatch(/delivery\s+Express, 3 working days: 2026-12-02/);

    const five = kerf('quote', ...tpl, '--tap', 'M8:5', '--json');
    expect(five.status).toBe(2);
    expect(JSON.parse(five.stdout).error).toMatchObject({ code: 'INVALID_FINISHING', message: expect.stringMatching(/4 holes of 6.8 mm/) });
    expect(JSON.parse(kerf('quote', ...tpl, '--tap', 'eight', '--json').stdout).error.code).toBe('INVALID_OPTION');
    expect(JSON.parse(kerf('quote', ...tpl, '--lead-time', 'tomorrow', '--json').stdout).error.code).toBe('UNKNOWN_LEAD_TIME');
  });

  it('applies a --profile file over the default profile', () => {
    const base = JSON.parse(kerf('quote', ...args, '--json').stdout);
    const profile = file('profile.json', JSON.stringify({ machineRatePerHour: 30000, minimumOrderValue: 0 }));
    const own = JSON.parse(kerf('quote', ...args, '--json', '--profile', profile).stdout);
    const cutting = (q: { breakdown: { code: string; amount: number }[] }) => q.breakdown.find((l) => l.code === 'cutting')!.amount;
    expect(cutting(own)).toBeGreaterThan(cutting(base) * 2 - 2);
  });

  const bad: [string, string[], string][] = [
    ['an unknown material', [plate, '--material', 'Gold', '--thickness', '3', '--quantity', '1'], 'UNKNOWN_MATERIAL'],
    ['an unavailable thickness', [plate, '--material', 'AlMg3', '--thickness', '20', '--quantity', '1'], 'UNAVAILABLE_THICKNESS'],
    ['a missing quantity', [plate, '--material', 'S235', '--thickness', '3'], 'INVALID_OPTION'],
    ['a fractional quantity', [plate, '--material', 'S235', '--thickness', '3', '--quantity', '2.5'], 'INVALID_QUANTITY'],
  ];
  for (const [what, a, code] of bad) {
    it(`refuses ${what} with ${code} and exit 2`, () => {
      const r = kerf('quote', ...a, '--json');
      expect(r.status).toBe(2);
      expect(JSON.parse(r.stdout).error.code).toBe(code);
    });
  }

  it('refuses a profile that is not valid JSON, or not a valid profile', () => {
    expect(JSON.parse(kerf('quote', ...args, '--profile', file('bad.json', '{nope')).stdout).error.code).toBe('INVALID_PROFILE');
    expect(JSON.parse(kerf('quote', ...args, '--profile', file('bad2.json', '{"roundingStep": -1}')).stdout).error.code).toBe('INVALID_PROFILE');
  });
});

describe('kerf template', () => {
  it('lists the templates with their parameter schema as JSON', () => {
    const list = JSON.parse(kerf('template', '--list', '--json').stdout);
    expect(list.map((t: { name: string }) => t.name)).toEqual(['rectangle', 'disc', 'ring', 'flange', 'hole-plate', 'oblong', 'polygon']);
    const flange = list.find((t: { name: string }) => t.name === 'flange');
    expect(flange.params.map((p: { name: string }) => p.name)).toEqual(['outerDiameter', 'innerDiameter', 'boltCircleDiameter', 'holeCount', 'holeDiameter']);
  });

  it('writes a DXF whose analysis gives the printed metrics', () => {
    const out = join(dir, 'flange.dxf');
    const r = kerf('template', 'flange', '--param', 'holeCount=6', '--param', 'holeDiameter=12', '--out', out, '--json');
    expect(r.status).toBe(0);
    const t = JSON.parse(r.stdout);
    expect(t.params.holeCount).toBe(6);
    const a = JSON.parse(kerf('analyze', out, '--json').stdout);
    expect(a.pierces).toBe(8);
    expect(a.cutLength).toBeCloseTo(t.metrics.cutLength, 9);
    expect(a.netArea).toBeCloseTo(t.metrics.netArea, 6);
  });

  it('refuses bad parameters and unknown templates with exit 2', () => {
    const bad = kerf('template', 'ring', '--param', 'innerDiameter=300', '--json');
    expect(bad.status).toBe(2);
    expect(JSON.parse(bad.stdout).error.code).toBe('INVALID_PARAMETER');
    expect(JSON.parse(kerf('template', 'star', '--json').stdout).error.code).toBe('UNKNOWN_TEMPLATE');
  });

  it('prices a template through quote --template', () => {
    const r = kerf('quote', '--template', 'ring', '--param', 'outerDiameter=100', '--param', 'innerDiameter=60',
      '--material', '1.4301', '--thickness', '2', '--quantity', '20', '--json');
    expect(r.status).toBe(0);
    const q = JSON.parse(r.stdout);
    expect(q.metrics.pierces).toBe(2);
    expect(q.metrics.netArea).toBeCloseTo((Math.PI / 4) * (100 ** 2 - 60 ** 2), 6);
    expect(q.total).toBe(q.unitPrice * 20);
  });
});

describe('kerf heal', () => {
  it('writes the healed drawing in millimetres with -o, which analyzes to the same cut and no warnings', () => {
    const out = join(dir, 'plate-healed.dxf');
    const r = kerf('heal', inchPlate, '-o', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('fixed IGNORED_ENTITY');
    const a = JSON.parse(kerf('analyze', out, '--json').stdout);
    expect(a.sourceUnits).toBe('mm');
    expect(a.cutLength).toBeCloseTo(304.8 + 25.4 * Math.PI, 9);
    expect(a.warnings).toEqual([]);
  });

  it('prints the DXF without -o, and one JSON document with --json', () => {
    expect(kerf('heal', inchPlate).stdout).toMatch(/^0\nSECTION\n[\s\S]*\$INSUNITS\n70\n4\n[\s\S]*EOF\n$/);
    const j = JSON.parse(kerf('heal', inchPlate, '--json').stdout);
    expect(j.fixed).toEqual(['IGNORED_ENTITY']);
    expect(j.metrics.pierces).toBe(2);
    expect(j.dxf).toContain('LWPOLYLINE');
  });

  it('answers a missing file with exit 2 and the error document', () => {
    const r = kerf('heal', join(dir, 'missing.dxf'));
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe('FILE_NOT_FOUND');
  });
});

describe('kerf quote and the cut sequence', () => {
  it('gives the rapid travel of the cut sequence, included in the cutting time', () => {
    const j = JSON.parse(kerf('quote', inchPlate, '--material', 'S235', '--thickness', '3', '--quantity', '5', '--json').stdout);
    expect(j.metrics.sequence.order).toHaveLength(2);
    expect(j.travel.distance).toBe(j.metrics.sequence.travel);
    expect(j.travel.seconds).toBeCloseTo((j.travel.distance / 60_000) * 60, 12);
    expect(kerf('quote', inchPlate, '--material', 'S235', '--thickness', '3', '--quantity', '5').stdout).toMatch(/travel {7}[\d.,]+ mm rapid moves/);
  });
});
