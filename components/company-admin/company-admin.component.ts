import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { ApprovalMode, Company, CompanyAddress, Group, GroupList, Member, Right, Session } from '../../sdk/client/types.js';
import { ApiElement } from '../shared/api.js';
import { styles } from './company-admin.styles.js';
import { TEXTS } from './translations.js';

type Tab = 'company' | 'addresses' | 'employees' | 'groups';
const MODES: ApprovalMode[] = ['none', 'always', 'outside_assortment'];
const LANGUAGES = ['en', 'de', 'fr'] as const;

type Dialog =
  | { kind: 'address'; address?: CompanyAddress }
  | { kind: 'invite' }
  | { kind: 'member'; member: Member }
  | { kind: 'group'; group?: Group }
  | { kind: 'confirm'; title: string; text: string; action: () => Promise<void> };

/**
 * Customer self-administration: company master data (read-only without `manage_company`), the
 * delivery and billing addresses, employees (invite, group, approval mode, limit and approver,
 * remove) and groups with their rights. The sales rep is shown as the contact. The server's
 * refusals (removing your own right to manage users, deleting a group in use) are shown plainly.
 *
 * @summary Company data, addresses, employees and groups.
 *
 * @fires kerf-company-change - Master data or addresses were saved: `{ company }`.
 *
 * @csspart tabs - The section tabs.
 * @csspart panel - The visible section.
 * @csspart employees - The employees table.
 * @csspart groups - The list of groups.
 * @csspart sales-rep - The sales rep's contact card.
 * @csspart dialog - The dialog for adding or changing an entry.
 *
 * @cssprop --kerf-company-admin-tab-active - Color of the active tab's underline (default the primary color).
 *
 * @example
 * <kerf-company-admin api="https://portal.example.com" lang="de" currency="EUR"></kerf-company-admin>
 */
export class KerfCompanyAdmin extends ApiElement {
  static override styles = styles;

  /** Currency of approval limits (ISO 4217). */
  @property() currency = 'EUR';

  @state() private tab: Tab = 'company';
  @state() private company?: Company;
  @state() private members: Member[] = [];
  @state() private groupList?: GroupList;
  @state() private notice: { text: string; error?: boolean } | null = null;
  @state() private dialog: Dialog | null = null;
  @state() private dialogError = '';
  @state() private busy = false;

  @query('dialog') private dialogEl!: HTMLDialogElement;

  private reloads = 0;
  private returnFocus: HTMLElement | null = null;

  private readonly load = new Task(this, {
    task: async ([_company, _n], { signal }) => {
      await this.ensureSession(signal);
      const users = this.hasRight('manage_users');
      if (!users && !this.hasRight('manage_company')) return false;
      const [company, members, groups] = await Promise.all([
        this.client.company.get({ signal }),
        users ? this.client.company.users.list({ signal }) : null,
        users ? this.client.company.groups.list({ signal }) : null,
      ]);
      this.company = company;
      this.members = members?.items ?? [];
      this.groupList = groups ?? undefined;
      return true;
    },
    args: () => [this.handle?.session?.activeCompanyId, this.reloads] as const,
  });

  private get t() {
    return this.tr(TEXTS);
  }

  private message(e: unknown): string {
    const code = (e as { code?: string })?.code;
    return (code && this.t.errors[code]) || this.errorText(e);
  }

  private get tabs(): Tab[] {
    return this.hasRight('manage_users') ? ['company', 'addresses', 'employees', 'groups'] : ['company', 'addresses'];
  }

  // ---- dialogs ---------------------------------------------------------------------------

  private async open(d: Dialog, e?: Event) {
    this.returnFocus = (e?.currentTarget as HTMLElement) ?? null;
    this.dialog = d;
    this.dialogError = '';
    await this.updateComplete;
    if (!this.dialogEl.open) this.dialogEl.showModal();
  }

  private close() {
    this.dialogEl?.close();
  }

  private closed() {
    this.dialog = null;
    // the button that opened it may be gone (a deleted row): then the section takes focus
    if (this.returnFocus?.isConnected) this.returnFocus.focus();
    else this.renderRoot.querySelector<HTMLElement>('#panel')?.focus();
    this.returnFocus = null;
  }

  /** Run a change from a dialog: errors stay in the dialog, success closes it and says so. */
  private async run(action: () => Promise<void>, done?: string) {
    this.busy = true;
    this.dialogError = '';
    try {
      await action();
      this.close();
      if (done) this.notice = { text: done };
    } catch (e) {
      this.dialogError = this.message(e);
    } finally {
      this.busy = false;
    }
  }

  private confirm(title: string, text: string, action: () => Promise<void>, e: Event) {
    void this.open({ kind: 'confirm', title, text, action }, e);
  }

  private async refreshGroups() {
    if (this.hasRight('manage_users')) this.groupList = await this.client.company.groups.list();
  }

  // ---- actions ---------------------------------------------------------------------------

  private async saveCompany(e: Event) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const v = (k: string) => String(f.get(k) ?? '').trim();
    this.busy = true;
    this.notice = null;
    try {
      this.company = await this.client.company.patch({
        name: v('name'), street: v('street'), zip: v('zip'), city: v('city'), country: v('country'), phone: v('phone'), vatId: v('vatId'),
        language: v('language') as Company['language'],
      });
      this.notice = { text: this.t.company.saved };
      this.emit('kerf-company-change', { company: this.company });
    } catch (err) {
      this.notice = { text: this.message(err), error: true };
    } finally {
      this.busy = false;
    }
  }

  private saveAddress(e: Event, address?: CompanyAddress) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const v = (k: string) => String(f.get(k) ?? '').trim();
    const input = {
      kind: v('kind') as CompanyAddress['kind'], name: v('name'), street: v('street'), zip: v('zip'), city: v('city'), country: v('country'),
      isDefault: f.get('isDefault') === 'on',
    };
    void this.run(async () => {
      this.company = address ? await this.client.company.addresses.patch(address.id, input) : await this.client.company.addresses.create(input);
      this.emit('kerf-company-change', { company: this.company });
    }, this.t.company.saved);
  }

  private async makeDefault(a: CompanyAddress) {
    try {
      this.company = await this.client.company.addresses.patch(a.id, { isDefault: true });
      this.emit('kerf-company-change', { company: this.company });
    } catch (err) {
      this.notice = { text: this.message(err), error: true };
    }
  }

  /** The approval fields of the invite and edit forms. */
  private approvalFields(f: FormData) {
    const limit = String(f.get('approvalLimit') ?? '').trim().replace(',', '.');
    const approver = String(f.get('approverId') ?? '');
    return {
      groupId: Number(f.get('groupId')),
      approvalMode: String(f.get('approvalMode')) as ApprovalMode,
      approvalLimit: limit === '' ? null : Math.round(Number(limit) * 100),
      approverId: approver === '' ? null : Number(approver),
    };
  }

  private invite(e: Event) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const email = String(f.get('email') ?? '').trim();
    void this.run(async () => {
      const r = await this.client.company.users.create({
        email, name: String(f.get('name') ?? '').trim(), language: String(f.get('language')) as Member['language'], ...this.approvalFields(f),
      });
      this.members = r.items;
      await this.refreshGroups();
    }, this.t.employees.invitedMsg(email));
  }

  private saveMember(e: Event, m: Member) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    void this.run(async () => {
      this.members = (await this.client.company.users.patch(m.id, this.approvalFields(f))).items;
      await this.refreshGroups();
    }, this.t.employees.savedMsg);
  }

  private saveGroup(e: Event, g?: Group) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const input = { name: String(f.get('name') ?? '').trim(), rights: f.getAll('rights').map(String) as Right[] };
    void this.run(async () => {
      this.groupList = g ? await this.client.company.groups.patch(g.id, input) : await this.client.company.groups.create(input);
    }, this.t.groups.savedMsg);
  }

  // ---- rendering -------------------------------------------------------------------------

  override render() {
    const t = this.t;
    const status = this.load.status;
    let body: TemplateResult | typeof nothing;
    if (status === TaskStatus.ERROR) {
      body = html`<div class="card error-box" role="alert">
        <p class="error">${this.errorText(this.load.error)}</p>
        <button @click=${() => this.load.run()}>${this.common.retry}</button>
      </div>`;
    } else if (status === TaskStatus.COMPLETE && this.load.value === false) {
      body = html`<p class="card" role="note">${t.notAllowed}</p>`;
    } else if (!this.company) {
      body = html`<p class="muted" role="status">${this.common.loading}</p>`;
    } else {
      body = this.renderTabs(this.company);
    }
    return html`<section aria-labelledby="title"><h2 id="title">${t.title}</h2>${body}</section>
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.closed}>${this.renderDialog()}</dialog>`;
  }

  private onTabKey(e: KeyboardEvent) {
    const tabs = this.tabs;
    const i = tabs.indexOf(this.tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    this.selectTab(tabs[(next + tabs.length) % tabs.length], true);
  }

  private async selectTab(tab: Tab, focus = false) {
    this.tab = tab;
    this.notice = null;
    if (focus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
    }
  }

  private renderTabs(c: Company) {
    const t = this.t;
    const tab = this.tabs.includes(this.tab) ? this.tab : 'company';
    const panel = { company: () => this.renderCompany(c), addresses: () => this.renderAddresses(c), employees: () => this.renderEmployees(), groups: () => this.renderGroups() }[tab];
    return html`
      <div class="tabs" role="tablist" aria-label=${t.sections} part="tabs" @keydown=${this.onTabKey}>
        ${this.tabs.map((x) => html`<button role="tab" id=${`tab-${x}`} aria-controls="panel" aria-selected=${x === tab ? 'true' : 'false'}
          tabindex=${x === tab ? 0 : -1} @click=${() => this.selectTab(x)}>${t.tabs[x]}</button>`)}
      </div>
      <div id="panel" role="tabpanel" aria-labelledby=${`tab-${tab}`} part="panel" tabindex="0">
        <p class="notice ${this.notice?.error ? 'error' : 'success'}" role="status" aria-live="polite">${this.notice?.text ?? ''}</p>
        ${panel()}
      </div>`;
  }

  private renderCompany(c: Company) {
    const t = this.t.company;
    const can = this.hasRight('manage_company');
    const field = (name: keyof Company & string, label: string, extra: Partial<{ required: boolean; autocomplete: string; type: string }> = {}) =>
      html`<label class=${name}><span>${label}</span><input name=${name} .value=${String(c[name] ?? '')} ?required=${!!extra.required}
        type=${extra.type ?? 'text'} autocomplete=${extra.autocomplete ?? 'off'} /></label>`;
    const rep = c.salesRep;
    return html`<div class="company">
      <form class="card" @submit=${this.saveCompany}>
        <fieldset ?disabled=${!can || this.busy}>
          <legend class="sr-only">${this.t.tabs.company}</legend>
          <div class="grid">
            <label><span>${t.customerNumber}</span><input .value=${c.customerNumber} readonly /></label>
            ${field('name', t.name, { required: true, autocomplete: 'organization' })}
            ${field('street', t.street, { autocomplete: 'street-address' })}
            ${field('zip', t.zip, { autocomplete: 'postal-code' })}
            ${field('city', t.city, { autocomplete: 'address-level2' })}
            ${field('country', t.country, { autocomplete: 'country' })}
            ${field('phone', t.phone, { type: 'tel', autocomplete: 'tel' })}
            ${field('vatId', t.vatId)}
            <div class="field"><label for="company-language"><span>${t.language}</span></label>
              <select id="company-language" name="language">${LANGUAGES.map((l) => html`<option value=${l} ?selected=${c.language === l}>${this.t.languages[l]}</option>`)}</select>
            </div>
          </div>
          ${can ? html`<div class="row end"><button class="primary" type="submit">${this.common.save}</button></div>` : nothing}
        </fieldset>
        ${can ? nothing : html`<p class="muted">${t.readOnly}</p>`}
      </form>
      <aside class="card rep" part="sales-rep" aria-labelledby="rep-title">
        <h3 id="rep-title">${this.t.salesRep}</h3>
        ${rep
          ? html`<p class="rep-name">${rep.name}</p>
              <p><a href=${`mailto:${rep.email}`}>${rep.email}</a></p>
              ${rep.phone ? html`<p><a href=${`tel:${rep.phone.replace(/[^\d+]/g, '')}`}>${rep.phone}</a></p>` : nothing}`
          : html`<p class="muted">${this.t.noSalesRep}</p>`}
      </aside>
    </div>`;
  }

  private renderAddresses(c: Company) {
    const t = this.t.addresses;
    const can = this.hasRight('manage_company');
    const block = (kind: 'delivery' | 'billing', title: string) => {
      const list = c.addresses.filter((a) => a.kind === kind);
      return html`<section class="addr-block" aria-labelledby=${`h-${kind}`}>
        <h3 id=${`h-${kind}`}>${title}</h3>
        ${list.length
          ? html`<ul class="addresses">${list.map((a) => html`<li class="card address">
              <address>
                <strong>${a.name}</strong> ${a.isDefault ? html`<span class="badge">${t.default}</span>` : nothing}<br />
                ${a.street}<br />${a.zip} ${a.city}<br />${a.country}
              </address>
              ${can
                ? html`<div class="row actions" role="group" aria-label=${t.actionsFor(a.name)}>
                    <button @click=${(e: Event) => this.open({ kind: 'address', address: a }, e)}>${this.common.edit}</button>
                    ${a.isDefault ? nothing : html`<button @click=${() => this.makeDefault(a)}>${t.makeDefault}</button>`}
                    <button class="danger" @click=${(e: Event) => this.confirm(t.deleteTitle, t.deleteText(a.name), async () => {
                      this.company = await this.client.company.addresses.delete(a.id);
                    }, e)}>${this.common.delete}</button>
                  </div>`
                : nothing}
            </li>`)}</ul>`
          : html`<p class="muted">${t.none}</p>`}
      </section>`;
    };
    return html`
      ${can ? html`<div class="row end"><button class="primary" @click=${(e: Event) => this.open({ kind: 'address' }, e)}>${t.add}</button></div>` : nothing}
      ${block('delivery', t.delivery)} ${block('billing', t.billing)}
      ${can ? nothing : html`<p class="muted">${this.t.company.readOnly}</p>`}`;
  }

  private approverName(id: number | null) {
    return id === null ? null : this.members.find((m) => m.id === id)?.name ?? null;
  }

  private renderEmployees() {
    const t = this.t.employees;
    const me = this.session?.user.id;
    return html`
      <div class="row end"><button class="primary" @click=${(e: Event) => this.open({ kind: 'invite' }, e)}>${t.invite}</button></div>
      <div class="table-wrap">
        <table part="employees">
          <thead><tr>
            <th scope="col">${t.name}</th><th scope="col">${t.group}</th><th scope="col">${t.approval}</th>
            <th scope="col">${t.status}</th><th scope="col"><span class="sr-only">${t.actionsFor('')}</span></th>
          </tr></thead>
          <tbody>${this.members.map((m) => {
            const approver = this.approverName(m.approverId);
            return html`<tr data-email=${m.email}>
              <td><strong>${m.name}</strong>${m.id === me ? html` <span class="muted">(${t.you})</span>` : nothing}<br /><span class="muted small">${m.email}</span></td>
              <td>${m.group}</td>
              <td class="approval">${this.t.modes[m.approvalMode]}
                ${m.approvalLimit !== null ? html`<br /><span class="small">${t.above(this.fmt.money(m.approvalLimit, this.currency))}</span>` : nothing}
                ${approver && m.approvalMode !== 'none' || approver && m.approvalLimit !== null ? html`<br /><span class="small muted">${t.approver}: ${approver}</span>` : nothing}
              </td>
              <td>${m.invited
                ? html`<span class="badge invited">${t.invited}</span>`
                : html`<span class="small">${m.lastLoginAt ? t.lastLogin(this.fmt.date(m.lastLoginAt)) : t.neverSignedIn}</span>`}</td>
              <td class="actions-cell"><div class="row" role="group" aria-label=${t.actionsFor(m.name)}>
                <button @click=${(e: Event) => this.open({ kind: 'member', member: m }, e)}>${this.common.edit}</button>
                ${m.id === me
                  ? nothing
                  : html`<button class="danger" @click=${(e: Event) => this.confirm(t.removeTitle, t.removeText(m.name), async () => {
                      this.members = (await this.client.company.users.delete(m.id)).items;
                      await this.refreshGroups();
                      this.notice = { text: t.removedMsg(m.name) };
                    }, e)}>${t.remove}</button>`}
              </div></td>
            </tr>`;
          })}</tbody>
        </table>
      </div>`;
  }

  private renderGroups() {
    const t = this.t.groups;
    const g = this.groupList;
    if (!g) return nothing;
    return html`
      <div class="row end"><button class="primary" @click=${(e: Event) => this.open({ kind: 'group' }, e)}>${t.add}</button></div>
      <ul class="groups" part="groups">${g.items.map((x) => html`<li class="card group" data-group=${x.name}>
        <div class="group-head">
          <h3>${x.name}</h3><span class="badge">${t.members(x.members)}</span>
        </div>
        <p class="small">${x.rights.length ? x.rights.map((r) => this.t.rights[r]?.name ?? r).join(' · ') : html`<span class="muted">${t.noRights}</span>`}</p>
        <div class="row actions" role="group" aria-label=${t.actionsFor(x.name)}>
          <button @click=${(e: Event) => this.open({ kind: 'group', group: x }, e)}>${this.common.edit}</button>
          <button class="danger" @click=${(e: Event) => this.confirm(t.deleteTitle, t.deleteText(x.name), async () => {
            this.groupList = await this.client.company.groups.delete(x.id);
            this.notice = { text: t.deletedMsg(x.name) };
          }, e)}>${this.common.delete}</button>
        </div>
      </li>`)}</ul>`;
  }

  // ---- dialog contents -------------------------------------------------------------------

  private renderDialog() {
    const d = this.dialog;
    if (!d) return nothing;
    const error = this.dialogError ? html`<p class="error" role="alert">${this.dialogError}</p>` : nothing;
    const buttons = (label: string, danger = false) => html`<div class="row end">
      <button type="button" @click=${() => this.close()}>${this.common.cancel}</button>
      <button type="submit" class=${danger ? 'primary danger-fill' : 'primary'} ?disabled=${this.busy}>${label}</button>
    </div>`;
    switch (d.kind) {
      case 'confirm':
        return html`<form @submit=${(e: Event) => { e.preventDefault(); void this.run(d.action); }}>
          <h2 id="dialog-title">${d.title}</h2><p>${d.text}</p>${error}${buttons(this.common.delete, true)}
        </form>`;
      case 'address':
        return this.addressForm(d.address, error, buttons(this.common.save));
      case 'invite':
        return html`<form @submit=${this.invite}>
          <h2 id="dialog-title">${this.t.employees.inviteTitle}</h2>
          <div class="grid">
            <label><span>${this.t.employees.email}</span><input name="email" type="email" required autocomplete="off" /></label>
            <label><span>${this.t.employees.name}</span><input name="name" required minlength="2" autocomplete="off" /></label>
            <div class="field"><label for="invite-language"><span>${this.t.employees.language}</span></label>
              <select id="invite-language" name="language">${LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === this.language}>${this.t.languages[l]}</option>`)}</select>
            </div>
          </div>
          ${this.memberFields()}${error}${buttons(this.t.employees.invite)}
        </form>`;
      case 'member':
        return html`<form @submit=${(e: Event) => this.saveMember(e, d.member)}>
          <h2 id="dialog-title">${this.t.employees.edit(d.member.name)}</h2>
          <p class="muted">${d.member.email}</p>
          ${this.memberFields(d.member)}${error}${buttons(this.common.save)}
        </form>`;
      case 'group':
        return this.groupForm(d.group, error, buttons(this.common.save));
    }
  }

  private memberFields(m?: Member) {
    const t = this.t.employees;
    const groups = this.groupList?.items ?? [];
    const approving = new Set(groups.filter((g) => g.rights.includes('approve')).map((g) => g.id));
    const approvers = this.members.filter((x) => approving.has(x.groupId) && x.id !== m?.id);
    const defaultGroup = m?.groupId ?? groups.find((g) => !g.rights.includes('manage_users') && g.rights.includes('order'))?.id ?? groups[0]?.id;
    return html`<div class="grid">
      <div class="field"><label for="member-group"><span>${t.group}</span></label>
        <select id="member-group" name="groupId" required>${groups.map((g) => html`<option value=${g.id} ?selected=${g.id === defaultGroup}>${g.name}</option>`)}</select>
      </div>
      <div class="field"><label for="member-mode"><span>${t.approvalMode}</span></label>
        <select id="member-mode" name="approvalMode">${MODES.map((x) => html`<option value=${x} ?selected=${(m?.approvalMode ?? 'none') === x}>${this.t.modes[x]}</option>`)}</select>
      </div>
      <label><span>${t.approvalLimit(this.currency)}</span>
        <input name="approvalLimit" type="number" min="0" step="0.01" inputmode="decimal" aria-describedby="limit-hint"
          .value=${m?.approvalLimit != null ? String(m.approvalLimit / 100) : ''} />
        <span id="limit-hint" class="small muted">${t.limitHint}</span>
      </label>
      <div class="field"><label for="member-approver"><span>${t.approver}</span></label>
        <select id="member-approver" name="approverId">
          <option value="" ?selected=${!m?.approverId}>${t.noApprover}</option>
          ${approvers.map((a) => html`<option value=${a.id} ?selected=${m?.approverId === a.id}>${a.name}</option>`)}
        </select>
      </div>
    </div>`;
  }

  private addressForm(a: CompanyAddress | undefined, error: unknown, buttons: unknown) {
    const t = this.t.addresses;
    const f = (name: 'name' | 'street' | 'zip' | 'city' | 'country', auto: string) =>
      html`<label class=${name}><span>${t[name]}</span><input name=${name} required .value=${a?.[name] ?? ''} autocomplete=${auto}
        minlength=${name === 'country' ? 2 : 1} /></label>`;
    return html`<form @submit=${(e: Event) => this.saveAddress(e, a)}>
      <h2 id="dialog-title">${a ? t.edit : t.add}</h2>
      <div class="grid">
        <div class="field"><label for="address-kind"><span>${t.kind}</span></label>
          <select id="address-kind" name="kind">${(['delivery', 'billing'] as const).map((k) => html`<option value=${k} ?selected=${(a?.kind ?? 'delivery') === k}>${t.kinds[k]}</option>`)}</select>
        </div>
        ${f('name', 'organization')} ${f('street', 'street-address')} ${f('zip', 'postal-code')} ${f('city', 'address-level2')}
        ${f('country', 'country')}
      </div>
      <label class="check"><input type="checkbox" name="isDefault" ?checked=${a?.isDefault ?? false} /> <span>${t.isDefault}</span></label>
      ${error}${buttons}
    </form>`;
  }

  private groupForm(g: Group | undefined, error: unknown, buttons: unknown) {
    const t = this.t.groups;
    const rights = this.groupList?.rights ?? (Object.keys(this.t.rights) as Right[]);
    return html`<form @submit=${(e: Event) => this.saveGroup(e, g)}>
      <h2 id="dialog-title">${g ? t.editTitle(g.name) : t.newTitle}</h2>
      <label><span>${t.name}</span><input name="name" required maxlength="100" .value=${g?.name ?? ''} autocomplete="off" /></label>
      <fieldset class="rights">
        <legend>${t.rights}</legend>
        ${rights.map((r) => html`<label class="check right">
          <input type="checkbox" name="rights" value=${r} ?checked=${g?.rights.includes(r) ?? false} aria-labelledby=${`name-${r}`} aria-describedby=${`help-${r}`} />
          <span><span id=${`name-${r}`} class="right-name">${this.t.rights[r]?.name ?? r}</span><span id=${`help-${r}`} class="small muted">${this.t.rights[r]?.help ?? ''}</span></span>
        </label>`)}
      </fieldset>
      ${error}${buttons}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kerf-company-admin': KerfCompanyAdmin;
  }
  interface GlobalEventHandlersEventMap {
    'kerf-company-change': CustomEvent<{ company: Company }>;
  }
}
