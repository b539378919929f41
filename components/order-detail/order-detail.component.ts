import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { Address, Order, OrderEvent, OrderRecord } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { statusBadges } from '../order-list/order-list.styles.js';
import { orderDetailStyles } from './order-detail.styles.js';
import { ORDER_DETAIL_TEXTS } from './translations.js';
import { historyText } from '../shared/order-history.js';

declare global {
  interface HTMLElementTagNameMap {
    'kerf-order-detail': KerfOrderDetail;
  }
  interface GlobalEventHandlersEventMap {
    /** The customer cancelled an order; `order` is its new state. */
    'kerf-order-cancelled': CustomEvent<{ order: Order }>;
  }
}

/**
 * One order of the company: its lines with the prices frozen when it was placed (and each line's
 * approval), addresses, delivery method, commission and note, the history of what happened,
 * deliveries, invoices and payments (invoiced, paid, open), and — while the shop has not started
 * production — a cancel button with a confirmation and an optional reason.
 *
 * @summary Order detail with lines, history, deliveries, invoices, payments and cancel.
 *
 * @fires kerf-order-cancelled - after the order was cancelled; `detail.order` is the cancelled order.
 *
 * @csspart header - the order number, status and actions.
 * @csspart summary - the key facts (date, orderer, total).
 * @csspart lines - the table of lines.
 * @csspart details - addresses, delivery method, commission, note.
 * @csspart sheets - the folded "Sheets" section: the order's nested sheets (`kerf-nest-view`, issue [9]).
 * @csspart records - deliveries, invoices and payments.
 * @csspart history - the history list.
 * @csspart cancel-button - the button that opens the cancel dialog.
 * @csspart dialog - the cancel confirmation dialog.
 * @csspart error - the message when the order could not be loaded.
 *
 * @cssprop --kerf-order-detail-gap - space between the sections (default 3 × --kerf-space).
 *
 * @example
 * ```html
 * <kerf-order-detail api="https://portal.example.com" order-id="12" back-href="#/orders"></kerf-order-detail>
 * ```
 */
export class KerfOrderDetail extends ApiElement {
  static override styles = [tokens, controls, statusBadges, orderDetailStyles];

  /** The id of the order to show. */
  @property({ type: Number, attribute: 'order-id' }) orderId?: number;
  /** Where "All orders" links to; without it there is no such link. */
  @property({ attribute: 'back-href' }) backHref = '';

  @state() private message = '';
  /** The "Sheets" section is open (issue [9]): the order's nest is loaded then. */
  @state() private sheetsOpen = false;
  /** The cancel error belongs to the last confirmation in the open dialog only. */
  @state() private showCancelError = false;
  @query('dialog') private dialog?: HTMLDialogElement;
  private opener: HTMLElement | null = null;

  private order = new Task<[number | undefined, unknown], Order | null>(this, {
    task: ([id], { signal }) => (id ? this.client.orders.get(id, { signal }) : Promise.resolve(null)),
    args: () => [this.orderId, this.handle?.client],
  });

  private cancelling = new Task<[number, string], Order>(this, {
    autoRun: false,
    task: ([id, reason]) => this.client.orders.cancel(id, reason ? { reason } : {}),
    onComplete: (o) => {
      this.dialog?.close();
      this.message = this.t.cancelled(o.number);
      // show the cancelled order as the server answered it
      this.order.run([o.id, this.handle?.client]);
      this.emit('kerf-order-cancelled', { order: o });
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('orderId')) this.message = '';
  }

  private get t() {
    return this.tr(ORDER_DETAIL_TEXTS);
  }

  /** Load the order again. */
  reload(): void {
    this.order.run();
  }

  private openCancel(e: Event) {
    this.opener = e.currentTarget as HTMLElement;
    const form = this.dialog?.querySelector('form');
    form?.reset();
    this.showCancelError = false;
    this.dialog?.showModal();
    (this.dialog?.querySelector('textarea') as HTMLElement | null)?.focus();
  }

  private closeCancel() {
    this.dialog?.close();
  }

  private onDialogClose() {
    this.opener?.focus();
  }

  private confirmCancel(e: SubmitEvent, o: Order) {
    e.preventDefault();
    const reason = String(new FormData(e.target as HTMLFormElement).get('reason') ?? '').trim();
    this.showCancelError = true;
    this.cancelling.run([o.id, reason]);
  }

  /**
   * The server lets the orderer, approvers and company admins cancel; in the portal (where the
   * session is known) the button is shown only to them, elsewhere the server's answer tells.
   */
  private mayCancel(o: Order): boolean {
    const s = this.session;
    return o.canCancel && (!s || o.orderer?.id === s.user.id || this.hasRight('approve') || this.hasRight('manage_company'));
  }

  private address(a: Address | null) {
    if (!a) return '—';
    return html`<address>${[a.name, a.street, `${a.zip} ${a.city}`.trim(), a.country].filter(Boolean).join('\n')}</address>`;
  }

  private eventText(e: OrderEvent): string {
    const t = this.t;
    const s = this.common.status;
    let text: string;
    if (e.kind === 'status' && e.toStatus) text = e.fromStatus ? t.statusChange(s[e.fromStatus], s[e.toStatus]) : t.statusSet(s[e.toStatus]);
    else {
      // what changed after the order was placed (issue [8]): old → new values from the entry's data
      const changed = historyText(e, this.language);
      if (changed !== null) return changed;
      text = t.kinds[e.kind] ?? e.kind;
    }
    return e.note ? `${text}: ${e.note}` : text;
  }

  private records(title: string, rows: OrderRecord[], none: string, doc: string | null, amount: boolean, currency: string, extra?: TemplateResult) {
    const t = this.t;
    return html`<section aria-label=${title}>
      <h3>${title}</h3>
      ${rows.length
        ? html`<table>
            <thead><tr><th scope="col">${t.date}</th>${doc ? html`<th scope="col">${doc}</th>` : nothing}${amount ? html`<th scope="col" class="num">${t.amount}</th>` : nothing}</tr></thead>
            <tbody>${rows.map((r) => html`<tr><td>${this.fmt.date(r.date)}</td>${doc ? html`<td>${r.document ?? '—'}${r.dueDate ? html` <span class="muted">· ${t.due} ${this.fmt.date(r.dueDate)}</span>` : nothing}</td>` : nothing}${amount ? html`<td class="num">${this.fmt.money(r.amount, currency)}</td>` : nothing}</tr>`)}</tbody>
          </table>`
        : html`<p class="muted">${none}</p>`}
      ${extra ?? nothing}
    </section>`;
  }

  private view(o: Order) {
    const t = this.t;
    const f = this.fmt;
    // what is still owed: invoiced − credited − paid (issue [8]); an overpayment shows as 0 here, as a credit in the statement
    const open = Math.max(0, o.open ?? o.invoiced - o.paid);
    const busy = this.cancelling.status === TaskStatus.PENDING;
    return html`<article class="wrap" aria-labelledby="order-title">
      <header part="header">
        <div>
          ${this.backHref ? html`<a class="back" href=${this.backHref}>← ${t.backToOrders}</a>` : nothing}
          <h2 id="order-title">${t.title(o.number)} <span class="badge status status-${o.status}">${this.common.status[o.status]}</span></h2>
          <p role="status" class="ok">${this.message}</p>
        </div>
        ${this.mayCancel(o) ? html`<button type="button" class="danger" part="cancel-button" @click=${this.openCancel}>${t.cancel}</button>` : nothing}
      </header>

      <dl class="facts" part="summary">
        <div><dt>${t.ordered}</dt><dd>${f.dateTime(o.createdAt)}</dd></div>
        <div><dt>${t.orderer}</dt><dd>${o.orderer?.name ?? '—'}</dd></div>
        ${o.approver ? html`<div><dt>${t.approver}</dt><dd>${o.approver.name}</dd></div>` : nothing}
        <div><dt>${t.desiredDate}</dt><dd>${f.date(o.requestedDate)}</dd></div>
        <div><dt>${t.commission}</dt><dd>${o.commission || '—'}</dd></div>
        ${o.confirmedAt ? html`<div><dt>${t.confirmedAt}</dt><dd>${f.dateTime(o.confirmedAt)}</dd></div>` : nothing}
        <div><dt>${t.total}</dt><dd class="big">${f.money(o.total, o.currency)}</dd></div>
      </dl>

      <section aria-labelledby="lines-title">
        <h3 id="lines-title">${t.lines}</h3>
        <div class="table-wrap">
          <table part="lines">
            <thead><tr>
              <th scope="col">${t.position}</th><th scope="col">${t.name}</th><th scope="col">${t.articleNumber}</th>
              <th scope="col">${t.material}</th><th scope="col" class="num">${t.thickness}</th><th scope="col" class="num">${t.quantity}</th>
              <th scope="col" class="num">${t.unitPrice}</th><th scope="col" class="num">${t.lineTotal}</th><th scope="col">${t.approval}</th>
            </tr></thead>
            <tbody>${o.lines.map((l) => html`<tr>
              <td>${l.position}</td><td>${l.name}${l.deliveryDate ? html`<span class="line-date">${t.lineDelivery(f.date(l.deliveryDate))}</span>` : nothing}</td><td>${l.articleNumber ?? '—'}</td><td>${l.material ?? l.unit ?? '—'}</td>
              <td class="num">${l.thickness === null ? '—' : f.mm(l.thickness)}</td><td class="num">${l.originalQuantity !== null ? html`<s class="was" aria-label=${t.orderedQuantity(f.number(l.originalQuantity))}>${f.number(l.originalQuantity)}</s> ` : nothing}${f.number(l.quantity)}</td>
              <td class="num">${f.money(l.unitPrice, o.currency)}</td><td class="num">${f.money(l.total, o.currency)}</td>
              <td><span class="approval-${l.approval}">${t.approvalStates[l.approval]}</span>
                ${l.rejectReason ? html`<span class="reason">${t.rejectReason}: ${l.rejectReason}</span>` : nothing}</td>
            </tr>`)}</tbody>
            <tfoot><tr><td colspan="7">${t.total}</td><td class="num">${f.money(o.total, o.currency)}</td><td></td></tr></tfoot>
          </table>
        </div>
      </section>

      ${o.lines.some((l) => l.kind === 'part') ? html`<details class="sheets" part="sheets" ?open=${this.sheetsOpen} @toggle=${this.onSheetsToggle}>
        <summary>${t.sheets}</summary>
        ${this.sheetsOpen ? html`<kerf-nest-view src=${`order:${o.id}`} .revision=${o.lines.map((l) => `${l.id}:${l.quantity}`).join(',')}
          theme=${this.theme || nothing}></kerf-nest-view>` : nothing}
      </details>` : nothing}

      <section aria-labelledby="details-title">
        <h3 id="details-title">${t.details}</h3>
        <dl class="facts" part="details">
          <div><dt>${t.deliveryAddress}</dt><dd>${this.address(o.deliveryAddress)}</dd></div>
          <div><dt>${t.billingAddress}</dt><dd>${this.address(o.billingAddress)}</dd></div>
          <div><dt>${t.deliveryMethod}</dt><dd>${t.methods[o.deliveryMethod] ?? o.deliveryMethod}</dd></div>
          ${o.note ? html`<div><dt>${t.note}</dt><dd>${o.note}</dd></div>` : nothing}
        </dl>
      </section>

      <div class="records" part="records">
        ${this.records(t.deliveries, o.deliveries, t.noDeliveries, t.document, false, o.currency)}
        ${this.records(t.invoices, o.invoices, t.noInvoices, t.invoiceNumber, true, o.currency)}
        ${o.credits?.length ? this.records(t.credits, o.credits, '', t.creditNumber, true, o.currency) : nothing}
        ${this.records(t.payments, o.payments, t.noPayments, null, true, o.currency, html`<dl class="money">
          <dt>${t.invoiced}</dt><dd>${f.money(o.invoiced, o.currency)}</dd>
          ${o.credited ? html`<dt>${t.credited}</dt><dd>${f.money(o.credited, o.currency)}</dd>` : nothing}
          <dt>${t.paid}</dt><dd>${f.money(o.paid, o.currency)}</dd>
          <dt class="open">${t.open}</dt><dd class="open">${f.money(open, o.currency)}</dd>
        </dl>`)}
      </div>

      <kerf-order-supplements .order=${o} @kerf-order-updated=${() => this.order.run()}></kerf-order-supplements>
      <div class="after">
        <kerf-order-files order-id=${o.id} @kerf-order-file-added=${() => this.order.run()}></kerf-order-files>
        <kerf-order-thread order-id=${o.id}></kerf-order-thread>
      </div>
      <kerf-order-receipt .order=${o} @kerf-receipt-confirmed=${() => this.order.run()}></kerf-order-receipt>

      <section aria-labelledby="history-title">
        <h3 id="history-title">${t.history}</h3>
        <ol class="history" part="history">
          ${o.history.map((e) => html`<li>
            <span><time datetime=${new Date(e.at).toISOString()}>${f.dateTime(e.at)}</time></span>
            <span>${this.eventText(e)} <span class="who">— ${e.actor}</span></span>
          </li>`)}
        </ol>
      </section>

      <dialog part="dialog" aria-labelledby="cancel-title" @close=${this.onDialogClose}>
        <form @submit=${(e: SubmitEvent) => this.confirmCancel(e, o)}>
          <h3 id="cancel-title">${t.cancelTitle(o.number)}</h3>
          <p>${t.cancelText}</p>
          <label><span>${t.cancelReason}</span><textarea name="reason" rows="3" maxlength="500"></textarea></label>
          ${this.showCancelError && this.cancelling.status === TaskStatus.ERROR ? html`<p class="error" role="alert">${this.errorText(this.cancelling.error)}</p>` : nothing}
          <div class="actions">
            <button type="button" @click=${this.closeCancel}>${t.keep}</button>
            <button type="submit" class="primary" ?disabled=${busy}>${busy ? this.common.loading : t.cancelConfirm}</button>
          </div>
        </form>
      </dialog>
    </article>`;
  }

  /** The nest view's code is fetched when the section is first opened. */
  private onSheetsToggle(e: Event) {
    const open = (e.target as HTMLDetailsElement).open;
    if (open) void import('../nest-view/define.js');
    this.sheetsOpen = open;
  }

  override render() {
    return this.order.render({
      initial: () => html`<p class="muted">${this.t.noOrder}</p>`,
      pending: () => (this.order.value && this.order.value.id === this.orderId ? this.view(this.order.value) : html`<p class="muted" role="status">${this.common.loading}</p>`),
      error: (e) => html`<div role="alert" part="error"><p class="error">${this.errorText(e)}</p>
        <button type="button" @click=${() => this.order.run()}>${this.common.retry}</button></div>`,
      complete: (o) => (o ? this.view(o) : html`<p class="muted">${this.t.noOrder}</p>`),
    });
  }
}
