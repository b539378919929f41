import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Catalog } from '../../sdk/pricing/catalog.js';
import type { PricingOverrides, PricingProfile } from '../../sdk/pricing/profile.js';
import type { AdminCompany, AdminUser, AllowedMaterial, CompanyInput, Language } from '../../sdk/client/types.js';
import { num, pageStyles, toCents, toEuros } from '../back-office/admin-shared.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { styles } from './admin-companies.styles.js';
import { TEXTS } from './translations.js';

/** The override fields the form offers, and how a typed value becomes the profile's. */
const FIELDS = [
  ['materialMarkup', 'percent'], ['cuttingMarkup', 'percent'], ['minimumOrderValue', 'money'], ['setupCostPerLine', 'money'], ['machineRatePerHour', 'money'],
] as const;
type FieldKey = (typeof FIELDS)[number][0];

/** A fraction shown as percent without float noise (0.05 → "5"). */
const pct = (v: number | undefined) => (v === undefined ? '' : String(Number((v * 100).toPrecision(12))));
const key = (material: string, thickness: number) => `${material}|${thickness}`;

/** The agreed materials as ticked boxes → the API's list (a material with every thickness ticked needs no list). */
export function agreedMaterials(catalog: Catalog, ticked: Set<string>): AllowedMaterial[] | null {
  const out: AllowedMaterial[] = [];
  for (const m of catalog.materials) {
    const on = m.thicknesses.filter((t) => ticked.has(key(m.id, t.thickness))).map((t) => t.thickness);
    if (on.length === m.thicknesses.length) out.push({ material: m.id });
    else if (on.length) out.push({ material: m.id, thicknesses: on });
  }
  return out.length ? out : null;
}

function tickedOf(catalog: Catalog, allowed: AllowedMaterial[] | null): Set<string> {
  const s = new Set<string>();
  for (const a of allowed ?? []) {
    const m = catalog.materials.find((x) => x.id === a.material);
    for (const t of m?.thicknesses ?? []) if (!a.thicknesses || a.thicknesses.some((x) => Math.abs(x - t.thickness) < 1e-9)) s.add(key(m!.id, t.thickness));
  }
  return s;
}

interface Refs { staff: AdminUser[]; catalog: Catalog; profile: PricingProfile }

declare global {
  interface HTMLElementTagNameMap { 'kerf-admin-companies': KerfAdminCompanies }
  interface GlobalEventHandlersEventMap {
    'kerf-admin-company-save': CustomEvent<{ id: number; created: boolean }>;
    'kerf-admin-company-invite': CustomEvent<{ companyId: number; email: string }>;
  }
}

/**
 * The shop's customer companies: a list with customer number, city, people, sales rep and whether
 * the portal is enabled for them (enable or disable in place); `company-id` opens one (or `new` a
 * blank one) with its master data, sales rep, pricing overrides (material and cutting markup,
 * minimum order value, setup cost, machine rate, quantity breaks) and agreed materials ticked per
 * material and thickness, and invites the company's first administrator. Below, the catalog
 * articles published to the company, at its prices and under its own names (`kerf-admin-company-articles`).
 *
 * @summary Back office: customer companies, their pricing and agreed materials.
 * @csspart list - The companies table.
 * @csspart form - The company form.
 * @csspart people - The company's people and the invitation form.
 * @csspart articles - The catalog articles section (`kerf-admin-company-articles`) of a company.
 * @cssprop --kerf-admin-companies-gap - Space between the form's sections and beside the people panel (default twice the space token).
 * @fires kerf-admin-company-save - A company was created or changed; `detail.id`, `detail.created`.
 * @fires kerf-admin-company-invite - A person was invited into a company; `detail.companyId`, `detail.email`.
 * @example
 * ```html
 * <kerf-admin-companies company-id="new"></kerf-admin-companies>
 * ```
 */
export class KerfAdminCompanies extends ApiElement {
  static override styles = [tokens, controls, pageStyles, styles];

  /** The company to edit (its id), `new` for a new one; empty shows the list. */
  @property({ attribute: 'company-id', reflect: true }) companyId = '';

  @state() private ticked = new Set<string>();
  @state() private ownBreaks = false;
  @state() private breaks: { minQuantity: string; discount: string }[] = [];
  @state() private busy = false;
  @state() private message = '';
  @state() private error = '';
  @state() private inviteMessage = '';
  @state() private inviteError = '';

  private readonly listTask = new Task(this, {
    args: () => [this.companyId] as const,
    task: async ([id], { signal }) => {
      if (id) return null;
      const [companies, users] = await Promise.all([this.client.admin.companies.list({ signal }), this.client.admin.users.list({ signal })]);
      return { companies: companies.items, users: users.items };
    },
  });

  private readonly refsTask = new Task(this, {
    args: () => [!!this.companyId] as const,
    task: async ([needed], { signal }): Promise<Refs | null> => {
      if (!needed) return null;
      const [users, pricing] = await Promise.all([this.client.admin.users.list({ signal }), this.client.admin.pricing.get({ signal })]);
      return { staff: users.items.filter((u) => u.staffRole && !u.disabled), catalog: pricing.catalog, profile: pricing.profile };
    },
  });

  private readonly companyTask = new Task(this, {
    args: () => [this.companyId, this.refsTask.value] as const,
    task: async ([id, refs], { signal }): Promise<AdminCompany | null> => {
      this.message = this.error = this.inviteMessage = this.inviteError = '';
      if (!id || !refs) return null;
      const c = id === 'new' ? null : await this.client.admin.companies.get(Number(id), { signal });
      this.ticked = tickedOf(refs.catalog, c?.allowedMaterials ?? null);
      const qb = c?.pricingOverrides?.quantityBreaks;
      this.ownBreaks = !!qb;
      this.breaks = (qb ?? []).map((b) => ({ minQuantity: String(b.minQuantity), discount: pct(b.discount) }));
      return c;
    },
  });

  override render() {
    return this.companyId ? this.renderEditor() : this.renderList();
  }

  private renderError(e: unknown, retry: () => void) {
    return html`<div class="card state" role="alert"><p class="error">${this.errorText(e)}</p>
      <button class="primary" type="button" @click=${retry}>${this.common.retry}</button></div>`;
  }

  private go(id: string) {
    this.companyId = id;
    // keep the address bar in step when the back office routes by hash
    if (location.hash.startsWith('#/companies')) history.replaceState(null, '', `#/companies${id ? `/${id}` : ''}`);
  }

  // ------------------------------------------------------------------------------------------

  private renderList() {
    const t = this.tr(TEXTS);
    return html`<div class="page-head"><h2>${t.title}</h2>
        <a class="button primary" href="#/companies/new" @click=${() => { this.companyId = 'new'; }}>${t.newCompany}</a></div>
      <p class="sr-only" aria-live="polite">${this.message}</p>
      <div part="list">${this.listTask.render({
        pending: () => html`<p class="state muted" role="status">${this.common.loading}</p>`,
        error: (e) => this.renderError(e, () => this.listTask.run()),
        complete: (v) => {
          if (!v) return nothing;
          if (!v.companies.length) return html`<p class="state muted">${t.empty}</p>`;
          const rep = (id: number | null) => v.users.find((u) => u.id === id)?.name ?? t.noRep;
          return html`${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
          <div class="table-wrap"><table class="cards">
            <thead><tr><th scope="col">${t.name}</th><th scope="col">${t.customerNumber}</th><th scope="col">${t.city}</th>
              <th scope="col" class="num">${t.users}</th><th scope="col">${t.salesRep}</th><th scope="col">${t.enabled}</th><th scope="col">${t.actions}</th></tr></thead>
            <tbody>${v.companies.map((c) => html`<tr data-company=${c.id}>
              <td data-label=${t.name}><a class="row-link" href=${`#/companies/${c.id}`} @click=${() => { this.companyId = String(c.id); }}>${c.name}</a></td>
              <td data-label=${t.customerNumber}>${c.customerNumber}</td>
              <td data-label=${t.city}>${c.city || '—'}</td>
              <td data-label=${t.users} class="num">${this.fmt.number(c.users)}</td>
              <td data-label=${t.salesRep}>${rep(c.salesRepId)}</td>
              <td data-label=${t.enabled}><span class="status ${c.enabled ? 'ok' : 'bad'}">${c.enabled ? t.on : t.off}</span></td>
              <td data-label=${t.actions} class="actions-cell">
                <button type="button" ?disabled=${this.busy} @click=${() => this.toggle(c.id, c.name, !c.enabled)}>${c.enabled ? t.disable : t.enable}</button></td>
            </tr>`)}</tbody></table></div>`;
        },
      })}</div>`;
  }

  private async toggle(id: number, name: string, enabled: boolean) {
    this.busy = true;
    this.error = '';
    try {
      await this.client.admin.companies.patch(id, { enabled });
      this.message = this.tr(TEXTS).toggled(name, enabled);
      this.emit('kerf-admin-company-save', { id, created: false });
      await this.listTask.run();
    } catch (e) {
      this.error = this.errorText(e);
    } finally {
      this.busy = false;
    }
  }

  // ------------------------------------------------------------------------------------------

  private renderEditor() {
    const t = this.tr(TEXTS);
    const pending = () => html`<p class="state muted" role="status">${this.common.loading}</p>`;
    return html`<p><a href="#/companies" @click=${() => { this.companyId = ''; }}>← ${t.back}</a></p>
      ${this.refsTask.render({
        pending,
        error: (e) => this.renderError(e, () => this.refsTask.run()),
        complete: (refs) => refs ? this.companyTask.render({
          // a reload after an invitation keeps the form in place
          pending: () => (this.companyTask.value && String(this.companyTask.value.id) === this.companyId ? this.renderForm(refs, this.companyTask.value) : pending()),
          error: (e) => this.renderError(e, () => this.companyTask.run()),
          complete: (c) => this.renderForm(refs, c),
        }) : nothing,
      })}`;
  }

  private renderForm(refs: Refs, c: AdminCompany | null) {
    const t = this.tr(TEXTS);
    const o: PricingOverrides = c?.pricingOverrides ?? {};
    const p = refs.profile;
    const shown = (k: FieldKey, kind: 'percent' | 'money', v: number | undefined) => (kind === 'percent' ? pct(v) : toEuros(v));
    const def = (k: FieldKey, kind: 'percent' | 'money') => (kind === 'percent' ? this.fmt.percent(p[k]) : this.fmt.money(p[k], p.currency));
    const labels: Record<FieldKey, string> = {
      materialMarkup: t.materialMarkup, cuttingMarkup: t.cuttingMarkup, minimumOrderValue: t.minimumOrderValue, setupCostPerLine: t.setupCost, machineRatePerHour: t.machineRate,
    };
    return html`<div class="page-head"><h2>${c ? t.editTitle(c.name) : t.newTitle}</h2>
        ${c ? html`<span class="status ${c.enabled ? 'ok' : 'bad'}">${c.enabled ? t.on : t.off}</span>` : nothing}</div>
      <div class=${c ? 'layout' : ''}>
      <form class="company" part="form" novalidate @submit=${(e: SubmitEvent) => this.save(e, refs, c)}>
        <fieldset><legend>${t.master}</legend><div class="grid">
          <label><span>${t.name}</span><input name="name" required minlength="2" maxlength="200" .value=${c?.name ?? ''} autocomplete="organization"></label>
          <label><span>${t.customerNumber}</span><input name="customerNumber" required maxlength="40" .value=${c?.customerNumber ?? ''}></label>
          <label><span>${t.street}</span><input name="street" maxlength="200" .value=${c?.street ?? ''} autocomplete="street-address"></label>
          <label><span>${t.zip}</span><input name="zip" maxlength="20" .value=${c?.zip ?? ''} autocomplete="postal-code"></label>
          <label><span>${t.city}</span><input name="city" maxlength="100" .value=${c?.city ?? ''} autocomplete="address-level2"></label>
          <label><span>${t.country}</span><input name="country" maxlength="60" .value=${c?.country ?? 'DE'}></label>
          <label><span>${t.phone}</span><input name="phone" type="tel" maxlength="60" .value=${c?.phone ?? ''}></label>
          <label><span>${t.vatId}</span><input name="vatId" maxlength="40" .value=${c?.vatId ?? ''}></label>
          <label><span>${t.language}</span><select name="language">
            ${(['en', 'de', 'fr'] as const).map((l) => html`<option value=${l} ?selected=${(c?.language ?? this.language) === l}>${t.languages[l]}</option>`)}</select></label>
          <label><span>${t.salesRep}</span><select name="salesRepId">
            <option value="">${t.noRep}</option>
            ${refs.staff.map((u) => html`<option value=${u.id} ?selected=${c?.salesRepId === u.id}>${u.name}</option>`)}</select></label>
          <label class="check wide"><input type="checkbox" name="enabled" .checked=${c?.enabled ?? true}> ${t.portalEnabled}</label>
        </div></fieldset>

        <fieldset><legend>${t.pricing}</legend>
          <p class="muted">${t.pricingHint}</p>
          <div class="grid">${FIELDS.map(([k, kind]) => html`<label><span>${labels[k]}</span>
            <input name=${k} type="number" step="any" inputmode="decimal" .value=${shown(k, kind, o[k] as number | undefined)} placeholder=${def(k, kind)}
              aria-describedby=${`def-${k}`}><small class="hint" id=${`def-${k}`}>${t.defaultValue(def(k, kind))}</small></label>`)}</div>
          <h3>${t.breaks}</h3>
          <label class="check"><input type="checkbox" name="ownBreaks" .checked=${this.ownBreaks}
            @change=${(e: Event) => {
              this.ownBreaks = (e.target as HTMLInputElement).checked;
              if (this.ownBreaks && !this.breaks.length) this.breaks = p.quantityBreaks.map((b) => ({ minQuantity: String(b.minQuantity), discount: pct(b.discount) }));
            }}> ${t.overrideBreaks}</label>
          ${this.ownBreaks ? html`<div class="breaks">${this.breaks.map((b, i) => html`<div class="break">
              <label><span>${t.minQuantity}</span><input type="number" min="1" step="1" .value=${b.minQuantity} @input=${(e: Event) => { b.minQuantity = (e.target as HTMLInputElement).value; }}></label>
              <label><span>${t.discount}</span><input type="number" min="0" max="90" step="any" .value=${b.discount} @input=${(e: Event) => { b.discount = (e.target as HTMLInputElement).value; }}></label>
              <button type="button" class="danger" aria-label=${t.removeBreak(i + 1)} @click=${() => { this.breaks = this.breaks.filter((x) => x !== b); }}>✕</button>
            </div>`)}
            <div><button type="button" @click=${() => { this.breaks = [...this.breaks, { minQuantity: '', discount: '' }]; }}>${t.addBreak}</button></div></div>` : nothing}
        </fieldset>

        <fieldset><legend>${t.materials}</legend>
          <p class="muted">${t.materialsHint}</p>
          <div class="materials">${refs.catalog.materials.map((m) => {
            const keys = m.thicknesses.map((x) => key(m.id, x.thickness));
            const on = keys.filter((k) => this.ticked.has(k)).length;
            const label = m.name[this.language] ?? m.name.en;
            return html`<fieldset data-material=${m.id}><legend>${m.id} · ${label}</legend>
              <label class="check"><input type="checkbox" .checked=${on === keys.length} .indeterminate=${on > 0 && on < keys.length}
                @change=${(e: Event) => this.tick(keys, (e.target as HTMLInputElement).checked)}> ${t.allOf(m.id)}</label>
              <div class="thicknesses">${m.thicknesses.map((x) => {
                const k = key(m.id, x.thickness);
                return html`<label class="check"><input type="checkbox" name="material" value=${k} .checked=${this.ticked.has(k)}
                  @change=${(e: Event) => this.tick([k], (e.target as HTMLInputElement).checked)}> ${this.fmt.number(x.thickness, x.thickness % 1 ? 1 : 0)} mm</label>`;
              })}</div></fieldset>`;
          })}</div>
        </fieldset>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <p class="ok" role="status">${this.message}</p>
        <div class="actions"><button class="primary" type="submit" ?disabled=${this.busy}>${c ? this.common.save : t.create}</button></div>
      </form>
      ${c ? this.renderPeople(c) : nothing}
      </div>
      ${c ? html`<kerf-admin-company-articles class="card" part="articles" company-id=${c.id} theme=${this.theme || nothing}></kerf-admin-company-articles>` : nothing}`;
  }

  private tick(keys: string[], on: boolean) {
    const s = new Set(this.ticked);
    for (const k of keys) if (on) s.add(k); else s.delete(k);
    this.ticked = s;
  }

  private async save(e: SubmitEvent, refs: Refs, c: AdminCompany | null) {
    e.preventDefault();
    const t = this.tr(TEXTS);
    const d = new FormData(e.target as HTMLFormElement);
    const s = (n: string) => String(d.get(n) ?? '').trim();
    // keep overrides this form does not show (surcharges, rounding, …); replace the ones it does
    const overrides: Record<string, unknown> = { ...(c?.pricingOverrides ?? {}) };
    for (const [k, kind] of FIELDS) {
      const v = kind === 'percent' ? num(s(k)) : toCents(s(k));
      if (v === undefined) delete overrides[k];
      else overrides[k] = kind === 'percent' ? Number((v / 100).toPrecision(12)) : v;
    }
    if (this.ownBreaks) {
      overrides.quantityBreaks = this.breaks.filter((b) => b.minQuantity.trim() !== '' || b.discount.trim() !== '')
        .map((b) => ({ minQuantity: num(b.minQuantity) ?? Number.NaN, discount: Number(((num(b.discount) ?? Number.NaN) / 100).toPrecision(12)) }));
    } else delete overrides.quantityBreaks;
    const rep = s('salesRepId');
    const input: CompanyInput = {
      name: s('name'), customerNumber: s('customerNumber'), street: s('street'), zip: s('zip'), city: s('city'), country: s('country'),
      phone: s('phone'), vatId: s('vatId'), language: s('language') as Language, enabled: d.get('enabled') === 'on',
      salesRepId: rep ? Number(rep) : null,
      pricingOverrides: Object.keys(overrides).length ? (overrides as PricingOverrides) : null,
      allowedMaterials: agreedMaterials(refs.catalog, this.ticked),
    };
    this.busy = true;
    this.error = this.message = '';
    try {
      if (c) {
        await this.client.admin.companies.patch(c.id, input);
        this.message = t.saved;
        this.emit('kerf-admin-company-save', { id: c.id, created: false });
      } else {
        const made = await this.client.admin.companies.create(input);
        this.emit('kerf-admin-company-save', { id: made.id, created: true });
        this.go(String(made.id));
        await this.companyTask.taskComplete;
        this.message = t.created(made.name);
      }
    } catch (err) {
      this.error = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }

  private renderPeople(c: AdminCompany) {
    const t = this.tr(TEXTS);
    return html`<aside class="card invite" part="people" aria-labelledby="people-title">
      <h3 id="people-title">${t.people}</h3>
      ${c.users.length ? html`<ul class="people">${c.users.map((u) => html`<li>${u.name} <span class="muted">&lt;${u.email}&gt;</span></li>`)}</ul>`
        : html`<p class="muted">${t.noPeople}</p>`}
      <h3>${t.invite}</h3>
      <p class="muted">${t.inviteHint}</p>
      <form @submit=${(e: SubmitEvent) => this.invite(e, c)}>
        <label><span>${t.personName}</span><input name="name" required minlength="2" maxlength="200" autocomplete="off"></label>
        <label><span>${t.email}</span><input name="email" type="email" required autocomplete="off"></label>
        <label><span>${t.language}</span><select name="language">
          ${(['en', 'de', 'fr'] as const).map((l) => html`<option value=${l} ?selected=${c.language === l}>${t.languages[l]}</option>`)}</select></label>
        ${this.inviteError ? html`<p class="error" role="alert">${this.inviteError}</p>` : nothing}
        <p class="ok" role="status">${this.inviteMessage}</p>
        <div><button class="primary" type="submit" ?disabled=${this.busy}>${t.invite}</button></div>
      </form>
    </aside>`;
  }

  private async invite(e: SubmitEvent, c: AdminCompany) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const d = new FormData(form);
    const email = String(d.get('email') ?? '').trim();
    this.busy = true;
    this.inviteError = this.inviteMessage = '';
    try {
      await this.client.admin.companies.inviteUser(c.id, { name: String(d.get('name') ?? '').trim(), email, language: d.get('language') as Language });
      form.reset();
      this.emit('kerf-admin-company-invite', { companyId: c.id, email });
      await this.companyTask.run();
      this.inviteMessage = this.tr(TEXTS).invited(email);
    } catch (err) {
      this.inviteError = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }
}
