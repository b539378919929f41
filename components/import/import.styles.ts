import { css } from 'lit';
import { controls, tokens } from '../shared/theme.js';

export const styles = [
  tokens,
  controls,
  css`
    section { display: grid; gap: var(--_space); max-width: var(--kerf-import-max-width, 60ch); }
    h2, p, ol { margin: 0; }
    ol { padding-left: 1.4em; display: grid; gap: 4px; }
    .note { border-left: 4px solid var(--_warning); }
  `,
];
