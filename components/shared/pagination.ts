import { html, nothing, type TemplateResult } from 'lit';

/**
 * "Previous · page n of m · Next" for a paged list (`part="pagination"`), nothing for one page;
 * the buttons are disabled at the ends and while a page is loading.
 */
export function pagination(o: {
  page: number; pages: number; pending: boolean; go: (page: number) => void;
  label: string; previous: string; next: string; pageOf: (page: number, pages: number) => string;
}): TemplateResult | typeof nothing {
  if (o.pages <= 1) return nothing;
  return html`<nav class="pagination" part="pagination" aria-label=${o.label}>
    <button ?disabled=${o.page <= 1 || o.pending} @click=${() => o.go(Math.max(1, o.page - 1))}>${o.previous}</button>
    <span aria-current="page">${o.pageOf(o.page, o.pages)}</span>
    <button ?disabled=${o.page >= o.pages || o.pending} @click=${() => o.go(Math.min(o.pages, o.page + 1))}>${o.next}</button>
  </nav>`;
}
