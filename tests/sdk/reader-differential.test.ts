// Kerf's own DXF reader against the reference, dxf-parser with Kerf's handlers: every corpus file,
// the sample drawings and a few thousand generated and fuzzed drawings go through both, and both
// must give the same analysis (cut length to 1e-9 relative, contours, pierces, warnings with their
// counts and kinds) or refuse with the same error code.
//
// Intentional differences (the Kerf reader is right, dxf-parser is not; asserted at the end):
// - Names in Windows-1252: dxf-parser sees the UTF-8 replacement character for every such byte,
//   so blocks "T\xfcr" and "T\xe4r" collide and the later one replaces the earlier. The Kerf
//   reader decodes names that are not valid UTF-8 as Windows-1252 and keeps them apart.
// - `\U+00FC` escapes in names: the Kerf reader decodes them, so a block written with the escape
//   is found by an INSERT naming it in UTF-8; dxf-parser reports the block missing.
// - A block named "__proto__": dxf-parser stores blocks in a plain object, where that name sets
//   the prototype instead of a key, so read.ts never sees the block and reports its INSERTs as
//   missing; the Kerf reader keeps blocks in a Map and finds it.
// None can occur in the generated and fuzzed drawings below: their names are ASCII, or one
// Windows-1252 name used consistently, which both readers resolve alike.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDxfSync, isKerfError, loadReferenceReader, type AnalyzeResult } from '../../sdk/index.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript without types
import { generateDxf } from '../../bench/generate.mjs';
import { arc, circle, dxf, ellipse, fitSpline, insert, line, lwpolyline, polyline, spline, text, type Ent } from '../helpers/dxf.js';
import { rng } from '../helpers/random.js';
import { readDxfBytes } from '../../sdk/dxf/kerf-reader.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../../../shared/corpus');
const drawings = resolve(here, '../../demo/drawings');

type Outcome = { ok: true; cut: number; pierces: number; closed: number; open: number; warnings: string[] } | { ok: false; code: string };

function outcome(bytes: Uint8Array, reader: 'kerf' | 'dxf-parser'): Outcome {
  try {
    const r: AnalyzeResult = analyzeDxfSync(bytes, { reader });
    return {
      ok: true, cut: r.cutLength, pierces: r.pierces, closed: r.closedContours, open: r.openContours,
      warnings: r.warnings.map((w) => `${w.code}:${w.count ?? ''}:${w.entity ?? ''}`),
    };
  } catch (e) {
    if (isKerfError(e)) return { ok: false, code: e.code };
    throw e;
  }
}

/** The two outcomes agree, or the reason they do not. */
function disagreement(a: Outcome, b: Outcome): string | undefined {
  if (!a.ok || !b.ok) {
    const ca = a.ok ? 'ok' : a.code, cb = b.ok ? 'ok' : b.code;
    return ca === cb ? undefined : `kerf ${ca}, dxf-parser ${cb}`;
  }
  const rel = Math.abs(a.cut - b.cut) / Math.max(1e-300, Math.abs(b.cut));
  if (!(rel <= 1e-9) && !(Number.isNaN(a.cut) && Number.isNaN(b.cut))) return `cut length ${a.cut} vs ${b.cut}`;
  if (a.pierces !== b.pierces || a.closed !== b.closed || a.open !== b.open) {
    return `contours ${a.pierces}/${a.closed}/${a.open} vs ${b.pierces}/${b.closed}/${b.open}`;
  }
  const wa = a.warnings.join(','), wb = b.warnings.join(',');
  return wa === wb ? undefined : `warnings ${wa} vs ${wb}`;
}

function compare(bytes: Uint8Array): string | undefined {
  return disagreement(outcome(bytes, 'kerf'), outcome(bytes, 'dxf-parser'));
}

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (s: string) => new TextEncoder().encode(s);

beforeAll(async () => {
  await loadReferenceReader();
});

describe('the Kerf DXF reader against dxf-parser', () => {
  describe.skipIf(!existsSync(corpus))('on every corpus file (through the corpus runner, one child process per reader)', () => {
    it('gives the same analysis or the same error code', () => {
      const run = (reader: string) => {
        const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(here, '../helpers/corpus-runner.ts'), corpus, reader], {
          encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20,
        });
        expect(r.status, r.stderr).toBe(0);
        return new Map(r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>)
          .filter((l) => !l.started).map((l) => [l.file as string, l]));
      };
      const kerf = run('kerf'), ref = run('dxf-parser');
      expect(kerf.size).toBeGreaterThan(50);
      expect([...kerf.keys()]).toEqual([...ref.keys()]);
      const diffs: string[] = [];
      for (const [file, k] of kerf) {
        const r = ref.get(file)!;
        expect(k.crash, file).toBeUndefined();
        const a: Outcome = k.ok
          ? { ok: true, cut: k.cutLength as number, pierces: k.pierces as number, closed: k.closed as number, open: k.open as number, warnings: k.detail as string[] }
          : { ok: false, code: k.code as string };
        const b: Outcome = r.ok
          ? { ok: true, cut: r.cutLength as number, pierces: r.pierces as number, closed: r.closed as number, open: r.open as number, warnings: r.detail as string[] }
          : { ok: false, code: r.code as string };
        const d = disagreement(a, b);
        if (d) diffs.push(`${file}: ${d}`);
      }
      expect(diffs).toEqual([]);
    });
  });

  it('agrees on the sample drawings', () => {
    const files = readdirSync(drawings).filter((f) => f.endsWith('.dxf'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(compare(new Uint8Array(readFileSync(join(drawings, f)))), f).toBeUndefined();
  });

  it('agrees on the benchmark\'s generated sheets', () => {
    for (const [n, seed] of [[50, 1], [300, 2], [2000, 3]] as const) {
      const { text: t } = generateDxf(n, seed) as { text: string };
      expect(compare(utf8(t)), `${n} entities, seed ${seed}`).toBeUndefined();
    }
  });

  // ---- generated and fuzzed drawings ----------------------------------------------------------

  /** A random drawing over every kind the analysis reads, with blocks, arrays and extrusions. */
  function randomDrawing(r: () => number): string {
    const v = () => Math.round((r() * 200 - 100) * 1000) / 1000;
    const pos = () => Math.round((1 + r() * 30) * 1000) / 1000;
    const maybeExt = (): { extrusion?: [number, number, number] } => (r() < 0.2 ? { extrusion: [0, 0, -1] } : r() < 0.05 ? { extrusion: [r(), r(), r()] } : {});
    const one = (depth: number): Ent => {
      const k = Math.floor(r() * (depth > 0 ? 12 : 11));
      switch (k) {
        case 0: return line(v(), v(), v(), v());
        case 1: return circle(v(), v(), pos(), maybeExt());
        case 2: return arc(v(), v(), pos(), Math.round(r() * 360), Math.round(r() * 360), maybeExt());
        case 3: {
          const n = 1 + Math.floor(r() * 6);
          const pts: [number, number, number?][] = [];
          for (let i = 0; i < n; i++) pts.push([v(), v(), r() < 0.3 ? Math.round((r() * 2 - 1) * 100) / 100 : undefined]);
          return lwpolyline(pts, r() < 0.6, maybeExt());
        }
        case 4: {
          const n = 1 + Math.floor(r() * 5);
          const pts: [number, number, number?][] = [];
          for (let i = 0; i < n; i++) pts.push([v(), v(), r() < 0.3 ? 0.5 : undefined]);
          return polyline(pts, r() < 0.5);
        }
        case 5: return ellipse(v(), v(), pos(), pos() / 3, Math.min(1, pos() / 30), r() < 0.5 ? 0 : r() * 6, r() < 0.5 ? 2 * Math.PI : r() * 6, maybeExt());
        case 6: {
          const deg = 1 + Math.floor(r() * 3);
          const n = deg + 1 + Math.floor(r() * 4);
          const knots: number[] = [];
          for (let i = 0; i <= deg; i++) knots.push(0);
          for (let i = 1; i < n - deg; i++) knots.push(i);
          for (let i = 0; i <= deg; i++) knots.push(n - deg);
          const ctrl: [number, number, number?][] = [];
          for (let i = 0; i < n; i++) ctrl.push([v(), v(), r() < 0.3 ? 0.5 + r() : undefined]);
          return spline(deg, r() < 0.1 ? knots.slice(1) : knots, ctrl);
        }
        case 7: {
          const pts: [number, number][] = [];
          for (let i = 0, n = 2 + Math.floor(r() * 5); i < n; i++) pts.push([v(), v()]);
          return fitSpline(pts);
        }
        case 8: return text(v(), v(), 'Part 7');
        case 9: return line(0, 0, 0, 0) + (r() < 0.5 ? '0\nPOINT\n8\n0\n10\n1\n20\n1\n' : '0\nHATCH\n8\n0\n67\n1\n');
        case 10: return lwpolyline([[0, 0], [40, 0, 1], [40, 20], [0, 20]], true);
        default: return insert(r() < 0.9 ? 'B' + Math.floor(r() * 3) : 'MISSING', v(), v(), {
          sx: r() < 0.3 ? -1 : 1, sy: r() < 0.2 ? 2 : 1, rotation: Math.round(r() * 360), cols: r() < 0.3 ? 3 : undefined,
          rows: r() < 0.3 ? 2 : undefined, colSpacing: 50, rowSpacing: 40, ...(r() < 0.1 ? { extrusion: [0, 0, -1] as [number, number, number] } : {}),
        });
      }
    };
    const blocks = [0, 1, 2].map((b) => ({
      name: 'B' + b, x: v(), y: v(),
      entities: Array.from({ length: 1 + Math.floor(r() * 4) }, () => one(b < 2 ? 1 : 0)),
    }));
    // now and then in paper space, also with a flag that is not 0 or 1
    const paper = (e: Ent): Ent => (r() < 0.1 ? e.replace(/^(0\n[A-Z]+\n8\n0\n)/, `$1 67\n${['0', '1', '2', 'x'][Math.floor(r() * 4)]}\n`) : e);
    const entities = Array.from({ length: 1 + Math.floor(r() * 10) }, () => paper(one(1)));
    const units = [undefined, 0, 1, 4, 6][Math.floor(r() * 5)];
    return dxf(entities, { insunits: units, blocks });
  }

  const GARBAGE = ['', ' ', 'abc', '1,5', '1e400', '-0', '0x1A', '  12  ', 'NaN', 'Infinity', '1.5abc', '.5', '+3', '99999999999999999999',
    'EOF', 'SECTION', 'ENDSEC', 'ENDBLK', 'SEQEND', 'VERTEX', 'TABLES', 'BLOCK', 'LINE', '0', '2', '10', '20', '30', '67', '1', '290', 'T\xfcr \xa0',
    '\u00a0', 'ENTITIES', 'HEADER', '$INSUNITS', '9', 'INSERT', 'lowercase', '3DFACE', 'FOO_BAR'];

  /** One of the mutations, on the drawing's lines. */
  function mutate(src: string, r: () => number): Uint8Array {
    let lines = src.split('\n');
    const pick = () => Math.floor(r() * lines.length);
    const rounds = 1 + Math.floor(r() * 3);
    let eol = '\n';
    let asLatin1 = false;
    let bom = false, byteFlips = 0;
    for (let k = 0; k < rounds; k++) {
      switch (Math.floor(r() * 12)) {
        case 9: bom = true; break; // a UTF-8 byte order mark
        case 10: byteFlips++; break; // a random byte anywhere
        case 11: { const i = pick(); lines[i] = (r() < 0.5 ? ' \t' : '') + (lines[i] ?? '') + (r() < 0.5 ? ' \t ' : '\v'); break; } // white space around a value
        case 0: lines.splice(pick(), 1 + Math.floor(r() * 2)); break; // drop lines
        case 1: { const i = pick(), j = Math.min(lines.length - 1, i + 1); [lines[i], lines[j]] = [lines[j], lines[i]]; break; } // swap
        case 2: lines = lines.slice(0, pick()); break; // truncate
        case 3: lines.splice(pick(), 0, GARBAGE[Math.floor(r() * GARBAGE.length)]); break; // insert garbage
        case 4: lines[pick()] = GARBAGE[Math.floor(r() * GARBAGE.length)]; break; // overwrite a line
        case 5: eol = r() < 0.5 ? '\r\n' : '\r'; break; // other line ends
        case 6: { // Windows-1252 bytes in names and texts
          asLatin1 = true;
          for (let i = 0; i < lines.length; i++) {
            if (/^B\d$|^Part 7$|^MISSING$/.test(lines[i])) lines[i] = lines[i].replace(/^(B|Part|MISSING)/, '$1\xe4\xdf');
          }
          break;
        }
        case 7: { const i = pick(); lines.splice(i, 0, lines[i] ?? ''); break; } // a duplicated line
        default: { // a number turned into another
          const i = pick();
          if (/^-?\d/.test(lines[i] ?? '')) lines[i] = String(Number(lines[i]) * (r() < 0.5 ? -1 : 1e6)) + (r() < 0.2 ? '0000000000001' : '');
        }
      }
    }
    const s = lines.join(eol);
    let bytes = asLatin1 ? latin1(s) : utf8(s);
    if (bom) bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    for (let f = 0; f < byteFlips && bytes.length; f++) bytes[Math.floor(r() * bytes.length)] = [10, 13, 32, 48, 0x80, 0xa0, 0xc3, 0xff][Math.floor(r() * 8)];
    return bytes;
  }

  it('agrees on 3,000 generated drawings and 5,000 mutations of them (seeded)', () => {
    const r = rng(20261127);
    const diffs: string[] = [];
    let refused = 0;
    const t = performance.now();
    for (let n = 0; n < 3000; n++) {
      const d = randomDrawing(r);
      const base = utf8(d);
      const dd = compare(base);
      if (dd) diffs.push(`drawing ${n}: ${dd}`);
      for (let m = 0; m < (n % 3 === 0 ? 1 : 2); m++) {
        const bytes = mutate(d, r);
        const md = compare(bytes);
        if (md) diffs.push(`drawing ${n} mutation ${m}: ${md}\n${Buffer.from(bytes).toString('latin1').slice(0, 4000)}`);
        if (!outcome(bytes, 'kerf').ok) refused++;
      }
      if (diffs.length > 3) break;
    }
    expect(diffs.slice(0, 3)).toEqual([]);
    // the mutations must reach the error paths as well as the geometry
    expect(refused).toBeGreaterThan(500);
    expect(performance.now() - t).toBeLessThan(20_000);
  });

  describe('where dxf-parser is wrong, the Kerf reader is asserted correct', () => {
    const square = (s: number): Ent => lwpolyline([[0, 0], [s, 0], [s, s], [0, s]], true);

    it('keeps two Windows-1252 block names apart that dxf-parser reads as the same', () => {
      const text = dxf([insert('T\xfcr', 0, 0), insert('T\xe4r', 100, 0)], {
        insunits: 4, blocks: [{ name: 'T\xfcr', entities: [square(10)] }, { name: 'T\xe4r', entities: [square(20)] }],
      });
      const bytes = latin1(text);
      const k = outcome(bytes, 'kerf'), ref = outcome(bytes, 'dxf-parser');
      expect(k.ok && k.cut).toBeCloseTo(40 + 80, 9);
      // dxf-parser: both names decode to "T\uFFFDr", the second block replaces the first
      expect(ref.ok && ref.cut).toBeCloseTo(80 + 80, 9);
    });

    it('finds a block named __proto__', () => {
      const text = dxf([insert('__proto__', 0, 0)], { insunits: 4, blocks: [{ name: '__proto__', entities: [square(10)] }] });
      const k = outcome(utf8(text), 'kerf'), ref = outcome(utf8(text), 'dxf-parser');
      expect(k.ok && k.cut).toBeCloseTo(40, 9);
      expect(ref.ok).toBe(false); // the block is lost: nothing to cut
    });

    it('finds a block whose name is written with a \\U+ escape', () => {
      const text = dxf([insert('Tür', 0, 0)], { insunits: 4, blocks: [{ name: 'T\\U+00FCr', entities: [square(10)] }] });
      const k = outcome(utf8(text), 'kerf'), ref = outcome(utf8(text), 'dxf-parser');
      expect(k.ok && k.cut).toBeCloseTo(40, 9);
      expect(ref.ok).toBe(false); // only a missing block: nothing to cut
    });
  });

  describe('what the Kerf reader keeps besides geometry', () => {
    it('records each layer\'s frozen and off state from the layer table (for the layer roles to come)', () => {
      const tables = '0\nSECTION\n2\nTABLES\n0\nTABLE\n2\nLAYER\n70\n3\n'
        + '0\nLAYER\n2\n0\n70\n0\n62\n7\n'
        + '0\nLAYER\n2\nBEND\n70\n1\n62\n1\n'
        + '0\nLAYER\n2\nDIM\n70\n0\n62\n-3\n'
        + '0\nENDTAB\n0\nENDSEC\n';
      const text = dxf([line(0, 0, 10, 0)], { insunits: 4 }).replace('0\nSECTION\n2\nENTITIES', `${tables}0\nSECTION\n2\nENTITIES`);
      const d = readDxfBytes(utf8(text));
      expect(d.layers).toEqual([
        { name: '0', frozen: false, off: false },
        { name: 'BEND', frozen: true, off: false },
        { name: 'DIM', frozen: false, off: true },
      ]);
      expect(d.insunits).toBe(4);
      // the line is on layer 0, which is cut: both readers agree (roles: tests/sdk/layers.test.ts)
      expect(compare(utf8(text))).toBeUndefined();
    });

    it('refuses an unknown reader with INVALID_OPTION', () => {
      expect(() => analyzeDxfSync(dxf([line(0, 0, 1, 0)]), { reader: 'other' as 'kerf' })).toThrow(/Unknown DXF reader/);
    });
  });
});
