import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { Session } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { controls, tokens } from '../shared/theme.js';
import { loginStyles } from './login.styles.js';
import { LOGIN_TEXTS } from './translations.js';

/** What the login element shows. */
export type LoginMode = 'sign-in' | 'register' | 'forgot' | 'set-password';

/** Minimum password length (the server's MIN_PASSWORD_LENGTH). */
export const MIN_PASSWORD = 10;
const CUSTOMER_KEY = 'kerf-customer-number';

type Field = 'customerNumber' | 'email' | 'password' | 'confirm' | 'company' | 'name';

declare global {
  interface HTMLElementTagNameMap {
    'kerf-login': KerfLogin;
  }
  interface GlobalEventHandlersEventMap {
    /** Someone signed in; `session` is who (`GET /api/me`'s shape). */
    'kerf-signed-in': CustomEvent<{ session: Session }>;
  }
}

/**
 * Sign in to the customer portal (customer number, e-mail, password; staff without a customer
 * number), request access, ask for a password link, and set a password from an invitation or
 * reset link.
 *
 * @summary Sign-in, access request, forgotten password and set-password forms.
 *
 * @fires kerf-signed-in - after a successful sign-in; `detail.session` is the new session.
 *
 * @csspart panel - the card around the form.
 * @csspart title - the heading.
 * @csspart form - the form.
 * @csspart error - the error message of the last attempt.
 * @csspart notice - a confirmation (request sent, password set).
 * @csspart links - the links below the form (other modes, staff).
 *
 * @cssprop --kerf-login-width - the panel's maximum width (default 26rem).
 * @cssprop --kerf-login-background - the panel's background (default the surface color).
 *
 * @example
 * ```html
 * <kerf-login api="https://portal.example.com" lang="de"></kerf-login>
 * <script>
 *   document.querySelector('kerf-login').addEventListener('kerf-signed-in', (e) => console.log(e.detail.session.user.name));
 * </script>
 * ```
 */
export class KerfLogin extends ApiElement {
  static override styles = [tokens, controls, loginStyles];

  /** `sign-in` (default), `register` (request access), `forgot` (password link) or `set-password`. */
  @property({ reflect: true }) mode: LoginMode = 'sign-in';
  /** The one-time token of a set-password link; read from the page's `#…?token=` when not given. */
  @property() token = '';
  /** Sign in as shop staff (without customer number). */
  @property({ type: Boolean, reflect: true }) staff = false;

  /** A confirmation to show (request sent, link sent, password set). */
  @state() private notice: 'registered' | 'resetSent' | 'passwordSet' | null = null;
  @state() private fieldErrors: Partial<Record<Field, string>> = {};
  /** The mode the last submission belongs to; its error is hidden in other modes. */
  @state() private lastMode: LoginMode | null = null;

  /** The submission in flight: one at a time, its error shown at the form. */
  private submission = new Task<[LoginMode, () => Promise<void>], void>(this, {
    autoRun: false,
    task: async ([, run]) => run(),
  });

  private get t() {
    return this.tr(LOGIN_TEXTS);
  }

  private get portalBase(): string {
    return (this.api ?? this.handle?.base ?? '').replace(/\/+$/, '');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode') && changed.get('mode') !== undefined) {
      this.fieldErrors = {};
      if (this.mode !== 'sign-in' || this.notice !== 'passwordSet') this.notice = null;
    }
  }

  /** The set-password token: the property, else the page URL's hash (`#/set-password?token=…`). */
  private currentToken(): string {
    if (this.token) return this.token;
    const h = globalThis.location?.hash ?? '';
    const q = h.indexOf('?');
    return q >= 0 ? new URLSearchParams(h.slice(q + 1)).get('token') ?? '' : '';
  }

  private switchTo(mode: LoginMode) {
    this.mode = mode;
    this.updateComplete.then(() => (this.renderRoot.querySelector('h2') as HTMLElement | null)?.focus());
  }

  private values(e: Event): Record<string, string> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    // passwords are taken as typed; everything else without surrounding blanks
    return Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, k === 'password' || k === 'confirm' ? String(v) : String(v).trim()]));
  }

  /** Required fields present; else their messages and focus on the first. */
  private check(v: Record<string, string>, fields: Field[], extra: Partial<Record<Field, string>> = {}): boolean {
    const errors: Partial<Record<Field, string>> = {};
    for (const f of fields) if (!v[f]) errors[f] = this.t.required;
    Object.assign(errors, Object.fromEntries(Object.entries(extra).filter(([f]) => !errors[f as Field])));
    this.fieldErrors = errors;
    const first = Object.keys(errors)[0];
    if (first) {
      this.updateComplete.then(() => (this.renderRoot.querySelector(`[name="${first}"]`) as HTMLElement | null)?.focus());
      return false;
    }
    return true;
  }

  private run(fn: () => Promise<void>) {
    this.lastMode = this.mode;
    this.notice = this.mode === 'sign-in' ? null : this.notice;
    return this.submission.run([this.mode, fn]);
  }

  private onSignIn(e: SubmitEvent) {
    const v = this.values(e);
    if (!this.check(v, this.staff ? ['email', 'password'] : ['customerNumber', 'email', 'password'])) return;
    this.run(async () => {
      const session = await this.client.auth.login({
        customerNumber: this.staff ? undefined : v.customerNumber, email: v.email, password: v.password,
      });
      try {
        if (!this.staff) localStorage.setItem(CUSTOMER_KEY, v.customerNumber);
      } catch { /* storage may be blocked; the field just stays empty next time */ }
      this.notice = null;
      this.emit('kerf-signed-in', { session });
    });
  }

  private onRegister(e: SubmitEvent) {
    const v = this.values(e);
    if (!this.check(v, ['company', 'email', 'name'])) return;
    this.run(async () => {
      await this.client.auth.register({
        company: v.company, customerNumber: v.customerNumber || undefined, email: v.email, name: v.name, language: this.language,
      });
      this.notice = 'registered';
    });
  }

  private onForgot(e: SubmitEvent) {
    const v = this.values(e);
    if (!this.check(v, ['email'])) return;
    this.run(async () => {
      await this.client.auth.requestPasswordReset({ email: v.email });
      this.notice = 'resetSent';
    });
  }

  private onSetPassword(e: SubmitEvent) {
    const v = this.values(e);
    const extra: Partial<Record<Field, string>> = {};
    if (v.password && v.password.length < MIN_PASSWORD) extra.password = this.t.tooShort(MIN_PASSWORD);
    else if (v.password && v.confirm && v.password !== v.confirm) extra.confirm = this.t.mismatch;
    if (!this.check(v, ['password', 'confirm'], extra)) return;
    const token = this.currentToken();
    this.run(async () => {
      await this.client.auth.confirmPasswordReset({ token, password: v.password });
      this.notice = 'passwordSet';
      this.switchTo('sign-in');
    });
  }

  /** The last attempt's error in plain words. */
  private failure(): TemplateResult | typeof nothing {
    if (this.submission.status !== TaskStatus.ERROR || this.lastMode !== this.mode) return nothing;
    const e = this.submission.error as { code?: string; status?: number; retryAfter?: number };
    let text: string;
    if (e?.code === 'INVALID_CREDENTIALS') text = this.t.invalidCredentials;
    else if (e?.status === 429 || e?.code === 'TOO_MANY_REQUESTS') text = this.t.tooMany(e.retryAfter);
    else if (e?.code === 'INVALID_TOKEN') text = this.t.invalidToken;
    else text = this.errorText(e);
    return html`<p class="alert" role="alert" part="error">${text}</p>`;
  }

  private field(name: Field, label: string, opts: { type?: string; autocomplete?: string; value?: string; hint?: string; inputmode?: string } = {}) {
    const err = this.fieldErrors[name];
    const hintId = opts.hint ? `${name}-hint` : '';
    const errId = err ? `${name}-error` : '';
    return html`<label>
      <span>${label}</span>
      <input name=${name} id=${name} type=${opts.type ?? 'text'} autocomplete=${opts.autocomplete ?? 'off'}
        inputmode=${opts.inputmode ?? nothing} .value=${opts.value ?? ''}
        aria-invalid=${err ? 'true' : 'false'} aria-describedby=${[hintId, errId].filter(Boolean).join(' ') || nothing}
        @input=${() => { if (this.fieldErrors[name]) this.fieldErrors = { ...this.fieldErrors, [name]: undefined }; }} />
      ${opts.hint ? html`<small id=${hintId} class="muted">${opts.hint}</small>` : nothing}
      ${err ? html`<small id=${errId} class="field-error">${err}</small>` : nothing}
    </label>`;
  }

  private submit(label: string) {
    const busy = this.submission.status === TaskStatus.PENDING;
    return html`<button class="primary" type="submit" ?disabled=${busy} aria-busy=${busy ? 'true' : 'false'}>${busy ? this.t.working : label}</button>`;
  }

  private signInForm() {
    const t = this.t;
    let remembered = '';
    try {
      remembered = localStorage.getItem(CUSTOMER_KEY) ?? '';
    } catch { /* blocked storage */ }
    return html`<form part="form" novalidate @submit=${this.onSignIn}>
      ${this.staff
        ? html`<p class="hint muted">${t.staffHint}</p>`
        : this.field('customerNumber', t.customerNumber, { autocomplete: 'organization', value: remembered, inputmode: 'numeric' })}
      ${this.field('email', t.email, { type: 'email', autocomplete: 'username' })}
      ${this.field('password', t.password, { type: 'password', autocomplete: 'current-password' })}
      ${this.submit(this.common.signIn)}
    </form>
    <div class="links" part="links">
      <button type="button" class="link" @click=${() => this.switchTo('forgot')}>${t.forgot}</button>
      <button type="button" class="link" @click=${() => this.switchTo('register')}>${t.requestAccess}</button>
      <div class="links staff">
        <button type="button" class="link" aria-pressed=${this.staff ? 'true' : 'false'}
          @click=${() => { this.staff = !this.staff; this.fieldErrors = {}; }}>${this.staff ? t.customerToggle : t.staffToggle}</button>
        <a href=${`${this.portalBase}/admin/`}>${t.staffLink}</a>
      </div>
    </div>`;
  }

  private registerForm() {
    const t = this.t;
    if (this.notice === 'registered') return this.backLinks();
    return html`<form part="form" novalidate @submit=${this.onRegister}>
      ${this.field('company', t.company, { autocomplete: 'organization' })}
      ${this.field('customerNumber', t.customerNumberOptional, { inputmode: 'numeric' })}
      ${this.field('name', t.name, { autocomplete: 'name' })}
      ${this.field('email', t.email, { type: 'email', autocomplete: 'email' })}
      ${this.submit(t.sendRequest)}
    </form>${this.backLinks()}`;
  }

  private forgotForm() {
    const t = this.t;
    if (this.notice === 'resetSent') return this.backLinks();
    return html`<form part="form" novalidate @submit=${this.onForgot}>
      ${this.field('email', t.email, { type: 'email', autocomplete: 'username' })}
      ${this.submit(t.sendLink)}
    </form>${this.backLinks()}`;
  }

  private setPasswordForm() {
    const t = this.t;
    if (!this.currentToken()) {
      return html`<p class="alert" role="alert" part="error">${t.noToken}</p>
        <div class="links" part="links"><button type="button" class="link" @click=${() => this.switchTo('forgot')}>${t.requestNewLink}</button></div>`;
    }
    const invalid = this.submission.status === TaskStatus.ERROR && this.lastMode === 'set-password'
      && (this.submission.error as { code?: string })?.code === 'INVALID_TOKEN';
    return html`<form part="form" novalidate @submit=${this.onSetPassword}>
      <input type="text" name="username" autocomplete="username" hidden />
      ${this.field('password', t.newPassword, { type: 'password', autocomplete: 'new-password', hint: t.passwordRule(MIN_PASSWORD) })}
      ${this.field('confirm', t.confirmPassword, { type: 'password', autocomplete: 'new-password' })}
      ${this.submit(t.setPassword)}
    </form>
    <div class="links" part="links">
      ${invalid ? html`<button type="button" class="link" @click=${() => this.switchTo('forgot')}>${t.requestNewLink}</button>` : nothing}
      <button type="button" class="link" @click=${() => this.switchTo('sign-in')}>${t.backToSignIn}</button>
    </div>`;
  }

  private backLinks() {
    return html`<div class="links" part="links">
      <button type="button" class="link" @click=${() => this.switchTo('sign-in')}>${this.t.backToSignIn}</button>
    </div>`;
  }

  override render() {
    const t = this.t;
    const mode: LoginMode = (['sign-in', 'register', 'forgot', 'set-password'] as const).includes(this.mode) ? this.mode : 'sign-in';
    const notice = this.notice ? t[this.notice] : '';
    return html`<section class="panel card" part="panel" aria-labelledby="title">
      <h2 id="title" part="title" tabindex="-1">${t.titles[mode]}</h2>
      <div aria-live="polite">${notice ? html`<p class="notice" part="notice">${notice}</p>` : nothing}</div>
      ${this.failure()}
      ${mode === 'register' ? this.registerForm() : mode === 'forgot' ? this.forgotForm() : mode === 'set-password' ? this.setPasswordForm() : this.signInForm()}
    </section>`;
  }
}
