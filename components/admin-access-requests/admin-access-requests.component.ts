import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AccessApproval, AccessRequest, AdminCompanySummary, AdminUser, Language } from '../../sdk/client/types.js';
import { pageStyles } from '../back-office/admin-shared.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { styles } from './admin-access-requests.styles.js';
import { TEXTS } from './translations.js';

type Decision = 'new' | 'existing' | 'reject';
type Filter = AccessRequest['status'];

declare global {
  interface HTMLElementTagNameMap { 'kerf-admin-access-requests': KerfAdminAccessRequests }
  interface GlobalEventHandlersEventMap {
    'kerf-admin-access-decision': CustomEvent<{ id: number; status: 'approved' | 'rejected'; companyId?: number }>;
  }
}

/**
 * Requests for portal access, pending or decided. A pending request is approved into a new company
 * (name and customer number taken from the request, editable) or into an existing one, or rejected;
 * either way the person is told by e-mail (an approval sends an invitation to set a password).
 *
 * @summary Back office: decide requests for portal access.
 * @csspart filters - The pending/approved/rejected switch.
 * @csspart list - The requests.
 * @csspart decision - The form of the request being decided.
 * @cssprop --kerf-admin-access-requests-accent - The bar beside each request (default the primary token).
 * @fires kerf-admin-access-decision - A request was approved or rejected; `detail.id`, `detail.status`, `detail.companyId`.
 * @example
 * ```html
 * <kerf-admin-access-requests status="pending"></kerf-admin-access-requests>
 * ```
 */
export class KerfAdminAccessRequests extends ApiElement {
  static override styles = [tokens, controls, pageStyles, styles];

  /** Which requests to show. */
  @property({ reflect: true }) status: Filter = 'pending';

  @state() private open: { id: number; mode: Decision } | null = null;
  @state() private busy = false;
  @state() private error = '';
  @state() private message = '';
  @state() private madeCompany: number | null = null;

  private readonly listTask = new Task(this, {
    args: () => [this.status] as const,
    task: async ([status], { signal }) => (await this.client.admin.accessRequests.list({ status }, { signal })).items,
  });

  /** Companies and sales reps for the approval forms, fetched once. */
  private readonly refsTask = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }): Promise<{ companies: AdminCompanySummary[]; staff: AdminUser[] }> => {
      const [c, u] = await Promise.all([this.client.admin.companies.list({ signal }), this.client.admin.users.list({ signal })]);
      return { companies: c.items, staff: u.items.filter((x) => x.staffRole && !x.disabled) };
    },
  });

  override render() {
    const t = this.tr(TEXTS);
    return html`<div class="page-head"><h2>${t.title}</h2></div>
      <div class="tabs" role="group" aria-label=${t.filter} part="filters">
        ${(['pending', 'approved', 'rejected'] as const).map((s) => html`<button type="button" aria-pressed=${this.status === s ? 'true' : 'false'}
          @click=${() => { this.status = s; this.open = null; }}>${t.states[s]}</button>`)}
      </div>
      <div role="status" class="ok">${this.message}${this.madeCompany ? html` <a href=${`#/companies/${this.madeCompany}`}>${t.openCompany}</a>` : nothing}</div>
      <div part="list">${this.listTask.render({
        pending: () => html`<p class="state muted" role="status">${this.common.loading}</p>`,
        error: (e) => html`<div class="card state" role="alert"><p class="error">${this.errorText(e)}</p>
          <button class="primary" type="button" @click=${() => this.listTask.run()}>${this.common.retry}</button></div>`,
        complete: (items) => items.length
          ? html`<ul class="requests">${items.map((r) => this.renderRequest(r))}</ul>`
          : html`<p class="state muted">${t.empty}</p>`,
      })}</div>`;
  }

  private renderRequest(r: AccessRequest) {
    const t = this.tr(TEXTS);
    const open = this.open?.id === r.id ? this.open.mode : null;
    return html`<li class="card" data-request=${r.id}>
      <div class="who"><h3>${r.name}</h3><span class="muted">${r.decidedAt ? t.decided(this.fmt.dateTime(r.decidedAt)) : t.requested(this.fmt.dateTime(r.createdAt))}</span></div>
      <dl class="facts">
        <dt>${t.company}</dt><dd>${r.companyName}</dd>
        <dt>${t.customerNumber}</dt><dd>${r.customerNumber ?? t.none}</dd>
        <dt>${t.email}</dt><dd><a href=${`mailto:${r.email}`}>${r.email}</a></dd>
        <dt>${t.language}</dt><dd>${t.languages[r.language] ?? r.language}</dd>
      </dl>
      ${r.status === 'pending' ? html`<div class="actions">
        <button type="button" aria-expanded=${open === 'new' ? 'true' : 'false'} @click=${() => this.toggle(r.id, 'new')}>${t.intoNew}</button>
        <button type="button" aria-expanded=${open === 'existing' ? 'true' : 'false'} @click=${() => this.toggle(r.id, 'existing')}>${t.intoExisting}</button>
        <button type="button" class="danger" aria-expanded=${open === 'reject' ? 'true' : 'false'} @click=${() => this.toggle(r.id, 'reject')}>${t.reject}</button>
      </div>${open ? html`<div class="decide" part="decision">${this.renderDecision(r, open)}</div>` : nothing}`
        : html`<p><span class="status ${r.status === 'approved' ? 'ok' : 'bad'}">${t.states[r.status]}</span>
          ${r.companyId ? html` <a href=${`#/companies/${r.companyId}`}>${t.openCompany}</a>` : nothing}</p>`}
    </li>`;
  }

  private toggle(id: number, mode: Decision) {
    this.error = '';
    this.open = this.open?.id === id && this.open.mode === mode ? null : { id, mode };
    if (this.open) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.decide input, .decide select, .decide button')?.focus());
  }

  private renderDecision(r: AccessRequest, mode: Decision) {
    const t = this.tr(TEXTS);
    const err = this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing;
    if (mode === 'reject') {
      return html`<p>${t.confirmReject(r.name)}</p>${err}<div class="actions">
        <button type="button" class="danger" ?disabled=${this.busy} @click=${() => this.decide(r, 'reject', {})}>${t.yesReject}</button>
        <button type="button" @click=${() => { this.open = null; }}>${this.common.cancel}</button></div>`;
    }
    return this.refsTask.render({
      pending: () => html`<p class="muted" role="status">${this.common.loading}</p>`,
      error: (e) => html`<p class="error" role="alert">${this.errorText(e)}</p><button type="button" @click=${() => this.refsTask.run()}>${this.common.retry}</button>`,
      complete: ({ companies, staff }) => mode === 'new' ? html`<h4>${t.newCompanyTitle}</h4>
        <form @submit=${(e: SubmitEvent) => this.submitNew(e, r)}><div class="grid">
          <label><span>${t.companyName}</span><input name="name" required minlength="2" maxlength="200" .value=${r.companyName}></label>
          <label><span>${t.customerNumber}</span><input name="customerNumber" required maxlength="40" .value=${r.customerNumber ?? ''}></label>
          <label><span>${t.city}</span><input name="city" maxlength="100"></label>
          <label><span>${t.language}</span><select name="language">${(['en', 'de', 'fr'] as const).map((l) => html`<option value=${l} ?selected=${r.language === l}>${t.languages[l]}</option>`)}</select></label>
          <label><span>${t.salesRep}</span><select name="salesRepId"><option value="">${t.noRep}</option>${staff.map((u) => html`<option value=${u.id}>${u.name}</option>`)}</select></label>
        </div>${err}<div class="actions"><button class="primary" type="submit" ?disabled=${this.busy}>${t.approveNew}</button>
          <button type="button" @click=${() => { this.open = null; }}>${this.common.cancel}</button></div></form>`
        : html`<h4>${t.existingTitle}</h4>
        <form @submit=${(e: SubmitEvent) => this.submitExisting(e, r)}>
          <label><span>${t.chooseCompany}</span><select name="companyId" required>
            ${companies.map((c) => html`<option value=${c.id} ?selected=${!!r.customerNumber && c.customerNumber === r.customerNumber}>${c.name} (${c.customerNumber})</option>`)}</select></label>
          ${err}<div class="actions"><button class="primary" type="submit" ?disabled=${this.busy}>${t.approveExisting}</button>
          <button type="button" @click=${() => { this.open = null; }}>${this.common.cancel}</button></div></form>`,
    });
  }

  private submitNew(e: SubmitEvent, r: AccessRequest) {
    e.preventDefault();
    const d = new FormData(e.target as HTMLFormElement);
    const s = (n: string) => String(d.get(n) ?? '').trim();
    const rep = s('salesRepId');
    void this.decide(r, 'new', {
      company: { name: s('name'), customerNumber: s('customerNumber'), city: s('city'), language: s('language') as Language, salesRepId: rep ? Number(rep) : null },
    });
  }

  private submitExisting(e: SubmitEvent, r: AccessRequest) {
    e.preventDefault();
    const id = Number(new FormData(e.target as HTMLFormElement).get('companyId'));
    void this.decide(r, 'existing', { companyId: id });
  }

  private async decide(r: AccessRequest, mode: Decision, body: AccessApproval) {
    const t = this.tr(TEXTS);
    this.busy = true;
    this.error = '';
    try {
      if (mode === 'reject') {
        await this.client.admin.accessRequests.reject(r.id);
        this.message = t.rejected(r.name);
        this.madeCompany = null;
        this.emit('kerf-admin-access-decision', { id: r.id, status: 'rejected' });
      } else {
        const res = await this.client.admin.accessRequests.approve(r.id, body);
        const name = body.company?.name ?? this.refsTask.value?.companies.find((c) => c.id === res.companyId)?.name ?? '';
        this.message = t.approved(r.name, name);
        this.madeCompany = res.companyId;
        this.emit('kerf-admin-access-decision', { id: r.id, status: 'approved', companyId: res.companyId });
        if (mode === 'new') void this.refsTask.run();
      }
      this.open = null;
      await this.listTask.run();
    } catch (err) {
      this.error = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }
}
