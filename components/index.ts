/**
 * Kerf web components: the classes, for embedders who register them under other names.
 * `kerf.js` (the bundle) also registers every element under its `kerf-` name.
 */
export { KerfElement } from './shared/kerf-element.js';
export { ApiElement, apiContext } from './shared/api.js';
