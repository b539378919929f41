import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { Article, ArticleList, ArticleSort, Basket } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { pagination } from '../shared/pagination.js';
import { styles } from './catalog.styles.js';
import { TEXTS } from './translations.js';

const SORTS: ArticleSort[] = ['category', 'number', 'name', 'price', '-price'];

/** Detail of the catalog's `kerf-basket-add`: the article, not a part (the event is the configurator's and the parts library's). */
export interface ArticleBasketAddDetail {
  article: Article;
  quantity: number;
  /** The server's basket after the addition. */
  basket: Basket;
}

/** The company's price per unit at a quantity: the last quantity break reached (as the server prices the line). */
export function unitPriceAt(a: Pick<Article, 'unitPrice' | 'prices'>, quantity: number): number {
  let price = a.unitPrice;
  for (const p of [...a.prices].sort((x, y) => x.quantity - y.quantity)) if (quantity >= p.quantity) price = p.unitPrice;
  return price;
}

/**
 * The catalog articles published to the customer's company (hardware, sheet blanks, services):
 * search, category filter, sort and paging; each article at the company's price (the list price
 * struck through where it differs), its quantity prices, the stock where the shop shows it, the
 * company's own article number and name, and its picture. Favourites per user (a star; a filter to
 * them), and a quantity to put in the basket beside the parts.
 *
 * @summary The shop's catalog articles at the company's prices, with favourites and the basket.
 *
 * @fires kerf-basket-add - An article was put in the basket: `{ article, quantity, basket }` (the server's basket; `article` where kerf-configurator and kerf-parts-library send `part`).
 *
 * @csspart toolbar - Search, category, favourites filter and sort.
 * @csspart list - The list of articles.
 * @csspart article - One article's card.
 * @csspart image - An article's picture.
 * @csspart price - An article's price (and the struck-through list price).
 * @csspart breaks - An article's quantity prices.
 * @csspart stock - An article's stock, where the shop shows it.
 * @csspart favorite - The favourite toggle (a star).
 * @csspart pagination - Previous/next and "page n of m".
 * @csspart empty - The message when no article is shown.
 *
 * @cssprop --kerf-catalog-card-min - Least width of a card (default 260px); below two of them the list is one column.
 * @cssprop --kerf-catalog-image-bg - Background of the pictures (default the surface-2 colour).
 * @cssprop --kerf-catalog-image-height - Height of the pictures (default 150px).
 * @cssprop --kerf-catalog-favorite - Colour of a marked favourite's star (default the warning colour).
 *
 * @example
 * <kerf-catalog api="https://portal.example.com" lang="de" page-size="24"></kerf-catalog>
 * <script>
 *   document.addEventListener('kerf-basket-add', (e) => console.log(e.detail.article?.number, e.detail.basket.total));
 * </script>
 */
export class KerfCatalog extends ApiElement {
  static override styles = styles;

  /** Articles per page (1–200). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 24;

  @state() private searchText = '';
  @state() private q = '';
  @state() private categoryId: number | null = null;
  @state() private favoritesOnly = false;
  @state() private sort: ArticleSort = 'category';
  @state() private page = 1;
  @state() private list?: ArticleList;
  /** One live message for the outcome of an action (added, favourite, or an error). */
  @state() private notice: { text: string; error?: boolean } | null = null;
  @state() private quantities: Record<number, number> = {};
  @state() private busy: Record<number, boolean> = {};

  private debounce?: ReturnType<typeof setTimeout>;
  private reloads = 0;

  private readonly articles = new Task(this, {
    task: async ([q, categoryId, favorites, sort, page, pageSize, lang], { signal }) => {
      await this.ensureSession(signal);
      const list = await this.client.articles.list({
        q: q || undefined, categoryId: categoryId ?? undefined, favorites: favorites || undefined, sort, page,
        pageSize: Math.min(200, Math.max(1, pageSize)), lang,
      }, { signal });
      // a page beyond the end (after a favourite was taken off, say) moves to the last page there is
      const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
      if (page > pages) {
        this.page = pages;
        return this.list;
      }
      this.list = list;
      return list;
    },
    args: () => [this.q, this.categoryId, this.favoritesOnly, this.sort, this.page, this.pageSize, this.language,
      this.handle?.session?.activeCompanyId, this.reloads] as const,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounce);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // another company's articles and prices must not stay on screen
    if (changed.has('handle' as keyof KerfCatalog)) this.ownSession = null;
  }

  private get t() {
    return this.tr(TEXTS);
  }

  private unit(u: string) {
    return this.t.units[u] ?? u;
  }

  private say(text: string, error = false) {
    this.notice = { text, error };
  }

  private onSearch(e: Event) {
    this.searchText = (e.target as HTMLInputElement).value;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.q = this.searchText.trim();
      this.page = 1;
    }, 250);
  }

  private onCategory(e: Event) {
    const v = (e.target as HTMLSelectElement).value;
    this.categoryId = v ? Number(v) : null;
    this.page = 1;
  }

  private onFavorites(e: Event) {
    this.favoritesOnly = (e.target as HTMLInputElement).checked;
    this.page = 1;
  }

  private onSort(e: Event) {
    this.sort = (e.target as HTMLSelectElement).value as ArticleSort;
    this.page = 1;
  }

  private showAll() {
    clearTimeout(this.debounce);
    this.searchText = '';
    this.q = '';
    this.categoryId = null;
    this.favoritesOnly = false;
    this.page = 1;
  }

  /** The article as the server now has it, in place (no reload: the list keeps its order and page). */
  private replace(a: Article) {
    if (!this.list) return;
    this.list = { ...this.list, items: this.list.items.map((x) => (x.id === a.id ? a : x)) };
  }

  // ---- actions ---------------------------------------------------------------------------

  private async toggleFavorite(a: Article) {
    this.busy = { ...this.busy, [a.id]: true };
    try {
      const next = a.favorite ? await this.client.articles.removeFavorite(a.id) : await this.client.articles.addFavorite(a.id);
      this.replace(next);
      this.say(next.favorite ? this.t.favoriteAdded(next.name) : this.t.favoriteRemoved(next.name));
      // in the favourites filter, one taken off leaves the list
      if (this.favoritesOnly && !next.favorite) {
        this.reloads++;
        this.requestUpdate();
      }
    } catch (e) {
      this.say(this.errorText(e), true);
    } finally {
      this.busy = { ...this.busy, [a.id]: false };
    }
  }

  private async addToBasket(a: Article) {
    const quantity = this.quantities[a.id] ?? 1;
    if (!Number.isInteger(quantity) || quantity < 1) {
      this.say(this.t.badQuantity, true);
      return;
    }
    this.busy = { ...this.busy, [a.id]: true };
    try {
      const basket: Basket = await this.client.basket.addItem({ articleId: a.id, quantity });
      // the event the configurator and the parts library send (the portal's badge and kerf-basket
      // follow its basket), with the article where they name a part
      const detail: ArticleBasketAddDetail = { article: a, quantity, basket };
      this.emit('kerf-basket-add', detail);
      this.say(this.t.added(this.fmt.number(quantity), this.unit(a.unit), a.name));
    } catch (e) {
      this.say(this.errorText(e), true);
    } finally {
      this.busy = { ...this.busy, [a.id]: false };
    }
  }

  // ---- rendering -------------------------------------------------------------------------

  override render() {
    const t = this.t;
    const list = this.list;
    const status = this.articles.status;
    const categories = list?.categories ?? [];
    return html`
      <section aria-labelledby="title">
        <div class="head"><h2 id="title">${t.title}</h2></div>
        <div class="toolbar" part="toolbar" role="search">
          <div class="field grow"><label for="search"><span>${t.searchLabel}</span></label>
            <input id="search" type="search" .value=${this.searchText} placeholder=${t.searchPlaceholder} @input=${this.onSearch} autocomplete="off" />
          </div>
          <div class="field"><label for="category"><span>${t.categoryLabel}</span></label>
            <select id="category" @change=${this.onCategory}>
              <option value="" ?selected=${this.categoryId === null}>${t.allCategories}</option>
              ${categories.map((c) => html`<option value=${c.id} ?selected=${this.categoryId === c.id}>${t.categoryOption(c.name, c.count)}</option>`)}
            </select>
          </div>
          <div class="field"><label for="sort"><span>${t.sortLabel}</span></label>
            <select id="sort" @change=${this.onSort}>
              ${SORTS.map((k) => html`<option value=${k} ?selected=${this.sort === k}>${t.sorts[k]}</option>`)}
            </select>
          </div>
          <label class="check"><input type="checkbox" .checked=${this.favoritesOnly} @change=${this.onFavorites} /><span>${t.favoritesOnly}</span></label>
        </div>
        <p class="notice ${this.notice?.error ? 'error' : ''}" role="status" aria-live="polite">${this.notice?.text ?? ''}</p>
        ${status === TaskStatus.ERROR
          ? html`<div class="card error-box" role="alert">
              <p class="error">${this.errorText(this.articles.error)}</p>
              <button @click=${() => this.articles.run()}>${this.common.retry}</button>
            </div>`
          : nothing}
        ${!list && status !== TaskStatus.ERROR ? html`<p class="muted" role="status">${this.common.loading}</p>` : nothing}
        ${list ? this.renderList(list, status === TaskStatus.PENDING) : nothing}
      </section>
    `;
  }

  private renderList(list: ArticleList, pending: boolean) {
    const t = this.t;
    const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
    if (!list.items.length) {
      const filtered = !!this.q || this.categoryId !== null || this.favoritesOnly;
      const text = !filtered ? t.empty : this.favoritesOnly && !this.q && this.categoryId === null ? t.noFavorites : t.noMatch;
      return html`<div class="card empty" part="empty" aria-busy=${pending ? 'true' : 'false'}>
        <p>${text}</p>
        ${filtered ? html`<button @click=${this.showAll}>${t.showAll}</button>` : nothing}
      </div>`;
    }
    return html`
      <p class="count muted" aria-live="polite">${t.total(list.total)}</p>
      <ul class="list" part="list" aria-busy=${pending ? 'true' : 'false'}>${list.items.map((a) => this.renderArticle(a))}</ul>
      ${pagination({
        page: this.page, pages, pending, go: (page) => { this.page = page; },
        label: t.pagination, previous: this.common.previous, next: this.common.next, pageOf: (_page, n) => t.pageOf(list.page, n),
      })}
    `;
  }

  private renderArticle(a: Article) {
    const t = this.t;
    const f = this.fmt;
    const unit = this.unit(a.unit);
    const busy = !!this.busy[a.id];
    const qid = `qty-${a.id}`;
    const quantity = this.quantities[a.id] ?? 1;
    const validQuantity = Number.isInteger(quantity) && quantity >= 1;
    const each = validQuantity ? unitPriceAt(a, quantity) : a.unitPrice;
    const reference = [a.customerArticleNumber, a.customerName].filter(Boolean).join(' · ');
    // the breaks that lower the price (a fixed price stays the same at every break)
    const breaks = a.prices.filter((p, i) => p.quantity > 1 && p.unitPrice < a.prices[i - 1].unitPrice);
    return html`<li class="card article" part="article">
      ${a.image
        ? html`<img part="image" class="image" src=${`${this.client.articles.imageUrl(a.id)}?v=${a.updatedAt}`} alt=${t.image(a.name)}
            loading="lazy" decoding="async" width="240" height="150" />`
        : nothing}
      <div class="body">
        <div class="title">
          <h3 class="name">${a.name}</h3>
          <button type="button" class="favorite" part="favorite" aria-pressed=${a.favorite ? 'true' : 'false'} aria-label=${t.favorite(a.name)}
            title=${t.favoriteText} ?disabled=${busy} @click=${() => this.toggleFavorite(a)}><span aria-hidden="true">${a.favorite ? '★' : '☆'}</span></button>
        </div>
        <p class="muted number">${a.number}${a.category ? html` · ${a.category.name}` : nothing}</p>
        ${reference ? html`<p class="reference"><span class="muted">${t.yourReference}:</span> ${reference}</p>` : nothing}
        ${a.description ? html`<p class="description">${a.description}</p>` : nothing}
        <p class="price" part="price">
          <span class="sr-only">${a.unitPrice !== a.basePrice ? t.yourPrice : t.price}:</span>
          <strong>${t.perUnit(f.money(a.unitPrice), unit)}</strong>
          ${a.unitPrice !== a.basePrice
            ? html`<s class="muted"><span class="sr-only">${t.listPrice}:</span> ${f.money(a.basePrice)}</s>
                ${a.priceKind === 'discount' && a.discount ? html`<span class="badge">${t.discount(f.percent(a.discount / 100))}</span>` : nothing}`
            : nothing}
        </p>
        ${breaks.length
          ? html`<ul class="breaks" part="breaks" aria-label=${t.breaks(a.name)}>
              ${breaks.map((p) => html`<li><span>${t.fromQuantity(f.number(p.quantity), unit)}</span> <span class="num">${f.money(p.unitPrice)}</span></li>`)}
            </ul>`
          : nothing}
        ${a.stock !== null
          ? html`<p class="stock ${a.stock > 0 ? 'ok' : 'none'}" part="stock">${a.stock > 0 ? t.inStock(f.number(a.stock), unit) : t.outOfStock}</p>`
          : nothing}
        ${a.inAssortment ? nothing : html`<p class="note muted">${t.outsideAssortment}</p>`}
        ${this.hasRight('order')
          ? html`<div class="order">
              <label class="sr-only" for=${qid}>${t.quantity(a.name)}</label>
              <div class="qty-wrap">
                <input id=${qid} class="qty" type="number" min="1" max="1000000" step="1" inputmode="numeric"
                  aria-invalid=${validQuantity ? 'false' : 'true'}
                  .value=${String(this.quantities[a.id] ?? 1)}
                  @input=${(e: Event) => (this.quantities = { ...this.quantities, [a.id]: Number((e.target as HTMLInputElement).value) })} />
                <span class="unit" aria-hidden="true">${unit}</span>
              </div>
              <button class="primary" ?disabled=${busy} @click=${() => this.addToBasket(a)}>${t.addToBasket}</button>
              ${validQuantity && quantity > 1 ? html`<p class="line muted">${t.lineTotal(f.money(each * quantity), f.money(each))}</p>` : nothing}
            </div>`
          : nothing}
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kerf-catalog': KerfCatalog;
  }
}
