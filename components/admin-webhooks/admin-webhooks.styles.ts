import { css } from 'lit';

export const styles = css`
  form.create { display: grid; gap: var(--_space); max-width: 40em; margin-bottom: calc(var(--_space) * 2); }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 2); }
  fieldset label { display: inline-flex; gap: 0.4em; align-items: center; width: auto; }
  .secret { margin-bottom: calc(var(--_space) * 2); }
  .secret code { display: block; padding: var(--_space); background: var(--kerf-admin-webhooks-secret-background, var(--_bg-2)); border-radius: var(--_radius); overflow-wrap: anywhere; margin: var(--_space) 0; }
  td.url { max-width: 24em; overflow-wrap: anywhere; }
  td.err { color: var(--_danger); max-width: 20em; overflow-wrap: anywhere; }
  td.actions { white-space: nowrap; }
  td.actions button { margin-right: 0.3em; }
  .mono { font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace; font-size: 0.9em; }
  h3 { margin-top: calc(var(--_space) * 3); }
`;
