import { KerfOrderFiles } from './order-files.component.js';

if (!customElements.get('kerf-order-files')) customElements.define('kerf-order-files', KerfOrderFiles);
