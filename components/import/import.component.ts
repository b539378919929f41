import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import type { CatalogView, ImportRow, ImportRowPatch, ImportView } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { styles } from './import.styles.js';
import { TEXTS, type ImportColumn } from './translations.js';

/** The server's limit of one upload (API contract of issue [5]); larger uploads are refused before they are sent. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
/** How often the import is read while its rows are calculated. */
const POLL_MS = 500;
/** Row errors that a changed field (not a new drawing) fixes; every other code is about the drawing. */
const FIELD_CODES = new Set(['UNKNOWN_MATERIAL', 'UNAVAILABLE_THICKNESS', 'INVALID_THICKNESS', 'INVALID_QUANTITY', 'DUPLICATE_ARTICLE_NUMBER', 'MISSING_NAME']);
const COLUMNS: ImportColumn[] = ['row', 'articleNumber', 'name', 'material', 'thickness', 'quantity', 'drawing', 'status', 'cutLength', 'pierces', 'weight', 'unitPrice', 'messages'];
const NUMERIC = new Set<ImportColumn>(['row', 'thickness', 'quantity', 'cutLength', 'pierces', 'weight', 'unitPrice']);

type Filter = 'all' | 'ok' | 'error';
type Boot = 'forbidden' | 'empty' | 'loaded';

const ext = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** Waits `ms`, or rejects when the signal aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });
}

/**
 * Bulk import of parts: drop a sheet (.xlsx or .csv) and the drawings it names (.dxf files or one
 * .zip), watch the rows being calculated on the server, fix the rows with errors in place
 * (material, thickness, quantity, name, article number, or a new drawing), and take the good rows
 * into the parts library with one click. Needs the `import` right; without it, a plain message.
 *
 * It shows the import named by `import-id`, else the company's latest import that is still open
 * (calculating or ready), so a reload or a second visit resumes where the user left off.
 *
 * @summary Import many parts at once from a sheet and its drawings.
 *
 * @fires kerf-import-committed - The ready rows became parts: `{ created, partIds }` (created is 0 when they were taken before).
 * @fires kerf-navigate - "Open the parts library" was chosen: `{ href: '#/parts' }` (cancelable: the link is followed unless prevented).
 *
 * @csspart dropzone - Where the sheet and the drawings are dropped or chosen.
 * @csspart progress - The progress bar and its "done of total" text.
 * @csspart filters - The filters all / ready / with errors.
 * @csspart table - The table of rows.
 * @csspart commit - The commit button and its result.
 * @csspart message - The plain message for a user without the import right.
 *
 * @cssprop --kerf-import-drop-bg - Background of the drop zone (default the surface-2 colour).
 * @cssprop --kerf-import-drop-active - Border colour of the drop zone while files are dragged over it (default the primary colour).
 *
 * @example
 * <kerf-import api="https://portal.example.com" lang="de"></kerf-import>
 * <script>
 *   document.addEventListener('kerf-import-committed', (e) => console.log(`${e.detail.created} new parts`));
 * </script>
 */
export class KerfImport extends ApiElement {
  static override styles = styles;

  /** Show this import (its id) instead of the company's latest open one. */
  @property({ type: Number, attribute: 'import-id' }) importId?: number;

  @state() private view: ImportView | null = null;
  @state() private sheet: File | null = null;
  @state() private drawings: File[] = [];
  @state() private pickNotes: string[] = [];
  @state() private dragging = false;
  @state() private uploading = false;
  /** An import was just created and its first view is on the way. */
  @state() private awaiting = false;
  @state() private uploadError: unknown = null;
  @state() private pollError: unknown = null;
  @state() private filter: Filter = 'all';
  @state() private rowBusy: Record<number, boolean> = {};
  @state() private notice: { text: string; error?: boolean } | null = null;
  @state() private catalog: CatalogView | null = null;
  @state() private committing = false;
  @state() private commitError: unknown = null;
  @state() private committed: { created: number; partIds: number[] } | null = null;

  @query('input.picker') private picker!: HTMLInputElement;

  private pollCtl?: AbortController;
  private uploadCtl?: AbortController;
  private catalogLoading = false;
  /** The import being followed (to try again when its first view did not come). */
  private followingId?: number;

  private readonly boot = new Task(this, {
    task: async ([importId], { signal }): Promise<Boot> => {
      this.stopPolling();
      await this.ensureSession(signal);
      if (!this.hasRight('import')) return 'forbidden';
      let id = importId;
      if (!id) {
        const { items } = await this.client.imports.list({ signal });
        id = items.find((i) => i.status === 'processing' || i.status === 'ready')?.id;
      }
      if (!id) {
        this.view = null;
        return 'empty';
      }
      this.show(await this.client.imports.get(id, { signal }));
      return 'loaded';
    },
    args: () => [this.importId, this.handle?.session?.activeCompanyId] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // back in the page while the rows were being calculated: follow them again
    if (this.hasUpdated && this.view?.status === 'processing') void this.follow(this.view.id);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPolling();
    this.uploadCtl?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // another company (or a new sign-in) must not see this one's import
    if (changed.has('handle' as keyof KerfImport)) this.ownSession = null;
  }

  private get t() {
    return this.tr(TEXTS);
  }

  // ---- state -----------------------------------------------------------------------------

  /** Take an import view from the server; keeps following it while its rows are calculated. */
  private show(v: ImportView) {
    this.view = v;
    if (v.status === 'processing' && !this.pollCtl) void this.follow(v.id);
    if (v.status !== 'failed' && !this.catalog) void this.loadCatalog();
  }

  private stopPolling() {
    this.pollCtl?.abort();
    this.pollCtl = undefined;
  }

  /** Read the import every POLL_MS until its rows are calculated (aborted on disconnect or a newer import). */
  private async follow(id: number) {
    this.stopPolling();
    this.followingId = id;
    const ctl = (this.pollCtl = new AbortController());
    const signal = ctl.signal;
    this.pollError = null;
    try {
      let v = this.view?.id === id ? this.view : await this.client.imports.get(id, { signal });
      this.view = v;
      this.awaiting = false;
      while (v.status === 'processing') {
        await sleep(POLL_MS, signal);
        v = await this.client.imports.get(id, { signal });
        this.view = v;
      }
      if (v.status !== 'failed' && !this.catalog) void this.loadCatalog();
    } catch (e) {
      if (!signal.aborted) {
        this.pollError = e;
        this.awaiting = false;
      }
    } finally {
      if (this.pollCtl === ctl) this.pollCtl = undefined;
    }
  }

  /** The materials and thicknesses for the fixes (and the currency of the prices). */
  private async loadCatalog() {
    if (this.catalogLoading) return;
    this.catalogLoading = true;
    try {
      this.catalog = await this.client.quoting.catalog();
    } catch {
      // the fixes fall back to plain text fields; the next view tries again
    } finally {
      this.catalogLoading = false;
    }
  }

  private get uploadBytes(): number {
    return (this.sheet?.size ?? 0) + this.drawings.reduce((s, f) => s + f.size, 0);
  }

  private size(bytes: number): string {
    const f = this.fmt;
    if (bytes < 1024 * 1024) return `${f.number(Math.max(1, Math.ceil(bytes / 1024)))} kB`;
    return `${f.number(bytes / (1024 * 1024), 1)} MB`;
  }

  /** A plain text for an error of the upload: its size limit in the same words as the client-side check. */
  private uploadMessage(e: unknown): string {
    const code = (e as { code?: string })?.code;
    if (code === 'FILE_TOO_LARGE' || code === 'PAYLOAD_TOO_LARGE') return this.t.tooLarge(this.size(this.uploadBytes));
    return this.errorText(e);
  }

  // ---- choosing files --------------------------------------------------------------------

  private addFiles(list: FileList | File[] | null) {
    const notes: string[] = [];
    let drawings = [...this.drawings];
    for (const f of Array.from(list ?? [])) {
      const x = ext(f.name);
      if (x === 'xlsx' || x === 'csv') {
        if (this.sheet && this.sheet.name !== f.name) notes.push(this.t.replaced(f.name));
        this.sheet = f;
      } else if (x === 'dxf' || x === 'zip') {
        drawings = [...drawings.filter((d) => d.name !== f.name), f];
      } else {
        notes.push(this.t.leftOut(f.name));
      }
    }
    this.drawings = drawings;
    this.pickNotes = notes;
    this.uploadError = null;
  }

  private onPick(e: Event) {
    const input = e.target as HTMLInputElement;
    this.addFiles(input.files);
    input.value = '';
  }

  private onDragOver(e: DragEvent) {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private onDrop(e: DragEvent) {
    e.preventDefault();
    this.dragging = false;
    this.addFiles(e.dataTransfer?.files ?? null);
  }

  private removeFile(f: File) {
    if (f === this.sheet) this.sheet = null;
    else this.drawings = this.drawings.filter((d) => d !== f);
  }

  // ---- actions ---------------------------------------------------------------------------

  private async upload() {
    const sheet = this.sheet;
    if (!sheet || this.uploading) return;
    this.uploadError = null;
    if (this.uploadBytes > MAX_UPLOAD_BYTES) {
      this.uploadError = { code: 'FILE_TOO_LARGE' };
      return;
    }
    this.uploadCtl?.abort();
    const ctl = (this.uploadCtl = new AbortController());
    this.uploading = true;
    try {
      const { id } = await this.client.imports.create(sheet, this.drawings, { signal: ctl.signal });
      this.committed = null;
      this.filter = 'all';
      this.notice = null;
      this.stopPolling();
      this.view = null;
      this.awaiting = true;
      void this.follow(id);
      this.sheet = null;
      this.drawings = [];
      this.pickNotes = [];
    } catch (e) {
      if (!ctl.signal.aborted) this.uploadError = e;
    } finally {
      this.uploading = false;
    }
  }

  /** Put a row the server answered into the view, with the counts it changes. */
  private replaceRow(row: ImportRow) {
    const v = this.view;
    if (!v) return;
    const rows = v.rows.map((r) => (r.id === row.id ? row : r));
    const counts = { ok: 0, error: 0, pending: 0, committed: 0 };
    for (const r of rows) counts[r.status]++;
    this.view = { ...v, rows, counts };
    this.notice = row.status === 'ok'
      ? { text: this.t.rowOk(row.row) }
      : row.status === 'error' ? { text: this.t.rowStillBad(row.row, row.messages.filter((m) => m.severity !== 'warning').map((m) => m.message).join(' ')), error: true } : null;
  }

  private async fixRow(row: ImportRow, patch: ImportRowPatch) {
    const v = this.view;
    if (!v) return;
    this.rowBusy = { ...this.rowBusy, [row.id]: true };
    try {
      this.replaceRow(await this.client.imports.patchRow(v.id, row.id, patch));
    } catch (e) {
      this.notice = { text: this.errorText(e), error: true };
    } finally {
      this.rowBusy = { ...this.rowBusy, [row.id]: false };
    }
  }

  private async uploadDrawing(row: ImportRow, e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const v = this.view;
    if (!file || !v) return;
    this.rowBusy = { ...this.rowBusy, [row.id]: true };
    try {
      this.replaceRow(await this.client.imports.uploadRowDrawing(v.id, row.id, file));
    } catch (err) {
      this.notice = { text: this.errorText(err), error: true };
    } finally {
      this.rowBusy = { ...this.rowBusy, [row.id]: false };
    }
  }

  private onMaterial(row: ImportRow, material: string) {
    if (!material) return;
    const m = this.catalog?.catalog.materials.find((x) => x.id === material);
    // keep the row's thickness where the new material has it; else the user picks one next
    const keep = row.thickness !== null && m?.thicknesses.some((x) => Math.abs(x.thickness - row.thickness!) < 1e-9);
    void this.fixRow(row, keep ? { material, thickness: row.thickness! } : { material });
  }

  private onText(row: ImportRow, field: 'name' | 'articleNumber', e: Event) {
    const value = (e.target as HTMLInputElement).value.trim();
    if (value === (row[field] ?? '')) return;
    void this.fixRow(row, { [field]: value });
  }

  private onQuantity(row: ImportRow, e: Event) {
    const input = e.target as HTMLInputElement;
    const quantity = Number(input.value);
    if (input.value === '' || quantity === row.quantity) return;
    void this.fixRow(row, { quantity });
  }

  private async commit() {
    const v = this.view;
    if (!v || this.committing) return;
    this.committing = true;
    this.commitError = null;
    try {
      const r = await this.client.imports.commit(v.id);
      this.view = r.import;
      this.committed = { created: r.created, partIds: r.partIds };
      this.emit('kerf-import-committed', { created: r.created, partIds: r.partIds });
    } catch (e) {
      this.commitError = e;
    } finally {
      this.committing = false;
    }
  }

  private startOver() {
    this.stopPolling();
    this.awaiting = false;
    this.view = null;
    this.committed = null;
    this.commitError = null;
    this.pollError = null;
    this.notice = null;
    this.filter = 'all';
  }

  private toLibrary(e: Event) {
    if (!this.emit('kerf-navigate', { href: '#/parts' }, { cancelable: true })) e.preventDefault();
  }

  // ---- rendering -------------------------------------------------------------------------

  override render() {
    const t = this.t;
    const status = this.boot.status;
    let body;
    if (status === TaskStatus.ERROR) body = this.renderError(t.loadFailed, this.errorText(this.boot.error), () => this.boot.run());
    else if ((status !== TaskStatus.COMPLETE || this.awaiting) && !this.view) body = html`<p class="muted" role="status">${this.common.loading}</p>`;
    else if (this.boot.value === 'forbidden') body = html`<p class="card note" part="message" role="note">${t.noRight}</p>`;
    else if (this.view) body = this.renderImport(this.view);
    else if (this.pollError) body = this.renderError(t.pollFailed, this.errorText(this.pollError), () => this.followingId ? this.follow(this.followingId) : this.startOver());
    else body = this.renderPicker();
    return html`<section aria-labelledby="title" aria-busy=${this.uploading || status === TaskStatus.PENDING ? 'true' : 'false'}>
      <h2 id="title">${t.title}</h2>
      ${body}
    </section>`;
  }

  private renderError(title: string, text: string, retry: () => unknown) {
    return html`<div class="card error-box" role="alert">
      <p><strong>${title}</strong> <span class="error">${text}</span></p>
      <button @click=${() => retry()}>${this.common.retry}</button>
    </div>`;
  }

  private renderPicker() {
    const t = this.t;
    const bytes = this.uploadBytes;
    const files = (this.sheet ? 1 : 0) + this.drawings.length;
    const fileItem = (f: File) => html`<li>
      <span class="file-name">${f.name}</span> <span class="muted">${this.size(f.size)}</span>
      <button class="link" type="button" ?disabled=${this.uploading} aria-label=${t.remove(f.name)} @click=${() => this.removeFile(f)}>✕</button>
    </li>`;
    return html`
      <p class="intro">${t.intro}</p>
      <p class="template"><a href=${this.client.imports.templateUrl(this.language)} download>${t.template}</a><br />
        <span class="muted">${t.templateHint}</span></p>
      <div class="dropzone ${this.dragging ? 'active' : ''}" part="dropzone"
        @dragover=${this.onDragOver} @dragleave=${() => (this.dragging = false)} @drop=${this.onDrop}>
        <p>${t.dropHint}</p>
        <input class="picker sr-only" type="file" multiple accept=".xlsx,.csv,.dxf,.zip" tabindex="-1" aria-hidden="true" @change=${this.onPick} />
        <button type="button" ?disabled=${this.uploading} @click=${() => this.picker.click()}>${t.choose}</button>
      </div>
      ${this.pickNotes.length ? html`<ul class="notes warning" role="status">${this.pickNotes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      <div class="chosen">
        <div>
          <h3>${t.sheet}</h3>
          ${this.sheet ? html`<ul class="files">${fileItem(this.sheet)}</ul>` : html`<p class="muted">${t.noSheet}</p>`}
        </div>
        <div>
          <h3>${t.drawings}</h3>
          ${this.drawings.length ? html`<ul class="files">${this.drawings.map(fileItem)}</ul>` : html`<p class="muted">${t.noDrawings}</p>`}
        </div>
      </div>
      <div class="row">
        <button class="primary" type="button" ?disabled=${!this.sheet || this.uploading} @click=${this.upload}>${t.start}</button>
        <span class="muted size" aria-live="polite">${files ? (this.uploading ? t.uploading(this.size(bytes)) : t.uploadSize(files, this.size(bytes))) : ''}</span>
      </div>
      ${this.uploading ? html`<progress class="upload" aria-label=${t.uploading(this.size(bytes))}></progress>` : nothing}
      ${this.uploadError ? this.renderError(t.uploadFailed, this.uploadMessage(this.uploadError), () => this.upload()) : nothing}
    `;
  }

  private renderImport(v: ImportView) {
    const t = this.t;
    const f = this.fmt;
    const { done, total } = v.progress;
    return html`
      <p class="muted">${t.sheetName(v.sheetName)} · ${f.dateTime(v.createdAt)}</p>
      ${v.status === 'processing' || v.status === 'ready' || this.pollError
        ? html`<div class="progress" part="progress">
            <label for="progress"><span>${t.progressLabel}</span></label>
            <progress id="progress" max=${Math.max(1, total)} .value=${done}></progress>
            <p class="progress-text" aria-live="polite">${t.progressText(f.number(done), f.number(total))}</p>
            ${v.status === 'processing' ? html`<p class="muted">${t.processingNote}</p>` : nothing}
          </div>`
        : nothing}
      ${this.pollError ? this.renderError(t.pollFailed, this.errorText(this.pollError), () => this.follow(v.id)) : nothing}
      ${v.status === 'failed'
        ? html`<div class="card error-box" role="alert"><p><strong>${t.failed}</strong> <span class="error">${v.error ?? ''}</span></p>
            <button @click=${this.startOver}>${t.newImport}</button></div>`
        : nothing}
      ${v.skipped.length
        ? html`<div class="skipped"><h3>${t.skippedTitle}</h3>
            <ul>${v.skipped.map((s) => html`<li><span class="file-name">${s.name}</span>: ${s.reason}</li>`)}</ul></div>`
        : nothing}
      ${v.status !== 'failed' ? this.renderRows(v) : nothing}
      ${v.status === 'ready' || v.status === 'committed' ? this.renderCommit(v) : nothing}
    `;
  }

  private renderRows(v: ImportView) {
    const t = this.t;
    const f = this.fmt;
    const rows = this.filter === 'all' ? v.rows : v.rows.filter((r) => r.status === this.filter);
    const filters: Filter[] = ['all', 'ok', 'error'];
    const count = (x: Filter) => f.number(x === 'all' ? v.rows.length : v.counts[x]);
    return html`
      <h3>${t.rowsTitle}</h3>
      ${v.counts.error && v.status !== 'committed' ? html`<p class="muted">${t.fixHint}</p>` : nothing}
      <div class="row filters" part="filters" role="group" aria-label=${t.filterLabel}>
        ${filters.map((x) => html`<button type="button" aria-pressed=${this.filter === x ? 'true' : 'false'} @click=${() => (this.filter = x)}>${t.filters[x](count(x))}</button>`)}
        ${v.counts.error ? html`<a class="button" href=${this.client.imports.errorsUrl(v.id)} download>${t.errorsDownload}</a>` : nothing}
      </div>
      <p class="notice ${this.notice?.error ? 'error' : ''}" role="status" aria-live="polite">${this.notice?.text ?? ''}</p>
      ${rows.length
        ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="rows-caption">
            <table part="table">
              <caption id="rows-caption" class="sr-only">${t.rowsTitle}</caption>
              <thead><tr>${COLUMNS.map((c) => html`<th scope="col" class=${NUMERIC.has(c) ? 'num' : ''}>${t.columns[c]}</th>`)}</tr></thead>
              <tbody>${repeat(rows, (r) => r.id, (r) => this.renderRow(v, r))}</tbody>
            </table>
          </div>`
        : html`<p class="muted">${v.rows.length ? t.noRows : t.noRowsAtAll}</p>`}
    `;
  }

  private renderRow(v: ImportView, r: ImportRow) {
    const t = this.t;
    const f = this.fmt;
    const fixable = r.status === 'error' && v.status === 'ready';
    const busy = !!this.rowBusy[r.id];
    const m = r.metrics;
    const currency = this.catalog?.profile.currency ?? 'EUR';
    const thick = (x: number) => `${f.number(x, x % 1 ? 1 : 0)} mm`;
    return html`<tr class=${`st-${r.status}`} aria-busy=${busy ? 'true' : 'false'}>
      <th scope="row" class="num">${f.number(r.row)}</th>
      <td>${fixable ? this.textInput(r, 'articleNumber', busy) : r.articleNumber ?? '—'}</td>
      <td>${fixable ? this.textInput(r, 'name', busy) : r.name}</td>
      <td>${fixable ? this.materialSelect(r, busy) : r.material}</td>
      <td class="num">${fixable ? this.thicknessSelect(r, busy) : r.thickness === null ? '—' : thick(r.thickness)}</td>
      <td class="num">${fixable
        ? html`<label class="sr-only" for=${`q-${r.id}`}>${t.fieldFor(t.columns.quantity, r.row)}</label>
            <input id=${`q-${r.id}`} class="qty" type="number" min="1" step="1" inputmode="numeric" ?disabled=${busy}
              .value=${r.quantity === null ? '' : String(r.quantity)} @change=${(e: Event) => this.onQuantity(r, e)} />`
        : r.quantity === null ? '—' : f.number(r.quantity)}</td>
      <td>${this.drawingCell(r, fixable, busy)}</td>
      <td><span class="badge ${r.status}">${t.rowStatus[r.status]}</span></td>
      <td class="num">${m ? f.mm(m.cutLength) : '—'}</td>
      <td class="num">${m ? f.number(m.pierces) : '—'}</td>
      <td class="num">${m?.weight != null ? f.kg(m.weight) : '—'}</td>
      <td class="num">${r.unitPrice === null ? '—' : f.money(r.unitPrice, currency)}</td>
      <td class="messages">${r.messages.length ? html`<ul>${r.messages.map((x) => html`<li class=${x.severity === 'warning' ? 'warning' : ''}>${x.message}</li>`)}</ul>` : nothing}</td>
    </tr>`;
  }

  private textInput(r: ImportRow, field: 'name' | 'articleNumber', busy: boolean) {
    const id = `${field}-${r.id}`;
    return html`<label class="sr-only" for=${id}>${this.t.fieldFor(this.t.columns[field], r.row)}</label>
      <input id=${id} class="text" maxlength=${field === 'name' ? 200 : 80} ?disabled=${busy} .value=${r[field] ?? ''}
        aria-invalid=${r.messages.some((x) => x.code === (field === 'name' ? 'MISSING_NAME' : 'DUPLICATE_ARTICLE_NUMBER')) ? 'true' : 'false'}
        @change=${(e: Event) => this.onText(r, field, e)} />`;
  }

  private materialSelect(r: ImportRow, busy: boolean) {
    const t = this.t;
    const id = `m-${r.id}`;
    const materials = this.catalog?.catalog.materials;
    if (!materials) return r.material;
    const known = materials.some((m) => m.id === r.material);
    return html`<label class="sr-only" for=${id}>${t.fieldFor(t.columns.material, r.row)}</label>
      <select id=${id} ?disabled=${busy} aria-invalid=${known ? 'false' : 'true'} @change=${(e: Event) => this.onMaterial(r, (e.target as HTMLSelectElement).value)}>
        ${known ? nothing : html`<option value="" selected disabled>${r.material ? t.unknownValue(r.material) : t.chooseValue}</option>`}
        ${materials.map((m) => {
          const name = m.name[this.language] ?? m.name.en;
          return html`<option value=${m.id} ?selected=${m.id === r.material}>${name.includes(m.id) ? name : `${name} (${m.id})`}</option>`;
        })}
      </select>`;
  }

  private thicknessSelect(r: ImportRow, busy: boolean) {
    const t = this.t;
    const f = this.fmt;
    const id = `t-${r.id}`;
    const material = this.catalog?.catalog.materials.find((m) => m.id === r.material);
    const thick = (x: number) => `${f.number(x, x % 1 ? 1 : 0)} mm`;
    if (!material) return r.thickness === null ? '—' : thick(r.thickness);
    const known = material.thicknesses.some((x) => r.thickness !== null && Math.abs(x.thickness - r.thickness) < 1e-9);
    return html`<label class="sr-only" for=${id}>${t.fieldFor(t.columns.thickness, r.row)}</label>
      <select id=${id} ?disabled=${busy} aria-invalid=${known ? 'false' : 'true'}
        @change=${(e: Event) => { const v = Number((e.target as HTMLSelectElement).value); if (v) void this.fixRow(r, { material: material.id, thickness: v }); }}>
        ${known ? nothing : html`<option value="" selected disabled>${r.thickness === null ? t.chooseValue : t.unknownValue(thick(r.thickness))}</option>`}
        ${material.thicknesses.map((x) => html`<option value=${x.thickness} ?selected=${known && Math.abs(x.thickness - r.thickness!) < 1e-9}>${thick(x.thickness)}</option>`)}
      </select>`;
  }

  private drawingCell(r: ImportRow, fixable: boolean, busy: boolean) {
    const t = this.t;
    const needsDrawing = fixable && r.messages.some((x) => x.severity !== 'warning' && !FIELD_CODES.has(x.code));
    if (!needsDrawing) return html`<span class="file-name">${r.drawing ?? '—'}</span>`;
    const id = `d-${r.id}`;
    return html`<span class="file-name">${r.drawing ?? '—'}</span>
      <input id=${id} class="row-drawing sr-only" type="file" accept=".dxf" tabindex="-1" aria-hidden="true" @change=${(e: Event) => this.uploadDrawing(r, e)} />
      <button type="button" class="small" ?disabled=${busy} aria-label=${t.uploadDrawingFor(r.row)}
        @click=${() => (this.renderRoot.querySelector(`#${id}`) as HTMLInputElement | null)?.click()}>${t.uploadDrawing}</button>`;
  }

  private renderCommit(v: ImportView) {
    const t = this.t;
    const c = this.committed;
    if (v.status === 'committed') {
      return html`<div class="card commit done" part="commit" role="status">
        <p class="success"><strong>${c ? t.committed(c.created) : t.committedAt(v.counts.committed, this.fmt.dateTime(v.committedAt ?? v.createdAt))}</strong></p>
        <div class="row">
          <a class="button primary" href="#/parts" @click=${this.toLibrary}>${t.toLibrary}</a>
          <button type="button" @click=${this.startOver}>${t.newImport}</button>
        </div>
      </div>`;
    }
    const ok = v.counts.ok;
    return html`<div class="card commit" part="commit">
      ${ok ? nothing : html`<p class="muted">${t.nothingOk}</p>`}
      <div class="row">
        <button class="primary" type="button" ?disabled=${!ok || this.committing} @click=${this.commit}>${t.commit(ok)}</button>
        <button type="button" ?disabled=${this.committing} @click=${this.startOver}>${t.newImport}</button>
      </div>
      <p role="status" aria-live="polite" class="muted">${this.committing ? t.committing : ''}</p>
      ${this.commitError ? html`<p class="error" role="alert">${this.errorText(this.commitError)}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kerf-import': KerfImport;
  }
  interface GlobalEventHandlersEventMap {
    'kerf-import-committed': CustomEvent<{ created: number; partIds: number[] }>;
  }
}
