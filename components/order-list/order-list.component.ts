import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { OrderList, OrderStatus, OrderSummary } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { orderListStyles, statusBadges } from './order-list.styles.js';
import { ORDER_LIST_TEXTS } from './translations.js';

/** The filters of the list, in the order they are offered. */
export const ORDER_FILTERS = ['all', 'pending_approval', 'released', 'in_production', 'shipped', 'completed', 'cancelled', 'rejected'] as const;
export type OrderFilter = (typeof ORDER_FILTERS)[number];

type SortKey = 'number' | 'requestedDate' | 'status' | 'commission' | 'orderer' | 'total';

declare global {
  interface HTMLElementTagNameMap {
    'kerf-order-list': KerfOrderList;
  }
}

/**
 * The company's orders grouped by status: a filter per status with its count (from
 * `GET /api/orders`), and a table of order number, desired date, status, commission, orderer and
 * total; sortable by each column. Narrow places (a phone, a side column) get stacked cards.
 *
 * @summary Order overview with status filters and counts.
 *
 * @csspart filters - the row of status filters.
 * @csspart table - the table of orders.
 * @csspart empty - the message when there are no orders.
 * @csspart error - the message when the orders could not be loaded.
 *
 * @cssprop --kerf-order-list-accent - the colour of the selected filter (default the primary colour).
 *
 * @example
 * ```html
 * <kerf-order-list api="https://portal.example.com" status="released" order-href="/orders.html?id={id}"></kerf-order-list>
 * ```
 */
export class KerfOrderList extends ApiElement {
  static override styles = [tokens, controls, statusBadges, orderListStyles];

  /** Which orders to show: `all` or one status. */
  @property({ reflect: true }) status: OrderFilter = 'all';
  /** Where an order number links to; `{id}` becomes the order's id. */
  @property({ attribute: 'order-href' }) orderHref = '#/orders/{id}';
  /** Hide the heading (when the page has its own). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  @state() private sort: { key: SortKey; dir: 1 | -1 } | null = null;

  private orders = new Task<[OrderFilter, unknown], OrderList>(this, {
    task: ([status], { signal }) =>
      this.client.orders.list(status === 'all' ? {} : { status: status as OrderStatus }, { signal }),
    args: () => [this.status, this.handle?.client],
  });

  private get t() {
    return this.tr(ORDER_LIST_TEXTS);
  }

  /** Load the orders again (after an order was placed or changed elsewhere). */
  reload(): void {
    this.orders.run();
  }

  private sorted(items: OrderSummary[]): OrderSummary[] {
    if (!this.sort) return items;
    const { key, dir } = this.sort;
    const val = (o: OrderSummary): string | number => (key === 'total' ? o.total : key === 'status' ? this.common.status[o.status] : (o[key] ?? '') as string);
    return [...items].sort((a, b) => {
      const x = val(a), y = val(b);
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), this.fmt.locale, { numeric: true })) * dir;
    });
  }

  private toggleSort(key: SortKey) {
    this.sort = this.sort?.key === key ? (this.sort.dir === 1 ? { key, dir: -1 } : null) : { key, dir: 1 };
  }

  private header(key: SortKey, label: string, num = false) {
    const s = this.sort?.key === key ? this.sort.dir : 0;
    return html`<th scope="col" class=${num ? 'num' : ''} aria-sort=${s === 1 ? 'ascending' : s === -1 ? 'descending' : 'none'}>
      <button class="sort" type="button" title=${this.t.sortBy(label)} @click=${() => this.toggleSort(key)}>${label}<span class="arrow" aria-hidden="true">${s === 1 ? '▲' : s === -1 ? '▼' : '↕'}</span></button>
    </th>`;
  }

  private filters(list: OrderList | undefined) {
    return html`<div class="filters" role="group" aria-label=${this.t.filter} part="filters">
      ${ORDER_FILTERS.map((f) => html`<button type="button" aria-pressed=${this.status === f ? 'true' : 'false'}
          @click=${() => { this.status = f; }}>
          ${this.common.status[f]}${list ? html`<span class="count">${this.fmt.number(list.counts[f] ?? 0)}</span>` : nothing}
        </button>`)}
    </div>`;
  }

  private table(list: OrderList, busy: boolean) {
    const t = this.t;
    if (!list.items.length) {
      return html`<p class="empty" part="empty">${this.status === 'all' ? t.empty : t.emptyStatus(this.common.status[this.status])}</p>`;
    }
    return html`<div class="table-wrap">
      <table part="table" aria-busy=${busy ? 'true' : 'false'}>
        <caption class="sr-only">${t.shown(list.items.length, this.common.status[this.status])}</caption>
        <thead><tr>
          ${this.header('number', t.number)}${this.header('requestedDate', t.desiredDate)}${this.header('status', t.status)}
          ${this.header('commission', t.commission)}${this.header('orderer', t.orderer)}${this.header('total', t.total, true)}
        </tr></thead>
        <tbody>
          ${this.sorted(list.items).map((o) => html`<tr>
            <td class="primary" data-label=${t.number}><a href=${this.orderHref.replace('{id}', String(o.id))}>${o.number}</a>${o.unreadMessages
              ? html` <span class="badge unread" data-role="unread" title=${t.unread(o.unreadMessages)}>✉ ${o.unreadMessages}<span class="sr-only">${t.unread(o.unreadMessages)}</span></span>` : nothing}</td>
            <td data-label=${t.desiredDate}>${this.fmt.date(o.requestedDate)}</td>
            <td data-label=${t.status}><span class="badge status status-${o.status}">${this.common.status[o.status]}</span></td>
            <td data-label=${t.commission}>${o.commission || '—'}</td>
            <td data-label=${t.orderer}>${o.orderer ?? '—'}</td>
            <td class="num" data-label=${t.total}>${this.fmt.money(o.total, o.currency)}</td>
          </tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const t = this.t;
    const task = this.orders;
    const last = task.value;
    let body;
    if (task.status === TaskStatus.ERROR) {
      body = html`<div class="state" role="alert" part="error"><p class="error">${this.errorText(task.error)}</p>
        <button type="button" @click=${() => task.run()}>${this.common.retry}</button></div>`;
    } else if (last) {
      body = this.table(last, task.status === TaskStatus.PENDING);
    } else {
      body = html`<p class="state muted" role="status">${this.common.loading}</p>`;
    }
    return html`<section aria-labelledby="orders-title">
      <div class="head"><h2 id="orders-title" class=${this.noHeading ? 'sr-only' : ''}>${t.title}</h2></div>
      ${this.filters(last)}
      <div aria-live="polite" class="sr-only">${last && task.status === TaskStatus.COMPLETE ? t.shown(last.items.length, this.common.status[this.status]) : ''}</div>
      ${body}
    </section>`;
  }
}
