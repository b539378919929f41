import { KerfAdminArticles } from './admin-articles.component.js';

if (!customElements.get('kerf-admin-articles')) customElements.define('kerf-admin-articles', KerfAdminArticles);
