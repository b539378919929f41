import { css } from 'lit';

export const styles = css`
  .filters { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; margin-bottom: calc(var(--_space) * 2); }
  .filters label { width: min(240px, 100%); }
  td.subject { max-width: 28em; overflow-wrap: anywhere; }
  td.err { color: var(--_danger); max-width: 18em; overflow-wrap: anywhere; }
  .dialog-head { display: flex; justify-content: space-between; gap: var(--_space); align-items: start; }
  .dialog-head h3 { margin: 0; overflow-wrap: anywhere; }
  dialog dl.facts { margin: var(--_space) 0; }
  pre.mail { background: var(--kerf-admin-outbox-mail-background, var(--_bg-2)); }
  .kind { font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace; font-size: 0.9em; }
`;
