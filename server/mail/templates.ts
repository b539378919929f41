/**
 * The notification mails in English, German and French: a subject, a plain text and a simple HTML
 * body from one typed translation table per language (`translations/en.ts` …, like Shoelace's
 * translations). Money, counts, dates and durations go through `Intl` in the recipient's language.
 *
 * The translators write plain text only. Every paragraph, label and value is HTML-escaped as a
 * whole when the HTML is built, so no variable — a customer's name, a rejection reason — can reach
 * the HTML unescaped, whatever a translation does with it.
 */
import type { Language, OrderStatus, ReturnStatus } from '../db/schema.js';
import type { MailCopy, Translation } from './translations/translation.js';
import { en } from './translations/en.js';
import { de } from './translations/de.js';
import { fr } from './translations/fr.js';

export const MAIL_KINDS = [
  'invitation',
  'password_reset',
  'access_request',
  'access_approved',
  'access_rejected',
  'approval_requested',
  'order_released',
  'order_rejected',
  'order_status',
  'order_cancelled',
  'new_order_sales',
  'quote_sent',
  // issue [8]: confirmation and changes
  'order_confirmed',
  'order_message',
  'supplement_submitted',
  'supplement_confirmed',
  'supplement_rejected',
  'supplement_withdrawn',
  // issue [8]: receipt and returns
  'shipment_partial',
  'receipt_complaint',
  'return_requested',
  'return_photos',
  'return_status',
] as const;

/**
 * What a mail is about, and so who gets it:
 * - `invitation` — a new employee, to set a password (link: the set-password page).
 * - `password_reset` — anyone who asked (link: the one-time reset page).
 * - `access_request` — operator staff, someone asked for portal access (link: the back office).
 * - `access_approved` / `access_rejected` — the person who asked (link: set-password page / portal).
 * - `approval_requested` — the approver of an orderer (link: the order's approval page).
 * - `order_released` / `order_rejected` / `order_status` / `order_cancelled` — the orderer.
 * - `new_order_sales` — the company's sales rep, when an order reaches the shop.
 * - `quote_sent` — the customer a quote was written for (link: the quote's PDF).
 * - `order_confirmed` — the orderer, when the shop confirmed the order (with the lines it changed).
 * - `order_message` — the other side of an order's thread: the sales rep for a customer's message,
 *   the orderer for the shop's.
 * - `supplement_submitted` — the sales rep, when an addition to an order reached the shop.
 * - `supplement_confirmed` / `supplement_rejected` — who added the supplement.
 * - `supplement_withdrawn` — the sales rep, when the customer withdrew a supplement the shop had.
 * - `shipment_partial` — the orderer, when part of the order left with a delivery note.
 * - `receipt_complaint` / `return_requested` / `return_photos` — the sales rep: a receipt with
 *   short, damaged or wrong pieces; a return opened; photos added to a return.
 * - `return_status` — who opened the return, at every step the shop takes.
 */
export type MailKind = (typeof MAIL_KINDS)[number];

/** The values a mail is filled with. Which ones a kind needs is in {@link REQUIRED_VARS}. */
export interface MailVars {
  /** Absolute http(s) URL of the mail's button. Every mail has one. */
  link: string;
  /** The recipient's name, for the greeting ("Hello Anna,"); without it the greeting is plain. */
  name?: string;
  /** The customer company's name. */
  company?: string;
  customerNumber?: string;
  /** access_request: the name of the person asking. */
  requester?: string;
  /** access_request: the e-mail address of the person asking. */
  email?: string;
  /** `K-2026-00042`. */
  orderNumber?: string;
  /** Name of the person who placed the order. */
  orderer?: string;
  /** Name of the person who rejected or cancelled. */
  actor?: string;
  /** order_status: the order's new status. */
  status?: OrderStatus;
  /** Why an order or request was rejected or cancelled; may span lines. */
  reason?: string;
  /** order_status: a note of the shop to the customer; may span lines. */
  note?: string;
  /** Order total in cents of `currency`. */
  total?: number;
  /** ISO 4217 code, e.g. `EUR`; needed with `total`. */
  currency?: string;
  /** Number of order lines. */
  lines?: number;
  /** The desired delivery date, `YYYY-MM-DD`. */
  requestedDate?: string;
  /** quote_sent: `A-2026-00017`. */
  quoteNumber?: string;
  /** quote_sent: the last day the quote holds, `YYYY-MM-DD`. */
  validUntil?: string;
  /** How long the link is valid, milliseconds (e.g. 48 h → "48 hours", 7 d → "7 Tage"). */
  expiresIn?: number;
  /** order_confirmed: the lines the shop changed, one sentence each. */
  changes?: MailChange[];
  /** supplement_*: the supplement's number within the order (1, 2, …). */
  supplement?: number;
  /** order_message: the message; may span lines. */
  message?: string;
  /** A delivery note or credit note number. */
  document?: string;
  /** Shipped or complained lines, one per line; may span lines. */
  items?: string;
  /** `R-2026-00001`. */
  returnNumber?: string;
  /** return_status: the return's new status. */
  returnStatus?: ReturnStatus;
  /** return_status (accepted): how and where to send the goods; may span lines. */
  instructions?: string;
  /** return_status (replaced): the number of the replacement order. */
  replacementNumber?: string;
}

/** One change of a line in the shop's confirmation: old and new quantity or delivery date, and why. */
export interface MailChange {
  position: number;
  name: string;
  field: 'quantity' | 'deliveryDate';
  /** A quantity, or a date `YYYY-MM-DD`; null = none before. */
  from: number | string | null;
  to: number | string;
  reason: string;
}

/** The vars as the translations see them: every value already formatted for the language. */
export type FormattedVars = { [K in Exclude<keyof MailVars, 'link' | 'currency'>]?: string } & {
  /** return_status: the translation's sentence that explains the step. */
  returnStatusNote?: string;
  /** order_status: the translation's sentence that explains the status. */
  statusNote?: string;
};

/** Vars each kind cannot do without; renderMail throws when one is missing (a bug of the caller). */
export const REQUIRED_VARS = {
  invitation: ['company', 'expiresIn'],
  password_reset: ['expiresIn'],
  access_request: ['company', 'requester', 'email'],
  access_approved: ['company', 'expiresIn'],
  access_rejected: ['company'],
  approval_requested: ['orderNumber', 'company', 'orderer', 'total', 'lines'],
  order_released: ['orderNumber'],
  order_rejected: ['orderNumber'],
  order_status: ['orderNumber', 'status'],
  order_cancelled: ['orderNumber'],
  new_order_sales: ['orderNumber', 'company'],
  quote_sent: ['quoteNumber', 'validUntil', 'total'],
  order_confirmed: ['orderNumber', 'total'],
  order_message: ['orderNumber', 'actor', 'message'],
  supplement_submitted: ['orderNumber', 'company', 'supplement', 'total'],
  supplement_confirmed: ['orderNumber', 'supplement'],
  supplement_rejected: ['orderNumber', 'supplement'],
  supplement_withdrawn: ['orderNumber', 'company', 'supplement'],
  shipment_partial: ['orderNumber', 'document', 'items'],
  receipt_complaint: ['orderNumber', 'company', 'actor', 'items'],
  return_requested: ['returnNumber', 'orderNumber', 'company', 'actor', 'reason'],
  return_photos: ['returnNumber', 'orderNumber', 'actor', 'lines'],
  return_status: ['returnNumber', 'orderNumber', 'returnStatus'],
} as const satisfies { [K in MailKind]: readonly (keyof FormattedVars)[] };

/** The formatted vars of one kind, its required ones guaranteed present. */
export type VarsOf<K extends MailKind> = FormattedVars & { [P in (typeof REQUIRED_VARS)[K][number]]: string };

/** Labelled values shown as a small table under the text, when present, in this order. */
const DETAILS: { [K in MailKind]: readonly (keyof FormattedVars & keyof Translation['labels'])[] } = {
  invitation: ['company', 'customerNumber'],
  password_reset: [],
  access_request: ['company', 'customerNumber', 'requester', 'email'],
  access_approved: ['company', 'customerNumber'],
  access_rejected: [],
  approval_requested: ['orderNumber', 'orderer', 'lines', 'total', 'requestedDate'],
  order_released: ['orderNumber', 'lines', 'total', 'requestedDate'],
  order_rejected: ['orderNumber', 'total'],
  order_status: ['orderNumber', 'status'],
  order_cancelled: ['orderNumber', 'total'],
  new_order_sales: ['orderNumber', 'company', 'orderer', 'lines', 'total', 'requestedDate'],
  quote_sent: ['quoteNumber', 'company', 'total', 'validUntil'],
  order_confirmed: ['orderNumber', 'total', 'requestedDate'],
  order_message: ['orderNumber', 'company'],
  supplement_submitted: ['orderNumber', 'company', 'orderer', 'lines', 'total'],
  supplement_confirmed: ['orderNumber', 'total'],
  supplement_rejected: ['orderNumber'],
  supplement_withdrawn: ['orderNumber', 'company', 'orderer'],
  shipment_partial: ['orderNumber', 'document'],
  receipt_complaint: ['orderNumber', 'company', 'document'],
  return_requested: ['returnNumber', 'orderNumber', 'company'],
  return_photos: ['returnNumber', 'orderNumber', 'company'],
  return_status: ['returnNumber', 'orderNumber', 'returnStatus', 'total', 'document', 'replacementNumber'],
};

export const TRANSLATIONS: { readonly [L in Language]: Translation } = { en, de, fr };

export interface RenderedMail {
  subject: string;
  /** Plain text, lines separated by `\n`. */
  text: string;
  /** A complete small HTML document with inline styles. */
  html: string;
}

/**
 * Render one notification mail in the recipient's language.
 *
 * @throws Error when `link` is not an absolute http(s) URL or a var the kind needs is missing —
 *   both are bugs of the caller, not conditions to show a user.
 * @example
 * const mail = renderMail('password_reset', 'de', {
 *   name: 'Anna Muster', link: 'https://portal.example/reset?token=…', expiresIn: 2 * 3600_000,
 * });
 * mail.subject; // 'Passwort zurücksetzen'
 */
export function renderMail(kind: MailKind, language: Language, vars: MailVars): RenderedMail {
  const t = TRANSLATIONS[language] ?? TRANSLATIONS.en;
  const link = checkLink(vars.link, kind);
  const v = formatVars(vars, t);
  for (const key of REQUIRED_VARS[kind]) {
    if (v[key] === undefined || v[key] === '') throw new Error(`renderMail(${kind}) needs the var ${key}`);
  }
  // The REQUIRED_VARS check above is what makes this cast true.
  const all = v as VarsOf<MailKind>;
  const copy: MailCopy<VarsOf<MailKind>> = t.mails[kind];
  const subject = oneLine(copy.subject(all));
  const body = copy.body(all).filter(isText).map((s) => s.trim());
  const after = (copy.after?.(all) ?? []).filter(isText).map((s) => s.trim());
  const details = DETAILS[kind].flatMap((key) => (v[key] ? [[t.labels[key], v[key]] as const] : []));
  const greeting = t.greeting(v.name);

  const text = [
    greeting,
    ...body,
    ...(details.length ? [details.map(([label, value]) => `${label}${t.colon}${value}`).join('\n')] : []),
    `${copy.action}${t.colon.trimEnd()}\n${link}`,
    ...after,
    `${t.signOff}\n${t.signature}`,
    `-- \n${t.automatic}`,
  ].join('\n\n') + '\n';

  const p = (s: string, style = 'margin:0 0 16px') => `<p style="${style}">${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;
  const href = escapeHtml(link);
  const html = [
    '<!doctype html>',
    `<html lang="${t.$code}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px 12px;background:#f3f4f6;color:#1f2937;font:15px/1.5 -apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif">',
    '<div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;border-radius:8px">',
    p(greeting),
    ...body.map((s) => p(s)),
    ...(details.length
      ? [
          '<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">',
          ...details.map(([label, value]) =>
            `<tr><td style="padding:2px 16px 2px 0;color:#6b7280;vertical-align:top">${escapeHtml(label)}</td>` +
            `<td style="padding:2px 0;font-weight:600">${escapeHtml(value)}</td></tr>`),
          '</table>',
        ]
      : []),
    `<p style="margin:24px 0"><a href="${href}" style="display:inline-block;padding:10px 20px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600">${escapeHtml(copy.action)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:13px;color:#6b7280">${escapeHtml(t.linkHint)}<br><a href="${href}" style="color:#1d4ed8;word-break:break-all">${href}</a></p>`,
    ...after.map((s) => p(s)),
    p(`${t.signOff}\n${t.signature}`),
    p(t.automatic, 'margin:24px 0 0;font-size:12px;color:#9ca3af'),
    '</div></body></html>',
  ].join('\n');

  return { subject, text, html };
}

/** Escape text for HTML content and double-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function isText(s: string | false | undefined): s is string {
  return typeof s === 'string' && s !== '';
}

function checkLink(link: string, kind: MailKind): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new Error(`renderMail(${kind}): link must be an absolute URL`);
  }
  // A javascript: or data: URL in a mail would be an attack; only the portal's own pages are linked.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`renderMail(${kind}): link must be http(s)`);
  return url.href;
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** A name or number: one line (a newline in a name must not fake a paragraph), bounded length. */
function oneLine(s: string, max = 200): string {
  const clean = s.replace(/[\r\n\t]+/g, ' ').replace(CONTROL, '').replace(/ {2,}/g, ' ').trim();
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean;
}

/** A reason or note: lines kept, bounded length. */
function multiLine(s: string, max = 2000): string {
  const clean = s.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '').replace(/\n{3,}/g, '\n\n').trim();
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean;
}

function formatVars(vars: MailVars, t: Translation): FormattedVars {
  const locale = t.$locale;
  const str = (s: string | undefined) => (s === undefined ? undefined : oneLine(s) || undefined);
  let total: string | undefined;
  if (vars.total !== undefined) {
    if (!vars.currency) throw new Error('renderMail: total needs a currency');
    total = new Intl.NumberFormat(locale, { style: 'currency', currency: vars.currency }).format(vars.total / 100);
  }
  return {
    name: str(vars.name),
    company: str(vars.company),
    customerNumber: str(vars.customerNumber),
    requester: str(vars.requester),
    email: str(vars.email),
    orderNumber: str(vars.orderNumber),
    orderer: str(vars.orderer),
    actor: str(vars.actor),
    status: vars.status === undefined ? undefined : t.status[vars.status] ?? oneLine(vars.status),
    statusNote: vars.status === undefined ? undefined : t.statusNote[vars.status],
    reason: vars.reason === undefined ? undefined : multiLine(vars.reason) || undefined,
    note: vars.note === undefined ? undefined : multiLine(vars.note) || undefined,
    total,
    lines: vars.lines === undefined ? undefined : new Intl.NumberFormat(locale).format(vars.lines),
    requestedDate: vars.requestedDate === undefined ? undefined : formatDate(vars.requestedDate, locale),
    quoteNumber: str(vars.quoteNumber),
    validUntil: vars.validUntil === undefined ? undefined : formatDate(vars.validUntil, locale),
    expiresIn: vars.expiresIn === undefined ? undefined : formatDuration(vars.expiresIn, locale),
    changes: vars.changes?.length ? vars.changes.map((c) => {
      const value = (v: number | string | null) => (v === null ? '—' : typeof v === 'number' ? new Intl.NumberFormat(locale).format(v) : formatDate(v, locale));
      return t.changeLine({ position: String(c.position), name: oneLine(c.name), field: t.fields[c.field], from: value(c.from), to: value(c.to), reason: multiLine(c.reason, 500) });
    }).join('\n') : undefined,
    supplement: vars.supplement === undefined ? undefined : new Intl.NumberFormat(locale).format(vars.supplement),
    message: vars.message === undefined ? undefined : multiLine(vars.message) || undefined,
    document: str(vars.document),
    items: vars.items === undefined ? undefined : multiLine(vars.items) || undefined,
    returnNumber: str(vars.returnNumber),
    returnStatus: vars.returnStatus === undefined ? undefined : t.returnStatus[vars.returnStatus] ?? oneLine(vars.returnStatus),
    returnStatusNote: vars.returnStatus === undefined ? undefined : t.returnStatusNote[vars.returnStatus],
    instructions: vars.instructions === undefined ? undefined : multiLine(vars.instructions) || undefined,
    replacementNumber: str(vars.replacementNumber),
  };
}

/** `2026-03-12` → `12 March 2026` / `12. März 2026` / `12 mars 2026`; anything else as given. */
export function formatDate(isoDate: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  if (!m) return oneLine(isoDate);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(ms)) return oneLine(isoDate);
  // The date is a calendar day, not an instant: format it in UTC so no time zone shifts it.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(ms);
}

/** A validity in whole days, else hours, else minutes: `7 days`, `48 Stunden`, `30 minutes`. */
export function formatDuration(ms: number, locale: string): string {
  const DAY = 86_400_000;
  const HOUR = 3_600_000;
  const unit = (n: number, u: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'long' }).format(n);
  if (ms >= DAY && ms % DAY === 0) return unit(ms / DAY, 'day');
  if (ms >= HOUR) return unit(Math.round(ms / HOUR), 'hour');
  return unit(Math.max(1, Math.round(ms / 60_000)), 'minute');
}
