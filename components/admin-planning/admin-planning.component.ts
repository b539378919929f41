import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { MaterialDemand, PlanGrid } from '../../sdk/client/types.js';
import { pageStyles } from '../back-office/admin-shared.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { styles } from './admin-planning.styles.js';
import { TEXTS } from './translations.js';

declare global {
  interface HTMLElementTagNameMap { 'kerf-admin-planning': KerfAdminPlanning }
}

const ROWS = ['pieces', 'kg', 'sheets', 'sheetKg'] as const;

/**
 * The shop's planning page: the material demand of the customers' demand plans (per month, per
 * material and thickness: pieces, kg, sheets and the sheets' weight; articles apart as pieces),
 * for every customer or one, with its .xlsx; and a chosen customer's plan beside the stock it
 * last reported and when.
 *
 * @summary Back office: material demand and a customer's plan with stock.
 * @csspart filters - The customer and month choice.
 * @csspart demand - The material demand table.
 * @csspart plan - The customer's plan with stock.
 * @example
 * ```html
 * <kerf-admin-planning company-id="1"></kerf-admin-planning>
 * ```
 */
export class KerfAdminPlanning extends ApiElement {
  static override styles = [tokens, controls, pageStyles, styles];

  /** The customer whose plan shows (and whose demand alone counts); empty = every customer's demand. */
  @property({ attribute: 'company-id', reflect: true }) companyId = '';
  /** First month, YYYY-MM (default the current one). */
  @property({ reflect: true }) from = '';
  /** How many months (1–24). */
  @property({ type: Number, reflect: true }) months = 12;

  private readonly companiesTask = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => (await this.client.admin.companies.list({ signal })).items,
  });

  private readonly demandTask = new Task(this, {
    args: () => [this.companyId, this.from, this.months] as const,
    task: async ([companyId, from, months], { signal }) => {
      const id = Number(companyId) || undefined;
      const q = { from: from || undefined, months, companyId: id };
      const [demand, plan] = await Promise.all([
        this.client.admin.planning.materialDemand(q, { signal }),
        id ? this.client.admin.planning.companyPlan(id, { from: from || undefined, months }, { signal }) : Promise.resolve(null),
      ]);
      return { demand, plan };
    },
  });

  private month(m: string) {
    const [y, mo] = m.split('-').map(Number);
    return new Intl.DateTimeFormat(this.fmt.locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(y, mo - 1, 1)));
  }

  private choose(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    this.companyId = String(data.get('company') ?? '');
    this.from = String(data.get('from') ?? '');
    this.months = Math.min(24, Math.max(1, Number(data.get('months')) || 12));
  }

  override render() {
    const t = this.tr(TEXTS);
    const companies = this.companiesTask.value ?? [];
    return html`<div class="page-head"><h2>${t.title}</h2></div>
      <p class="muted">${t.intro}</p>
      <form class="filters" part="filters" @submit=${this.choose}>
        <label><span>${t.company}</span><select name="company">
          <option value="" ?selected=${!this.companyId}>${t.allCompanies}</option>
          ${companies.map((c) => html`<option value=${c.id} ?selected=${String(c.id) === this.companyId}>${c.name} (${c.customerNumber})</option>`)}
        </select></label>
        <label><span>${t.from}</span><input type="month" name="from" .value=${this.from || this.demandTask.value?.demand.from || ''}></label>
        <label><span>${t.months}</span><input type="number" name="months" min="1" max="24" .value=${String(this.months)}></label>
        <button type="submit">${t.show}</button>
      </form>
      ${this.demandTask.render({
        pending: () => (this.demandTask.value ? this.renderAll(this.demandTask.value) : html`<p class="state muted" role="status">${this.common.loading}</p>`),
        error: (e) => html`<div class="card state" role="alert"><p class="error">${this.errorText(e)}</p>
          <button class="primary" type="button" @click=${() => this.demandTask.run()}>${this.common.retry}</button></div>`,
        complete: (v) => this.renderAll(v),
      })}`;
  }

  private renderAll(v: { demand: MaterialDemand; plan: PlanGrid | null }) {
    const t = this.tr(TEXTS);
    const company = (this.companiesTask.value ?? []).find((c) => String(c.id) === this.companyId);
    return html`${this.renderDemand(v.demand)}
      ${v.plan && company ? html`<section part="plan" aria-labelledby="plan-title"><h3 id="plan-title">${t.plan(company.name)}</h3>${this.renderPlan(v.plan)}</section>`
        : html`<p class="muted" part="plan">${t.choose}</p>`}`;
  }

  private renderDemand(d: MaterialDemand) {
    const t = this.tr(TEXTS);
    const f = this.fmt;
    const fmtOf = (k: (typeof ROWS)[number], v: number) => (k === 'kg' || k === 'sheetKg' ? f.number(v, 1) : f.number(v));
    const label = (k: (typeof ROWS)[number], format: number[]) => (k === 'sheets' ? t.sheets(format[0], format[1]) : k === 'pieces' ? t.pieces : k === 'kg' ? t.kg : t.sheetKg);
    return html`<section part="demand" aria-labelledby="demand-title">
      <div class="page-head"><h3 id="demand-title">${t.demand}</h3>
        <a class="button" href=${this.client.admin.planning.materialDemandUrl({ from: d.from, months: d.months.length, companyId: d.companyId ?? undefined })} download>${t.download}</a></div>
      <p class="muted">${t.demandIntro}</p>
      ${d.materials.length ? html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t.demand}><table class="wide" data-table="materials">
        <thead><tr><th scope="col">${t.material}</th><th scope="col" class="num">${t.thickness}</th><th scope="col">${t.value}</th>
          ${d.months.map((m) => html`<th scope="col" class="num" data-month=${m}>${this.month(m)}</th>`)}<th scope="col" class="num">${t.total}</th></tr></thead>
        <tbody>${d.materials.map((m) => ROWS.map((k, i) => html`<tr class=${i === 0 ? 'group-start' : ''} data-material=${`${m.material}/${m.thickness}`} data-value=${k}>
          ${i === 0 ? html`<th scope="rowgroup" rowspan="4">${m.material}<br><span class="small muted">${m.name}</span></th><td class="num" rowspan="4">${f.mm(m.thickness)}</td>` : nothing}
          <th scope="row">${label(k, m.format)}</th>
          ${m.months.map((c) => html`<td class="num">${fmtOf(k, c[k])}</td>`)}<td class="num">${fmtOf(k, m.total[k])}</td></tr>`))}</tbody></table></div>`
        : html`<p class="muted">${t.noDemand}</p>`}
      ${d.articles.length ? html`<h4>${t.articles}</h4><div class="table-wrap" tabindex="0" role="region" aria-label=${t.articles}><table class="wide" data-table="articles">
        <thead><tr><th scope="col">${t.number}</th><th scope="col">${t.name}</th><th scope="col">${t.unit}</th>${d.months.map((m) => html`<th scope="col" class="num">${this.month(m)}</th>`)}<th scope="col" class="num">${t.total}</th></tr></thead>
        <tbody>${d.articles.map((a) => html`<tr data-article=${a.articleId}><th scope="row">${a.number}</th><td>${a.name}</td><td>${a.unit}</td>
          ${a.quantities.map((q) => html`<td class="num">${f.number(q)}</td>`)}<td class="num">${f.number(a.total)}</td></tr>`)}</tbody></table></div>` : nothing}
      ${d.unknown.map((u) => html`<p class="muted">${t.leftOut(u.name, u.pieces)}</p>`)}
      <details><summary>${t.method}</summary><p class="small">${d.method}</p></details>
    </section>`;
  }

  private renderPlan(p: PlanGrid) {
    const t = this.tr(TEXTS);
    const f = this.fmt;
    if (!p.items.length) return html`<p class="muted">${t.noPlan}</p>`;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="plan-title"><table class="wide" data-table="plan">
      <thead><tr><th scope="col">${t.item}</th>${p.months.map((m) => html`<th scope="col" class="num">${this.month(m)}</th>`)}<th scope="col" class="num">${t.total}</th>
        <th scope="col" class="num">${t.stock}</th><th scope="col">${t.reported}</th></tr></thead>
      <tbody>${p.items.map((i) => html`<tr data-item=${i.key}><th scope="row">${i.number ? `${i.number} ` : ''}${i.name}</th>
        ${i.quantities.map((q) => html`<td class="num">${q ? f.number(q) : ''}</td>`)}<td class="num">${f.number(i.total)}</td>
        <td class="num" data-stock>${i.stock === null ? '—' : f.number(i.stock)}</td><td data-reported>${i.stockReportedAt ? f.date(i.stockReportedAt) : t.never}</td></tr>`)}</tbody></table></div>`;
  }
}
