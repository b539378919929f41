import { css } from 'lit';

/** Styles shared by kerf-returns, kerf-order-receipt and kerf-admin-shipment. */
export const returnsStyles = css`
  :host { display: block; --_photo: var(--kerf-returns-photo-size, 96px); }
  .photos { display: flex; flex-wrap: wrap; gap: var(--_space); margin: var(--_space) 0; padding: 0; list-style: none; }
  .photos a { display: block; }
  .photos img { width: var(--_photo); height: var(--_photo); object-fit: cover; border-radius: calc(var(--_radius) / 2); border: 1px solid var(--_border); background: var(--_bg-2); }
  .instructions { white-space: pre-line; }
  .cond-received { color: var(--_success); }
  .cond-short, .cond-damaged, .cond-wrong { color: var(--_danger); font-weight: 600; }
  .st { display: inline-block; padding: 0.1em 0.6em; border-radius: 999px; border: 1px solid currentColor; font-size: 0.85em; white-space: nowrap; }
  .st-requested, .st-received { color: var(--_warning); }
  .st-accepted, .st-credited, .st-replaced { color: var(--_success); }
  .st-rejected { color: var(--_danger); }
  .st-closed { color: var(--_muted); }
  .ok { color: var(--_success); font-weight: 600; }
  .ok:empty { display: none; }
  form.step { display: grid; gap: calc(var(--_space) * 1.5); }
  .choices { display: flex; flex-wrap: wrap; gap: var(--_space); border: 0; padding: 0; margin: 0; }
  .choices label { display: inline-flex; flex-direction: row; align-items: center; gap: 6px; color: var(--_fg); border: 1px solid var(--_border); border-radius: 999px; padding: 0.3em 0.8em; }
  .choices input { width: auto; min-height: auto; }
  ol.history { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
  ol.history li { border-left: 3px solid var(--_border); padding-left: var(--_space); }
  ol.history .who { color: var(--_muted); }
  .cols { display: grid; gap: calc(var(--_space) * 2); grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); align-items: start; }
  .cols > * { min-width: 0; }
  .scroll { overflow-x: auto; }
  .shipment + .shipment { margin-top: calc(var(--_space) * 2); }
  .shipment h4 { margin: 0 0 var(--_space); }
  dialog { border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); color: var(--_fg); padding: calc(var(--_space) * 2.5); width: min(34rem, calc(100vw - 2rem)); }
  dialog::backdrop { background: rgb(0 0 0 / 0.45); }
  dialog form { display: grid; gap: calc(var(--_space) * 1.5); }
  dialog h3 { margin: 0; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); justify-content: flex-end; }
  input[type='number'] { max-width: 9em; }
  td input[type='number'] { min-width: 5em; }
`;
