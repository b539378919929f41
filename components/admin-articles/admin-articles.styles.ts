import { css } from 'lit';

export const styles = css`
  form.search { display: grid; gap: var(--_space); grid-template-columns: minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr) auto; align-items: end; margin-bottom: calc(var(--_space) * 2); }
  @container (max-width: 640px) { form.search { grid-template-columns: minmax(0, 1fr); } }
  .panels { display: grid; gap: var(--kerf-admin-articles-gap, calc(var(--_space) * 2)); grid-template-columns: repeat(auto-fit, minmax(min(100%, 380px), 1fr)); align-items: start; margin-top: var(--kerf-admin-articles-gap, calc(var(--_space) * 2)); }
  .panels h3 { margin-top: 0; }
  ul.categories { list-style: none; margin: 0 0 var(--_space); padding: 0; display: grid; gap: var(--_space); }
  ul.categories li { border-bottom: 1px solid var(--_border); padding-bottom: var(--_space); }
  ul.categories form, form.new-category { display: grid; gap: var(--_space); grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr)); align-items: end; }
  form.new-category h4 { grid-column: 1 / -1; margin: 0; }
  .category-head { display: flex; flex-wrap: wrap; gap: var(--_space); justify-content: space-between; align-items: baseline; margin-bottom: 4px; }
  .row-actions { display: flex; flex-wrap: wrap; gap: 6px; grid-column: 1 / -1; }
  form.import { display: grid; gap: var(--_space); }
  tr[data-status='error'] td { color: var(--kerf-admin-articles-error-color, var(--_danger)); }
  td.messages { overflow-wrap: anywhere; }
  td.actions-cell { white-space: nowrap; }
  form.article { display: block; }
  form.article > fieldset { margin-bottom: var(--kerf-admin-articles-gap, calc(var(--_space) * 2)); }
  textarea { min-height: 4.5em; resize: vertical; }
  .breaks { display: grid; gap: var(--_space); }
  .break { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto; gap: var(--_space); align-items: end; }
  .image { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 2); align-items: flex-start; }
  .image img {
    width: var(--kerf-admin-articles-image-size, 160px); height: var(--kerf-admin-articles-image-size, 160px); object-fit: contain;
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg-2);
  }
  .image .picker { display: grid; gap: var(--_space); flex: 1 1 14em; min-width: 0; }
  .field { display: grid; gap: 4px; align-content: start; min-width: 0; }
  .field-error { color: var(--_danger); font-size: 0.95em; }
  small.hint { color: var(--_muted); }
  .ok { color: var(--_success); }
  .actions .danger { margin-inline-start: auto; }
`;
