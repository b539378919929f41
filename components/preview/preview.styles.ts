import { css } from 'lit';

export const styles = css`
  :host {
    --_material: var(--kerf-preview-material, #e2e8f0);
    --_outer: var(--kerf-preview-outer, #1e293b);
    --_hole: var(--kerf-preview-hole, #2563eb);
    --_open: var(--kerf-preview-open, #c2410c);
    --_gap: var(--kerf-preview-gap, #dc2626);
    --_canvas: var(--kerf-preview-background, var(--_bg-2));
    --_height: var(--kerf-preview-height, 320px);
    --_mark: var(--kerf-preview-mark, var(--_primary));
  }
  :host([theme='dark']) {
    --_material: var(--kerf-preview-material, #2b3440);
    --_outer: var(--kerf-preview-outer, #e6edf3);
    --_hole: var(--kerf-preview-hole, #79b8ff);
    --_open: var(--kerf-preview-open, #ffa657);
    --_gap: var(--kerf-preview-gap, #ff7b72);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_material: var(--kerf-preview-material, #2b3440);
      --_outer: var(--kerf-preview-outer, #e6edf3);
      --_hole: var(--kerf-preview-hole, #79b8ff);
      --_open: var(--kerf-preview-open, #ffa657);
      --_gap: var(--kerf-preview-gap, #ff7b72);
    }
  }
  .frame { display: grid; gap: var(--_space); }
  .viewport {
    position: relative; height: clamp(180px, 75vw, var(--_height)); min-height: 160px; border: 1px solid var(--_border);
    border-radius: var(--_radius); background: var(--_canvas); overflow: hidden; cursor: grab;
    touch-action: none; user-select: none;
  }
  .viewport.dragging { cursor: grabbing; }
  .viewport.empty { cursor: default; display: grid; place-items: center; color: var(--_muted); padding: var(--_space); text-align: center; }
  .viewport svg { display: block; width: 100%; height: 100%; }
  /* the SDK's own <style> colours the classes too; these rules (more specific) follow the theme */
  .viewport svg .kerf-material { fill: var(--_material); }
  .viewport svg .kerf-outer { stroke: var(--_outer); }
  .viewport svg .kerf-hole { stroke: var(--_hole); }
  .viewport svg .kerf-open { stroke: var(--_open); }
  .viewport svg .kerf-gap { stroke: var(--_gap); fill: color-mix(in srgb, var(--_gap) 18%, transparent); }
  .viewport svg .kerf-mark {
    fill: none; stroke: var(--_mark); stroke-width: 2px; stroke-dasharray: 4 3; vector-effect: non-scaling-stroke; opacity: 0.75;
  }
  .viewport svg .kerf-mark.active { stroke-dasharray: none; opacity: 1; fill: color-mix(in srgb, var(--_mark) 15%, transparent); }
  /* the cut sequence is drawn with the part and shown on demand */
  .viewport:not(.sequence) svg .kerf-sequence { display: none; }
  .controls button[aria-pressed='true'] { background: var(--_primary); color: var(--_on-primary, #fff); border-color: var(--_primary); }
  .bar { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; justify-content: space-between; }
  .controls { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
  .controls button { min-width: 2.5em; padding: 0.3em 0.6em; }
  .level { font-variant-numeric: tabular-nums; color: var(--_muted); font-size: 0.9em; min-width: 5.5em; }
  ul.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none; margin: 0; padding: 0; font-size: 0.88em; color: var(--_muted); }
  ul.legend li { display: inline-flex; align-items: center; gap: 6px; }
  ul.legend svg { width: 26px; height: 12px; overflow: visible; }
  ul.legend line, ul.legend circle { stroke-width: 2; fill: none; }
  .l-outer { stroke: var(--_outer); }
  .l-hole { stroke: var(--_hole); }
  .l-open { stroke: var(--_open); stroke-dasharray: 5 3; }
  .l-gap { stroke: var(--_gap); }
  .l-mark { stroke: var(--_mark); }
`;
