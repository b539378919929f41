import '../preview/define.js';
import { KerfConfigurator } from './configurator.component.js';

if (!customElements.get('kerf-configurator')) customElements.define('kerf-configurator', KerfConfigurator);
