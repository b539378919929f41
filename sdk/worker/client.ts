import { proxy, type ProxyMarked, type Remote, transfer, wrap } from 'comlink';
import { KerfError, type KerfErrorCode } from '../errors.js';
import type { NestItem, NestLayout, NestOptions } from '../nest/nest.js';
import type { CatalogInput } from '../pricing/catalog.js';
import type { PricingOverrides } from '../pricing/profile.js';
import type { Quote, QuoteRequest } from '../pricing/quote.js';
import type { AnalyzeOptions, AnalyzeProgress, AnalyzeResult } from '../types.js';
import type { KerfWorkerApi, WireError } from './protocol.js';

/** Analysis and pricing in a worker: the page never blocks. */
export interface KerfWorker {
  /**
   * Analyze a DXF off the main thread. The drawing's bytes are transferred, not copied (a string
   * is encoded first). With `signal`, an aborted request rejects at once with code ABORTED and
   * its late result is dropped. `options.onProgress` is called on this side (through a comlink
   * proxy) while the worker reads; it hears nothing more once the request is settled or aborted.
   * A drawing with nothing to cut rejects with NO_CUT_GEOMETRY and, when it has geometry on layers
   * that are not cut, `layers` on the error: each such layer with its role, measured as if cut
   * (for a switch per layer: `{ layers: { Kante: 'cut' } }` prices it).
   * @example kerf.analyze(bytes, { onProgress: (p) => { bar.value = p.bytesRead / p.totalBytes; } })
   */
  analyze(drawing: string | ArrayBuffer | Uint8Array, options?: AnalyzeOptions, signal?: AbortSignal): Promise<AnalyzeResult>;
  /**
   * The healed drawing (see writeHealedDxf) of a DXF, made in the worker: DXF text in millimetres,
   * for a download. `options` as for analyze (layer roles, units, gap tolerance).
   * @example const text = await kerf.healedDxf(bytes, { layers }); // new Blob([text], { type: 'image/vnd.dxf' })
   */
  healedDxf(drawing: string | ArrayBuffer | Uint8Array, options?: AnalyzeOptions, signal?: AbortSignal): Promise<string>;
  /** Analyze and price in one trip. */
  quote(
    drawing: string | ArrayBuffer | Uint8Array,
    request: QuoteRequest,
    more?: { options?: AnalyzeOptions; catalog?: CatalogInput; profile?: PricingOverrides; signal?: AbortSignal },
  ): Promise<Quote>;
  /**
   * Nest parts onto sheets in the worker (see nest): the page stays responsive however long
   * `timeLimitMs` lets it improve. With `signal`, an aborted request rejects at once with ABORTED
   * (the worker finishes the pass it is in and its answer is dropped).
   * @example const layout = await kerf.nest([{ outline, quantity: 50 }], { sheets: [{ format: [3000, 1500] }], spacing: 8 });
   */
  nest(items: NestItem[], options: NestOptions, signal?: AbortSignal): Promise<NestLayout>;
  /** Stop the worker. */
  terminate(): Promise<void>;
}

function toBuffer(drawing: string | ArrayBuffer | Uint8Array): ArrayBuffer {
  if (typeof drawing === 'string') return new TextEncoder().encode(drawing).buffer as ArrayBuffer;
  if (drawing instanceof ArrayBuffer) return drawing;
  // a view: copy exactly its bytes into a buffer of its own, which can then be transferred
  return drawing.slice().buffer as ArrayBuffer;
}

function fromWire(e: unknown): KerfError {
  const w = e as Partial<WireError>;
  if (typeof w?.code !== 'string') return new KerfError('INTERNAL_ERROR', 'The worker failed.');
  const err = new KerfError(w.code as KerfErrorCode, String(w.message ?? ''));
  return Array.isArray(w.layers) ? Object.assign(err, { layers: w.layers }) : err;
}

/** The options without `onProgress` (not cloneable), and the callback as a proxy to the worker. */
type Split = { options?: AnalyzeOptions; progress?: ((p: AnalyzeProgress) => void) & ProxyMarked; settle(): void };

function split(options: AnalyzeOptions | undefined, signal?: AbortSignal): Split {
  const fn = options?.onProgress;
  if (!fn) return { options, settle: () => {} };
  const { onProgress: _, ...rest } = options;
  // late messages of a settled or aborted request (the worker runs on) are dropped here
  let live = true;
  return {
    options: rest,
    progress: proxy((p: AnalyzeProgress) => { if (live && !signal?.aborted) fn(p); }),
    settle: () => { live = false; },
  };
}

function abortable<T>(call: () => Promise<T>, signal?: AbortSignal, settle?: () => void): Promise<T> {
  if (signal?.aborted) return Promise.reject(new KerfError('ABORTED', 'The request was aborted.'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new KerfError('ABORTED', 'The request was aborted.'));
    signal?.addEventListener('abort', onAbort, { once: true });
    call().then(resolve, (e) => reject(fromWire(e))).finally(() => {
      settle?.();
      signal?.removeEventListener('abort', onAbort);
    });
  });
}

/**
 * Start a Kerf worker: a module Worker in browsers, a worker_threads Worker in Node.
 * @example
 * const kerf = await createKerfWorker();
 * const ctl = new AbortController();
 * const r = await kerf.analyze(await file.arrayBuffer(), {}, ctl.signal);
 */
export async function createKerfWorker(): Promise<KerfWorker> {
  const url = new URL('./worker.js', import.meta.url);
  let remote: Remote<KerfWorkerApi>;
  let stop: () => Promise<void>;
  if (typeof Worker !== 'undefined') {
    // a page on another origin (a shop's site loading Kerf from the portal) may not start a worker
    // from the portal's URL directly; a same-origin blob that imports it (with CORS) may
    const crossOrigin = typeof location !== 'undefined' && url.origin !== location.origin;
    const w = crossOrigin
      ? new Worker(URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' })), { type: 'module' })
      : new Worker(url, { type: 'module' });
    remote = wrap<KerfWorkerApi>(w);
    stop = async () => w.terminate();
  } else {
    const threads = 'node:worker_threads', adapter = 'comlink/dist/esm/node-adapter.mjs';
    const { Worker: NodeWorker } = (await import(threads)) as typeof import('node:worker_threads');
    const nodeEndpoint = ((await import(adapter)) as { default: (p: unknown) => Parameters<typeof wrap>[0] }).default;
    const w = new NodeWorker(url);
    w.unref(); // an idle worker must not keep a Node process alive
    remote = wrap<KerfWorkerApi>(nodeEndpoint(w));
    stop = async () => { await w.terminate(); };
  }
  return {
    analyze(drawing, options, signal) {
      const buf = toBuffer(drawing);
      const s = split(options, signal);
      return abortable(() => remote.analyze(transfer(buf, [buf]), s.options, s.progress) as Promise<AnalyzeResult>, signal, s.settle);
    },
    healedDxf(drawing, options, signal) {
      const buf = toBuffer(drawing);
      const { onProgress: _, ...rest } = options ?? {};
      return abortable(() => remote.healedDxf(transfer(buf, [buf]), rest) as Promise<string>, signal);
    },
    quote(drawing, request, more = {}) {
      const buf = toBuffer(drawing);
      const s = split(more.options, more.signal);
      return abortable(
        () => remote.quote(transfer(buf, [buf]), request, s.options, more.catalog, more.profile, s.progress) as Promise<Quote>,
        more.signal,
        s.settle,
      );
    },
    nest(items, options, signal) {
      return abortable(() => remote.nest(items, options) as Promise<NestLayout>, signal);
    },
    terminate: () => stop(),
  };
}
