import { KerfError } from '../../sdk/errors.js';
import { DEFAULT_CATALOG } from '../../sdk/pricing/default-catalog.js';
import { DEFAULT_PROFILE } from '../../sdk/pricing/default-profile.js';
import type { CatalogInput } from '../../sdk/pricing/catalog.js';
import type { PricingOverrides } from '../../sdk/pricing/profile.js';
import type { Quote, QuoteRequest } from '../../sdk/pricing/quote.js';
import { findHoles, tapHoles } from '../../sdk/pricing/finishing.js';
import { previewSvg } from '../../sdk/preview/preview-svg.js';
import { generateTemplate, listTemplates, resolveTemplateParams } from '../../sdk/shapes/index.js';
import { createKerfWorker, type KerfWorker } from '../../sdk/worker/client.js';
import type { AnalyzeOptions } from '../../sdk/types.js';

export interface QuotingRuntime {
  /** Analyze (with contour geometry for the preview) and price in the worker. */
  quote(drawing: ArrayBuffer | Uint8Array | string, request: QuoteRequest, more: {
    options?: AnalyzeOptions; catalog?: CatalogInput; profile?: PricingOverrides; signal?: AbortSignal;
  }): Promise<Quote>;
  listTemplates: typeof listTemplates;
  generateTemplate: typeof generateTemplate;
  resolveTemplateParams: typeof resolveTemplateParams;
  previewSvg: typeof previewSvg;
  /** The part's round holes, and those that are tap drills by thread (for the finishing choices). */
  findHoles: typeof findHoles;
  tapHoles: typeof tapHoles;
  defaultCatalog: CatalogInput;
  defaultProfile: PricingOverrides;
  worker: KerfWorker;
}

export async function createRuntime(): Promise<QuotingRuntime> {
  const worker = await createKerfWorker();
  return {
    quote: (drawing, request, more) => worker.quote(drawing, request, {
      ...more,
      options: { geometry: true, ...more.options },
    }),
    listTemplates,
    generateTemplate,
    resolveTemplateParams,
    previewSvg,
    findHoles,
    tapHoles,
    defaultCatalog: DEFAULT_CATALOG,
    defaultProfile: DEFAULT_PROFILE,
    worker,
  };
}

export { KerfError };
