/**
 * What the back office pages share: their page layout (header row, status tabs, forms in a grid,
 * stacked tables on a phone) and the euro/cent conversions of the operator's forms.
 */
import { css } from 'lit';

export const pageStyles = css`
  :host { container-type: inline-size; }
  .page-head { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: baseline; justify-content: space-between; margin-bottom: calc(var(--_space) * 2); }
  .page-head h2 { margin: 0; }
  a.button { display: inline-flex; align-items: center; text-decoration: none; }
  a.button.primary { background: var(--_primary); color: var(--_on-primary); border-color: var(--_primary); font-weight: 600; }
  .tabs { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 calc(var(--_space) * 2); padding: 0; list-style: none; }
  .tabs button { min-height: 2.25em; padding: 0.3em 0.8em; border-radius: 999px; }
  .tabs button[aria-pressed='true'] { background: var(--_primary); border-color: var(--_primary); color: var(--_on-primary); font-weight: 600; }
  .count { font-variant-numeric: tabular-nums; opacity: 0.85; margin-inline-start: 0.3em; }
  .grid { display: grid; gap: calc(var(--_space) * 1.5); grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr)); }
  .grid .wide { grid-column: 1 / -1; }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 1.5); margin: 0 0 calc(var(--_space) * 2); min-width: 0; }
  legend { font-weight: 600; padding: 0 4px; }
  .check { display: inline-flex; flex-direction: row; align-items: center; gap: 6px; color: var(--_fg); }
  .check input { width: auto; min-height: auto; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); margin-top: calc(var(--_space) * 2); }
  .stack > * + * { margin-top: calc(var(--_space) * 2); }
  .status { display: inline-block; padding: 0.1em 0.6em; border-radius: 999px; border: 1px solid currentColor; font-size: 0.85em; white-space: nowrap; }
  .status.ok { color: var(--_success); }
  .status.bad { color: var(--_danger); }
  .status.wait { color: var(--_warning); }
  .notice { border-inline-start: 4px solid var(--_primary); background: var(--_bg-2); padding: var(--_space) calc(var(--_space) * 1.5); border-radius: calc(var(--_radius) / 2); }
  .error[role='alert'] { margin: var(--_space) 0; }
  .state { padding: calc(var(--_space) * 2) 0; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px calc(var(--_space) * 2); margin: 0; }
  dl.facts dt { color: var(--_muted); }
  dl.facts dd { margin: 0; overflow-wrap: anywhere; }
  a.row-link { font-weight: 600; }
  dialog { border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); color: var(--_fg); padding: calc(var(--_space) * 2); width: min(720px, calc(100vw - 24px)); max-height: calc(100vh - 48px); }
  dialog::backdrop { background: rgb(0 0 0 / 0.45); }
  pre.mail { white-space: pre-wrap; overflow-wrap: anywhere; font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace; font-size: 0.9em; background: var(--_bg-2); padding: var(--_space); border-radius: calc(var(--_radius) / 2); max-height: 60vh; overflow: auto; }
  /* on a phone a table becomes stacked cards: each cell names its column */
  @container (max-width: 640px) {
    table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
    table.cards tr { border: 1px solid var(--_border); border-radius: var(--_radius); margin-bottom: var(--_space); padding: 4px 0; }
    table.cards td { border: 0; display: grid; grid-template-columns: minmax(7em, 40%) 1fr; gap: var(--_space); text-align: left; padding: 0.25em 0.75em; overflow-wrap: anywhere; }
    table.cards td::before { content: attr(data-label); color: var(--_muted); font-size: 0.9em; }
    table.cards td > .status, table.cards td > .badge { justify-self: start; }
    table.cards td.num { text-align: left; }
    table.cards tfoot tr { display: flex; justify-content: space-between; }
    table.cards tfoot td { display: block; width: auto; }
    table.cards tfoot td::before { content: none; }
  }
`;

/** Euros typed in a form → integer cents (`''` → undefined). */
export function toCents(v: string | number): number | undefined {
  if (v === '' || v === null || v === undefined) return undefined;
  const n = typeof v === 'number' ? v : Number(String(v).replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 100) : Number.NaN;
}

/** Cents → the euros a form shows (`1234` → `12.34`). */
export const toEuros = (cents: number | null | undefined): string => (cents === null || cents === undefined ? '' : (cents / 100).toFixed(2));

/** A number typed in a form (`''` → undefined; a comma as decimal separator is fine). */
export function num(v: string): number | undefined {
  if (v.trim() === '') return undefined;
  const n = Number(v.replace(',', '.'));
  return Number.isFinite(n) ? n : Number.NaN;
}

/** Today as `YYYY-MM-DD` (the browser's day). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
