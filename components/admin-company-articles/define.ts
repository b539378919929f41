import { KerfAdminCompanyArticles } from './admin-company-articles.component.js';

if (!customElements.get('kerf-admin-company-articles')) customElements.define('kerf-admin-company-articles', KerfAdminCompanyArticles);
