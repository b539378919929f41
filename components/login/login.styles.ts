import { css } from 'lit';

export const loginStyles = css`
  :host {
    --_panel-width: var(--kerf-login-width, 26rem);
    --_panel-bg: var(--kerf-login-background, var(--_bg));
  }
  .panel {
    max-width: var(--_panel-width); margin: calc(var(--_space) * 4) auto; background: var(--_panel-bg);
    display: grid; gap: calc(var(--_space) * 2);
  }
  h2 { margin: 0; font-size: 1.35em; }
  form { display: grid; gap: calc(var(--_space) * 1.5); }
  .hint { margin: 0; font-size: 0.9em; }
  .field-error { color: var(--_danger); font-size: 0.9em; }
  .notice {
    margin: 0; padding: var(--_space) calc(var(--_space) * 1.5); border-radius: var(--_radius);
    border: 1px solid var(--_success); color: var(--_fg); background: var(--_bg-2);
  }
  .notice::before { content: '✓ '; color: var(--_success); font-weight: 700; }
  .alert {
    margin: 0; padding: var(--_space) calc(var(--_space) * 1.5); border-radius: var(--_radius);
    border: 1px solid var(--_danger); color: var(--_danger); background: var(--_bg-2);
  }
  .links { display: grid; gap: calc(var(--_space) * 0.5); justify-items: start; font-size: 0.93em; }
  button.link {
    background: none; border: none; padding: 0.2em 0; min-height: auto; color: var(--_primary);
    text-decoration: underline; text-underline-offset: 2px; text-align: left;
  }
  button.primary { width: 100%; }
  .staff { border-top: 1px solid var(--_border); padding-top: calc(var(--_space) * 1.5); }
`;
