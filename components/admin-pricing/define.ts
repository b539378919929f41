import { KerfAdminPricing } from './admin-pricing.component.js';

if (!customElements.get('kerf-admin-pricing')) customElements.define('kerf-admin-pricing', KerfAdminPricing);
