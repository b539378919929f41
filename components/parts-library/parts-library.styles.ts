import { css } from 'lit';
import { controls, tokens } from '../shared/theme.js';

export const styles = [
  tokens,
  controls,
  css`
    :host {
      --_card-min: var(--kerf-parts-library-card-min, 260px);
      --_thumb-bg: var(--kerf-parts-library-thumb-bg, var(--_bg-2));
    }
    .head { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; justify-content: space-between; margin-bottom: var(--_space); }
    .head h2 { margin: 0; }
    .toolbar { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; }
    .toolbar .grow { flex: 1 1 220px; }
    .toolbar select { min-width: 11em; }
    .notice { min-height: 1.45em; margin: var(--_space) 0; }
    .count { margin: 0 0 var(--_space); }
    .list { list-style: none; margin: 0; padding: 0; display: grid; gap: calc(var(--_space) * 1.5);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr)); }
    .list[aria-busy='true'] { opacity: 0.6; transition: opacity 0.2s; }
    .part { display: flex; flex-direction: column; gap: var(--_space); padding: 0; overflow: hidden; min-width: 0; }
    .thumb { display: block; width: 100%; height: 150px; object-fit: contain; background: var(--_thumb-bg); border-bottom: 1px solid var(--_border); }
    .body { padding: 0 calc(var(--_space) * 1.5) calc(var(--_space) * 1.5); display: grid; gap: var(--_space); }
    .name { margin: 0; font-size: 1.05em; overflow-wrap: anywhere; }
    .article { margin: -4px 0 0; font-size: 0.9em; }
    .facts { display: grid; grid-template-columns: 1fr 1fr; gap: 4px var(--_space); margin: 0; }
    .facts dt { font-size: 0.8em; color: var(--_muted); }
    .facts dd { margin: 0; font-variant-numeric: tabular-nums; }
    .price { font-weight: 600; }
    .warning { margin: 0; font-size: 0.9em; }
    .order { flex-wrap: nowrap; }
    .qty { width: 6em; flex: none; }
    .order button { flex: 1; }
    .actions { gap: 6px; }
    .actions > * { flex: 1 1 auto; }
    a.button { text-decoration: none; display: inline-flex; align-items: center; justify-content: center; }
    .pagination { display: flex; gap: var(--_space); align-items: center; justify-content: center; margin-top: calc(var(--_space) * 2); flex-wrap: wrap; }
    .empty { text-align: center; display: grid; gap: var(--_space); justify-items: center; }
    .empty p { margin: 0; }
    .error-box { display: grid; gap: var(--_space); justify-items: start; margin-bottom: var(--_space); }
    .error-box p { margin: 0; }
    dialog { border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); color: var(--_fg);
      padding: calc(var(--_space) * 2); width: min(560px, calc(100vw - 24px)); max-height: calc(100vh - 24px); }
    dialog::backdrop { background: rgb(0 0 0 / 0.45); }
    dialog form { display: grid; gap: calc(var(--_space) * 1.5); }
    .two { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: var(--_space); }
    fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5); margin: 0; }
    legend { padding: 0 4px; font-weight: 600; }
    .end { justify-content: flex-end; }
    .success { color: var(--_success); margin: 0; }
    .result .prices { margin: 4px 0 0; padding-left: 1.2em; }
    button.danger-fill { background: var(--_danger); border-color: var(--_danger); color: var(--_on-primary); }
  `,
];
