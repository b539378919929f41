import { css } from 'lit';

export const orderFilesStyles = css`
  h3 { font-size: 1.1em; display: flex; gap: var(--_space); align-items: center; }
  form { display: grid; gap: var(--_space); margin-top: calc(var(--_space) * 1.5); }
  form .actions { display: flex; gap: var(--_space); align-items: center; flex-wrap: wrap; }
  input[type='file'] { padding: 0.3em; }
  .hint { font-size: 0.88em; }
  .ok { color: var(--_success); }
  td a { overflow-wrap: anywhere; }
  @container (max-width: 520px) {
    thead { display: none; }
    tr { display: grid; padding: var(--_space) 0; border-bottom: 1px solid var(--_border); }
    td { border: none; padding: 2px 0; }
  }
  :host { container-type: inline-size; }
`;
