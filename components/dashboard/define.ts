import { KerfDashboard } from './dashboard.component.js';

if (!customElements.get('kerf-dashboard')) customElements.define('kerf-dashboard', KerfDashboard);
