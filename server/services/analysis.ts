/**
 * Analysis of uploaded drawings without stalling the server: small drawings (most parts) are
 * analyzed in-process in well under a millisecond; large ones (a 50 MB sheet takes seconds) go to
 * the SDK's worker thread, so the event loop keeps answering other requests meanwhile.
 */
import { analyzeDxfSync, createKerfWorker, type AnalyzeOptions, type AnalyzeResult, type KerfWorker } from '../../sdk/index.js';

/** Above this size a drawing is analyzed off the request thread. */
export const OFF_THREAD_BYTES = 512 * 1024;

let worker: Promise<KerfWorker | null> | null = null;

function sharedWorker(): Promise<KerfWorker | null> {
  // run from the TypeScript sources (tests) there is no built worker file: analyze in-process then
  worker ??= createKerfWorker().catch(() => null);
  return worker;
}

export async function analyzeDrawing(bytes: Uint8Array, options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  if (bytes.byteLength < OFF_THREAD_BYTES) return analyzeDxfSync(bytes, options);
  const w = await sharedWorker();
  if (!w) return analyzeDxfSync(bytes, options);
  try {
    return await w.analyze(bytes, options);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'INTERNAL_ERROR') {
      // a dead worker is replaced on the next call; this drawing is analyzed here
      worker = null;
      return analyzeDxfSync(bytes, options);
    }
    throw e;
  }
}

/** Stop the worker (server shutdown). */
export async function stopAnalysisWorker(): Promise<void> {
  const w = await worker;
  worker = null;
  await w?.terminate();
}
