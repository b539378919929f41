/**
 * Quoting in the browser, loaded on first use: the worker (WASM core and DXF reader inside), the
 * templates, the catalog defaults and the preview. The script a page loads first stays small;
 * this chunk arrives when a drawing or template is first quoted.
 */
import type { QuotingRuntime } from './quoting-runtime.js';

let runtime: Promise<QuotingRuntime> | null = null;

export function quotingRuntime(): Promise<QuotingRuntime> {
  runtime ??= import('./quoting-runtime.js').then((m) => m.createRuntime());
  return runtime;
}

export type { QuotingRuntime };
