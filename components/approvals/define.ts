import { KerfApprovals } from './approvals.component.js';

if (!customElements.get('kerf-approvals')) customElements.define('kerf-approvals', KerfApprovals);
