import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { OutboxMail } from '../../sdk/client/types.js';
import { pageStyles } from '../back-office/admin-shared.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { styles } from './admin-outbox.styles.js';
import { TEXTS } from './translations.js';

type Filter = OutboxMail['status'] | '';
const tone = (s: OutboxMail['status']) => (s === 'sent' ? 'ok' : s === 'failed' ? 'bad' : 'wait');

declare global {
  interface HTMLElementTagNameMap { 'kerf-admin-outbox': KerfAdminOutbox }
}

/**
 * Every notification mail the portal wrote (order status, approvals, invitations, access
 * requests, …): status (waiting, sending, sent, failed), recipient, kind, subject, when it was
 * written and sent, attempts and the last delivery error; filtered by status. A mail's text opens
 * in a dialog.
 *
 * @summary Back office: the mail outbox.
 * @csspart filters - The status filter.
 * @csspart list - The table of mails.
 * @csspart dialog - The dialog showing one mail.
 * @cssprop --kerf-admin-outbox-mail-background - Background of a mail's text (default the surface-2 token).
 * @example
 * ```html
 * <kerf-admin-outbox status="failed"></kerf-admin-outbox>
 * ```
 */
export class KerfAdminOutbox extends ApiElement {
  static override styles = [tokens, controls, pageStyles, styles];

  /** Show only mails with this status; empty = all. */
  @property({ reflect: true }) status: Filter = '';
  /** How many mails to list (newest first, at most 500). */
  @property({ type: Number }) limit = 200;

  @state() private shown?: OutboxMail;
  @query('dialog') private dialog?: HTMLDialogElement;
  private opener?: HTMLElement;

  private readonly listTask = new Task(this, {
    args: () => [this.status, this.limit] as const,
    task: async ([status, limit], { signal }) => (await this.client.admin.outbox.list({ status: status || undefined, limit }, { signal })).items,
  });

  override render() {
    const t = this.tr(TEXTS);
    return html`<div class="page-head"><h2>${t.title}</h2></div>
      <p class="muted">${t.intro}</p>
      <div class="filters" part="filters">
        <label><span>${t.filter}</span><select name="status" @change=${(e: Event) => { this.status = (e.target as HTMLSelectElement).value as Filter; }}>
          <option value="" ?selected=${!this.status}>${t.all}</option>
          ${(['waiting', 'sending', 'sent', 'failed'] as const).map((s) => html`<option value=${s} ?selected=${this.status === s}>${t.states[s]}</option>`)}
        </select></label>
        <button type="button" @click=${() => this.listTask.run()}>${t.refresh}</button>
      </div>
      <div part="list">${this.listTask.render({
        pending: () => html`<p class="state muted" role="status">${this.common.loading}</p>`,
        error: (e) => html`<div class="card state" role="alert"><p class="error">${this.errorText(e)}</p>
          <button class="primary" type="button" @click=${() => this.listTask.run()}>${this.common.retry}</button></div>`,
        complete: (items) => (items.length ? this.renderTable(items) : html`<p class="state muted" role="status">${t.empty}</p>`),
      })}</div>
      ${this.renderDialog()}`;
  }

  private renderTable(items: OutboxMail[]) {
    const t = this.tr(TEXTS);
    const f = this.fmt;
    return html`<p class="sr-only" role="status">${t.shown(items.length)}</p>
      <div class="table-wrap"><table class="cards">
      <thead><tr><th scope="col">${t.status}</th><th scope="col">${t.created}</th><th scope="col">${t.to}</th><th scope="col">${t.kind}</th>
        <th scope="col">${t.subject}</th><th scope="col">${t.sent}</th><th scope="col" class="num">${t.attempts}</th><th scope="col">${t.lastError}</th></tr></thead>
      <tbody>${items.map((m) => html`<tr data-mail=${m.id} data-status=${m.status}>
        <td data-label=${t.status}><span class="status ${tone(m.status)}">${t.states[m.status]}</span></td>
        <td data-label=${t.created}>${f.dateTime(m.createdAt)}</td>
        <td data-label=${t.to}>${m.to}</td>
        <td data-label=${t.kind}><span class="kind">${m.kind}</span></td>
        <td data-label=${t.subject} class="subject"><button type="button" aria-label=${t.viewMail(m.subject)} @click=${(e: Event) => this.open(m, e)}>${t.view}</button> ${m.subject}</td>
        <td data-label=${t.sent}>${m.sentAt ? f.dateTime(m.sentAt) : '—'}</td>
        <td data-label=${t.attempts} class="num">${f.number(m.attempts)}</td>
        <td data-label=${t.lastError} class=${m.lastError ? 'err' : ''}>${m.lastError ?? '—'}</td>
      </tr>`)}</tbody></table></div>`;
  }

  private async open(m: OutboxMail, e: Event) {
    this.opener = e.currentTarget as HTMLElement;
    this.shown = m;
    await this.updateComplete;
    this.dialog?.showModal();
  }

  private renderDialog() {
    const t = this.tr(TEXTS);
    const m = this.shown;
    return html`<dialog part="dialog" aria-labelledby="mail-subject" @close=${() => { this.opener?.focus(); }}>
      ${m ? html`<div class="dialog-head"><h3 id="mail-subject">${m.subject}</h3>
          <form method="dialog"><button autofocus>${this.common.close}</button></form></div>
        <dl class="facts">
          <dt>${t.to}</dt><dd>${m.to}</dd>
          <dt>${t.kind}</dt><dd class="kind">${m.kind}</dd>
          <dt>${t.status}</dt><dd>${t.states[m.status]}</dd>
          <dt>${t.language}</dt><dd>${m.language}</dd>
          <dt>${t.created}</dt><dd>${this.fmt.dateTime(m.createdAt)}</dd>
          ${m.orderId ? html`<dt>${t.order}</dt><dd><a href=${`#/orders/${m.orderId}`} @click=${() => this.dialog?.close()}>#${m.orderId}</a></dd>` : nothing}
          ${m.lastError ? html`<dt>${t.lastError}</dt><dd class="error">${m.lastError}</dd>` : nothing}
        </dl>
        <pre class="mail">${m.text}</pre>` : nothing}
    </dialog>`;
  }
}
