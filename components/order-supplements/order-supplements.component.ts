import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Order, OrderSupplement } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { orderSupplementsStyles } from './order-supplements.styles.js';
import { ORDER_SUPPLEMENTS_TEXTS } from './translations.js';

declare global {
  interface HTMLElementTagNameMap {
    'kerf-order-supplements': KerfOrderSupplements;
  }
  interface GlobalEventHandlersEventMap {
    /** An order changed through one of its sub-views (confirmation, supplements); `order` is its new state. */
    'kerf-order-updated': CustomEvent<{ order: Order }>;
    /** The basket changed outside the basket element (the portal's badge asks again). */
    'kerf-basket-change': CustomEvent<{ basket?: { items?: unknown[] } }>;
  }
}

/**
 * Supplements of one order (issue [8]): what was added to it after it was placed, with status
 * (awaiting approval, awaiting the shop, confirmed, rejected), total, who and when. For the
 * customer (`side="customer"`), while production has not started, "Add basket to this order"
 * turns the basket into a supplement (through the approval rules, with an Idempotency-Key); for
 * the shop (`side="shop"`) a submitted supplement is confirmed, or rejected with a reason.
 *
 * @summary Supplements of an order: add the basket (customer), confirm or reject (shop).
 *
 * @fires kerf-order-updated - after a supplement was added, confirmed or rejected; `detail.order` is the order now.
 * @fires kerf-basket-change - after the basket was added to the order (it is empty now).
 *
 * @csspart list - the supplements.
 * @csspart add - the customer's "add basket" panel.
 *
 * @example
 * ```html
 * <kerf-order-supplements side="shop"></kerf-order-supplements>
 * <script>document.querySelector('kerf-order-supplements').order = order;</script>
 * ```
 */
export class KerfOrderSupplements extends ApiElement {
  static override styles = [tokens, controls, orderSupplementsStyles];

  /** The order (as `GET /api/orders/:id` or `/api/admin/orders/:id` gives it). */
  @property({ attribute: false }) order?: Order;
  /** Whose view: `customer` or `shop`. */
  @property({ reflect: true }) side: 'customer' | 'shop' = 'customer';
  /** Where "Go to the basket" links to (customer side); without it there is no such link. */
  @property({ attribute: 'basket-href' }) basketHref = '';

  @state() private busy = false;
  @state() private error = '';
  @state() private announce = '';
  @state() private rejecting: number | null = null;
  /** One key per attempt, kept for retries of that attempt. */
  private key: string | null = null;

  private get t() {
    return this.tr(ORDER_SUPPLEMENTS_TEXTS);
  }

  private failure(e: unknown): string {
    const code = (e as { code?: string })?.code as keyof typeof this.t.errors | undefined;
    return (code && this.t.errors[code]) || this.errorText(e);
  }

  private async act(run: () => Promise<Order>, message: (o: Order) => string) {
    this.busy = true;
    this.error = '';
    this.announce = '';
    try {
      const order = await run();
      this.order = order;
      this.announce = message(order);
      this.emit('kerf-order-updated', { order });
    } catch (e) {
      this.error = this.failure(e);
    } finally {
      this.busy = false;
    }
  }

  private add() {
    const o = this.order!;
    this.key ??= crypto.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
    void this.act(async () => {
      const r = await this.client.orders.addSupplement(o.id, { idempotencyKey: this.key! });
      this.key = null;
      this.emit('kerf-basket-change', {});
      return r;
    }, (n) => this.t.added(n.supplements.at(-1)?.number ?? 1));
  }

  private confirm(s: OrderSupplement) {
    void this.act(() => this.client.admin.orders.confirmSupplement(this.order!.id, s.id), () => this.t.confirmed(s.number));
  }

  private reject(e: SubmitEvent, s: OrderSupplement) {
    e.preventDefault();
    const reason = String(new FormData(e.target as HTMLFormElement).get('reason') ?? '').trim();
    if (!reason) return;
    void this.act(async () => {
      const o = await this.client.admin.orders.rejectSupplement(this.order!.id, s.id, reason);
      this.rejecting = null;
      return o;
    }, () => this.t.rejected(s.number));
  }

  private withdraw(s: OrderSupplement) {
    void this.act(() => this.client.orders.withdrawSupplement(this.order!.id, s.id), () => this.t.withdrawn(s.number));
  }

  private item(o: Order, s: OrderSupplement) {
    const t = this.t;
    const positions = o.lines.filter((l) => l.supplementId === s.id).map((l) => l.position).join(', ');
    return html`<li data-supplement=${s.id} data-status=${s.status}>
      <div class="head"><strong>${t.number(s.number)}</strong><span class="state-${s.status}">${t.status[s.status]}</span>
        <span class="money">${this.fmt.money(s.total, o.currency)}</span></div>
      <span class="muted">${t.by(s.createdBy, this.fmt.dateTime(s.createdAt))}${positions ? ` · ${t.lines(positions)}` : ''}</span>
      ${this.side === 'customer' && o.canAddSupplement && (s.status === 'pending_approval' || s.status === 'submitted') && (!this.session || this.hasRight('order'))
        ? html`<div class="row"><button type="button" ?disabled=${this.busy} aria-label=${`${t.withdraw}: ${t.number(s.number)}`} @click=${() => this.withdraw(s)}>${t.withdraw}</button></div>` : nothing}
      ${this.side === 'shop' && s.status === 'submitted' ? html`<div class="row">
        <button type="button" class="primary" ?disabled=${this.busy} @click=${() => this.confirm(s)}>${t.confirm}</button>
        <button type="button" class="danger" ?disabled=${this.busy} aria-expanded=${this.rejecting === s.id ? 'true' : 'false'}
          @click=${() => { this.rejecting = this.rejecting === s.id ? null : s.id; }}>${t.reject}</button></div>
        ${this.rejecting === s.id ? html`<form class="decide" @submit=${(e: SubmitEvent) => this.reject(e, s)}>
          <label><span>${t.rejectReason}</span><input name="reason" required maxlength="500" autocomplete="off"></label>
          <button type="submit" class="danger" ?disabled=${this.busy}>${t.reject}</button></form>` : nothing}` : nothing}
    </li>`;
  }

  override render() {
    const o = this.order;
    if (!o) return nothing;
    const t = this.t;
    const mayAdd = this.side === 'customer' && o.canAddSupplement && (!this.session || this.hasRight('order'));
    if (!o.supplements.length && !mayAdd) return nothing;
    return html`<section aria-labelledby="supplements-title">
      <h3 id="supplements-title">${t.title}</h3>
      ${o.supplements.length ? html`<ul part="list">${o.supplements.map((s) => this.item(o, s))}</ul>
        <p class="muted">${t.totalNote}</p>` : nothing}
      ${mayAdd ? html`<div class="add" part="add"><strong>${t.addTitle}</strong><p>${t.addText}</p>
        <button type="button" class="primary" ?disabled=${this.busy} @click=${this.add}>${this.busy ? t.adding : t.add}</button>
        ${this.error && this.basketHref && this.error === t.errors.BASKET_EMPTY ? html`<a href=${this.basketHref}>${t.toBasket}</a>` : nothing}</div>` : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <p class="ok" role="status">${this.announce}</p>
    </section>`;
  }
}
