import { css } from 'lit';
import { controls, tokens } from '../shared/theme.js';

export const styles = [
  tokens,
  controls,
  css`
    .tabs { display: flex; gap: 2px; border-bottom: 1px solid var(--_border); overflow-x: auto; margin-bottom: calc(var(--_space) * 1.5); }
    .tabs [role='tab'] { border: none; border-radius: var(--_radius) var(--_radius) 0 0; background: transparent; color: var(--_muted);
      border-bottom: 3px solid transparent; white-space: nowrap; }
    .tabs [role='tab'][aria-selected='true'] { color: var(--_fg); font-weight: 600;
      border-bottom-color: var(--kerf-company-admin-tab-active, var(--_primary)); }
    [role='tabpanel']:focus { outline: none; }
    [role='tabpanel']:focus-visible { outline: 2px solid var(--_focus); outline-offset: 4px; }
    .notice { min-height: 1.45em; margin: 0 0 var(--_space); }
    .success { color: var(--_success); }
    .small { font-size: 0.88em; }
    .field { display: grid; gap: 4px; align-content: start; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 220px), 1fr)); gap: var(--_space) calc(var(--_space) * 1.5); }
    fieldset { border: none; padding: 0; margin: 0; min-width: 0; }
    fieldset.rights { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space) calc(var(--_space) * 1.5); display: grid; gap: var(--_space); }
    legend { font-weight: 600; padding: 0 4px; }
    .end { justify-content: flex-end; margin: var(--_space) 0; }
    .company { display: grid; gap: calc(var(--_space) * 2); grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); align-items: start; }
    @container (max-width: 700px) { .company { grid-template-columns: 1fr; } }
    :host { container-type: inline-size; }
    .rep h3 { margin-bottom: var(--_space); }
    .rep p { margin: 0 0 4px; overflow-wrap: anywhere; }
    .rep-name { font-weight: 600; }
    .addr-block { margin-bottom: calc(var(--_space) * 2); }
    .addresses, .groups { list-style: none; padding: 0; margin: 0; display: grid; gap: var(--_space);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 250px), 1fr)); }
    address { font-style: normal; margin-bottom: var(--_space); overflow-wrap: anywhere; }
    .actions { gap: 6px; }
    .group-head { display: flex; gap: var(--_space); align-items: baseline; justify-content: space-between; }
    .group-head h3 { margin: 0; overflow-wrap: anywhere; }
    .group p { margin: var(--_space) 0; }
    .actions-cell { white-space: nowrap; }
    .actions-cell .row { flex-wrap: nowrap; gap: 6px; }
    .badge.invited { border-color: var(--_warning); color: var(--_warning); }
    label.check { display: flex; flex-direction: row; align-items: flex-start; gap: 8px; color: var(--_fg); font-size: 1em; }
    label.check input { width: auto; min-height: 0; margin-top: 0.3em; }
    label.right > span { display: grid; }
    .right-name { font-weight: 500; }
    .error-box { display: grid; gap: var(--_space); justify-items: start; }
    .error-box p { margin: 0; }
    dialog { border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); color: var(--_fg);
      padding: calc(var(--_space) * 2); width: min(620px, calc(100vw - 24px)); max-height: calc(100vh - 24px); }
    dialog::backdrop { background: rgb(0 0 0 / 0.45); }
    dialog form { display: grid; gap: calc(var(--_space) * 1.5); }
    dialog h2 { margin: 0; }
    dialog p { margin: 0; }
    button.danger-fill { background: var(--_danger); border-color: var(--_danger); color: var(--_on-primary); }
  `,
];
