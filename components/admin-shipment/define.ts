import { KerfAdminShipment } from './admin-shipment.component.js';

if (!customElements.get('kerf-admin-shipment')) customElements.define('kerf-admin-shipment', KerfAdminShipment);
