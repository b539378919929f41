/**
 * The shape every language's mail texts must fill (like Shoelace's `Translation`): a key missing
 * in `de.ts` or `fr.ts` is a compile error, not an English sentence in a German mail.
 *
 * Translations write plain text. They never write HTML: renderMail escapes every paragraph as a
 * whole, so a variable cannot smuggle markup into the HTML part.
 */
import type { Language, OrderStatus, ReturnStatus } from '../../db/schema.js';
import type { MailKind, VarsOf } from '../templates.js';

/** Paragraphs of plain text; `false`/`undefined`/'' entries are dropped (for optional sentences). */
export type Paragraphs = readonly (string | false | undefined)[];

/** One mail in one language. The vars are already formatted (money, dates, status labels). */
export interface MailCopy<V> {
  subject: (v: V) => string;
  /** The paragraphs after the greeting, before the details table and the button. */
  body: (v: V) => Paragraphs;
  /** The label of the button; in the text version it introduces the link. */
  action: string;
  /** Paragraphs after the button (for instance "ignore this if it was not you"). */
  after?: (v: V) => Paragraphs;
}

export interface Translation {
  $code: Language;
  $name: string;
  /** The BCP 47 locale for Intl (money, dates). */
  $locale: string;
  /** The salutation line, with its comma. */
  greeting: (name: string | undefined) => string;
  signOff: string;
  signature: string;
  /** Between a label and its value: `': '`, in French `'\u00a0: '`. */
  colon: string;
  /** Above the bare link, for mail programs that do not show the button. */
  linkHint: string;
  /** The small print at the bottom. */
  automatic: string;
  /** Labels of the details table. */
  labels: {
    orderNumber: string;
    company: string;
    customerNumber: string;
    requester: string;
    email: string;
    orderer: string;
    lines: string;
    total: string;
    requestedDate: string;
    status: string;
    quoteNumber: string;
    validUntil: string;
    document: string;
    returnNumber: string;
    returnStatus: string;
    replacementNumber: string;
  };
  /** The fields a confirmation may change (issue [8]). */
  fields: { quantity: string; deliveryDate: string };
  /** One changed line in order_confirmed: "Pos. 2 Bracket: quantity 50 → 40 (reason)". Values come formatted. */
  changeLine: (c: { position: string; name: string; field: string; from: string; to: string; reason: string }) => string;
  /** Order statuses as the customer reads them. */
  status: Record<OrderStatus, string>;
  /** One sentence that explains a status in the order_status mail. */
  statusNote: Record<OrderStatus, string>;
  /** Return (RMA) statuses, and one sentence that explains each in the return_status mail. */
  returnStatus: Record<ReturnStatus, string>;
  returnStatusNote: Record<ReturnStatus, string>;
  mails: { [K in MailKind]: MailCopy<VarsOf<K>> };
}
