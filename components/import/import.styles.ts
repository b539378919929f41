import { css } from 'lit';
import { controls, tokens } from '../shared/theme.js';

export const styles = [
  tokens,
  controls,
  css`
    :host {
      --_drop-bg: var(--kerf-import-drop-bg, var(--_bg-2));
      --_drop-active: var(--kerf-import-drop-active, var(--_primary));
    }
    /* positioned, so the visually hidden file inputs stay inside their scrolling box */
    section, .dropzone, .table-wrap, td { position: relative; }
    section { display: grid; gap: var(--_space); min-width: 0; }
    section > * { min-width: 0; }
    h2, h3, p { margin: 0; }
    h3 { font-size: 1em; margin-top: var(--_space); }
    .intro, .template { max-width: 70ch; }
    .dropzone {
      display: grid; gap: var(--_space); justify-items: center; text-align: center;
      padding: calc(var(--_space) * 3) calc(var(--_space) * 2);
      border: 2px dashed var(--_border); border-radius: var(--_radius); background: var(--_drop-bg);
    }
    .dropzone.active { border-color: var(--_drop-active); border-style: solid; }
    .chosen { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 240px), 1fr)); gap: var(--_space); }
    .files, .notes, .skipped ul { margin: 4px 0 0; padding-left: 1.2em; display: grid; gap: 2px; }
    .files li { overflow-wrap: anywhere; }
    .file-name { overflow-wrap: anywhere; }
    button.link { border: none; background: none; min-height: auto; padding: 0 0.3em; color: var(--_danger); }
    button.small { min-height: 2em; padding: 0.2em 0.6em; font-size: 0.9em; }
    progress { width: 100%; height: 1.1em; accent-color: var(--_primary); }
    .progress { display: grid; gap: 4px; }
    .filters button[aria-pressed='true'] { background: var(--_primary); color: var(--_on-primary); border-color: var(--_primary); font-weight: 600; }
    a.button { text-decoration: none; display: inline-flex; align-items: center; justify-content: center; }
    a.button.primary { background: var(--_primary); color: var(--_on-primary); border-color: var(--_primary); font-weight: 600; }
    .notice { min-height: 1.45em; }
    .table-wrap { max-width: 100%; border: 1px solid var(--_border); border-radius: var(--_radius); }
    table { font-size: 0.92em; }
    th, td { white-space: nowrap; vertical-align: middle; }
    td.messages { white-space: normal; min-width: 16em; }
    td.messages ul { margin: 0; padding-left: 1.1em; }
    tr.st-error > * { background: color-mix(in srgb, var(--_danger) 7%, transparent); }
    td input.text { min-width: 9em; }
    td input.qty { width: 6em; }
    td select { min-width: 7em; width: auto; }
    .badge.ok { border-color: var(--_success); color: var(--_success); }
    .badge.error { border-color: var(--_danger); color: var(--_danger); }
    .badge.committed { border-color: var(--_primary); color: var(--_primary); }
    .badge.ok::before { content: '✓ '; }
    .badge.error::before { content: '⚠ '; }
    .error-box { display: grid; gap: var(--_space); justify-items: start; }
    .commit { display: grid; gap: var(--_space); }
    .success { color: var(--_success); }
    .note { border-left: 4px solid var(--_warning); }
  `,
];
