import { provide } from '@lit/context';
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Session } from '../../sdk/client/types.js';
import { apiContext, sharedClient, type ApiHandle } from '../shared/api.js';
import { isLang, type Lang } from '../shared/i18n.js';
import { KerfElement } from '../shared/kerf-element.js';
import { controls, tokens } from '../shared/theme.js';
import { styles } from './back-office.styles.js';
import { TEXTS } from './translations.js';

/** The back office's pages, by the first part of the hash route. */
export type BackOfficePage = 'orders' | 'companies' | 'articles' | 'access-requests' | 'pricing' | 'outbox' | 'webhooks' | 'statements' | 'dashboard' | 'planning' | 'returns';
const PAGES: BackOfficePage[] = ['orders', 'companies', 'articles', 'access-requests', 'pricing', 'outbox', 'webhooks', 'statements', 'dashboard', 'planning', 'returns'];
type ThemeChoice = 'light' | 'dark' | 'auto';

/** `#/orders/12` → `{ page: 'orders', id: '12' }`; anything unknown is the order list. */
export function parseRoute(hash: string): { page: BackOfficePage; id: string } {
  const [page, id = ''] = hash.replace(/^#\/?/, '').split(/[/?]/);
  return PAGES.includes(page as BackOfficePage) ? { page: page as BackOfficePage, id } : { page: 'orders', id: '' };
}

const STORE_LANG = 'kerf-back-office-lang';
const STORE_THEME = 'kerf-back-office-theme';
const stored = (key: string) => { try { return localStorage.getItem(key); } catch { return null; } };
const store = (key: string, v: string) => { try { localStorage.setItem(key, v); } catch { /* private mode: the choice lasts this page */ } };

declare global {
  interface HTMLElementTagNameMap { 'kerf-back-office': KerfBackOffice }
  interface GlobalEventHandlersEventMap {
    'kerf-back-office-sign-in': CustomEvent<{ session: Session }>;
    'kerf-back-office-sign-out': CustomEvent<Record<string, never>>;
    'kerf-back-office-route': CustomEvent<{ page: BackOfficePage; id: string }>;
  }
}

/**
 * The operator's back office: a staff sign-in (e-mail and password), then a header with the
 * sections (orders, companies, catalog articles, access requests, materials and pricing, outbox, webhooks, dashboard, planning), a language and a
 * theme switch and sign-out. Hash routes pick the page: `#/orders` (start), `#/orders/:id`,
 * `#/returns`, `#/returns/:id`, `#/statements`, `#/statements/:companyId`, `#/companies`, `#/companies/:id`, `#/articles`, `#/articles/:id`, `#/access-requests`, `#/pricing`, `#/outbox`, `#/webhooks`, `#/dashboard`, `#/planning`, `#/planning/:companyId`, so the links in
 * the shop's mails (`/admin/#/orders/12`) open the order. It shares one API client and the session
 * with the pages through `apiContext`, like the customer portal. Customers who sign in here are
 * sent to the portal.
 *
 * @summary The shop's back office shell with staff sign-in and hash routing.
 * @csspart header - The top bar with the shop name, language and theme switch and sign-out.
 * @csspart nav - The section navigation.
 * @csspart main - The region that holds the current page.
 * @csspart sign-in - The staff sign-in card.
 * @cssprop --kerf-back-office-background - Page background (default the surface-2 token).
 * @cssprop --kerf-back-office-header-background - Header background (default the surface token).
 * @cssprop --kerf-back-office-accent - Colour of the current section (default the primary token).
 * @fires kerf-back-office-sign-in - A member of staff signed in; `detail.session`.
 * @fires kerf-back-office-sign-out - Signed out.
 * @fires kerf-back-office-route - The page changed; `detail.page`, `detail.id`.
 * @example
 * ```html
 * <script type="module" src="/kerf/kerf.js"></script>
 * <kerf-back-office shop-name="Stahlwerk Nord" api="https://portal.example.com"></kerf-back-office>
 * ```
 */
export class KerfBackOffice extends KerfElement {
  static override styles = [tokens, controls, styles];

  /** Base URL of the Kerf server; empty = this page's origin. */
  @property({ reflect: true }) api?: string;
  /** The shop's name in the header. */
  @property({ attribute: 'shop-name' }) shopName = '';

  @provide({ context: apiContext })
  @state()
  protected provided?: ApiHandle;

  @state() private session: Session | null = null;
  @state() private route = parseRoute(location.hash);
  @state() private themeChoice: ThemeChoice = 'auto';
  @state() private signInError = '';
  @state() private busy = false;
  @state() private pendingRequests = 0;
  /** Customers' messages not read yet (issue [8]), next to "Orders". */
  @state() private unreadMessages = 0;
  /** Returns (RMA) waiting for the shop's answer (issue [8]). */
  @state() private requestedReturns = 0;

  private readonly sessionTask = new Task(this, {
    args: () => [this.api] as const,
    task: async (_args, { signal }) => {
      try {
        this.setSession(await this.client.auth.me({ signal }));
      } catch (e) {
        if ((e as { code?: string }).code !== 'UNAUTHENTICATED') throw e;
        this.setSession(null);
      }
      return true;
    },
  });

  private get client() {
    return sharedClient(this.api ?? '');
  }

  private onHash = () => {
    const next = parseRoute(location.hash);
    const changedPage = next.page !== this.route.page || next.id !== this.route.id;
    this.route = next;
    if (changedPage) {
      this.emit('kerf-back-office-route', next);
      void this.countPending();
      // a screen reader hears the new page; the keyboard continues from its top
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('main')?.focus({ preventScroll: true }));
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    this.addEventListener('kerf-thread-read', this.onThreadRead);
    const params = new URLSearchParams(location.search);
    const lang = params.get('lang') ?? stored(STORE_LANG);
    if (!this.lang && isLang(lang)) this.applyLang(lang);
    const theme = params.get('theme') ?? stored(STORE_THEME) ?? (this.theme || document.documentElement.dataset.kerfTheme);
    if (theme === 'light' || theme === 'dark' || theme === 'auto') this.applyTheme(theme);
  }

  /** The shop read an order's thread: the unread count beside "Orders" is asked again. */
  private onThreadRead = () => { void this.countPending(); };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    this.removeEventListener('kerf-thread-read', this.onThreadRead);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || !this.provided) this.provided = this.makeHandle();
  }

  private makeHandle(): ApiHandle {
    return {
      client: this.client,
      session: this.session,
      base: this.api ?? '',
      refresh: async () => { await this.sessionTask.run(); },
    };
  }

  private setSession(s: Session | null) {
    this.session = s;
    this.provided = this.makeHandle();
    if (s?.user.staffRole) void this.countPending();
  }

  /** The number next to "Access requests": how many wait for a decision. */
  private async countPending() {
    if (!this.session?.user.staffRole) return;
    try {
      this.pendingRequests = (await this.client.admin.accessRequests.list({ status: 'pending' })).items.length;
      this.unreadMessages = (await this.client.admin.orders.unread()).total;
      this.requestedReturns = (await this.client.admin.returns.list({ status: 'requested' })).counts.requested ?? 0;
    } catch {
      /* the badge is a hint; the page itself shows errors */
    }
  }

  private applyLang(l: Lang) {
    this.lang = l;
    document.documentElement.lang = l;
  }

  private applyTheme(t: ThemeChoice) {
    this.themeChoice = t;
    this.theme = t;
    if (t === 'auto') delete document.documentElement.dataset.kerfTheme;
    else document.documentElement.dataset.kerfTheme = t;
  }

  private async signIn(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    this.busy = true;
    this.signInError = '';
    try {
      const s = await this.client.auth.login({ email: String(data.get('email') ?? ''), password: String(data.get('password') ?? '') });
      this.setSession(s);
      if (s.user.staffRole) this.emit('kerf-back-office-sign-in', { session: s });
    } catch (err) {
      const code = (err as { code?: string }).code;
      this.signInError = code === 'INVALID_CREDENTIALS' ? this.tr(TEXTS).wrongPassword : this.errorText(err);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('input[name=password]')?.select();
    } finally {
      this.busy = false;
    }
  }

  private async signOut() {
    try {
      await this.client.auth.logout();
    } finally {
      this.setSession(null);
      this.emit('kerf-back-office-sign-out', {});
    }
  }

  override render() {
    return this.sessionTask.render({
      initial: () => this.renderChecking(),
      pending: () => (this.session ? this.renderApp() : this.renderChecking()),
      error: (e) => html`${this.renderHeader(false)}
        <main part="main" tabindex="-1"><div class="card" role="alert">
          <p class="error">${this.errorText(e)}</p>
          <button class="primary" @click=${() => this.sessionTask.run()}>${this.common.retry}</button>
        </div></main>`,
      complete: () => (!this.session ? this.renderSignIn() : this.session.user.staffRole ? this.renderApp() : this.renderCustomer()),
    });
  }

  private renderChecking() {
    return html`${this.renderHeader(false)}<main part="main" tabindex="-1"><p class="muted" role="status">${this.tr(TEXTS).checking}</p></main>`;
  }

  private renderSettings() {
    const t = this.tr(TEXTS);
    return html`<div class="settings">
      <label><span class="sr-only">${t.language}</span>
        <select aria-label=${t.language} data-setting="lang" @change=${(e: Event) => {
          const v = (e.target as HTMLSelectElement).value as Lang;
          this.applyLang(v);
          store(STORE_LANG, v);
        }}>
          ${(['en', 'de', 'fr'] as const).map((l) => html`<option value=${l} ?selected=${this.language === l}>${({ en: 'English', de: 'Deutsch', fr: 'Français' })[l]}</option>`)}
        </select></label>
      <label><span class="sr-only">${t.theme}</span>
        <select aria-label=${t.theme} data-setting="theme" @change=${(e: Event) => {
          const v = (e.target as HTMLSelectElement).value as ThemeChoice;
          this.applyTheme(v);
          store(STORE_THEME, v);
        }}>
          ${(['light', 'dark', 'auto'] as const).map((v) => html`<option value=${v} ?selected=${this.themeChoice === v}>${t[v]}</option>`)}
        </select></label>
    </div>`;
  }

  private renderHeader(signedIn: boolean) {
    const t = this.tr(TEXTS);
    return html`<header part="header">
      <div class="brand"><strong>${this.shopName || t.title}</strong>${this.shopName ? html`<span>${t.title}</span>` : nothing}</div>
      ${this.renderSettings()}
      ${signedIn && this.session ? html`<span class="who">${t.signedInAs(this.session.user.name)}</span>
        <button @click=${this.signOut}>${this.common.signOut}</button>` : nothing}
    </header>`;
  }

  private renderSignIn() {
    const t = this.tr(TEXTS);
    return html`${this.renderHeader(false)}
      <main part="main" tabindex="-1" class="center">
        <section class="card signin" part="sign-in" aria-labelledby="signin-title">
          <h1 id="signin-title">${t.signInTitle}</h1>
          <p class="muted">${t.signInIntro}</p>
          <form @submit=${this.signIn}>
            <label><span>${t.email}</span><input name="email" type="email" autocomplete="username" required></label>
            <label><span>${t.password}</span><input name="password" type="password" autocomplete="current-password" required
              aria-invalid=${this.signInError ? 'true' : 'false'} aria-describedby="signin-error"></label>
            <p id="signin-error" class="error" role="alert">${this.signInError}</p>
            <button class="primary" type="submit" ?disabled=${this.busy}>${this.common.signIn}</button>
          </form>
        </section>
      </main>`;
  }

  private renderCustomer() {
    const t = this.tr(TEXTS);
    return html`${this.renderHeader(false)}
      <main part="main" tabindex="-1" class="center">
        <section class="card signin" aria-labelledby="customer-title" role="alert">
          <h1 id="customer-title">${t.customerTitle}</h1>
          <p>${t.customerText}</p>
          <p><a href=${`${this.api ?? ''}/portal/`}>${t.toPortal}</a></p>
          <button @click=${this.signOut}>${this.common.signOut}</button>
        </section>
      </main>`;
  }

  private renderApp() {
    const t = this.tr(TEXTS);
    const links: [BackOfficePage, string][] = [
      ['orders', t.orders], ['returns', t.returns], ['statements', t.statements], ['companies', t.companies], ['articles', t.articles], ['access-requests', t.accessRequests], ['pricing', t.pricing], ['outbox', t.outbox], ['webhooks', t.webhooks], ['dashboard', t.dashboard], ['planning', t.planning],
    ];
    return html`${this.renderHeader(true)}
      <nav part="nav" aria-label=${t.nav}><ul>
        ${links.map(([page, label]) => html`<li><a href=${`#/${page}`} aria-current=${this.route.page === page ? 'page' : 'false'}>${label}${
          page === 'access-requests' && this.pendingRequests
            ? html` <span class="pill" aria-label=${t.pending(this.pendingRequests)}>${this.pendingRequests}</span>` : nothing}${
          page === 'orders' && this.unreadMessages
            ? html` <span class="pill" data-role="unread" aria-label=${t.unread(this.unreadMessages)}>✉ ${this.unreadMessages}</span>` : nothing}${
          page === 'returns' && this.requestedReturns
            ? html` <span class="pill" data-role="requested-returns" aria-label=${t.pending(this.requestedReturns)}>${this.requestedReturns}</span>` : nothing}</a></li>`)}
      </ul></nav>
      <main part="main" tabindex="-1">${this.renderPage()}</main>`;
  }

  private renderPage(): TemplateResult {
    const { page, id } = this.route;
    const lang = this.language;
    const theme = this.themeChoice;
    switch (page) {
      case 'companies':
        return html`<kerf-admin-companies lang=${lang} theme=${theme} company-id=${id}></kerf-admin-companies>`;
      case 'articles':
        return html`<kerf-admin-articles lang=${lang} theme=${theme} article-id=${id}></kerf-admin-articles>`;
      case 'access-requests':
        return html`<kerf-admin-access-requests lang=${lang} theme=${theme}
          @kerf-admin-access-decision=${() => this.countPending()}></kerf-admin-access-requests>`;
      case 'pricing':
        return html`<kerf-admin-pricing lang=${lang} theme=${theme}></kerf-admin-pricing>`;
      case 'outbox':
        return html`<kerf-admin-outbox lang=${lang} theme=${theme}></kerf-admin-outbox>`;
      case 'webhooks':
        return html`<kerf-admin-webhooks lang=${lang} theme=${theme} webhook-id=${id}></kerf-admin-webhooks>`;
      case 'returns':
        return html`<kerf-returns mode="admin" lang=${lang} theme=${theme} return-id=${id} @kerf-return-change=${() => this.countPending()}></kerf-returns>`;
      case 'statements':
        return html`<kerf-statement admin lang=${lang} theme=${theme} company-id=${id || nothing}></kerf-statement>`;
      case 'dashboard':
        return html`<kerf-dashboard scope="admin" lang=${lang} theme=${theme}></kerf-dashboard>`;
      case 'planning':
        return html`<kerf-admin-planning lang=${lang} theme=${theme} company-id=${id}></kerf-admin-planning>`;
      default:
        return html`<kerf-admin-orders lang=${lang} theme=${theme} order-id=${id}></kerf-admin-orders>`;
    }
  }
}
