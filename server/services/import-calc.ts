/**
 * The calculation of one import row with the SDK: exactly what POST /api/parts does for an upload
 * (analyze, then quote at the company's catalog and profile). Pure and synchronous, so it runs the
 * same in a worker thread (import-worker.ts) and, when no built worker exists, in-process.
 */
import { analyzeDxfSync, isKerfError, quote, type AnalyzeResult } from '../../sdk/index.js';
import type { CalcError, CalcJob, CalcResult } from './import-protocol.js';

function wire(e: unknown): CalcError {
  return isKerfError(e) ? { code: e.code, message: e.message } : { code: 'INTERNAL_ERROR', message: 'The drawing could not be calculated.' };
}

/** Analyze and price one row; errors come back as codes, never thrown. */
export function calculate(job: CalcJob): CalcResult {
  let metrics: AnalyzeResult;
  try {
    metrics = analyzeDxfSync(new Uint8Array(job.drawing), job.layers ? { layers: job.layers } : {});
  } catch (e) {
    return { id: job.id, metrics: null, error: wire(e), quote: null, priceError: null };
  }
  if (!job.price) return { id: job.id, metrics, error: null, quote: null, priceError: null };
  try {
    const { material, thickness, quantity, catalog, profile } = job.price;
    const q = quote(metrics, { material, thickness, quantity }, catalog, profile);
    return {
      id: job.id, metrics, error: null, priceError: null,
      quote: { unitPrice: q.unitPrice, total: q.total, weight: q.weight, warnings: q.warnings.map((w) => ({ code: w.code, message: w.message })) },
    };
  } catch (e) {
    return { id: job.id, metrics, error: null, quote: null, priceError: wire(e) };
  }
}
