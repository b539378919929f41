import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { Address, Basket, BasketItem, BasketPatch, CompanyAddress, DeliveryMethod, Order, Session } from '../../sdk/client/types.js';
import { newIdempotencyKey } from '../../sdk/client/http.js';
import { ApiElement } from '../shared/api.js';
import { styles } from './basket.styles.js';
import { TEXTS } from './translations.js';

type Kind = 'delivery' | 'billing';
/** '' = none chosen, a company address id, or 'other' (typed fields). */
type AddressChoice = { sel: string; other: Address };
const BLANK: Address = { name: '', street: '', zip: '', city: '', country: '' };
const METHODS: DeliveryMethod[] = ['delivery', 'pickup', 'express'];

const sameAddress = (a: Address | null, b: Address | null) =>
  !!a && !!b && a.name === b.name && a.street === b.street && a.zip === b.zip && a.city === b.city && a.country === b.country;
const complete = (a: Address) => !!(a.name.trim() && a.street.trim() && a.zip.trim() && a.city.trim() && a.country.trim().length >= 2);
/** Today as YYYY-MM-DD in the browser's time zone. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The signed-in user's basket: quantities, addresses, delivery method, desired date, commission,
 * note, the total as the server computes it, and the order's submission. Every change is saved
 * at once (text fields after a short pause) and the server's prices are always the ones shown.
 * Submitting sends one Idempotency-Key for as long as the basket does not change, so a double
 * click or a retry after a lost answer makes one order.
 *
 * @summary Basket and checkout.
 *
 * @fires kerf-order-placed - The basket became an order: `{ order }` (status `released` or `pending_approval`).
 * @fires kerf-navigate - A link to another portal page was chosen: `{ href }` (`#/parts`, `#/basket`, `#/orders/:id`).
 *
 * @csspart lines - The table of basket lines.
 * @csspart line - One basket line.
 * @csspart sheets - The folded "Sheets" section: the nested sheets of the basket's parts (`kerf-nest-view`).
 * @csspart details - The delivery and order details form.
 * @csspart lead-times - The delivery options of the shop (standard, express, economy) with their dates and surcharge or discount.
 * @csspart total - The total.
 * @csspart submit - The "Place order" button.
 * @csspart result - The message after an order was placed.
 * @csspart empty - The message of an empty basket.
 *
 * @cssprop --kerf-basket-error-bg - Background of a line that cannot be ordered.
 * @cssprop --kerf-basket-total-size - Font size of the total (default 1.3em).
 *
 * @example
 * <kerf-basket api="https://portal.example.com" lang="de"></kerf-basket>
 * <kerf-basket compact></kerf-basket>
 * <script>
 *   document.addEventListener('kerf-order-placed', (e) => alert(e.detail.order.number));
 * </script>
 */
export class KerfBasket extends ApiElement {
  static override styles = styles;

  /** A short summary (lines, total, "Go to basket") for a start page. */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private basket?: Basket;
  @state() private method: DeliveryMethod = 'delivery';
  @state() private requestedDate = '';
  @state() private commission = '';
  @state() private note = '';
  @state() private addr: Record<Kind, AddressChoice> = { delivery: { sel: '', other: { ...BLANK } }, billing: { sel: '', other: { ...BLANK } } };
  /** Quantities typed but not yet answered by the server. */
  @state() private typed: Record<number, string> = {};
  @state() private saving = 0;
  @state() private saveError = '';
  @state() private submitting = false;
  @state() private submitError = '';
  @state() private placed: Order | null = null;
  /** The "Sheets" section is open (its nest is loaded then, and after each change of the lines). */
  @state() private sheetsOpen = false;

  private reloads = 0;
  private seq = 0;
  private applied = 0;
  private inflight = new Set<Promise<unknown>>();
  private lineTimers = new Map<number, ReturnType<typeof setTimeout>>();
  private lineSends = new Map<number, () => void>();
  private detailTimer?: ReturnType<typeof setTimeout>;
  private pendingPatch: BasketPatch = {};
  /** The Idempotency-Key of the basket as it is now, and what it was made for. */
  private key = newIdempotencyKey();
  private keyFor = '';

  private readonly load = new Task(this, {
    task: async ([_company, _n], { signal }) => {
      await this.ensureSession(signal);
      if (!this.hasRight('order')) return null;
      const b = await this.client.basket.get({ signal });
      this.apply(b, ++this.seq, true);
      return b;
    },
    args: () => [this.handle?.session?.activeCompanyId, this.reloads] as const,
  });

  private onAdded = (e: GlobalEventHandlersEventMap['kerf-basket-add']) => {
    if (e.detail?.basket) this.apply(e.detail.basket, ++this.seq, false);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('kerf-basket-add', this.onAdded);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('kerf-basket-add', this.onAdded);
    for (const t of this.lineTimers.values()) clearTimeout(t);
    clearTimeout(this.detailTimer);
  }

  private get t() {
    return this.tr(TEXTS);
  }

  private message(e: unknown): string {
    const code = (e as { code?: string })?.code;
    return (code && this.t.errors[code]) || this.errorText(e);
  }

  /** Take the server's basket (unless a newer answer is already shown); `fresh` resets the form. */
  private apply(b: Basket, seq: number, fresh: boolean) {
    if (seq < this.applied) return;
    this.applied = seq;
    this.basket = b;
    const sig = JSON.stringify([b.items.map((i) => [i.id, i.quantity]), b.deliveryAddress, b.billingAddress, b.deliveryMethod, b.requestedDate, b.commission, b.note]);
    if (sig !== this.keyFor) {
      this.keyFor = sig;
      this.key = newIdempotencyKey();
    }
    if (fresh) {
      this.method = b.deliveryMethod;
      this.requestedDate = b.requestedDate ?? '';
      this.commission = b.commission ?? '';
      this.note = b.note ?? '';
      this.addr = { delivery: this.choiceOf('delivery', b), billing: this.choiceOf('billing', b) };
    }
  }

  private choiceOf(kind: Kind, b: Basket): AddressChoice {
    const current = kind === 'delivery' ? b.deliveryAddress : b.billingAddress;
    const match = b.addresses.find((a) => a.kind === kind && sameAddress(a, current));
    if (match) return { sel: String(match.id), other: { ...BLANK } };
    return current ? { sel: 'other', other: { ...current } } : { sel: '', other: { ...BLANK } };
  }

  /** Send a change; the basket it answers is shown unless a later change answered first. */
  private send(call: () => Promise<Basket>): Promise<void> {
    const seq = ++this.seq;
    this.saving++;
    this.saveError = '';
    const p = call()
      .then((b) => this.apply(b, seq, false))
      .catch((e) => {
        this.saveError = this.message(e);
      })
      .finally(() => {
        this.saving--;
        this.inflight.delete(p);
      });
    this.inflight.add(p);
    return p;
  }

  // ---- lines -----------------------------------------------------------------------------

  private onQuantity(item: BasketItem, value: string) {
    this.typed = { ...this.typed, [item.id]: value };
    clearTimeout(this.lineTimers.get(item.id));
    const n = Number(value);
    if (value === '' || !Number.isInteger(n) || n < 0 || n > 1_000_000) return;
    const go = () => {
      this.lineTimers.delete(item.id);
      this.lineSends.delete(item.id);
      void this.send(() => this.client.basket.patchItem(item.id, { quantity: n })).then(() => {
        if (this.typed[item.id] === value) {
          const { [item.id]: _, ...rest } = this.typed;
          this.typed = rest;
        }
      });
    };
    this.lineSends.set(item.id, go);
    this.lineTimers.set(item.id, setTimeout(go, 400));
  }

  private removeLine(item: BasketItem) {
    clearTimeout(this.lineTimers.get(item.id));
    this.lineSends.delete(item.id);
    void this.send(() => this.client.basket.deleteItem(item.id));
  }

  // ---- details ---------------------------------------------------------------------------

  private patch(p: BasketPatch, delay: number) {
    this.pendingPatch = { ...this.pendingPatch, ...p };
    clearTimeout(this.detailTimer);
    this.detailTimer = setTimeout(() => void this.flushDetails(), delay);
  }

  private flushDetails(): Promise<void> {
    clearTimeout(this.detailTimer);
    const p = this.pendingPatch;
    this.pendingPatch = {};
    if (!Object.keys(p).length) return Promise.resolve();
    return this.send(() => this.client.basket.patch(p));
  }

  /** Everything typed so far reaches the server. */
  private async flushAll() {
    for (const [id, go] of this.lineSends) {
      clearTimeout(this.lineTimers.get(id));
      go();
    }
    void this.flushDetails();
    while (this.inflight.size) await Promise.all([...this.inflight]);
  }

  private chooseAddress(kind: Kind, sel: string) {
    const cur = this.addr[kind];
    const b = this.basket;
    let other = cur.other;
    if (sel === 'other' && !complete(other)) {
      // start from the address chosen so far, to change a detail of it
      const current = kind === 'delivery' ? b?.deliveryAddress : b?.billingAddress;
      other = current ? { ...current } : { ...BLANK };
    }
    this.addr = { ...this.addr, [kind]: { sel, other } };
    if (sel === 'other') {
      if (complete(other)) this.patch({ [`${kind}Address`]: other }, 0);
    } else if (sel) {
      this.patch({ [`${kind}AddressId`]: Number(sel) }, 0);
    }
  }

  private typeAddress(kind: Kind, field: keyof Address, value: string) {
    const other = { ...this.addr[kind].other, [field]: value };
    this.addr = { ...this.addr, [kind]: { sel: 'other', other } };
    if (complete(other)) this.patch({ [`${kind}Address`]: other }, 600);
  }

  private onDate(value: string) {
    this.requestedDate = value;
    if (value && value < today()) return;
    this.patch({ requestedDate: value || null }, 0);
  }

  // ---- submit ----------------------------------------------------------------------------

  private async submit() {
    if (this.submitting) return;
    this.submitting = true;
    this.submitError = '';
    try {
      await this.flushAll();
      if (this.saveError) throw new Error(this.saveError);
      const order = await this.client.orders.submit({}, { idempotencyKey: this.key });
      this.placed = order;
      this.emit('kerf-order-placed', { order });
      const b = await this.client.basket.get();
      this.apply(b, ++this.seq, true);
    } catch (e) {
      this.submitError = this.message(e);
    } finally {
      this.submitting = false;
    }
  }

  private go(href: string, e?: Event) {
    const allowed = this.emit('kerf-navigate', { href }, { cancelable: true });
    if (!allowed) e?.preventDefault();
  }

  // ---- rendering -------------------------------------------------------------------------

  override render() {
    const t = this.t;
    const status = this.load.status;
    const b = this.basket;
    let body;
    if (status === TaskStatus.ERROR && !b) {
      body = html`<div class="card error-box" role="alert">
        <p class="error">${this.errorText(this.load.error)}</p>
        <button @click=${() => this.load.run()}>${this.common.retry}</button>
      </div>`;
    } else if (status === TaskStatus.COMPLETE && this.load.value === null) {
      body = html`<p class="card" role="note">${t.notAllowed}</p>`;
    } else if (!b) {
      body = html`<p class="muted" role="status">${this.common.loading}</p>`;
    } else if (this.compact) {
      body = this.renderCompact(b);
    } else {
      body = html`${this.renderPlaced()}${b.items.length ? this.renderFull(b) : this.renderEmpty()}`;
    }
    return html`<section aria-labelledby="title"><h2 id="title">${t.title}</h2>${body}</section>`;
  }

  private renderEmpty() {
    return html`<div class="card empty" part="empty">
      <p>${this.t.empty}</p>
      <a href="#/parts" @click=${(e: Event) => this.go('#/parts', e)}>${this.t.toLibrary}</a>
    </div>`;
  }

  private renderCompact(b: Basket) {
    const t = this.t;
    if (!b.items.length) return this.renderEmpty();
    return html`<div class="card compact-card">
      <p class="summary" part="total" aria-live="polite">
        <span>${t.lines(b.items.length)}</span>
        <strong>${this.fmt.money(b.total, b.currency)}</strong>
      </p>
      <a class="button primary" href="#/basket" @click=${(e: Event) => this.go('#/basket', e)}>${t.goToBasket}</a>
    </div>`;
  }

  private renderPlaced() {
    const o = this.placed;
    if (!o) return nothing;
    const t = this.t;
    const pending = o.status === 'pending_approval';
    return html`<div class="card result ${pending ? 'pending' : 'released'}" part="result" role="status" aria-live="polite">
      <p><strong>${t.placed(o.number)}</strong> <span class="badge">${this.common.status[o.status]}</span></p>
      <p>${pending ? t.awaitsApproval(o.approver?.name ?? null) : t.released}</p>
      <a href=${`#/orders/${o.id}`} @click=${(e: Event) => this.go(`#/orders/${o.id}`, e)}>${t.showOrder}</a>
    </div>`;
  }

  private renderFull(b: Basket) {
    const t = this.t;
    const broken = b.items.some((i) => i.error);
    const dateBad = !!this.requestedDate && this.requestedDate < today();
    return html`
      <div class="table-wrap">
        <table part="lines">
          <thead><tr>
            <th scope="col">${t.part}</th><th scope="col" class="num">${t.quantity}</th><th scope="col" class="num">${t.unitPrice}</th>
            <th scope="col" class="num">${t.lineTotal}</th><th scope="col"><span class="sr-only">${t.remove}</span></th>
          </tr></thead>
          <tbody>${b.items.map((i) => this.renderLine(i, b.currency))}</tbody>
        </table>
      </div>
      <p class="total" part="total" aria-live="polite" aria-busy=${this.saving ? 'true' : 'false'}>
        <span>${t.total} <span class="muted">(${t.lines(b.items.length)})</span></span>
        <strong>${this.fmt.money(b.total, b.currency)}</strong>
      </p>
      ${this.renderSheets(b)}
      ${this.renderDetails(b, dateBad)}
      <div class="submit-row">
        <p class="save-state muted" role="status">${this.saving ? t.saving : ''}</p>
        ${this.saveError ? html`<p class="error" role="alert">${this.saveError}</p>` : nothing}
        ${broken ? html`<p class="error">${t.fixLines}</p>` : nothing}
        ${this.submitError ? html`<p class="error" role="alert">${this.submitError}</p>` : nothing}
        <button class="primary submit" part="submit" ?disabled=${this.submitting || broken || dateBad} aria-busy=${this.submitting ? 'true' : 'false'}
          @click=${this.submit}>${this.submitting ? t.submitting : t.submit}</button>
      </div>
    `;
  }

  /**
   * The sheets the parts need (issue [9]), folded until asked for: the nest is computed on the
   * server, and the nest view's code is fetched only then, so the basket itself stays small.
   */
  private renderSheets(b: Basket) {
    if (!b.items.some((i) => i.kind === 'part')) return nothing;
    // what the nest depends on: which lines, how many of each
    const revision = b.items.map((i) => `${i.id}:${i.quantity}`).join(',');
    return html`<details class="sheets card" part="sheets" ?open=${this.sheetsOpen} @toggle=${this.onSheetsToggle}>
      <summary>${this.t.sheets}</summary>
      ${this.sheetsOpen ? html`<kerf-nest-view src="basket" .revision=${revision} theme=${this.theme || nothing}></kerf-nest-view>` : nothing}
    </details>`;
  }

  private onSheetsToggle(e: Event) {
    const open = (e.target as HTMLDetailsElement).open;
    if (open) void import('../nest-view/define.js');
    this.sheetsOpen = open;
  }

  private renderLine(i: BasketItem, currency: string) {
    const t = this.t;
    const qid = `q-${i.id}`;
    const typed = this.typed[i.id];
    const n = Number(typed);
    const bad = typed !== undefined && (typed === '' || !Number.isInteger(n) || n < 0);
    return html`<tr part="line" class=${i.error ? 'invalid' : ''}>
      <td data-label=${t.part}>
        <strong class="name">${i.name}</strong>
        <span class="muted small">${[i.articleNumber, i.material !== null && i.thickness !== null ? `${i.material}, ${this.fmt.number(i.thickness, i.thickness % 1 ? 1 : 0)} mm` : i.unit].filter(Boolean).join(' · ')}</span>
        ${i.error ? html`<span class="error small">⛔ ${t.cannotOrder}: ${i.error.message}</span>` : nothing}
        ${i.warnings.map((w) => html`<span class="warning small">⚠ ${w.message}</span>`)}
      </td>
      <td data-label=${t.quantity} class="num">
        <label class="sr-only" for=${qid}>${t.quantityOf(i.name)}</label>
        <input id=${qid} class="qty" type="number" min="0" max="1000000" step="1" inputmode="numeric" aria-invalid=${bad ? 'true' : 'false'}
          .value=${typed ?? String(i.quantity)} @input=${(e: Event) => this.onQuantity(i, (e.target as HTMLInputElement).value)} />
      </td>
      <td data-label=${t.unitPrice} class="num">${i.unitPrice === null ? '—' : this.fmt.money(i.unitPrice, currency)}</td>
      <td data-label=${t.lineTotal} class="num line-total">${i.total === null ? '—' : this.fmt.money(i.total, currency)}</td>
      <td class="remove"><button class="danger" aria-label=${t.removeLine(i.name)} @click=${() => this.removeLine(i)}>${t.remove}</button></td>
    </tr>`;
  }

  private renderDetails(b: Basket, dateBad: boolean) {
    const t = this.t;
    return html`<form class="details card" part="details" @submit=${(e: Event) => e.preventDefault()}>
      <h3>${t.details}</h3>
      <div class="grid">
        ${this.renderAddress('delivery', t.deliveryAddress, b.addresses)}
        ${this.renderAddress('billing', t.billingAddress, b.addresses)}
      </div>
      <fieldset class="methods">
        <legend>${t.deliveryMethod}</legend>
        ${METHODS.map((m) => html`<label class="radio"><input type="radio" name="method" value=${m} .checked=${this.method === m}
          @change=${() => { this.method = m; this.patch({ deliveryMethod: m }, 0); }} /> <span>${t.methods[m]}</span></label>`)}
      </fieldset>
      ${b.deliveryOptions?.length ? html`<fieldset class="methods" part="lead-times">
        <legend>${t.leadTime}</legend>
        ${b.deliveryOptions.map((o) => html`<label class="radio"><input type="radio" name="lead-time" value=${o.code}
          .checked=${(b.leadTime ?? 'standard') === o.code}
          @change=${() => this.patch({ leadTime: o.code === 'standard' ? null : o.code }, 0)} />
          <span>${t.leadOption(o.label, this.fmt.number(o.workingDays), this.fmt.date(o.date),
            o.adjustment ? `${o.adjustment > 0 ? '+' : '−'}${this.fmt.percent(Math.abs(o.adjustment))}` : '')}</span></label>`)}
      </fieldset>` : nothing}
      <div class="grid">
        <label><span>${t.desiredDate}</span>
          <input type="date" min=${today()} .value=${this.requestedDate} aria-invalid=${dateBad ? 'true' : 'false'} aria-describedby="date-msg"
            @change=${(e: Event) => this.onDate((e.target as HTMLInputElement).value)} />
          <span id="date-msg" class="error small">${dateBad ? t.dateInPast : ''}</span>
        </label>
        <label><span>${t.commission}</span>
          <input maxlength="200" .value=${this.commission}
            @input=${(e: Event) => { this.commission = (e.target as HTMLInputElement).value; this.patch({ commission: this.commission.trim() || null }, 600); }} />
        </label>
      </div>
      <label><span>${t.note}</span>
        <textarea rows="3" maxlength="2000" .value=${this.note}
          @input=${(e: Event) => { this.note = (e.target as HTMLTextAreaElement).value; this.patch({ note: this.note.trim() || null }, 600); }}></textarea>
      </label>
    </form>`;
  }

  private renderAddress(kind: Kind, label: string, all: CompanyAddress[]) {
    const t = this.t;
    const c = this.addr[kind];
    const mine = all.filter((a) => a.kind === kind);
    const fields: (keyof Address)[] = ['name', 'street', 'zip', 'city', 'country'];
    return html`<div class="address">
      <label for=${`address-${kind}`}><span>${label}</span></label>
      <select id=${`address-${kind}`} @change=${(e: Event) => this.chooseAddress(kind, (e.target as HTMLSelectElement).value)}>
          ${c.sel === '' ? html`<option value="" selected disabled>${t.noAddress}</option>` : nothing}
          ${mine.map((a) => html`<option value=${a.id} ?selected=${c.sel === String(a.id)}>${a.name}, ${a.street}, ${a.zip} ${a.city}</option>`)}
          <option value="other" ?selected=${c.sel === 'other'}>${t.otherAddress}</option>
      </select>
      ${c.sel === 'other'
        ? html`<fieldset class="other">
            <legend class="sr-only">${label}: ${t.otherAddress}</legend>
            ${fields.map((f) => html`<label class=${f}><span>${t.address[f]}</span>
              <input required .value=${c.other[f]} autocomplete=${autocomplete(kind, f)}
                @input=${(e: Event) => this.typeAddress(kind, f, (e.target as HTMLInputElement).value)} /></label>`)}
            ${complete(c.other) ? nothing : html`<p class="muted small">${t.addressIncomplete}</p>`}
          </fieldset>`
        : nothing}
    </div>`;
  }
}

function autocomplete(kind: Kind, f: keyof Address): string {
  const section = kind === 'delivery' ? 'shipping' : 'billing';
  return `${section} ${{ name: 'organization', street: 'street-address', zip: 'postal-code', city: 'address-level2', country: 'country' }[f]}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'kerf-basket': KerfBasket;
  }
  interface GlobalEventHandlersEventMap {
    'kerf-order-placed': CustomEvent<{ order: Order }>;
  }
}
