import { css } from 'lit';

export const styles = css`
  form.company { display: block; }
  form.company > fieldset { margin-bottom: var(--kerf-admin-companies-gap, calc(var(--_space) * 2)); }
  .materials { display: grid; gap: var(--_space); grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr)); }
  .materials fieldset { margin: 0; }
  .thicknesses { display: flex; flex-wrap: wrap; gap: 4px 14px; margin-top: 6px; }
  .breaks { display: grid; gap: var(--_space); }
  .break { display: grid; grid-template-columns: 1fr 1fr auto; gap: var(--_space); align-items: end; }
  .layout { display: grid; gap: var(--kerf-admin-companies-gap, calc(var(--_space) * 2)); grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); align-items: start; }
  @container (max-width: 900px) { .layout { grid-template-columns: minmax(0, 1fr); } }
  .people { list-style: none; margin: 0 0 var(--_space); padding: 0; display: grid; gap: 4px; }
  .people li { overflow-wrap: anywhere; }
  .invite form { display: grid; gap: var(--_space); }
  .ok { color: var(--_success); }
  td.actions-cell { white-space: nowrap; }
  td.actions-cell button { margin: 0 4px 4px 0; }
  small.hint { color: var(--_muted); }
  kerf-admin-company-articles { margin-top: var(--kerf-admin-companies-gap, calc(var(--_space) * 2)); }
  fieldset h3 { margin-top: calc(var(--_space) * 2); font-size: 1em; }
`;
