import { css } from 'lit';

export const styles = css`
  :host { container-type: inline-size; }
  .head { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: baseline; justify-content: space-between; margin-bottom: var(--_space); }
  .head h2 { margin: 0; }
  form.period { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; margin-bottom: calc(var(--_space) * 2); }
  form.period label { width: min(200px, 100%); }
  form.period label.company { width: min(320px, 100%); }
  .presets { display: flex; flex-wrap: wrap; gap: 6px; }
  .downloads { display: flex; flex-wrap: wrap; gap: var(--_space); }
  a.button { display: inline-flex; align-items: center; text-decoration: none; }
  .summary { display: grid; gap: var(--_space); grid-template-columns: repeat(auto-fill, minmax(min(100%, 128px), 1fr)); margin: 0 0 calc(var(--_space) * 2); }
  .summary div { background: var(--kerf-statement-tile-background, var(--_bg-2)); border-radius: var(--_radius); padding: var(--_space) calc(var(--_space) * 1.5); }
  .summary dt { color: var(--_muted); font-size: 0.9em; }
  .summary dd { margin: 0; font-size: 1.15em; font-weight: 600; font-variant-numeric: tabular-nums; }
  .summary .closing dd { color: var(--_primary); }
  section { margin-top: calc(var(--_space) * 3); }
  tr.balance td { font-weight: 600; background: var(--_bg-2); }
  td.kind { white-space: nowrap; }
  td.doc { color: var(--_muted); overflow-wrap: anywhere; }
  td.dim { color: var(--_muted); }
  .overdue { color: var(--_danger); }
  .aging { display: grid; gap: var(--_space); grid-template-columns: repeat(5, minmax(0, 1fr)); margin: 0 0 calc(var(--_space) * 1.5); padding: 0; list-style: none; }
  .aging li { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); }
  .aging li .bar { height: 6px; border-radius: 3px; background: var(--_primary); margin-top: 6px; min-width: 2px; }
  .aging li.total { border-color: var(--_primary); }
  .aging .label { color: var(--_muted); font-size: 0.9em; display: block; }
  .aging .amount { font-weight: 600; font-variant-numeric: tabular-nums; }
  .note { font-size: 0.9em; }
  @container (max-width: 640px) {
    .aging { grid-template-columns: repeat(2, minmax(0, 1fr)); }
    table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
    table.cards tr { border: 1px solid var(--_border); border-radius: var(--_radius); margin-bottom: var(--_space); padding: 4px 0; }
    table.cards td { border: 0; display: grid; grid-template-columns: minmax(7em, 40%) 1fr; gap: var(--_space); text-align: left; padding: 0.2em 0.75em; }
    table.cards td::before { content: attr(data-label); color: var(--_muted); font-size: 0.9em; }
    table.cards td:empty { display: none; }
  }
`;
