import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ArticleCategory, CompanyArticleInput, CompanyArticles } from '../../sdk/client/types.js';
import { num, pageStyles, toCents, toEuros } from '../back-office/admin-shared.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { styles } from './admin-company-articles.styles.js';
import { TEXTS, type PriceKind } from './translations.js';

type Item = CompanyArticles['items'][number];
/** Rows shown at once; a filter narrows a long catalog. */
const PAGE = 100;

const kindOf = (a: Item): PriceKind => (a.fixedPrice !== null ? 'fixed' : a.discount !== null ? 'discount' : 'base');
/** A percentage without float noise (12.5 → "12.5"). */
const pct = (v: number | null) => (v === null ? '' : String(Number(v.toPrecision(12))));

declare global {
  interface HTMLElementTagNameMap { 'kerf-admin-company-articles': KerfAdminCompanyArticles }
  interface GlobalEventHandlersEventMap {
    'kerf-admin-company-articles-save': CustomEvent<{ companyId: number; articleId?: number; categoryId?: number }>;
  }
}

/**
 * What one customer company is offered from the catalog (issue [7]), as a section of the company
 * editor: per category a publish flag and a discount; per article its own flag (as its category
 * says, published, or hidden from a published category), its price for the company (list price, a
 * fixed price in the shop's currency, or a discount in percent) and the company's own article
 * number and name, with the price and visibility that result.
 *
 * @summary Back office: a company's published articles and categories, its prices and its own article names.
 * @csspart categories - The categories table.
 * @csspart articles - The articles table with its filter.
 * @cssprop --kerf-admin-company-articles-gap - Space between the categories and the articles (default twice the space token).
 * @cssprop --kerf-admin-company-articles-hidden - Colour of the price of an article the company does not see (default the muted token).
 * @fires kerf-admin-company-articles-save - A category or an article was saved for the company; `detail.companyId`, `detail.categoryId` or `detail.articleId`.
 * @example
 * ```html
 * <kerf-admin-company-articles company-id="2"></kerf-admin-company-articles>
 * ```
 */
export class KerfAdminCompanyArticles extends ApiElement {
  static override styles = [tokens, controls, pageStyles, styles];

  /** The company (its id). */
  @property({ attribute: 'company-id', reflect: true }) companyId = '';

  @state() private filter = '';
  @state() private onlyVisible = false;
  /** Price kinds chosen but not saved yet, by article id. */
  @state() private kinds = new Map<number, PriceKind>();
  @state() private rowErrors = new Map<string, string>();
  @state() private busy = false;
  @state() private message = '';
  /** The last save's answer (the whole offer again), shown without a reload. */
  @state() private offer: CompanyArticles | null = null;

  private readonly refsTask = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => {
      const [cats, pricing] = await Promise.all([this.client.admin.articleCategories.list({ signal }), this.client.admin.pricing.get({ signal })]);
      return { categories: cats.items, currency: pricing.profile.currency };
    },
  });

  private readonly offerTask = new Task(this, {
    args: () => [this.companyId] as const,
    task: async ([id], { signal }) => {
      this.kinds = new Map();
      this.rowErrors = new Map();
      this.offer = null;
      return id ? this.client.admin.companies.articles(Number(id), { signal }) : null;
    },
  });


  override render() {
    const t = this.tr(TEXTS);
    return html`<section aria-labelledby="company-articles-title">
      <h3 id="company-articles-title">${t.title}</h3>
      <p class="muted">${t.intro}</p>
      <p class="ok" role="status">${this.message}</p>
      ${this.refsTask.render({
        pending: () => html`<p class="state muted" role="status">${this.common.loading}</p>`,
        error: (e) => this.renderError(e, () => this.refsTask.run()),
        complete: (refs) => this.offerTask.render({
          pending: () => {
            const shown = this.offer ?? this.offerTask.value;
            return shown ? this.renderOffer(shown, refs) : html`<p class="state muted" role="status">${this.common.loading}</p>`;
          },
          error: (e) => this.renderError(e, () => this.offerTask.run()),
          complete: (o) => (o ? this.renderOffer(this.offer ?? o, refs) : nothing),
        }),
      })}
    </section>`;
  }

  private renderError(e: unknown, retry: () => void) {
    return html`<div class="card state" role="alert"><p class="error">${this.errorText(e)}</p>
      <button class="primary" type="button" @click=${retry}>${this.common.retry}</button></div>`;
  }

  private renderOffer(o: CompanyArticles, refs: { categories: ArticleCategory[]; currency: string }) {
    const t = this.tr(TEXTS);
    const catName = (id: number | null) => {
      const c = refs.categories.find((x) => x.id === id);
      return c ? c.name[this.language] || c.name.en : o.categories.find((x) => x.categoryId === id)?.name ?? '—';
    };
    const visible = o.items.filter((a) => a.visible).length;
    return html`<p class="muted" data-role="visible-count">${t.visibleCount(visible, o.items.length)}</p>
      <div class="offer">
        ${this.renderCategories(o, catName)}
        ${this.renderArticles(o, catName, refs.currency)}
      </div>`;
  }

  private renderCategories(o: CompanyArticles, catName: (id: number) => string) {
    const t = this.tr(TEXTS);
    if (!o.categories.length) return nothing;
    return html`<div part="categories"><h4>${t.categories}</h4>
      <div class="table-wrap"><table class="cards">
        <thead><tr><th scope="col">${t.category}</th><th scope="col">${t.published}</th><th scope="col">${t.discount}</th><th scope="col"><span class="sr-only">${t.save}</span></th></tr></thead>
        <tbody>${o.categories.map((c) => {
          const name = catName(c.categoryId);
          const key = `c${c.categoryId}`;
          const err = this.rowErrors.get(key);
          return html`<tr data-category=${c.categoryId}>
            <th scope="row" data-label=${t.category}>${name}</th>
            <td data-label=${t.published}><input type="checkbox" name="published" .checked=${c.published === true} aria-label=${t.categoryPublished(name)}></td>
            <td data-label=${t.discount}><input type="number" name="discount" min="0" max="100" step="any" inputmode="decimal" .value=${pct(c.discount)}
              aria-label=${t.categoryDiscount(name)} aria-invalid=${err ? 'true' : 'false'} aria-describedby=${err ? `err-${key}` : nothing}>
              ${err ? html`<small class="field-error" id=${`err-${key}`} role="alert">${err}</small>` : nothing}</td>
            <td class="actions-cell"><button type="button" ?disabled=${this.busy} aria-label=${t.saveCategory(name)} @click=${() => this.saveCategory(c.categoryId, name)}>${t.save}</button></td>
          </tr>`;
        })}</tbody></table></div></div>`;
  }

  private renderArticles(o: CompanyArticles, catName: (id: number | null) => string, currency: string) {
    const t = this.tr(TEXTS);
    const q = this.filter.toLowerCase();
    const matching = o.items.filter((a) => (!this.onlyVisible || a.visible)
      && (!q || a.number.toLowerCase().includes(q) || a.name.toLowerCase().includes(q) || (a.customerArticleNumber ?? '').toLowerCase().includes(q)));
    const rows = matching.slice(0, PAGE);
    const money = (c: number) => this.fmt.money(c, currency);
    return html`<div part="articles"><h4>${t.articles}</h4>
      <div class="filters">
        <label><span>${t.filter}</span><input type="search" .value=${this.filter} @input=${(e: Event) => { this.filter = (e.target as HTMLInputElement).value; }}></label>
        <label><span>${t.show}</span><select @change=${(e: Event) => { this.onlyVisible = (e.target as HTMLSelectElement).value === 'visible'; }}>
          <option value="all" ?selected=${!this.onlyVisible}>${t.showAll}</option><option value="visible" ?selected=${this.onlyVisible}>${t.showVisible}</option></select></label>
      </div>
      ${matching.length > PAGE ? html`<p class="muted">${t.shown(PAGE, matching.length)}</p>` : nothing}
      ${rows.length ? html`<div class="table-wrap"><table class="cards">
        <thead><tr><th scope="col">${t.article}</th><th scope="col">${t.publication}</th><th scope="col">${t.price}</th>
          <th scope="col">${t.customerNumber}</th><th scope="col">${t.customerName}</th><th scope="col" class="num">${t.companyPrice}</th><th scope="col"><span class="sr-only">${t.save}</span></th></tr></thead>
        <tbody>${rows.map((a) => {
          const kind = this.kinds.get(a.articleId) ?? kindOf(a);
          const key = `a${a.articleId}`;
          const err = this.rowErrors.get(key);
          const amount = kind === 'fixed' ? toEuros(a.fixedPrice) : kind === 'discount' ? pct(a.discount) : '';
          return html`<tr data-article=${a.articleId} data-number=${a.number}>
            <th scope="row" data-label=${t.article}><span class="number">${a.number}</span><br><span class="name">${a.name}</span><br><small class="muted">${catName(a.categoryId)}</small></th>
            <td data-label=${t.publication}><select name="published" aria-label=${t.publicationOf(a.number)}>
              ${(['inherit', 'true', 'false'] as const).map((v) => html`<option value=${v} ?selected=${String(a.published ?? 'inherit') === v}>${t.publish[v]}</option>`)}</select></td>
            <td data-label=${t.price}><div class="price">
              <select name="kind" aria-label=${t.priceKindOf(a.number)} @change=${(e: Event) => {
                this.kinds = new Map(this.kinds).set(a.articleId, (e.target as HTMLSelectElement).value as PriceKind);
              }}>${(['base', 'fixed', 'discount'] as const).map((k) => html`<option value=${k} ?selected=${kind === k}>${t.kinds[k]}</option>`)}</select>
              ${kind === 'base' ? nothing : html`<input name="amount" type="number" min="0" max=${kind === 'discount' ? '100' : nothing} step="any" inputmode="decimal"
                .value=${amount} aria-label=${t.amountOf(a.number, kind, currency)} aria-invalid=${err ? 'true' : 'false'} aria-describedby=${err ? `err-${key}` : nothing}>`}
            </div>${err ? html`<small class="field-error" id=${`err-${key}`} role="alert">${err}</small>` : nothing}</td>
            <td data-label=${t.customerNumber}><input name="customerArticleNumber" maxlength="80" .value=${a.customerArticleNumber ?? ''} aria-label=${t.customerNumberOf(a.number)} autocomplete="off"></td>
            <td data-label=${t.customerName}><input name="customerName" maxlength="200" .value=${a.customerName ?? ''} aria-label=${t.customerNameOf(a.number)} autocomplete="off"></td>
            <td data-label=${t.companyPrice} class="num"><span class=${a.visible ? 'company-price' : 'company-price hidden'} data-role="unit-price">${money(a.unitPrice)}</span>
              ${a.unitPrice !== a.basePrice ? html`<br><small class="muted">${t.listPrice(money(a.basePrice))}</small>` : nothing}
              ${a.discount === null && a.fixedPrice === null && a.categoryDiscount ? html`<br><small class="muted">${t.viaCategory(pct(a.categoryDiscount))}</small>` : nothing}
              <br><span class="status ${!a.active ? 'bad' : a.visible ? 'ok' : 'wait'}" data-role="visibility">${!a.active ? t.inactive : a.visible ? t.visible : t.notVisible}</span></td>
            <td class="actions-cell"><button type="button" ?disabled=${this.busy} aria-label=${t.saveArticle(a.number)} @click=${() => this.saveArticle(a)}>${t.save}</button></td>
          </tr>`;
        })}</tbody></table></div>` : html`<p class="muted">${t.noMatch}</p>`}
    </div>`;
  }

  private row(selector: string) {
    return this.renderRoot.querySelector<HTMLElement>(selector);
  }

  private async change(key: string, what: string, fn: () => Promise<CompanyArticles>, detail: { articleId?: number; categoryId?: number }) {
    this.busy = true;
    this.message = '';
    const errors = new Map(this.rowErrors);
    errors.delete(key);
    this.rowErrors = errors;
    try {
      this.offer = await fn();
      if (detail.articleId) {
        const kinds = new Map(this.kinds);
        kinds.delete(detail.articleId);
        this.kinds = kinds;
      }
      this.message = this.tr(TEXTS).saved(what);
      this.emit('kerf-admin-company-articles-save', { companyId: Number(this.companyId), ...detail });
    } catch (err) {
      this.rowErrors = new Map(this.rowErrors).set(key, this.errorText(err));
    } finally {
      this.busy = false;
    }
  }

  private async saveCategory(categoryId: number, name: string) {
    const tr = this.row(`tr[data-category="${categoryId}"]`);
    if (!tr) return;
    const published = tr.querySelector<HTMLInputElement>('input[name=published]')!.checked;
    const typed = tr.querySelector<HTMLInputElement>('input[name=discount]')!.value;
    const discount = num(typed);
    const key = `c${categoryId}`;
    if (discount !== undefined && !(discount >= 0 && discount <= 100)) {
      this.rowErrors = new Map(this.rowErrors).set(key, this.tr(TEXTS).notPercent);
      return;
    }
    const id = Number(this.companyId);
    await this.change(key, name, () => (!published && discount === undefined
      // neither published nor discounted: take back what was set, the category publishes nothing
      ? this.client.admin.companies.resetArticleCategory(id, categoryId)
      : this.client.admin.companies.setArticleCategory(id, categoryId, { published, discount: discount ?? null })), { categoryId });
  }

  private async saveArticle(a: Item) {
    const tr = this.row(`tr[data-article="${a.articleId}"]`);
    if (!tr) return;
    const t = this.tr(TEXTS);
    const key = `a${a.articleId}`;
    const value = (n: string) => tr.querySelector<HTMLInputElement | HTMLSelectElement>(`[name=${n}]`)?.value ?? '';
    const pub = value('published');
    const kind = value('kind') as PriceKind;
    const input: CompanyArticleInput = {
      published: pub === 'inherit' ? null : pub === 'true',
      customerArticleNumber: value('customerArticleNumber').trim() || null,
      customerName: value('customerName').trim() || null,
    };
    if (kind === 'fixed') {
      const cents = toCents(value('amount').trim());
      if (cents === undefined || Number.isNaN(cents) || cents < 0) {
        this.rowErrors = new Map(this.rowErrors).set(key, t.notAmount);
        return;
      }
      input.fixedPrice = cents;
      input.discount = null;
    } else if (kind === 'discount') {
      const d = num(value('amount'));
      if (d === undefined || Number.isNaN(d) || d < 0 || d > 100) {
        this.rowErrors = new Map(this.rowErrors).set(key, t.notPercent);
        return;
      }
      input.discount = d;
      input.fixedPrice = null;
    } else {
      input.fixedPrice = null;
      input.discount = null;
    }
    await this.change(key, a.number, () => this.client.admin.companies.setArticle(Number(this.companyId), a.articleId, input), { articleId: a.articleId });
  }
}
