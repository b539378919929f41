import { KerfPortal } from './portal.component.js';

if (!customElements.get('kerf-portal')) customElements.define('kerf-portal', KerfPortal);
