// The worker runs the compiled SDK (dist/, built by `npm test`): Node's worker_threads cannot
// load TypeScript sources.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sdk from '../../dist/sdk/index.js';
import { circle, dxf, line as lineEnt, lwpolyline, text } from '../helpers/dxf.js';

const drawings = new URL('../../demo/drawings/', import.meta.url);
const samples = readdirSync(drawings).filter((f) => f.endsWith('.dxf')).map((f) => [f, readFileSync(new URL(f, drawings), 'utf8')] as const);
const line = { material: 'S235', thickness: 3, quantity: 25 };

describe('createKerfWorker (Node worker_threads)', () => {
  let kerf: sdk.KerfWorker;
  beforeAll(async () => {
    kerf = await sdk.createKerfWorker();
  });
  afterAll(async () => {
    await kerf.terminate();
  });

  describe('gives the same answers as the SDK on the main thread', () => {
    for (const [name, text] of samples) {
      it(`analyzes and quotes ${name} identically`, async () => {
        expect(await kerf.analyze(text)).toEqual(sdk.analyzeDxfSync(text));
        const direct = sdk.quote(sdk.analyzeDxfSync(text), line, sdk.loadCatalog(sdk.DEFAULT_CATALOG), sdk.DEFAULT_PROFILE);
        expect(await kerf.quote(text, line)).toEqual(direct);
      });
    }
  });

  it('writes the healed drawing as the SDK does (writeHealedDxf)', async () => {
    for (const [name, text] of samples) {
      const healed = await kerf.healedDxf(text);
      expect(healed, name).toBe(sdk.writeHealedDxf(sdk.analyzeDxfSync(text, { healed: true })));
      expect(sdk.analyzeDxfSync(healed).cutLength, name).toBeGreaterThan(0);
    }
  });

  it('nests as the SDK does (nest), true shapes and boxes', async () => {
    const outlines = samples.map(([, text]) => sdk.nestOutline(sdk.analyzeDxfSync(text, { healed: true })));
    const items = outlines.map((outline) => ({ outline, quantity: 5 }));
    const options = { sheets: [{ format: [3000, 1500] as [number, number] }], spacing: 8, maxAttempts: 2 };
    for (const method of ['true-shape', 'box'] as const) {
      const direct = sdk.nest(items, { ...options, method });
      const remote = await kerf.nest(items, { ...options, method });
      expect({ ...remote, elapsedMs: 0 }).toEqual({ ...direct, elapsedMs: 0 });
    }
    await expect(kerf.nest(items, { ...options, sheets: [{ format: [10, 10] }] })).rejects.toMatchObject({ code: 'PART_TOO_LARGE' });
  });

  it('takes a company profile and catalog', async () => {
    const [, text] = samples[0];
    const base = await kerf.quote(text, line);
    const marked = await kerf.quote(text, line, { profile: { machineRatePerHour: sdk.DEFAULT_PROFILE.machineRatePerHour * 2 } });
    expect(marked.unitPrice).toBeGreaterThan(base.unitPrice);
  });

  it('transfers the drawing buffer instead of copying it', async () => {
    const buf = new TextEncoder().encode(samples[0][1]).buffer;
    await kerf.analyze(buf);
    expect(buf.byteLength).toBe(0); // detached: it moved to the worker
  });

  it('rejects with the stable error code, as a KerfError', async () => {
    await expect(kerf.analyze('not a drawing')).rejects.toMatchObject({ code: 'DXF_PARSE_ERROR', name: 'KerfError' });
    await expect(kerf.quote(samples[0][1], { ...line, material: 'Gold' })).rejects.toMatchObject({ code: 'UNKNOWN_MATERIAL' });
  });

  it('names the layers of a drawing with nothing to cut, each with its role and measured as if cut', async () => {
    const on = (layer: string, e: string) => e.replace('\n8\n0\n', `\n8\n${layer}\n`);
    // "Kante" (edge) reads as a bend layer: the outline and the hole are not cut
    const kante = dxf([
      on('Kante', lwpolyline([[0, 0], [100, 0], [100, 50], [0, 50]], true)), on('Kante', circle(50, 25, 10)),
      on('Bemaßung', lineEnt(0, -10, 100, -10)),
    ], { insunits: 4 });
    const err = await kerf.quote(kante, line).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'NO_CUT_GEOMETRY', name: 'KerfError' });
    expect((err as { layers: unknown }).layers).toEqual([
      { name: 'Kante', role: 'bend', entities: 2, length: expect.closeTo(300 + 20 * Math.PI, 6) },
      { name: 'Bemaßung', role: 'ignore', entities: 1, length: 100 },
    ]);
    // the role the page chose is the role reported
    const chosen = await kerf.analyze(kante, { layers: { Bemaßung: 'engrave', Kante: 'bend' } }).catch((e: unknown) => e);
    expect((chosen as { layers: { role: string }[] }).layers.map((l) => l.role)).toEqual(['bend', 'engrave']);
    // and cutting it prices it as the SDK does
    const cut = sdk.quote(sdk.analyzeDxfSync(kante, { layers: { Kante: 'cut' } }), line, sdk.loadCatalog(sdk.DEFAULT_CATALOG), sdk.DEFAULT_PROFILE);
    expect(await kerf.quote(kante, line, { options: { layers: { Kante: 'cut' } } })).toEqual(cut);
    // text only: nothing would be cut on any layer, no layers to offer
    const textOnly = await kerf.analyze(dxf([text(0, 0, 'Kerf')])).catch((e: unknown) => e);
    expect(textOnly).toMatchObject({ code: 'NO_CUT_GEOMETRY' });
    expect(textOnly).not.toHaveProperty('layers');
  });

  it('aborts a stale request at once and keeps serving the next one', async () => {
    const ctl = new AbortController();
    const stale = kerf.analyze(samples[0][1], {}, ctl.signal);
    ctl.abort();
    await expect(stale).rejects.toMatchObject({ code: 'ABORTED' });
    const fresh = await kerf.analyze(samples[0][1]);
    expect(fresh.pierces).toBeGreaterThan(0);
  });
});
