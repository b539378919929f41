import { css } from 'lit';

export const portalStyles = css`
  :host {
    --_header-bg: var(--kerf-portal-header-background, var(--_bg));
    --_page-bg: var(--kerf-portal-background, var(--_bg-2));
    --_content-width: var(--kerf-portal-width, 1280px);
    min-height: 100vh; background: var(--_page-bg); display: flex; flex-direction: column;
  }
  button.skip { position: absolute; left: -999px; top: var(--_space); z-index: 10; }
  button.skip:focus { left: var(--_space); }
  header.top { background: var(--_header-bg); border-bottom: 1px solid var(--_border); position: sticky; top: 0; z-index: 5; }
  .bar {
    max-width: var(--_content-width); margin: 0 auto; padding: var(--_space) calc(var(--_space) * 2);
    display: flex; align-items: center; gap: calc(var(--_space) * 2); flex-wrap: wrap;
  }
  .brand { font-weight: 700; font-size: 1.1em; color: var(--_fg); text-decoration: none; display: grid; line-height: 1.15; margin-right: auto; }
  .brand small { font-weight: 400; color: var(--_muted); font-size: 0.8em; }
  button.menu { display: none; }
  nav { display: flex; align-items: center; gap: calc(var(--_space) * 2); flex-wrap: wrap; flex: 1 1 auto; justify-content: space-between; }
  nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 2px; }
  nav ul a {
    display: inline-flex; align-items: center; gap: 0.4em; padding: 0.45em 0.7em; border-radius: var(--_radius);
    color: var(--_fg); text-decoration: none; min-height: 2.5em;
  }
  nav ul a:hover { background: var(--_bg-2); }
  nav ul a[aria-current='page'] { background: var(--_bg-2); box-shadow: inset 0 -3px 0 var(--_primary); font-weight: 600; }
  .count {
    min-width: 1.5em; padding: 0 0.4em; border-radius: 999px; background: var(--_primary); color: var(--_on-primary);
    font-size: 0.8em; font-weight: 700; text-align: center; font-variant-numeric: tabular-nums;
  }
  .tools { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; }
  .tools .field { display: grid; gap: 2px; }
  .tools label { font-size: 0.8em; color: var(--_muted); }
  .tools select { min-height: 2.2em; padding: 0.2em 0.4em; width: auto; max-width: 16rem; }
  .user { display: grid; gap: 2px; font-size: 0.85em; color: var(--_muted); }
  .user button { min-height: 2.2em; padding: 0.2em 0.7em; }
  main { flex: 1; width: 100%; max-width: var(--_content-width); margin: 0 auto; padding: calc(var(--_space) * 3) calc(var(--_space) * 2); outline: none; }
  main > h1 { margin: 0 0 calc(var(--_space) * 2); font-size: 1.5em; }
  .home { display: grid; gap: calc(var(--_space) * 3); grid-template-columns: minmax(0, 1fr); align-items: start; }
  @media (min-width: 1000px) {
    .home.both { grid-template-columns: minmax(0, 3fr) minmax(20rem, 2fr); }
  }
  .home > * { min-width: 0; }
  .panel { background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 2); min-width: 0; }
  footer { border-top: 1px solid var(--_border); background: var(--_header-bg); }
  footer .inner { max-width: var(--_content-width); margin: 0 auto; padding: calc(var(--_space) * 2); display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 3); justify-content: space-between; }
  footer h2 { font-size: 1em; margin: 0 0 4px; }
  footer p { margin: 0; }
  footer address { font-style: normal; display: grid; gap: 2px; }
  .center { max-width: 36rem; margin: calc(var(--_space) * 4) auto; }
  .error { color: var(--_danger); }
  @media (max-width: 900px) {
    button.menu { display: inline-flex; align-items: center; gap: 0.4em; }
    nav { display: none; flex-basis: 100%; flex-direction: column; align-items: stretch; }
    nav.open { display: flex; }
    nav ul { flex-direction: column; }
    .tools { flex-direction: column; align-items: stretch; }
    .tools select { max-width: none; width: 100%; }
    main { padding: calc(var(--_space) * 2) var(--_space); }
  }
`;
