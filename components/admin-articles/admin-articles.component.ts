import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminArticle, AdminArticleInput, ArticleCategory, ArticleImportResult, LocalizedText } from '../../sdk/client/types.js';
import { num, pageStyles, toCents, toEuros } from '../back-office/admin-shared.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { styles } from './admin-articles.styles.js';
import { TEXTS } from './translations.js';

const LANGS = ['en', 'de', 'fr'] as const;
/** What the image field takes (the server also takes GIF; the form offers the three the shop asks for). */
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const IMAGE_LIMIT = 2 * 1024 * 1024;

/** The text in a language, else the English one. */
const inLang = (t: LocalizedText, lang: 'en' | 'de' | 'fr') => t[lang] || t.en;

/** The form field a server message names (`name.en: …` → `name_en`, `priceBreaks.0.quantity: …` → `breaks`). */
export function fieldOfMessage(message: string): string | undefined {
  const path = /^([\w.]+): /.exec(message)?.[1];
  if (!path) return undefined;
  const [head, sub] = path.split('.');
  if (head === 'name' || head === 'description') return `${head}_${LANGS.includes(sub as never) ? sub : 'en'}`;
  if (head === 'priceBreaks') return 'breaks';
  return ['number', 'unit', 'basePrice', 'stock', 'categoryId'].includes(head) ? head : undefined;
}

interface Refs { categories: ArticleCategory[]; currency: string }
interface BreakDraft { quantity: string; price: string }

declare global {
  interface HTMLElementTagNameMap { 'kerf-admin-articles': KerfAdminArticles }
  interface GlobalEventHandlersEventMap {
    'kerf-admin-article-save': CustomEvent<{ id: number; created: boolean }>;
    'kerf-admin-article-delete': CustomEvent<{ id: number; number: string }>;
    'kerf-admin-articles-import': CustomEvent<{ created: number; updated: number; unchanged: number; errors: number }>;
  }
}

/**
 * The shop's catalog articles (issue [7]): a list searched by number or name and filtered by
 * category and state, with number, name, category, unit, base price, stock and active flag; the
 * categories (add, rename in English, German and French, delete); an import from a sheet (.xlsx or
 * .csv), checked first by a dry run that lists each row's errors, then applied; and the export of
 * every article as .xlsx. `article-id` opens one article (or `new` a blank one): article number,
 * name and description in en/de/fr, category, unit, base price in the shop's currency, quantity
 * breaks, stock and whether customers see it, active flag, shown to every company, and an image
 * (PNG, JPEG or WebP up to 2 MB, previewed before it is uploaded); delete it. The server's
 * refusals are shown at the field they concern.
 *
 * @summary Back office: catalog articles, their categories, import and export.
 * @csspart search - The search and filter form above the list.
 * @csspart list - The articles table.
 * @csspart categories - The categories panel.
 * @csspart import - The import panel with the dry run's rows.
 * @csspart form - The article form.
 * @csspart image - The image preview and picker.
 * @cssprop --kerf-admin-articles-gap - Space between the form's sections and between the panels (default twice the space token).
 * @cssprop --kerf-admin-articles-image-size - Width and height of the image preview (default 160px).
 * @cssprop --kerf-admin-articles-error-color - Colour of an import row with an error (default the danger token).
 * @fires kerf-admin-article-save - An article was created or changed; `detail.id`, `detail.created`.
 * @fires kerf-admin-article-delete - An article was deleted; `detail.id`, `detail.number`.
 * @fires kerf-admin-articles-import - A sheet was imported (not a dry run); `detail.created`, `detail.updated`, `detail.unchanged`, `detail.errors`.
 * @example
 * ```html
 * <kerf-admin-articles article-id="new" lang="de"></kerf-admin-articles>
 * ```
 */
export class KerfAdminArticles extends ApiElement {
  static override styles = [tokens, controls, pageStyles, styles];

  /** The article to edit (its id), `new` for a new one; empty shows the list. */
  @property({ attribute: 'article-id', reflect: true }) articleId = '';

  @state() private q = '';
  @state() private categoryFilter = '';
  @state() private activeFilter = '';
  @state() private catsVersion = 0;
  @state() private breaks: BreakDraft[] = [];
  @state() private fieldErrors: Record<string, string> = {};
  @state() private pendingImage: File | null = null;
  @state() private pendingPreview = '';
  @state() private busy = false;
  @state() private message = '';
  @state() private error = '';
  @state() private catMessage = '';
  @state() private catError = '';
  @state() private sheet: File | null = null;
  @state() private importResult: ArticleImportResult | null = null;
  @state() private importError = '';

  private readonly refsTask = new Task(this, {
    args: () => [this.catsVersion] as const,
    task: async (_a, { signal }): Promise<Refs> => {
      const [cats, pricing] = await Promise.all([
        this.client.admin.articleCategories.list({ signal }),
        this.currency ? null : this.client.admin.pricing.get({ signal }),
      ]);
      if (pricing) this.currency = pricing.profile.currency;
      return { categories: cats.items, currency: this.currency };
    },
  });
  private currency = '';

  private readonly listTask = new Task(this, {
    args: () => [this.articleId, this.q, this.categoryFilter, this.activeFilter] as const,
    task: async ([id, q, cat, active], { signal }) => {
      if (id) return null;
      const query = { ...(q ? { q } : {}), ...(cat ? { categoryId: Number(cat) } : {}), ...(active ? { active: active === 'true' } : {}) };
      return (await this.client.admin.articles.list(query, { signal })).items;
    },
  });

  private readonly articleTask = new Task(this, {
    args: () => [this.articleId] as const,
    task: async ([id], { signal }): Promise<AdminArticle | null> => {
      const a = id && id !== 'new' ? await this.client.admin.articles.get(Number(id), { signal }) : null;
      this.breaks = (a?.priceBreaks ?? []).map((b) => ({ quantity: String(b.quantity), price: toEuros(b.unitPrice) }));
      this.fieldErrors = {};
      this.setPending(null);
      return a;
    },
  });

  /** The stored image as a blob URL (its route needs the staff session, which an <img> on another origin would not send). */
  private readonly imageTask = new Task(this, {
    args: () => [this.articleTask.value?.id, this.articleTask.value?.image, this.articleTask.value?.updatedAt] as const,
    task: async ([id, image], { signal }) => {
      if (this.shownImage) URL.revokeObjectURL(this.shownImage);
      this.shownImage = '';
      if (!id || !image) return '';
      const bytes = await this.client.admin.articles.image(id, { signal });
      return (this.shownImage = URL.createObjectURL(new Blob([bytes])));
    },
  });
  private shownImage = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.setPending(null);
    if (this.shownImage) URL.revokeObjectURL(this.shownImage);
  }

  private setPending(file: File | null) {
    if (this.pendingPreview) URL.revokeObjectURL(this.pendingPreview);
    this.pendingImage = file;
    this.pendingPreview = file ? URL.createObjectURL(file) : '';
  }

  override render() {
    return this.articleId ? this.renderEditor() : this.renderListPage();
  }

  private renderError(e: unknown, retry: () => void) {
    return html`<div class="card state" role="alert"><p class="error">${this.errorText(e)}</p>
      <button class="primary" type="button" @click=${retry}>${this.common.retry}</button></div>`;
  }

  /** Our words for the article codes, else the shared ones (the server's message in English). */
  protected override errorText(e: unknown): string {
    const code = (e as { code?: string })?.code;
    const mine = code ? this.tr(TEXTS).errors[code] : undefined;
    return mine ?? super.errorText(e);
  }

  private go(id: string) {
    this.articleId = id;
    this.message = this.error = '';
    // keep the address bar in step when the back office routes by hash
    if (location.hash.startsWith('#/articles')) history.replaceState(null, '', `#/articles${id ? `/${id}` : ''}`);
  }

  // --- the list, categories, import ------------------------------------------------------------

  private renderListPage() {
    const t = this.tr(TEXTS);
    const refs = this.refsTask.value;
    return html`<div class="page-head"><h2>${t.title}</h2>
        <div class="row">
          <a class="button" href=${this.client.admin.articles.exportUrl()} download="kerf-articles.xlsx" data-role="export">${t.export}</a>
          <a class="button primary" href="#/articles/new" @click=${() => this.go('new')}>${t.newArticle}</a>
        </div></div>
      <p class="ok" role="status">${this.message}</p>
      <form class="search" part="search" role="search" @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        this.q = String(new FormData(e.target as HTMLFormElement).get('q') ?? '').trim();
      }}>
        <label><span>${t.search}</span><input type="search" name="q" .value=${this.q} maxlength="100"></label>
        <label><span>${t.category}</span><select name="categoryId" @change=${(e: Event) => { this.categoryFilter = (e.target as HTMLSelectElement).value; }}>
          <option value="">${t.allCategories}</option>
          ${(refs?.categories ?? []).map((c) => html`<option value=${c.id} ?selected=${this.categoryFilter === String(c.id)}>${inLang(c.name, this.language)}</option>`)}
        </select></label>
        <label><span>${t.state}</span><select name="active" @change=${(e: Event) => { this.activeFilter = (e.target as HTMLSelectElement).value; }}>
          <option value="" ?selected=${!this.activeFilter}>${t.all}</option>
          <option value="true" ?selected=${this.activeFilter === 'true'}>${t.onlyActive}</option>
          <option value="false" ?selected=${this.activeFilter === 'false'}>${t.onlyInactive}</option>
        </select></label>
        <button type="submit">${this.common.search}</button>
      </form>
      <div part="list">${this.listTask.render({
        pending: () => (this.listTask.value ? this.renderTable(this.listTask.value) : html`<p class="state muted" role="status">${this.common.loading}</p>`),
        error: (e) => this.renderError(e, () => this.listTask.run()),
        complete: (items) => (items ? this.renderTable(items) : nothing),
      })}</div>
      <div class="panels">${this.renderCategories()}${this.renderImport()}</div>`;
  }

  private renderTable(items: AdminArticle[]) {
    const t = this.tr(TEXTS);
    if (!items.length) return html`<p class="state muted" role="status">${this.q || this.categoryFilter || this.activeFilter ? t.noMatch : t.empty}</p>`;
    const cats = this.refsTask.value?.categories ?? [];
    const catName = (id: number | null) => {
      const c = cats.find((x) => x.id === id);
      return c ? inLang(c.name, this.language) : '—';
    };
    return html`<p class="muted" role="status">${t.count(items.length)}</p>
      <div class="table-wrap"><table class="cards">
      <thead><tr><th scope="col">${t.number}</th><th scope="col">${t.name}</th><th scope="col">${t.category}</th><th scope="col">${t.unit}</th>
        <th scope="col" class="num">${t.basePrice}</th><th scope="col" class="num">${t.stock}</th><th scope="col">${t.active}</th></tr></thead>
      <tbody>${items.map((a) => html`<tr data-article=${a.id} data-number=${a.number}>
        <td data-label=${t.number}><a class="row-link" href=${`#/articles/${a.id}`} @click=${() => this.go(String(a.id))}>${a.number}</a></td>
        <td data-label=${t.name}>${inLang(a.name, this.language)}</td>
        <td data-label=${t.category}>${catName(a.categoryId)}</td>
        <td data-label=${t.unit}>${a.unit}</td>
        <td data-label=${t.basePrice} class="num">${this.fmt.money(a.basePrice, this.currency || 'EUR')}${a.priceBreaks.length ? html`<br><small class="muted">${
          a.priceBreaks.map((b) => `≥ ${this.fmt.number(b.quantity)}: ${this.fmt.money(b.unitPrice, this.currency || 'EUR')}`).join(' · ')}</small>` : nothing}</td>
        <td data-label=${t.stock} class="num">${a.stock === null ? '—' : this.fmt.number(a.stock)}</td>
        <td data-label=${t.active}><span class="status ${a.active ? 'ok' : 'bad'}">${a.active ? t.active : t.inactive}</span></td>
      </tr>`)}</tbody></table></div>`;
  }

  private renderCategories() {
    const t = this.tr(TEXTS);
    return html`<section class="card" part="categories" aria-labelledby="categories-title">
      <h3 id="categories-title">${t.categories}</h3>
      <p class="muted">${t.categoriesHint}</p>
      ${this.refsTask.render({
        pending: () => (this.refsTask.value ? this.renderCategoryList(this.refsTask.value.categories) : html`<p class="muted" role="status">${this.common.loading}</p>`),
        error: (e) => this.renderError(e, () => this.refsTask.run()),
        complete: (refs) => this.renderCategoryList(refs.categories),
      })}
      <form class="new-category" aria-labelledby="new-category-title" @submit=${this.addCategory}>
        <h4 id="new-category-title">${t.newCategory}</h4>
        ${LANGS.map((l) => html`<label><span>${t.nameIn[l]}</span><input name=${l} maxlength="200" ?required=${l === 'en'} autocomplete="off"></label>`)}
        <div class="row-actions"><button type="submit" class="primary" ?disabled=${this.busy}>${t.addCategory}</button></div>
      </form>
      ${this.catError ? html`<p class="error" role="alert">${this.catError}</p>` : nothing}
      <p class="ok" role="status">${this.catMessage}</p>
    </section>`;
  }

  private renderCategoryList(categories: ArticleCategory[]) {
    const t = this.tr(TEXTS);
    if (!categories.length) return html`<p class="muted">${this.common.none}</p>`;
    return html`<ul class="categories">${categories.map((c) => {
      const name = inLang(c.name, this.language);
      return html`<li data-category=${c.id}>
        <div class="category-head"><strong>${name}</strong><span class="muted">${t.articlesIn(c.articles)}</span></div>
        <form @submit=${(e: SubmitEvent) => this.renameCategory(e, c)}>
          ${LANGS.map((l) => html`<label><span>${t.languages[l]}</span><input name=${l} maxlength="200" ?required=${l === 'en'} .value=${c.name[l] ?? ''}
            aria-label=${t.categoryField(name, t.languages[l])} autocomplete="off"></label>`)}
          <div class="row-actions">
            <button type="submit" ?disabled=${this.busy} aria-label=${t.renameLabel(name)}>${t.rename}</button>
            <button type="button" class="danger" ?disabled=${this.busy} aria-label=${t.deleteCategory(name)} @click=${() => this.deleteCategory(c)}>${this.common.delete}</button>
          </div>
        </form></li>`;
    })}</ul>`;
  }

  private namesOf(form: HTMLFormElement): LocalizedText {
    const d = new FormData(form);
    const s = (n: string) => String(d.get(n) ?? '').trim();
    return { en: s('en'), ...(s('de') ? { de: s('de') } : {}), ...(s('fr') ? { fr: s('fr') } : {}) };
  }

  private async categoryChange(fn: () => Promise<string>) {
    this.busy = true;
    this.catError = this.catMessage = '';
    try {
      const msg = await fn();
      this.catsVersion++;
      // the task starts in the update that sees the new version; only then is its promise the new one
      await this.updateComplete;
      await this.refsTask.taskComplete.catch(() => undefined);
      this.catMessage = msg;
    } catch (err) {
      this.catError = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }

  private addCategory = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const name = this.namesOf(form);
    if (!name.en) {
      this.catError = this.tr(TEXTS).required;
      form.querySelector<HTMLInputElement>('input[name=en]')?.focus();
      return;
    }
    await this.categoryChange(async () => {
      const c = await this.client.admin.articleCategories.create({ name, position: (this.refsTask.value?.categories.length ?? 0) + 1 });
      form.reset();
      return this.tr(TEXTS).categoryAdded(inLang(c.name, this.language));
    });
  };

  private async renameCategory(e: SubmitEvent, c: ArticleCategory) {
    e.preventDefault();
    const name = this.namesOf(e.target as HTMLFormElement);
    if (!name.en) {
      this.catError = this.tr(TEXTS).required;
      return;
    }
    await this.categoryChange(async () => {
      // a language left empty is removed: send every key, '' for none (the server keeps en required)
      const made = await this.client.admin.articleCategories.patch(c.id, { name: { en: name.en, de: name.de ?? '', fr: name.fr ?? '' } });
      return this.tr(TEXTS).categorySaved(inLang(made.name, this.language));
    });
  }

  private async deleteCategory(c: ArticleCategory) {
    const t = this.tr(TEXTS);
    const name = inLang(c.name, this.language);
    if (!confirm(t.confirmDeleteCategory(name))) return;
    await this.categoryChange(async () => {
      await this.client.admin.articleCategories.delete(c.id);
      if (this.categoryFilter === String(c.id)) this.categoryFilter = '';
      this.listTask.run();
      return t.categoryDeleted(name);
    });
  }

  private renderImport() {
    const t = this.tr(TEXTS);
    const r = this.importResult;
    const shown = r ? r.rows.filter((x) => x.status === 'error' || x.messages.length) : [];
    return html`<section class="card" part="import" aria-labelledby="import-title">
      <h3 id="import-title">${t.importTitle}</h3>
      <p class="muted">${t.importHint}</p>
      <form class="import" @submit=${(e: SubmitEvent) => { e.preventDefault(); void this.runImport(true); }}>
        <label><span>${t.sheet}</span><input type="file" name="sheet" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-invalid=${this.importError ? 'true' : 'false'} aria-describedby="import-error"
          @change=${(e: Event) => { this.sheet = (e.target as HTMLInputElement).files?.[0] ?? null; this.importResult = null; this.importError = ''; }}></label>
        <div class="row">
          <button type="submit" ?disabled=${this.busy || !this.sheet}>${t.check}</button>
          <button type="button" class="primary" ?disabled=${this.busy || !r?.dryRun} @click=${() => this.runImport(false)}>${t.apply}</button>
        </div>
        <p id="import-error" class="error" role="alert">${this.importError}</p>
      </form>
      ${r ? html`<div data-role="import-result">
        <p role="status" class=${r.errors ? 'warning' : 'ok'}>${(r.dryRun ? t.dryRunSummary : t.doneSummary)(r.created, r.updated, r.unchanged, r.errors)}</p>
        ${r.newCategories.length ? html`<p class="muted">${t.newCategories(r.newCategories.join(', '))}</p>` : nothing}
        ${shown.length ? html`<div class="table-wrap"><table class="cards">
          <thead><tr><th scope="col" class="num">${t.row}</th><th scope="col">${t.number}</th><th scope="col">${t.state}</th><th scope="col">${t.messages}</th></tr></thead>
          <tbody>${shown.map((x) => html`<tr data-row=${x.row} data-status=${x.status}>
            <td data-label=${t.row} class="num">${x.row}</td><td data-label=${t.number}>${x.number || '—'}</td>
            <td data-label=${t.state}>${t.rowStatus[x.status]}</td>
            <td data-label=${t.messages} class="messages">${x.messages.join(' ')}</td></tr>`)}</tbody></table></div>` : nothing}
      </div>` : nothing}
    </section>`;
  }

  private async runImport(dryRun: boolean) {
    const t = this.tr(TEXTS);
    if (!this.sheet) {
      this.importError = t.checkFirst;
      return;
    }
    this.busy = true;
    this.importError = '';
    try {
      const r = await this.client.admin.articles.importSheet(this.sheet, { dryRun });
      this.importResult = r;
      if (!dryRun) {
        this.emit('kerf-admin-articles-import', { created: r.created, updated: r.updated, unchanged: r.unchanged, errors: r.errors });
        this.catsVersion++;
        this.listTask.run();
      }
    } catch (err) {
      this.importResult = null;
      this.importError = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }

  // --- one article -----------------------------------------------------------------------------

  private renderEditor() {
    const t = this.tr(TEXTS);
    const pending = () => html`<p class="state muted" role="status">${this.common.loading}</p>`;
    return html`<p><a href="#/articles" @click=${() => this.go('')}>← ${t.back}</a></p>
      ${this.refsTask.render({
        pending: () => (this.refsTask.value ? this.renderArticle(this.refsTask.value) : pending()),
        error: (e) => this.renderError(e, () => this.refsTask.run()),
        complete: (refs) => this.renderArticle(refs),
      })}`;
  }

  private renderArticle(refs: Refs) {
    return this.articleTask.render({
      // a reload after saving keeps the form in place
      pending: () => (this.articleTask.value && String(this.articleTask.value.id) === this.articleId
        ? this.renderForm(refs, this.articleTask.value) : html`<p class="state muted" role="status">${this.common.loading}</p>`),
      error: (e) => this.renderError(e, () => this.articleTask.run()),
      complete: (a) => this.renderForm(refs, a),
    });
  }

  /** aria attributes and the message of one field. */
  private invalid(name: string) {
    return this.fieldErrors[name] ? 'true' : 'false';
  }

  private fieldError(name: string) {
    const m = this.fieldErrors[name];
    return m ? html`<small class="field-error" id=${`err-${name}`}>${m}</small>` : nothing;
  }

  private describedBy(name: string, hint?: string) {
    return [this.fieldErrors[name] ? `err-${name}` : '', hint ?? ''].filter(Boolean).join(' ') || nothing;
  }

  private renderForm(refs: Refs, a: AdminArticle | null) {
    const t = this.tr(TEXTS);
    const cur = refs.currency;
    const input = (name: string, label: string, value: string, extra: { required?: boolean; max?: number; type?: string; hint?: string; mode?: string } = {}) =>
      html`<div class="field"><label><span>${label}</span><input name=${name} type=${extra.type ?? 'text'} .value=${value} ?required=${!!extra.required} maxlength=${extra.max ?? nothing}
        inputmode=${extra.mode ?? nothing} step=${extra.type === 'number' ? 'any' : nothing}
        aria-invalid=${this.invalid(name)} aria-describedby=${this.describedBy(name, extra.hint)}></label>${this.fieldError(name)}</div>`;
    const shownImage = this.pendingPreview || (a?.image ? this.imageTask.value : '') || '';
    const title = a ? inLang(a.name, this.language) : '';
    return html`<div class="page-head"><h2>${a ? t.editTitle(a.number) : t.newTitle}</h2>
        ${a ? html`<span class="status ${a.active ? 'ok' : 'bad'}">${a.active ? t.active : t.inactive}</span>` : nothing}</div>
      <form class="article" part="form" novalidate @submit=${(e: SubmitEvent) => this.save(e, a)}>
        <fieldset><legend>${t.master}</legend><div class="grid">
          ${input('number', t.number, a?.number ?? '', { required: true, max: 80 })}
          <div class="field"><label><span>${t.category}</span><select name="categoryId" aria-invalid=${this.invalid('categoryId')} aria-describedby=${this.describedBy('categoryId')}>
            <option value="">${t.noCategory}</option>
            ${refs.categories.map((c) => html`<option value=${c.id} ?selected=${a?.categoryId === c.id}>${inLang(c.name, this.language)}</option>`)}
          </select></label>${this.fieldError('categoryId')}</div>
          ${input('unit', t.unit, a?.unit ?? 'pc', { required: true, max: 20 })}
          ${LANGS.map((l) => input(`name_${l}`, t.nameIn[l], a?.name[l] ?? '', { required: l === 'en', max: 200 }))}
          ${LANGS.map((l) => html`<div class="field wide"><label><span>${t.descriptionIn[l]}</span><textarea name=${`description_${l}`} maxlength="4000" rows="2"
            .value=${a?.description[l] ?? ''} aria-invalid=${this.invalid(`description_${l}`)} aria-describedby=${this.describedBy(`description_${l}`)}></textarea></label>${this.fieldError(`description_${l}`)}</div>`)}
        </div></fieldset>

        <fieldset><legend>${t.pricing}</legend>
          <div class="grid">${input('basePrice', t.basePriceIn(cur), toEuros(a?.basePrice), { required: true, type: 'number', mode: 'decimal' })}</div>
          <h3>${t.breaks}</h3>
          <p class="muted" id="breaks-hint">${t.breaksHint}</p>
          <div class="breaks" data-role="breaks">${this.breaks.map((b, i) => html`<div class="break">
              <label><span>${t.fromQuantity}</span><input type="number" min="2" step="1" inputmode="numeric" .value=${b.quantity} aria-invalid=${this.invalid('breaks')}
                @input=${(e: Event) => { b.quantity = (e.target as HTMLInputElement).value; }}></label>
              <label><span>${t.unitPriceIn(cur)}</span><input type="number" min="0" step="any" inputmode="decimal" .value=${b.price} aria-invalid=${this.invalid('breaks')}
                @input=${(e: Event) => { b.price = (e.target as HTMLInputElement).value; }}></label>
              <button type="button" class="danger" aria-label=${t.removeBreak(i + 1)} @click=${() => { this.breaks = this.breaks.filter((x) => x !== b); }}>✕</button>
            </div>`)}
            ${this.fieldErrors.breaks ? html`<p class="field-error" role="alert">${this.fieldErrors.breaks}</p>` : nothing}
            <div><button type="button" @click=${() => { this.breaks = [...this.breaks, { quantity: '', price: '' }]; }}>${t.addBreak}</button></div></div>
        </fieldset>

        <fieldset><legend>${t.stockTitle}</legend><div class="grid">
          ${input('stock', t.stock, a?.stock === null || a?.stock === undefined ? '' : String(a.stock), { type: 'number', mode: 'numeric', hint: 'stock-hint' })}
          <p class="muted wide" id="stock-hint">${t.stockHint}</p>
          <label class="check wide"><input type="checkbox" name="showStock" .checked=${a?.showStock ?? false}> ${t.showStock}</label>
          <label class="check wide"><input type="checkbox" name="active" .checked=${a?.active ?? true}> ${t.activeLabel}</label>
          <label class="check wide"><input type="checkbox" name="publishedToAll" .checked=${a?.publishedToAll ?? false} aria-describedby="all-hint"> ${t.publishedToAll}</label>
          <small class="hint wide" id="all-hint">${t.publishedToAllHint}</small>
        </div></fieldset>

        <fieldset part="image"><legend>${t.image}</legend><div class="image">
          ${shownImage ? html`<img src=${shownImage} alt=${t.imageAlt(title || (a?.number ?? t.newTitle))} data-role="image-preview">` : nothing}
          <div class="picker">
            <div class="field"><label><span>${t.image}</span><input type="file" name="image" accept=${IMAGE_TYPES.join(',')} aria-invalid=${this.invalid('image')}
              aria-describedby=${this.describedBy('image', 'image-hint')} @change=${this.pickImage}></label>${this.fieldError('image')}</div>
            <small class="hint" id="image-hint">${t.imageHint}${this.pendingImage ? ` ${t.chosenImage}` : ''}</small>
            ${this.pendingImage || a?.image ? html`<div><button type="button" ?disabled=${this.busy} @click=${() => this.removeImage(a)}>${t.removeImage}</button></div>` : nothing}
          </div></div></fieldset>

        ${this.error ? html`<p class="error" role="alert" data-role="save-error">${this.error}</p>` : nothing}
        <p class="ok" role="status">${this.message}</p>
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${a ? this.common.save : t.create}</button>
          ${a ? html`<button type="button" class="danger" ?disabled=${this.busy} @click=${() => this.deleteArticle(a)}>${t.deleteArticle}</button>` : nothing}
        </div>
      </form>`;
  }

  private pickImage = (e: Event) => {
    const el = e.target as HTMLInputElement;
    const file = el.files?.[0] ?? null;
    const t = this.tr(TEXTS);
    const rest = { ...this.fieldErrors };
    delete rest.image;
    this.fieldErrors = rest;
    if (!file) return;
    const problem = !IMAGE_TYPES.includes(file.type) ? t.notImage : file.size > IMAGE_LIMIT ? t.fileTooLarge : '';
    if (problem) {
      el.value = '';
      this.setPending(null);
      this.fieldErrors = { ...this.fieldErrors, image: problem };
      return;
    }
    this.setPending(file);
  };

  private async removeImage(a: AdminArticle | null) {
    if (this.pendingImage) {
      this.setPending(null);
      const el = this.renderRoot.querySelector<HTMLInputElement>('input[name=image]');
      if (el) el.value = '';
      return;
    }
    if (!a) return;
    this.busy = true;
    this.error = this.message = '';
    try {
      await this.client.admin.articles.deleteImage(a.id);
      await this.articleTask.run();
      this.message = this.tr(TEXTS).saved;
    } catch (err) {
      this.error = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }

  /** The form as the API's input; problems found here go to their fields without asking the server. */
  private readForm(form: HTMLFormElement): { input?: AdminArticleInput; errors: Record<string, string> } {
    const t = this.tr(TEXTS);
    const d = new FormData(form);
    const s = (n: string) => String(d.get(n) ?? '').trim();
    const errors: Record<string, string> = {};
    for (const n of ['number', 'unit', 'name_en']) if (!s(n)) errors[n] = t.required;
    const price = toCents(s('basePrice'));
    if (price === undefined) errors.basePrice = t.required;
    else if (Number.isNaN(price) || price < 0) errors.basePrice = t.notAmount;
    const stock = num(s('stock'));
    if (stock !== undefined && !(Number.isInteger(stock) && stock >= 0)) errors.stock = t.notWhole;
    const breaks = this.breaks.filter((b) => b.quantity.trim() !== '' || b.price.trim() !== '')
      .map((b) => ({ quantity: num(b.quantity) ?? Number.NaN, unitPrice: toCents(b.price) ?? Number.NaN }));
    if (breaks.some((b) => !Number.isInteger(b.quantity) || b.quantity < 2)) errors.breaks = `${t.fromQuantity}: ${t.notWhole}`;
    else if (breaks.some((b) => Number.isNaN(b.unitPrice) || b.unitPrice < 0)) errors.breaks = `${t.unitPriceIn(this.currency)}: ${t.notAmount}`;
    if (Object.keys(errors).length) return { errors };
    const texts = (prefix: string): LocalizedText => ({ en: s(`${prefix}_en`), de: s(`${prefix}_de`), fr: s(`${prefix}_fr`) });
    const cat = s('categoryId');
    return {
      errors,
      input: {
        number: s('number'), name: texts('name'), description: texts('description'), categoryId: cat ? Number(cat) : null, unit: s('unit'),
        basePrice: price!, priceBreaks: breaks, stock: stock ?? null, showStock: d.get('showStock') === 'on', active: d.get('active') === 'on',
        publishedToAll: d.get('publishedToAll') === 'on',
      },
    };
  }

  private async showErrors(errors: Record<string, string>) {
    this.fieldErrors = errors;
    await this.updateComplete;
    const first = Object.keys(errors)[0];
    const el = first === 'breaks'
      ? this.renderRoot.querySelector<HTMLElement>('[data-role=breaks] input')
      : this.renderRoot.querySelector<HTMLElement>(`[name="${first}"]`);
    el?.focus();
  }

  private async save(e: SubmitEvent, a: AdminArticle | null) {
    e.preventDefault();
    const t = this.tr(TEXTS);
    this.error = this.message = '';
    const { input, errors } = this.readForm(e.target as HTMLFormElement);
    if (!input) {
      await this.showErrors(errors);
      return;
    }
    this.fieldErrors = {};
    this.busy = true;
    let saved: AdminArticle | null = null;
    try {
      saved = a ? await this.client.admin.articles.patch(a.id, input) : await this.client.admin.articles.create(input);
      const image = this.pendingImage;
      if (image) await this.client.admin.articles.setImage(saved.id, image).catch((err) => { throw Object.assign(err, { field: 'image' }); });
      this.emit('kerf-admin-article-save', { id: saved.id, created: !a });
      if (a) await this.articleTask.run();
      else {
        this.go(String(saved.id));
        await this.updateComplete;
        await this.articleTask.taskComplete;
      }
      this.message = a ? t.saved : t.created(saved.number);
    } catch (err) {
      const code = (err as { code?: string }).code;
      const field = (err as { field?: string }).field ?? (code === 'ARTICLE_NUMBER_TAKEN' ? 'number' : code === 'VALIDATION_ERROR' ? fieldOfMessage((err as Error).message) : undefined);
      if (saved && !a) {
        // the article exists; only its image was refused: open it and say so at the image
        this.emit('kerf-admin-article-save', { id: saved.id, created: true });
        this.go(String(saved.id));
        await this.updateComplete;
        await this.articleTask.taskComplete.catch(() => undefined);
      }
      if (field) await this.showErrors({ [field]: this.errorText(err) });
      else this.error = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }

  private async deleteArticle(a: AdminArticle) {
    const t = this.tr(TEXTS);
    if (!confirm(t.confirmDelete(a.number))) return;
    this.busy = true;
    this.error = '';
    try {
      await this.client.admin.articles.delete(a.id);
      this.emit('kerf-admin-article-delete', { id: a.id, number: a.number });
      this.go('');
      this.message = t.deleted(a.number);
      this.catsVersion++;
    } catch (err) {
      this.error = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }
}
