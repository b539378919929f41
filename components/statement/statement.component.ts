import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { AdminCompanySummary, Statement, StatementEntry } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { styles } from './statement.styles.js';
import { TEXTS } from './translations.js';

declare global {
  interface HTMLElementTagNameMap { 'kerf-statement': KerfStatement }
  interface GlobalEventHandlersEventMap {
    'kerf-statement-load': CustomEvent<{ statement: Statement }>;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The browser's day as YYYY-MM-DD, `days` on. */
function localDay(offsetDays = 0, from = new Date()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + offsetDays);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
const MONEY_KINDS = new Set<StatementEntry['kind']>(['invoice', 'credit', 'payment']);

/**
 * The statement of account of a company for a period: opening balance, the trail of orders,
 * deliveries, invoices, credit notes and payments with the running balance, the closing balance,
 * the open items at the period's end with their age (0–30, 31–60, 61–90, over 90 days) and the
 * downloads as .xlsx and PDF in the element's language. A customer sees his active company's
 * (`GET /api/statements`); with `admin` staff choose any company (`GET /api/admin/statements`).
 *
 * @summary The statement of account: trail, running balance, open items and their age.
 * @csspart period - The period (and, for staff, company) form.
 * @csspart summary - Opening balance, the period's sums and the closing balance.
 * @csspart trail - The table of entries with the running balance.
 * @csspart aging - The open amount per age group.
 * @csspart open-items - The table of open items.
 * @csspart downloads - The .xlsx and PDF links.
 * @cssprop --kerf-statement-tile-background - Background of the summary tiles (default the surface-2 token).
 * @fires kerf-statement-load - A statement was loaded; `detail.statement`.
 * @example
 * ```html
 * <kerf-statement from="2026-01-01" to="2026-12-31"></kerf-statement>
 * <kerf-statement admin company-id="2"></kerf-statement>
 * ```
 */
export class KerfStatement extends ApiElement {
  static override styles = [tokens, controls, styles];

  /** The back office's view: a company picker, any company's statement (staff only). */
  @property({ type: Boolean, reflect: true }) admin = false;
  /** With `admin`: the company shown. */
  @property({ type: Number, attribute: 'company-id' }) companyId?: number;
  /** First day of the period, YYYY-MM-DD (default 1 January of this year). */
  @property({ reflect: true }) from = '';
  /** Last day of the period, inclusive (default today). */
  @property({ reflect: true }) to = '';

  private readonly companiesTask = new Task(this, {
    args: () => [this.admin] as const,
    task: async ([admin], { signal }) => (admin ? (await this.client.admin.companies.list({ signal })).items : [] as AdminCompanySummary[]),
  });

  private readonly statementTask = new Task(this, {
    args: () => [this.admin, this.companyId, this.period.from, this.period.to] as const,
    task: async ([admin, companyId, from, to], { signal }) => {
      if (admin && !companyId) return null;
      const s = admin
        ? await this.client.admin.statements.get({ companyId: companyId!, from, to }, { signal })
        : await this.client.statements.get({ from, to }, { signal });
      this.emit('kerf-statement-load', { statement: s });
      return s;
    },
  });

  private get period() {
    return { from: this.from || `${new Date().getFullYear()}-01-01`, to: this.to || localDay() };
  }

  override render() {
    const t = this.tr(TEXTS);
    return html`<div class="head"><h2>${t.title}</h2>${this.renderDownloads()}</div>
      <p class="muted">${t.intro}</p>
      ${this.renderPeriod()}
      ${this.statementTask.render({
        pending: () => html`<p class="muted" role="status">${this.common.loading}</p>`,
        error: (e) => html`<div class="card" role="alert"><p class="error">${this.problem(e)}</p>
          <button type="button" @click=${() => this.statementTask.run()}>${this.common.retry}</button></div>`,
        complete: (s) => (s ? this.renderStatement(s) : html`<p class="muted">${t.pickCompany}</p>`),
      })}`;
  }

  private problem(e: unknown): string {
    const code = (e as { code?: string })?.code;
    return (code && this.tr(TEXTS).errors[code]) || this.errorText(e);
  }

  private renderPeriod() {
    const t = this.tr(TEXTS);
    const { from, to } = this.period;
    const year = new Date().getFullYear();
    const preset = (label: string, f: string, tt: string) => html`<button type="button" aria-pressed=${from === f && to === tt ? 'true' : 'false'}
      @click=${() => { this.from = f; this.to = tt; }}>${label}</button>`;
    return html`<form class="period" part="period" @submit=${this.submitPeriod}>
      ${this.admin ? html`<label class="company"><span>${t.company}</span>
        <select name="company" @change=${(e: Event) => { const v = Number((e.target as HTMLSelectElement).value); this.companyId = v || undefined; }}>
          <option value="" ?selected=${!this.companyId}>${t.chooseCompany}</option>
          ${(this.companiesTask.value ?? []).map((c) => html`<option value=${c.id} ?selected=${c.id === this.companyId}>${c.name} (${c.customerNumber})</option>`)}
        </select></label>` : nothing}
      <label><span>${t.from}</span><input name="from" type="date" required .value=${from}></label>
      <label><span>${t.to}</span><input name="to" type="date" required .value=${to}></label>
      <button class="primary" type="submit">${t.show}</button>
      <div class="presets">
        ${preset(t.thisYear, `${year}-01-01`, localDay())}
        ${preset(t.lastYear, `${year - 1}-01-01`, `${year - 1}-12-31`)}
        ${preset(t.last12, localDay(1, new Date(new Date().getFullYear() - 1, new Date().getMonth(), new Date().getDate())), localDay())}
      </div>
    </form>`;
  }

  private submitPeriod(e: SubmitEvent) {
    e.preventDefault();
    const d = new FormData(e.target as HTMLFormElement);
    this.from = String(d.get('from') ?? '');
    this.to = String(d.get('to') ?? '');
  }

  private renderDownloads() {
    const t = this.tr(TEXTS);
    if (this.admin && !this.companyId) return nothing;
    const q = { ...this.period, lang: this.language };
    const url = (f: 'xlsx' | 'pdf') => (this.admin ? this.client.admin.statements.url(f, { ...q, companyId: this.companyId! }) : this.client.statements.url(f, q));
    return html`<div class="downloads" part="downloads" role="group" aria-label=${t.download}>
      <a class="button" href=${url('xlsx')} download>${t.download}: ${t.xlsx}</a>
      <a class="button" href=${url('pdf')} target="_blank" rel="noopener">${t.download}: ${t.pdf}</a>
    </div>`;
  }

  private renderStatement(s: Statement) {
    const t = this.tr(TEXTS);
    const f = this.fmt;
    const m = (c: number | null | undefined) => f.money(c, s.currency);
    return html`
      <p class="sr-only" role="status">${t.shown(s.entries.length, s.openItems.length)}</p>
      ${this.admin ? html`<p><strong>${s.company.name}</strong> (${s.company.customerNumber})</p>` : nothing}
      <dl class="summary" part="summary">
        <div><dt>${t.opening}</dt><dd data-role="opening">${m(s.openingBalance)}</dd></div>
        <div><dt>${t.invoiced}</dt><dd data-role="invoiced">${m(s.totals.invoiced)}</dd></div>
        <div><dt>${t.credited}</dt><dd data-role="credited">${m(s.totals.credited)}</dd></div>
        <div><dt>${t.paid}</dt><dd data-role="paid">${m(s.totals.paid)}</dd></div>
        <div class="closing"><dt>${t.closing}</dt><dd data-role="closing">${m(s.closingBalance)}</dd></div>
        <div><dt>${t.ordered}</dt><dd>${m(s.totals.ordered)}</dd></div>
        <div><dt>${t.delivered}</dt><dd>${m(s.totals.delivered)}</dd></div>
        <div><dt>${t.overdue}</dt><dd data-role="overdue" class=${s.totals.overdue > 0 ? 'overdue' : ''}>${m(s.totals.overdue)}</dd></div>
      </dl>

      <section aria-labelledby="trail-title">
        <h3 id="trail-title">${t.trail}</h3>
        <div class="table-wrap"><table class="cards" part="trail">
          <thead><tr><th scope="col">${t.date}</th><th scope="col">${t.entry}</th><th scope="col">${t.order}</th><th scope="col">${t.document}</th>
            <th scope="col" class="num">${t.value}</th><th scope="col" class="num">${t.debit}</th><th scope="col" class="num">${t.credit}</th><th scope="col" class="num">${t.balance}</th></tr></thead>
          <tbody>
            <tr class="balance" data-role="opening-row"><td data-label=${t.date}>${f.date(s.from)}</td><td data-label=${t.entry} colspan="6">${t.opening}</td>
              <td data-label=${t.balance} class="num">${m(s.openingBalance)}</td></tr>
            ${s.entries.map((e) => html`<tr data-kind=${e.kind}>
              <td data-label=${t.date}>${f.date(e.date)}</td>
              <td data-label=${t.entry} class="kind">${t.kinds[e.kind]}</td>
              <td data-label=${t.order}><a href=${`#/orders/${e.orderId}`}>${e.orderNumber}</a></td>
              <td data-label=${t.document} class="doc">${e.kind === 'order' && e.status ? this.common.status[e.status] : e.document ?? ''}${e.kind === 'invoice' && e.dueDate ? html` <span class="muted">· ${t.due} ${f.date(e.dueDate)}</span>` : nothing}</td>
              <td data-label=${t.value} class="num dim">${MONEY_KINDS.has(e.kind) || e.amount === null ? '' : m(e.amount)}</td>
              <td data-label=${t.debit} class="num">${e.debit ? m(e.debit) : ''}</td>
              <td data-label=${t.credit} class="num">${e.credit ? m(e.credit) : ''}</td>
              <td data-label=${t.balance} class="num">${MONEY_KINDS.has(e.kind) ? m(e.balance) : ''}</td>
            </tr>`)}
            ${s.entries.length ? nothing : html`<tr><td colspan="8" class="muted">${t.nothing}</td></tr>`}
            <tr class="balance" data-role="closing-row"><td data-label=${t.date}>${f.date(s.to)}</td><td data-label=${t.entry} colspan="6">${t.closing}</td>
              <td data-label=${t.balance} class="num">${m(s.closingBalance)}</td></tr>
          </tbody>
        </table></div>
      </section>

      <section aria-labelledby="open-title">
        <h3 id="open-title">${t.openItems} <span class="muted">(${t.asOf(f.date(s.to))})</span></h3>
        ${this.renderAging(s)}
        ${s.openItems.length ? html`<div class="table-wrap"><table class="cards" part="open-items">
          <thead><tr><th scope="col">${t.date}</th><th scope="col">${t.order}</th><th scope="col">${t.document}</th><th scope="col">${t.due}</th>
            <th scope="col" class="num">${t.age}</th><th scope="col" class="num">${t.amount}</th><th scope="col" class="num">${t.open}</th></tr></thead>
          <tbody>${s.openItems.map((i) => html`<tr data-bucket=${i.bucket}>
            <td data-label=${t.date}>${f.date(i.date)}</td>
            <td data-label=${t.order}><a href=${`#/orders/${i.orderId}`}>${i.orderNumber}</a></td>
            <td data-label=${t.document}>${i.kind === 'credit_balance' ? t.creditBalance : i.document ?? ''}</td>
            <td data-label=${t.due}>${i.dueDate ? html`${f.date(i.dueDate)}${i.overdueDays > 0 && i.open > 0 ? html` <span class="overdue">(${t.overdueBy(i.overdueDays)})</span>` : nothing}` : ''}</td>
            <td data-label=${t.age} class="num">${t.days(i.ageDays)}</td>
            <td data-label=${t.amount} class="num dim">${m(i.amount)}</td>
            <td data-label=${t.open} class="num"><strong>${m(i.open)}</strong></td>
          </tr>`)}</tbody>
        </table></div>` : html`<p class="muted">${t.noOpen}</p>`}
      </section>
      <p class="muted note">${t.note}</p>`;
  }

  private renderAging(s: Statement) {
    const t = this.tr(TEXTS);
    const m = (c: number) => this.fmt.money(c, s.currency);
    const max = Math.max(1, ...s.aging.map((b) => Math.abs(b.amount)));
    return html`<ul class="aging" part="aging">
      ${s.aging.map((b) => html`<li data-bucket=${b.bucket}><span class="label">${t.bucket[b.bucket]}</span>
        <span class="amount">${m(b.amount)}</span> <span class="muted">(${b.count})</span>
        <div class="bar" style=${`width:${Math.round((Math.abs(b.amount) / max) * 100)}%`} aria-hidden="true"></div></li>`)}
      <li class="total" data-bucket="total"><span class="label">${t.total}</span><span class="amount">${m(s.totals.open)}</span></li>
    </ul>`;
  }
}
