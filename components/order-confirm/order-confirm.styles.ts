import { css } from 'lit';

export const orderConfirmStyles = css`
  :host { container-type: inline-size; }
  h3 { font-size: 1.1em; }
  form { display: grid; gap: calc(var(--_space) * 1.5); }
  td input { min-width: 6rem; }
  td input[type='number'] { max-width: 8rem; }
  .ordered { display: block; color: var(--_muted); font-size: 0.85em; }
  .ok { color: var(--_success); font-weight: 600; }
  .actions { display: flex; gap: var(--_space); align-items: center; flex-wrap: wrap; }
  @container (max-width: 560px) {
    thead { display: none; }
    tr { display: grid; gap: 4px; padding: var(--_space) 0; border-bottom: 1px solid var(--_border); }
    td { border: none; padding: 0; }
  }
`;
