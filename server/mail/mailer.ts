/**
 * Sending one rendered mail. The outbox (outbox.ts) decides what and when; a Mailer only talks to
 * the SMTP server, so tests and the demo can swap it.
 */
import nodemailer from 'nodemailer';

export interface MailMessage {
  /** One address. */
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Resolves once the SMTP server accepted the mail; rejects with its reply otherwise. */
  send(m: MailMessage): Promise<void>;
  /** Release connections (only a `?pool=true` URL keeps any between mails). */
  close?(): void;
}

/**
 * Connection limits well under the outbox's 10-minute claim on a mail, so a hanging server fails
 * the attempt instead of letting another process claim and send the same mail. A URL's own
 * query (`?socketTimeout=…`) still wins.
 */
const TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };

/**
 * A Mailer over SMTP with nodemailer. Each mail opens its own connection and closes it after,
 * unless the URL asks for `?pool=true`; `close()` then releases the pool.
 *
 * @param url `smtp://[user:pass@]host[:587]` (STARTTLS when offered) or `smtps://…[:465]` (TLS
 *   from the start); percent-encode `@`, `:` and `/` in user and password.
 *   `?tls.rejectUnauthorized=false` accepts a self-signed certificate.
 * @param from the sender, e.g. `Kerf <portal@shop.example>` (KERF_MAIL_FROM).
 * @throws Error at once for a URL that is not smtp(s):// — a typo is found at boot, not at the
 *   first mail. The message never repeats the URL, which may hold a password.
 * @example
 * const mailer = smtpMailer('smtps://portal%40shop.example:secret@mail.shop.example', 'Shop <portal@shop.example>');
 * await mailer.send({ to: 'anna@acme.example', subject: 'Hi', text: 'Hello', html: '<p>Hello</p>' });
 * mailer.close();
 */
export function smtpMailer(url: string, from: string): Mailer & { close(): void } {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error('The SMTP URL is not a valid URL; expected smtp://user:pass@host:587 or smtps://user:pass@host:465');
  }
  if (protocol !== 'smtp:' && protocol !== 'smtps:') {
    throw new Error(`The SMTP URL must start with smtp:// or smtps://, not ${protocol}//`);
  }
  const transport = nodemailer.createTransport({ url, ...TIMEOUTS }, { from });
  return {
    async send(m) {
      await transport.sendMail({
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        // RFC 3834: auto-responders must not answer a notification.
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
    close() {
      transport.close();
    },
  };
}

/**
 * The Mailer when no SMTP server is configured: every send fails with "no SMTP configured".
 * The outbox recognises it and does not even try, so the mails stay `waiting` (with no attempt
 * used up) and the operator sees them under GET /api/admin/outbox.
 */
export const noMailer: Mailer = {
  async send() {
    throw new Error('no SMTP configured: set KERF_SMTP_URL to send mails; until then they wait in the outbox');
  },
};
