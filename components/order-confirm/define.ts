import { KerfOrderConfirm } from './order-confirm.component.js';

if (!customElements.get('kerf-order-confirm')) customElements.define('kerf-order-confirm', KerfOrderConfirm);
