import { KerfBasket } from './basket.component.js';

if (!customElements.get('kerf-basket')) customElements.define('kerf-basket', KerfBasket);
