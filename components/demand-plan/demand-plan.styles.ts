import { css } from 'lit';

export const styles = css`
  :host { display: block; container-type: inline-size; }
  h2 { margin: 0 0 var(--_space); }
  section { margin-top: calc(var(--_space) * 3); }
  .grid-wrap { overflow-x: auto; border: 1px solid var(--_border); border-radius: var(--_radius); }
  table.plan { border-collapse: collapse; width: 100%; min-width: 60em; }
  table.plan th, table.plan td { padding: 0.3em 0.4em; border-bottom: 1px solid var(--_border); text-align: left; vertical-align: middle; }
  table.plan th[scope='row'] { position: sticky; left: 0; background: var(--kerf-demand-plan-item-background, var(--_bg)); min-width: 12em; max-width: 18em; overflow-wrap: anywhere; }
  table.plan input { width: 5.5em; min-height: 2em; padding: 0.15em 0.3em; text-align: right; font-variant-numeric: tabular-nums; }
  table.plan input.changed { border-color: var(--_primary); outline: 1px solid var(--_primary); }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  .muted { color: var(--_muted); }
  .small { font-size: 0.85em; }
  .toolbar { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; margin: var(--_space) 0; }
  .toolbar label { width: min(320px, 100%); }
  .ok { color: var(--_success); }
  .bad { color: var(--_danger); }
  ul.reports { list-style: none; padding: 0; margin: 0; }
  ul.reports li { padding: 0.3em 0; border-bottom: 1px solid var(--_border); }
  table.result td, table.result th { padding: 0.25em 0.5em; border-bottom: 1px solid var(--_border); text-align: left; }
`;
