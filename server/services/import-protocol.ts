// The import worker's protocol, in one place: what the server sends a calculation thread and
// what comes back. Plain structured-clone data; the drawing travels as a transferred ArrayBuffer.
import type { AnalyzeResult, Catalog, PricingProfile } from '../../sdk/index.js';

/** One row to calculate: analyze the drawing, and price it when material, thickness and quantity are valid. */
export interface CalcJob {
  id: number;
  /** The DXF bytes (transferred, not copied). */
  drawing: ArrayBuffer;
  /** Layer roles over what the drawing's layer names say (the import's and the row's). */
  layers?: Record<string, 'cut' | 'engrave' | 'bend' | 'ignore'> | null;
  price: { material: string; thickness: number; quantity: number; catalog: Catalog; profile: PricingProfile } | null;
}

/** A stable code and the analyzer's or pricing's own (English) sentence. */
export interface CalcError {
  code: string;
  message: string;
}

export interface CalcResult {
  id: number;
  /** Null when the drawing cannot be analyzed (then `error` says why). */
  metrics: AnalyzeResult | null;
  error: CalcError | null;
  /** One piece at the row's quantity, cents; null without a price request or when it failed (`priceError`). */
  quote: { unitPrice: number; total: number; weight: number; warnings: CalcError[] } | null;
  priceError: CalcError | null;
}
