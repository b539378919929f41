import { KerfLogin } from './login.component.js';

if (!customElements.get('kerf-login')) customElements.define('kerf-login', KerfLogin);
