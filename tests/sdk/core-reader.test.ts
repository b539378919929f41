// The core's entity reader (assembly/dxf-entities.ts) reads runs of plain entities for Kerf's DXF
// reader. With it or without it, the reader must give exactly the same drawing: every tape value
// bit for bit (NaN and -0 included), every layer id, name, block, count, or the same error. The
// inputs are built to make the core stop and hand back in every way it can: layers changing from
// entity to entity, paper space, non-ASCII names, numbers its fast path does not read (long
// digits, exponents, hexadecimal flags), odd code lines, other line ends, byte order marks,
// truncation, and the corpus and sample drawings as they are.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GeometryBuffer, loadCoreSync } from '../../sdk/index.js';
import { IDENTITY } from '../../sdk/geometry/affine.js';
import { type KerfDrawing, readDxfBytes, releaseTapes } from '../../sdk/dxf/kerf-reader.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript without types
import { generateDxf } from '../../bench/generate.mjs';
import { arc, circle, dxf, ellipse, insert, line, lwpolyline, polyline, spline, text, type Ent } from '../helpers/dxf.js';
import { rng } from '../helpers/random.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../../../shared/corpus');
const drawings = resolve(here, '../../demo/drawings');
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Float64 values as hex, so that NaN payloads and -0 count. */
function bits(a: ArrayLike<number>): string {
  return Buffer.from(new Float64Array(Array.from(a)).buffer).toString('hex');
}

function tape(t: KerfDrawing['model']): { data: string; layers: number[]; count: number } {
  return { data: bits(t.data.subarray(0, t.length)), layers: Array.from(t.layers.subarray(0, t.count)), count: t.count };
}

/** What the reader made of the bytes (copied: its tapes are reused by the next call), or its error. */
function read(bytes: Uint8Array, withCore: boolean): unknown {
  try {
    const d = readDxfBytes(bytes, undefined, withCore ? loadCoreSync() : undefined);
    return {
      insunits: d.insunits, layers: d.layers, paper: d.paper, names: [...d.names], model: tape(d.model),
      blocks: [...d.blocks].map(([name, b]) => [name, bits([b.x, b.y]), tape(b.tape)]),
    };
  } catch (e) {
    return { error: (e as Error).message };
  } finally {
    releaseTapes();
  }
}

function same(bytes: Uint8Array): boolean {
  const a = read(bytes, false), b = read(bytes, true);
  expect(b).toEqual(a);
  return true;
}

/** Entities over every kind, on a few layers, sometimes in paper space. */
function randomDrawing(r: () => number): string {
  const v = () => Math.round((r() * 200 - 100) * 1000) / 1000;
  const pos = () => Math.round((1 + r() * 30) * 1000) / 1000;
  const one = (): Ent => {
    switch (Math.floor(r() * 9)) {
      case 0: return line(v(), v(), v(), v());
      case 1: return circle(v(), v(), pos(), r() < 0.2 ? { extrusion: [0, 0, -1] } : {});
      case 2: return arc(v(), v(), pos(), Math.round(r() * 360), Math.round(r() * 360));
      case 3: return lwpolyline([[v(), v(), r() < 0.4 ? 0.5 : undefined], [v(), v()], [v(), v(), -0.25]], r() < 0.5);
      case 4: return ellipse(v(), v(), pos(), pos() / 3, 0.5, r() < 0.5 ? 0 : 1, r() < 0.5 ? 2 * Math.PI : 4);
      case 5: return spline(2, [0, 0, 0, 1, 2, 2, 2], [[v(), v()], [v(), v(), 0.5], [v(), v()], [v(), v()]]);
      case 6: return polyline([[v(), v()], [v(), v(), 0.5], [v(), v()]], true);
      case 7: return text(v(), v(), 'Part');
      default: return insert('B', v(), v());
    }
  };
  // a layer per entity from a few (the core reads on only while the layer stays the one named)
  const layered = (e: Ent): Ent => {
    const k = Math.floor(r() * 4);
    let out = k === 0 ? e : e.replace(/^(0\n[A-Z]+\n)8\n0\n/, `$18\n${['CUT', 'CUT', 'Gravur', 'L\xe4ser'][k]}\n`);
    if (r() < 0.08) out = out.replace(/^(0\n[A-Z]+\n)/, `$167\n${['0', '1', '2', 'x'][Math.floor(r() * 4)]}\n`);
    return out;
  };
  const entities = Array.from({ length: 1 + Math.floor(r() * 30) }, () => layered(one()));
  return dxf(entities, { blocks: [{ name: 'B', entities: [line(0, 0, 5, 0), circle(0, 0, 2), ellipse(0, 0, 3, 0, 0.5)] }] });
}

const ODD = ['1.2345678901234567', '1e5', '1E-3', '2.5e400', '0x1F', '-0', '+7', '.5', '5.', '  3  ', '1,5', '', 'NaN', 'abc', '99999999999999999', '1e'];

/** Numbers and code lines in the forms the core leaves to the reader, line ends, truncation. */
function mutate(src: string, r: () => number): Uint8Array {
  let lines = src.split('\n');
  const pick = () => Math.floor(r() * lines.length);
  let eol = '\n', bom = false;
  for (let k = 0, n = 1 + Math.floor(r() * 4); k < n; k++) {
    switch (Math.floor(r() * 7)) {
      case 0: { const i = pick(); if (/^-?\d/.test(lines[i] ?? '') && i % 2 === 1) lines[i] = ODD[Math.floor(r() * ODD.length)]; break; }
      case 1: { const i = pick() & ~1; if (lines[i] !== undefined) lines[i] = [' ' + lines[i], lines[i] + ' ', '+' + lines[i], '0' + lines[i]][Math.floor(r() * 4)]; break; }
      case 2: eol = r() < 0.5 ? '\r\n' : '\r'; break;
      case 3: bom = true; break;
      case 4: lines = lines.slice(0, pick()); break;
      case 5: lines.splice(pick(), 1); break;
      default: { const i = pick(); if (lines[i] === '70') lines[i + 1] = ['1', '3', '-1', '0x1', '129', '1.9'][Math.floor(r() * 6)]; }
    }
  }
  const bytes = Buffer.from(lines.join(eol), 'latin1');
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : new Uint8Array(bytes);
}

describe("the core's entity reader reads exactly what the reader reads", () => {
  it('on 1,500 random drawings on changing layers and 3,000 mutations of them (seeded)', () => {
    const r = rng(20261128);
    let n = 0;
    for (let i = 0; i < 1500; i++) {
      const d = randomDrawing(r);
      n += Number(same(utf8(d)));
      n += Number(same(mutate(d, r)));
      n += Number(same(mutate(d, r)));
    }
    expect(n).toBe(4500);
  });

  it("on the benchmark's generated sheets and the sample drawings", () => {
    for (const [count, seed] of [[200, 1], [3000, 2]] as const) same(utf8((generateDxf(count, seed) as { text: string }).text));
    for (const f of readdirSync(drawings).filter((x) => x.endsWith('.dxf'))) same(new Uint8Array(readFileSync(join(drawings, f))));
  });

  it.skipIf(!existsSync(corpus))('on every corpus file under 20 MB', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.dxf$/i.test(e.name) && statSync(p).size < 20 << 20) files.push(p);
      }
    };
    walk(corpus);
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) same(new Uint8Array(readFileSync(f)));
  });

  it('reads on correctly when a progress callback runs the core in between', () => {
    const { text: t } = generateDxf(20_000, 7) as { text: string };
    const bytes = utf8(t);
    const expected = read(bytes, false);
    const core = loadCoreSync();
    const triangle = new GeometryBuffer(64);
    triangle.addLine(IDENTITY, 0, 0, 10, 0);
    triangle.addLine(IDENTITY, 10, 0, 10, 10);
    triangle.addLine(IDENTITY, 10, 10, 0, 0);
    let calls = 0;
    let got: unknown;
    try {
      const d = readDxfBytes(bytes, () => {
        // the core's memory is taken over here: the reader must copy the file in again
        calls += core.run(triangle.view(), 0.01).closed;
      }, core);
      got = {
        insunits: d.insunits, layers: d.layers, paper: d.paper, names: [...d.names], model: tape(d.model),
        blocks: [...d.blocks].map(([name, b]) => [name, bits([b.x, b.y]), tape(b.tape)]),
      };
    } finally {
      releaseTapes();
    }
    expect(calls).toBeGreaterThan(0);
    expect(got).toEqual(expected);
  });
});
