import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { ItemList, Order } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { statusBadges } from '../order-list/order-list.styles.js';
import { approvalsStyles } from './approvals.styles.js';
import { APPROVALS_TEXTS } from './translations.js';

type Decision = { kind: 'approve' | 'reject'; orderId: number; lineIds?: number[]; reason?: string };

declare global {
  interface HTMLElementTagNameMap {
    'kerf-approvals': KerfApprovals;
  }
  interface GlobalEventHandlersEventMap {
    /** An approver decided on lines of an order; `order` is the order afterwards (its status says where it went). */
    'kerf-approval-done': CustomEvent<{ order: Order; decision: 'approve' | 'reject'; lineIds: number[] | null }>;
  }
}

/**
 * The orders waiting for my approval (`GET /api/approvals`) and the chosen one: each pending line
 * with a checkbox, "approve selected", "approve all", and "reject selected" with a required reason.
 * After each decision it shows where the order went (released to the shop, still waiting, rejected).
 *
 * @summary Approve or reject single lines of orders waiting for approval.
 *
 * @fires kerf-approval-done - after lines were approved or rejected; `detail.order` is the order afterwards.
 *
 * @csspart list - the list of waiting orders.
 * @csspart detail - the chosen order with its lines.
 * @csspart lines - the table of lines.
 * @csspart actions - the approve and reject buttons.
 * @csspart result - the message saying what became of the order.
 * @csspart dialog - the reject dialog.
 * @csspart empty - the message when nothing waits.
 * @csspart error - an error message.
 *
 * @cssprop --kerf-approvals-list-width - width of the order list on wide screens (default 18rem).
 * @cssprop --kerf-approvals-selected - colour marking the chosen order (default the primary colour).
 *
 * @example
 * ```html
 * <kerf-approvals api="https://portal.example.com" order-id="42"></kerf-approvals>
 * <script>
 *   document.querySelector('kerf-approvals').addEventListener('kerf-approval-done', (e) => console.log(e.detail.order.status));
 * </script>
 * ```
 */
export class KerfApprovals extends ApiElement {
  static override styles = [tokens, controls, statusBadges, approvalsStyles];

  /** The order to decide on. */
  @property({ type: Number, attribute: 'order-id' }) orderId?: number;
  /** Where a waiting order links to; `{id}` becomes its id. Clicking also selects it here. */
  @property({ attribute: 'approval-href' }) approvalHref = '#/approvals/{id}';
  /** Where "Open the order" links to; `{id}` becomes its id. */
  @property({ attribute: 'order-href' }) orderHref = '#/orders/{id}';

  @state() private selected = new Set<number>();
  @state() private result = '';
  @state() private reasonError = '';
  /** Bumped after each decision so both the list and the order load again. */
  @state() private version = 0;
  @query('dialog') private dialog?: HTMLDialogElement;
  private opener: HTMLElement | null = null;

  private list = new Task<[unknown, number], ItemList<Order>>(this, {
    task: (_, { signal }) => this.client.approvals.list({ signal }),
    args: () => [this.handle?.client, this.version],
  });

  private order = new Task<[number | undefined, unknown, number], Order | null>(this, {
    task: ([id], { signal }) => (id ? this.client.orders.get(id, { signal }) : Promise.resolve(null)),
    args: () => [this.orderId, this.handle?.client, this.version],
  });

  private decision = new Task<[Decision], Order>(this, {
    autoRun: false,
    task: ([d]) => d.kind === 'approve'
      ? this.client.approvals.approve(d.orderId, d.lineIds ? { lineIds: d.lineIds } : {})
      : this.client.approvals.reject(d.orderId, { reason: d.reason ?? '', ...(d.lineIds ? { lineIds: d.lineIds } : {}) }),
    onComplete: (o) => {
      const d = this.lastDecision!;
      this.dialog?.close();
      this.selected = new Set();
      this.result = this.t.result(o.number, this.common.status[o.status]);
      this.fresh = o;
      this.version++;
      this.emit('kerf-approval-done', { order: o, decision: d.kind, lineIds: d.lineIds ?? null });
    },
  });
  private lastDecision: Decision | null = null;
  /** The order as the decision returned it: shown while the order loads again, never the stale one. */
  private fresh: Order | null = null;

  private get t() {
    return this.tr(APPROVALS_TEXTS);
  }

  /** Load the waiting orders again. */
  reload(): void {
    this.version++;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('orderId') && changed.get('orderId') !== undefined) {
      this.selected = new Set();
      this.result = '';
    }
  }

  private decide(d: Decision) {
    this.lastDecision = d;
    this.result = '';
    this.decision.run([d]);
  }

  private toggle(id: number, on: boolean) {
    const s = new Set(this.selected);
    if (on) s.add(id);
    else s.delete(id);
    this.selected = s;
  }

  private openReject(e: Event) {
    this.opener = e.currentTarget as HTMLElement;
    this.reasonError = '';
    this.dialog?.querySelector('form')?.reset();
    this.dialog?.showModal();
    (this.dialog?.querySelector('textarea') as HTMLElement | null)?.focus();
  }

  private confirmReject(e: SubmitEvent, o: Order) {
    e.preventDefault();
    const reason = String(new FormData(e.target as HTMLFormElement).get('reason') ?? '').trim();
    if (!reason) {
      this.reasonError = this.t.reasonRequired;
      (this.dialog?.querySelector('textarea') as HTMLElement | null)?.focus();
      return;
    }
    this.decide({ kind: 'reject', orderId: o.id, lineIds: [...this.selected], reason });
  }

  private listView(items: Order[]) {
    const t = this.t;
    if (!items.length) return html`<p class="empty" part="empty">${t.empty}</p>`;
    return html`<p class="muted">${t.waiting(items.length)}</p>
      <ul class="orders" part="list">
        ${items.map((o) => html`<li><a href=${this.approvalHref.replace('{id}', String(o.id))} aria-current=${o.id === this.orderId ? 'true' : 'false'}
            @click=${() => { this.orderId = o.id; }}>
          <span class="num">${o.number}</span>
          <span>${o.orderer?.name ?? '—'} · ${this.fmt.money(o.total, o.currency)}</span>
          <span class="meta">${this.fmt.date(o.createdAt)} · ${t.lines(o.lines.length)}${o.commission ? ` · ${o.commission}` : ''}</span>
        </a></li>`)}
      </ul>`;
  }

  private detailView(o: Order) {
    const t = this.t;
    const f = this.fmt;
    const pending = o.lines.filter((l) => l.approval === 'pending');
    const chosen = pending.filter((l) => this.selected.has(l.id)).map((l) => l.id);
    const all = pending.length > 0 && chosen.length === pending.length;
    const busy = this.decision.status === TaskStatus.PENDING;
    // an order awaiting approval, or a released one with a supplement awaiting approval (issue [8])
    const waiting = pending.length > 0 && (o.status === 'pending_approval' || (o.supplements ?? []).some((x) => x.status === 'pending_approval'));
    return html`<section class="detail" part="detail" aria-labelledby="approval-title">
      <h3 id="approval-title">${t.orderTitle(o.number)} <span class="badge status status-${o.status}">${this.common.status[o.status]}</span></h3>
      <p class="muted">${t.orderedBy(o.orderer?.name ?? '—', f.dateTime(o.createdAt))}</p>
      <dl class="facts">
        <div><dt>${t.commission}</dt><dd>${o.commission || '—'}</dd></div>
        <div><dt>${t.desiredDate}</dt><dd>${f.date(o.requestedDate)}</dd></div>
        <div><dt>${t.total}</dt><dd><strong>${f.money(o.total, o.currency)}</strong></dd></div>
      </dl>
      <div aria-live="polite">
        ${this.result ? html`<p class="result" part="result">${this.result} <a href=${this.orderHref.replace('{id}', String(o.id))}>${t.openOrder}</a></p>` : nothing}
      </div>
      ${!waiting && !this.result ? html`<p class="muted">${t.notWaiting(o.number, this.common.status[o.status])}
        <a href=${this.orderHref.replace('{id}', String(o.id))}>${t.openOrder}</a></p>` : nothing}
      <div class="table-wrap">
        <table part="lines">
          <thead><tr>
            <th scope="col" class="check">${waiting ? html`<input type="checkbox" aria-label=${t.selectAll} .checked=${all}
                .indeterminate=${chosen.length > 0 && !all}
                @change=${(e: Event) => { this.selected = new Set((e.target as HTMLInputElement).checked ? pending.map((l) => l.id) : []); }} />` : html`<span class="sr-only">${t.select}</span>`}</th>
            <th scope="col">${t.position}</th><th scope="col">${t.name}</th><th scope="col">${t.material}</th>
            <th scope="col" class="num">${t.quantity}</th><th scope="col" class="num">${t.unitPrice}</th><th scope="col" class="num">${t.lineTotal}</th>
            <th scope="col">${t.approval}</th>
          </tr></thead>
          <tbody>${o.lines.map((l) => html`<tr>
            <td class="check" data-label=${t.select}>${l.approval === 'pending' && waiting ? html`<input type="checkbox" aria-label=${t.selectLine(l.position, l.name)}
                .checked=${this.selected.has(l.id)} @change=${(e: Event) => this.toggle(l.id, (e.target as HTMLInputElement).checked)} />` : nothing}</td>
            <td data-label=${t.position}>${l.position}</td>
            <td data-label=${t.name}><span>${l.name}${l.articleNumber ? html`<br /><small class="muted">${l.articleNumber}</small>` : nothing}</span></td>
            <td data-label=${t.material}>${l.material !== null && l.thickness !== null ? `${l.material} · ${f.mm(l.thickness)}` : l.unit ?? '—'}</td>
            <td class="num" data-label=${t.quantity}>${f.number(l.quantity)}</td>
            <td class="num" data-label=${t.unitPrice}>${f.money(l.unitPrice, o.currency)}</td>
            <td class="num" data-label=${t.lineTotal}>${f.money(l.total, o.currency)}</td>
            <td data-label=${t.approval}><span><span class="state-${l.approval}">${t.states[l.approval]}</span>
              ${l.approval === 'pending' && l.approvalReason ? html`<small class="muted" style="display:block">${t.reasons[l.approvalReason]}</small>` : nothing}
              ${l.rejectReason ? html`<span class="reason">${l.rejectReason}</span>` : nothing}</span></td>
          </tr>`)}</tbody>
        </table>
      </div>
      ${this.decision.status === TaskStatus.ERROR && !this.dialog?.open ? html`<p class="error" role="alert" part="error">${this.errorText(this.decision.error)}</p>` : nothing}
      ${waiting ? html`<div class="actions" part="actions">
        <button type="button" class="primary" ?disabled=${busy || !chosen.length}
          @click=${() => this.decide({ kind: 'approve', orderId: o.id, lineIds: chosen })}>${t.approveSelected(chosen.length)}</button>
        <button type="button" ?disabled=${busy} @click=${() => this.decide({ kind: 'approve', orderId: o.id })}>${t.approveAll}</button>
        <button type="button" class="danger" ?disabled=${busy || !chosen.length} @click=${this.openReject}>${t.rejectSelected(chosen.length)}</button>
      </div>` : nothing}
      <dialog part="dialog" aria-labelledby="reject-title" @close=${() => this.opener?.focus()}>
        <form novalidate @submit=${(e: SubmitEvent) => this.confirmReject(e, o)}>
          <h3 id="reject-title">${t.rejectTitle(chosen.length)}</h3>
          <p>${t.rejectText}</p>
          <label><span>${t.reason}</span>
            <textarea name="reason" rows="3" maxlength="500" required aria-invalid=${this.reasonError ? 'true' : 'false'}
              aria-describedby=${this.reasonError ? 'reason-error' : nothing}></textarea>
            ${this.reasonError ? html`<small id="reason-error" class="field-error">${this.reasonError}</small>` : nothing}
          </label>
          ${this.decision.status === TaskStatus.ERROR && this.dialog?.open ? html`<p class="error" role="alert">${this.errorText(this.decision.error)}</p>` : nothing}
          <div class="dialog-actions">
            <button type="button" @click=${() => this.dialog?.close()}>${this.common.cancel}</button>
            <button type="submit" class="primary" ?disabled=${busy}>${t.reject}</button>
          </div>
        </form>
      </dialog>
    </section>`;
  }

  override render() {
    const t = this.t;
    const error = (e: unknown, retry: () => void) => html`<div role="alert" part="error">
      <p class="error">${this.errorText(e)}</p><button type="button" @click=${retry}>${this.common.retry}</button></div>`;
    const list = this.list.render({
      pending: () => (this.list.value ? this.listView(this.list.value.items) : html`<p class="muted" role="status">${this.common.loading}</p>`),
      error: (e) => error(e, () => this.list.run()),
      complete: (l) => this.listView(l.items),
    });
    const detail = this.orderId
      ? this.order.render({
        pending: () => {
          const shown = this.fresh?.id === this.orderId ? this.fresh : this.order.value;
          return shown && shown.id === this.orderId ? this.detailView(shown) : html`<p class="muted" role="status">${this.common.loading}</p>`;
        },
        error: (e) => error(e, () => this.order.run()),
        complete: (o) => (o ? this.detailView(o) : nothing),
      })
      : (this.list.value?.items.length ? html`<p class="muted">${t.choose}</p>` : nothing);
    return html`<section aria-labelledby="approvals-title">
      <h2 id="approvals-title">${t.title}</h2>
      <div class="layout"><div>${list}</div><div>${detail}</div></div>
    </section>`;
  }
}
