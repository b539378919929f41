import { css } from 'lit';

export const styles = css`
  ul.requests { list-style: none; margin: 0; padding: 0; display: grid; gap: calc(var(--_space) * 1.5); }
  ul.requests > li { border-inline-start: 4px solid var(--kerf-admin-access-requests-accent, var(--_primary)); }
  .who { display: flex; flex-wrap: wrap; justify-content: space-between; gap: var(--_space); align-items: baseline; }
  .who h3 { margin: 0; }
  .decide { margin-top: calc(var(--_space) * 1.5); border-top: 1px solid var(--_border); padding-top: calc(var(--_space) * 1.5); }
  .decide form { display: grid; gap: var(--_space); }
  .ok { color: var(--_success); }
`;
