import { css } from 'lit';

export const styles = css`
  .filters { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; justify-content: space-between; margin-bottom: calc(var(--_space) * 2); }
  .filters label { min-width: min(260px, 100%); }
  section.group { margin-bottom: calc(var(--_space) * 3); }
  section.group h3 { display: flex; gap: var(--_space); align-items: center; }
  .detail { display: grid; gap: calc(var(--_space) * 2); grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); align-items: start; }
  .detail > .main, .detail > .side { display: grid; gap: calc(var(--_space) * 2); min-width: 0; }
  @container (max-width: 900px) { .detail { grid-template-columns: minmax(0, 1fr); } }
  .addresses { display: grid; gap: var(--_space); grid-template-columns: repeat(auto-fit, minmax(min(100%, 200px), 1fr)); }
  address { font-style: normal; white-space: pre-line; }
  ol.history { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
  ol.history li { border-inline-start: 3px solid var(--kerf-admin-orders-accent, var(--_primary)); padding-inline-start: var(--_space); }
  ol.history time { color: var(--_muted); font-size: 0.9em; display: block; }
  tfoot td { font-weight: 600; }
  .totals { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 2); margin-top: var(--_space); }
  .totals strong { font-variant-numeric: tabular-nums; }
  form { display: grid; gap: calc(var(--_space) * 1.5); }
  h3 { font-size: 1.05em; }
  details.nest summary { cursor: pointer; font-weight: 600; }
  details.nest[open] summary { margin-bottom: calc(var(--_space) * 1.5); }
  details.export { position: relative; }
  details.export summary { cursor: pointer; padding: 0.3em 0.8em; border: 1px solid var(--_border); border-radius: var(--_radius); list-style: none; }
  details.export ul { position: absolute; right: 0; z-index: 2; margin: 4px 0 0; padding: 0.4em 0; list-style: none; min-width: 14em;
    background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); box-shadow: 0 4px 16px rgb(0 0 0 / 0.15); }
  details.export li a { display: block; padding: 0.35em 1em; }
`;
