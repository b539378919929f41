import { css } from 'lit';

export const styles = css`
  .filters { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; margin-bottom: calc(var(--_space) * 2); }
  .filters label { width: min(260px, 100%); }
  section { margin-top: calc(var(--_space) * 3); }
  table.wide { min-width: 56em; }
  table.wide th, table.wide td { padding: 0.25em 0.45em; border-bottom: 1px solid var(--_border); text-align: left; white-space: nowrap; }
  table.wide .num { text-align: right; font-variant-numeric: tabular-nums; }
  tr.group-start th, tr.group-start td { border-top: 2px solid var(--_border); }
  .small { font-size: 0.85em; }
  details summary { cursor: pointer; color: var(--_muted); }
`;
