import { KerfBackOffice } from './back-office.component.js';

if (!customElements.get('kerf-back-office')) customElements.define('kerf-back-office', KerfBackOffice);
