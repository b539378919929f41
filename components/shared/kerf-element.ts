/**
 * The base of every Kerf element: the `lang` and `theme` settings (attributes, reactive), typed
 * translation tables, Intl formatters, and `emit()` for `kerf-*` events that bubble and cross
 * shadow roots (STYLE.md 10).
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { COMMON, type Common } from './common-translations.js';
import { formats, isLang, resolveLang, type Formats, type Lang, type Tables } from './i18n.js';

const langWatchers = new Set<KerfElement>();
let observer: MutationObserver | null = null;
/** Elements without their own `lang` follow the page's (`<html lang>`) when it changes. */
function watchDocumentLang(el: KerfElement, on: boolean) {
  if (typeof MutationObserver === 'undefined') return;
  if (on) langWatchers.add(el);
  else langWatchers.delete(el);
  if (!observer && langWatchers.size) {
    observer = new MutationObserver(() => { for (const w of langWatchers) w.requestUpdate(); });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'data-kerf-theme'] });
  }
}

export class KerfElement extends LitElement {
  /** Language of the texts (`en`, `de`, `fr`); without it, the closest `lang` of the page. */
  @property({ reflect: true }) override lang = '';
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`); reflected for the styles. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | '' = '';

  override connectedCallback(): void {
    super.connectedCallback();
    watchDocumentLang(this, true);
    if (!this.theme) {
      const t = document.documentElement.dataset.kerfTheme;
      if (t === 'dark' || t === 'light') this.theme = t;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchDocumentLang(this, false);
  }

  /** The language in use. */
  get language(): Lang {
    return isLang(this.lang) ? this.lang : resolveLang(this);
  }

  /** This component's texts in the language in use. */
  protected tr<T>(tables: Tables<T>): T {
    return tables[this.language];
  }

  /** Words every component shares. */
  protected get common(): Common {
    return COMMON[this.language];
  }

  protected get fmt(): Formats {
    return formats(this.language);
  }

  /** A plain message for an error: the server's message where there is one, else by code. */
  protected errorText(e: unknown): string {
    const err = e as { code?: string; message?: string; status?: number };
    if (err?.code && this.common.errors[err.code]) {
      // the server's own message is already plain language (and in English); prefer ours when translated
      return this.language === 'en' && err.message ? err.message : this.common.errors[err.code];
    }
    return err?.message || this.common.error;
  }

  /** Dispatch a `kerf-*` event that bubbles out of shadow roots. */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(
    name: K,
    detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }
}
