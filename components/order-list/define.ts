import { KerfOrderList } from './order-list.component.js';

if (!customElements.get('kerf-order-list')) customElements.define('kerf-order-list', KerfOrderList);
