// The worker runs the compiled SDK (dist/, built by `npm test`): Node's worker_threads cannot
// load TypeScript sources.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sdk from '../../dist/sdk/index.js';

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

  it('aborts a stale request at once and keeps serving the next one', async () => {
    const ctl = new AbortController();
    const stale = kerf.analyze(samples[0][1], {}, ctl.signal);
    ctl.abort();
    await expect(stale).rejects.toMatchObject({ code: 'ABORTED' });
    const fresh = await kerf.analyze(samples[0][1]);
    expect(fresh.pierces).toBeGreaterThan(0);
  });
});
