import { KerfCatalog } from './catalog.component.js';

if (!customElements.get('kerf-catalog')) customElements.define('kerf-catalog', KerfCatalog);
