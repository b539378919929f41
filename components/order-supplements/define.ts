import { KerfOrderSupplements } from './order-supplements.component.js';

if (!customElements.get('kerf-order-supplements')) customElements.define('kerf-order-supplements', KerfOrderSupplements);
