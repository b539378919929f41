import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Order } from '../../sdk/client/types.js';
import { pageStyles, today } from '../back-office/admin-shared.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { returnsStyles } from '../returns/returns.styles.js';
import { RETURNS_TEXTS } from '../returns/translations.js';

declare global {
  interface HTMLElementTagNameMap { 'kerf-admin-shipment': KerfAdminShipment }
  interface GlobalEventHandlersEventMap {
    /** The shop shipped lines of an order; `order` is the order as it is now. */
    'kerf-shipment-created': CustomEvent<{ order: Order }>;
  }
}

/**
 * The back office's shipping of an order, in the order view: per line the ordered, shipped and
 * open pieces and how many leave now (partial deliveries allowed), the delivery note number (empty:
 * the next `LS-` number), the date and a note to the customer. Below, every shipment with its
 * lines and the customer's receipt of each (condition, pieces, note, photos), and the order's
 * returns with links to `#/returns/:id`.
 *
 * @summary Back office: ship lines of an order with a delivery note; shipments and receipts.
 *
 * @fires kerf-shipment-created - Lines were shipped; `detail.order` is the order as it is now.
 *
 * @csspart form - The shipping form.
 * @csspart shipments - The shipments with their receipts.
 *
 * @cssprop --kerf-returns-photo-size - Edge of a photo thumbnail (default 96px).
 *
 * @example
 * ```html
 * <kerf-admin-shipment .order=${order}></kerf-admin-shipment>
 * ```
 */
export class KerfAdminShipment extends ApiElement {
  static override styles = [tokens, controls, pageStyles, returnsStyles];

  /** The order (as `GET /api/admin/orders/:id` answers). */
  @property({ attribute: false }) order?: Order;

  @state() private busy = false;
  @state() private error = '';
  @state() private message = '';

  private get t() {
    return this.tr(RETURNS_TEXTS);
  }

  override render() {
    const o = this.order;
    if (!o) return nothing;
    const canShip = o.status === 'released' || o.status === 'in_production';
    return html`${canShip ? this.renderForm(o) : nothing}${this.renderShipments(o)}`;
  }

  private open(o: Order) {
    return o.lines.filter((l) => l.approval === 'not_needed' || l.approval === 'approved')
      .map((l) => ({ line: l, shipped: o.shipped?.[l.id] ?? 0, open: l.quantity - (o.shipped?.[l.id] ?? 0) }));
  }

  private renderForm(o: Order) {
    const t = this.t;
    const f = this.fmt;
    const rows = this.open(o);
    const anyOpen = rows.some((r) => r.open > 0);
    return html`<section class="card" part="form" aria-labelledby="ship-title">
      <h3 id="ship-title">${t.shipTitle}</h3>
      <p class="ok" role="status">${this.message}</p>
      ${anyOpen ? html`<form class="step" @submit=${this.ship}>
        <div class="table-wrap"><table class="cards">
          <thead><tr><th scope="col">${t.position}</th><th scope="col">${t.part}</th><th scope="col" class="num">${t.ordered}</th>
            <th scope="col" class="num">${t.shipped}</th><th scope="col" class="num">${t.open}</th><th scope="col">${t.toShip}</th></tr></thead>
          <tbody>${rows.map((r) => html`<tr data-line=${r.line.id}>
            <td data-label=${t.position}>${r.line.position}</td><td data-label=${t.part}>${r.line.name}</td>
            <td data-label=${t.ordered} class="num">${f.number(r.line.quantity)}</td>
            <td data-label=${t.shipped} class="num">${f.number(r.shipped)}</td>
            <td data-label=${t.open} class="num">${f.number(r.open)}</td>
            <td data-label=${t.toShip}>${r.open > 0 ? html`<input type="number" name=${`q-${r.line.id}`} min="0" max=${r.open} .value=${String(r.open)}
              aria-label=${`${t.toShip}: ${r.line.position}. ${r.line.name}`}>` : '—'}</td>
          </tr>`)}</tbody>
        </table></div>
        <div class="grid">
          <label><span>${t.deliveryNote}</span><input name="document" maxlength="100" placeholder="LS-…"><span>${t.documentHint}</span></label>
          <label><span>${t.date}</span><input type="date" name="date" .value=${today()}></label>
          <label class="wide"><span>${t.shipNote}</span><input name="note" maxlength="1000"></label>
        </div>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <div><button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? this.common.loading : t.shipButton}</button></div>
      </form>` : html`<p class="muted">${t.nothingOpen}</p>`}
    </section>`;
  }

  private renderShipments(o: Order) {
    const t = this.t;
    const f = this.fmt;
    const shipments = o.shipments ?? [];
    if (!shipments.length && !o.returns?.length) return nothing;
    return html`<section class="card" part="shipments" aria-labelledby="shipments-title">
      <h3 id="shipments-title">${t.shipments}</h3>
      ${shipments.map((s) => html`<div class="shipment" data-shipment=${s.id}>
        <h4>${t.deliveryNote} ${s.document} · ${f.date(s.date)}</h4>
        <ul>${s.lines.map((l) => html`<li>${l.position}. ${l.name} × ${f.number(l.quantity)} —
          ${l.receipt ? html`<span class="cond-${l.receipt.condition}">${t.conditions[l.receipt.condition]}</span>
            ${l.receipt.condition !== 'received' ? html`(${f.number(l.receipt.affected)})` : nothing}
            ${l.receipt.note ? html`<span class="muted">“${l.receipt.note}”</span>` : nothing}
            ${l.receipt.photos.length ? html`<ul class="photos">${l.receipt.photos.map((p) => {
              const url = this.client.admin.returns.receiptPhotoUrl(o.id, p.id);
              return html`<li><a href=${url} target="_blank" rel="noopener"><img src=${url} alt=${p.name} loading="lazy"></a></li>`;
            })}</ul>` : nothing}`
          : html`<span class="muted">${t.notConfirmed}</span>`}</li>`)}</ul>
      </div>`)}
      ${o.returns?.length ? html`<h4>${t.returnsOfOrder}</h4><ul>${o.returns.map((r) => html`<li><a href=${`#/returns/${r.id}`}>${r.number}</a>
        <span class="st st-${r.status}">${t.states[r.status]}</span></li>`)}</ul>` : nothing}
    </section>`;
  }

  private async ship(e: SubmitEvent) {
    e.preventDefault();
    const o = this.order;
    if (!o) return;
    const data = new FormData(e.target as HTMLFormElement);
    const lines = this.open(o).flatMap((r) => {
      const q = Number(data.get(`q-${r.line.id}`) ?? 0);
      return r.open > 0 && q > 0 ? [{ lineId: r.line.id, quantity: q }] : [];
    });
    if (!lines.length) {
      this.error = this.t.toShip;
      return;
    }
    const text = (k: string) => String(data.get(k) ?? '').trim() || undefined;
    this.busy = true;
    this.error = '';
    try {
      const updated = await this.client.admin.returns.ship(o.id, { document: text('document'), date: text('date'), note: text('note'), lines });
      this.message = this.t.shippedAs(updated.shipments[updated.shipments.length - 1]?.document ?? '');
      this.order = updated;
      this.emit('kerf-shipment-created', { order: updated });
    } catch (err) {
      this.error = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }
}
