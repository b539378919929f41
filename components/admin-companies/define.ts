import { KerfAdminCompanies } from './admin-companies.component.js';

if (!customElements.get('kerf-admin-companies')) customElements.define('kerf-admin-companies', KerfAdminCompanies);
