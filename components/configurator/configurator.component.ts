import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Basket, Part, PartInput, Session } from '../../sdk/client/types.js';
import type { BasketAddDetail } from '../shared/basket-add.js';
import type { CatalogInput } from '../../sdk/pricing/catalog.js';
import { DEFAULT_CATALOG } from '../../sdk/pricing/default-catalog.js';
import { DEFAULT_PROFILE } from '../../sdk/pricing/default-profile.js';
import type { FinishingChoice, FinishingPrices, Hole, TapHoles } from '../../sdk/pricing/finishing.js';
import type { DeliveryOption, LeadTime } from '../../sdk/pricing/lead-time.js';
import type { PricingOverrides, PricingProfile } from '../../sdk/pricing/profile.js';
import type { Quote, QuoteLine } from '../../sdk/pricing/quote.js';
import type { TemplateInfo } from '../../sdk/shapes/index.js';
import type { AnalyzeProgress, LayerInfo } from '../../sdk/types.js';
import type { PreviewMark } from '../preview/preview.component.js';
import { ApiElement } from '../shared/api.js';
import { quotingRuntime } from '../shared/quoting.js';
import { controls, tokens } from '../shared/theme.js';
import { styles } from './configurator.styles.js';
import { withUnits } from './dxf-units.js';
import { translations, type Advice, type ConfiguratorTexts, type ProgressStage, type RoleCode, type WarningCode } from './translations.js';

const ROLES: RoleCode[] = ['cut', 'engrave', 'bend', 'ignore'];

/** Drawings larger than this (bytes) show a progress bar while they are analysed. */
const PROGRESS_FROM = 2 * 1024 * 1024;
/**
 * Where each stage puts the bar, as a share of the whole time from the drop to the price, as
 * measured in Chromium on 4 and 12 MB drawings: the worker reads the bytes in the first quarter
 * (its start included); the core and building the result with the contours the preview needs
 * (between `measure` and `done`) take about a third; pricing, the answer's way back and the
 * preview the rest.
 */
const READ_SHARE = 0.25;
const STAGE_SHARE: Record<ProgressStage, number> = { read: 0, pack: 0.28, measure: 0.33, result: 0.45, done: 0.7 };

/** Detail of `kerf-price-change`: the price now shown. Amounts in integer minor units (cents). */
export interface PriceChangeDetail {
  unitPrice: number;
  total: number;
  currency: string;
  quantity: number;
  material: string;
  thickness: number;
  /** The finishing priced (absent when none). */
  finishing?: FinishingChoice;
  /** The delivery option priced (`standard`, `express`, `economy`) and its date (YYYY-MM-DD). */
  leadTime: string;
  deliveryDate: string;
}

/**
 * What goes with a part to the library or the basket: the finishing and delivery chosen. The
 * basket item takes the finishing and the basket the delivery option; a part in the library is
 * the drawing alone, so there they travel in the event for the host page.
 */
export interface FinishingDetail {
  finishing?: FinishingChoice;
  leadTime: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kerf-price-change': CustomEvent<PriceChangeDetail>;
    'kerf-error': CustomEvent<{ code: string; message: string }>;
    'kerf-part-saved': CustomEvent<{ part: Part }>;
    'kerf-basket-add': CustomEvent<BasketAddDetail>;
    'kerf-sign-in-request': CustomEvent<Record<string, never>>;
  }
}

type Source =
  | { kind: 'file'; name: string; bytes: Uint8Array }
  | { kind: 'template'; template: string; values: Record<string, string> };

type Units = 'auto' | 'mm' | 'in';

/** Materials, pricing and templates in use: the properties' (or built-in), or the company's. */
interface CatalogData {
  catalog: CatalogInput;
  profile: PricingOverrides;
  /** null: the built-in templates (loaded with the quoting runtime). */
  templates: TemplateInfo[] | null;
}

/** A value the form cannot quote with, shown at its field rather than as a failure. */
interface FieldError {
  code: 'INVALID_PARAMETER' | 'INVALID_QUANTITY';
  message: string;
  field: string;
  kind: 'required' | 'nan' | 'whole' | 'min' | 'max' | 'cross' | 'quantity';
  limit?: number;
  /** For a cross-check: whether the SDK's limit is a maximum or a minimum. */
  bound?: 'most' | 'least';
}

/** A price, and the drawing or shape it is for (what the layer switches belong to). */
interface Priced { quote: Quote; svg: string; units: Units; source: Source; finishing?: FinishingChoice }

/** The finishing as the customer set it; counts are clamped to the holes found when it is priced. */
interface FinishingForm {
  deburring: boolean;
  /** By thread: tapped or not, and how many holes (null: all the drawing has of that tap drill). */
  tapping: Record<string, { on: boolean; count: number | null }>;
  countersinking: { on: boolean; count: number | null };
  /** `count` is used when the drawing has no bend lines. */
  bending: { on: boolean; count: number };
  coating: { kind: '' | 'powder' | 'anodize'; colour: string };
}

const NO_FINISHING: FinishingForm = {
  deburring: false, tapping: {}, countersinking: { on: false, count: null }, bending: { on: false, count: 1 }, coating: { kind: '', colour: '' },
};

/** What the drawing offers to finish, as found when it was last priced (kept while a finishing choice fails). */
interface Found {
  source: Source;
  units: Units;
  layers: Record<string, RoleCode>;
  taps: TapHoles[];
  holes: Hole[];
  bendLines: number;
  /** The part's longer side, mm (which bending row applies). */
  longer: number;
}

/** Bends a customer may enter for a drawing without bend lines. */
const MAX_BENDS = 99;

const isFieldError = (e: unknown): e is FieldError => typeof (e as FieldError)?.field === 'string';
const aborted = () => ({ code: 'ABORTED', message: 'The request was aborted.' });

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(t); reject(aborted()); }, { once: true });
  });
}

const isFinishingError = (e: unknown): boolean => (e as { code?: string })?.code === 'INVALID_FINISHING';

const WARNING_CODES = new Set<string>(['LAYER_IGNORED', 'OPEN_CONTOUR', 'DUPLICATE_GEOMETRY', 'GAP_HEALED', 'IGNORED_ENTITY', 'UNITLESS_DRAWING',
  'DEGENERATE_GEOMETRY', 'SKIPPED_ENTITY', 'SPLINE_FROM_FIT_POINTS', 'SMALL_FEATURE', 'CROSSING_CONTOURS']);

/** Typing in a field waits this long before pricing; choosing a file or an option does not wait. */
const TYPING_DELAY = 150;

/**
 * Instant quoting: drop or choose a DXF (or fill in a standard shape), choose material, thickness
 * and quantity, and see the price, a preview, the part's metrics and every finding about the
 * drawing with what to do about it. Pricing runs in a Web Worker while you type; a newer
 * calculation aborts the one before, so a stale price never replaces a newer one.
 *
 * Without `api` it quotes entirely in the browser from the `catalog` and `profile` properties (or
 * the built-in demo catalog): a static site needs no server. With `api` (or inside `kerf-portal`)
 * it prices with the company's catalog and profile from `GET /api/catalog` (anonymous with
 * `embed-key`), still in the browser, and signed-in customers can save the part to their library
 * and add it to the basket; the server prices whatever is saved again.
 *
 * @summary Drop a DXF or pick a shape, see the price at once.
 *
 * @csspart inputs - The column with the drawing, material and quantity.
 * @csspart source - The drawing or standard-shape chooser.
 * @csspart dropzone - The area a DXF can be dropped on (holds the file button).
 * @csspart progress - The progress of the analysis of a drawing over 2 MB (a `<progress>` and what is being done).
 * @csspart units - The question whether the drawing is in millimetres or inches.
 * @csspart layers - A switch per layer of the drawing (cut, engrave, bend line, ignore), shown when it has several layers or any not cut.
 * @csspart options - Material, thickness and quantity.
 * @csspart finishing - Deburring, tapping of the tap-drill holes found, countersinking, bending and coating, as the shop offers them (with any error about them).
 * @csspart delivery - The delivery options, each with its date and surcharge or discount (a radio group).
 * @csspart price - Unit price and total (an aria-live region).
 * @csspart order - Save to library, add to basket, or sign in to order.
 * @csspart warnings - Findings about the drawing, each with its fix.
 * @csspart error - Why there is no price, and what to do.
 * @csspart preview - The contour preview (a `kerf-preview`).
 * @csspart healed - The button that downloads the healed drawing (`<name>-healed.dxf`: the cut contours as Kerf analyzed them, in mm).
 * @csspart metrics - Cut length, pierces, engraving length and bend lines (when the drawing has them), areas, weight, cutting time and rapid travel, size, sheet usage.
 * @csspart breakdown - The lines the price is made of.
 *
 * @cssprop --kerf-configurator-accent - Accent of the price box and chosen buttons (default: primary colour).
 * @cssprop --kerf-configurator-background - Background of the element.
 * @cssprop --kerf-configurator-drop-background - Background of the drop zone.
 * @cssprop --kerf-configurator-price-size - Font size of the unit price (default 2em).
 *
 * @fires kerf-price-change - A new price is shown: `{ unitPrice, total, currency, quantity, material, thickness, finishing, leadTime, deliveryDate }` (cents).
 * @fires kerf-error - Pricing, loading or saving failed: `{ code, message }` (not for values shown at their field).
 * @fires kerf-part-saved - The part was saved to the library: `{ part, finishing, leadTime }` (the finishing and delivery chosen, for the host page).
 * @fires kerf-basket-add - The part was added to the basket with its finishing (and the basket set to the delivery option chosen, unless standard): `{ part, quantity, basket, finishing, leadTime }`.
 * @fires kerf-sign-in-request - "Sign in to order" was pressed (when no `sign-in-url` is set).
 *
 * @example
 * ```html
 * <script type="module" src="https://portal.example.com/kerf/kerf.js"></script>
 * <kerf-configurator api="https://portal.example.com" embed-key="public-key" lang="de"></kerf-configurator>
 * <!-- or with no server at all: -->
 * <kerf-configurator material="1.4301" thickness="2"></kerf-configurator>
 * ```
 */
export class KerfConfigurator extends ApiElement {
  static override styles = [tokens, controls, styles];

  /** Materials and thicknesses for quoting without `api` (default: the built-in demo catalog). */
  @property({ attribute: false }) catalog?: CatalogInput;
  /** Pricing for quoting without `api`: overrides of the built-in profile. */
  @property({ attribute: false }) profile?: PricingOverrides;
  /** The material chosen (its id); the first of the catalog when empty or unknown. */
  @property() material = '';
  /** The sheet thickness chosen, mm; 3 mm (or the nearest offered) when unset or not offered. */
  @property({ type: Number }) thickness = 0;
  /** The quantity. */
  @property({ type: Number }) quantity = 1;
  /** Start with this standard shape (`rectangle`, `disc`, `ring`, `flange`, …) instead of a file. */
  @property() template = '';
  /** Where "Sign in to order" leads; without it the button fires `kerf-sign-in-request`. */
  @property({ attribute: 'sign-in-url' }) signInUrl?: string;
  /** The order date delivery dates count from (YYYY-MM-DD); today (UTC) when empty. */
  @property({ attribute: 'order-date' }) orderDate = '';

  @state() private mode: 'file' | 'template' = 'file';
  @state() private source?: Source;
  @state() private quantityText = '1';
  @state() private quantityOk = true;
  @state() private units: Units = 'auto';
  /** The customer's layer roles, over what the drawing's layer names and states say. */
  @state() private layerRoles: Record<string, RoleCode> = {};
  /** What the drawing itself said about its units, when the question is asked. */
  @state() private unitsAsked: { declared: string; tiny: string | null } | null = null;
  @state() private over = false;
  @state() private readFailed = false;
  @state() private localTemplates: TemplateInfo[] | null = null;
  @state() private partName = '';
  @state() private saved?: Part;
  @state() private busy: '' | 'save' | 'basket' = '';
  /** The healed drawing is being made in the worker. */
  @state() private healing = false;
  @state() private notice: { ok: boolean; text: string } | null = null;
  /** A drawing with nothing to cut, and its layers as the worker found them (to offer a switch). */
  @state() private noCut: { source: Source; layers: LayerInfo[] } | null = null;
  /** How far the analysis of a big drawing is (null: no bar). */
  @state() private progress: AnalyzeProgress | null = null;
  /** The finishing chosen, and what the drawing offers to finish. */
  @state() private finishing: FinishingForm = NO_FINISHING;
  @state() private found: Found | null = null;
  /** The delivery option chosen, and the options with their dates as last priced. */
  @state() private leadTime = 'standard';
  @state() private deliveryOptions: DeliveryOption[] = [];

  private delay = 0;

  private get apiMode(): boolean {
    return !!this.handle || (this.api !== undefined && this.api !== null);
  }

  /** The company's catalog (with `api`) or the local one. */
  private catalogTask = new Task(this, {
    task: async ([apiMode, client, , catalog, profile], { signal }): Promise<CatalogData> => {
      if (!apiMode || !client) return { catalog: catalog ?? DEFAULT_CATALOG, profile: profile ?? {}, templates: null };
      const view = await client.quoting.catalog({ signal });
      // the worker fills what a profile leaves out from the demo profile; a shop's profile without
      // finishing or holidays offers no finishing and has none (as the server prices it)
      const shop = { ...view.profile, finishing: view.profile.finishing ?? {}, holidays: view.profile.holidays ?? [] };
      return { catalog: view.catalog, profile: shop, templates: view.templates };
    },
    args: () => [this.apiMode, this.apiMode ? this.client : null, this.handle?.session?.activeCompanyId ?? null, this.catalog, this.profile] as const,
    onError: (e) => this.reportError(e),
  });

  /** Who is signed in, for an element with `api` outside the portal (the portal shares its session). */
  private meTask = new Task(this, {
    task: async ([ask, client], { signal }): Promise<Session | null> => {
      if (!ask || !client) return null;
      try {
        return await client.auth.me({ signal });
      } catch {
        return null; // 401 (or no answer): signed out
      }
    },
    args: () => [this.apiMode && !this.handle, this.apiMode && !this.handle ? this.client : null] as const,
  });

  /**
   * The price. Task runs with an AbortSignal each, and only its latest run may set the value: an
   * older calculation still in the worker is aborted and its late answer dropped.
   */
  private quoteTask = new Task(this, {
    task: async ([source, material, thickness, quantity, quantityOk, units, data, layers, form, leadTime, orderDate], { signal }): Promise<Priced | typeof initialState> => {
      // the bar of an aborted run goes with it; only this run may set or clear it from here on
      this.progress = null;
      if (!source || !data || !material || !thickness) return initialState;
      const delay = this.delay;
      this.delay = 0;
      if (delay) await sleep(delay, signal);
      if (!quantityOk) throw { code: 'INVALID_QUANTITY', message: 'Quantity must be a whole number from 1 to 1,000,000.', field: 'quantity', kind: 'quantity' } satisfies FieldError;
      // a big drawing shows how far its analysis is (a few MB take seconds on a phone); small ones
      // get no callback at all, so no message crosses from the worker for them
      const size = source.kind === 'file' ? source.bytes.length : 0;
      const onProgress = size > PROGRESS_FROM ? (p: AnalyzeProgress) => { if (!signal.aborted) this.progress = p; } : undefined;
      onProgress?.({ stage: 'read', bytesRead: 0, totalBytes: size, entities: 0, segments: 0 });
      try {
        const rt = await quotingRuntime();
        if (signal.aborted) throw aborted();
        const drawing = source.kind === 'file' ? source.bytes : this.generate(rt, source, data);
        const request = { material, thickness, quantity, leadTime: this.offeredLeadTime(leadTime), ...(orderDate ? { orderDate } : {}) };
        const price = (finishing: FinishingChoice | undefined, progress: boolean) => rt.quote(drawing, { ...request, ...(finishing ? { finishing } : {}) }, {
          catalog: data.catalog, profile: data.profile, signal,
          options: { ...(units === 'auto' ? {} : { units }), ...(Object.keys(layers).length ? { layers } : {}), ...(progress && onProgress ? { onProgress } : {}) },
        }).catch((e: unknown) => {
          // everything on layers not cut (an outline layer named "Kante" reads as bend lines):
          // the switches stay, so the customer can say which layer is the part
          const found = (e as { code?: string; layers?: LayerInfo[] }).layers;
          if (!signal.aborted && (e as { code?: string }).code === 'NO_CUT_GEOMETRY' && found?.length) this.noCut = { source, layers: found };
          throw e;
        });
        const foundOf = (q: Quote): Found => ({
          source, units, layers, taps: rt.tapHoles(q.metrics), holes: rt.findHoles(q.metrics),
          bendLines: q.metrics.metrics?.bends.count ?? 0, longer: Math.max(q.metrics.bbox.width, q.metrics.bbox.height),
        });
        // the finishing is chosen from what the drawing has (holes, bend lines): a drawing not yet
        // looked at is priced bare first, then with the finishing its holes allow
        let found = this.foundFor(source, units, layers);
        let bare: Quote | undefined;
        if (!found && this.hasFinishing(form)) {
          bare = await price(undefined, true);
          found = foundOf(bare);
          if (!signal.aborted) this.found = found;
        }
        const finishing = this.finishingChoice(form, found);
        const quote = !finishing && bare ? bare : await price(finishing, !bare);
        if (!signal.aborted) {
          this.found = found ?? foundOf(quote);
          this.deliveryOptions = quote.delivery.options;
        }
        return { quote, svg: rt.previewSvg(quote.metrics, { sequence: true }), units, source, ...(finishing ? { finishing } : {}) };
      } finally {
        if (!signal.aborted) this.progress = null;
      }
    },
    args: () => [this.source, this.material, this.thickness, this.quantity, this.quantityOk, this.units, this.catalogTask.value, this.layerRoles,
      this.finishing, this.leadTime, this.orderDate] as const,
    onComplete: (r) => {
      const { quote } = r;
      if (r.units === 'auto') {
        const m = quote.metrics;
        const big = Math.max(m.bbox.width, m.bbox.height);
        this.unitsAsked = m.sourceUnits === 'unitless' || m.sourceUnits === 'in'
          ? { declared: m.sourceUnits, tiny: m.sourceUnits === 'unitless' && big < 25.4 ? `${this.fmt.number(m.bbox.width, 1)} × ${this.fmt.number(m.bbox.height, 1)} mm` : null }
          : null;
      }
      this.emit('kerf-price-change', {
        unitPrice: quote.unitPrice, total: quote.total, currency: quote.currency, quantity: quote.quantity,
        material: quote.material.id, thickness: quote.material.thickness,
        ...(r.finishing ? { finishing: r.finishing } : {}), leadTime: quote.delivery.code, deliveryDate: quote.delivery.date,
      });
    },
    // a field's error and a finishing the drawing or the shop does not allow are shown where they are set
    onError: (e) => { if (!isFieldError(e) && !isFinishingError(e)) this.reportError(e); },
  });

  /** The pricing profile in use: the company's, or the built-in one with the `profile` property over it. */
  private get effectiveProfile(): Partial<PricingProfile> {
    const p = this.data?.profile ?? {};
    if (this.apiMode) return p;
    const defined = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
    return { ...DEFAULT_PROFILE, ...defined };
  }

  /** The finishing the shop offers (nothing left out = not offered). */
  private get offer(): FinishingPrices {
    return this.effectiveProfile.finishing ?? {};
  }

  private get leadTimes(): LeadTime[] {
    return this.effectiveProfile.leadTimes ?? DEFAULT_PROFILE.leadTimes ?? [];
  }

  /** The chosen delivery option if the shop offers it, else its standard one (or its first). */
  private offeredLeadTime(code: string): string {
    const list = this.leadTimes;
    if (!list.length || list.some((l) => l.code === code)) return code;
    return (list.find((l) => l.code === 'standard') ?? list[0]).code;
  }

  /** What was found in this drawing as it is read now (units, layer roles), if it was priced. */
  private foundFor(source: Source, units: Units, layers: Record<string, RoleCode>): Found | null {
    const f = this.found;
    return f && f.source === source && f.units === units && f.layers === layers ? f : null;
  }

  private hasFinishing(f: FinishingForm): boolean {
    return f.deburring || Object.values(f.tapping).some((x) => x.on) || f.countersinking.on || f.bending.on || !!f.coating.kind;
  }

  /** The SDK's finishing for the form: only what the shop offers, counts at most what the drawing has. */
  private finishingChoice(form: FinishingForm, found: Found | null): FinishingChoice | undefined {
    const offer = this.offer;
    const c: FinishingChoice = {};
    if (form.deburring && offer.deburring) c.deburring = true;
    if (found) {
      const tapping = found.taps
        .filter((t) => form.tapping[t.thread]?.on && offer.tapping?.some((o) => o.thread === t.thread))
        .map((t) => ({ thread: t.thread, count: Math.min(form.tapping[t.thread].count ?? t.holes.length, t.holes.length) }))
        .filter((t) => t.count > 0);
      if (tapping.length) c.tapping = tapping;
      const holes = found.holes.length;
      if (form.countersinking.on && offer.countersinking && holes) {
        const n = Math.min(form.countersinking.count ?? holes, holes);
        if (n > 0) c.countersinking = n;
      }
      if (form.bending.on && offer.bending?.length) {
        if (found.bendLines > 0) c.bending = true;
        else if (form.bending.count > 0) c.bending = form.bending.count;
      }
    }
    const coat = form.coating.kind ? offer.coating?.find((x) => x.kind === form.coating.kind) : undefined;
    if (coat) c.coating = { kind: coat.kind, colour: coat.colours.includes(form.coating.colour) ? form.coating.colour : coat.colours[0] };
    return Object.keys(c).length ? c : undefined;
  }

  private setFinishing(change: Partial<FinishingForm>): void {
    this.delay = 0;
    this.finishing = { ...this.finishing, ...change };
  }

  /** A count typed in a finishing field: whole, from `min` to `max`; more than `max` is written back as `max`. */
  private countInput(e: Event, min: number, max: number): number | null {
    const input = e.target as HTMLInputElement;
    const raw = input.value.trim();
    const n = Number(raw);
    if (!raw || !Number.isFinite(n)) return null;
    const clamped = Math.min(max, Math.max(min, Math.round(n)));
    if (String(clamped) !== raw) input.value = String(clamped);
    return clamped;
  }

  private reportError(e: unknown): void {
    const err = e as { code?: string; message?: string };
    if (err?.code === 'ABORTED') return;
    this.emit('kerf-error', { code: err?.code ?? 'INTERNAL_ERROR', message: err?.message ?? String(e) });
  }

  private get t(): ConfiguratorTexts {
    return this.tr(translations);
  }

  private get data(): CatalogData | undefined {
    return this.catalogTask.value;
  }

  private get templates(): TemplateInfo[] | null {
    return this.data?.templates ?? this.localTemplates;
  }

  private get currentSession(): Session | null {
    return this.handle ? this.session : this.meTask.value ?? null;
  }

  /** A number as written in a form: no more decimals than it has (at most 3). */
  private n(v: number): string {
    const d = Number.isInteger(v) ? 0 : Math.min(3, String(v).split('.')[1]?.length ?? 0);
    return this.fmt.number(v, d);
  }

  /** A share with one decimal where it is small (one bracket on a sheet is 0.2 %, not 0 %). */
  private percent(v: number): string {
    return new Intl.NumberFormat(this.fmt.locale, { style: 'percent', maximumFractionDigits: v < 0.1 ? 1 : 0 }).format(v);
  }

  private materialName(id: string): string {
    const m = this.data?.catalog.materials.find((x) => x.id === id);
    if (!m) return id;
    return (m.name as Record<string, string | undefined>)[this.language] ?? m.name.en;
  }

  // -------------------------------------------------------------------------------------------
  // state

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('quantity') && String(this.quantity) !== this.quantityText && this.quantityOk) {
      this.quantityText = String(this.quantity);
    }
    if (changed.has('template') && this.template && !this.source) this.showTemplates();
    // the material and thickness must be ones the catalog offers
    const materials = this.data?.catalog.materials;
    if (materials?.length) {
      const m = materials.find((x) => x.id === this.material) ?? materials[0];
      if (m.id !== this.material) this.material = m.id;
      const list = m.thicknesses.map((x) => x.thickness);
      if (!list.some((x) => Math.abs(x - this.thickness) < 1e-9)) {
        const want = this.thickness || 3;
        this.thickness = list.reduce((best, x) => Math.abs(x - want) < Math.abs(best - want) ? x : best, list[0]);
      }
    }
    if (this.mode === 'template' && !this.source && this.templates?.length) {
      const info = this.templates.find((x) => x.name === this.template) ?? this.templates[0];
      this.useTemplate(info);
    }
    // a part saved for one configuration is not the part of another
    if (changed.has('source') || changed.has('material') || changed.has('thickness') || changed.has('units') || changed.has('layerRoles')) {
      if (this.saved || this.notice) { this.saved = undefined; this.notice = null; }
    }
  }

  /** Another part: its holes are not the last one's (deburring, bending and coating stay chosen). */
  private forgetHoles(): void {
    if (Object.keys(this.finishing.tapping).length || this.finishing.countersinking.on) {
      this.finishing = { ...this.finishing, tapping: {}, countersinking: { on: false, count: null } };
    }
  }

  private showTemplates(): void {
    this.mode = 'template';
    if (!this.data?.templates && !this.localTemplates) {
      // the standard shapes come with the quoting runtime, loaded now rather than with the page
      void quotingRuntime().then((rt) => { this.localTemplates = rt.listTemplates(); });
    }
  }

  private useTemplate(info: TemplateInfo): void {
    const values: Record<string, string> = {};
    for (const p of info.params) values[p.name] = String(p.default);
    this.units = 'auto';
    this.layerRoles = {};
    this.unitsAsked = null;
    this.forgetHoles();
    this.source = { kind: 'template', template: info.name, values };
    this.partName = info.labels[this.language] ?? info.labels.en;
  }

  private setMode(mode: 'file' | 'template'): void {
    if (mode === this.mode) return;
    this.source = undefined;
    this.unitsAsked = null;
    this.units = 'auto';
    this.layerRoles = {};
    this.readFailed = false;
    if (mode === 'template') this.showTemplates();
    else this.mode = 'file';
  }

  private async takeFile(file: File | undefined | null): Promise<void> {
    if (!file) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      this.readFailed = false;
      this.units = 'auto';
      this.layerRoles = {};
      this.noCut = null;
      this.unitsAsked = null;
      this.delay = 0;
      this.mode = 'file';
      this.forgetHoles();
      this.source = { kind: 'file', name: file.name, bytes };
      this.partName = file.name.replace(/\.dxf$/i, '');
    } catch {
      this.readFailed = true;
    }
  }

  /** The template's parameters as numbers, each checked against its schema; then its DXF. */
  private generate(rt: Awaited<ReturnType<typeof quotingRuntime>>, source: Extract<Source, { kind: 'template' }>, data: CatalogData): string {
    const info = (data.templates ?? rt.listTemplates()).find((x) => x.name === source.template);
    if (!info) throw { code: 'UNKNOWN_TEMPLATE', message: `Unknown template ${source.template}.` };
    const params = this.templateParams(info, source.values);
    try {
      return rt.generateTemplate(info.name, params).dxf;
    } catch (e) {
      const err = e as { code?: string; message?: string };
      if (err?.code !== 'INVALID_PARAMETER' || !err.message) throw e;
      // the SDK's message names the parameter; the first one it mentions is the one to change
      const named = info.params
        .map((p) => ({ p, at: err.message!.search(new RegExp(`\\b${p.name}\\b`)) }))
        .filter((x) => x.at >= 0).sort((a, b) => a.at - b.at)[0]?.p ?? info.params[0];
      // the limit that matters is the last the message states ("… leaving at least 1 mm …: at most 78 mm.")
      const limit = [...err.message.matchAll(/at (most|least) (-?[\d.]+)/g)].pop();
      throw {
        code: 'INVALID_PARAMETER', message: err.message, field: named.name, kind: 'cross',
        limit: limit ? Number(limit[2]) : undefined, bound: limit ? limit[1] as 'most' | 'least' : undefined,
      } satisfies FieldError;
    }
  }

  private templateParams(info: TemplateInfo, values: Record<string, string>): Record<string, number> {
    const out: Record<string, number> = {};
    for (const p of info.params) {
      const raw = (values[p.name] ?? '').trim();
      const fail = (kind: FieldError['kind'], limit?: number): never => {
        throw { code: 'INVALID_PARAMETER', message: `${info.name}: ${p.name} ${kind}`, field: p.name, kind, limit } satisfies FieldError;
      };
      if (!raw) fail('required');
      const x = Number(raw);
      if (!Number.isFinite(x)) fail('nan');
      if (p.type === 'integer' && !Number.isInteger(x)) fail('whole');
      if (x < p.min) fail('min', p.min);
      if (x > p.max) fail('max', p.max);
      out[p.name] = x;
    }
    return out;
  }

  private setParam(name: string, value: string): void {
    if (this.source?.kind !== 'template') return;
    this.delay = TYPING_DELAY;
    this.source = { ...this.source, values: { ...this.source.values, [name]: value } };
  }

  private setQuantity(text: string): void {
    this.quantityText = text;
    const q = Number(text.trim());
    this.quantityOk = text.trim() !== '' && Number.isInteger(q) && q >= 1 && q <= 1_000_000;
    this.delay = TYPING_DELAY;
    if (this.quantityOk) this.quantity = q;
  }

  private setLayerRole(name: string, role: RoleCode): void {
    this.delay = 0;
    this.layerRoles = { ...this.layerRoles, [name]: role };
  }

  private answerUnits(units: 'mm' | 'in'): void {
    this.delay = 0;
    this.units = units;
  }

  private partInput(): PartInput {
    const src = this.source!;
    const name = this.partName.trim() || (src.kind === 'file' ? src.name : src.template);
    const { material, thickness } = this;
    if (src.kind === 'template') {
      const info = this.templates?.find((x) => x.name === src.template);
      const params = info ? this.templateParams(info, src.values) : {};
      return { name, template: src.template, params, material, thickness };
    }
    // the customer's answer about units travels in the file, so the server prices what was shown
    const file = this.units === 'auto' ? src.bytes : withUnits(src.bytes, this.units);
    const layers = Object.keys(this.layerRoles).length ? { ...this.layerRoles } : undefined;
    return { file, fileName: src.name, name, material, thickness, ...(layers ? { layers } : {}) };
  }

  private async save(toBasket: boolean): Promise<void> {
    const t = this.t;
    this.busy = toBasket ? 'basket' : 'save';
    this.notice = null;
    // the finishing and delivery priced now: the basket item takes the finishing, the basket the
    // delivery option (for all its parts); a library part is the drawing alone
    const priced = this.priced;
    const chosen: FinishingDetail = {
      ...(priced?.finishing ? { finishing: priced.finishing } : {}), leadTime: priced?.quote.delivery.code ?? this.offeredLeadTime(this.leadTime),
    };
    try {
      let part = this.saved;
      if (!part) {
        part = await this.client.parts.create(this.partInput());
        this.saved = part;
        this.emit('kerf-part-saved', { part, ...chosen });
      }
      if (toBasket) {
        const quantity = this.quantity;
        let basket = await this.client.basket.addItem({ partId: part.id, quantity, ...(chosen.finishing ? { finishing: chosen.finishing } : {}) });
        // standard is what nobody chose: it does not undo another part's express
        const lead = chosen.leadTime !== 'standard' && (basket.leadTime ?? 'standard') !== chosen.leadTime;
        if (lead) basket = await this.client.basket.patch({ leadTime: chosen.leadTime });
        const label = t.leadTimes[chosen.leadTime as LeadTime['code']] ?? chosen.leadTime;
        this.notice = { ok: true, text: `${t.added(this.fmt.number(quantity), part.name)}${lead ? ` ${t.basketDelivery(label)}` : ''}` };
        this.emit('kerf-basket-add', { part, quantity, basket, ...chosen });
      } else {
        this.notice = { ok: true, text: t.saved(part.name, this.fmt.money(part.unitPrice, part.currency)) };
      }
    } catch (e) {
      const a = this.advice(e);
      this.notice = { ok: false, text: `${a.text} ${a.fix}` };
      this.reportError(e);
    } finally {
      this.busy = '';
    }
  }

  private advice(e: unknown): Advice {
    const code = (e as { code?: string })?.code ?? '';
    if (code === 'NO_CUT_GEOMETRY' && (e as { layers?: unknown[] }).layers?.length) return this.t.noCutLayers;
    const known = (this.t.errors as Record<string, Advice | undefined>)[code];
    return known ?? { text: this.errorText(e), fix: this.t.otherErrorFix };
  }

  // -------------------------------------------------------------------------------------------
  // rendering

  override render() {
    const t = this.t;
    return html`
      <h2>${t.heading}</h2>
      <div class="layout">
        <div class="col" part="inputs">
          ${this.renderSource()}
          ${this.renderUnits()}
          ${this.renderLayers()}
          ${this.renderMaterials()}
          ${this.renderFinishing()}
          ${this.renderDelivery()}
        </div>
        <div class="col">
          ${this.renderPrice()}
          ${this.renderOrder()}
          ${this.renderWarnings()}
          ${this.renderPreview()}
          ${this.renderMetrics()}
          ${this.renderBreakdown()}
        </div>
      </div>`;
  }

  private fieldError(field: string): FieldError | undefined {
    const e = this.quoteTask.status === TaskStatus.ERROR ? this.quoteTask.error : undefined;
    return isFieldError(e) && e.field === field ? e : undefined;
  }

  private fieldErrorText(e: FieldError, unit: string): string {
    const t = this.t;
    const v = (x: number) => `${this.n(x)}${unit ? ` ${unit}` : ''}`;
    switch (e.kind) {
      case 'required': return t.required;
      case 'nan': return t.notNumber;
      case 'whole': return t.whole;
      case 'min': return t.atLeast(v(e.limit!));
      case 'max': return t.atMost(v(e.limit!));
      case 'quantity': return t.quantityError;
      default:
        return t.crossCheck(e.limit !== undefined && e.bound ? { kind: e.bound === 'most' ? 'max' : 'min', value: v(e.limit) } : null);
    }
  }

  private renderSource(): TemplateResult {
    const t = this.t;
    const file = this.source?.kind === 'file' ? this.source : undefined;
    return html`<fieldset part="source">
      <legend>${t.source}</legend>
      <div class="tabs" role="group" aria-label=${t.source}>
        <button type="button" aria-pressed=${this.mode === 'file'} @click=${() => this.setMode('file')}>${t.fromFile}</button>
        <button type="button" aria-pressed=${this.mode === 'template'} @click=${() => this.setMode('template')}>${t.fromTemplate}</button>
      </div>
      ${this.mode === 'file' ? html`
        <div class="drop ${this.over ? 'over' : ''}" part="dropzone"
          @dragenter=${(e: DragEvent) => { e.preventDefault(); this.over = true; }}
          @dragover=${(e: DragEvent) => { e.preventDefault(); if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'; this.over = true; }}
          @dragleave=${(e: DragEvent) => { if (!(e.currentTarget as Element).contains(e.relatedTarget as Node)) this.over = false; }}
          @drop=${(e: DragEvent) => { e.preventDefault(); this.over = false; void this.takeFile(e.dataTransfer?.files?.[0]); }}>
          <strong>${t.dropTitle}</strong>
          ${file ? html`<span class="file-name">${t.fileChosen(file.name, t.kilobytes(this.fmt.number(file.bytes.length / 1024, 1)))}</span>` : nothing}
          ${file && this.progress ? this.renderProgress(this.progress) : nothing}
          <button type="button" class="primary" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}>
            ${file ? t.chooseOther : t.chooseFile}</button>
          <input type="file" accept=".dxf,application/dxf,image/vnd.dxf" hidden tabindex="-1" aria-hidden="true"
            @change=${(e: Event) => { const input = e.target as HTMLInputElement; void this.takeFile(input.files?.[0]).then(() => { input.value = ''; }); }}>
          <p class="hint">${t.fileHint}</p>
          ${this.readFailed ? html`<p class="field-error" role="alert">${t.readError}</p>` : nothing}
        </div>` : this.renderTemplate()}
    </fieldset>`;
  }

  /** The bar while a big drawing is analysed: where the analysis is, and what it is doing. */
  private renderProgress(p: AnalyzeProgress): TemplateResult {
    const t = this.t;
    const share = p.stage === 'read' ? READ_SHARE * (p.totalBytes > 0 ? p.bytesRead / p.totalBytes : 0) : STAGE_SHARE[p.stage];
    const mb = (bytes: number) => this.fmt.number(bytes / 1048576, 1);
    const text = t.progressStage[p.stage]({
      read: mb(p.bytesRead), total: t.megabytes(mb(p.totalBytes)), count: this.fmt.number(p.stage === 'pack' ? p.entities : p.segments),
    });
    return html`<div class="progress" part="progress" data-stage=${p.stage}>
      <progress max="100" value=${Math.round(share * 100)} aria-label=${t.progressLabel} aria-describedby="progress-text"></progress>
      <p class="hint" id="progress-text">${text}</p>
    </div>`;
  }

  private renderTemplate(): TemplateResult {
    const t = this.t;
    const list = this.templates;
    if (!list) return html`<p class="muted" role="status">${t.loadingShapes}</p>`;
    const src = this.source?.kind === 'template' ? this.source : undefined;
    const info = list.find((x) => x.name === src?.template);
    return html`
      <div class="field">
        <label for="shape"><span>${t.shape}</span></label>
        <select id="shape" name="shape" @change=${(e: Event) => { const i = list.find((x) => x.name === (e.target as HTMLSelectElement).value); if (i) this.useTemplate(i); }}>
          ${list.map((x) => html`<option value=${x.name} ?selected=${x.name === src?.template}>${x.labels[this.language] ?? x.labels.en}</option>`)}
        </select>
      </div>
      ${info && src ? html`<div class="fields">${info.params.map((p) => {
        const err = this.fieldError(p.name);
        const unit = p.unit === 'mm' ? 'mm' : '';
        const label = p.labels[this.language] ?? p.labels.en;
        return html`<div class="field">
          <label for=${`param-${p.name}`}><span>${label}${unit ? ` (${unit})` : ''}</span></label>
            <input type="number" id=${`param-${p.name}`} name=${p.name} inputmode=${p.type === 'integer' ? 'numeric' : 'decimal'}
              min=${p.min} max=${p.max} step=${p.type === 'integer' ? 1 : 'any'} .value=${src.values[p.name] ?? ''}
              aria-invalid=${err ? 'true' : 'false'} aria-describedby=${err ? `hint-${p.name} err-${p.name}` : `hint-${p.name}`}
              @input=${(e: Event) => this.setParam(p.name, (e.target as HTMLInputElement).value)}>
          <p class="hint" id=${`hint-${p.name}`}>${t.range(this.n(p.min), `${this.n(p.max)}${unit ? ` ${unit}` : ''}`)}</p>
          ${err ? html`<p class="field-error" id=${`err-${p.name}`}>${this.fieldErrorText(err, unit)}</p>` : nothing}
        </div>`;
      })}</div>` : nothing}`;
  }

  private renderUnits(): TemplateResult | typeof nothing {
    const asked = this.unitsAsked;
    if (!asked || this.source?.kind !== 'file') return nothing;
    const t = this.t;
    const current = this.units === 'auto' ? null : this.units;
    return html`<fieldset class="units" part="units">
      <legend>${t.unitsQuestion}</legend>
      <p class="notice">${asked.declared === 'in' ? t.unitsInches : t.unitsUnitless}${asked.tiny ? ` ${t.unitsTiny(asked.tiny)}` : ''}</p>
      <div class="row">
        <button type="button" aria-pressed=${current === 'mm'} @click=${() => this.answerUnits('mm')}>${t.millimetres}</button>
        <button type="button" aria-pressed=${current === 'in'} @click=${() => this.answerUnits('in')}>${t.inches}</button>
      </div>
      ${current ? html`<p class="status" role="status">${t.readAs(current === 'mm' ? t.millimetres : t.inches)}</p>` : nothing}
    </fieldset>`;
  }

  /** A switch per layer, when the drawing has more than one layer or any that is not cut. */
  private renderLayers(): TemplateResult | typeof nothing {
    if (this.source?.kind !== 'file') return nothing;
    // the layers of this drawing: after a new file fails, the last price is another drawing's
    const priced = this.priced;
    const layers = priced && priced.source === this.source ? priced.quote.metrics.metrics?.layers ?? []
      : this.noCut?.source === this.source ? this.noCut.layers : [];
    if (!(layers.length > 1 || layers.some((l) => l.role !== 'cut'))) return nothing;
    const t = this.t;
    return html`<fieldset class="layers" part="layers">
      <legend>${t.layersHeading}</legend>
      <p class="muted">${t.layersHint}</p>
      ${layers.map((l, i) => html`<div class="field">
        <label for=${`layer-${i}`}><span>${l.name}</span> <span class="muted">${t.layerLength(`${this.n(Math.round(l.length))} mm`)}</span></label>
        <select id=${`layer-${i}`} name="layer" data-layer=${l.name}
          @change=${(e: Event) => this.setLayerRole(l.name, (e.target as HTMLSelectElement).value as RoleCode)}>
          ${ROLES.map((r) => html`<option value=${r} ?selected=${(this.layerRoles[l.name] ?? l.role) === r}>${t.roles[r]}</option>`)}
        </select>
      </div>`)}
    </fieldset>`;
  }

  private renderMaterials(): TemplateResult {
    const t = this.t;
    const data = this.data;
    const qErr = this.quantityOk ? undefined : this.fieldError('quantity') ?? ({ kind: 'quantity' } as FieldError);
    if (!data) {
      return html`<fieldset part="options"><legend>${t.options}</legend>
        ${this.catalogTask.status === TaskStatus.ERROR ? html`<div class="problem" role="alert">
            <p>${t.catalogError} ${this.errorText(this.catalogTask.error)}</p>
            <div><button type="button" @click=${() => this.catalogTask.run()}>${t.retry}</button></div>
          </div>` : html`<p class="muted" role="status">${t.loadingCatalog}</p>`}
      </fieldset>`;
    }
    const material = data.catalog.materials.find((m) => m.id === this.material) ?? data.catalog.materials[0];
    return html`<fieldset part="options"><legend>${t.options}</legend>
      <div class="field"><label for="material"><span>${t.material}</span></label>
        <select id="material" name="material" @change=${(e: Event) => { this.delay = 0; this.material = (e.target as HTMLSelectElement).value; }}>
          ${data.catalog.materials.map((m) => html`<option value=${m.id} ?selected=${m.id === material.id}>${this.materialName(m.id)}</option>`)}
        </select>
      </div>
      <div class="field"><label for="thickness"><span>${t.thickness}</span></label>
        <select id="thickness" name="thickness" @change=${(e: Event) => { this.delay = 0; this.thickness = Number((e.target as HTMLSelectElement).value); }}>
          ${material.thicknesses.map((x) => html`<option value=${x.thickness} ?selected=${Math.abs(x.thickness - this.thickness) < 1e-9}>${this.n(x.thickness)} mm</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="quantity"><span>${t.quantity}</span></label>
          <input type="number" id="quantity" name="quantity" inputmode="numeric" min="1" max="1000000" step="1" .value=${this.quantityText}
            aria-invalid=${qErr ? 'true' : 'false'} aria-describedby=${qErr ? 'err-quantity' : nothing}
            @input=${(e: Event) => this.setQuantity((e.target as HTMLInputElement).value)}>
        ${qErr ? html`<p class="field-error" id="err-quantity">${t.quantityError}</p>` : nothing}
      </div>
    </fieldset>`;
  }

  /**
   * The finishing the shop offers for the part as found: deburring, tapping per tap-drill size
   * ("4 holes of 6.8 mm → M8", how many), countersinking, bending (the drawing's bend lines or a
   * count), coating with its colours. An INVALID_FINISHING is shown here.
   */
  private renderFinishing(): TemplateResult | typeof nothing {
    const offer = this.offer;
    const src = this.source;
    const found = src ? this.foundFor(src, this.units, this.layerRoles) : null;
    if (!this.data || !src || !found) return nothing;
    const anything = offer.deburring || offer.tapping?.length || offer.countersinking || offer.bending?.length || offer.coating?.length;
    if (!anything) return nothing;
    const t = this.t;
    const f = this.finishing;
    const error = this.quoteTask.status === TaskStatus.ERROR && isFinishingError(this.quoteTask.error) ? this.quoteTask.error as { message?: string } : undefined;
    const mm = (d: number) => `${this.fmt.number(d, 1)} mm`;
    const tapOffered = (thread: string) => !!offer.tapping?.some((o) => o.thread === thread);
    const taps = found.taps.filter((x) => tapOffered(x.thread));
    const notOffered = found.taps.filter((x) => !tapOffered(x.thread));
    const holes = found.holes.length;
    const bendRow = (offer.bending ?? []).find((r) => this.thickness <= r.maxThickness + 1e-9 && found.longer <= r.maxLength + 1e-9);
    const coat = f.coating.kind ? offer.coating?.find((x) => x.kind === f.coating.kind) : undefined;
    const count = (id: string, label: string, value: number, max: number, on: (n: number) => void) => html`<div class="field count">
      <label for=${id}><span>${label}</span></label>
      <input type="number" id=${id} name=${id} inputmode="numeric" min="1" max=${max} step="1" .value=${String(value)}
        aria-describedby=${`${id}-hint`} @input=${(e: Event) => { const n = this.countInput(e, 1, max); if (n !== null) on(n); }}>
      <p class="hint" id=${`${id}-hint`}>${t.atMostHoles(this.fmt.number(max))}</p>
    </div>`;
    return html`<fieldset class="finishing" part="finishing" aria-describedby=${error ? 'finishing-error' : nothing}>
      <legend>${t.finishingHeading}</legend>
      ${offer.deburring ? html`<div class="check">
        <input type="checkbox" id="deburring" name="deburring" .checked=${f.deburring}
          @change=${(e: Event) => this.setFinishing({ deburring: (e.target as HTMLInputElement).checked })}>
        <label for="deburring">${t.deburring}</label>
      </div>` : nothing}
      ${offer.tapping?.length ? html`<fieldset class="sub" data-finishing="tapping">
        <legend>${t.tapping}</legend>
        ${taps.length ? taps.map((x) => {
          const state = f.tapping[x.thread] ?? { on: false, count: null };
          const n = x.holes.length;
          const set = (v: Partial<{ on: boolean; count: number | null }>) =>
            this.setFinishing({ tapping: { ...f.tapping, [x.thread]: { ...state, ...v } } });
          return html`<div class="choice" data-thread=${x.thread}>
            <div class="check">
              <input type="checkbox" id=${`tap-${x.thread}`} name="tap" value=${x.thread} .checked=${state.on}
                @change=${(e: Event) => set({ on: (e.target as HTMLInputElement).checked })}>
              <label for=${`tap-${x.thread}`}>${t.tapHoles(this.fmt.number(n), n, mm(x.drill), x.thread)}</label>
            </div>
            ${state.on ? count(`tap-count-${x.thread}`, t.tapCount(x.thread), Math.min(state.count ?? n, n), n, (v) => set({ count: v })) : nothing}
          </div>`;
        }) : html`<p class="muted">${t.noTapHoles}</p>`}
        ${notOffered.map((x) => html`<p class="hint">${t.tapNotOffered(this.fmt.number(x.holes.length), x.holes.length, mm(x.drill), x.thread)}</p>`)}
      </fieldset>` : nothing}
      ${offer.countersinking && holes ? html`<div class="choice">
        <div class="check">
          <input type="checkbox" id="countersinking" name="countersinking" .checked=${f.countersinking.on}
            @change=${(e: Event) => this.setFinishing({ countersinking: { ...f.countersinking, on: (e.target as HTMLInputElement).checked } })}>
          <label for="countersinking">${t.countersinking(this.fmt.number(holes), holes)}</label>
        </div>
        ${f.countersinking.on ? count('countersink-count', t.countersinkCount, Math.min(f.countersinking.count ?? holes, holes), holes,
          (v) => this.setFinishing({ countersinking: { on: true, count: v } })) : nothing}
      </div>` : nothing}
      ${offer.bending?.length ? html`<div class="choice">
        <div class="check">
          <input type="checkbox" id="bending" name="bending" .checked=${f.bending.on && !!bendRow} ?disabled=${!bendRow}
            aria-describedby=${bendRow ? nothing : 'bending-hint'}
            @change=${(e: Event) => this.setFinishing({ bending: { ...f.bending, on: (e.target as HTMLInputElement).checked } })}>
          <label for="bending">${found.bendLines > 0 ? t.bendFromDrawing(this.fmt.number(found.bendLines), found.bendLines) : t.bending}</label>
        </div>
        ${!bendRow ? html`<p class="hint" id="bending-hint">${t.bendNotPossible}</p>` : nothing}
        ${bendRow && f.bending.on && found.bendLines === 0 ? html`<div class="field count">
          <label for="bend-count"><span>${t.bendCount}</span></label>
          <input type="number" id="bend-count" name="bend-count" inputmode="numeric" min="1" max=${MAX_BENDS} step="1" .value=${String(f.bending.count)}
            @input=${(e: Event) => { const n = this.countInput(e, 1, MAX_BENDS); if (n !== null) this.setFinishing({ bending: { on: true, count: n } }); }}>
        </div>` : nothing}
      </div>` : nothing}
      ${offer.coating?.length ? html`<div class="fields">
        <div class="field"><label for="coating"><span>${t.coating}</span></label>
          <select id="coating" name="coating" @change=${(e: Event) => {
            const kind = (e.target as HTMLSelectElement).value as FinishingForm['coating']['kind'];
            this.setFinishing({ coating: { kind, colour: offer.coating?.find((x) => x.kind === kind)?.colours[0] ?? '' } });
          }}>
            <option value="" ?selected=${!coat}>${t.noCoating}</option>
            ${offer.coating.map((x) => html`<option value=${x.kind} ?selected=${coat?.kind === x.kind}>${t.coatingKinds[x.kind]}</option>`)}
          </select>
        </div>
        ${coat ? html`<div class="field"><label for="colour"><span>${t.colour}</span></label>
          <select id="colour" name="colour" @change=${(e: Event) => this.setFinishing({ coating: { ...f.coating, colour: (e.target as HTMLSelectElement).value } })}>
            ${coat.colours.map((c) => html`<option value=${c} ?selected=${c === (coat.colours.includes(f.coating.colour) ? f.coating.colour : coat.colours[0])}>${c}</option>`)}
          </select>
        </div>` : nothing}
      </div>` : nothing}
      ${error ? html`<div class="problem" id="finishing-error" role="alert">
        <p><strong>${t.finishingError}</strong></p><p class="fix">${error.message ?? ''}</p>
      </div>` : nothing}
    </fieldset>`;
  }

  /** The delivery options with their dates and surcharge or discount; the chosen one is priced. */
  private renderDelivery(): TemplateResult | typeof nothing {
    const options = this.deliveryOptions;
    if (!this.data || !this.source || !options.length) return nothing;
    const t = this.t;
    const chosen = this.offeredLeadTime(this.leadTime);
    const day = new Intl.DateTimeFormat(this.fmt.locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    const pct = new Intl.NumberFormat(this.fmt.locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 });
    return html`<fieldset class="delivery" part="delivery">
      <legend>${t.deliveryHeading}</legend>
      ${options.map((o) => {
        const [y, m, d] = o.date.split('-').map(Number);
        return html`<div class="check" data-lead-time=${o.code}>
          <input type="radio" id=${`delivery-${o.code}`} name="delivery" value=${o.code} .checked=${o.code === chosen}
            @change=${() => { this.delay = 0; this.leadTime = o.code; }}>
          <label for=${`delivery-${o.code}`}>${t.deliveryOption({
            label: t.leadTimes[o.code] ?? o.label, days: this.fmt.number(o.workingDays + o.extraDays), n: o.workingDays + o.extraDays,
            date: day.format(Date.UTC(y, m - 1, d)), adjustment: o.adjustment ? pct.format(o.adjustment) : '',
          })}</label>
        </div>`;
      })}
      ${options[0]?.extraDays ? html`<p class="hint">${t.coatingDays(this.fmt.number(options[0].extraDays), options[0].extraDays)}</p>` : nothing}
    </fieldset>`;
  }

  /** A finishing or delivery line's detail in the page's language. */
  private lineDetail(l: QuoteLine, p: Priced): string {
    const t = this.t;
    const f = this.fmt;
    const q = p.quote;
    const c = p.finishing;
    switch (l.code) {
      case 'deburring': return t.metres(f.number(q.metrics.cutLength / 1000, 2));
      case 'tapping': return (c?.tapping ?? []).map((x) => `${f.number(x.count)} × ${x.thread}`).join(', ');
      case 'countersinking': { const n = c?.countersinking ?? 0; return t.holeCount(f.number(n), n); }
      case 'bending': {
        const n = c?.bending === true ? q.metrics.metrics?.bends.count ?? 0 : c?.bending ?? 0;
        return t.bendCountValue(f.number(n), n);
      }
      case 'coating': return c?.coating ? `${t.coatingKinds[c.coating.kind]} ${c.coating.colour}, ${f.number((2 * q.metrics.netArea) / 1e6, 3)} m²` : l.detail ?? '';
      case 'lead_time': return `${t.leadTimes[q.delivery.code as LeadTime['code']] ?? q.delivery.label}, ${t.workingDays(f.number(q.delivery.workingDays + q.delivery.extraDays), q.delivery.workingDays + q.delivery.extraDays)}`;
      default: return '';
    }
  }

  private get priced(): Priced | undefined {
    // after a run that returned initialState (nothing to price), Task keeps the older value
    return this.quoteTask.status === TaskStatus.INITIAL ? undefined : this.quoteTask.value;
  }

  private renderPrice(): TemplateResult {
    const t = this.t;
    const status = this.quoteTask.status;
    const priced = this.priced;
    const pending = status === TaskStatus.PENDING;
    const error = status === TaskStatus.ERROR ? this.quoteTask.error : undefined;
    let figures: TemplateResult;
    if (error) {
      figures = html`<p class="muted">${isFieldError(error) ? t.fixFields : isFinishingError(error) ? t.fixFinishing : '—'}</p>`;
    } else if (priced) {
      const q = priced.quote;
      figures = html`<div class="figures ${pending ? 'stale' : ''}">
        <div><div class="muted">${t.unitPrice}</div><div class="unit" data-cents=${q.unitPrice}>${this.fmt.money(q.unitPrice, q.currency)}</div></div>
        <div><div class="muted">${t.total(this.fmt.number(q.quantity), q.quantity)}</div><div class="total" data-cents=${q.total}>${this.fmt.money(q.total, q.currency)}</div></div>
      </div>`;
    } else {
      figures = html`<p class="muted">${pending ? t.calculating : t.pricePrompt}</p>`;
    }
    return html`<section aria-labelledby="price-heading">
      <h3 id="price-heading">${t.priceHeading}</h3>
      <div class="price" part="price" aria-live="polite" aria-atomic="true" aria-busy=${pending ? 'true' : 'false'}>${figures}</div>
      <p class="status">${pending ? t.calculating : priced && !error ? t.priceNote : ''}</p>
      ${error && !isFieldError(error) && !isFinishingError(error) ? this.renderProblem(error) : nothing}
    </section>`;
  }

  private renderProblem(error: unknown): TemplateResult {
    const a = this.advice(error);
    return html`<div class="problem" part="error" role="alert">
      <p><strong>${a.text}</strong></p>
      <p class="fix"><b>${this.t.fix}</b> ${a.fix}</p>
    </div>`;
  }

  private renderOrder(): TemplateResult | typeof nothing {
    const t = this.t;
    const session = this.currentSession;
    const priced = this.priced && this.quoteTask.status === TaskStatus.COMPLETE;
    if (!session || session.activeCompanyId === null) {
      return html`<section part="order" aria-labelledby="order-heading">
        <h3 id="order-heading">${t.orderHeading}</h3>
        <div class="row">
          ${this.signInUrl
            ? html`<a class="button primary" href=${this.signInUrl}>${t.signInToOrder}</a>`
            : html`<button type="button" class="primary" @click=${() => this.emit('kerf-sign-in-request', {})}>${t.signInToOrder}</button>`}
        </div>
        <p class="hint">${t.signInHint}</p>
      </section>`;
    }
    const canSave = session.rights.includes('edit_parts');
    const canOrder = session.rights.includes('order');
    return html`<section part="order" aria-labelledby="order-heading">
      <h3 id="order-heading">${t.orderHeading}</h3>
      ${canSave || canOrder ? html`
        <div class="field"><label for="part-name"><span>${t.partName}</span></label>
          <input id="part-name" name="part-name" .value=${this.partName} maxlength="200" @input=${(e: Event) => { this.partName = (e.target as HTMLInputElement).value; }}>
        </div>
        <div class="row" style="margin-top: 8px">
          ${canSave ? html`<button type="button" ?disabled=${!priced || !!this.busy || !!this.saved} @click=${() => this.save(false)}>
            ${this.busy === 'save' ? t.saving : t.save}</button>` : nothing}
          ${canOrder ? html`<button type="button" class="primary" ?disabled=${!priced || !!this.busy} @click=${() => this.save(true)}>
            ${this.busy === 'basket' ? t.adding : t.addToBasket}</button>` : nothing}
        </div>` : html`<p class="muted">${t.noRight}</p>`}
      <p class="notice ${this.notice?.ok ? 'ok' : 'error'}" role="status">${this.notice?.text ?? ''}</p>
    </section>`;
  }

  private renderWarnings(): TemplateResult | typeof nothing {
    const priced = this.priced;
    if (!priced || this.quoteTask.status === TaskStatus.ERROR) return nothing;
    const t = this.t;
    const q = priced.quote;
    const minHole = this.data?.catalog.materials.find((m) => m.id === q.material.id)?.thicknesses
      .find((x) => Math.abs(x.thickness - q.material.thickness) < 1e-9)?.minHoleDiameter;
    const all = [...q.metrics.warnings, ...q.warnings].filter((w) => WARNING_CODES.has(w.code));
    if (!all.length) return nothing;
    const items = all.map((w) => {
      const x = w as { code: WarningCode; count?: number; entity?: string; largestGap?: number; layers?: { name: string }[] };
      return t.warnings[x.code]({
        count: x.count ?? 1, entity: x.entity, layers: x.layers?.map((l) => l.name).join(', '),
        gap: x.largestGap !== undefined ? `${this.fmt.number(x.largestGap, 3)} mm` : undefined,
        minHole: minHole !== undefined ? `${this.n(minHole)} mm` : undefined,
      });
    });
    return html`<section part="warnings" aria-labelledby="warnings-heading">
      <h3 id="warnings-heading">${t.warningsHeading(items.length)}</h3>
      <ul class="warnings">${items.map((a, i) => html`<li data-code=${all[i].code}>
        <p>${a.text}</p><p class="fix"><b>${t.fix}</b> ${a.fix}</p></li>`)}</ul>
    </section>`;
  }

  private renderPreview(): TemplateResult {
    const priced = this.quoteTask.status === TaskStatus.ERROR ? undefined : this.priced;
    const src = this.source;
    const label = src?.kind === 'file' ? src.name : src ? this.partName : '';
    return html`<section part="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">${this.t.previewHeading}</h3>
      <kerf-preview .svg=${priced?.svg ?? ''} .marks=${priced ? this.marks() : []} label=${label} lang=${this.language} .theme=${this.theme}></kerf-preview>
      ${priced ? html`<p class="healed"><button type="button" part="healed" title=${this.t.downloadHealedHint}
        ?disabled=${this.healing} @click=${() => this.downloadHealed(priced.source, priced.units)}>${this.t.downloadHealed}</button></p>` : nothing}
    </section>`;
  }

  /**
   * The healed drawing of what is shown (writeHealedDxf, made in the worker with the units and
   * layer roles the price used), downloaded as `<name>-healed.dxf`.
   */
  private async downloadHealed(source: Source, units: Units): Promise<void> {
    const data = this.data;
    if (!data) return;
    this.healing = true;
    try {
      const rt = await quotingRuntime();
      const drawing = source.kind === 'file' ? source.bytes : this.generate(rt, source, data);
      const layers = this.layerRoles;
      const text = await rt.worker.healedDxf(drawing, { ...(units === 'auto' ? {} : { units }), ...(Object.keys(layers).length ? { layers } : {}) });
      const base = (source.kind === 'file' ? source.name.replace(/\.dxf$/i, '') : this.partName || source.template) || 'part';
      const url = URL.createObjectURL(new Blob([text], { type: 'image/vnd.dxf' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${base}-healed.dxf`;
      a.click();
      // the click has started the download; the URL can go once it has been read
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      this.reportError(e);
    } finally {
      this.healing = false;
    }
  }

  private marksMemo?: { found: Found; tapping: FinishingForm['tapping']; offer: FinishingPrices; marks: PreviewMark[] };

  /** A ring about each hole the shop can tap: solid where that size is chosen for tapping. */
  private marks(): PreviewMark[] {
    const src = this.source;
    const found = src ? this.foundFor(src, this.units, this.layerRoles) : null;
    if (!found) return [];
    const tapping = this.finishing.tapping, offer = this.offer;
    const m = this.marksMemo;
    if (m && m.found === found && m.tapping === tapping && m.offer === offer) return m.marks;
    const marks = found.taps.filter((x) => offer.tapping?.some((o) => o.thread === x.thread)).flatMap((x) => x.holes.map((h) => ({
      x: h.x, y: h.y, radius: (h.diameter / 2) * 1.5 + found.longer * 0.006,
      label: `${x.thread} (${this.fmt.number(h.diameter, 1)} mm)`, active: !!tapping[x.thread]?.on,
    })));
    this.marksMemo = { found, tapping, offer, marks };
    return marks;
  }

  private renderMetrics(): TemplateResult | typeof nothing {
    const priced = this.priced;
    if (!priced || this.quoteTask.status === TaskStatus.ERROR) return nothing;
    const t = this.t;
    const f = this.fmt;
    const q = priced.quote;
    const m = q.metrics;
    const row = (label: string, value: string, key: string) => html`<dt>${label}</dt><dd data-metric=${key}>${value}</dd>`;
    return html`<section part="metrics" aria-labelledby="metrics-heading">
      <h3 id="metrics-heading">${t.metricsHeading}</h3>
      <dl class="metrics">
        ${row(t.size, `${f.number(m.bbox.width, 1)} × ${f.number(m.bbox.height, 1)} mm`, 'size')}
        ${row(t.cutLength, f.mm(m.cutLength), 'cutLength')}
        ${row(t.pierces, f.number(m.pierces), 'pierces')}
        ${this.renderLayerMetrics(row)}
        ${row(t.grossArea, f.mm2(m.grossArea), 'grossArea')}
        ${row(t.netArea, f.mm2(m.netArea), 'netArea')}
        ${row(t.weight, t.weightValue(f.kg(q.weight), f.kg(q.weight * q.quantity)), 'weight')}
        ${row(t.cuttingTime, t.seconds(f.number(q.cuttingTime, 1)), 'cuttingTime')}
        ${q.travel ? row(t.travel, t.travelValue(f.mm(q.travel.distance), f.number(q.travel.seconds, 1)), 'travel') : nothing}
        ${row(t.sheetFormat, `${f.number(q.sheets.format[0])} × ${f.number(q.sheets.format[1])} mm`, 'sheetFormat')}
        ${row(t.partsPerSheet, f.number(q.sheets.partsPerSheet), 'partsPerSheet')}
        ${row(t.sheets, f.number(q.sheets.sheetCount), 'sheets')}
        ${row(t.utilization, this.percent(q.sheets.utilization), 'utilization')}
      </dl>
    </section>`;
  }

  /** Engraving length and bend lines, when the drawing has engrave or bend layers. */
  private renderLayerMetrics(row: (label: string, value: string, key: string) => TemplateResult): TemplateResult[] {
    const t = this.t;
    const f = this.fmt;
    const x = this.priced?.quote.metrics.metrics;
    if (!x) return [];
    const out: TemplateResult[] = [];
    if (x.layers.some((l) => l.role === 'engrave')) out.push(row(t.engraveLength, f.mm(x.engraveLength), 'engraveLength'));
    if (x.layers.some((l) => l.role === 'bend')) {
      out.push(row(t.bends, t.bendsValue(f.number(x.bends.count), x.bends.count, f.mm(x.bends.totalLength)), 'bends'));
    }
    return out;
  }

  private renderBreakdown(): TemplateResult | typeof nothing {
    const priced = this.priced;
    if (!priced || this.quoteTask.status === TaskStatus.ERROR) return nothing;
    const t = this.t;
    const q = priced.quote;
    return html`<section part="breakdown" aria-labelledby="breakdown-heading">
      <h3 id="breakdown-heading">${t.breakdownHeading}</h3>
      <div class="table-wrap"><table>
        <thead><tr><th scope="col">${t.item}</th><th scope="col" class="num">${t.amount}</th></tr></thead>
        <tbody>${q.breakdown.map((l) => {
          const detail = this.lineDetail(l, priced);
          return html`<tr data-line=${l.code}>
          <td>${l.code === 'surcharge' ? l.label : t.lines[l.code]}${detail ? html`<span class="detail">${detail}</span>` : nothing}</td>
          <td class="num">${this.fmt.money(l.amount, q.currency)}</td></tr>`;
        })}</tbody>
        <tfoot><tr><th scope="row">${t.total(this.fmt.number(q.quantity), q.quantity)}</th><td class="num"><strong>${this.fmt.money(q.total, q.currency)}</strong></td></tr></tfoot>
      </table></div>
    </section>`;
  }
}

