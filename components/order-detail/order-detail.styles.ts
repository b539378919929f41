import { css } from 'lit';

export const orderDetailStyles = css`
  :host {
    container-type: inline-size;
    --_section-gap: var(--kerf-order-detail-gap, calc(var(--_space) * 3));
  }
  .wrap { display: grid; gap: var(--_section-gap); }
  /* grid items may shrink below their table's width; the table scrolls in its .table-wrap */
  .wrap > *, .records > * { min-width: 0; }
  header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: var(--_space); align-items: flex-start; }
  header h2 { margin: 0; display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
  .back { display: inline-block; margin-bottom: var(--_space); }
  dl.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: var(--_space) calc(var(--_space) * 2); margin: 0; }
  dl.facts div { min-width: 0; }
  dt { color: var(--_muted); font-size: 0.88em; }
  dd { margin: 0; overflow-wrap: anywhere; }
  dd.big { font-size: 1.2em; font-weight: 600; font-variant-numeric: tabular-nums; }
  address { font-style: normal; white-space: pre-line; }
  h3 { font-size: 1.1em; }
  details.sheets summary { cursor: pointer; font-weight: 600; font-size: 1.1em; }
  details.sheets[open] summary { margin-bottom: calc(var(--_space) * 1.5); }
  .records { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: calc(var(--_space) * 2); }
  .records table { font-size: 0.95em; }
  .money { display: grid; grid-template-columns: auto auto; justify-content: start; gap: 2px calc(var(--_space) * 2); margin-top: var(--_space); }
  .money dd { text-align: right; font-variant-numeric: tabular-nums; }
  .money .open { font-weight: 700; }
  ol.history { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
  ol.history li { display: grid; grid-template-columns: minmax(9rem, max-content) 1fr; gap: 2px calc(var(--_space) * 2); border-left: 3px solid var(--_border); padding-left: var(--_space); }
  ol.history .who { color: var(--_muted); }
  .reason { display: block; color: var(--_danger); font-size: 0.9em; }
  .approval-rejected { color: var(--_danger); }
  .approval-pending { color: var(--_warning); }
  .approval-approved { color: var(--_success); }
  tfoot td { font-weight: 700; border-bottom: none; }
  .line-date { display: block; color: var(--_primary); font-size: 0.88em; }
  s.was { color: var(--_muted); }
  .after { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); gap: calc(var(--_space) * 3); }
  .after > * { min-width: 0; }
  dialog {
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); color: var(--_fg);
    padding: calc(var(--_space) * 2.5); width: min(30rem, calc(100vw - 2rem));
  }
  dialog::backdrop { background: rgb(0 0 0 / 0.45); }
  dialog form { display: grid; gap: calc(var(--_space) * 1.5); }
  dialog h3 { margin: 0; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); justify-content: flex-end; }
  .ok { color: var(--_success); font-weight: 600; margin: var(--_space) 0 0; }
  .ok:empty { margin: 0; }
  @container (max-width: 520px) {
    ol.history li { grid-template-columns: 1fr; }
  }
`;
