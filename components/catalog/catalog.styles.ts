import { css } from 'lit';
import { controls, tokens } from '../shared/theme.js';

export const styles = [
  tokens,
  controls,
  css`
    :host {
      --_card-min: var(--kerf-catalog-card-min, 260px);
      --_image-bg: var(--kerf-catalog-image-bg, var(--_bg-2));
      --_image-height: var(--kerf-catalog-image-height, 150px);
      --_favorite: var(--kerf-catalog-favorite, var(--_warning));
    }
    .head { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; justify-content: space-between; margin-bottom: var(--_space); }
    .head h2 { margin: 0; }
    .toolbar { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; }
    .toolbar .grow { flex: 1 1 220px; }
    .toolbar select { min-width: 11em; }
    .toolbar .field { display: grid; gap: 4px; min-width: 0; }
    .toolbar label.check { display: flex; align-items: center; gap: 0.5em; min-height: 2.5em; }
    .toolbar label.check input { width: auto; min-height: 0; margin: 0; }
    .notice { min-height: 1.45em; margin: var(--_space) 0; }
    .count { margin: 0 0 var(--_space); }
    .list { list-style: none; margin: 0; padding: 0; display: grid; gap: calc(var(--_space) * 1.5);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr)); }
    .list[aria-busy='true'] { opacity: 0.6; transition: opacity 0.2s; }
    .article { display: flex; flex-direction: column; gap: var(--_space); padding: 0; overflow: hidden; min-width: 0; }
    .image { display: block; width: 100%; height: var(--_image-height); object-fit: contain; background: var(--_image-bg); border-bottom: 1px solid var(--_border); }
    .body { padding: calc(var(--_space) * 1.5); display: grid; gap: calc(var(--_space) * 0.75); align-content: start; flex: 1; }
    .body p { margin: 0; }
    .title { display: flex; gap: var(--_space); align-items: start; justify-content: space-between; }
    .name { margin: 0; font-size: 1.05em; overflow-wrap: anywhere; }
    button.favorite { flex: none; min-height: 2.5em; min-width: 2.5em; padding: 0; font-size: 1.2em; line-height: 1; background: transparent; }
    button.favorite[aria-pressed='true'] { color: var(--_favorite); border-color: var(--_favorite); }
    .number { font-size: 0.9em; overflow-wrap: anywhere; }
    .reference { font-size: 0.9em; overflow-wrap: anywhere; }
    .description { font-size: 0.92em; }
    .price { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: baseline; font-variant-numeric: tabular-nums; }
    .price strong { font-size: 1.1em; }
    .breaks { list-style: none; margin: 0; padding: 0; font-size: 0.9em; display: grid; gap: 2px; }
    .breaks li { display: flex; justify-content: space-between; gap: var(--_space); border-bottom: 1px dotted var(--_border); }
    .breaks .num { font-variant-numeric: tabular-nums; }
    .stock { font-size: 0.9em; }
    .stock.ok { color: var(--_success); }
    .stock.none { color: var(--_warning); }
    .note { font-size: 0.85em; }
    .order { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; margin-top: auto; padding-top: 4px; }
    .qty-wrap { display: flex; align-items: center; gap: 6px; flex: none; }
    .qty { width: 5.5em; }
    .unit { color: var(--_muted); font-size: 0.9em; }
    .order button { flex: 1 1 auto; white-space: nowrap; }
    .order .line { flex-basis: 100%; font-size: 0.88em; font-variant-numeric: tabular-nums; }
    .pagination { display: flex; gap: var(--_space); align-items: center; justify-content: center; margin-top: calc(var(--_space) * 2); flex-wrap: wrap; }
    .empty { text-align: center; display: grid; gap: var(--_space); justify-items: center; }
    .empty p { margin: 0; }
    .error-box { display: grid; gap: var(--_space); justify-items: start; margin-bottom: var(--_space); }
    .error-box p { margin: 0; }
  `,
];
