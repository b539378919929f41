import { KerfReturns } from './returns.component.js';

if (!customElements.get('kerf-returns')) customElements.define('kerf-returns', KerfReturns);
