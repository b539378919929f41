import { KerfNestView } from './nest-view.component.js';

if (!customElements.get('kerf-nest-view')) customElements.define('kerf-nest-view', KerfNestView);
