import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Address, AdminOrderSummary, Order, OrderStatus, RecordInput } from '../../sdk/client/types.js';
import { pageStyles, toCents, toEuros, today } from '../back-office/admin-shared.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { styles } from './admin-orders.styles.js';
import { TEXTS } from './translations.js';
import { historyText } from '../shared/order-history.js';

/** The statuses an order has once it reached the shop, in the order it moves through them. */
const SHOP_STATUSES = ['released', 'in_production', 'shipped', 'completed', 'cancelled'] as const;
type Filter = (typeof SHOP_STATUSES)[number] | 'all';

/** Where the shop may move an order from its current status (server/services/orders.ts). */
/** What is still owed on the order (invoiced − credited − paid; negative: overpaid). */
const openOf = (o: Order) => o.open ?? o.invoiced - (o.credited ?? 0) - o.paid;

export const NEXT_STATUS: Partial<Record<OrderStatus, OrderStatus[]>> = {
  released: ['in_production', 'cancelled'],
  in_production: ['shipped', 'cancelled'],
  shipped: ['completed'],
};

const tone = (s: OrderStatus) => (s === 'completed' || s === 'shipped' ? 'ok' : s === 'cancelled' || s === 'rejected' ? 'bad' : 'wait');

declare global {
  interface HTMLElementTagNameMap { 'kerf-admin-orders': KerfAdminOrders }
  interface GlobalEventHandlersEventMap {
    'kerf-admin-order-change': CustomEvent<{ order: Order; change: 'status' | 'invoice' | 'payment' | 'credit' | 'confirmation' }>;
  }
}

/**
 * The shop's orders: every order that was released to the shop, in tabs by status with their
 * counts and a company filter; `order-id` opens one order with its lines, addresses, history,
 * deliveries, invoices and payments, where staff move it on (released → in production or
 * cancelled; in production → shipped with a delivery note, or cancelled; shipped → completed)
 * and record invoices and payments. Rows link to `#/orders/:id`, the route `kerf-back-office`
 * maps to `order-id`.
 *
 * @summary Back office: released orders, their status and records.
 * @csspart export - The export menu: the released orders as .xlsx, .csv, JSON and a zip of drawings, with the list's filters.
 * @csspart filters - The status tabs and the company filter.
 * @csspart list - The order tables.
 * @csspart detail - One order.
 * @csspart status-form - The status change form.
 * @csspart record-form - The invoice and payment form.
 * @csspart confirm-form - The confirmation (issue [8]): quantities and dates per line with a reason.
 * @csspart nest - The folded "Nest" section: the order's sheets as the nest placed its parts (`kerf-nest-view`, issue [9]).
 * @cssprop --kerf-admin-orders-accent - The line beside history entries (default the primary token).
 * @fires kerf-admin-order-change - An order's status changed or a record was added; `detail.order`, `detail.change`.
 * @example
 * ```html
 * <kerf-admin-orders order-id="12"></kerf-admin-orders>
 * ```
 */
export class KerfAdminOrders extends ApiElement {
  static override styles = [tokens, controls, pageStyles, styles];

  /** The order to show; empty shows the list. */
  @property({ attribute: 'order-id', reflect: true }) orderId = '';
  /** The status tab of the list. */
  @property({ reflect: true }) status: Filter = 'all';
  /** The company filter of the list (its id); empty = every company. */
  @property({ attribute: 'company-id' }) companyId = '';

  @state() private order?: Order;
  @state() private nextStatus: OrderStatus | '' = '';
  @state() private recordKind: 'invoice' | 'payment' | 'credit' = 'invoice';
  @state() private busy = false;
  @state() private formError = '';
  @state() private announce = '';
  /** The "Nest" section of the order is open (issue [9]): its sheets are loaded then. */
  @state() private nestOpen = false;

  private readonly listTask = new Task(this, {
    args: () => [this.orderId ? null : this.status, this.companyId] as const,
    task: async ([status, companyId], { signal }) => {
      if (status === null) return null;
      return this.client.admin.orders.list({ status: status === 'all' ? undefined : status, companyId: companyId ? Number(companyId) : undefined }, { signal });
    },
  });

  private readonly companiesTask = new Task(this, {
    args: () => [!this.orderId] as const,
    task: async ([listShown], { signal }) => (listShown ? (await this.client.admin.companies.list({ signal })).items : []),
  });

  private readonly detailTask = new Task(this, {
    args: () => [this.orderId] as const,
    task: async ([id], { signal }) => {
      this.order = undefined;
      this.formError = '';
      if (!id) return null;
      const o = await this.client.admin.orders.get(Number(id), { signal });
      this.order = o;
      this.nextStatus = NEXT_STATUS[o.status]?.[0] ?? '';
      return o;
    },
  });

  override render() {
    return html`<div aria-live="polite" class="sr-only">${this.announce}</div>
      ${this.orderId ? this.renderDetail() : this.renderList()}`;
  }

  // ------------------------------------------------------------------------------------------
  // the list

  /** Download links for the ERP, with the list's filters (released orders only, as the list). */
  private renderExport() {
    const t = this.tr(TEXTS);
    const query = { status: this.status === 'all' ? undefined : this.status, companyId: this.companyId ? Number(this.companyId) : undefined };
    return html`<details class="export" part="export"><summary>${t.export}</summary><ul>
      ${(['xlsx', 'csv', 'json', 'zip'] as const).map((f) => html`<li><a href=${this.client.admin.orders.exportUrl(f, query)} download data-format=${f}>${t.exportAs[f]}</a></li>`)}
    </ul></details>`;
  }

  private renderList() {
    const t = this.tr(TEXTS);
    const value = this.listTask.value;
    const counts = value?.counts ?? {};
    const all = Object.values(counts).reduce((a: number, b) => a + (b ?? 0), 0);
    const companies = this.companiesTask.value ?? [];
    return html`
      <div class="page-head"><h2>${t.title}</h2>${this.renderExport()}</div>
      <div class="filters" part="filters">
        <div class="tabs" role="group" aria-label=${t.statusFilter}>
          ${(['all', ...SHOP_STATUSES] as Filter[]).map((s) => html`<button type="button" data-status=${s} aria-pressed=${this.status === s ? 'true' : 'false'}
              @click=${() => { this.status = s; }}>${this.common.status[s]}<span class="count">${value ? (s === 'all' ? all : counts[s] ?? 0) : ''}</span></button>`)}
        </div>
        <label><span>${t.company}</span>
          <select name="company" @change=${(e: Event) => { this.companyId = (e.target as HTMLSelectElement).value; }}>
            <option value="">${t.allCompanies}</option>
            ${companies.map((c) => html`<option value=${c.id} ?selected=${String(c.id) === this.companyId}>${c.name} (${c.customerNumber})</option>`)}
          </select></label>
      </div>
      <div part="list">${this.listTask.render({
        pending: () => html`<p class="state muted" role="status">${this.common.loading}</p>`,
        error: (e) => this.renderError(e, () => this.listTask.run()),
        complete: (list) => {
          if (!list) return nothing;
          if (!list.items.length) return html`<p class="state muted" role="status">${t.empty}</p>`;
          if (this.status !== 'all') return html`<p class="sr-only" role="status">${t.shown(list.items.length)}</p>${this.renderTable(list.items)}`;
          // "all": one group per status, in the order an order moves through them
          return html`<p class="sr-only" role="status">${t.shown(list.items.length)}</p>${SHOP_STATUSES.map((s) => {
            const rows = list.items.filter((o) => o.status === s);
            return rows.length ? html`<section class="group" aria-labelledby=${`g-${s}`}>
              <h3 id=${`g-${s}`}>${this.common.status[s]} <span class="badge">${rows.length}</span></h3>${this.renderTable(rows)}</section>` : nothing;
          })}`;
        },
      })}</div>`;
  }

  private renderTable(rows: AdminOrderSummary[]) {
    const t = this.tr(TEXTS);
    return html`<div class="table-wrap"><table class="cards">
      <thead><tr><th scope="col">${t.number}</th><th scope="col">${t.company}</th><th scope="col">${t.requested}</th><th scope="col">${t.status}</th>
        <th scope="col">${t.commission}</th><th scope="col">${t.orderer}</th><th scope="col" class="num">${t.total}</th></tr></thead>
      <tbody>${rows.map((o) => html`<tr data-order=${o.id}>
        <td data-label=${t.number}><a class="row-link" href=${`#/orders/${o.id}`} @click=${() => { this.orderId = String(o.id); }}>${o.number}</a>${o.unreadMessages
          ? html` <span class="badge unread" data-role="unread" title=${t.unread(o.unreadMessages)}>✉ ${o.unreadMessages}<span class="sr-only">${t.unread(o.unreadMessages)}</span></span>` : nothing}</td>
        <td data-label=${t.company}>${o.companyName}</td>
        <td data-label=${t.requested}>${this.fmt.date(o.requestedDate)}</td>
        <td data-label=${t.status}><span class="status ${tone(o.status)}">${this.common.status[o.status]}</span></td>
        <td data-label=${t.commission}>${o.commission ?? '—'}</td>
        <td data-label=${t.orderer}>${o.orderer ?? '—'}</td>
        <td data-label=${t.total} class="num">${this.fmt.money(o.total, o.currency)}</td>
      </tr>`)}</tbody></table></div>`;
  }

  private renderError(e: unknown, retry: () => void) {
    return html`<div class="card state" role="alert"><p class="error">${this.errorText(e)}</p>
      <button class="primary" type="button" @click=${retry}>${this.common.retry}</button></div>`;
  }

  // ------------------------------------------------------------------------------------------
  // one order

  private renderDetail() {
    const t = this.tr(TEXTS);
    return html`<p><a href="#/orders" @click=${() => { this.orderId = ''; }}>← ${t.back}</a></p>
      ${this.detailTask.render({
        pending: () => (this.order ? this.renderOrder(this.order) : html`<p class="state muted" role="status">${this.common.loading}</p>`),
        error: (e) => this.renderError(e, () => this.detailTask.run()),
        complete: () => (this.order ? this.renderOrder(this.order) : nothing),
      })}`;
  }

  private address(a: Address | null) {
    return a ? html`<address>${[a.name, a.street, `${a.zip} ${a.city}`.trim(), a.country].filter(Boolean).join('\n')}</address>` : html`<p class="muted">—</p>`;
  }

  private renderOrder(o: Order) {
    const t = this.tr(TEXTS);
    const f = this.fmt;
    return html`<article part="detail" aria-labelledby="order-title">
      <div class="page-head"><h2 id="order-title">${t.orderTitle(o.number)}</h2>
        <span class="status ${tone(o.status)}" data-role="order-status">${this.common.status[o.status]}</span></div>
      <div class="detail">
        <div class="main">
          <section class="card">
            <dl class="facts">
              <dt>${t.company}</dt><dd>${o.company?.name ?? '—'}</dd>
              <dt>${t.customerNumber}</dt><dd>${o.company?.customerNumber ?? '—'}</dd>
              <dt>${t.orderer}</dt><dd>${o.orderer ? `${o.orderer.name} <${o.orderer.email}>` : '—'}</dd>
              ${o.approver ? html`<dt>${t.approver}</dt><dd>${o.approver.name}</dd>` : nothing}
              <dt>${t.commission}</dt><dd>${o.commission ?? '—'}</dd>
              <dt>${t.requested}</dt><dd>${f.date(o.requestedDate)}</dd>
              <dt>${t.released}</dt><dd>${o.releasedAt ? f.dateTime(o.releasedAt) : '—'}</dd>
              <dt>${t.deliveryMethod}</dt><dd>${t.methods[o.deliveryMethod] ?? o.deliveryMethod}</dd>
              ${o.note ? html`<dt>${t.note}</dt><dd>${o.note}</dd>` : nothing}
            </dl>
          </section>
          <section class="card addresses">
            <div><h3>${t.deliveryAddress}</h3>${this.address(o.deliveryAddress)}</div>
            <div><h3>${t.billingAddress}</h3>${this.address(o.billingAddress)}</div>
          </section>
          <section class="card" aria-labelledby="lines-title">
            <h3 id="lines-title">${t.lines}</h3>
            <div class="table-wrap"><table class="cards">
              <thead><tr><th scope="col">${t.position}</th><th scope="col">${t.part}</th><th scope="col">${t.material}</th>
                <th scope="col" class="num">${t.quantity}</th><th scope="col" class="num">${t.unitPrice}</th><th scope="col" class="num">${t.lineTotal}</th></tr></thead>
              <tbody>${o.lines.map((l) => html`<tr>
                <td data-label=${t.position}>${l.position}</td>
                <td data-label=${t.part}>${l.name}${l.articleNumber ? html`<br><span class="muted">${t.article} ${l.articleNumber}</span>` : nothing}</td>
                <td data-label=${t.material}>${l.material !== null && l.thickness !== null ? `${l.material}, ${f.number(l.thickness, l.thickness % 1 ? 1 : 0)} mm` : l.unit ?? '—'}</td>
                <td data-label=${t.quantity} class="num">${l.originalQuantity !== null ? html`<s class="muted">${f.number(l.originalQuantity)}</s> ` : nothing}${f.number(l.quantity)}${l.deliveryDate ? html`<br><span class="muted">${f.date(l.deliveryDate)}</span>` : nothing}</td>
                <td data-label=${t.unitPrice} class="num">${f.money(l.unitPrice, o.currency)}</td>
                <td data-label=${t.lineTotal} class="num">${f.money(l.total, o.currency)}</td></tr>`)}</tbody>
              <tfoot><tr><td colspan="5" data-label="">${t.total}</td><td class="num" data-label=${t.total}>${f.money(o.total, o.currency)}</td></tr></tfoot>
            </table></div>
          </section>
          ${o.lines.some((l) => l.kind === 'part') ? html`<details class="card nest" part="nest" ?open=${this.nestOpen} @toggle=${this.onNestToggle}>
            <summary>${t.nest}</summary>
            ${this.nestOpen ? html`<kerf-nest-view src=${`admin-order:${o.id}`} .revision=${o.lines.map((l) => `${l.id}:${l.quantity}`).join(',')}
              theme=${this.theme || nothing}></kerf-nest-view>` : nothing}
          </details>` : nothing}
          ${this.renderRecords(o)}
          <section class="card"><kerf-order-supplements side="shop" .order=${o} @kerf-order-updated=${this.onOrderUpdated}></kerf-order-supplements>
            <kerf-order-files side="shop" order-id=${o.id}></kerf-order-files></section>
          <section class="card"><kerf-order-thread side="shop" order-id=${o.id}></kerf-order-thread></section>
          <kerf-admin-shipment .order=${o} @kerf-shipment-created=${(e: CustomEvent<{ order: Order }>) => {
            this.order = e.detail.order;
            this.nextStatus = NEXT_STATUS[e.detail.order.status]?.[0] ?? '';
          }}></kerf-admin-shipment>
        </div>
        <div class="side">
          <section class="card" part="confirm-form"><kerf-order-confirm .order=${o} @kerf-order-updated=${this.onOrderUpdated}></kerf-order-confirm></section>
          ${this.renderStatusForm(o)}
          ${this.renderRecordForm(o)}
          <section class="card" aria-labelledby="history-title">
            <h3 id="history-title">${t.history}</h3>
            <ol class="history">${o.history.map((e) => html`<li>
              <time datetime=${new Date(e.at).toISOString()}>${f.dateTime(e.at)} · ${e.actor}</time>
              ${e.kind === 'status' && e.toStatus
                ? html`<strong>${e.fromStatus ? `${this.common.status[e.fromStatus]} → ` : ''}${this.common.status[e.toStatus]}</strong>`
                : historyText(e, this.language) !== null ? html`<strong>${historyText(e, this.language)}</strong>`
                : html`<strong>${t.events[e.kind] ?? e.kind}</strong>`}
              ${e.note && historyText(e, this.language) === null ? html`<div>${e.note}</div>` : nothing}</li>`)}</ol>
          </section>
        </div>
      </div>
    </article>`;
  }

  /** The nest view's code arrives when the section is first opened (the back office stays lean). */
  private onNestToggle(e: Event) {
    const open = (e.target as HTMLDetailsElement).open;
    if (open) void import('../nest-view/define.js');
    this.nestOpen = open;
  }

  private renderRecords(o: Order) {
    const t = this.tr(TEXTS);
    const f = this.fmt;
    const table = (id: string, title: string, docLabel: string | null, rows: Order['deliveries'], withAmount: boolean) => html`
      <div data-records=${id}><h4>${title}</h4>${rows.length ? html`<div class="table-wrap"><table class="cards">
        <thead><tr><th scope="col">${t.date}</th>${docLabel ? html`<th scope="col">${docLabel}</th>` : nothing}${withAmount ? html`<th scope="col" class="num">${t.amount}</th>` : nothing}</tr></thead>
        <tbody>${rows.map((r) => html`<tr><td data-label=${t.date}>${f.date(r.date)}</td>
          ${docLabel ? html`<td data-label=${docLabel}>${r.document ?? '—'}${r.dueDate ? html` <span class="muted">· ${t.dueDate} ${f.date(r.dueDate)}</span>` : nothing}</td>` : nothing}
          ${withAmount ? html`<td data-label=${t.amount} class="num">${f.money(r.amount, o.currency)}</td>` : nothing}</tr>`)}</tbody>
      </table></div>` : html`<p class="muted">${t.noRecords}</p>`}</div>`;
    return html`<section class="card" aria-labelledby="records-title">
      <h3 id="records-title">${t.records}</h3>
      ${table('deliveries', t.deliveries, t.deliveryNote, o.deliveries, false)}
      ${table('invoices', t.invoices, t.invoiceNumber, o.invoices, true)}
      ${o.credits?.length ? table('credits', t.credits, t.credit, o.credits, true) : nothing}
      ${table('payments', t.payments, null, o.payments, true)}
      <div class="totals" data-role="totals">
        <span>${t.invoiced}: <strong data-role="invoiced">${f.money(o.invoiced, o.currency)}</strong></span>
        ${o.credited ? html`<span>${t.credited}: <strong data-role="credited">${f.money(o.credited, o.currency)}</strong></span>` : nothing}
        <span>${t.paid}: <strong data-role="paid">${f.money(o.paid, o.currency)}</strong></span>
        <span>${openOf(o) < 0 ? t.overpaid : t.open}: <strong data-role="open">${f.money(Math.abs(openOf(o)), o.currency)}</strong></span>
        ${o.company ? html`<a href=${`#/statements/${o.company.id}`}>${t.statement}</a>` : nothing}
      </div>
    </section>`;
  }

  private renderStatusForm(o: Order) {
    const t = this.tr(TEXTS);
    const next = NEXT_STATUS[o.status] ?? [];
    return html`<section class="card" part="status-form" aria-labelledby="status-title">
      <h3 id="status-title">${t.changeStatus}</h3>
      ${next.length ? html`<form @submit=${this.submitStatus}>
        <label><span>${t.newStatus}</span>
          <select name="status" @change=${(e: Event) => { this.nextStatus = (e.target as HTMLSelectElement).value as OrderStatus; }}>
            ${next.map((s) => html`<option value=${s} ?selected=${this.nextStatus === s}>${this.common.status[s]}</option>`)}
          </select></label>
        ${this.nextStatus === 'shipped' ? html`
          <label><span>${t.deliveryNoteNumber}</span><input name="document" required maxlength="100" autocomplete="off"></label>
          <label><span>${t.shipDate}</span><input name="date" type="date" required .value=${today()}></label>` : nothing}
        <label><span>${t.statusNote}</span><textarea name="note" rows="2" maxlength="1000"></textarea></label>
        ${this.formError && this.formError.startsWith('status:') ? html`<p class="error" role="alert">${this.formError.slice(7)}</p>` : nothing}
        <div><button class="primary" type="submit" ?disabled=${this.busy}>${t.apply}</button></div>
      </form>` : html`<p class="muted">${t.noFurther}</p>`}
    </section>`;
  }

  private renderRecordForm(o: Order) {
    const t = this.tr(TEXTS);
    if (o.status === 'cancelled') return nothing;
    const suggested = this.recordKind === 'invoice' ? Math.max(0, o.total - o.invoiced) : this.recordKind === 'credit' ? 0 : Math.max(0, openOf(o));
    return html`<section class="card" part="record-form" aria-labelledby="record-title">
      <h3 id="record-title">${t.recordTitle}</h3>
      <form @submit=${this.submitRecord}>
        <label><span>${t.kind}</span>
          <select name="kind" @change=${(e: Event) => { this.recordKind = (e.target as HTMLSelectElement).value as 'invoice' | 'payment' | 'credit'; }}>
            <option value="invoice" ?selected=${this.recordKind === 'invoice'}>${t.invoice}</option>
            <option value="payment" ?selected=${this.recordKind === 'payment'}>${t.payment}</option>
            <option value="credit" ?selected=${this.recordKind === 'credit'}>${t.credit}</option>
          </select></label>
        ${this.recordKind === 'invoice' ? html`<label><span>${t.invoiceNumberAuto}</span><input name="document" maxlength="100" autocomplete="off"></label>` : nothing}
        <label><span>${t.date}</span><input name="date" type="date" required .value=${today()}></label>
        ${this.recordKind === 'invoice' ? html`<label><span>${t.dueDate}</span><input name="dueDate" type="date" aria-describedby="due-hint"><small id="due-hint" class="muted">${t.dueHint}</small></label>` : nothing}
        <label><span>${t.amountEur}</span><input name="amount" type="number" step="0.01" min="0.01" required inputmode="decimal" .value=${toEuros(suggested)}></label>
        ${this.recordKind === 'payment' ? html`<label class="check"><input type="checkbox" name="allowOverpayment"> ${t.allowOverpayment}</label>` : nothing}
        <p class="muted" data-role="form-open">${openOf(o) < 0 ? t.overpaid : t.open}: ${this.fmt.money(Math.abs(openOf(o)), o.currency)}</p>
        ${this.formError && this.formError.startsWith('record:') ? html`<p class="error" role="alert">${this.formError.slice(7)}</p>` : nothing}
        <div><button class="primary" type="submit" ?disabled=${this.busy}>${t.record}</button></div>
      </form>
    </section>`;
  }

  private async submitStatus(e: SubmitEvent) {
    e.preventDefault();
    const o = this.order;
    if (!o || !this.nextStatus) return;
    // the event's target is gone (retargeted to null) once the handler awaits
    const form = e.target as HTMLFormElement;
    const d = new FormData(form);
    const note = String(d.get('note') ?? '').trim();
    const status = this.nextStatus;
    await this.act('status', async () => {
      const updated = await this.client.admin.orders.setStatus(o.id, {
        status, note: note || undefined,
        ...(status === 'shipped' ? { document: String(d.get('document') ?? '').trim(), date: String(d.get('date') ?? '') || undefined } : {}),
      });
      this.announce = this.tr(TEXTS).statusChanged(this.common.status[updated.status]);
      form.reset();
      return updated;
    });
  }

  private async submitRecord(e: SubmitEvent) {
    e.preventDefault();
    const o = this.order;
    if (!o) return;
    const form = e.target as HTMLFormElement;
    const d = new FormData(form);
    const kind = this.recordKind;
    const record: RecordInput = { kind, date: String(d.get('date') ?? '') || undefined, amount: toCents(String(d.get('amount') ?? '')) };
    if (kind === 'invoice') {
      record.document = String(d.get('document') ?? '').trim() || undefined;
      record.dueDate = String(d.get('dueDate') ?? '') || undefined;
    }
    if (kind === 'payment' && d.get('allowOverpayment')) record.allowOverpayment = true;
    await this.act('record', async () => {
      const updated = await this.client.admin.orders.addRecord(o.id, record);
      // a number typed for this invoice is used up; the next one starts empty
      for (const name of ['document', 'dueDate']) { const el = form.elements.namedItem(name); if (el instanceof HTMLInputElement) el.value = ''; }
      this.announce = `${this.tr(TEXTS).events[kind]}.`;
      return updated;
    });
  }

  /** A sub-view (confirmation, supplements) changed the order: show it as the server answered. */
  private onOrderUpdated = (e: CustomEvent<{ order: Order }>) => {
    this.order = e.detail.order;
    this.nextStatus = NEXT_STATUS[e.detail.order.status]?.[0] ?? '';
    this.emit('kerf-admin-order-change', { order: e.detail.order, change: 'confirmation' });
  };

  /** Run a change; the answer is the order as it is now. */
  private async act(form: 'status' | 'record', run: () => Promise<Order>) {
    this.busy = true;
    this.formError = '';
    try {
      const updated = await run();
      this.order = updated;
      this.nextStatus = NEXT_STATUS[updated.status]?.[0] ?? '';
      const change = form === 'status' ? 'status' : this.recordKind;
      this.emit('kerf-admin-order-change', { order: updated, change });
    } catch (err) {
      this.formError = `${form}:${this.errorText(err)}`;
    } finally {
      this.busy = false;
    }
  }
}
