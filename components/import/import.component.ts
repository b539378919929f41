import { html } from 'lit';
import { KerfElement } from '../shared/kerf-element.js';
import { styles } from './import.styles.js';
import { TEXTS } from './translations.js';

/**
 * Bulk import of parts from a spreadsheet. Until issue [5] builds it, this element says what the
 * import will do and offers nothing that does not work: the explanation and a way back to the
 * parts library.
 *
 * @summary Bulk import of parts (explanation only, for now).
 *
 * @fires kerf-navigate - "Back to the parts library" was chosen: `{ href: '#/parts' }`.
 *
 * @csspart note - The note that import is not available yet.
 *
 * @cssprop --kerf-import-max-width - Width of the text (default 60ch).
 *
 * @example
 * <kerf-import lang="fr"></kerf-import>
 */
export class KerfImport extends KerfElement {
  static override styles = styles;

  override render() {
    const t = this.tr(TEXTS);
    return html`<section aria-labelledby="title">
      <h2 id="title">${t.title}</h2>
      <p>${t.intro}</p>
      <ol>${t.steps.map((s) => html`<li>${s}</li>`)}</ol>
      <p class="card note" part="note" role="note">${t.notYet}</p>
      <p><a href="#/parts" @click=${(e: Event) => {
        if (!this.emit('kerf-navigate', { href: '#/parts' }, { cancelable: true })) e.preventDefault();
      }}>${t.back}</a></p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kerf-import': KerfImport;
  }
}
