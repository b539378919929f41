import { css } from 'lit';

export const styles = css`
  :host { display: block; container-type: inline-size; }
  .head { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; justify-content: space-between; margin-bottom: calc(var(--_space) * 2); }
  .head h2 { margin: 0; }
  form.period { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; }
  form.period label { width: auto; }
  .charts { display: grid; gap: calc(var(--_space) * 2); grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr)); }
  section.chart { border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 1.5); min-width: 0; background: var(--kerf-dashboard-card-background, var(--_bg)); }
  section.chart h3 { margin: 0 0 var(--_space); font-size: 1.05em; }
  .canvas-box { position: relative; height: var(--kerf-dashboard-chart-height, 240px); }
  .canvas-box canvas { width: 100%; height: 100%; }
  table.figures { margin-top: var(--_space); font-size: 0.9em; }
  table.figures th, table.figures td { padding: 0.25em 0.5em; border-bottom: 1px solid var(--_border); text-align: left; }
  table.figures .num { text-align: right; font-variant-numeric: tabular-nums; }
  table.figures tfoot td { font-weight: 600; }
  details summary { cursor: pointer; color: var(--_muted); margin-top: var(--_space); }
  .open { font-size: 1.1em; }
`;
