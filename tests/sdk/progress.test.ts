/**
 * Progress of an analysis (`onProgress`): on a generated multi-MB sheet the stages come in order
 * (read, read…, pack, measure, result, done), reading reports about every MB, also while sections
 * without cut entities (OBJECTS, BLOCKS, big entities that are not cut) are skipped, the figures add
 * up to the drawing's, and the result is the same with and without a callback. Through the worker (the
 * compiled SDK in dist/, built by `npm test`) the page hears the same calls, and nothing of an
 * aborted request.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as dist from '../../dist/sdk/index.js';
import { analyzeDxfSync, loadReferenceReader, type AnalyzeProgress } from '../../sdk/index.js';
import { circle, dxf, lwpolyline, perforatedPlate, plateSheet } from '../helpers/dxf.js';

const MB = 1 << 20;
const sheet = plateSheet(6 * MB);
const bytes = new TextEncoder().encode(sheet.text);
const small = dxf([lwpolyline([[0, 0], [100, 0], [100, 50], [0, 50]], true), circle(50, 25, 10)], { insunits: 4 });

function record(input: string | Uint8Array, options: Parameters<typeof analyzeDxfSync>[1] = {}) {
  const calls: AnalyzeProgress[] = [];
  const result = analyzeDxfSync(input, { ...options, onProgress: (p) => { calls.push(p); } });
  return { calls, result };
}

describe('onProgress', () => {
  describe('on a 6 MB sheet of 7,800 plates', () => {
    const { calls, result } = record(bytes);
    const reads = calls.filter((c) => c.stage === 'read');

    it('calls read from 0 bytes, then read about every MB, then pack, measure, result and done once each', () => {
      expect(calls.map((c) => c.stage)).toEqual([...reads.map(() => 'read'), 'pack', 'measure', 'result', 'done']);
      expect(reads[0]).toEqual({ stage: 'read', bytesRead: 0, totalBytes: bytes.length, entities: 0, segments: 0 });
      // one call at the start, one per MB passed (the last MB may end the file before a call)
      expect(reads.length).toBeGreaterThanOrEqual(Math.floor(bytes.length / MB));
      expect(reads.length).toBeLessThanOrEqual(Math.floor(bytes.length / MB) + 1);
      for (let i = 1; i < reads.length; i++) {
        const step = reads[i].bytesRead - reads[i - 1].bytesRead;
        // at the first entity past each MB: the step is a MB and at most one entity more
        expect(step).toBeGreaterThanOrEqual(MB);
        expect(step).toBeLessThan(MB + 200);
        expect(reads[i].entities).toBeGreaterThan(reads[i - 1].entities);
        expect(reads[i].segments).toBe(0);
      }
    });

    it('ends with the drawing\'s figures: every byte, every entity, every segment', () => {
      const [pack, measure, building, done] = calls.slice(-4);
      const entities = sheet.plates * 5;
      expect(pack).toEqual({ stage: 'pack', bytesRead: bytes.length, totalBytes: bytes.length, entities, segments: 0 });
      // an outline is 4 segments, a hole 1
      expect(measure).toEqual({ ...pack, stage: 'measure', segments: sheet.plates * 8 });
      expect(building).toEqual({ ...measure, stage: 'result' });
      expect(done).toEqual({ ...measure, stage: 'done' });
      expect(result.pierces).toBe(entities);
    });

    it('gives the same result as an analysis without a callback', () => {
      expect(result).toEqual(analyzeDxfSync(bytes));
      expect(record(sheet.text).result).toEqual(result);
    });

    it('counts the UTF-8 bytes of a string', () => {
      const text = sheet.text.replace('0\nSECTION\n2\nENTITIES', '999\nBemaßung Ø\n0\nSECTION\n2\nENTITIES');
      const { calls: c } = record(text);
      expect(c[0].totalBytes).toBe(new TextEncoder().encode(text).length);
      expect(c.at(-1)!.bytesRead).toBe(c[0].totalBytes);
    });
  });

  describe('where the bulk of a drawing is not cut entities', () => {
    /** Groups of an XRECORD in OBJECTS, about 100 bytes. */
    const xrecord = (i: number) => `0\nXRECORD\n5\n${(0x1000 + i).toString(16)}\n330\nC\n100\nAcDbXrecord\n280\n1\n1\nnot a part of the cut ${i}\n`;
    /** Steps between the read reports after the first: each a MB, and at most `slack` more. */
    function expectSteps(reads: AnalyzeProgress[], slack: number) {
      for (let i = 1; i < reads.length; i++) {
        const step = reads[i].bytesRead - reads[i - 1].bytesRead;
        expect(step).toBeGreaterThanOrEqual(MB);
        expect(step).toBeLessThan(MB + slack);
      }
    }

    it('reports about every MB while it skips a 6 MB OBJECTS section after the entities', () => {
      let objects = '0\nSECTION\n2\nOBJECTS\n';
      for (let i = 0; objects.length < 6 * MB; i++) objects += xrecord(i);
      const text = small.replace(/0\nEOF\n$/, `${objects}0\nENDSEC\n0\nEOF\n`);
      const { calls, result } = record(text);
      const reads = calls.filter((c) => c.stage === 'read');
      expect(reads.length).toBeGreaterThanOrEqual(6);
      expect(reads.length).toBeLessThanOrEqual(7);
      // at the next group past each MB: a group here is a few dozen bytes
      expectSteps(reads, 100);
      // the entities were read before OBJECTS: their count is there all along
      for (const r of reads.slice(1)) expect(r.entities).toBe(2);
      expect(calls.map((c) => c.stage).slice(-3)).toEqual(['pack', 'measure', 'done']);
      expect(result).toEqual(analyzeDxfSync(small));
    });

    it('reports about every MB through a 5 MB BLOCKS section and a 3 MB entity that is not cut', () => {
      // blocks of annotations only (never inserted), then a proxy entity of 3 MB of binary chunks
      let blocks = '0\nSECTION\n2\nBLOCKS\n';
      for (let b = 0; blocks.length < 5 * MB; b++) {
        blocks += `0\nBLOCK\n8\n0\n2\nNOTE${b}\n70\n0\n10\n0\n20\n0\n30\n0\n3\nNOTE${b}\n1\n\n4\nan unused block with a long description\n`;
        for (let k = 0; k < 20; k++) blocks += `0\nTEXT\n8\n0\n10\n${k}\n20\n0\n30\n0\n40\n2.5\n1\nnote ${b}.${k}\n`;
        blocks += '0\nENDBLK\n8\n0\n';
      }
      blocks += '0\nENDSEC\n';
      let proxy = '0\nACAD_PROXY_ENTITY\n8\n0\n90\n498\n92\n3000000\n';
      const chunk = 'A1B2C3D4'.repeat(16);
      while (proxy.length < 3 * MB) proxy += `310\n${chunk}\n`;
      const text = small.replace('0\nSECTION\n2\nENTITIES\n', `${blocks}0\nSECTION\n2\nENTITIES\n${proxy}`);
      const { calls, result } = record(text);
      const reads = calls.filter((c) => c.stage === 'read');
      expect(reads.length).toBeGreaterThanOrEqual(8);
      expect(reads.length).toBeLessThanOrEqual(9);
      // a TEXT in a block is about 80 bytes, a proxy entity's group about 140
      expectSteps(reads, 200);
      expect(result.cutLength).toBeCloseTo(analyzeDxfSync(small).cutLength, 9);
      expect(result.warnings.find((w) => w.code === 'IGNORED_ENTITY')).toBeDefined();
    });
  });

  it('reports the result being built of a big drawing before each part asked for', () => {
    const { calls } = record(bytes, { geometry: true, healed: true, sequence: true });
    // once for the contours, then the paths, the healed drawing and the cut sequence
    expect(calls.map((c) => c.stage).slice(-6)).toEqual(['measure', 'result', 'result', 'result', 'result', 'done']);
    expect(new Set(calls.filter((c) => c.stage === 'result').map((c) => c.segments))).toEqual(new Set([sheet.plates * 8]));
  }, 30_000);

  it('calls read, pack, measure and done once for a small drawing', () => {
    const { calls } = record(small);
    expect(calls.map((c) => c.stage)).toEqual(['read', 'pack', 'measure', 'done']);
    expect(calls[3]).toMatchObject({ bytesRead: small.length, totalBytes: small.length, entities: 2, segments: 5 });
  });

  it('reports the start and end of reading with the dxf-parser reader', async () => {
    await loadReferenceReader();
    const { calls, result } = record(small, { reader: 'dxf-parser' });
    expect(calls.map((c) => c.stage)).toEqual(['read', 'pack', 'measure', 'done']);
    expect(calls.map((c) => c.bytesRead)).toEqual([0, small.length, small.length, small.length]);
    expect(result).toEqual(analyzeDxfSync(small, { reader: 'dxf-parser' }));
  });

  it('lets an exception from the callback out as it was thrown, stopping the analysis', () => {
    const stop = new Error('stop');
    let calls = 0;
    expect(() => analyzeDxfSync(bytes, { onProgress: (p) => { calls++; if (p.bytesRead >= 2 * MB) throw stop; } })).toThrow(stop);
    expect(calls).toBe(3);
    // the reader is not left reporting to it
    expect(analyzeDxfSync(bytes).pierces).toBe(sheet.plates * 5);
  });

  it('refuses an onProgress that is not a function', () => {
    expect(() => analyzeDxfSync(small, { onProgress: 'yes' as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('onProgress through the worker', () => {
  let kerf: dist.KerfWorker;
  const direct = record(bytes);
  beforeAll(async () => { kerf = await dist.createKerfWorker(); });

  it('calls the page back in order with the same figures, and the result is the same', async () => {
    const calls: AnalyzeProgress[] = [];
    const result = await kerf.analyze(bytes.slice(), { onProgress: (p) => calls.push(p) });
    expect(result).toEqual(direct.result);
    // messages on the callback's own port can trail the result's: what came is in order
    expect(calls.length).toBeGreaterThanOrEqual(direct.calls.length - 3);
    expect(calls).toEqual(direct.calls.slice(0, calls.length));
  });

  it('passes it with quote, whose other options still apply', async () => {
    // a 3 MB plate that fits a sheet: its first reports are posted long before the price
    const plate = perforatedPlate(3 * MB).text;
    const calls: AnalyzeProgress[] = [];
    const request = { material: 'S235', thickness: 3, quantity: 5 };
    const q = await kerf.quote(plate, request, { options: { units: 'mm', onProgress: (p) => calls.push(p) } });
    expect(q).toEqual(await kerf.quote(plate, request, { options: { units: 'mm' } }));
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(calls[0]).toMatchObject({ stage: 'read', bytesRead: 0 });
  });

  it('says nothing more of an aborted request', async () => {
    const ctl = new AbortController();
    const calls: AnalyzeProgress[] = [];
    const stale = kerf.analyze(bytes.slice(), { onProgress: (p) => calls.push(p) }, ctl.signal);
    ctl.abort();
    await expect(stale).rejects.toMatchObject({ code: 'ABORTED' });
    await kerf.analyze(small); // the worker has finished the stale one
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toEqual([]);
  });
});
