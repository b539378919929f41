import { css } from 'lit';

export const approvalsStyles = css`
  :host {
    container-type: inline-size;
    --_list-width: var(--kerf-approvals-list-width, 18rem);
    --_selected: var(--kerf-approvals-selected, var(--_primary));
  }
  .layout { display: grid; gap: calc(var(--_space) * 2); }
  @container (min-width: 760px) {
    .layout { grid-template-columns: var(--_list-width) minmax(0, 1fr); align-items: start; }
  }
  h2 { margin: 0 0 var(--_space); }
  ul.orders { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
  ul.orders a {
    display: grid; gap: 2px; text-decoration: none; color: var(--_fg); padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg);
  }
  ul.orders a:hover { border-color: var(--_selected); }
  ul.orders a[aria-current='true'] { border-color: var(--_selected); box-shadow: inset 4px 0 0 var(--_selected); }
  ul.orders .num { font-weight: 700; color: var(--_primary); }
  ul.orders .meta { color: var(--_muted); font-size: 0.9em; }
  .detail { display: grid; gap: calc(var(--_space) * 1.5); min-width: 0; }
  .detail h3 { margin: 0; font-size: 1.2em; }
  dl.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: var(--_space); margin: 0; }
  dt { color: var(--_muted); font-size: 0.88em; }
  dd { margin: 0; }
  td.check, th.check { width: 2.5em; }
  td.check input, th.check input { width: 1.25em; height: 1.25em; min-height: auto; }
  .reason { display: block; color: var(--_danger); font-size: 0.9em; }
  .state-approved { color: var(--_success); }
  .state-rejected { color: var(--_danger); }
  .state-pending { color: var(--_warning); }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); }
  .result {
    margin: 0; padding: var(--_space) calc(var(--_space) * 1.5); border-radius: var(--_radius);
    border: 1px solid var(--_success); background: var(--_bg-2); font-weight: 600;
  }
  .empty { color: var(--_muted); padding: calc(var(--_space) * 2) 0; }
  dialog {
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); color: var(--_fg);
    padding: calc(var(--_space) * 2.5); width: min(30rem, calc(100vw - 2rem));
  }
  dialog::backdrop { background: rgb(0 0 0 / 0.45); }
  dialog form { display: grid; gap: calc(var(--_space) * 1.5); }
  dialog h3 { margin: 0; }
  .dialog-actions { display: flex; flex-wrap: wrap; gap: var(--_space); justify-content: flex-end; }
  .field-error { color: var(--_danger); font-size: 0.9em; }
  .layout > * { min-width: 0; }
  /* on a phone each line is a card: an approver often decides from the mail's link */
  @container (max-width: 560px) {
    table[part='lines'], table[part='lines'] tbody, table[part='lines'] tr, table[part='lines'] td { display: block; width: 100%; }
    table[part='lines'] thead tr { display: flex; align-items: center; gap: var(--_space); border-bottom: 1px solid var(--_border); }
    table[part='lines'] thead th:not(.check) { display: none; }
    table[part='lines'] tbody tr { border: 1px solid var(--_border); border-radius: var(--_radius); margin-top: var(--_space); padding: calc(var(--_space) * 0.75) var(--_space); background: var(--_bg); }
    table[part='lines'] td { border: none; padding: 0.2em 0; display: flex; justify-content: space-between; gap: var(--_space); text-align: right; }
    table[part='lines'] td::before { content: attr(data-label); color: var(--_muted); font-size: 0.9em; text-align: left; }
    table[part='lines'] td.check:empty { display: none; }
  }
`;
