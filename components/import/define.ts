import { KerfImport } from './import.component.js';

if (!customElements.get('kerf-import')) customElements.define('kerf-import', KerfImport);
