import { KerfAdminOutbox } from './admin-outbox.component.js';

if (!customElements.get('kerf-admin-outbox')) customElements.define('kerf-admin-outbox', KerfAdminOutbox);
