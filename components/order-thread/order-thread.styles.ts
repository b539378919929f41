import { css } from 'lit';

export const orderThreadStyles = css`
  :host { --_mine: var(--kerf-order-thread-mine, var(--_bg-2)); }
  h3 { font-size: 1.1em; display: flex; gap: var(--_space); align-items: center; }
  ol { list-style: none; margin: 0 0 calc(var(--_space) * 2); padding: 0; display: grid; gap: var(--_space); max-height: 28rem; overflow-y: auto; }
  li { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space) calc(var(--_space) * 1.5); max-width: 85%; }
  li.mine { justify-self: end; background: var(--_mine); }
  .meta { color: var(--_muted); font-size: 0.85em; display: flex; flex-wrap: wrap; gap: 0 var(--_space); }
  .body { white-space: pre-line; overflow-wrap: anywhere; margin: 4px 0 0; }
  form { display: grid; gap: var(--_space); }
  form .actions { display: flex; gap: var(--_space); align-items: center; flex-wrap: wrap; }
  .ok { color: var(--_success); }
`;
