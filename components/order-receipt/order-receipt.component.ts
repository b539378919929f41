import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ReceiptCondition, ReturnView, Shipment } from '../../sdk/client/returns-types.js';
import type { Order } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { returnsStyles } from '../returns/returns.styles.js';
import { RETURNS_TEXTS, type ReturnLineReason } from '../returns/translations.js';

declare global {
  interface HTMLElementTagNameMap { 'kerf-order-receipt': KerfOrderReceipt }
  interface GlobalEventHandlersEventMap {
    /** The customer confirmed a receipt; `order` is the order as it is now. */
    'kerf-receipt-confirmed': CustomEvent<{ order: Order }>;
    /** The customer opened a return (RMA). */
    'kerf-return-opened': CustomEvent<{ return: ReturnView }>;
  }
}

type ShipLine = Shipment['lines'][number];

/**
 * The deliveries of an order as the customer sees them in the order detail: each shipment with
 * its delivery note and lines, and per shipped line the receipt — confirmed (condition, pieces,
 * note, photos) or a form to confirm it: received in order, short, damaged or wrong, pieces in
 * order and affected, a note and photos. From a complaint (or any shipped line) the customer opens
 * a return with a reason, the pieces and photos. The returns of the order are listed with links.
 *
 * @summary Order detail: deliveries, receipt per shipped line with photos, and opening a return.
 *
 * @fires kerf-receipt-confirmed - A receipt was confirmed; `detail.order` is the order as it is now.
 * @fires kerf-return-opened - A return was opened; `detail.return` is the new return.
 *
 * @csspart shipments - The list of deliveries.
 * @csspart receipt-dialog - The dialog to confirm a line's receipt.
 * @csspart return-dialog - The dialog to open a return.
 *
 * @cssprop --kerf-returns-photo-size - Edge of a photo thumbnail (default 96px).
 *
 * @example
 * ```html
 * <kerf-order-receipt .order=${order}></kerf-order-receipt>
 * ```
 */
export class KerfOrderReceipt extends ApiElement {
  static override styles = [tokens, controls, returnsStyles];

  /** The order (as `GET /api/orders/:id` answers), with its `shipments`. */
  @property({ attribute: false }) order?: Order;

  @state() private target?: { shipment: Shipment; line: ShipLine };
  @state() private condition: ReceiptCondition = 'received';
  @state() private returnLine?: { lineId: number; receiptId?: number; quantity: number; reason: ReturnLineReason };
  @state() private busy = false;
  @state() private error = '';
  @state() private message = '';
  @query('dialog.receipt') private receiptDialog?: HTMLDialogElement;
  @query('dialog.return') private returnDialog?: HTMLDialogElement;

  private get t() {
    return this.tr(RETURNS_TEXTS);
  }

  /** Orderers, approvers and company admins confirm receipts (the server checks the same). */
  private get mayAct() {
    return !this.session || this.hasRight('order') || this.hasRight('approve') || this.hasRight('manage_company');
  }

  override render() {
    const o = this.order;
    if (!o) return nothing;
    const t = this.t;
    const shipments = o.shipments ?? [];
    // before anything left the shop the order detail's "Deliveries" says so; nothing to add here
    if (!shipments.length && !o.returns?.length && !o.replacementFor) return nothing;
    return html`<section aria-labelledby="shipments-title" part="shipments">
      <h3 id="shipments-title">${t.shipments}</h3>
      ${o.replacementFor ? html`<p class="muted" data-role="replacement-for">${t.replacementFor(o.replacementFor.number, o.replacementFor.orderNumber)}</p>` : nothing}
      <p class="ok" role="status">${this.message}</p>
      ${shipments.length ? shipments.map((s) => this.renderShipment(o, s)) : html`<p class="muted">${t.noShipments}</p>`}
      ${shipments.length && this.mayAct ? html`<p><button type="button" @click=${() => this.openReturn(o)}>${t.openReturn}</button></p>` : nothing}
      ${o.returns?.length ? html`<h4>${t.returnsOfOrder}</h4><ul>${o.returns.map((r) => html`<li><a href=${`#/returns/${r.id}`}>${r.number}</a>
        <span class="st st-${r.status}">${t.states[r.status]}</span></li>`)}</ul>` : nothing}
      ${this.renderReceiptDialog()}
      ${this.renderReturnDialog(o)}
    </section>`;
  }

  private renderShipment(o: Order, s: Shipment) {
    const t = this.t;
    const f = this.fmt;
    return html`<div class="shipment" data-shipment=${s.id}>
      <h4>${t.deliveryNote} ${s.document} · ${f.date(s.date)}</h4>
      <div class="scroll"><table>
        <thead><tr><th scope="col">${t.position}</th><th scope="col">${t.part}</th><th scope="col" class="num">${t.shipped}</th><th scope="col">${t.receipt}</th></tr></thead>
        <tbody>${s.lines.map((l) => html`<tr data-line=${l.lineId}>
          <td>${l.position}</td><td>${l.name}</td><td class="num">${f.number(l.quantity)}</td>
          <td>${l.receipt ? html`<span class="cond-${l.receipt.condition}" data-role="condition">${t.conditions[l.receipt.condition]}</span>
              ${l.receipt.condition !== 'received' ? html` · ${f.number(l.receipt.affected)} / ${f.number(l.quantity)}` : nothing}
              ${l.receipt.note ? html`<br><span class="muted">${l.receipt.note}</span>` : nothing}
              ${l.receipt.photos.length ? html`<ul class="photos">${l.receipt.photos.map((p) => {
                const url = this.client.returns.receiptPhotoUrl(o.id, p.id);
                return html`<li><a href=${url} target="_blank" rel="noopener"><img src=${url} alt=${p.name} loading="lazy"></a></li>`;
              })}</ul>` : nothing}
              ${l.receipt.condition !== 'received' && this.mayAct ? html`<br><button type="button" data-action="return"
                @click=${() => this.openReturn(o, { lineId: l.lineId, receiptId: l.receipt!.id, quantity: l.receipt!.affected, reason: l.receipt!.condition as ReturnLineReason })}>${t.openReturn}</button>` : nothing}`
            : this.mayAct ? html`<span class="muted">${t.notConfirmed}</span><br>
              <button type="button" class="primary" data-action="confirm" @click=${() => this.openReceipt(s, l)}>${t.confirm}</button>`
              : html`<span class="muted">${t.notConfirmed}</span>`}</td>
        </tr>`)}</tbody>
      </table></div>
    </div>`;
  }

  // ------------------------------------------------------------------------------------------
  // receipt

  private openReceipt(shipment: Shipment, line: ShipLine) {
    this.target = { shipment, line };
    this.condition = 'received';
    this.error = '';
    void this.updateComplete.then(() => {
      this.receiptDialog?.querySelector('form')?.reset();
      this.receiptDialog?.showModal();
    });
  }

  private renderReceiptDialog() {
    const t = this.t;
    const target = this.target;
    const complaint = this.condition !== 'received';
    return html`<dialog class="receipt" part="receipt-dialog" aria-labelledby="receipt-title" @close=${() => { this.error = ''; }}>
      ${target ? html`<form @submit=${this.submitReceipt}>
        <h3 id="receipt-title">${t.confirmTitle(`${target.line.position}. ${target.line.name}`, target.shipment.document)}</h3>
        <label><span>${t.condition}</span><select name="condition" @change=${(e: Event) => { this.condition = (e.target as HTMLSelectElement).value as ReceiptCondition; }}>
          ${(['received', 'short', 'damaged', 'wrong'] as const).map((c) => html`<option value=${c} ?selected=${this.condition === c}>${t.conditions[c]}</option>`)}
        </select></label>
        ${complaint ? html`<label><span>${t.affected}</span><input type="number" name="affected" min="1" max=${target.line.quantity} required value="1">
          <span>${t.affectedHint}</span></label>` : nothing}
        <label><span>${t.note}</span><textarea name="note" rows="2" maxlength="1000"></textarea></label>
        <label><span>${t.photos}</span><input type="file" name="photos" accept="image/png,image/jpeg,image/gif,image/webp" multiple></label>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <div class="actions">
          <button type="button" @click=${() => this.receiptDialog?.close()}>${t.cancel}</button>
          <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? this.common.loading : t.save}</button>
        </div>
      </form>` : nothing}
    </dialog>`;
  }

  private async submitReceipt(e: SubmitEvent) {
    e.preventDefault();
    const o = this.order;
    const target = this.target;
    if (!o || !target) return;
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const affected = this.condition === 'received' ? undefined : Number(data.get('affected'));
    const photos = [...((form.elements.namedItem('photos') as HTMLInputElement).files ?? [])];
    const note = String(data.get('note') ?? '').trim() || undefined;
    this.busy = true;
    this.error = '';
    try {
      const updated = await this.client.returns.confirmReceipt(o.id, {
        shipmentId: target.shipment.id,
        lines: [{ lineId: target.line.lineId, condition: this.condition, affected, note, photos }],
      });
      this.receiptDialog?.close();
      this.message = this.t.received(`${target.line.position}. ${target.line.name}`);
      this.order = updated;
      this.emit('kerf-receipt-confirmed', { order: updated });
    } catch (err) {
      this.error = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }

  // ------------------------------------------------------------------------------------------
  // return

  private openReturn(o: Order, line?: { lineId: number; receiptId?: number; quantity: number; reason: ReturnLineReason }) {
    const first = o.lines.find((l) => (o.shipped?.[l.id] ?? 0) > 0);
    this.returnLine = line ?? (first ? { lineId: first.id, quantity: 1, reason: 'other' } : undefined);
    this.error = '';
    void this.updateComplete.then(() => {
      const form = this.returnDialog?.querySelector('form');
      form?.reset();
      this.returnDialog?.showModal();
    });
  }

  private renderReturnDialog(o: Order) {
    const t = this.t;
    const sel = this.returnLine;
    const shipped = o.lines.filter((l) => (o.shipped?.[l.id] ?? 0) > 0);
    return html`<dialog class="return" part="return-dialog" aria-labelledby="return-title" @close=${() => { this.error = ''; }}>
      ${sel ? html`<form @submit=${this.submitReturn}>
        <h3 id="return-title">${t.openReturnTitle(o.number)}</h3>
        <label><span>${t.line}</span><select name="lineId" @change=${(e: Event) => {
          const id = Number((e.target as HTMLSelectElement).value);
          this.returnLine = { lineId: id, quantity: 1, reason: 'other' };
        }}>${shipped.map((l) => html`<option value=${l.id} ?selected=${l.id === sel.lineId}>${l.position}. ${l.name} (${this.fmt.number(o.shipped[l.id])} ${t.shipped.toLowerCase()})</option>`)}</select></label>
        <label><span>${t.reason}</span><select name="lineReason">
          ${(['damaged', 'short', 'wrong', 'other'] as const).map((r) => html`<option value=${r} ?selected=${sel.reason === r}>${t.lineReasons[r]}</option>`)}
        </select></label>
        <label><span>${t.quantity}</span><input type="number" name="quantity" min="1" max=${o.shipped?.[sel.lineId] ?? 1} required value=${String(Math.max(1, sel.quantity))}></label>
        <label><span>${t.returnReason}</span><textarea name="reason" rows="3" maxlength="2000" required></textarea></label>
        <label><span>${t.photos}</span><input type="file" name="photos" accept="image/png,image/jpeg,image/gif,image/webp" multiple></label>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <div class="actions">
          <button type="button" @click=${() => this.returnDialog?.close()}>${t.cancel}</button>
          <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? this.common.loading : t.openReturnButton}</button>
        </div>
      </form>` : nothing}
    </dialog>`;
  }

  private async submitReturn(e: SubmitEvent) {
    e.preventDefault();
    const o = this.order;
    const sel = this.returnLine;
    if (!o || !sel) return;
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const lineId = Number(data.get('lineId'));
    const photos = [...((form.elements.namedItem('photos') as HTMLInputElement).files ?? [])];
    this.busy = true;
    this.error = '';
    try {
      const r = await this.client.returns.open({
        orderId: o.id, reason: String(data.get('reason') ?? '').trim(), photos,
        lines: [{ lineId, quantity: Number(data.get('quantity')), reason: data.get('lineReason') as ReturnLineReason, receiptId: lineId === sel.lineId ? sel.receiptId : undefined }],
      });
      this.returnDialog?.close();
      this.message = this.t.returnOpened(r.number);
      this.order = { ...o, returns: [...(o.returns ?? []), { id: r.id, number: r.number, status: r.status, createdAt: r.createdAt }] };
      this.emit('kerf-return-opened', { return: r });
    } catch (err) {
      this.error = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }
}
