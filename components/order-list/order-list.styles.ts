import { css } from 'lit';

/** Status badges shared by the order views: the word always shows, the colour only helps. */
export const statusBadges = css`
  .badge.status { border-color: var(--_status, var(--_border)); }
  .badge.status::before { content: ''; display: inline-block; width: 0.55em; height: 0.55em; border-radius: 50%; margin-right: 0.4em; background: var(--_status, var(--_muted)); }
  .status-pending_approval { --_status: var(--_warning); }
  .status-released, .status-in_production { --_status: var(--_primary); }
  .status-shipped, .status-completed { --_status: var(--_success); }
  .status-rejected, .status-cancelled { --_status: var(--_danger); }
`;

export const orderListStyles = css`
  :host {
    container-type: inline-size;
    --_accent: var(--kerf-order-list-accent, var(--_primary));
  }
  .head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: var(--_space); }
  h2 { margin: 0 0 var(--_space); }
  .filters { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: calc(var(--_space) * 1.5); }
  .filters button { min-height: 2.2em; padding: 0.25em 0.75em; border-radius: 999px; font-size: 0.92em; }
  .filters button[aria-pressed='true'] { background: var(--_accent); color: var(--_on-primary); border-color: var(--_accent); font-weight: 600; }
  .count { font-variant-numeric: tabular-nums; opacity: 0.85; margin-left: 0.35em; }
  th button.sort {
    all: unset; cursor: pointer; font: inherit; color: inherit; display: inline-flex; gap: 0.3em; align-items: center;
  }
  th button.sort:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .arrow { font-size: 0.8em; opacity: 0.8; }
  td a { font-weight: 600; }
  tbody tr:hover { background: var(--_bg-2); }
  .empty { padding: calc(var(--_space) * 3) var(--_space); text-align: center; color: var(--_muted); }
  .state { padding: calc(var(--_space) * 2) 0; }
  table[aria-busy='true'] { opacity: 0.6; }
  @container (max-width: 560px) {
    table, tbody, tr, td { display: block; width: 100%; }
    thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    tr { border: 1px solid var(--_border); border-radius: var(--_radius); margin-bottom: var(--_space); padding: calc(var(--_space) * 0.75) var(--_space); background: var(--_bg); }
    td { border: none; padding: 0.2em 0; display: flex; justify-content: space-between; gap: var(--_space); text-align: right; }
    td.num { text-align: right; }
    td::before { content: attr(data-label); color: var(--_muted); font-size: 0.9em; text-align: left; }
    td.primary { font-size: 1.05em; }
  }
`;
