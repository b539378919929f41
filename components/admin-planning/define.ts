import { KerfAdminPlanning } from './admin-planning.component.js';

if (!customElements.get('kerf-admin-planning')) customElements.define('kerf-admin-planning', KerfAdminPlanning);
