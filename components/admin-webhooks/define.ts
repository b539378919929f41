import { KerfAdminWebhooks } from './admin-webhooks.component.js';

if (!customElements.get('kerf-admin-webhooks')) customElements.define('kerf-admin-webhooks', KerfAdminWebhooks);
