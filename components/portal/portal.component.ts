import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { provide } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { KerfClient } from '../../sdk/client/client.js';
import type { Company, Right, Session } from '../../sdk/client/types.js';
import { apiContext, sharedClient, type ApiHandle } from '../shared/api.js';
import { KerfElement } from '../shared/kerf-element.js';
import { LANGS, type Lang } from '../shared/i18n.js';
import { controls, tokens } from '../shared/theme.js';
import { portalStyles } from './portal.styles.js';
import { LANGUAGE_NAMES, PORTAL_TEXTS, type PortalPage } from './translations.js';

/** A place in the portal, from the URL's hash (`#/orders/12`, `#/set-password?token=…`). */
export interface PortalRoute {
  page: PortalPage;
  id?: number;
  params: URLSearchParams;
}

/** `#/orders/12?x=1` → `{ page: 'order', id: 12, params }`. */
export function parseRoute(hash: string): PortalRoute {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = (q >= 0 ? raw.slice(0, q) : raw).replace(/^\/+|\/+$/g, '');
  const params = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  const [first = '', second] = path.split('/');
  const id = second !== undefined && /^\d+$/.test(second) ? Number(second) : undefined;
  switch (first) {
    case '': return { page: 'home', params };
    case 'orders': return second === undefined ? { page: 'orders', params } : id ? { page: 'order', id, params } : { page: 'not-found', params };
    case 'approvals': return second === undefined || id ? { page: 'approvals', id, params } : { page: 'not-found', params };
    case 'returns': return second === undefined || id ? { page: 'returns', id, params } : { page: 'not-found', params };
    case 'parts': case 'catalog': case 'new': case 'basket': case 'company': case 'import': case 'set-password': case 'statement': case 'plan': case 'dashboard':
      return second === undefined ? { page: first, params } : { page: 'not-found', params };
    default: return { page: 'not-found', params };
  }
}

type NavKey = 'home' | 'orders' | 'parts' | 'catalog' | 'new' | 'basket' | 'approvals' | 'company' | 'import' | 'statement' | 'plan' | 'dashboard' | 'returns';
type Theme = 'light' | 'dark' | 'auto';

/** Who may see which page (the server enforces the same rights on its routes). */
const ACCESS: Record<NavKey, (r: Set<Right>) => boolean> = {
  home: () => true,
  orders: (r) => r.has('order') || r.has('approve'),
  parts: (r) => r.has('view_parts'),
  // every customer may browse what the shop offers the company (ordering needs the right `order`)
  catalog: () => true,
  new: (r) => r.has('edit_parts') || r.has('order'),
  basket: (r) => r.has('order'),
  approvals: (r) => r.has('approve'),
  company: (r) => r.has('manage_users') || r.has('manage_company'),
  import: (r) => r.has('import'),
  // the company's account (issue [8]): who orders, approves or runs the company
  statement: (r) => r.has('order') || r.has('approve') || r.has('manage_company'),
  // planning is buying ahead: the right to order (or to manage the company), as the server's routes
  plan: (r) => r.has('order') || r.has('manage_company'),
  dashboard: (r) => r.has('order') || r.has('approve') || r.has('manage_company'),
  // receipts and returns (issue [8]): the same people
  returns: (r) => r.has('order') || r.has('approve') || r.has('manage_company'),
};
const NAV: NavKey[] = ['home', 'orders', 'parts', 'catalog', 'new', 'basket', 'approvals', 'returns', 'statement', 'company', 'import', 'plan', 'dashboard'];
const NAV_OF: Partial<Record<PortalPage, NavKey>> = {
  home: 'home', orders: 'orders', order: 'orders', parts: 'parts', catalog: 'catalog', new: 'new', basket: 'basket', approvals: 'approvals', company: 'company', import: 'import',
  statement: 'statement', plan: 'plan', dashboard: 'dashboard', returns: 'returns',
};

/**
 * The customer portal: signs in (or shows `kerf-login`), then composes the portal's elements
 * under one navigation — the start page with the order overview and the basket, orders and their
 * detail, parts library, catalog articles, new part, basket, approvals, company administration and import — each
 * shown only to groups with the right. It creates one API client and shares it, with the session,
 * through `@lit/context` (`apiContext`) with every element inside. Company switcher, the sales
 * rep as contact, language (en/de/fr) and theme (light/dark/automatic) switch, sign out.
 *
 * Routes (the URL's hash): `#/`, `#/orders`, `#/orders/:id`, `#/parts`, `#/catalog`, `#/new`, `#/basket`,
 * `#/approvals`, `#/approvals/:id`, `#/returns`, `#/returns/:id`, `#/statement`, `#/company`, `#/import`, `#/plan`, `#/dashboard`, `#/set-password?token=…`.
 *
 * @summary The customer portal shell: sign-in, navigation, company, language and theme.
 *
 * @csspart header - the top bar with the navigation.
 * @csspart nav - the navigation links and switches.
 * @csspart main - the page's content.
 * @csspart footer - the footer with the sales contact.
 *
 * @cssprop --kerf-portal-background - the page background (default the second surface colour).
 * @cssprop --kerf-portal-header-background - the header and footer background (default the surface colour).
 * @cssprop --kerf-portal-width - the maximum content width (default 1280px).
 *
 * @example
 * ```html
 * <script type="module" src="https://portal.example.com/kerf/kerf.js"></script>
 * <kerf-portal api="https://portal.example.com" shop-name="Stahlwerk Nord" lang="de"></kerf-portal>
 * ```
 */
export class KerfPortal extends KerfElement {
  static override styles = [tokens, controls, portalStyles];

  /** Base URL of the Kerf portal API; empty = this page's origin. */
  @property({ reflect: true }) api?: string;
  /** The shop's name in the header and the document title. */
  @property({ attribute: 'shop-name' }) shopName = 'Kerf';

  /** The client and session shared with every element inside. */
  @provide({ context: apiContext }) private handle?: ApiHandle;

  @state() private session: Session | null | undefined = undefined;
  @state() private route: PortalRoute = parseRoute(globalThis.location?.hash ?? '');
  @state() private menuOpen = false;
  @state() private basketVersion = 0;
  @state() private switchError = '';
  @state() private switching = false;
  /** The basket's line count as an element last reported it; cleared when the basket is asked again. */
  @state() private basketCount: number | null = null;

  private get client(): KerfClient {
    return sharedClient(this.api ?? '');
  }

  private sessionTask = new Task<[string | undefined], Session | null>(this, {
    task: async ([], { signal }) => {
      try {
        return await this.client.auth.me({ signal });
      } catch (e) {
        if ((e as { status?: number }).status === 401) return null;
        throw e;
      }
    },
    args: () => [this.api],
    onComplete: (s) => this.setSession(s),
  });

  private companyTask = new Task<[number | null | undefined], Company | null>(this, {
    task: ([id], { signal }) => (id ? this.client.company.get({ signal }) : Promise.resolve(null)),
    args: () => [this.session?.activeCompanyId],
  });

  private basketTask = new Task<[number | null | undefined, boolean, number], number | null>(this, {
    task: async ([id, may], { signal }) => (id && may ? (await this.client.basket.get({ signal })).items.length : null),
    onComplete: () => { this.basketCount = null; },
    args: () => [this.session?.activeCompanyId, this.rights.has('order'), this.basketVersion],
  });

  /** Messages of the shop not read yet (issue [8]): asked again on every page and when a thread was read. */
  @state() private unreadVersion = 0;
  private unreadTask = new Task<[number | null | undefined, boolean, number, number], number | null>(this, {
    task: async ([id, may], { signal }) => (id && may ? (await this.client.orders.unread({ signal })).total : null),
    args: () => [this.session?.activeCompanyId, ACCESS.orders(this.rights), this.basketVersion, this.unreadVersion],
  });

  private readonly onHashChange = () => {
    this.route = parseRoute(location.hash);
    this.menuOpen = false;
    this.basketVersion++; // the basket may have changed on the page just left
    // take screen-reader and keyboard users to the new page's content
    this.updateComplete.then(() => (this.renderRoot.querySelector('main') as HTMLElement | null)?.focus({ preventScroll: true }));
    window.scrollTo?.({ top: 0 });
  };

  constructor() {
    super();
    this.addEventListener('kerf-signed-in', (e) => {
      this.setSession((e as CustomEvent<{ session: Session }>).detail.session);
      if (this.route.page === 'set-password') this.go('#/');
      this.updateComplete.then(() => (this.renderRoot.querySelector('main') as HTMLElement | null)?.focus());
    });
    // the basket badge: from the basket an element sends along, else asked again
    const basketChanged = (e: Event) => {
      const items = (e as CustomEvent<{ basket?: { items?: unknown[] } } | undefined>).detail?.basket?.items;
      if (Array.isArray(items)) this.basketCount = items.length;
      else this.basketVersion++;
    };
    for (const name of ['kerf-basket-add', 'kerf-basket-change']) this.addEventListener(name, basketChanged);
    // company master data changed in the company administration: names in the header and footer
    this.addEventListener('kerf-company-change', () => {
      void this.refresh().catch(() => undefined);
      this.companyTask.run();
    });
    this.addEventListener('kerf-order-placed', (e) => {
      this.basketVersion++;
      const d = (e as CustomEvent<{ id?: number; orderId?: number; order?: { id: number } } | undefined>).detail;
      const id = d?.order?.id ?? d?.id ?? d?.orderId;
      if (id) this.go(`#/orders/${id}`);
    });
    this.addEventListener('kerf-navigate', (e) => {
      const href = (e as CustomEvent<{ href?: string } | undefined>).detail?.href;
      if (href) this.go(href);
    });
    this.addEventListener('kerf-sign-in-request', () => this.setSession(null));
    for (const name of ['kerf-thread-read', 'kerf-message-sent']) this.addEventListener(name, () => { this.unreadVersion++; });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.route = parseRoute(location.hash);
    if (!this.handle) this.setSession(null, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private get t() {
    return this.tr(PORTAL_TEXTS);
  }

  private get rights(): Set<Right> {
    return new Set(this.session?.rights ?? []);
  }

  /** A new handle for the context (a new object, so every consumer sees the change). */
  private setSession(s: Session | null, initial = false) {
    if (!initial) this.session = s;
    this.handle = { client: this.client, session: s, refresh: () => this.refresh(), base: this.api ?? '' };
  }

  /** Reload the session (after a company switch, or when a child asks). */
  async refresh(): Promise<void> {
    try {
      this.setSession(await this.client.auth.me());
    } catch (e) {
      if ((e as { status?: number }).status === 401) this.setSession(null);
      else throw e;
    }
  }

  /** Go to a route (`#/orders/12`) or another address. */
  go(href: string): void {
    if (href.startsWith('#')) {
      if (location.hash === href) this.onHashChange();
      else location.hash = href;
    } else {
      location.href = href;
    }
  }

  private setUrlParam(key: string, value: string | null) {
    try {
      const url = new URL(location.href);
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
      history.replaceState(history.state, '', url);
    } catch { /* sandboxed frames may refuse; the switch still works */ }
  }

  private setLanguage(l: Lang) {
    this.lang = l;
    document.documentElement.lang = l;
    this.setUrlParam('lang', l);
  }

  private setTheme(t: Theme) {
    this.theme = t;
    if (t === 'auto') delete document.documentElement.dataset.kerfTheme;
    else document.documentElement.dataset.kerfTheme = t;
    this.setUrlParam('theme', t === 'auto' ? null : t);
  }

  /** Every Kerf element inside follows the portal's theme (they read it at connect time otherwise). */
  private spreadTheme(root: ParentNode) {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('kerf-')) {
        if (this.theme) el.setAttribute('theme', this.theme);
        else el.removeAttribute('theme');
      }
      if (el.shadowRoot) this.spreadTheme(el.shadowRoot);
    }
  }

  private async switchCompany(id: number) {
    this.switching = true;
    this.switchError = '';
    try {
      const s = await this.client.auth.switchCompany(id);
      this.setSession(s);
      this.basketVersion++;
      this.go('#/');
    } catch (e) {
      this.switchError = this.errorText(e);
    } finally {
      this.switching = false;
    }
  }

  private async signOut() {
    try {
      await this.client.auth.logout();
    } catch { /* the session is gone for this page either way */ }
    this.setSession(null);
    this.menuOpen = false;
    this.go('#/');
  }

  private pageTitle(): string {
    const t = this.t;
    const r = this.route;
    if (r.page === 'set-password') return t.pages['set-password'];
    if (this.session === null) return t.pages['sign-in'];
    if (r.page === 'order' && r.id) return t.orderTitle(r.id);
    return t.pages[r.page];
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.spreadTheme(this.renderRoot);
    document.title = `${this.pageTitle()} · ${this.shopName}`;
  }

  private navLink(key: NavKey) {
    const current = NAV_OF[this.route.page] === key;
    const count = key === 'basket' ? this.basketCount ?? this.basketTask.value : null;
    const href = key === 'home' ? '#/' : `#/${key}`;
    return html`<li><a href=${href} aria-current=${current ? 'page' : 'false'} @click=${() => { this.menuOpen = false; }}>
      ${this.t.nav[key]}${count ? html`<span class="count" aria-hidden="true">${count}</span><span class="sr-only">(${this.t.basketCount(count)})</span>` : nothing}${key === 'orders' && this.unreadTask.value
        ? html`<span class="count unread" data-role="unread" aria-hidden="true">✉ ${this.unreadTask.value}</span><span class="sr-only">(${this.t.unreadCount(this.unreadTask.value)})</span>` : nothing}
    </a></li>`;
  }

  private header(s: Session | null) {
    const t = this.t;
    const theme: Theme = this.theme || 'auto';
    const customer = s && !s.user.staffRole;
    // a button, not a link: `#main` would be taken for a route of the portal
    return html`<header class="top" part="header">
      <button type="button" class="skip" @click=${() => (this.renderRoot.querySelector('main') as HTMLElement | null)?.focus()}>${t.skip}</button>
      <div class="bar">
        <a class="brand" href="#/">${this.shopName}<small>${t.portal}</small></a>
        <button type="button" class="menu" aria-expanded=${this.menuOpen ? 'true' : 'false'} aria-controls="nav"
          @click=${() => { this.menuOpen = !this.menuOpen; }}><span aria-hidden="true">☰</span> ${t.menu}</button>
        <nav id="nav" part="nav" aria-label=${t.mainNav} class=${this.menuOpen ? 'open' : ''}>
          ${customer ? html`<ul>${NAV.filter((k) => ACCESS[k](this.rights)).map((k) => this.navLink(k))}</ul>` : html`<span></span>`}
          <div class="tools">
            ${customer && s.companies.length > 1 ? html`<div class="field"><label for="company">${t.company}</label>
              <select id="company" ?disabled=${this.switching} @change=${(e: Event) => this.switchCompany(Number((e.target as HTMLSelectElement).value))}>
                ${s.companies.map((c) => html`<option value=${c.id} ?selected=${c.id === s.activeCompanyId}>${c.name} (${c.customerNumber})</option>`)}
              </select></div>` : nothing}
            <div class="field"><label for="language">${t.language}</label>
              <select id="language" @change=${(e: Event) => this.setLanguage((e.target as HTMLSelectElement).value as Lang)}>
                ${LANGS.map((l) => html`<option value=${l} lang=${l} ?selected=${l === this.language}>${LANGUAGE_NAMES[l]}</option>`)}
              </select></div>
            <div class="field"><label for="theme">${t.theme}</label>
              <select id="theme" @change=${(e: Event) => this.setTheme((e.target as HTMLSelectElement).value as Theme)}>
                ${(['auto', 'light', 'dark'] as const).map((v) => html`<option value=${v} ?selected=${v === theme}>${t.themes[v]}</option>`)}
              </select></div>
            ${s ? html`<div class="user"><span>${t.signedInAs(s.user.name)}</span>
              <button type="button" @click=${this.signOut}>${this.common.signOut}</button></div>` : nothing}
          </div>
        </nav>
      </div>
      <div role="status" class=${this.switching || this.switchError ? 'bar' : 'sr-only'}>
        ${this.switching ? t.switching : this.switchError ? html`<span class="error">${this.switchError}</span>` : ''}
      </div>
    </header>`;
  }

  private footer(s: Session | null) {
    if (!s || s.user.staffRole) return nothing;
    const t = this.t;
    const c = this.companyTask.status === TaskStatus.COMPLETE ? this.companyTask.value : null;
    const active = s.companies.find((x) => x.id === s.activeCompanyId);
    const rep = c?.salesRep;
    return html`<footer part="footer"><div class="inner">
      ${active ? html`<div><h2>${active.name}</h2><p class="muted">${t.customerNumber(active.customerNumber)}</p></div>` : nothing}
      ${rep ? html`<div><h2>${t.contact}</h2><p class="muted">${t.contactText}</p>
        <address>
          <strong>${rep.name}</strong>
          <span>${t.email}: <a href=${`mailto:${rep.email}`}>${rep.email}</a></span>
          ${rep.phone ? html`<span>${t.phone}: <a href=${`tel:${rep.phone.replace(/[^\d+]/g, '')}`}>${rep.phone}</a></span>` : nothing}
        </address></div>` : nothing}
    </div></footer>`;
  }

  /** The page for the route, or a message when the group may not see it. */
  private page(s: Session): TemplateResult {
    const t = this.t;
    const r = this.route;
    const theme = this.theme || nothing;
    const nav = NAV_OF[r.page];
    if (r.page === 'not-found' || !nav) {
      return html`<h1>${t.pages['not-found']}</h1><p>${t.notFound}</p><p><a href="#/">${t.toStart}</a></p>`;
    }
    if (!ACCESS[nav](this.rights)) {
      return html`<h1>${t.pages[r.page]}</h1><p role="alert">${t.notAllowed}</p><p><a href="#/">${t.toStart}</a></p>`;
    }
    const title = html`<h1 class="sr-only">${this.pageTitle()}</h1>`;
    switch (r.page) {
      case 'home': {
        const orders = ACCESS.orders(this.rights);
        const basket = ACCESS.basket(this.rights);
        return html`<h1>${t.welcome(s.user.name)}</h1>
          <div class="home ${orders && basket ? 'both' : ''}">
            ${orders ? html`<div class="panel"><kerf-order-list theme=${theme}></kerf-order-list></div>` : nothing}
            ${basket ? html`<div class="panel"><kerf-basket theme=${theme}></kerf-basket></div>` : nothing}
            ${!orders && !basket ? html`<p class="muted">${t.nothingToShow}</p><kerf-parts-library theme=${theme}></kerf-parts-library>` : nothing}
          </div>`;
      }
      case 'orders': {
        const status = r.params.get('status') ?? 'all';
        return html`${title}<div class="panel"><kerf-order-list theme=${theme} status=${status}></kerf-order-list></div>`;
      }
      case 'order':
        return html`${title}<div class="panel"><kerf-order-detail theme=${theme} order-id=${r.id ?? nothing} back-href="#/orders"></kerf-order-detail></div>`;
      case 'parts':
        return html`${title}<kerf-parts-library theme=${theme}></kerf-parts-library>`;
      case 'catalog':
        return html`${title}<kerf-catalog theme=${theme}></kerf-catalog>`;
      case 'new':
        return html`${title}<kerf-configurator theme=${theme}></kerf-configurator>`;
      case 'basket':
        return html`${title}<div class="panel"><kerf-basket theme=${theme}></kerf-basket></div>`;
      case 'approvals':
        return html`${title}<kerf-approvals theme=${theme} order-id=${r.id ?? nothing}></kerf-approvals>`;
      case 'company':
        return html`${title}<kerf-company-admin theme=${theme}></kerf-company-admin>`;
      case 'import':
        return html`${title}<kerf-import theme=${theme}></kerf-import>`;
      case 'returns':
        return html`${title}<div class="panel"><kerf-returns theme=${theme} return-id=${r.id ?? nothing}></kerf-returns></div>`;
      case 'plan':
        return html`${title}<div class="panel"><kerf-demand-plan theme=${theme}></kerf-demand-plan></div>`;
      case 'dashboard':
        return html`${title}<div class="panel"><kerf-dashboard theme=${theme}></kerf-dashboard></div>`;
      case 'statement':
        return html`${title}<div class="panel"><kerf-statement theme=${theme} from=${r.params.get('from') ?? nothing} to=${r.params.get('to') ?? nothing}></kerf-statement></div>`;
      default:
        return html`${title}`;
    }
  }

  private content(): unknown {
    const t = this.t;
    const s = this.session;
    const theme = this.theme || nothing;
    if (this.route.page === 'set-password') {
      return html`<div class="center"><kerf-login theme=${theme} mode="set-password" .token=${this.route.params.get('token') ?? ''}></kerf-login></div>`;
    }
    if (s === undefined) {
      if (this.sessionTask.status === TaskStatus.ERROR) {
        return html`<div class="center" role="alert"><p class="error">${this.errorText(this.sessionTask.error)}</p>
          <button type="button" @click=${() => this.sessionTask.run()}>${this.common.retry}</button></div>`;
      }
      return html`<p class="center muted" role="status">${this.common.loading}</p>`;
    }
    if (s === null) {
      return html`<h1 class="sr-only">${this.shopName} · ${t.portal}</h1>
        <div class="center"><kerf-login theme=${theme}></kerf-login></div>`;
    }
    if (s.user.staffRole) {
      return html`<div class="center panel"><h1>${t.staffTitle}</h1><p>${t.staffText}</p>
        <p><a href=${`${(this.api ?? '').replace(/\/+$/, '')}/admin/`}>${t.staffLink}</a></p></div>`;
    }
    // a company switch renders every element anew, so none keeps the other company's data
    return keyed(s.activeCompanyId, this.page(s));
  }

  override render() {
    const s = this.session ?? null;
    return html`${this.header(s)}
      <main id="main" part="main" tabindex="-1">${this.content()}</main>
      ${this.footer(s)}`;
  }
}
