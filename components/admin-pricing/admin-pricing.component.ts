import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { Catalog, Material } from '../../sdk/pricing/catalog.js';
import { DEFAULT_LEAD_TIMES } from '../../sdk/pricing/lead-time-defaults.js';
import type { PricingProfile } from '../../sdk/pricing/profile.js';
import { num, pageStyles } from '../back-office/admin-shared.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { styles } from './admin-pricing.styles.js';
import { TEXTS } from './translations.js';

/** A stored number shown in the form's unit, without float noise (35000 mm/min, ÷1000 → "35"). */
const show = (v: number, factor = 1) => (Number.isFinite(v) ? String(Number((v / factor).toPrecision(12))) : '');
/** A typed value back in the stored unit (`''` or garbage → NaN, which the server refuses). */
const store = (typed: string, factor = 1) => {
  const n = num(typed);
  return n === undefined || Number.isNaN(n) ? Number.NaN : Number((n * factor).toPrecision(12));
};
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Profile fields: the key, the factor from shown to stored, and the input's step. */
const PROFILE_FIELDS = [
  ['machineRatePerHour', 100, '0.01'], ['setupCostPerLine', 100, '0.01'], ['minimumOrderValue', 100, '0.01'],
  ['materialMarkup', 0.01, 'any'], ['cuttingMarkup', 0.01, 'any'], ['scrapFactor', 0.01, 'any'],
  ['roundingStep', 1, '1'], ['partSpacing', 1, 'any'],
] as const;

declare global {
  interface HTMLElementTagNameMap { 'kerf-admin-pricing': KerfAdminPricing }
  interface GlobalEventHandlersEventMap {
    'kerf-admin-pricing-save': CustomEvent<{ catalogVersion: number }>;
  }
}

/**
 * The shop's materials catalog and default pricing profile: per material its density and price
 * per kg, and a table of thicknesses with cutting speed (shown in m/min, stored in mm/min), pierce
 * time and smallest hole; thicknesses can be added and removed. The profile's rates, markups,
 * minimum order value, rounding, spacing, material model and quantity breaks are edited below.
 * Saving replaces both on the server, which checks them (its INVALID_CATALOG / INVALID_PROFILE
 * message is shown as it is). Orders already placed keep their frozen prices.
 *
 * @summary Back office: materials, thicknesses, speeds and the default pricing profile.
 * @csspart materials - The materials and their thickness tables.
 * @csspart profile - The default pricing profile.
 * @csspart delivery - Delivery options (working days, surcharge or discount), quote validity, holidays and the finishing prices.
 * @csspart savebar - The save and discard buttons and the outcome.
 * @cssprop --kerf-admin-pricing-savebar - Background of the sticky save bar (default the surface token).
 * @fires kerf-admin-pricing-save - The catalog and profile were saved; `detail.catalogVersion`.
 * @example
 * ```html
 * <kerf-admin-pricing lang="de"></kerf-admin-pricing>
 * ```
 */
export class KerfAdminPricing extends ApiElement {
  static override styles = [tokens, controls, pageStyles, styles];

  @state() private catalog?: Catalog;
  @state() private profile?: PricingProfile;
  @state() private version = 0;
  @state() private dirty = false;
  @state() private busy = false;
  @state() private error = '';
  @state() private message = '';

  private readonly loadTask = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => {
      const p = await this.client.admin.pricing.get({ signal });
      this.adopt(p);
      return true;
    },
  });

  private adopt(p: { catalog: Catalog; profile: PricingProfile; catalogVersion: number }) {
    this.catalog = clone(p.catalog);
    this.profile = clone(p.profile);
    this.version = p.catalogVersion;
    this.dirty = false;
    this.error = '';
  }

  /** Change the drafts in place, then re-render. */
  private edit(change: () => void) {
    change();
    this.dirty = true;
    this.message = '';
    this.requestUpdate();
  }

  override render() {
    const t = this.tr(TEXTS);
    return html`<div class="page-head"><h2>${t.title}</h2>${this.version ? html`<span class="muted">${t.version(this.fmt.dateTime(this.version))}</span>` : nothing}</div>
      <p class="notice" data-role="frozen-note">${t.frozenNote}</p>
      ${this.loadTask.render({
        pending: () => (this.catalog ? this.renderForm() : html`<p class="state muted" role="status">${this.common.loading}</p>`),
        error: (e) => html`<div class="card state" role="alert"><p class="error">${this.errorText(e)}</p>
          <button class="primary" type="button" @click=${() => this.loadTask.run()}>${this.common.retry}</button></div>`,
        complete: () => this.renderForm(),
      })}`;
  }

  private renderForm() {
    const t = this.tr(TEXTS);
    if (!this.catalog || !this.profile) return nothing;
    return html`<form novalidate @submit=${this.save}>
      <section part="materials" aria-labelledby="materials-title"><h3 id="materials-title">${t.materials}</h3>
        ${this.catalog.materials.map((m) => this.renderMaterial(m))}</section>
      ${this.renderProfile(this.profile)}
      <div class="savebar" part="savebar">
        <button class="primary" type="submit" ?disabled=${this.busy}>${t.save}</button>
        <button type="button" ?disabled=${this.busy || !this.dirty} @click=${() => this.loadTask.run()}>${t.reset}</button>
        ${this.dirty ? html`<span class="muted">${t.unsaved}</span>` : nothing}
        <span class="ok" role="status">${this.message}</span>
      </div>
      ${this.error ? html`<p class="error refusal" role="alert" data-role="save-error">${this.error}</p>` : nothing}
    </form>`;
  }

  private renderMaterial(m: Material) {
    const t = this.tr(TEXTS);
    const name = m.name[this.language] ?? m.name.en;
    const cell = (label: string, value: string, set: (v: string) => void, step = 'any') =>
      html`<input type="number" step=${step} inputmode="decimal" aria-label=${label} .value=${value} @change=${(e: Event) => this.edit(() => set((e.target as HTMLInputElement).value))}>`;
    return html`<section class="card material" data-material=${m.id} aria-labelledby=${`m-${m.id}`}>
      <h4 id=${`m-${m.id}`}>${m.id} · ${name}</h4>
      <div class="material-fields">
        <label><span>${t.density}</span>${cell(`${m.id}: ${t.density}`, show(m.density), (v) => { m.density = store(v); })}</label>
        <label><span>${t.pricePerKg}</span>${cell(`${m.id}: ${t.pricePerKg}`, show(m.pricePerKg, 100), (v) => { m.pricePerKg = Math.round(store(v, 100)); }, '0.01')}</label>
      </div>
      <div class="table-wrap"><table class="thicknesses cards">
        <thead><tr><th scope="col">${t.thickness}</th><th scope="col">${t.speed}</th><th scope="col">${t.pierce}</th><th scope="col">${t.minHole}</th><th scope="col"><span class="sr-only">${t.remove}</span></th></tr></thead>
        <tbody>${m.thicknesses.map((row) => {
          const th = show(row.thickness);
          return html`<tr data-thickness=${th}>
            <td data-label=${t.thickness}>${cell(`${m.id} ${th} mm: ${t.thickness}`, th, (v) => { row.thickness = store(v); })}</td>
            <td data-label=${t.speed}>${cell(`${m.id} ${th} mm: ${t.speed}`, show(row.cuttingSpeed, 1000), (v) => { row.cuttingSpeed = store(v, 1000); })}</td>
            <td data-label=${t.pierce}>${cell(`${m.id} ${th} mm: ${t.pierce}`, show(row.pierceTime), (v) => { row.pierceTime = store(v); })}</td>
            <td data-label=${t.minHole}>${cell(`${m.id} ${th} mm: ${t.minHole}`, show(row.minHoleDiameter), (v) => { row.minHoleDiameter = store(v); })}</td>
            <td data-label=""><button type="button" class="danger" aria-label=${t.removeRow(m.id, th)}
              @click=${() => this.edit(() => { m.thicknesses = m.thicknesses.filter((x) => x !== row); })}>${t.remove}</button></td>
          </tr>`;
        })}</tbody></table></div>
      <div class="add-row">
        <label><span>${t.newThickness}</span><input type="number" step="any" min="0" inputmode="decimal" data-new=${m.id}></label>
        <button type="button" @click=${() => this.addThickness(m)}>${t.addThickness}</button>
      </div>
    </section>`;
  }

  /** A new thickness starts with the figures of its nearest neighbour, sorted in. */
  private addThickness(m: Material) {
    const input = this.renderRoot.querySelector<HTMLInputElement>(`input[data-new="${CSS.escape(m.id)}"]`);
    const th = num(input?.value ?? '');
    if (th === undefined || Number.isNaN(th) || m.thicknesses.some((x) => Math.abs(x.thickness - th) < 1e-9)) {
      input?.focus();
      return;
    }
    const near = [...m.thicknesses].sort((a, b) => Math.abs(a.thickness - th) - Math.abs(b.thickness - th))[0];
    this.edit(() => {
      m.thicknesses = [...m.thicknesses, { ...(near ?? { cuttingSpeed: 1000, pierceTime: 1, minHoleDiameter: th }), thickness: th }].sort((a, b) => a.thickness - b.thickness);
    });
    if (input) input.value = '';
  }

  private renderProfile(p: PricingProfile) {
    const t = this.tr(TEXTS);
    const labels: Record<(typeof PROFILE_FIELDS)[number][0], string> = {
      machineRatePerHour: t.machineRate, setupCostPerLine: t.setupCost, minimumOrderValue: t.minimumOrderValue, materialMarkup: t.materialMarkup,
      cuttingMarkup: t.cuttingMarkup, scrapFactor: t.scrapFactor, roundingStep: t.roundingStep, partSpacing: t.partSpacing,
    };
    return html`<section class="card" part="profile" aria-labelledby="profile-title"><h3 id="profile-title">${t.profile}</h3>
      <div class="grid">
        ${PROFILE_FIELDS.map(([k, factor, step]) => html`<label><span>${labels[k]}</span><input type="number" name=${k} step=${step} inputmode="decimal"
          .value=${show(p[k], factor)} @change=${(e: Event) => this.edit(() => { p[k] = store((e.target as HTMLInputElement).value, factor); })}></label>`)}
        <label><span>${t.materialModel}</span><select name="materialModel" @change=${(e: Event) => this.edit(() => { p.materialModel = (e.target as HTMLSelectElement).value as PricingProfile['materialModel']; })}>
          ${(['sheet-share', 'bounding-box', 'net-weight'] as const).map((m) => html`<option value=${m} ?selected=${p.materialModel === m}>${t.models[m]}</option>`)}</select></label>
        <label><span>${t.nesting}</span><select name="nesting" @change=${(e: Event) => this.editNesting(p, { method: (e.target as HTMLSelectElement).value as 'true-shape' | 'box' })}>
          ${(['true-shape', 'box'] as const).map((m) => html`<option value=${m} ?selected=${(p.nesting?.method ?? 'true-shape') === m}>${t.nestMethods[m]}</option>`)}</select></label>
        <label><span>${t.rotationStep}</span><input type="number" name="rotationStep" step="any" min="1" max="360" .value=${show(p.nesting?.rotationStep ?? 90)}
          @change=${(e: Event) => this.editNesting(p, { rotationStep: store((e.target as HTMLInputElement).value) })}></label>
        <label class="check"><input type="checkbox" name="mirror" .checked=${p.nesting?.mirror ?? false}
          @change=${(e: Event) => this.editNesting(p, { mirror: (e.target as HTMLInputElement).checked })}><span>${t.mirror}</span></label>
      </div>
      <p class="muted">${t.nestingHint}</p>
      <h4>${t.breaks}</h4>
      <div class="breaks">${p.quantityBreaks.map((b, i) => html`<div class="break">
        <label><span>${t.minQuantity}</span><input type="number" step="1" min="1" .value=${show(b.minQuantity)} @change=${(e: Event) => this.edit(() => { b.minQuantity = store((e.target as HTMLInputElement).value); })}></label>
        <label><span>${t.discount}</span><input type="number" step="any" min="0" max="90" .value=${show(b.discount, 0.01)} @change=${(e: Event) => this.edit(() => { b.discount = store((e.target as HTMLInputElement).value, 0.01); })}></label>
        <button type="button" class="danger" aria-label=${t.removeBreak(i + 1)} @click=${() => this.edit(() => { p.quantityBreaks = p.quantityBreaks.filter((x) => x !== b); })}>✕</button>
      </div>`)}
        <div><button type="button" @click=${() => this.edit(() => { p.quantityBreaks = [...p.quantityBreaks, { minQuantity: Number.NaN, discount: 0 }]; })}>${t.addBreak}</button></div>
      </div>
    </section>
    ${this.renderDelivery(p)}`;
  }

  /** How the basket's lines are nested (issue [9]): method, turns, mirroring. */
  private editNesting(p: PricingProfile, change: NonNullable<PricingProfile['nesting']>) {
    this.edit(() => { p.nesting = { ...p.nesting, ...change }; });
  }

  /** Set when the finishing JSON typed last did not parse (it is then not taken). */
  @state() private finishingError = false;

  /** Delivery options, quote validity, holidays, and the finishing prices as JSON (issue [7]). */
  private renderDelivery(p: PricingProfile) {
    const t = this.tr(TEXTS);
    // a profile without options offers the standard three: they are edited from there
    const leadTimes = p.leadTimes ?? DEFAULT_LEAD_TIMES;
    const editLead = (i: number, change: (l: (typeof leadTimes)[number]) => void) => this.edit(() => {
      p.leadTimes = clone(leadTimes);
      change(p.leadTimes[i]);
    });
    return html`<section class="card" part="delivery" aria-labelledby="delivery-title"><h3 id="delivery-title">${t.delivery}</h3>
      <div class="table-wrap"><table class="lead-times">
        <thead><tr><th scope="col"></th><th scope="col">${t.leadLabel}</th><th scope="col">${t.workingDays}</th><th scope="col">${t.adjustment}</th></tr></thead>
        <tbody>${leadTimes.map((l, i) => html`<tr data-lead=${l.code}>
          <th scope="row">${t.leadCodes[l.code]}</th>
          <td><input aria-label=${`${t.leadCodes[l.code]}: ${t.leadLabel}`} .value=${l.label}
            @change=${(e: Event) => editLead(i, (x) => { x.label = (e.target as HTMLInputElement).value.trim(); })}></td>
          <td><input type="number" step="1" min="0" aria-label=${`${t.leadCodes[l.code]}: ${t.workingDays}`} name=${`${l.code}-days`} .value=${show(l.workingDays)}
            @change=${(e: Event) => editLead(i, (x) => { x.workingDays = store((e.target as HTMLInputElement).value); })}></td>
          <td><input type="number" step="any" aria-label=${`${t.leadCodes[l.code]}: ${t.adjustment}`} name=${`${l.code}-adjustment`} .value=${show(l.adjustment, 0.01)}
            @change=${(e: Event) => editLead(i, (x) => { x.adjustment = store((e.target as HTMLInputElement).value, 0.01); })}></td>
        </tr>`)}</tbody>
      </table></div>
      <div class="grid">
        <label><span>${t.quoteValidity}</span><input type="number" step="1" min="1" name="quoteValidityDays" .value=${show(p.quoteValidityDays ?? 30)}
          @change=${(e: Event) => this.edit(() => { p.quoteValidityDays = store((e.target as HTMLInputElement).value); })}></label>
      </div>
      <label class="block"><span>${t.holidays}</span>
        <textarea name="holidays" rows="4" aria-describedby="holidays-hint" .value=${(p.holidays ?? []).join('\n')}
          @change=${(e: Event) => this.edit(() => { p.holidays = (e.target as HTMLTextAreaElement).value.split(/\s+/).filter(Boolean); })}></textarea></label>
      <p id="holidays-hint" class="muted">${t.holidaysHint}</p>
      <label class="block"><span>${t.finishing}</span>
        <textarea name="finishing" rows="10" class="code" spellcheck="false" aria-describedby="finishing-hint finishing-error" aria-invalid=${this.finishingError ? 'true' : 'false'}
          .value=${p.finishing ? JSON.stringify(p.finishing, null, 2) : ''}
          @change=${(e: Event) => this.editFinishing(p, (e.target as HTMLTextAreaElement).value)}></textarea></label>
      <p id="finishing-hint" class="muted">${t.finishingHint}</p>
      <p id="finishing-error" class="error" role="alert">${this.finishingError ? t.finishingBadJson : nothing}</p>
    </section>`;
  }

  private editFinishing(p: PricingProfile, text: string) {
    let value: unknown;
    try {
      value = text.trim() ? JSON.parse(text) : undefined;
    } catch {
      this.finishingError = true;
      return;
    }
    this.finishingError = false;
    // the server checks the content (INVALID_PROFILE names the field)
    this.edit(() => { p.finishing = value as PricingProfile['finishing']; });
  }

  private async save(e: SubmitEvent) {
    e.preventDefault();
    if (!this.catalog || !this.profile) return;
    const t = this.tr(TEXTS);
    this.busy = true;
    this.error = this.message = '';
    try {
      const p = await this.client.admin.pricing.put({ catalog: this.catalog, profile: this.profile });
      this.adopt(p);
      this.message = t.saved;
      this.emit('kerf-admin-pricing-save', { catalogVersion: p.catalogVersion });
    } catch (err) {
      const code = (err as { code?: string }).code;
      const what = code === 'INVALID_CATALOG' ? t.catalog : code === 'INVALID_PROFILE' ? t.profileWord : '';
      // the server names the field that is wrong; its message is shown as it is
      this.error = what ? `${t.refused(what)}\n${(err as Error).message}` : this.errorText(err);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-role=save-error]')?.scrollIntoView({ block: 'nearest' });
    } finally {
      this.busy = false;
    }
  }
}
