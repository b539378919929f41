import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Order, OrderConfirmationInput, OrderLine } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { orderConfirmStyles } from './order-confirm.styles.js';
import { ORDER_CONFIRM_TEXTS } from './translations.js';

declare global {
  interface HTMLElementTagNameMap {
    'kerf-order-confirm': KerfOrderConfirm;
  }
  interface GlobalEventHandlersEventMap {
    /** An order changed through one of its sub-views (confirmation, supplements); `order` is its new state. */
    'kerf-order-updated': CustomEvent<{ order: Order }>;
  }
}

/** Statuses in which the shop confirms (server/services/order-changes.ts). */
const CONFIRMABLE = ['released', 'in_production'];

/**
 * The shop's confirmation of an order (issue [8]), for the back office: per line the quantity and
 * the delivery date, changed only where the shop must and each change with a reason, and a note
 * to the customer. The server keeps the old values, recomputes the totals at the frozen prices and
 * mails the orderer; confirming again later is allowed.
 *
 * @summary Back office: confirm an order, changing quantities or dates with a reason.
 *
 * @fires kerf-order-updated - after the confirmation; `detail.order` is the confirmed order.
 *
 * @csspart form - the confirmation form.
 *
 * @example
 * ```html
 * <kerf-order-confirm></kerf-order-confirm>
 * <script>document.querySelector('kerf-order-confirm').order = await client.admin.orders.get(12);</script>
 * ```
 */
export class KerfOrderConfirm extends ApiElement {
  static override styles = [tokens, controls, orderConfirmStyles];

  /** The order to confirm (as `GET /api/admin/orders/:id` gives it). */
  @property({ attribute: false }) order?: Order;

  @state() private busy = false;
  @state() private error = '';
  @state() private announce = '';
  /** Lines whose change lacks a reason. */
  @state() private missing = new Set<number>();

  private get t() {
    return this.tr(ORDER_CONFIRM_TEXTS);
  }

  /** Lines the shop may change: not rejected, and not of a supplement it has not confirmed. */
  private lines(o: Order): OrderLine[] {
    const confirmed = new Set(o.supplements.filter((s) => s.status === 'confirmed').map((s) => s.id));
    return o.lines.filter((l) => l.approval !== 'rejected' && (l.supplementId === null || confirmed.has(l.supplementId)));
  }

  private dateOf(l: OrderLine, o: Order): string {
    return l.deliveryDate ?? l.delivery?.date ?? o.deliveryDate ?? '';
  }

  private async submit(e: SubmitEvent) {
    e.preventDefault();
    const o = this.order;
    if (!o) return;
    // the event's target is gone once the handler awaits
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const lines: NonNullable<OrderConfirmationInput['lines']> = [];
    const missing = new Set<number>();
    for (const l of this.lines(o)) {
      const quantity = Number(data.get(`quantity-${l.id}`));
      const date = String(data.get(`date-${l.id}`) ?? '');
      const reason = String(data.get(`reason-${l.id}`) ?? '').trim();
      const change: NonNullable<OrderConfirmationInput['lines']>[number] = { lineId: l.id };
      if (Number.isInteger(quantity) && quantity > 0 && quantity !== l.quantity) change.quantity = quantity;
      if (date && date !== this.dateOf(l, o)) change.deliveryDate = date;
      if (change.quantity === undefined && change.deliveryDate === undefined) continue;
      if (!reason) missing.add(l.id);
      lines.push({ ...change, reason });
    }
    this.missing = missing;
    this.announce = '';
    if (missing.size) {
      const first = this.lines(o).find((l) => missing.has(l.id))!;
      this.error = this.t.reasonNeeded(first.position);
      (this.renderRoot.querySelector(`[name="reason-${first.id}"]`) as HTMLInputElement | null)?.focus();
      return;
    }
    const note = String(data.get('note') ?? '').trim();
    this.busy = true;
    this.error = '';
    try {
      const order = await this.client.admin.orders.confirm(o.id, { lines, ...(note ? { note } : {}) });
      this.order = order;
      // the reasons and the note were said; quantities and dates show the confirmed values
      for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[name^="reason-"], [name="note"]')) el.value = '';
      this.announce = this.t.done(lines.length);
      this.emit('kerf-order-updated', { order });
    } catch (err) {
      this.error = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const o = this.order;
    if (!o) return nothing;
    const t = this.t;
    const f = this.fmt;
    const confirmed = o.confirmedAt !== null;
    return html`<section aria-labelledby="confirm-title">
      <h3 id="confirm-title">${confirmed ? t.again : t.title}</h3>
      ${confirmed ? html`<p class="ok" data-role="confirmed">${t.confirmedOn(f.dateTime(o.confirmedAt!), o.confirmedBy ?? '—')}</p>` : nothing}
      ${CONFIRMABLE.includes(o.status) ? html`<p class="muted">${t.intro}</p>
      <form part="form" @submit=${this.submit}>
        <div class="table-wrap"><table>
          <thead><tr><th scope="col">${t.position}</th><th scope="col">${t.line}</th><th scope="col">${t.quantity}</th><th scope="col">${t.deliveryDate}</th><th scope="col">${t.reason}</th></tr></thead>
          <tbody>${this.lines(o).map((l) => html`<tr data-line=${l.id}>
            <td>${l.position}</td>
            <td>${l.name}${l.originalQuantity !== null ? html`<span class="ordered">${t.ordered(f.number(l.originalQuantity))}</span>` : nothing}</td>
            <td><input type="number" name=${`quantity-${l.id}`} min="1" max="1000000" step="1" required .value=${String(l.quantity)} aria-label=${`${t.quantity} ${l.position}`}></td>
            <td><input type="date" name=${`date-${l.id}`} .value=${this.dateOf(l, o)} aria-label=${`${t.deliveryDate} ${l.position}`}></td>
            <td><input name=${`reason-${l.id}`} maxlength="500" autocomplete="off" aria-label=${`${t.reason} ${l.position}`} aria-invalid=${this.missing.has(l.id) ? 'true' : 'false'}></td>
          </tr>`)}</tbody>
        </table></div>
        <label><span>${t.note}</span><textarea name="note" rows="2" maxlength="1000"></textarea></label>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <div class="actions"><button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? t.busy : confirmed ? t.confirmAgain : t.confirm}</button>
          <span class="ok" role="status">${this.announce}</span></div>
      </form>` : html`<p class="muted">${t.notNow}</p>`}
    </section>`;
  }
}
