import { css } from 'lit';
import { controls, tokens } from '../shared/theme.js';

export const styles = [
  tokens,
  controls,
  css`
    :host {
      --_error-bg: var(--kerf-basket-error-bg, color-mix(in srgb, var(--_danger) 9%, transparent));
      container-type: inline-size;
    }
    h2 { margin-bottom: var(--_space); }
    .small { display: block; font-size: 0.88em; }
    .name { display: block; overflow-wrap: anywhere; }
    td { vertical-align: middle; }
    .qty { width: 6.5em; text-align: right; }
    tr.invalid td { background: var(--_error-bg); }
    tr.invalid td:first-child { box-shadow: inset 4px 0 0 var(--_danger); }
    td.remove { text-align: right; width: 1%; white-space: nowrap; }
    .total { display: flex; justify-content: space-between; align-items: baseline; gap: var(--_space); margin: calc(var(--_space) * 1.5) 0;
      font-size: var(--kerf-basket-total-size, 1.3em); border-top: 2px solid var(--_border); padding-top: var(--_space); }
    .total[aria-busy='true'] strong { opacity: 0.55; }
    .total strong { font-variant-numeric: tabular-nums; }
    details.sheets { margin-bottom: calc(var(--_space) * 1.5); }
    details.sheets summary { cursor: pointer; font-weight: 600; }
    details.sheets[open] summary { margin-bottom: calc(var(--_space) * 1.5); }
    .details { display: grid; gap: calc(var(--_space) * 1.5); }
    .details h3 { margin: 0; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 260px), 1fr)); gap: calc(var(--_space) * 1.5); }
    .address { display: grid; gap: 4px; align-content: start; }
    .address fieldset { margin-top: 4px; }
    fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin: 0; padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5); }
    legend { font-weight: 600; padding: 0 4px; }
    fieldset.other { display: grid; grid-template-columns: 1fr 2fr; gap: var(--_space); }
    fieldset.other .name, fieldset.other .street { grid-column: 1 / -1; }
    fieldset.other p { grid-column: 1 / -1; margin: 0; }
    .methods { display: flex; flex-wrap: wrap; gap: var(--_space) calc(var(--_space) * 2); }
    label.radio { display: inline-flex; flex-direction: row; align-items: center; gap: 6px; color: var(--_fg); font-size: 1em; }
    label.radio input { width: auto; min-height: 0; }
    .submit-row { display: grid; gap: var(--_space); justify-items: end; margin-top: calc(var(--_space) * 1.5); }
    .submit-row p { margin: 0; }
    .submit { font-size: 1.05em; padding: 0.6em 1.4em; }
    .save-state { min-height: 1.45em; }
    .empty, .error-box { display: grid; gap: var(--_space); justify-items: start; }
    .empty p, .error-box p { margin: 0; }
    .result { margin-bottom: calc(var(--_space) * 1.5); display: grid; gap: 4px; border-left: 4px solid var(--_success); }
    .result.pending { border-left-color: var(--_warning); }
    .result p { margin: 0; }
    .compact-card { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; justify-content: space-between; }
    .summary { margin: 0; display: flex; gap: calc(var(--_space) * 2); align-items: baseline; font-size: 1.1em; }
    a.button { text-decoration: none; display: inline-flex; align-items: center; }
    a.button.primary { background: var(--_primary); color: var(--_on-primary); border-color: var(--_primary); font-weight: 600; }

    /* narrow: each line becomes a small card */
    @container (max-width: 600px) {
      table, tbody, tr, td { display: block; }
      thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      tr { border: 1px solid var(--_border); border-radius: var(--_radius); margin-bottom: var(--_space); padding: 4px 0; }
      td { border: none; padding: 4px 10px; }
      td.num { display: flex; justify-content: space-between; align-items: center; gap: var(--_space); text-align: right; }
      td.num::before { content: attr(data-label); color: var(--_muted); font-size: 0.9em; text-align: left; }
      td.remove { width: auto; text-align: right; }
      tr.invalid td:first-child { box-shadow: none; }
      tr.invalid { border-color: var(--_danger); border-width: 2px; }
      .submit-row { justify-items: stretch; }
    }
  `,
];
