import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AdminDashboard, AgeBuckets, CustomerDashboard } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import type { BarSpec, DrawnChart } from './chart-runtime.js';
import { styles } from './dashboard.styles.js';
import { TEXTS } from './translations.js';

declare global {
  interface HTMLElementTagNameMap { 'kerf-dashboard': KerfDashboard }
}

const BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
type Data = { scope: 'admin'; d: AdminDashboard } | { scope: 'customer'; d: CustomerDashboard };
/** One chart: its key, title, what it draws, and the accessible table of its figures. */
interface ChartDef { key: string; title: string; spec: Omit<BarSpec, 'colors' | 'locale'>; table: TemplateResult; empty: boolean }

// Chart.js loads with the first chart drawn, in a chunk of its own: pages without a dashboard never fetch it
let runtime: Promise<typeof import('./chart-runtime.js')> | undefined;
const loadRuntime = () => (runtime ??= import('./chart-runtime.js'));

/**
 * Dashboards drawn with Chart.js (loaded only when a dashboard shows). For a customer (default):
 * its spend per month (ordered and invoiced) and what is open. For the shop (`scope="admin"`):
 * order intake per month, revenue per customer, parts per material and open items by age. Every
 * chart is a canvas with an `aria-label` and a table of its figures beneath it; the charts take
 * their colours from the theme tokens, so they follow the dark theme.
 *
 * @summary Dashboards with charts and their figures.
 * @csspart period - The form choosing the months.
 * @csspart chart - Each chart's card (canvas and table); `data-chart` names it.
 * @cssprop --kerf-dashboard-chart-height - Height of a chart (default 240px).
 * @cssprop --kerf-dashboard-card-background - Background of a chart's card (default the surface token).
 * @example
 * ```html
 * <kerf-dashboard scope="admin" from="2026-01" to="2026-12"></kerf-dashboard>
 * ```
 */
export class KerfDashboard extends ApiElement {
  static override styles = [tokens, controls, styles];

  /** `customer` (the signed-in company's spend) or `admin` (the shop's figures; staff only). */
  @property({ reflect: true }) scope: 'customer' | 'admin' = 'customer';
  /** First month shown, YYYY-MM (default 11 months before `to`). */
  @property({ reflect: true }) from = '';
  /** Last month shown, YYYY-MM (default the current one). */
  @property({ reflect: true }) to = '';

  private charts = new Map<string, DrawnChart>();
  private drawn = { data: undefined as Data | undefined, colors: '', lang: '' };
  private media?: MediaQueryList;
  private onMedia = () => this.requestUpdate();

  private readonly task = new Task(this, {
    args: () => [this.scope, this.from, this.to] as const,
    task: async ([scope, from, to], { signal }): Promise<Data> => {
      const q = { from: from || undefined, to: to || undefined };
      return scope === 'admin'
        ? { scope, d: await this.client.admin.dashboard.get(q, { signal }) }
        : { scope: 'customer', d: await this.client.dashboard.get(q, { signal }) };
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.media = matchMedia('(prefers-color-scheme: dark)');
    this.media.addEventListener('change', this.onMedia);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.media?.removeEventListener('change', this.onMedia);
    for (const c of this.charts.values()) c.destroy();
    this.charts.clear();
    this.drawn = { data: undefined, colors: '', lang: '' };
  }

  private month(m: string) {
    const [y, mo] = m.split('-').map(Number);
    return new Intl.DateTimeFormat(this.fmt.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, mo - 1, 1)));
  }

  /** The theme's colours, read from the tokens as they resolve on this element (light, dark, or the embedder's). */
  private palette() {
    const s = getComputedStyle(this);
    const v = (name: string, fallback: string) => s.getPropertyValue(name).trim() || fallback;
    return {
      text: v('--_muted', '#57606a'), grid: v('--_border', '#d0d7de'),
      series: [v('--_primary', '#0b5cad'), v('--_success', '#1a7f37'), v('--_warning', '#8a5300'), v('--_danger', '#b42318')],
    };
  }

  private defs(data: Data): ChartDef[] {
    const t = this.tr(TEXTS);
    const f = this.fmt;
    const money = (c: number) => f.money(c, data.d.currency);
    const colors = this.palette().series;
    const num = (v: number) => f.number(v);
    if (data.scope === 'customer') {
      const d = data.d;
      return [{
        key: 'spend', title: t.spend, empty: !d.spend.some((s) => s.ordered || s.invoiced),
        spec: {
          labels: d.spend.map((s) => this.month(s.month)), format: money,
          series: [{ label: t.ordered, data: d.spend.map((s) => s.ordered / 1), color: colors[0] }, { label: t.invoiced, data: d.spend.map((s) => s.invoiced), color: colors[1] }],
        },
        table: html`<table class="figures"><thead><tr><th scope="col">${t.month}</th><th scope="col" class="num">${t.orders}</th>
          <th scope="col" class="num">${t.ordered}</th><th scope="col" class="num">${t.invoiced}</th></tr></thead>
          <tbody>${d.spend.map((s) => html`<tr data-month=${s.month}><th scope="row">${this.month(s.month)}</th><td class="num">${num(s.orders)}</td>
            <td class="num">${money(s.ordered)}</td><td class="num">${money(s.invoiced)}</td></tr>`)}</tbody>
          <tfoot><tr><td>${t.total}</td><td class="num">${num(d.total.orders)}</td><td class="num">${money(d.total.ordered)}</td><td class="num">${money(d.total.invoiced)}</td></tr></tfoot></table>`,
      }];
    }
    const d = data.d;
    const bucketTable = (b: AgeBuckets) => BUCKETS.map((k) => html`<td class="num">${money(b[k])}</td>`);
    return [
      {
        key: 'intake', title: t.intake, empty: !d.intake.some((i) => i.count),
        spec: { labels: d.intake.map((i) => this.month(i.month)), format: money, series: [{ label: t.intakeValue, data: d.intake.map((i) => i.value), color: colors[0] }] },
        table: html`<table class="figures"><thead><tr><th scope="col">${t.month}</th><th scope="col" class="num">${t.count}</th><th scope="col" class="num">${t.intakeValue}</th></tr></thead>
          <tbody>${d.intake.map((i) => html`<tr data-month=${i.month}><th scope="row">${this.month(i.month)}</th><td class="num">${num(i.count)}</td><td class="num">${money(i.value)}</td></tr>`)}</tbody>
          <tfoot><tr><td>${t.total}</td><td class="num">${num(d.intake.reduce((s, i) => s + i.count, 0))}</td><td class="num">${money(d.intake.reduce((s, i) => s + i.value, 0))}</td></tr></tfoot></table>`,
      },
      {
        key: 'revenue', title: t.revenue, empty: !d.revenue.length,
        spec: { labels: d.revenue.map((r) => r.company), horizontal: true, format: money, series: [{ label: t.net, data: d.revenue.map((r) => r.net), color: colors[1] }] },
        table: html`<table class="figures"><thead><tr><th scope="col">${t.company}</th><th scope="col" class="num">${t.invoiced}</th><th scope="col" class="num">${t.credited}</th><th scope="col" class="num">${t.net}</th></tr></thead>
          <tbody>${d.revenue.map((r) => html`<tr data-company=${r.companyId}><th scope="row">${r.company} (${r.customerNumber})</th><td class="num">${money(r.invoiced)}</td><td class="num">${money(r.credited)}</td><td class="num">${money(r.net)}</td></tr>`)}</tbody></table>`,
      },
      {
        key: 'materials', title: t.materials, empty: !d.materials.length,
        spec: { labels: d.materials.map((m) => m.material), format: num, series: [{ label: t.pieces, data: d.materials.map((m) => m.pieces), color: colors[0] }] },
        table: html`<table class="figures"><thead><tr><th scope="col">${t.material}</th><th scope="col" class="num">${t.pieces}</th><th scope="col" class="num">${t.weight}</th></tr></thead>
          <tbody>${d.materials.map((m) => html`<tr data-material=${m.material}><th scope="row">${m.material}</th><td class="num">${num(m.pieces)}</td><td class="num">${f.kg(m.kg)}</td></tr>`)}</tbody></table>`,
      },
      {
        key: 'open', title: t.openItems, empty: !d.openItems.length,
        spec: {
          labels: d.openItems.map((o) => o.company), horizontal: true, stacked: true, format: money,
          series: BUCKETS.map((b, i) => ({ label: t.buckets[b], data: d.openItems.map((o) => o.buckets[b]), color: colors[i] })),
        },
        table: html`<table class="figures"><thead><tr><th scope="col">${t.company}</th>${BUCKETS.map((b) => html`<th scope="col" class="num">${t.buckets[b]}</th>`)}<th scope="col" class="num">${t.open}</th></tr></thead>
          <tbody>${d.openItems.map((o) => html`<tr data-company=${o.companyId}><th scope="row">${o.company} (${o.customerNumber})</th>${bucketTable(o.buckets)}<td class="num">${money(o.open)}</td></tr>`)}</tbody>
          <tfoot><tr><td>${t.total}</td>${bucketTable(d.openTotal.buckets)}<td class="num">${money(d.openTotal.open)}</td></tr></tfoot></table>`,
      },
    ];
  }

  private setPeriod(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    this.from = String(data.get('from') ?? '');
    this.to = String(data.get('to') ?? '');
  }

  override render() {
    const t = this.tr(TEXTS);
    const admin = this.scope === 'admin';
    const d = this.task.value?.d;
    return html`<div class="head"><h2>${admin ? t.adminTitle : t.title}</h2>
        <form class="period" part="period" @submit=${this.setPeriod}>
          <label><span>${t.from}</span><input type="month" name="from" .value=${this.from || d?.from || ''}></label>
          <label><span>${t.to}</span><input type="month" name="to" .value=${this.to || d?.to || ''}></label>
          <button type="submit">${t.show}</button>
        </form></div>
      <p class="muted">${admin ? t.adminIntro : t.intro}</p>
      ${this.task.render({
        pending: () => (this.task.value ? this.renderData(this.task.value) : html`<p class="muted" role="status">${this.common.loading}</p>`),
        error: (e) => html`<div class="card" role="alert"><p class="error">${this.errorText(e)}</p>
          <button type="button" @click=${() => this.task.run()}>${this.common.retry}</button></div>`,
        complete: (data) => this.renderData(data),
      })}`;
  }

  private renderData(data: Data) {
    const t = this.tr(TEXTS);
    return html`<p class="sr-only" role="status">${t.period(this.month(data.d.from), this.month(data.d.to))}</p>
      <div class="charts">${this.defs(data).map((c) => html`<section class="chart" part="chart" data-chart=${c.key} aria-labelledby=${`h-${c.key}`}>
        <h3 id=${`h-${c.key}`}>${c.title}</h3>
        ${c.empty ? html`<p class="muted">${t.none}</p>` : html`<div class="canvas-box"><canvas role="img" aria-label=${t.chartLabel(c.title)}></canvas></div>`}
        ${c.table}
      </section>`)}
      ${data.scope === 'customer' ? html`<section class="chart" part="chart" data-chart="open-items" aria-labelledby="h-open">
        <h3 id="h-open">${t.open}</h3>
        <p class="open">${t.openText(this.fmt.money(data.d.open.open, data.d.currency))}</p>
        <table class="figures"><thead><tr>${BUCKETS.map((b) => html`<th scope="col" class="num">${t.buckets[b]}</th>`)}</tr></thead>
          <tbody><tr>${BUCKETS.map((b) => html`<td class="num">${this.fmt.money(data.d.open.buckets[b], data.d.currency)}</td>`)}</tr></tbody></table>
      </section>` : nothing}</div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const data = this.task.value;
    if (!data) return;
    const pal = this.palette();
    const colors = JSON.stringify(pal);
    if (this.drawn.data === data && this.drawn.colors === colors && this.drawn.lang === this.language) return;
    this.drawn = { data, colors, lang: this.language };
    void this.draw(data, pal);
  }

  private async draw(data: Data, pal: ReturnType<KerfDashboard['palette']>) {
    const { barChart } = await loadRuntime();
    if (this.drawn.data !== data) return; // newer figures arrived meanwhile
    const live = new Set<string>();
    for (const def of this.defs(data)) {
      const canvas = this.renderRoot.querySelector<HTMLCanvasElement>(`section[data-chart="${def.key}"] canvas`);
      if (!canvas) continue;
      live.add(def.key);
      const spec: BarSpec = { ...def.spec, colors: { text: pal.text, grid: pal.grid }, locale: this.fmt.locale };
      const old = this.charts.get(def.key);
      const oldCanvas = (old as (DrawnChart & { canvas?: HTMLCanvasElement }) | undefined)?.canvas;
      if (old && oldCanvas === canvas) old.update(spec);
      else {
        old?.destroy();
        const c = Object.assign(barChart(canvas, spec), { canvas });
        this.charts.set(def.key, c);
      }
    }
    for (const [k, c] of this.charts) if (!live.has(k)) { c.destroy(); this.charts.delete(k); }
    this.dataset.drawn = String(live.size);
  }
}
