import { KerfPreview } from './preview.component.js';

if (!customElements.get('kerf-preview')) customElements.define('kerf-preview', KerfPreview);
