/**
 * axe-core in a page, fast. `AxeBuilder.analyze()` (@axe-core/playwright) injects axe's 550 KB source
 * on every call, runs it in partial mode and finishes the run in a new blank page, about 0.6 s a
 * check; the component and e2e tests check dozens of views. For a page without frames the result is
 * the same as one `axe.run()` in the page, with the source injected once per document: that is
 * what this does (a page with frames still goes through AxeBuilder, which checks inside them).
 *
 * @example
 * const { violations } = await axe(page, { include: 'kerf-configurator' });
 */
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';

// the axe-core that @axe-core/playwright itself uses
const require = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const source: string = require('axe-core').source;

/** The part of a Playwright page (playwright-core's or @playwright/test's) that axe needs. */
interface AxePage {
  frames(): unknown[];
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(expression: string): Promise<R>;
}

export interface AxeOptions {
  /** Check only under this selector (AxeBuilder's `include`). */
  include?: string;
  /** Rules not to run (AxeBuilder's `disableRules`). */
  disableRules?: string[];
}

/** axe's full result for the page (as `new AxeBuilder({ page }).include(…).disableRules(…).analyze()`). */
export async function axe(page: AxePage, options: AxeOptions = {}): Promise<AxeResults> {
  if (page.frames().length > 1) {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    let builder = new AxeBuilder({ page: page as never });
    if (options.include) builder = builder.include(options.include);
    if (options.disableRules) builder = builder.disableRules(options.disableRules);
    return builder.analyze();
  }
  if (!(await page.evaluate<boolean>('typeof window.axe === "object"'))) await page.evaluate<void>(source);
  return page.evaluate(({ include, disableRules }) => {
    const w = window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } };
    const rules = Object.fromEntries((disableRules ?? []).map((id) => [id, { enabled: false }]));
    return w.axe.run(include ? { include: [include] } : document, { rules });
  }, { include: options.include, disableRules: options.disableRules });
}
