import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { PlanGrid, PlanImportResult, PlanItem, PlanRow, StockLine, StockReport } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { styles } from './demand-plan.styles.js';
import { TEXTS } from './translations.js';

declare global {
  interface HTMLElementTagNameMap { 'kerf-demand-plan': KerfDemandPlan }
  interface GlobalEventHandlersEventMap {
    'kerf-plan-saved': CustomEvent<{ rows: number }>;
    'kerf-stock-reported': CustomEvent<{ report: StockReport }>;
  }
}

type Row = PlanGrid['items'][number];
const ref = (key: string): { partId: number } | { articleId: number } => {
  const [kind, id] = key.split(':');
  return kind === 'part' ? { partId: Number(id) } : { articleId: Number(id) };
};

/**
 * The customer's demand plan: a grid of parts and articles × the next 12 months with the planned
 * quantities (edited in place and saved together), the latest reported stock of each item and when
 * it was reported; adding an item from the library or the catalog; importing a sheet (.xlsx or
 * .csv, checked first with each row's errors, then imported) and downloading the plan; and the
 * stock report with its history. Needs the right `order` or `manage_company`.
 *
 * @summary Demand plan grid, sheet import and stock reports.
 * @csspart grid - The plan's table.
 * @csspart import - The import section.
 * @csspart stock - The stock report section.
 * @cssprop --kerf-demand-plan-item-background - Background of the sticky item column (default the surface token).
 * @fires kerf-plan-saved - Planned quantities were saved; `detail.rows`.
 * @fires kerf-stock-reported - A stock report was sent; `detail.report`.
 * @example
 * ```html
 * <kerf-demand-plan lang="de"></kerf-demand-plan>
 * ```
 */
export class KerfDemandPlan extends ApiElement {
  static override styles = [tokens, controls, styles];

  /** Changed cells: `key@month` → quantity. */
  @state() private edits = new Map<string, number>();
  /** Items added here, not yet in the saved plan. */
  @state() private added: Row[] = [];
  @state() private message = '';
  @state() private error = '';
  @state() private busy = false;
  @state() private importResult?: PlanImportResult;
  @state() private importError = '';
  @state() private stockMessage = '';
  @state() private stockError = '';
  @query('input[name=sheet]') private sheetInput?: HTMLInputElement;

  private readonly gridTask = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => this.client.planning.get({}, { signal }),
  });

  private readonly optionsTask = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => {
      // the whole library (pages of 100, at most 2,000 parts) and every article offered, for the picker
      const parts: { id: number; name: string; articleNumber: string | null }[] = [];
      try {
        for (let page = 1; page <= 20; page++) {
          const r = await this.client.parts.list({ pageSize: 100, page, sort: 'name' }, { signal });
          parts.push(...r.items);
          if (parts.length >= r.total || !r.items.length) break;
        }
      } catch (e) {
        if ((e as { code?: string }).code !== 'FORBIDDEN') throw e; // a group without view_parts plans articles only
      }
      const articles = await this.client.articles.list({ pageSize: 200 }, { signal });
      return { parts, articles: articles.items as { id: number; number: string; name: string; customerArticleNumber: string | null }[] };
    },
  });

  private readonly reportsTask = new Task(this, {
    args: () => [] as const,
    task: async (_a, { signal }) => (await this.client.planning.stockReports({ signal })).items,
  });

  private rows(grid: PlanGrid): Row[] {
    return [...grid.items, ...this.added.filter((a) => !grid.items.some((i) => i.key === a.key))];
  }

  private value(row: Row, i: number, month: string): number {
    return this.edits.get(`${row.key}@${month}`) ?? row.quantities[i] ?? 0;
  }

  private edit(row: Row, i: number, month: string, raw: string) {
    const q = raw.trim() === '' ? 0 : Math.max(0, Math.floor(Number(raw)));
    if (!Number.isFinite(q)) return;
    const next = new Map(this.edits);
    if (q === (row.quantities[i] ?? 0)) next.delete(`${row.key}@${month}`);
    else next.set(`${row.key}@${month}`, q);
    this.edits = next;
    this.message = '';
  }

  private addItem(e: Event) {
    const select = e.target as HTMLSelectElement;
    const key = select.value;
    select.value = '';
    const grid = this.gridTask.value;
    const opts = this.optionsTask.value;
    if (!key || !grid || !opts || this.rows(grid).some((r) => r.key === key)) return;
    const [kind, id] = key.split(':');
    const p = kind === 'part' ? opts.parts.find((x) => x.id === Number(id)) : undefined;
    const a = kind === 'article' ? opts.articles.find((x) => x.id === Number(id)) : undefined;
    const item: PlanItem = {
      key, kind: kind as 'part' | 'article', partId: p ? p.id : null, articleId: a ? a.id : null,
      number: p ? p.articleNumber : a ? a.customerArticleNumber ?? a.number : null, name: p?.name ?? a?.name ?? key, unit: 'pc',
      material: null, thickness: null, weight: null,
    };
    this.added = [...this.added, { ...item, quantities: grid.months.map(() => 0), total: 0, stock: null, stockReportedAt: null }];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`tr[data-item="${key}"] input`)?.focus());
  }

  private async save() {
    const rows: PlanRow[] = [...this.edits].map(([k, quantity]) => {
      const [key, month] = k.split('@');
      return { ...ref(key), month, quantity } as PlanRow;
    });
    if (!rows.length) { this.message = this.tr(TEXTS).nothingChanged; return; }
    this.busy = true;
    this.error = '';
    try {
      await this.client.planning.set(rows);
      this.edits = new Map();
      this.added = [];
      await this.gridTask.run();
      this.message = this.tr(TEXTS).saved(rows.length);
      this.emit('kerf-plan-saved', { rows: rows.length });
    } catch (e) {
      this.error = this.errorText(e);
    } finally {
      this.busy = false;
    }
  }

  private async runImport(dryRun: boolean) {
    const file = this.sheetInput?.files?.[0];
    if (!file) { this.sheetInput?.focus(); return; }
    this.busy = true;
    this.importError = '';
    try {
      this.importResult = await this.client.planning.importSheet(file, { dryRun, sheetName: file.name });
      if (!dryRun) {
        this.edits = new Map();
        this.added = [];
        await this.gridTask.run();
      }
    } catch (e) {
      this.importError = this.errorText(e);
      this.importResult = undefined;
    } finally {
      this.busy = false;
    }
  }

  private async reportStock(e: SubmitEvent) {
    e.preventDefault();
    const t = this.tr(TEXTS);
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const lines: StockLine[] = [];
    for (const [name, v] of data) {
      if (!name.startsWith('stock:') || String(v).trim() === '') continue;
      lines.push({ ...ref(name.slice(6)), quantity: Math.max(0, Math.floor(Number(v))) } as StockLine);
    }
    this.stockError = '';
    this.stockMessage = '';
    if (!lines.length) { this.stockError = t.noStockLines; return; }
    this.busy = true;
    try {
      const report = await this.client.planning.reportStock({ lines, note: String(data.get('note') ?? '') || null });
      form.reset();
      this.stockMessage = t.reported(lines.length);
      this.emit('kerf-stock-reported', { report });
      await Promise.all([this.gridTask.run(), this.reportsTask.run()]);
    } catch (err) {
      this.stockError = this.errorText(err);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const t = this.tr(TEXTS);
    return html`<h2>${t.title}</h2><p class="muted">${t.intro}</p>
      ${this.gridTask.render({
        pending: () => (this.gridTask.value ? this.renderGrid(this.gridTask.value) : html`<p class="muted" role="status">${this.common.loading}</p>`),
        error: (e) => html`<div class="card" role="alert"><p class="error">${this.errorText(e)}</p>
          <button type="button" @click=${() => this.gridTask.run()}>${this.common.retry}</button></div>`,
        complete: (grid) => this.renderGrid(grid),
      })}
      ${this.renderImport()}
      ${this.gridTask.value ? this.renderStock(this.gridTask.value) : nothing}`;
  }

  private month(m: string) {
    const [y, mo] = m.split('-').map(Number);
    return new Intl.DateTimeFormat(this.fmt.locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(y, mo - 1, 1)));
  }

  private renderGrid(grid: PlanGrid) {
    const t = this.tr(TEXTS);
    const rows = this.rows(grid);
    const opts = this.optionsTask.value;
    const inPlan = new Set(rows.map((r) => r.key));
    return html`<div class="toolbar">
        <label><span>${t.addLabel}</span><select name="add" @change=${this.addItem}>
          <option value="">${t.choose}</option>
          ${opts ? html`<optgroup label=${t.parts}>${opts.parts.filter((p) => !inPlan.has(`part:${p.id}`)).map((p) => html`<option value=${`part:${p.id}`}>${p.articleNumber ? `${p.articleNumber} – ` : ''}${p.name}</option>`)}</optgroup>
            <optgroup label=${t.articles}>${opts.articles.filter((a) => !inPlan.has(`article:${a.id}`)).map((a) => html`<option value=${`article:${a.id}`}>${a.customerArticleNumber ?? a.number} – ${a.name}</option>`)}</optgroup>` : nothing}
        </select></label>
        <button class="primary" type="button" ?disabled=${this.busy} @click=${this.save}>${this.busy ? t.saving : t.save}</button>
        <a href=${this.client.planning.exportUrl()} download>${t.download}</a>
      </div>
      <p role="status" class=${this.edits.size ? 'muted' : 'ok'}>${this.edits.size ? t.unsaved(this.edits.size) : this.message}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${rows.length ? html`<div class="grid-wrap" part="grid"><table class="plan">
        <thead><tr><th scope="col">${t.item}</th>${grid.months.map((m) => html`<th scope="col" class="num" data-month=${m}>${this.month(m)}</th>`)}
          <th scope="col" class="num">${t.total}</th><th scope="col" class="num">${t.stock}</th></tr></thead>
        <tbody>${rows.map((r) => {
          const label = `${r.number ? `${r.number} ` : ''}${r.name}`;
          const total = grid.months.reduce((s, m, i) => s + this.value(r, i, m), 0);
          return html`<tr data-item=${r.key}><th scope="row">${r.number ? html`<span class="small muted">${r.number}</span><br>` : nothing}${r.name}</th>
            ${grid.months.map((m, i) => html`<td><input type="number" min="0" step="1" inputmode="numeric" aria-label=${t.quantityFor(label, this.month(m))}
              class=${this.edits.has(`${r.key}@${m}`) ? 'changed' : ''} .value=${String(this.value(r, i, m) || '')} placeholder="0"
              @change=${(e: Event) => this.edit(r, i, m, (e.target as HTMLInputElement).value)}></td>`)}
            <td class="num" data-total>${this.fmt.number(total)}</td>
            <td class="num" data-stock>${r.stock === null ? html`<span class="muted small">${t.neverReported}</span>`
              : html`${this.fmt.number(r.stock)}<br><span class="muted small">${t.stockAt(this.fmt.date(r.stockReportedAt!))}</span>`}</td>
          </tr>`;
        })}</tbody></table></div>` : html`<p class="muted">${t.empty}</p>`}`;
  }

  private renderImport() {
    const t = this.tr(TEXTS);
    const r = this.importResult;
    return html`<section part="import" aria-labelledby="import-title"><h3 id="import-title">${t.importTitle}</h3>
      <p class="muted">${t.importIntro}</p>
      <div class="toolbar">
        <label><span>${t.sheet}</span><input type="file" name="sheet" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          @change=${() => { this.importResult = undefined; this.importError = ''; }}></label>
        <button type="button" ?disabled=${this.busy} @click=${() => this.runImport(true)}>${t.check}</button>
        <button type="button" class="primary" ?disabled=${this.busy || !r || !r.dryRun || !r.ok} @click=${() => this.runImport(false)}>${t.doImport}</button>
      </div>
      ${this.importError ? html`<p class="error" role="alert">${this.importError}</p>` : nothing}
      <div role="status">${r ? html`<p class=${r.errors ? 'bad' : 'ok'}>${r.dryRun ? t.checked(r.ok, r.errors) : t.imported(r.written)}</p>
        ${r.warnings.map((w) => html`<p class="muted">${w}</p>`)}` : nothing}</div>
      ${r ? html`<div class="table-wrap"><table class="result"><thead><tr><th scope="col">${t.row}</th><th scope="col">${t.item}</th><th scope="col">${t.status}</th><th scope="col">${t.messages}</th></tr></thead>
        <tbody>${r.rows.map((x) => html`<tr data-row=${x.row} data-status=${x.status}><td>${x.row}</td><td>${x.item ? `${x.item.number ?? ''} ${x.item.name}` : x.label}</td>
          <td class=${x.status === 'ok' ? 'ok' : 'bad'}>${x.status === 'ok' ? t.ok : t.error}</td><td>${x.messages.join(' ')}</td></tr>`)}</tbody></table></div>` : nothing}
    </section>`;
  }

  private renderStock(grid: PlanGrid) {
    const t = this.tr(TEXTS);
    const rows = this.rows(grid);
    const reports = this.reportsTask.value ?? [];
    return html`<section part="stock" aria-labelledby="stock-title"><h3 id="stock-title">${t.stockTitle}</h3>
      <p class="muted">${t.stockIntro}</p>
      ${rows.length ? html`<form @submit=${this.reportStock}>
        <div class="table-wrap"><table class="result"><thead><tr><th scope="col">${t.item}</th><th scope="col" class="num">${t.stock}</th><th scope="col">${t.report}</th></tr></thead>
        <tbody>${rows.map((r) => html`<tr data-stock-item=${r.key}><th scope="row">${r.number ? `${r.number} ` : ''}${r.name}</th>
          <td class="num">${r.stock === null ? '—' : this.fmt.number(r.stock)}</td>
          <td><input type="number" min="0" step="1" inputmode="numeric" name=${`stock:${r.key}`} aria-label=${t.stockFor(r.name)}></td></tr>`)}</tbody></table></div>
        <div class="toolbar"><label><span>${t.note}</span><input name="note" maxlength="2000"></label>
          <button class="primary" type="submit" ?disabled=${this.busy}>${t.report}</button></div>
        <p role="status" class="ok">${this.stockMessage}</p>
        ${this.stockError ? html`<p class="error" role="alert">${this.stockError}</p>` : nothing}
      </form>` : nothing}
      <h4>${t.history}</h4>
      ${reports.length ? html`<ul class="reports">${reports.slice(0, 10).map((r) => html`<li data-report=${r.id}>${t.reportedBy(r.reportedBy, this.fmt.dateTime(r.reportedAt))}:
        ${r.lines.map((l) => `${l.number ?? l.name} ${this.fmt.number(l.quantity)}`).join(', ')}${r.note ? html` <span class="muted">– ${r.note}</span>` : nothing}</li>`)}</ul>`
        : html`<p class="muted">${t.noReports}</p>`}
    </section>`;
  }
}
