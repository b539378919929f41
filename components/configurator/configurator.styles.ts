import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--kerf-configurator-accent, var(--_primary));
    --_drop-bg: var(--kerf-configurator-drop-background, var(--_bg-2));
    --_price-size: var(--kerf-configurator-price-size, 2em);
    container-type: inline-size;
    background: var(--kerf-configurator-background, var(--_bg));
    padding: calc(var(--_space) * 2);
  }
  h2 { font-size: 1.35em; }
  h3 { font-size: 1.05em; margin-bottom: var(--_space); }
  .layout { display: grid; gap: calc(var(--_space) * 2.5); grid-template-columns: minmax(0, 1fr); }
  @container (min-width: 760px) {
    .layout { grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr); align-items: start; }
  }
  .col { display: grid; gap: calc(var(--_space) * 2); min-width: 0; }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin: 0; padding: calc(var(--_space) * 1.5); display: grid; gap: calc(var(--_space) * 1.5); min-width: 0; }
  legend { font-weight: 600; padding: 0 4px; }
  .tabs { display: flex; flex-wrap: wrap; gap: 4px; }
  .tabs button[aria-pressed='true'] { background: var(--_accent); color: var(--_on-primary); border-color: var(--_accent); }
  .drop {
    border: 2px dashed var(--_border); border-radius: var(--_radius); background: var(--_drop-bg);
    padding: calc(var(--_space) * 2.5) calc(var(--_space) * 1.5); display: grid; gap: var(--_space); justify-items: center; text-align: center;
  }
  .drop.over { border-color: var(--_accent); outline: 2px solid var(--_accent); outline-offset: 2px; }
  .drop strong { font-size: 1.05em; }
  .file-name { font-weight: 600; overflow-wrap: anywhere; }
  .progress { display: grid; gap: 4px; justify-items: stretch; width: min(100%, 360px); }
  .progress progress {
    appearance: none; width: 100%; height: 0.6em; border: 1px solid var(--_border); border-radius: 999px;
    background: var(--_bg); color: var(--_accent); overflow: hidden;
  }
  .progress progress::-webkit-progress-bar { background: var(--_bg); }
  .progress progress::-webkit-progress-value { background: var(--_accent); transition: width 0.15s; }
  .progress progress::-moz-progress-bar { background: var(--_accent); }
  @media (prefers-reduced-motion: reduce) { .progress progress::-webkit-progress-value { transition: none; } }
  .hint { font-size: 0.88em; color: var(--_muted); margin: 0; }
  .healed { margin: var(--_space) 0 0; }
  .fields { display: grid; gap: var(--_space); grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); }
  .field { display: grid; gap: 4px; align-content: start; min-width: 0; }
  .field-error { color: var(--_danger); font-size: 0.88em; margin: 0; }
  .field-error::before { content: '⚠ '; }
  .price { border: 2px solid var(--_accent); border-radius: var(--_radius); padding: calc(var(--_space) * 1.5); display: grid; gap: 4px; }
  .price .figures { display: flex; flex-wrap: wrap; gap: 6px 24px; align-items: baseline; }
  .price .unit { font-size: var(--_price-size); font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.1; }
  .price .total { font-size: 1.1em; font-variant-numeric: tabular-nums; }
  .price .stale { opacity: 0.55; }
  .status { font-size: 0.88em; color: var(--_muted); min-height: 1.3em; margin: 0; }
  .problem { border-left: 4px solid var(--_danger); padding: 4px 0 4px 12px; display: grid; gap: 4px; }
  .problem p { margin: 0; }
  dl.metrics { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 4px 16px; margin: 0; }
  dl.metrics dt { color: var(--_muted); }
  dl.metrics dd { margin: 0; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
  ul.warnings { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
  ul.warnings li { border-left: 4px solid var(--_warning); padding: 4px 0 4px 12px; }
  ul.warnings p { margin: 0; }
  .fix { color: var(--_muted); }
  .fix b { color: var(--_fg); font-weight: 600; }
  .units { border: 2px solid var(--_warning); }
  .units .row button[aria-pressed='true'] { background: var(--_accent); color: var(--_on-primary); border-color: var(--_accent); }
  .notice { margin: 0; }
  .notice.ok { color: var(--_success); }
  .notice.ok::before { content: '✓ '; }
  section { min-width: 0; }
  fieldset.sub { padding: var(--_space); gap: var(--_space); }
  .check { display: flex; gap: 8px; align-items: baseline; }
  .check input { margin: 0; padding: 0; flex: none; width: 1.1em; height: 1.1em; accent-color: var(--_accent); transform: translateY(0.15em); }
  .check label { display: block; min-width: 0; overflow-wrap: anywhere; font-size: 1em; color: var(--_fg); }
  .choice { display: grid; gap: 6px; }
  .choice .count { padding-left: calc(1.1em + 8px); }
  .count input { max-width: 8em; }
  .delivery .check input:checked + label { font-weight: 600; }
  td .detail { display: block; font-size: 0.85em; color: var(--_muted); overflow-wrap: anywhere; }
  @container (max-width: 420px) {
    dl.metrics { grid-template-columns: minmax(0, 1fr); gap: 0; }
    dl.metrics dd { margin-bottom: 6px; }
  }
`;
