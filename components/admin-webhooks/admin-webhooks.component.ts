import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CreatedWebhook, Webhook, WebhookDelivery, WebhookEventType } from '../../sdk/client/types.js';
import { pageStyles } from '../back-office/admin-shared.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { styles } from './admin-webhooks.styles.js';
import { TEXTS } from './translations.js';

const EVENTS: WebhookEventType[] = ['order.released', 'order.status_changed', 'part.created', 'order.confirmed', 'shipment.created', 'return.status_changed'];
const tone = (s: WebhookDelivery['status']) => (s === 'delivered' ? 'ok' : s === 'failed' ? 'bad' : 'wait');

declare global {
  interface HTMLElementTagNameMap { 'kerf-admin-webhooks': KerfAdminWebhooks }
}

/**
 * The operator's webhooks: create one (URL, events, description) and see its signing secret once
 * with a copy button; enable, disable or delete it; list its deliveries with status, attempts,
 * the last HTTP status and error, and send one again (same event id).
 *
 * @summary Back office: webhooks to the ERP or CAM system.
 * @csspart create - The form for a new webhook.
 * @csspart secret - The new webhook's secret, shown once.
 * @csspart list - The table of webhooks.
 * @csspart deliveries - The table of the selected webhook's deliveries.
 * @cssprop --kerf-admin-webhooks-secret-background - Background of the shown secret (default the surface-2 token).
 * @example
 * ```html
 * <kerf-admin-webhooks webhook-id="3"></kerf-admin-webhooks>
 * ```
 */
export class KerfAdminWebhooks extends ApiElement {
  static override styles = [tokens, controls, pageStyles, styles];

  /** The webhook whose deliveries are shown; empty = the first one. */
  @property({ attribute: 'webhook-id', reflect: true }) webhookId = '';

  @state() private created?: CreatedWebhook;
  @state() private copied = false;
  @state() private busy = false;
  @state() private formError = '';
  @state() private announce = '';

  private readonly listTask = new Task(this, {
    args: () => [] as const,
    task: async (_args, { signal }) => (await this.client.admin.webhooks.list({ signal })).items,
  });

  private readonly deliveriesTask = new Task(this, {
    args: () => [this.selected?.id] as const,
    task: async ([id], { signal }) => (id ? (await this.client.admin.webhooks.deliveries(id, { limit: 100 }, { signal })).items : []),
  });

  private get selected(): Webhook | undefined {
    const items = this.listTask.value ?? [];
    return items.find((h) => String(h.id) === this.webhookId) ?? items[0];
  }

  override render() {
    const t = this.tr(TEXTS);
    return html`<div aria-live="polite" class="sr-only">${this.announce}</div>
      <div class="page-head"><h2>${t.title}</h2></div>
      <p class="muted">${t.intro}</p>
      ${this.renderCreate()}
      ${this.created ? this.renderSecret(this.created) : nothing}
      <div part="list">${this.listTask.render({
        pending: () => html`<p class="state muted" role="status">${this.common.loading}</p>`,
        error: (e) => this.renderError(e, () => this.listTask.run()),
        complete: (items) => (items.length ? this.renderHooks(items) : html`<p class="state muted" role="status">${t.empty}</p>`),
      })}</div>
      ${this.selected ? this.renderDeliveries(this.selected) : nothing}`;
  }

  private renderError(e: unknown, retry: () => void) {
    return html`<div class="card state" role="alert"><p class="error">${this.errorText(e)}</p>
      <button class="primary" type="button" @click=${retry}>${this.common.retry}</button></div>`;
  }

  private renderCreate() {
    const t = this.tr(TEXTS);
    return html`<form class="create card" part="create" @submit=${this.create} aria-labelledby="new-webhook">
      <h3 id="new-webhook">${t.newWebhook}</h3>
      <label><span>${t.url}</span><input name="url" type="url" required placeholder="https://erp.example/hooks/kerf" autocomplete="off"></label>
      <fieldset><legend>${t.events}</legend>
        ${EVENTS.map((e) => html`<label><input type="checkbox" name="events" value=${e} checked> ${t.eventNames[e]} <span class="mono">${e}</span></label>`)}
      </fieldset>
      <label><span>${t.description}</span><input name="description" maxlength="200"></label>
      ${this.formError ? html`<p class="error" role="alert">${this.formError}</p>` : nothing}
      <div><button class="primary" type="submit" ?disabled=${this.busy}>${t.create}</button></div>
    </form>`;
  }

  private renderSecret(hook: CreatedWebhook) {
    const t = this.tr(TEXTS);
    return html`<section class="secret card" part="secret" aria-labelledby="secret-title">
      <h3 id="secret-title">${t.secretTitle}</h3>
      <p>${t.secretText}</p>
      <code data-secret>${hook.secret}</code>
      <button type="button" @click=${() => this.copySecret(hook.secret)}>${this.copied ? t.copied : t.copySecret}</button>
      <button type="button" @click=${() => { this.created = undefined; }}>${this.common.close}</button>
    </section>`;
  }

  private renderHooks(items: Webhook[]) {
    const t = this.tr(TEXTS);
    const f = this.fmt;
    const selected = this.selected;
    return html`<div class="table-wrap"><table class="cards">
      <thead><tr><th scope="col">${t.url}</th><th scope="col">${t.events}</th><th scope="col">${t.status}</th>
        <th scope="col">${t.counts}</th><th scope="col">${t.created2}</th><th scope="col"><span class="sr-only">${this.common.edit}</span></th></tr></thead>
      <tbody>${items.map((h) => html`<tr data-webhook=${h.id} aria-current=${selected?.id === h.id ? 'true' : 'false'}>
        <td data-label=${t.url} class="url">${h.url}${h.description ? html`<br><span class="muted">${h.description}</span>` : nothing}</td>
        <td data-label=${t.events}>${h.events.map((e) => html`<span class="mono">${e}</span> `)}</td>
        <td data-label=${t.status}><span class="status ${h.enabled ? 'ok' : 'wait'}">${h.enabled ? t.enabled : t.disabled}</span></td>
        <td data-label=${t.counts}>${(['delivered', 'waiting', 'failed'] as const).map((s) => html`${t.states[s]} ${f.number(h.counts[s] ?? 0)} `)}</td>
        <td data-label=${t.created2}>${f.dateTime(h.createdAt)}</td>
        <td class="actions">
          <button type="button" aria-label=${t.showDeliveries(h.url)} @click=${() => { this.webhookId = String(h.id); }}>${t.deliveries}</button>
          <button type="button" ?disabled=${this.busy} @click=${() => this.toggle(h)}>${h.enabled ? t.disable : t.enable}</button>
          <button type="button" class="danger" aria-label=${t.remove(h.url)} ?disabled=${this.busy} @click=${() => this.deleteHook(h)}>${this.common.delete}</button>
        </td>
      </tr>`)}</tbody></table></div>`;
  }

  private renderDeliveries(hook: Webhook) {
    const t = this.tr(TEXTS);
    const f = this.fmt;
    return html`<section part="deliveries" aria-labelledby="deliveries-title">
      <div class="page-head"><h3 id="deliveries-title">${t.deliveriesOf(hook.url)}</h3>
        <button type="button" @click=${() => { this.listTask.run(); this.deliveriesTask.run(); }}>${t.refresh}</button></div>
      ${this.deliveriesTask.render({
        pending: () => html`<p class="state muted" role="status">${this.common.loading}</p>`,
        error: (e) => this.renderError(e, () => this.deliveriesTask.run()),
        complete: (items) => (items.length ? html`<div class="table-wrap"><table class="cards">
          <thead><tr><th scope="col">${t.status}</th><th scope="col">${t.event}</th><th scope="col">${t.created}</th><th scope="col" class="num">${t.attempts}</th>
            <th scope="col">${t.lastStatus}</th><th scope="col">${t.lastError}</th><th scope="col"><span class="sr-only">${t.sendAgain}</span></th></tr></thead>
          <tbody>${items.map((d) => html`<tr data-delivery=${d.id} data-status=${d.status}>
            <td data-label=${t.status}><span class="status ${tone(d.status)}">${t.states[d.status]}</span>${d.status === 'waiting' && d.attempts
              ? html`<br><span class="muted">${t.nextAttempt} ${f.dateTime(d.nextAttemptAt)}</span>` : nothing}</td>
            <td data-label=${t.event}><span class="mono">${d.event}</span><br><span class="mono muted" title=${t.eventId}>${d.eventId}</span></td>
            <td data-label=${t.created}>${f.dateTime(d.createdAt)}</td>
            <td data-label=${t.attempts} class="num">${f.number(d.attempts)}</td>
            <td data-label=${t.lastStatus}>${d.lastStatus ?? '—'}</td>
            <td data-label=${t.lastError} class=${d.lastError ? 'err' : ''}>${d.lastError ?? '—'}</td>
            <td class="actions"><button type="button" aria-label=${t.sendAgainLabel(d.eventId)} ?disabled=${this.busy || d.status === 'sending'}
              @click=${() => this.resend(d)}>${t.sendAgain}</button></td>
          </tr>`)}</tbody></table></div>` : html`<p class="state muted" role="status">${t.noDeliveries}</p>`),
      })}
    </section>`;
  }

  private async create(e: SubmitEvent) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const events = data.getAll('events') as WebhookEventType[];
    this.formError = '';
    this.busy = true;
    try {
      this.created = await this.client.admin.webhooks.create({
        url: String(data.get('url') ?? '').trim(), events, description: String(data.get('description') ?? '').trim(),
      });
      this.copied = false;
      this.webhookId = String(this.created.id);
      form.reset();
      this.listTask.run();
    } catch (err) {
      this.formError = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }

  private async copySecret(secret: string) {
    try {
      await navigator.clipboard.writeText(secret);
      this.copied = true;
      this.announce = this.tr(TEXTS).copied;
    } catch {
      // no clipboard (insecure origin, denied): select the text so Ctrl+C works
      const code = this.renderRoot.querySelector('[data-secret]');
      if (code) getSelection()?.selectAllChildren(code);
    }
  }

  private async toggle(h: Webhook) {
    await this.act(() => this.client.admin.webhooks.patch(h.id, { enabled: !h.enabled }));
  }

  private async deleteHook(h: Webhook) {
    if (!confirm(this.tr(TEXTS).confirmDelete(h.url))) return;
    await this.act(async () => {
      await this.client.admin.webhooks.delete(h.id);
      if (this.webhookId === String(h.id)) this.webhookId = '';
    });
  }

  private async resend(d: WebhookDelivery) {
    await this.act(async () => {
      const r = await this.client.admin.webhooks.resend(d.id);
      this.announce = this.tr(TEXTS).sent(this.tr(TEXTS).states[r.status]);
    });
  }

  /** One change, then both lists again; a failure is announced, the lists stay. */
  private async act(fn: () => Promise<unknown>) {
    this.busy = true;
    try {
      await fn();
    } catch (err) {
      this.announce = this.errorText(err);
    } finally {
      this.busy = false;
      this.listTask.run();
      this.deliveriesTask.run();
    }
  }
}
