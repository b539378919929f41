import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RETURN_STATUSES, type ReturnList, type ReturnPhoto, type ReturnStatus, type ReturnView } from '../../sdk/client/returns-types.js';
import { pageStyles, toCents, toEuros } from '../back-office/admin-shared.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { returnsStyles } from './returns.styles.js';
import { RETURNS_TEXTS } from './translations.js';

declare global {
  interface HTMLElementTagNameMap { 'kerf-returns': KerfReturns }
  interface GlobalEventHandlersEventMap {
    /** A return changed: the shop took a step, or the customer added photos. */
    'kerf-return-change': CustomEvent<{ return: ReturnView }>;
  }
}

type Filter = ReturnStatus | 'all';

/**
 * Returns (RMA) for both sides. For the customer (`mode="customer"`, the default): the company's
 * returns by status, each with its lines, the shop's instructions, the credit note or the
 * replacement order, photos (more can be added) and the history of every step. For the shop
 * (`mode="admin"`, in the back office): every company's returns, and on a return the next steps —
 * accept with instructions, reject, goods received back, credit (amount prefilled with the
 * returned pieces at their prices) or replace with an order at price 0, close. Returns are opened
 * from the order detail's receipt (`kerf-order-receipt`). Rows link to `#/returns/:id`.
 *
 * @summary Returns (RMA): list and detail for the customer, with the shop's steps in the back office.
 *
 * @fires kerf-return-change - A step was taken or photos were added; `detail.return` is the return as it is now.
 *
 * @csspart list - The table of returns.
 * @csspart detail - One return.
 * @csspart photos - The photos of a return.
 * @csspart step - The shop's form for the next step.
 *
 * @cssprop --kerf-returns-photo-size - Edge of a photo thumbnail (default 96px).
 *
 * @example
 * ```html
 * <kerf-returns api="https://portal.example.com"></kerf-returns>
 * <kerf-returns mode="admin" return-id="3"></kerf-returns>
 * ```
 */
export class KerfReturns extends ApiElement {
  static override styles = [tokens, controls, pageStyles, returnsStyles];

  /** `customer` (the portal) or `admin` (the back office: every company, and the shop's steps). */
  @property({ reflect: true }) mode: 'customer' | 'admin' = 'customer';
  /** The return to show; empty shows the list. */
  @property({ attribute: 'return-id', reflect: true }) returnId = '';
  /** The list's status tab. */
  @property({ reflect: true }) status: Filter = 'all';

  @state() private current?: ReturnView;
  @state() private step: ReturnStatus | '' = '';
  @state() private busy = false;
  @state() private formError = '';
  @state() private message = '';

  private get admin() {
    return this.mode === 'admin';
  }

  private get t() {
    return this.tr(RETURNS_TEXTS);
  }

  private readonly listTask = new Task(this, {
    args: () => [this.returnId ? null : this.status, this.mode] as const,
    task: async ([status, mode], { signal }): Promise<ReturnList | null> => {
      if (status === null) return null;
      const query = { status: status === 'all' ? undefined : status };
      return mode === 'admin' ? this.client.admin.returns.list(query, { signal }) : this.client.returns.list(query, { signal });
    },
  });

  private readonly detailTask = new Task(this, {
    args: () => [this.returnId, this.mode] as const,
    task: async ([id, mode], { signal }) => {
      if (!id) return null;
      const r = mode === 'admin' ? await this.client.admin.returns.get(Number(id), { signal }) : await this.client.returns.get(Number(id), { signal });
      this.show(r);
      return r;
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('returnId')) {
      this.current = undefined;
      this.message = '';
      this.formError = '';
    }
  }

  private show(r: ReturnView) {
    this.current = r;
    this.step = r.next[0] ?? '';
  }

  override render() {
    return this.returnId ? this.renderDetail() : this.renderList();
  }

  // ------------------------------------------------------------------------------------------
  // the list

  private renderList() {
    const t = this.t;
    const counts = this.listTask.value?.counts;
    return html`<div class="page-head"><h2>${this.admin ? t.adminTitle : t.title}</h2>
        <button type="button" @click=${() => this.listTask.run()}>${t.refresh}</button></div>
      <p class="muted">${this.admin ? t.adminIntro : t.intro}</p>
      <ul class="tabs" role="list">${(['all', ...RETURN_STATUSES] as Filter[]).map((s) => html`<li><button type="button" aria-pressed=${this.status === s ? 'true' : 'false'}
        @click=${() => { this.status = s; }}>${s === 'all' ? t.all : t.states[s]}${counts ? html`<span class="count">${counts[s] ?? 0}</span>` : nothing}</button></li>`)}</ul>
      <div part="list">${this.listTask.render({
        pending: () => html`<p class="state muted" role="status">${this.common.loading}</p>`,
        error: (e) => html`<div class="card state" role="alert"><p class="error">${this.errorText(e)}</p>
          <button class="primary" type="button" @click=${() => this.listTask.run()}>${this.common.retry}</button></div>`,
        complete: (list) => (list?.items.length ? this.renderTable(list) : html`<p class="state muted" role="status">${t.empty}</p>`),
      })}</div>`;
  }

  private renderTable(list: ReturnList) {
    const t = this.t;
    const f = this.fmt;
    return html`<div class="table-wrap"><table class="cards">
      <thead><tr><th scope="col">${t.number}</th><th scope="col">${t.order}</th>${this.admin ? html`<th scope="col">${t.company}</th>` : nothing}
        <th scope="col">${t.status}</th><th scope="col">${t.reason}</th><th scope="col" class="num">${t.pieces}</th><th scope="col">${t.created}</th></tr></thead>
      <tbody>${list.items.map((r) => html`<tr data-return=${r.id}>
        <td data-label=${t.number}><a class="row-link" href=${`#/returns/${r.id}`}>${r.number}</a></td>
        <td data-label=${t.order}><a href=${`#/orders/${r.orderId}`}>${r.orderNumber}</a></td>
        ${this.admin ? html`<td data-label=${t.company}>${r.companyName ?? '—'}</td>` : nothing}
        <td data-label=${t.status}><span class="st st-${r.status}">${t.states[r.status]}</span></td>
        <td data-label=${t.reason}>${r.reason}</td>
        <td data-label=${t.pieces} class="num">${f.number(r.pieces)}</td>
        <td data-label=${t.created}>${f.dateTime(r.createdAt)}<br><span class="muted">${r.createdByName}</span></td>
      </tr>`)}</tbody></table></div>`;
  }

  // ------------------------------------------------------------------------------------------
  // one return

  private renderDetail() {
    return html`<div part="detail">${this.detailTask.render({
      pending: () => (this.current ? this.renderReturn(this.current) : html`<p class="state muted" role="status">${this.common.loading}</p>`),
      error: (e) => html`<div class="card state" role="alert"><p class="error">${this.errorText(e)}</p>
        <button class="primary" type="button" @click=${() => this.detailTask.run()}>${this.common.retry}</button></div>`,
      complete: () => (this.current ? this.renderReturn(this.current) : nothing),
    })}</div>`;
  }

  private photoUrl(r: ReturnView, p: ReturnPhoto, receipt = false) {
    if (receipt && r.order) return this.admin ? this.client.admin.returns.receiptPhotoUrl(r.order.id, p.id) : this.client.returns.receiptPhotoUrl(r.order.id, p.id);
    return this.admin ? this.client.admin.returns.photoUrl(r.id, p.id) : this.client.returns.photoUrl(r.id, p.id);
  }

  private photoList(r: ReturnView, photos: ReturnPhoto[], receipt = false) {
    return html`<ul class="photos">${photos.map((p) => {
      const url = this.photoUrl(r, p, receipt);
      return html`<li><a href=${url} target="_blank" rel="noopener"><img src=${url} alt=${p.name} loading="lazy"></a></li>`;
    })}</ul>`;
  }

  private renderReturn(r: ReturnView) {
    const t = this.t;
    const f = this.fmt;
    return html`<article aria-labelledby="return-title">
      <a href="#/returns">← ${t.backToList}</a>
      <div class="page-head"><h2 id="return-title">${t.returnTitle(r.number)}</h2>
        <span class="st st-${r.status}" data-role="return-status">${t.states[r.status]}</span></div>
      <p class="ok" role="status">${this.message}</p>
      <div class="cols">
        <div class="stack">
          <section class="card">
            <dl class="facts">
              <dt>${t.order}</dt><dd>${r.order ? html`<a href=${`#/orders/${r.order.id}`}>${r.order.number}</a>` : '—'}</dd>
              ${this.admin && r.company ? html`<dt>${t.company}</dt><dd>${r.company.name} (${r.company.customerNumber})</dd>` : nothing}
              <dt>${t.createdBy}</dt><dd>${r.createdByName}, ${f.dateTime(r.createdAt)}</dd>
              <dt>${t.reason}</dt><dd>${r.reason}</dd>
              ${r.instructions ? html`<dt>${t.instructions}</dt><dd class="instructions" data-role="instructions">${r.instructions}</dd>` : nothing}
              ${r.creditNote ? html`<dt>${t.creditNote}</dt><dd>${r.creditNote.document} · ${f.money(r.creditNote.amount, r.currency)}</dd>` : nothing}
              ${r.replacementOrder ? html`<dt>${t.replacementOrder}</dt><dd><a href=${`#/orders/${r.replacementOrder.id}`}>${r.replacementOrder.number}</a> (${this.common.status[r.replacementOrder.status]})</dd>` : nothing}
            </dl>
          </section>
          <section class="card" aria-labelledby="return-lines">
            <h3 id="return-lines">${t.lines}</h3>
            <div class="table-wrap"><table class="cards">
              <thead><tr><th scope="col">${t.position}</th><th scope="col">${t.part}</th><th scope="col" class="num">${t.quantity}</th><th scope="col">${t.reason}</th></tr></thead>
              <tbody>${r.lines.map((l) => html`<tr>
                <td data-label=${t.position}>${l.position}</td>
                <td data-label=${t.part}>${l.name}${l.material ? html`<br><span class="muted">${l.material}${l.thickness !== null ? `, ${f.mm(l.thickness)}` : ''}</span>` : nothing}</td>
                <td data-label=${t.quantity} class="num">${f.number(l.quantity)}</td>
                <td data-label=${t.reason}>${t.lineReasons[l.reason]}${l.note ? html`<br><span class="muted">${l.note}</span>` : nothing}</td>
              </tr>`)}</tbody></table></div>
          </section>
          <section class="card" part="photos" aria-labelledby="return-photos">
            <h3 id="return-photos">${t.photos}</h3>
            ${r.photos.length ? this.photoList(r, r.photos) : html`<p class="muted">${t.noPhotos}</p>`}
            ${r.receiptPhotos.length ? html`<h4>${t.receiptPhotos}</h4>${this.photoList(r, r.receiptPhotos, true)}` : nothing}
            ${!this.admin && r.status !== 'closed' ? this.renderAddPhotos(r) : nothing}
          </section>
        </div>
        <div class="stack">
          ${this.admin ? this.renderStep(r) : nothing}
          <section class="card" aria-labelledby="return-history">
            <h3 id="return-history">${t.history}</h3>
            <ol class="history">${r.history.map((h) => html`<li>
              <time datetime=${new Date(h.at).toISOString()}>${f.dateTime(h.at)}</time> <span class="who">· ${h.actor} (${t.side[h.side]})</span><br>
              ${h.toStatus ? html`<strong>${h.fromStatus ? `${t.states[h.fromStatus]} → ` : ''}${t.states[h.toStatus]}</strong>` : nothing}
              ${h.note ? html`<div>${h.note}</div>` : nothing}</li>`)}</ol>
          </section>
        </div>
      </div>
    </article>`;
  }

  private renderAddPhotos(r: ReturnView) {
    const t = this.t;
    return html`<form class="step" @submit=${(e: SubmitEvent) => this.addPhotos(e, r)}>
      <label><span>${t.addPhotos}</span><input type="file" name="photos" accept="image/png,image/jpeg,image/gif,image/webp" multiple required></label>
      ${this.formError ? html`<p class="error" role="alert">${this.formError}</p>` : nothing}
      <div><button type="submit" ?disabled=${this.busy}>${this.busy ? this.common.loading : t.addPhotosButton}</button></div>
    </form>`;
  }

  private renderStep(r: ReturnView) {
    const t = this.t;
    if (!r.next.length) return html`<section class="card"><p class="muted">${t.noNextStep}</p></section>`;
    const suggested = r.lines.reduce((s, l) => s + l.quantity * l.unitPrice, 0);
    return html`<section class="card" part="step" aria-labelledby="return-step">
      <h3 id="return-step">${t.nextStep}</h3>
      <form class="step" @submit=${(e: SubmitEvent) => this.applyStep(e, r)}>
        <fieldset class="choices"><legend class="sr-only">${t.nextStep}</legend>
          ${r.next.map((s) => html`<label><input type="radio" name="status" value=${s} .checked=${this.step === s}
            @change=${() => { this.step = s; this.formError = ''; }}>${t.actions[s]}</label>`)}
        </fieldset>
        ${this.step === 'accepted' ? html`<label><span>${t.instructions}</span><textarea name="instructions" rows="3" maxlength="2000" required></textarea>
          <span>${t.instructionsHint}</span></label>` : nothing}
        ${this.step === 'credited' ? html`<label><span>${t.creditAmount}</span><input name="creditAmount" inputmode="decimal" .value=${toEuros(suggested)}>
          <span>${t.creditHint(this.fmt.money(suggested, r.currency))}</span></label>` : nothing}
        <label><span>${t.note}</span><textarea name="note" rows="2" maxlength="2000"></textarea></label>
        ${this.formError ? html`<p class="error" role="alert">${this.formError}</p>` : nothing}
        <div><button class="primary" type="submit" ?disabled=${this.busy || !this.step}>${this.busy ? this.common.loading : t.apply}</button></div>
      </form>
    </section>`;
  }

  private async run(work: () => Promise<ReturnView>, done: (r: ReturnView) => string) {
    this.busy = true;
    this.formError = '';
    try {
      const r = await work();
      this.show(r);
      this.message = done(r);
      this.emit('kerf-return-change', { return: r });
    } catch (err) {
      this.formError = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }

  private applyStep(e: SubmitEvent, r: ReturnView) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const status = this.step as ReturnStatus;
    const text = (k: string) => String(data.get(k) ?? '').trim() || undefined;
    const amount = status === 'credited' ? toCents(String(data.get('creditAmount') ?? '')) : undefined;
    if (amount !== undefined && !(amount > 0)) {
      this.formError = this.t.creditAmount;
      return;
    }
    void this.run(
      () => this.client.admin.returns.setStatus(r.id, { status, instructions: text('instructions'), note: text('note'), creditAmount: amount }),
      (x) => { form.reset(); return this.t.statusChanged(this.t.states[x.status]); },
    );
  }

  private addPhotos(e: SubmitEvent, r: ReturnView) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const files = [...((form.elements.namedItem('photos') as HTMLInputElement).files ?? [])];
    if (!files.length) return;
    void this.run(() => this.client.returns.addPhotos(r.id, files), () => { form.reset(); return this.t.photosAdded(files.length); });
  }
}
