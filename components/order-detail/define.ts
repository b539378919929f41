import { KerfOrderDetail } from './order-detail.component.js';

if (!customElements.get('kerf-order-detail')) customElements.define('kerf-order-detail', KerfOrderDetail);
