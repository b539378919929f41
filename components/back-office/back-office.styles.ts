import { css } from 'lit';

export const styles = css`
  :host {
    background: var(--kerf-back-office-background, var(--_bg-2));
    min-height: 100vh;
  }
  header {
    background: var(--kerf-back-office-header-background, var(--_bg));
    border-bottom: 1px solid var(--_border);
    padding: var(--_space) calc(var(--_space) * 2);
    display: flex; flex-wrap: wrap; gap: var(--_space) calc(var(--_space) * 2); align-items: center;
  }
  .brand { display: flex; flex-direction: column; margin-inline-end: auto; line-height: 1.2; }
  .brand strong { font-size: 1.1em; }
  .brand span { color: var(--_muted); font-size: 0.85em; }
  .settings { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
  .settings label { display: flex; align-items: center; gap: 6px; }
  .settings select { width: auto; min-height: 2.25em; padding: 0.2em 0.4em; }
  .who { color: var(--_muted); font-size: 0.9em; overflow-wrap: anywhere; }
  nav {
    background: var(--_bg); border-bottom: 1px solid var(--_border);
    padding: 0 calc(var(--_space) * 2);
  }
  nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0 calc(var(--_space) * 0.5); }
  nav a {
    display: inline-flex; align-items: center; gap: 6px; padding: 0.7em 0.8em; color: var(--_fg); text-decoration: none;
    border-bottom: 3px solid transparent; min-height: 44px;
  }
  nav a[aria-current='page'] { border-bottom-color: var(--kerf-back-office-accent, var(--_primary)); font-weight: 600; color: var(--kerf-back-office-accent, var(--_primary)); }
  nav a:hover { background: var(--_bg-2); }
  .pill { background: var(--_danger); color: #fff; border-radius: 999px; padding: 0 0.5em; font-size: 0.8em; font-weight: 600; }
  :host([theme='dark']) .pill { color: #0d1117; }
  main { padding: calc(var(--_space) * 2); max-width: 1280px; margin: 0 auto; }
  /* focused by script after a route change, for screen readers; it is not a control */
  main:focus, main:focus-visible { outline: none; }
  .center { display: grid; place-items: start center; padding: calc(var(--_space) * 4) calc(var(--_space) * 2); }
  .signin { width: min(420px, 100%); }
  .signin form { display: grid; gap: calc(var(--_space) * 1.5); }
  .signin h1, .signin h2 { margin: 0 0 var(--_space); font-size: 1.35em; }
  h1 { font-size: 1.35em; margin: 0; }
  @media (max-width: 480px) {
    header { padding: var(--_space); }
    main { padding: var(--_space); }
    nav { padding: 0 var(--_space); }
    nav a { padding: 0.6em 0.5em; }
  }
`;
