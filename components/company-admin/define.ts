import { KerfCompanyAdmin } from './company-admin.component.js';

if (!customElements.get('kerf-company-admin')) customElements.define('kerf-company-admin', KerfCompanyAdmin);
