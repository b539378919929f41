import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AnalyzeResult } from '../../sdk/types.js';
import { KerfElement } from '../shared/kerf-element.js';
import { controls, tokens } from '../shared/theme.js';
import { styles } from './preview.styles.js';
import { translations, type PreviewCounts } from './translations.js';

const MIN_ZOOM = 0.5;
const MAX_ZOOM = 64;
const STEP = 1.5;

/**
 * A ring drawn over the part about a point of the drawing (mm, y up, as the analysis measures):
 * the holes a configurator found for a finishing, say. `active` ones are drawn solid, the others
 * dashed; `label` is the ring's tooltip.
 */
export interface PreviewMark { x: number; y: number; radius: number; label?: string; active?: boolean }

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The SVG's viewBox as drawn: x, y, width, height. */
type Box = [number, number, number, number];

/**
 * Parse an SVG document into a node of this page's DOM, or null if it is not an SVG.
 *
 * Why not `innerHTML`/`unsafeSVG`: the string comes from the SDK's `previewSvg`, which escapes
 * every text it takes from a drawing and writes nothing but numbers into attributes, so it is
 * safe as generated. But `svg` is a public property, and a page may hand in any string; parsing
 * it as XML (scripts in a DOMParser document never run) and keeping only drawing elements means a
 * hostile string cannot run code or load anything, whoever set it.
 */
function parseSvg(text: string): SVGSVGElement | null {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.localName !== 'svg' || root.namespaceURI !== 'http://www.w3.org/2000/svg' || doc.getElementsByTagName('parsererror').length) return null;
  const ALLOWED = new Set(['svg', 'g', 'path', 'circle', 'line', 'polyline', 'polygon', 'rect', 'ellipse', 'text', 'style', 'title', 'desc']);
  for (const el of [...root.querySelectorAll('*')]) {
    if (!ALLOWED.has(el.localName)) el.remove();
  }
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const a of [...el.attributes]) if (/^on|href$/i.test(a.localName)) el.removeAttribute(a.name);
  }
  for (const s of [...root.querySelectorAll('style')]) {
    // the SDK's style only sets colours by class; drop any that could fetch something
    if (/@import|url\s*\(/i.test(s.textContent ?? '')) s.remove();
  }
  const svg = document.importNode(root, true) as unknown as SVGSVGElement;
  // the viewport carries the accessible name; the drawing itself is decoration for assistive tech
  svg.removeAttribute('role');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return svg;
}

/**
 * An SVG preview of a part's contours with zoom and pan: outlines, holes, open contours (dashed)
 * and healed gaps (circles) in distinct styles, a legend, and an accessible name that says what
 * was found ("Preview of the part: 2 holes and 1 open contour"). When the drawing carries its cut
 * sequence (`previewSvg(r, { sequence: true })`; a `result` is drawn with it), a "Cut order" toggle
 * shows the order of the contours, their lead-ins and the rapid moves.
 *
 * Give it `svg` (the string from the SDK's `previewSvg`) or `result` (an `AnalyzeResult` analyzed
 * with `{ geometry: true }`; the preview code then loads on first use). Zoom with the buttons, the
 * mouse wheel, pinch, or + and − when focused; pan by dragging or with the arrow keys; 0 or
 * "Fit to view" resets.
 *
 * @summary Zoomable, pannable SVG preview of a part's contours.
 *
 * @csspart viewport - The framed drawing area (focusable).
 * @csspart controls - The zoom buttons.
 * @csspart legend - The legend of contour kinds.
 *
 * @cssprop --kerf-preview-height - Height of the drawing area (default 320px).
 * @cssprop --kerf-preview-background - Background of the drawing area.
 * @cssprop --kerf-preview-material - Fill of the material.
 * @cssprop --kerf-preview-outer - Stroke of outlines.
 * @cssprop --kerf-preview-hole - Stroke of holes.
 * @cssprop --kerf-preview-open - Stroke of open contours.
 * @cssprop --kerf-preview-gap - Colour of healed-gap markers.
 * @cssprop --kerf-preview-mark - Colour of the rings of `marks` (default: primary colour).
 * @cssprop --kerf-preview-rapid - Colour of the cut sequence's rapid moves.
 * @cssprop --kerf-preview-lead-in - Colour of the lead-in dots.
 * @cssprop --kerf-preview-step - Colour of the step numbers.
 *
 * @example
 * ```html
 * <kerf-preview label="bracket.dxf"></kerf-preview>
 * <script type="module">
 *   import { analyzeDxf, previewSvg } from 'kerf';
 *   const r = await analyzeDxf(text, { geometry: true });
 *   document.querySelector('kerf-preview').svg = previewSvg(r);
 * </script>
 * ```
 */
export class KerfPreview extends KerfElement {
  static override styles = [tokens, controls, styles];

  /** The SVG document to show, as made by the SDK's `previewSvg`. */
  @property({ attribute: false }) svg = '';
  /** An analysis with geometry; used when `svg` is empty. */
  @property({ attribute: false }) result?: AnalyzeResult;
  /** What is shown, for the accessible name (a file or part name). */
  @property() label = '';
  /** Rings over the part at points of the drawing (mm), such as the tap-drill holes found; listed in the legend. */
  @property({ attribute: false }) marks: PreviewMark[] = [];

  @state() private node: SVGSVGElement | null = null;
  @state() private invalid = false;
  @state() private zoom = 1;
  @state() private dragging = false;
  /** Show the cut sequence (when the drawing carries one). */
  @state() private showSequence = false;
  private hasSequence = false;
  private counts: PreviewCounts = { outer: 0, hole: 0, open: 0, gap: 0 };
  private base: Box = [0, 0, 1, 1];
  private cx = 0.5;
  private cy = 0.5;
  private pointers = new Map<number, { x: number; y: number }>();
  private generation = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('svg') || changed.has('result')) void this.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('marks') || changed.has('node' as keyof KerfPreview)) this.drawMarks();
  }

  /** The marks as a group of rings over the drawing (a viewBox point (x, −y) is drawing point (x, y)). */
  private drawMarks(): void {
    const node = this.node;
    if (!node) return;
    node.querySelector(':scope > g.kerf-marks')?.remove();
    const marks = (this.marks ?? []).filter((m) => [m.x, m.y, m.radius].every(Number.isFinite) && m.radius > 0);
    if (!marks.length) return;
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', 'kerf-marks');
    for (const m of marks) {
      const c = document.createElementNS(SVG_NS, 'circle');
      c.setAttribute('cx', String(m.x));
      c.setAttribute('cy', String(-m.y));
      c.setAttribute('r', String(m.radius));
      c.setAttribute('class', m.active ? 'kerf-mark active' : 'kerf-mark');
      if (m.label) {
        const title = document.createElementNS(SVG_NS, 'title');
        title.textContent = m.label;
        c.append(title);
      }
      g.append(c);
    }
    node.append(g);
  }

  private async load(): Promise<void> {
    const n = ++this.generation;
    let text = this.svg;
    if (!text && this.result) {
      try {
        // loaded on first use: the page's first script stays small
        const { previewSvg } = await import('../../sdk/preview/preview-svg.js');
        text = previewSvg(this.result, { sequence: true });
      } catch {
        text = '';
        if (n === this.generation) this.invalid = true;
      }
    }
    if (n !== this.generation) return;
    if (!text) {
      this.node = null;
      this.counts = { outer: 0, hole: 0, open: 0, gap: 0 };
      this.hasSequence = false;
      return;
    }
    const node = parseSvg(text);
    this.invalid = !node;
    this.node = node;
    if (!node) return;
    const count = (cls: string) => node.getElementsByClassName(cls).length;
    this.counts = { outer: count('kerf-outer'), hole: count('kerf-hole'), open: count('kerf-open'), gap: count('kerf-gap') };
    this.hasSequence = count('kerf-sequence') > 0;
    const vb = node.viewBox.baseVal;
    this.base = vb && vb.width > 0 && vb.height > 0 ? [vb.x, vb.y, vb.width, vb.height] : [0, 0, 100, 100];
    this.fit();
  }

  /** Back to the whole part. */
  fit(): void {
    this.zoom = 1;
    this.cx = this.base[0] + this.base[2] / 2;
    this.cy = this.base[1] + this.base[3] / 2;
    this.apply();
  }

  /** Zoom by `factor` about a point of the drawing (default the centre of the view). */
  zoomBy(factor: number, about?: { x: number; y: number }): void {
    const z = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.zoom * factor));
    const f = z / this.zoom;
    if (about) {
      this.cx = about.x - (about.x - this.cx) / f;
      this.cy = about.y - (about.y - this.cy) / f;
    }
    this.zoom = z;
    this.apply();
  }

  /** Move the view by a fraction of what is visible (dx, dy in −1…1). */
  panBy(dx: number, dy: number): void {
    this.cx += (dx * this.base[2]) / this.zoom;
    this.cy += (dy * this.base[3]) / this.zoom;
    this.apply();
  }

  private apply(): void {
    if (!this.node) return;
    const w = this.base[2] / this.zoom, h = this.base[3] / this.zoom;
    this.node.setAttribute('viewBox', `${this.cx - w / 2} ${this.cy - h / 2} ${w} ${h}`);
  }

  /** Drawing units per CSS pixel, and the viewport's box (the SVG keeps its aspect, centred). */
  private scale(): { s: number; rect: DOMRect } {
    const rect = this.renderRoot.querySelector('.viewport')!.getBoundingClientRect();
    const w = this.base[2] / this.zoom, h = this.base[3] / this.zoom;
    return { s: Math.max(w / Math.max(rect.width, 1), h / Math.max(rect.height, 1)), rect };
  }

  private toDrawing(clientX: number, clientY: number): { x: number; y: number } {
    const { s, rect } = this.scale();
    return { x: this.cx + (clientX - rect.left - rect.width / 2) * s, y: this.cy + (clientY - rect.top - rect.height / 2) * s };
  }

  private onWheel = (e: WheelEvent) => {
    if (!this.node) return;
    e.preventDefault();
    this.zoomBy(Math.exp(-e.deltaY * 0.0015), this.toDrawing(e.clientX, e.clientY));
  };

  private onPointerDown = (e: PointerEvent) => {
    if (!this.node) return;
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.dragging = true;
  };

  private onPointerMove = (e: PointerEvent) => {
    const last = this.pointers.get(e.pointerId);
    if (!last) return;
    if (this.pointers.size === 2) {
      // pinch: the distance between the two fingers sets the zoom
      const other = [...this.pointers.entries()].find(([id]) => id !== e.pointerId)![1];
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
      this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (before > 0) this.zoomBy(after / before, this.toDrawing((e.clientX + other.x) / 2, (e.clientY + other.y) / 2));
      return;
    }
    const { s } = this.scale();
    this.cx -= (e.clientX - last.x) * s;
    this.cy -= (e.clientY - last.y) * s;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.apply();
  };

  private onPointerUp = (e: PointerEvent) => {
    this.pointers.delete(e.pointerId);
    if (!this.pointers.size) this.dragging = false;
  };

  private onKey = (e: KeyboardEvent) => {
    if (!this.node || e.altKey || e.ctrlKey || e.metaKey) return;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, -0.1], ArrowDown: [0, 0.1] };
    if (moves[e.key]) this.panBy(...moves[e.key]);
    else if (e.key === '+' || e.key === '=') this.zoomBy(STEP);
    else if (e.key === '-' || e.key === '−') this.zoomBy(1 / STEP);
    else if (e.key === '0') this.fit();
    else return;
    e.preventDefault();
  };

  override render() {
    const t = this.tr(translations);
    if (!this.node) {
      return html`<div class="frame">
        <div class="viewport empty" part="viewport" role="img" aria-label=${this.invalid ? t.invalid : t.empty}>${this.invalid ? t.invalid : t.empty}</div>
      </div>`;
    }
    const c = this.counts;
    const item = (cls: string, label: string, n: number, shape: 'line' | 'circle' = 'line') => html`<li>
      <svg aria-hidden="true" viewBox="0 0 26 12">${shape === 'line'
        ? svg`<line class=${cls} x1="1" y1="6" x2="25" y2="6"></line>`
        : svg`<circle class=${cls} cx="13" cy="6" r="4.5"></circle>`}</svg>${label} (${this.fmt.number(n)})</li>`;
    return html`<div class="frame">
      <div class="viewport ${this.dragging ? 'dragging' : ''} ${this.showSequence ? 'sequence' : ''}" part="viewport" role="img" tabindex="0"
        aria-label=${t.name(this.label, c)} aria-describedby="instructions"
        @wheel=${this.onWheel} @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp} @pointercancel=${this.onPointerUp} @keydown=${this.onKey}>${this.node}</div>
      <p id="instructions" class="sr-only">${t.instructions}</p>
      <div class="bar">
        <div class="controls" part="controls" role="group" aria-label=${t.controls}>
          <button type="button" @click=${() => this.zoomBy(1 / STEP)} aria-label=${t.zoomOut} title=${t.zoomOut}>−</button>
          <button type="button" @click=${() => this.zoomBy(STEP)} aria-label=${t.zoomIn} title=${t.zoomIn}>+</button>
          <button type="button" @click=${() => this.fit()}>${t.reset}</button>
          <span class="level">${t.zoomLevel(this.fmt.percent(this.zoom))}</span>
          ${this.hasSequence ? html`<button type="button" class="sequence-toggle" aria-pressed=${String(this.showSequence)}
            @click=${() => { this.showSequence = !this.showSequence; }}>${t.sequence}</button>` : nothing}
        </div>
        <ul class="legend" part="legend" aria-label=${t.legend}>
          ${item('l-outer', t.outer, c.outer)}
          ${c.hole ? item('l-hole', t.hole, c.hole) : nothing}
          ${c.open ? item('l-open', t.open, c.open) : nothing}
          ${c.gap ? item('l-gap', t.gap, c.gap, 'circle') : nothing}
          ${this.marks?.length ? item('l-mark', t.mark, this.marks.length, 'circle') : nothing}
        </ul>
      </div>
    </div>`;
  }
}
