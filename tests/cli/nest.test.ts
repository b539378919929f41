import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { circle, dxf, line, lwpolyline } from '../helpers/dxf.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/kerf.mjs');
const dir = mkdtempSync(join(tmpdir(), 'kerf-nest-'));
const lBracket = join(root, 'demo/drawings/l-bracket.dxf');

function kerf(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

interface NestJson {
  method: string; sheetCount: number; utilization: number; cellSize?: number; attempts: number; fallback: number[];
  sheets: { format: [number, number]; utilization: number; usedLength: number; placements: { part: number; x: number; y: number; rotation: number; mirrored: boolean }[] }[];
  parts: { name: string; quantity: number; exact: boolean }[];
}

describe('kerf nest', () => {
  describe('with --json', () => {
    it('prints one JSON document in the API.md shape; part indexes the inputs in command-line order', () => {
      const r = kerf('nest', `${lBracket}:20`, '--template', 'disc', '--param', 'diameter=140', '--quantity', '30', '--json');
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as NestJson;
      expect(out.method).toBe('true-shape');
      expect(out.sheetCount).toBe(out.sheets.length);
      expect(out.utilization).toBeGreaterThan(0);
      expect(out.sheets[0].format).toEqual([3000, 1500]);
      const count = [0, 0];
      for (const s of out.sheets) {
        expect(s.utilization).toBeGreaterThan(0);
        for (const p of s.placements) {
          count[p.part]++;
          expect(Object.keys(p).sort()).toEqual(['mirrored', 'part', 'rotation', 'x', 'y']);
          expect([0, 90, 180, 270]).toContain(p.rotation);
        }
      }
      expect(count).toEqual([20, 30]);
      expect(out.parts.map((p) => p.quantity)).toEqual([20, 30]);
      expect(out.cellSize).toBeGreaterThan(0);
    });

    it('nests by boxes with --method box, on the sheet and with the spacing given', () => {
      const r = kerf('nest', `${lBracket}:10`, '--method', 'box', '--sheet', '1000x700', '--spacing', '5', '--json');
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as NestJson;
      expect(out.method).toBe('box');
      expect(out.sheets.every((s) => s.format[0] === 1000 && s.format[1] === 700)).toBe(true);
      // 300 x 300 boxes with 5 mm around them: 3 x 2 per 1000 x 700 sheet
      expect(out.sheetCount).toBe(2);
      for (const s of out.sheets) for (const p of s.placements) {
        expect(p.x).toBeGreaterThanOrEqual(5 - 1e-9);
        expect(p.y).toBeGreaterThanOrEqual(5 - 1e-9);
      }
    });

    it('uses fewer sheets by true shapes than by boxes for L-brackets and discs', () => {
      const args = [`${lBracket}:40`, '--template', 'disc', '--param', 'diameter=160', '--quantity', '40', '--sheet', '1500x1000', '--json'];
      const shape = JSON.parse(kerf('nest', ...args).stdout) as NestJson;
      const box = JSON.parse(kerf('nest', ...args, '--method', 'box').stdout) as NestJson;
      expect(shape.sheetCount).toBeLessThan(box.sheetCount);
    });

    it('takes remnants first (--sheet WxH:COUNT), a time limit and a drawing with open contours (as its box)', () => {
      const open = file('open.dxf', dxf([lwpolyline([[0, 0], [200, 0], [200, 100], [0, 100]], false), circle(50, 50, 10)], { insunits: 4 }));
      const r = kerf('nest', `${open}:4`, `${lBracket}:4`, '--sheet', '700x400:1', '--sheet', '3000x1500', '--time-limit', '100', '--json');
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as NestJson;
      expect(out.sheets[0].format).toEqual([700, 400]);
      expect(out.sheets.filter((s) => s.format[0] === 700)).toHaveLength(1);
      expect(out.fallback).toEqual([0]);
      expect(out.parts[0].exact).toBe(false);
      expect(out.attempts).toBeGreaterThanOrEqual(1);
    });

    it('answers a part too large for the sheet with exit 2 and PART_TOO_LARGE', () => {
      const r = kerf('nest', '--template', 'disc', '--param', 'diameter=2000', '--json');
      expect(r.status).toBe(2);
      expect(JSON.parse(r.stdout).error.code).toBe('PART_TOO_LARGE');
      expect(r.stderr).toMatch(/^kerf: PART_TOO_LARGE: /);
    });

    it('answers bad input with exit 2 and a stable code', () => {
      expect(JSON.parse(kerf('nest', join(dir, 'missing.dxf'), '--json').stdout).error.code).toBe('FILE_NOT_FOUND');
      expect(JSON.parse(kerf('nest', '--json').stdout).error.code).toBe('INVALID_OPTION');
      expect(JSON.parse(kerf('nest', `${lBracket}:2`, '--sheet', 'big', '--json').stdout).error.code).toBe('INVALID_OPTION');
      expect(JSON.parse(kerf('nest', `${lBracket}:2`, '--method', 'magic', '--json').stdout).error.code).toBe('INVALID_OPTION');
    });
  });

  it('prints a summary per sheet without --json, and writes an SVG with --svg', () => {
    const svg = join(dir, 'nest.svg');
    const plate = file('plate.dxf', dxf([line(0, 0, 100, 0), line(100, 0, 100, 50), line(100, 50, 0, 50), line(0, 50, 0, 0)], { insunits: 4 }));
    const r = kerf('nest', `${plate}:3`, '--svg', svg);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^true-shape nest: 1 sheet, utilization/);
    expect(r.stdout).toMatch(/sheet +1 +3000 x 1500 mm +3 parts/);
    const text = readFileSync(svg, 'utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text.match(/<path /g)).toHaveLength(3);
  });

  it('is listed in the help', () => {
    expect(kerf('help').stdout).toMatch(/kerf nest \(<file\.dxf>\[:QUANTITY\]/);
  });
});
