// The worker's protocol, in one place (comlink's habit): what the page may ask of the worker.
import type { NestItem, NestLayout, NestOptions } from '../nest/nest.js';
import type { CatalogInput } from '../pricing/catalog.js';
import type { PricingOverrides } from '../pricing/profile.js';
import type { Quote, QuoteRequest } from '../pricing/quote.js';
import type { AnalyzeOptions, AnalyzeProgress, AnalyzeResult, LayerInfo } from '../types.js';

/** An error as it crosses the worker boundary: the code survives, the class does not. */
export interface WireError {
  code: string;
  message: string;
  /** NO_CUT_GEOMETRY: the drawing's layers with their roles, each measured as if cut. */
  layers?: LayerInfo[];
}

/**
 * The page's progress callback as the worker holds it: a comlink proxy (`proxy(fn)` on the page),
 * whose calls are messages back to the page while the worker stays busy.
 */
export type ProgressCallback = (progress: AnalyzeProgress) => void;

/**
 * What the worker exposes. Drawings travel as transferred ArrayBuffers (UTF-8 DXF text). Options
 * travel without `onProgress` (a function cannot be cloned): it comes apart, as a proxy.
 */
export interface KerfWorkerApi {
  analyze(drawing: ArrayBuffer, options?: AnalyzeOptions, onProgress?: ProgressCallback): AnalyzeResult;
  /** Analyze and write the healed drawing (writeHealedDxf): DXF text. */
  healedDxf(drawing: ArrayBuffer, options?: AnalyzeOptions): string;
  /** Analyze and price; catalog and profile default to the built-in demo ones. */
  quote(
    drawing: ArrayBuffer,
    request: QuoteRequest,
    options?: AnalyzeOptions,
    catalog?: CatalogInput,
    profile?: PricingOverrides,
    onProgress?: ProgressCallback,
  ): Quote;
  /** Nest parts onto sheets (sdk/nest/nest.ts): outlines in, the layout out. */
  nest(items: NestItem[], options: NestOptions): NestLayout;
}
