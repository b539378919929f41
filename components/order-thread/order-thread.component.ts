import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { OrderMessage } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { orderThreadStyles } from './order-thread.styles.js';
import { ORDER_THREAD_TEXTS } from './translations.js';

declare global {
  interface HTMLElementTagNameMap {
    'kerf-order-thread': KerfOrderThread;
  }
  interface GlobalEventHandlersEventMap {
    /** The thread of an order was shown, so its messages are read now. */
    'kerf-thread-read': CustomEvent<{ orderId: number }>;
    /** A message was posted on an order's thread. */
    'kerf-message-sent': CustomEvent<{ orderId: number; message: OrderMessage }>;
  }
}

/**
 * The message thread of one order between the customer and the shop (issue [8]): the messages,
 * oldest first, each with its side, author and time, and a form to write. Showing the thread marks
 * it read; a message mails the other side (the company's sales rep, or the orderer).
 *
 * @summary An order's message thread.
 *
 * @fires kerf-thread-read - after the thread was loaded (and so marked read); `detail.orderId`.
 * @fires kerf-message-sent - after a message was posted; `detail.message`.
 *
 * @csspart messages - the list of messages.
 * @csspart form - the form to write a message.
 *
 * @cssprop --kerf-order-thread-mine - the background of one's own side's messages (default the second surface).
 *
 * @example
 * ```html
 * <kerf-order-thread order-id="12"></kerf-order-thread>
 * <kerf-order-thread order-id="12" side="shop"></kerf-order-thread>
 * ```
 */
export class KerfOrderThread extends ApiElement {
  static override styles = [tokens, controls, orderThreadStyles];

  /** The order whose thread to show. */
  @property({ type: Number, attribute: 'order-id' }) orderId?: number;
  /** Whose view: `customer` (the portal, `/api/orders/…`) or `shop` (the back office, `/api/admin/orders/…`). */
  @property({ reflect: true }) side: 'customer' | 'shop' = 'customer';

  @state() private announce = '';
  @state() private postError = '';
  @state() private posting = false;

  private thread = new Task<[number | undefined, string, unknown], OrderMessage[]>(this, {
    task: async ([id, side], { signal }) => {
      if (!id) return [];
      const api = side === 'shop' ? this.client.admin.orders : this.client.orders;
      return (await api.messages(id, { signal })).items;
    },
    args: () => [this.orderId, this.side, this.handle?.client],
    onComplete: () => { if (this.orderId) this.emit('kerf-thread-read', { orderId: this.orderId }); },
  });

  private get t() {
    return this.tr(ORDER_THREAD_TEXTS);
  }

  /** Load the thread again (and mark it read). */
  reload(): void {
    this.thread.run();
  }

  private async send(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const body = String(new FormData(form).get('body') ?? '').trim();
    if (!body || !this.orderId) return;
    this.posting = true;
    this.postError = '';
    try {
      const api = this.side === 'shop' ? this.client.admin.orders : this.client.orders;
      const message = await api.postMessage(this.orderId, body);
      form.reset();
      this.announce = this.t.sent;
      this.thread.run();
      this.emit('kerf-message-sent', { orderId: this.orderId, message });
    } catch (err) {
      this.postError = this.errorText(err);
    } finally {
      this.posting = false;
    }
  }

  private list(items: OrderMessage[]) {
    const t = this.t;
    if (!items.length) return html`<p class="muted">${t.empty(this.side)}</p>`;
    return html`<ol part="messages" aria-label=${t.title}>${items.map((m) => html`<li class=${m.mine ? 'mine' : ''} data-side=${m.side}>
      <div class="meta"><strong>${m.author}</strong><span>${t.sides[m.side]}${m.mine ? ` (${t.you})` : ''}</span>
        <time datetime=${new Date(m.createdAt).toISOString()}>${this.fmt.dateTime(m.createdAt)}</time></div>
      <p class="body">${m.body}</p></li>`)}</ol>`;
  }

  override render() {
    const t = this.t;
    const items = this.thread.value ?? [];
    return html`<section aria-labelledby="thread-title">
      <h3 id="thread-title">${t.title} ${items.length ? html`<span class="badge">${items.length}</span>` : nothing}</h3>
      ${this.thread.render({
        initial: () => nothing,
        pending: () => (this.thread.value ? this.list(this.thread.value) : html`<p class="muted" role="status">${this.common.loading}</p>`),
        error: (e) => html`<div role="alert"><p class="error">${this.errorText(e)}</p><button type="button" @click=${() => this.thread.run()}>${this.common.retry}</button></div>`,
        complete: (list) => this.list(list),
      })}
      ${this.thread.status !== TaskStatus.ERROR ? html`<form part="form" @submit=${this.send}>
        <label><span>${t.label(this.side)}</span><textarea name="body" rows="3" maxlength="4000" required></textarea></label>
        ${this.postError ? html`<p class="error" role="alert">${this.postError}</p>` : nothing}
        <div class="actions"><button type="submit" class="primary" ?disabled=${this.posting}>${this.posting ? t.sending : t.send}</button>
          <span class="ok" role="status">${this.announce}</span></div>
      </form>` : nothing}
    </section>`;
  }
}
