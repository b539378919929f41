import { css } from 'lit';

export const styles = css`
  section > h3 { margin-top: 0; }
  h4 { margin: 0 0 var(--_space); font-size: 1em; }
  .offer { display: grid; gap: var(--kerf-admin-company-articles-gap, calc(var(--_space) * 2)); }
  .filters { display: grid; gap: var(--_space); grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr)); margin-bottom: var(--_space); }
  th[scope='row'] { font-weight: 400; color: var(--_fg); font-size: 1em; }
  th[scope='row'] .number { font-weight: 600; }
  .price { display: flex; flex-wrap: wrap; gap: 6px; }
  .price select { width: auto; }
  .price input { width: 7em; }
  td input[type='checkbox'] { width: auto; min-height: auto; }
  td input[name='discount'] { width: 7em; }
  td input[name='customerArticleNumber'], td input[name='customerName'] { min-width: 8em; }
  .company-price { font-weight: 600; }
  .company-price.hidden { color: var(--kerf-admin-company-articles-hidden, var(--_muted)); font-weight: 400; }
  .field-error { display: block; color: var(--_danger); font-size: 0.95em; }
  .ok { color: var(--_success); }
  td.actions-cell { white-space: nowrap; }
  @container (max-width: 640px) {
    table.cards th[scope='row'] { display: block; width: 100%; border: 0; padding: 0.25em 0.75em; }
    .price input { width: 100%; }
  }
`;
