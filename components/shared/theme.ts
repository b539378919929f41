/**
 * Theming by tokens (STYLE.md 12): system tokens `--kerf-color-*`, `--kerf-font-*`,
 * `--kerf-radius`, `--kerf-space-*`; a component's own tokens fall back to them. The dark theme
 * follows `theme="dark"` on the element (or an ancestor's `data-kerf-theme`, set by the portal)
 * and `prefers-color-scheme` unless `theme="light"`.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_bg: var(--kerf-color-surface, #ffffff);
    --_bg-2: var(--kerf-color-surface-2, #f4f6f8);
    --_fg: var(--kerf-color-text, #1b1f24);
    --_muted: var(--kerf-color-text-muted, #57606a);
    --_border: var(--kerf-color-border, #d0d7de);
    --_primary: var(--kerf-color-primary, #0b5cad);
    --_on-primary: var(--kerf-color-on-primary, #ffffff);
    --_danger: var(--kerf-color-danger, #b42318);
    --_warning: var(--kerf-color-warning, #8a5300);
    --_success: var(--kerf-color-success, #1a7f37);
    --_focus: var(--kerf-color-focus, #0969da);
    --_radius: var(--kerf-radius, 8px);
    --_space: var(--kerf-space, 8px);
    --_font: var(--kerf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--kerf-font-size, 15px);
    line-height: 1.45;
    color: var(--_fg);
  }
  :host([hidden]) { display: none; }
  :host([theme='dark']) {
    --_bg: var(--kerf-color-surface, #161b22);
    --_bg-2: var(--kerf-color-surface-2, #21262d);
    --_fg: var(--kerf-color-text, #e6edf3);
    --_muted: var(--kerf-color-text-muted, #9da7b3);
    --_border: var(--kerf-color-border, #3d444d);
    --_primary: var(--kerf-color-primary, #4493f8);
    --_on-primary: var(--kerf-color-on-primary, #0d1117);
    --_danger: var(--kerf-color-danger, #ff7b72);
    --_warning: var(--kerf-color-warning, #e3b341);
    --_success: var(--kerf-color-success, #56d364);
    --_focus: var(--kerf-color-focus, #79c0ff);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_bg: var(--kerf-color-surface, #161b22);
      --_bg-2: var(--kerf-color-surface-2, #21262d);
      --_fg: var(--kerf-color-text, #e6edf3);
      --_muted: var(--kerf-color-text-muted, #9da7b3);
      --_border: var(--kerf-color-border, #3d444d);
      --_primary: var(--kerf-color-primary, #4493f8);
      --_on-primary: var(--kerf-color-on-primary, #0d1117);
      --_danger: var(--kerf-color-danger, #ff7b72);
      --_warning: var(--kerf-color-warning, #e3b341);
      --_success: var(--kerf-color-success, #56d364);
      --_focus: var(--kerf-color-focus, #79c0ff);
      color-scheme: dark;
    }
  }
  *, *::before, *::after { box-sizing: border-box; }
  :focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** Controls shared by every component: buttons, inputs, tables, cards, messages. */
export const controls = css`
  button, .button {
    font: inherit; cursor: pointer; border-radius: var(--_radius); padding: 0.45em 0.9em; min-height: 2.5em;
    border: 1px solid var(--_border); background: var(--_bg-2); color: var(--_fg);
  }
  button.primary { background: var(--_primary); color: var(--_on-primary); border-color: var(--_primary); font-weight: 600; }
  button.danger { color: var(--_danger); }
  button:disabled { opacity: 0.55; cursor: not-allowed; }
  input, select, textarea {
    font: inherit; color: var(--_fg); background: var(--_bg); border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75); padding: 0.4em 0.6em; min-height: 2.5em; width: 100%;
  }
  input[aria-invalid='true'], select[aria-invalid='true'] { border-color: var(--_danger); }
  label { display: grid; gap: 4px; font-size: 0.92em; color: var(--_muted); }
  label > span { color: var(--_fg); font-weight: 500; }
  .card { background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 2); }
  .error { color: var(--_danger); }
  .warning { color: var(--_warning); }
  .muted { color: var(--_muted); }
  .row { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 0.5em 0.6em; border-bottom: 1px solid var(--_border); vertical-align: top; }
  th { font-weight: 600; color: var(--_muted); font-size: 0.9em; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .table-wrap { overflow-x: auto; }
  .badge { display: inline-block; padding: 0.1em 0.6em; border-radius: 999px; background: var(--_bg-2); border: 1px solid var(--_border); font-size: 0.85em; white-space: nowrap; }
  h2, h3 { margin: 0 0 calc(var(--_space) * 1.5); line-height: 1.25; }
  a { color: var(--_primary); }
`;
