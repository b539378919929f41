import { css } from 'lit';

export const orderSupplementsStyles = css`
  h3 { font-size: 1.1em; }
  ul { list-style: none; margin: 0 0 calc(var(--_space) * 1.5); padding: 0; display: grid; gap: var(--_space); }
  li { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space) calc(var(--_space) * 1.5); display: grid; gap: 4px; }
  .head { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: baseline; justify-content: space-between; }
  .state-confirmed { color: var(--_success); }
  .state-rejected, .state-cancelled { color: var(--_danger); }
  .state-pending_approval, .state-submitted { color: var(--_warning); }
  .money { font-variant-numeric: tabular-nums; font-weight: 600; }
  form.decide { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; }
  form.decide label { flex: 1 1 14rem; }
  .add { border-inline-start: 4px solid var(--_primary); background: var(--_bg-2); padding: var(--_space) calc(var(--_space) * 1.5); border-radius: calc(var(--_radius) / 2); display: grid; gap: var(--_space); justify-items: start; }
  .add p { margin: 0; }
  .ok { color: var(--_success); font-weight: 600; }
`;
