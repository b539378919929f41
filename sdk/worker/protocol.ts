// The worker's protocol, in one place (comlink's habit): what the page may ask of the worker.
import type { CatalogInput } from '../pricing/catalog.js';
import type { PricingOverrides } from '../pricing/profile.js';
import type { Quote, QuoteRequest } from '../pricing/quote.js';
import type { AnalyzeOptions, AnalyzeResult } from '../types.js';

/** An error as it crosses the worker boundary: the code survives, the class does not. */
export interface WireError {
  code: string;
  message: string;
}

/** What the worker exposes. Drawings travel as transferred ArrayBuffers (UTF-8 DXF text). */
export interface KerfWorkerApi {
  analyze(drawing: ArrayBuffer, options?: AnalyzeOptions): AnalyzeResult;
  /** Analyze and price; catalog and profile default to the built-in demo ones. */
  quote(
    drawing: ArrayBuffer,
    request: QuoteRequest,
    options?: AnalyzeOptions,
    catalog?: CatalogInput,
    profile?: PricingOverrides,
  ): Quote;
}
