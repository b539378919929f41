import { css } from 'lit';

export const styles = css`
  section.material { margin-bottom: calc(var(--_space) * 2); }
  section.material h4 { margin: 0 0 var(--_space); font-size: 1.05em; }
  .material-fields { display: grid; gap: var(--_space); grid-template-columns: repeat(auto-fill, minmax(min(100%, 180px), 1fr)); margin-bottom: var(--_space); }
  table.thicknesses input { min-width: 6em; }
  table.thicknesses td { vertical-align: middle; }
  .add-row { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; margin-top: var(--_space); }
  .add-row label { width: 12em; }
  .breaks { display: grid; gap: var(--_space); }
  .break { display: grid; grid-template-columns: 1fr 1fr auto; gap: var(--_space); align-items: end; }
  .savebar {
    position: sticky; bottom: 0; background: var(--kerf-admin-pricing-savebar, var(--_bg)); border-top: 1px solid var(--_border);
    padding: var(--_space) 0; display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; z-index: 1;
  }
  .ok { color: var(--_success); }
  .refusal { white-space: pre-line; }
  table.lead-times input { min-width: 6em; }
  label.block { display: grid; gap: calc(var(--_space) / 2); margin-top: var(--_space); }
  textarea { width: 100%; box-sizing: border-box; font: inherit; }
  textarea.code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
  .error { color: var(--_danger); }
  label.check { display: flex; gap: calc(var(--_space) / 2); align-items: center; align-self: end; }
  label.check input { width: auto; }
`;
