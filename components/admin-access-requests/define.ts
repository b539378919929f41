import { KerfAdminAccessRequests } from './admin-access-requests.component.js';

if (!customElements.get('kerf-admin-access-requests')) customElements.define('kerf-admin-access-requests', KerfAdminAccessRequests);
