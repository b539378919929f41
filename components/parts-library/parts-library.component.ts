import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { Basket, CatalogView, Part, PartList, PartSort, Session } from '../../sdk/client/types.js';
import type { BasketAddDetail } from '../shared/basket-add.js';
import { ApiElement } from '../shared/api.js';
import { pagination } from '../shared/pagination.js';
import { styles } from './parts-library.styles.js';
import { TEXTS } from './translations.js';

type SortChoice = 'name' | 'articleNumber' | 'unitPrice' | 'newest';
const SORTS: Record<SortChoice, PartSort> = { name: 'name', articleNumber: 'articleNumber', unitPrice: 'unitPrice', newest: '-createdAt' };

interface EditDraft {
  name: string;
  articleNumber: string;
  material: string;
  thickness: number;
  params: Record<string, number>;
}

/**
 * The company's parts library: search, sort and paging, preview thumbnails, and per part edit,
 * copy, delete, re-order and the drawing's download.
 *
 * @summary The company's saved parts, ready to re-order.
 *
 * @fires kerf-basket-add - A part was put in the basket: `{ part, quantity, basket }` (the server's basket; as kerf-configurator's).
 * @fires kerf-navigate - "New part" was chosen: `{ href: '#/new' }`.
 *
 * @csspart toolbar - Search, sort and the "New part" button.
 * @csspart list - The list of parts.
 * @csspart part - One part's card.
 * @csspart thumbnail - A part's preview image.
 * @csspart pagination - Previous/next and "page n of m".
 * @csspart empty - The message when there are no parts.
 *
 * @cssprop --kerf-parts-library-card-min - Least width of a card (default 260px); below two of them the list is one column.
 * @cssprop --kerf-parts-library-thumb-bg - Background of the thumbnails (default the surface-2 color).
 *
 * @example
 * <kerf-parts-library api="https://portal.example.com" lang="de" page-size="12"></kerf-parts-library>
 * <script>
 *   document.addEventListener('kerf-basket-add', (e) => console.log(e.detail.basket.total));
 * </script>
 */
export class KerfPartsLibrary extends ApiElement {
  static override styles = styles;

  /** Parts per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;

  @state() private searchText = '';
  @state() private q = '';
  @state() private sort: SortChoice = 'newest';
  @state() private page = 1;
  @state() private list?: PartList;
  /** One live message for the outcome of an action (added, copied, deleted, or an error). */
  @state() private notice: { text: string; error?: boolean } | null = null;
  @state() private quantities: Record<number, number> = {};
  @state() private busy: Record<number, boolean> = {};

  @state() private editing: Part | null = null;
  @state() private draft: EditDraft | null = null;
  @state() private editResult: Part | null = null;
  @state() private editError = '';
  @state() private editBusy = false;
  @state() private catalog: CatalogView | null = null;
  @state() private deleting: Part | null = null;
  @state() private deleteError = '';

  @query('dialog.edit') private editDialog!: HTMLDialogElement;
  @query('dialog.delete') private deleteDialog!: HTMLDialogElement;

  private debounce?: ReturnType<typeof setTimeout>;
  private returnFocus: HTMLElement | null = null;
  private reloads = 0;

  private readonly parts = new Task(this, {
    task: async ([q, sort, page, pageSize], { signal }) => {
      await this.ensureSession(signal);
      const list = await this.client.parts.list({ q: q || undefined, sort: SORTS[sort], page, pageSize: Math.min(100, Math.max(1, pageSize)) }, { signal });
      // a page beyond the end (after a delete, say) moves to the last page there is
      const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
      if (page > pages) {
        this.page = pages;
        return this.list;
      }
      this.list = list;
      return list;
    },
    args: () => [this.q, this.sort, this.page, this.pageSize, this.handle?.session?.activeCompanyId, this.reloads] as const,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounce);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // another company's parts must not stay on screen
    if (changed.has('handle' as keyof KerfPartsLibrary)) this.ownSession = null;
  }

  private reload() {
    this.reloads++;
    this.requestUpdate();
  }

  private get t() {
    return this.tr(TEXTS);
  }

  private onSearch(e: Event) {
    this.searchText = (e.target as HTMLInputElement).value;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.q = this.searchText.trim();
      this.page = 1;
    }, 250);
  }

  private onSort(e: Event) {
    this.sort = (e.target as HTMLSelectElement).value as SortChoice;
    this.page = 1;
  }

  private say(text: string, error = false) {
    this.notice = { text, error };
  }

  // ---- actions ---------------------------------------------------------------------------

  private async addToBasket(p: Part) {
    const quantity = this.quantities[p.id] ?? 1;
    if (!Number.isInteger(quantity) || quantity < 1) return;
    this.busy = { ...this.busy, [p.id]: true };
    try {
      const basket: Basket = await this.client.basket.addItem({ partId: p.id, quantity });
      this.emit('kerf-basket-add', { part: p, quantity, basket });
      this.say(this.t.added(quantity, p.name));
    } catch (e) {
      this.say(this.errorText(e), true);
    } finally {
      this.busy = { ...this.busy, [p.id]: false };
    }
  }

  private async copy(p: Part) {
    this.busy = { ...this.busy, [p.id]: true };
    try {
      const c = await this.client.parts.copy(p.id);
      this.say(this.t.copied(c.name));
      this.reload();
    } catch (e) {
      this.say(this.errorText(e), true);
    } finally {
      this.busy = { ...this.busy, [p.id]: false };
    }
  }

  private askDelete(p: Part, e: Event) {
    this.returnFocus = e.currentTarget as HTMLElement;
    this.deleting = p;
    this.deleteError = '';
    void this.updateComplete.then(() => this.deleteDialog.showModal());
  }

  private async confirmDelete() {
    const p = this.deleting;
    if (!p) return;
    this.editBusy = true;
    try {
      await this.client.parts.delete(p.id);
      this.deleteDialog.close();
      this.say(this.t.deleted(p.name));
      this.reload();
    } catch (e) {
      this.deleteError = this.errorText(e);
    } finally {
      this.editBusy = false;
    }
  }

  private async openEdit(p: Part, e: Event) {
    this.returnFocus = e.currentTarget as HTMLElement;
    this.editing = p;
    this.editResult = null;
    this.editError = '';
    this.draft = { name: p.name, articleNumber: p.articleNumber ?? '', material: p.material, thickness: p.thickness, params: numericParams(p.params) };
    await this.updateComplete;
    this.editDialog.showModal();
    if (!this.catalog) {
      try {
        this.catalog = await this.client.quoting.catalog();
      } catch (err) {
        this.editError = this.errorText(err);
      }
    }
  }

  private setDraft(patch: Partial<EditDraft>) {
    if (!this.draft) return;
    const next = { ...this.draft, ...patch };
    if (patch.material && this.catalog) {
      const m = this.catalog.catalog.materials.find((x) => x.id === patch.material);
      if (m && !m.thicknesses.some((t) => t.thickness === next.thickness)) next.thickness = m.thicknesses[0].thickness;
    }
    this.draft = next;
  }

  private async saveEdit(e: Event) {
    e.preventDefault();
    const p = this.editing;
    const d = this.draft;
    if (!p || !d) return;
    this.editBusy = true;
    this.editError = '';
    try {
      const saved = await this.client.parts.patch(p.id, {
        name: d.name.trim(),
        articleNumber: d.articleNumber.trim() || null,
        material: d.material,
        thickness: d.thickness,
        ...(p.source === 'template' && Object.keys(d.params).length ? { params: d.params } : {}),
      });
      this.editing = saved;
      this.editResult = saved;
      this.reload();
    } catch (err) {
      this.editError = this.errorText(err);
    } finally {
      this.editBusy = false;
    }
  }

  private closed() {
    this.editing = null;
    this.draft = null;
    this.deleting = null;
    this.returnFocus?.focus();
    this.returnFocus = null;
  }

  // ---- rendering -------------------------------------------------------------------------

  override render() {
    const t = this.t;
    const list = this.list;
    const status = this.parts.status;
    return html`
      <section aria-labelledby="title">
        <div class="head">
          <h2 id="title">${t.title}</h2>
          ${this.hasRight('edit_parts')
            ? html`<button class="primary" @click=${() => this.emit('kerf-navigate', { href: '#/new' })}>${t.newPart}</button>`
            : nothing}
        </div>
        <div class="toolbar" part="toolbar" role="search">
          <label class="grow"><span>${t.searchLabel}</span>
            <input type="search" .value=${this.searchText} placeholder=${t.searchPlaceholder} @input=${this.onSearch} autocomplete="off" />
          </label>
          <label><span>${t.sortLabel}</span>
            <select @change=${this.onSort}>
              ${(Object.keys(SORTS) as SortChoice[]).map((k) => html`<option value=${k} ?selected=${this.sort === k}>${t.sorts[k]}</option>`)}
            </select>
          </label>
        </div>
        <p class="notice ${this.notice?.error ? 'error' : ''}" role="status" aria-live="polite">${this.notice?.text ?? ''}</p>
        ${status === TaskStatus.ERROR
          ? html`<div class="card error-box" role="alert">
              <p class="error">${this.errorText(this.parts.error)}</p>
              <button @click=${() => this.parts.run()}>${this.common.retry}</button>
            </div>`
          : nothing}
        ${!list && status !== TaskStatus.ERROR ? html`<p class="muted" role="status">${this.common.loading}</p>` : nothing}
        ${list ? this.renderList(list, status === TaskStatus.PENDING) : nothing}
      </section>
      ${this.renderEditDialog()} ${this.renderDeleteDialog()}
    `;
  }

  private renderList(list: PartList, pending: boolean) {
    const t = this.t;
    const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
    if (!list.items.length) {
      return html`<div class="card empty" part="empty" aria-busy=${pending ? 'true' : 'false'}>
        <p>${this.q ? t.noMatch(this.q) : t.empty}</p>
        ${!this.q && this.hasRight('edit_parts')
          ? html`<button class="primary" @click=${() => this.emit('kerf-navigate', { href: '#/new' })}>${t.newPart}</button>`
          : nothing}
      </div>`;
    }
    return html`
      <p class="count muted" aria-live="polite">${t.total(list.total)}</p>
      <ul class="list" part="list" aria-busy=${pending ? 'true' : 'false'}>${list.items.map((p) => this.renderPart(p))}</ul>
      ${pagination({
        page: this.page, pages, pending, go: (page) => { this.page = page; },
        label: t.pagination, previous: this.common.previous, next: this.common.next, pageOf: (_page, n) => t.pageOf(list.page, n),
      })}
    `;
  }

  private renderPart(p: Part) {
    const t = this.t;
    const f = this.fmt;
    const canEdit = this.hasRight('edit_parts');
    const canOrder = this.hasRight('order');
    const busy = !!this.busy[p.id];
    const qid = `qty-${p.id}`;
    return html`<li class="card part" part="part">
      <img part="thumbnail" class="thumb" src=${`${this.client.parts.previewUrl(p.id)}?v=${p.updatedAt}`} alt=${t.preview(p.name)}
        loading="lazy" decoding="async" width="240" height="150" />
      <div class="body">
        <h3 class="name">${p.name}</h3>
        <p class="muted article">${p.articleNumber ?? t.noArticleNumber}</p>
        <dl class="facts">
          <div><dt>${t.material}</dt><dd>${p.material}, ${f.number(p.thickness, p.thickness % 1 ? 1 : 0)} mm</dd></div>
          <div><dt>${t.unitPrice}</dt><dd class="price">${f.money(p.unitPrice, p.currency)}</dd></div>
          <div><dt>${t.cutLength}</dt><dd>${f.mm(p.cutLength)}</dd></div>
          <div><dt>${t.weight}</dt><dd>${f.kg(p.weight)}</dd></div>
        </dl>
        ${p.warnings.length ? html`<p class="warning">⚠ ${t.warnings(p.warnings.length)}</p>` : nothing}
        ${canOrder
          ? html`<div class="order row">
              <label class="sr-only" for=${qid}>${t.quantity(p.name)}</label>
              <input id=${qid} class="qty" type="number" min="1" max="1000000" step="1" inputmode="numeric"
                .value=${String(this.quantities[p.id] ?? 1)}
                @input=${(e: Event) => (this.quantities = { ...this.quantities, [p.id]: Number((e.target as HTMLInputElement).value) })} />
              <button class="primary" ?disabled=${busy} @click=${() => this.addToBasket(p)}>${t.addToBasket}</button>
            </div>`
          : nothing}
        <div class="actions row" role="group" aria-label=${t.actionsFor(p.name)}>
          ${canEdit
            ? html`<button @click=${(e: Event) => this.openEdit(p, e)}>${this.common.edit}</button>
                <button ?disabled=${busy} @click=${() => this.copy(p)}>${this.common.copy}</button>
                <button class="danger" @click=${(e: Event) => this.askDelete(p, e)}>${this.common.delete}</button>`
            : nothing}
          <a class="button" href=${this.client.parts.drawingUrl(p.id)} download aria-label=${t.downloadLabel(p.name)}>${t.download}</a>
        </div>
      </div>
    </li>`;
  }

  private renderEditDialog() {
    const t = this.t;
    const p = this.editing;
    const d = this.draft;
    const materials = this.catalog?.catalog.materials ?? [];
    const material = materials.find((m) => m.id === d?.material);
    const template = p?.template ? this.catalog?.templates.find((x) => x.name === p.template) : undefined;
    const r = this.editResult;
    return html`<dialog class="edit" aria-labelledby="edit-title" @close=${this.closed}>
      ${p && d
        ? html`<form @submit=${this.saveEdit}>
            <h2 id="edit-title">${t.editTitle(p.name)}</h2>
            <label><span>${t.name}</span>
              <input required maxlength="200" .value=${d.name} @input=${(e: Event) => this.setDraft({ name: (e.target as HTMLInputElement).value })} />
            </label>
            <label><span>${t.articleNumber}</span>
              <input maxlength="80" .value=${d.articleNumber} @input=${(e: Event) => this.setDraft({ articleNumber: (e.target as HTMLInputElement).value })} />
            </label>
            ${this.catalog
              ? html`<div class="two">
                  <label><span>${t.material}</span>
                    <select @change=${(e: Event) => this.setDraft({ material: (e.target as HTMLSelectElement).value })}>
                      ${materials.some((m) => m.id === d.material) ? nothing : html`<option selected value=${d.material}>${d.material}</option>`}
                      ${materials.map((m) => html`<option value=${m.id} ?selected=${m.id === d.material}>${m.name[this.language] ?? m.name.en} (${m.id})</option>`)}
                    </select>
                  </label>
                  <label><span>${t.thickness}</span>
                    <select @change=${(e: Event) => this.setDraft({ thickness: Number((e.target as HTMLSelectElement).value) })}>
                      ${(material?.thicknesses ?? [{ thickness: d.thickness }]).map((x) => html`<option value=${x.thickness} ?selected=${x.thickness === d.thickness}>${this.fmt.number(x.thickness, x.thickness % 1 ? 1 : 0)} mm</option>`)}
                    </select>
                  </label>
                </div>
                ${template
                  ? html`<fieldset><legend>${t.parameters}</legend><div class="two">
                      ${template.params.map((s) => html`<label><span>${s.labels[this.language] ?? s.labels.en}${s.unit === 'mm' ? ' (mm)' : ''}</span>
                        <input type="number" min=${s.min} max=${s.max} step=${s.type === 'integer' ? 1 : 'any'} required
                          .value=${String(d.params[s.name] ?? s.default)}
                          @input=${(e: Event) => this.setDraft({ params: { ...d.params, [s.name]: Number((e.target as HTMLInputElement).value) } })} />
                      </label>`)}
                    </div></fieldset>`
                  : nothing}`
              : html`<p class="muted" role="status">${t.loadingCatalog}</p>`}
            <div role="status" aria-live="polite" class="result">
              ${r
                ? html`<p class="success"><strong>${t.saved(this.fmt.money(r.unitPrice, r.currency))}</strong></p>
                    ${r.prices?.length
                      ? html`<ul class="prices">${r.prices.filter((x) => x.quantity === 10 || x.quantity === 50).map((x) => html`<li>${t.priceAt(x.quantity, this.fmt.money(x.unitPrice, r.currency))}</li>`)}</ul>`
                      : nothing}`
                : nothing}
            </div>
            ${this.editError ? html`<p class="error" role="alert">${this.editError}</p>` : nothing}
            <div class="row end">
              <button type="button" @click=${() => this.editDialog.close()}>${r ? this.common.close : this.common.cancel}</button>
              <button class="primary" type="submit" ?disabled=${this.editBusy || !this.catalog}>${this.common.save}</button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  private renderDeleteDialog() {
    const t = this.t;
    const p = this.deleting;
    return html`<dialog class="delete" role="alertdialog" aria-labelledby="delete-title" aria-describedby="delete-text" @close=${this.closed}>
      ${p
        ? html`<h2 id="delete-title">${t.deleteTitle}</h2>
            <p id="delete-text">${t.deleteText(p.name)}</p>
            ${this.deleteError ? html`<p class="error" role="alert">${this.deleteError}</p>` : nothing}
            <div class="row end">
              <button type="button" autofocus @click=${() => this.deleteDialog.close()}>${this.common.cancel}</button>
              <button type="button" class="primary danger-fill" ?disabled=${this.editBusy} @click=${this.confirmDelete}>${this.common.delete}</button>
            </div>`
        : nothing}
    </dialog>`;
  }
}

function numericParams(params: Record<string, unknown> | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(params ?? {})) if (typeof v === 'number') out[k] = v;
  return out;
}

declare global {
  interface HTMLElementTagNameMap {
    'kerf-parts-library': KerfPartsLibrary;
  }
  interface GlobalEventHandlersEventMap {
    'kerf-basket-add': CustomEvent<BasketAddDetail>;
    'kerf-navigate': CustomEvent<{ href: string }>;
  }
}
