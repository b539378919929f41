import { KerfOrderReceipt } from './order-receipt.component.js';

if (!customElements.get('kerf-order-receipt')) customElements.define('kerf-order-receipt', KerfOrderReceipt);
