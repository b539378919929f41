// Worker entry: runs analysis and pricing off the main thread. In a browser it is a module
// worker; in Node a worker_threads worker (comlink's node adapter).
import { expose, releaseProxy, type Remote } from 'comlink';
import { analyzeDxfSync } from '../analyze.js';
import { readDxfBytes, releaseTapes } from '../dxf/kerf-reader.js';
import { checkLayerOverrides, LayerRoles, type LayerState } from '../dxf/layers.js';
import { isKerfError } from '../errors.js';
import { writeHealedDxf } from '../heal/write-healed-dxf.js';
import { nest } from '../nest/nest.js';
import { loadCatalog } from '../pricing/catalog.js';
import { DEFAULT_CATALOG } from '../pricing/default-catalog.js';
import { DEFAULT_PROFILE, mergeProfile } from '../pricing/profile.js';
import { quote } from '../pricing/quote.js';
import type { AnalyzeOptions, AnalyzeProgress, LayerInfo, LayerRole } from '../types.js';
import type { KerfWorkerApi, ProgressCallback, WireError } from './protocol.js';

const defaultCatalog = loadCatalog(DEFAULT_CATALOG);

/** Run fn; a thrown error leaves as a plain {code, message}, which crosses postMessage intact. */
function wire<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const layers = (e as { layers?: LayerInfo[] }).layers;
    const out: WireError = isKerfError(e)
      ? { code: e.code, message: e.message, ...(layers ? { layers } : {}) }
      : { code: 'INTERNAL_ERROR', message: 'Unexpected error in the worker.' };
    throw out;
  }
}

/**
 * Analyze with the page's progress proxy, if any. Each call posts a message to the page at once
 * (the analysis is synchronous, the page is not); the page's answers are not waited for, and the
 * proxy's port is released when the analysis is over.
 */
function analyzeReporting(drawing: ArrayBuffer, options: AnalyzeOptions | undefined, onProgress: ProgressCallback | undefined) {
  try {
    if (!onProgress) return analyzeDxfSync(new Uint8Array(drawing), options);
    const remote = onProgress as Remote<ProgressCallback>;
    const report = (p: AnalyzeProgress) => { remote(p).catch(() => {}); };
    try {
      return analyzeDxfSync(new Uint8Array(drawing), { ...options, onProgress: report });
    } finally {
      remote[releaseProxy]();
    }
  } catch (e) {
    if (isKerfError(e) && e.code === 'NO_CUT_GEOMETRY') {
      const layers = layersOf(new Uint8Array(drawing), options);
      if (layers) Object.assign(e, { layers });
    }
    throw e;
  }
}

/**
 * For a drawing with nothing to cut: its layers with the roles they were given, each measured as
 * if it were cut, so that a UI can offer to cut one (a German outline layer "Kante" reads as bend
 * lines, a logo layer "Text" as engraving). Undefined when no layer holds anything to cut either.
 */
function layersOf(bytes: Uint8Array, options: AnalyzeOptions | undefined): LayerInfo[] | undefined {
  let names: string[], table: LayerState[];
  try {
    const drawing = readDxfBytes(bytes);
    // every name the drawing uses (layers among them); overriding a name that is no layer changes nothing
    names = [...drawing.names, ...drawing.layers.map((l) => l.name)];
    table = drawing.layers;
  } catch {
    return undefined;
  } finally {
    releaseTapes();
  }
  const roles = new LayerRoles(table, checkLayerOverrides(options?.layers));
  const allCut: Record<string, LayerRole> = {};
  for (const n of names) allCut[n] = 'cut';
  try {
    const { onProgress: _, ...rest } = options ?? {};
    const measured = analyzeDxfSync(bytes, { ...rest, geometry: false, layers: allCut }).metrics.layers;
    return measured.map((l) => ({ ...l, role: roles.decide(l.name).role }));
  } catch {
    return undefined;
  }
}

const api: KerfWorkerApi = {
  analyze: (drawing, options, onProgress) => wire(() => analyzeReporting(drawing, options, onProgress)),
  healedDxf: (drawing, options) => wire(() => {
    const { onProgress: _, ...rest } = options ?? {};
    return writeHealedDxf(analyzeDxfSync(new Uint8Array(drawing), { ...rest, geometry: false, healed: true }));
  }),
  quote: (drawing, request, options, catalog, profile, onProgress) => wire(() => {
    const metrics = analyzeReporting(drawing, options, onProgress);
    return quote(metrics, request, catalog ? loadCatalog(catalog) : defaultCatalog, mergeProfile(DEFAULT_PROFILE, profile));
  }),
  nest: (items, options) => wire(() => nest(items, options)),
};

const isBrowserWorker = typeof (globalThis as { importScripts?: unknown }).importScripts === 'function'
  || (typeof self !== 'undefined' && typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined');
if (isBrowserWorker) {
  expose(api);
} else {
  // specifiers in variables: bundlers for the browser must not try to resolve Node's modules
  const threads = 'node:worker_threads', adapter = 'comlink/dist/esm/node-adapter.mjs';
  const { parentPort } = (await import(threads)) as typeof import('node:worker_threads');
  const nodeEndpoint = ((await import(adapter)) as { default: (p: unknown) => Parameters<typeof expose>[1] }).default;
  if (parentPort) expose(api, nodeEndpoint(parentPort));
}
