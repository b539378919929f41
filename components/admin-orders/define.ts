import { KerfAdminOrders } from './admin-orders.component.js';

if (!customElements.get('kerf-admin-orders')) customElements.define('kerf-admin-orders', KerfAdminOrders);
