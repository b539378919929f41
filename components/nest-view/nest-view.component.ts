import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { NestView, NestViewGroup, NestViewOutline, NestViewPlacement, NestViewSheet } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { styles } from './nest-view.styles.js';
import { TEXTS, type SheetFigures } from './translations.js';

/** How many colours the lines cycle through (`--kerf-nest-view-color-0` … `-7`). */
const COLOURS = 8;

/** Coordinates to 0.01 mm: short path data, well below what a screen shows. */
const r = (v: number) => Math.round(v * 100) / 100;

/**
 * SVG path data of an outline's rings ("M x y x y … Z" per ring); its bbox when it has no rings.
 * @example
 * outlinePath({ rings: [[0, 0, 100, 0, 100, 20, 0, 20]], bbox }) // 'M0 0 100 0 100 20 0 20Z'
 */
export function outlinePath(o: NestViewOutline | null | undefined): string {
  const rings = o?.rings?.filter((ring) => ring.length >= 6);
  if (rings?.length) {
    return rings.map((ring) => {
      let d = `M${r(ring[0])} ${r(ring[1])}`;
      for (let i = 2; i + 1 < ring.length; i += 2) d += ` ${r(ring[i])} ${r(ring[i + 1])}`;
      return `${d}Z`;
    }).join('');
  }
  const b = o?.bbox;
  return b ? `M${r(b.minX)} ${r(b.minY)}h${r(b.width)}v${r(b.height)}h${r(-b.width)}Z` : '';
}

/**
 * A placement as an SVG transform: SVG applies the list right to left, so the outline is mirrored
 * first, then turned counter-clockwise (the sheet's y points up), then moved — as the nest says.
 * @example
 * placementTransform({ line: 0, x: 10, y: 20, rotation: 90, mirrored: true }) // 'translate(10 20) rotate(90) scale(-1 1)'
 */
export function placementTransform(p: NestViewPlacement): string {
  return `translate(${r(p.x)} ${r(p.y)})${p.rotation ? ` rotate(${r(p.rotation)})` : ''}${p.mirrored ? ' scale(-1 1)' : ''}`;
}

const plainFormats = new Map<string, Intl.NumberFormat>();
/** Sheet sizes as the trade writes them: 3000 × 1500, no thousands separator. */
function plain(locale: string): Intl.NumberFormat {
  let nf = plainFormats.get(locale);
  if (!nf) plainFormats.set(locale, (nf = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 1 })));
  return nf;
}

/** `src` → what to load. */
type Source = { kind: 'basket' } | { kind: 'order' | 'admin-order'; id: number };
function parseSource(src: string): Source | null {
  if (src === 'basket') return { kind: 'basket' };
  const m = /^(order|admin-order):(\d+)$/.exec(src);
  return m ? { kind: m[1] as 'order' | 'admin-order', id: Number(m[2]) } : null;
}

/**
 * The sheets a basket or an order needs (issue [9]): per material and thickness a heading with the
 * sheet count, the box nest's count for comparison and the utilization, a legend of the lines
 * (one colour each), and each sheet drawn as an SVG with its parts placed — the true shapes, holes
 * left open, mirrored and turned as the nest placed them — its utilization and the used length
 * along the sheet (dashed). Only the first sheets of a group are drawn until "Show all" is chosen.
 *
 * Give it the endpoints' JSON as `.nest`, or a `src` to load it with the portal's client:
 * `basket` (`GET /api/basket/nest`), `order:<id>` (`GET /api/orders/:id/nest`) or
 * `admin-order:<id>` (`GET /api/admin/orders/:id/nest`, staff).
 *
 * @summary The nested sheets of a basket or order, as SVG.
 *
 * @csspart group - One material and thickness: heading, legend and sheets.
 * @csspart group-title - The heading of a group (sheets, box nest's sheets, utilization).
 * @csspart legend - The lines' colours, names and quantities.
 * @csspart sheet - One sheet: the drawing and its caption.
 * @csspart show-all - The button that shows every sheet of a group.
 *
 * @cssprop --kerf-nest-view-sheet - Fill of the sheet.
 * @cssprop --kerf-nest-view-sheet-edge - The sheet's edge.
 * @cssprop --kerf-nest-view-used-length - The dashed used-length line.
 * @cssprop --kerf-nest-view-sheet-width - Smallest width of a drawn sheet before they wrap (default 340px).
 * @cssprop --kerf-nest-view-color-0 - Colour of the first line's parts; `-1` … `-7` the next ones (the ninth line takes `-0` again).
 *
 * @example
 * <kerf-nest-view src="basket" lang="de"></kerf-nest-view>
 * <kerf-nest-view src="admin-order:12" max-sheets="6"></kerf-nest-view>
 * <script>
 *   document.querySelector('kerf-nest-view').nest = await client.orders.nest(12);
 * </script>
 */
export class KerfNestView extends ApiElement {
  static override styles = [tokens, controls, styles];

  /** The nest to show (the endpoints' JSON); when set, `src` is not loaded. */
  @property({ attribute: false }) nest?: NestView | null;
  /** What to load: `basket`, `order:<id>` or `admin-order:<id>`. */
  @property({ reflect: true }) src = '';
  /** How many sheets of a group are drawn before "Show all". */
  @property({ type: Number, attribute: 'max-sheets' }) maxSheets = 3;
  /** Any value; when it changes, `src` is loaded again (the basket gives its lines' quantities). */
  @property({ attribute: false }) revision?: unknown;

  /** Groups shown with every sheet. */
  @state() private expanded = new Set<number>();
  /** The last nest loaded, shown (dimmed) while the next one loads. */
  @state() private loaded: NestView | null = null;

  /** The outlines' path data, built once per line of a nest. */
  private paths = new WeakMap<NestView, string[]>();

  private readonly load = new Task(this, {
    args: () => [this.nest ? '' : this.src, this.revision, this.handle?.client] as const,
    task: async ([src], { signal }) => {
      if (!src) return null;
      const s = parseSource(src);
      if (!s) throw new Error(this.t.badSource(src));
      const n = s.kind === 'basket' ? await this.client.basket.nest({ signal })
        : s.kind === 'order' ? await this.client.orders.nest(s.id, { signal })
        : await this.client.admin.orders.nest(s.id, { signal });
      this.loaded = n;
      return n;
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // another basket or order: its groups start folded again
    if (this.hasUpdated && (changed.has('src') || changed.has('nest'))) this.expanded = new Set();
    if (changed.has('src')) this.loaded = null;
  }

  private get t() {
    return this.tr(TEXTS);
  }

  /** Load `src` again. */
  reload(): void {
    void this.load.run();
  }

  private pathsOf(n: NestView): string[] {
    let p = this.paths.get(n);
    if (!p) this.paths.set(n, (p = n.lines.map((l) => outlinePath(l.outline))));
    return p;
  }

  override render() {
    const view = this.nest ?? this.loaded;
    const status = this.load.status;
    if (!view) {
      if (status === TaskStatus.ERROR) return this.renderError();
      if (!this.nest && this.src) return html`<p class="state muted" role="status">${this.common.loading}</p>`;
      return nothing;
    }
    const busy = !this.nest && status === TaskStatus.PENDING;
    return html`<div class="groups" aria-busy=${busy ? 'true' : 'false'}>
      ${!this.nest && status === TaskStatus.ERROR ? this.renderError() : nothing}
      ${view.groups.length ? view.groups.map((g, i) => this.renderGroup(view, g, i)) : html`<p class="state muted">${this.t.empty}</p>`}
    </div>`;
  }

  private renderError() {
    return html`<div role="alert"><p class="error">${this.errorText(this.load.error)}</p>
      <button type="button" @click=${() => this.reload()}>${this.common.retry}</button></div>`;
  }

  private renderGroup(n: NestView, g: NestViewGroup, gi: number) {
    const t = this.t;
    const f = this.fmt;
    const label = `${g.material} ${f.number(g.thickness, g.thickness % 1 ? 1 : 0)} mm`;
    const title = t.group({
      label, sheets: g.sheetCount, used: f.percent(g.utilization),
      boxSheets: g.method === 'box' ? null : g.boxSheetCount,
    });
    // the lines on this group's sheets, in the order of the nest's lines
    const used = new Set<number>();
    for (const s of g.sheets) for (const p of s.placements) used.add(p.line);
    const lines = [...used].sort((a, b) => a - b);
    const all = this.expanded.has(gi);
    const max = Math.max(1, this.maxSheets);
    const shown = all ? g.sheets : g.sheets.slice(0, max);
    const id = `g${gi}`;
    return html`<section class="group" part="group" aria-labelledby=${id} data-method=${g.method}>
      <h3 id=${id} part="group-title">${title}</h3>
      <ul class="legend" part="legend" aria-label=${t.legend}>
        ${lines.map((li) => {
          const line = n.lines[li];
          return html`<li><span class="swatch k${li % COLOURS}" aria-hidden="true"></span>${t.line(line?.name ?? `#${li + 1}`, f.number(line?.quantity ?? 0))}${
            line?.outline?.exact === false ? html` <span class="boxed">${t.boxed}</span>` : nothing}</li>`;
        })}
        <li><span class="dash" aria-hidden="true"></span>${t.usedLength}</li>
      </ul>
      <div class="sheets">${shown.map((s, si) => this.renderSheet(n, s, si, g.sheets.length))}</div>
      ${g.sheets.length > max
        ? html`<button type="button" class="more" part="show-all" aria-expanded=${all ? 'true' : 'false'} @click=${() => this.toggle(gi)}>
            ${all ? t.showFewer(max) : t.showAll(g.sheets.length)}</button>`
        : nothing}
    </section>`;
  }

  private toggle(gi: number) {
    const next = new Set(this.expanded);
    if (!next.delete(gi)) next.add(gi);
    this.expanded = next;
  }

  private renderSheet(n: NestView, s: NestViewSheet, si: number, count: number) {
    const f = this.fmt;
    const [w, h] = s.format;
    const dim = plain(f.locale);
    const figures: SheetFigures = {
      index: si + 1, count, size: `${dim.format(w)} × ${dim.format(h)} mm`, used: f.percent(s.utilization),
      parts: s.placements.length, length: `${dim.format(s.usedLength)} mm`,
    };
    const paths = this.pathsOf(n);
    // a little room around the sheet so its edge strokes are not cut off
    const pad = Math.max(w, h) * 0.004;
    return html`<figure part="sheet">
      <svg class="sheet" role="img" aria-label=${this.t.sheetName(figures)} viewBox="${-pad} ${-pad} ${w + 2 * pad} ${h + 2 * pad}"
        preserveAspectRatio="xMidYMid meet">
        ${svg`<g transform="matrix(1 0 0 -1 0 ${h})">
          <rect class="plate" x="0" y="0" width=${w} height=${h}></rect>
          ${s.placements.map((p) => svg`<path class=${`k${p.line % COLOURS}`} d=${paths[p.line] ?? ''} transform=${placementTransform(p)}></path>`)}
          ${s.usedLength > 0 && s.usedLength < w ? svg`<line class="used" x1=${s.usedLength} y1="0" x2=${s.usedLength} y2=${h}></line>` : nothing}
        </g>`}
      </svg>
      <figcaption aria-hidden="true">${this.t.sheetCaption(figures)}</figcaption>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kerf-nest-view': KerfNestView;
  }
}
