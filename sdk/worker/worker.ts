// Worker entry: runs analysis and pricing off the main thread. In a browser it is a module
// worker; in Node a worker_threads worker (comlink's node adapter).
import { expose, releaseProxy, type Remote } from 'comlink';
import { analyzeDxfSync } from '../analyze.js';
import { isKerfError } from '../errors.js';
import { loadCatalog } from '../pricing/catalog.js';
import { DEFAULT_CATALOG } from '../pricing/default-catalog.js';
import { DEFAULT_PROFILE, mergeProfile } from '../pricing/profile.js';
import { quote } from '../pricing/quote.js';
import type { AnalyzeOptions, AnalyzeProgress } from '../types.js';
import type { KerfWorkerApi, ProgressCallback, WireError } from './protocol.js';

const defaultCatalog = loadCatalog(DEFAULT_CATALOG);

/** Run fn; a thrown error leaves as a plain {code, message}, which crosses postMessage intact. */
function wire<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const out: WireError = isKerfError(e) ? { code: e.code, message: e.message } : { code: 'INTERNAL_ERROR', message: 'Unexpected error in the worker.' };
    throw out;
  }
}

/**
 * Analyze with the page's progress proxy, if any. Each call posts a message to the page at once
 * (the analysis is synchronous, the page is not); the page's answers are not waited for, and the
 * proxy's port is released when the analysis is over.
 */
function analyzeReporting(drawing: ArrayBuffer, options: AnalyzeOptions | undefined, onProgress: ProgressCallback | undefined) {
  if (!onProgress) return analyzeDxfSync(new Uint8Array(drawing), options);
  const remote = onProgress as Remote<ProgressCallback>;
  const report = (p: AnalyzeProgress) => { remote(p).catch(() => {}); };
  try {
    return analyzeDxfSync(new Uint8Array(drawing), { ...options, onProgress: report });
  } finally {
    remote[releaseProxy]();
  }
}

const api: KerfWorkerApi = {
  analyze: (drawing, options, onProgress) => wire(() => analyzeReporting(drawing, options, onProgress)),
  quote: (drawing, request, options, catalog, profile, onProgress) => wire(() => {
    const metrics = analyzeReporting(drawing, options, onProgress);
    return quote(metrics, request, catalog ? loadCatalog(catalog) : defaultCatalog, mergeProfile(DEFAULT_PROFILE, profile));
  }),
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
