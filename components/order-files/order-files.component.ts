import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { OrderAttachment } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { orderFilesStyles } from './order-files.styles.js';
import { ORDER_FILES_TEXTS } from './translations.js';

/** What the server takes (services/files.ts): 20 MB each. */
const LIMIT = 20 * 1024 * 1024;

declare global {
  interface HTMLElementTagNameMap {
    'kerf-order-files': KerfOrderFiles;
  }
  interface GlobalEventHandlersEventMap {
    /** A file was attached to an order. */
    'kerf-order-file-added': CustomEvent<{ orderId: number; attachment: OrderAttachment }>;
  }
}

/**
 * The files on one order (issue [8]): forgotten drawings, photos, documents, added by the customer
 * or the shop at any time, listed with who (side and name) and when, each downloadable; and a
 * form to add one (PDF, images, DXF; 20 MB each — the server checks the type from the bytes).
 *
 * @summary Files on an order: list, download, upload.
 *
 * @fires kerf-order-file-added - after a file was attached; `detail.attachment`.
 *
 * @csspart list - the table of files.
 * @csspart form - the upload form.
 *
 * @example
 * ```html
 * <kerf-order-files order-id="12"></kerf-order-files>
 * <kerf-order-files order-id="12" side="shop"></kerf-order-files>
 * ```
 */
export class KerfOrderFiles extends ApiElement {
  static override styles = [tokens, controls, orderFilesStyles];

  /** The order whose files to show. */
  @property({ type: Number, attribute: 'order-id' }) orderId?: number;
  /** Whose view: `customer` (`/api/orders/…`) or `shop` (`/api/admin/orders/…`). */
  @property({ reflect: true }) side: 'customer' | 'shop' = 'customer';

  @state() private uploading = false;
  @state() private uploadError = '';
  @state() private announce = '';

  private files = new Task<[number | undefined, string, unknown], OrderAttachment[]>(this, {
    task: async ([id, side], { signal }) => (id ? (await this.ordersApi(side as 'customer' | 'shop').attachments(id, { signal })).items : []),
    args: () => [this.orderId, this.side, this.handle?.client],
  });

  private ordersApi(side: 'customer' | 'shop' = this.side) {
    return side === 'shop' ? this.client.admin.orders : this.client.orders;
  }

  private get t() {
    return this.tr(ORDER_FILES_TEXTS);
  }

  private size(bytes: number): string {
    const f = this.fmt;
    return bytes >= 1048576 ? `${f.number(bytes / 1048576, 1)} MB` : `${f.number(Math.max(1, Math.round(bytes / 1024)))} KB`;
  }

  private failure(e: unknown): string {
    const code = (e as { code?: string })?.code as keyof typeof this.t.errors | undefined;
    return (code && this.t.errors[code]) || this.errorText(e);
  }

  private async upload(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (!file || !this.orderId) return;
    this.uploadError = '';
    this.announce = '';
    if (file.size > LIMIT) {
      this.uploadError = this.t.errors.FILE_TOO_LARGE;
      return;
    }
    this.uploading = true;
    try {
      const attachment = await this.ordersApi().attach(this.orderId, file, { fileName: file.name });
      form.reset();
      this.announce = this.t.uploaded(attachment.name);
      this.files.run();
      this.emit('kerf-order-file-added', { orderId: this.orderId, attachment });
    } catch (err) {
      this.uploadError = this.failure(err);
    } finally {
      this.uploading = false;
    }
  }

  private table(items: OrderAttachment[]) {
    const t = this.t;
    if (!items.length) return html`<p class="muted">${t.empty}</p>`;
    return html`<div class="table-wrap"><table part="list">
      <thead><tr><th scope="col">${t.name}</th><th scope="col" class="num">${t.size}</th><th scope="col">${t.by}</th><th scope="col">${t.when}</th></tr></thead>
      <tbody>${items.map((a) => html`<tr data-side=${a.side}>
        <td><a href=${this.ordersApi().attachmentUrl(this.orderId!, a.id)} download=${a.name} aria-label=${t.download(a.name)}>${a.name}</a></td>
        <td class="num">${this.size(a.size)}</td>
        <td>${a.uploadedBy} <span class="muted">(${t.sides[a.side]})</span></td>
        <td><time datetime=${new Date(a.createdAt).toISOString()}>${this.fmt.dateTime(a.createdAt)}</time></td>
      </tr>`)}</tbody></table></div>`;
  }

  override render() {
    const t = this.t;
    const items = this.files.value ?? [];
    return html`<section aria-labelledby="files-title">
      <h3 id="files-title">${t.title} ${items.length ? html`<span class="badge">${items.length}</span>` : nothing}</h3>
      ${this.files.render({
        initial: () => nothing,
        pending: () => (this.files.value ? this.table(this.files.value) : html`<p class="muted" role="status">${this.common.loading}</p>`),
        error: (e) => html`<div role="alert"><p class="error">${this.errorText(e)}</p><button type="button" @click=${() => this.files.run()}>${this.common.retry}</button></div>`,
        complete: (list) => this.table(list),
      })}
      <form part="form" @submit=${this.upload}>
        <label><span>${t.choose}</span>
          <input type="file" name="file" required accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.dxf,application/pdf,image/png,image/jpeg,image/gif,image/webp"
            aria-describedby="files-hint" aria-invalid=${this.uploadError ? 'true' : 'false'}></label>
        <p id="files-hint" class="hint muted">${t.hint}</p>
        ${this.uploadError ? html`<p class="error" role="alert">${this.uploadError}</p>` : nothing}
        <div class="actions"><button type="submit" ?disabled=${this.uploading}>${this.uploading ? t.uploading : t.upload}</button>
          <span class="ok" role="status">${this.announce}</span></div>
      </form>
    </section>`;
  }
}
