import { KerfOrderThread } from './order-thread.component.js';

if (!customElements.get('kerf-order-thread')) customElements.define('kerf-order-thread', KerfOrderThread);
