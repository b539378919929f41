import { KerfStatement } from './statement.component.js';

if (!customElements.get('kerf-statement')) customElements.define('kerf-statement', KerfStatement);
