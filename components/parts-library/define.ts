import { KerfPartsLibrary } from './parts-library.component.js';

if (!customElements.get('kerf-parts-library')) customElements.define('kerf-parts-library', KerfPartsLibrary);
