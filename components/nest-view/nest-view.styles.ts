import { css } from 'lit';

/** Colours of the lines' parts (a line's colour is `--_c{line index % 8}`); colour-blind safe in order. */
const light = css`
  --_sheet: var(--kerf-nest-view-sheet, #e8ecf0);
  --_sheet-edge: var(--kerf-nest-view-sheet-edge, #8b949e);
  --_used: var(--kerf-nest-view-used-length, #57606a);
  --_c0: var(--kerf-nest-view-color-0, #0072b2);
  --_c1: var(--kerf-nest-view-color-1, #e69f00);
  --_c2: var(--kerf-nest-view-color-2, #009e73);
  --_c3: var(--kerf-nest-view-color-3, #cc79a7);
  --_c4: var(--kerf-nest-view-color-4, #d55e00);
  --_c5: var(--kerf-nest-view-color-5, #56b4e9);
  --_c6: var(--kerf-nest-view-color-6, #b8a400);
  --_c7: var(--kerf-nest-view-color-7, #8c564b);
`;
const dark = css`
  --_sheet: var(--kerf-nest-view-sheet, #2b3440);
  --_sheet-edge: var(--kerf-nest-view-sheet-edge, #6e7681);
  --_used: var(--kerf-nest-view-used-length, #c9d1d9);
  --_c0: var(--kerf-nest-view-color-0, #58a6ff);
  --_c1: var(--kerf-nest-view-color-1, #f0b429);
  --_c2: var(--kerf-nest-view-color-2, #3fb950);
  --_c3: var(--kerf-nest-view-color-3, #e8a2c8);
  --_c4: var(--kerf-nest-view-color-4, #ff8a4c);
  --_c5: var(--kerf-nest-view-color-5, #8fd3ff);
  --_c6: var(--kerf-nest-view-color-6, #f2e26b);
  --_c7: var(--kerf-nest-view-color-7, #d0a08e);
`;

export const styles = css`
  :host {
    ${light}
    --_sheet-width: var(--kerf-nest-view-sheet-width, 340px);
    container-type: inline-size;
  }
  :host([theme='dark']) { ${dark} }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) { ${dark} }
  }
  .groups { display: grid; gap: calc(var(--_space) * 3); }
  section.group { display: grid; gap: var(--_space); min-width: 0; }
  h3 { margin: 0; font-size: 1.05em; }
  ul.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none; margin: 0; padding: 0; font-size: 0.9em; color: var(--_muted); }
  ul.legend li { display: inline-flex; align-items: center; gap: 6px; overflow-wrap: anywhere; }
  .swatch { flex: none; width: 14px; height: 14px; border-radius: 3px; border: 1.5px solid var(--_k); background: color-mix(in srgb, var(--_k) 55%, transparent); }
  .boxed { font-style: italic; }
  .dash { flex: none; width: 22px; border-top: 2px dashed var(--_used); }
  .sheets { display: grid; gap: calc(var(--_space) * 1.5); grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_sheet-width)), 1fr)); }
  figure { margin: 0; display: grid; gap: 4px; align-content: start; min-width: 0; }
  figcaption { font-size: 0.88em; color: var(--_muted); font-variant-numeric: tabular-nums; }
  svg.sheet { display: block; width: 100%; height: auto; }
  svg.sheet .plate { fill: var(--_sheet); stroke: var(--_sheet-edge); stroke-width: 1px; vector-effect: non-scaling-stroke; }
  svg.sheet path { fill: color-mix(in srgb, var(--_k) 55%, transparent); fill-rule: evenodd; stroke: var(--_k); stroke-width: 1px; vector-effect: non-scaling-stroke; }
  svg.sheet .used { stroke: var(--_used); stroke-width: 1.5px; stroke-dasharray: 6 4; vector-effect: non-scaling-stroke; }
  .k0 { --_k: var(--_c0); } .k1 { --_k: var(--_c1); } .k2 { --_k: var(--_c2); } .k3 { --_k: var(--_c3); }
  .k4 { --_k: var(--_c4); } .k5 { --_k: var(--_c5); } .k6 { --_k: var(--_c6); } .k7 { --_k: var(--_c7); }
  .more { justify-self: start; }
  .state { margin: 0; }
  [aria-busy='true'] .sheets { opacity: 0.6; transition: opacity 0.2s; }
`;
