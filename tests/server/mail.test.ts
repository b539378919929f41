// The mail module: templates in three languages, the outbox and its sender, delivered to a real
// SMTP receiver (smtp-server) on a random local port.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type Database, type Db } from '../../server/db/client.js';
import { LANGUAGES, ORDER_STATUSES, outbox } from '../../server/db/schema.js';
import { noMailer, smtpMailer, type Mailer, type MailMessage } from '../../server/mail/mailer.js';
import {
  deliverDue, enqueueMail, MAX_ATTEMPTS, retryDelay, SENDING_LEASE_MS, shortError, startOutboxSender,
} from '../../server/mail/outbox.js';
import { MAIL_KINDS, REQUIRED_VARS, renderMail, type MailVars } from '../../server/mail/templates.js';

const T0 = Date.UTC(2026, 2, 12, 9, 0, 0);
const LINK = 'https://portal.example/orders/42?token=a1b2&from=mail';

/** Every var set, so any kind renders. */
const VARS: MailVars = {
  link: LINK,
  name: 'Anna Muster',
  company: 'Acme Metall GmbH',
  customerNumber: '10001',
  requester: 'Bob Beispiel',
  email: 'bob@acme.example',
  orderNumber: 'K-2026-00042',
  orderer: 'Bob Beispiel',
  actor: 'Anna Muster',
  status: 'shipped',
  reason: 'Budget exceeded',
  note: 'Delivery by our own truck',
  total: 123456,
  currency: 'EUR',
  lines: 3,
  requestedDate: '2026-03-20',
  expiresIn: 48 * 3_600_000,
  quoteNumber: 'A-2026-00017',
  validUntil: '2026-12-20',
  supplement: 2,
  message: 'Could you deliver on Friday?\nThanks',
  changes: [
    { position: 1, name: 'Bracket', field: 'quantity', from: 50, to: 40, reason: 'Sheet short' },
    { position: 2, name: 'Washer', field: 'deliveryDate', from: '2026-03-20', to: '2026-03-27', reason: 'Coating takes longer' },
  ],
  document: 'LS-2026-0400',
  items: '1. Bracket × 20\n2. Plate × 5',
  returnNumber: 'R-2026-00001',
  returnStatus: 'accepted',
  instructions: 'Send the parts back in the same crate.',
  replacementNumber: 'K-2026-00043',
};

// ---------------------------------------------------------------------------------------------
// a tiny SMTP receiver and MIME reader

interface Received {
  envelopeFrom: string;
  envelopeTo: string[];
  raw: string;
}

interface Receiver {
  port: number;
  url: string;
  received: Received[];
  close(): Promise<void>;
}

async function startReceiver(opts: { rejectRcpt?: boolean; auth?: { user: string; pass: string }; delayMs?: number } = {}): Promise<Receiver> {
  const received: Received[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: opts.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !opts.auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, cb) {
      if (opts.auth && auth.username === opts.auth.user && auth.password === opts.auth.pass) return cb(null, { user: auth.username });
      cb(new Error('Invalid username or password'));
    },
    onRcptTo(_address, _session, cb) {
      if (!opts.rejectRcpt) return cb();
      const err = new Error('5.1.1 Mailbox unavailable') as Error & { responseCode: number };
      err.responseCode = 550;
      cb(err);
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const done = () => {
          received.push({
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          cb();
        };
        if (opts.delayMs) setTimeout(done, opts.delayMs);
        else done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Parsed {
  headers: Record<string, string>;
  text: string;
  html: string;
}

function decodeWords(s: string): string {
  return s.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _cs, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'));
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bin = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bin, 'latin1').toString('utf8');
  }
  return body;
}

/** Enough MIME for what nodemailer writes: headers, multipart/alternative, QP or base64. */
function parseMail(raw: string): Parsed {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).toLowerCase()] = decodeWords(line.slice(i + 1).trim());
  }
  const type = headers['content-type'] ?? 'text/plain';
  const out: Parsed = { headers, text: '', html: '' };
  const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
  if (type.startsWith('multipart/') && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1, -1)) {
      const p = parseMail(part.replace(/^\r\n/, ''));
      out.text ||= p.text;
      out.html ||= p.html;
    }
    return out;
  }
  const decoded = decodeBody(body, (headers['content-transfer-encoding'] ?? '').toLowerCase()).replace(/\r\n/g, '\n');
  if (type.startsWith('text/html')) out.html = decoded;
  else out.text = decoded;
  return out;
}

// ---------------------------------------------------------------------------------------------
// database

let dir: string;
let database: Database;
let db: Db;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kerf-mail-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

let dbCount = 0;
beforeEach(async () => {
  database = await openDatabase(`file:${join(dir, `mail-${++dbCount}.db`)}`);
  db = database.db;
  await migrateDatabase(db);
});

afterEach(() => {
  database.close();
});

async function rows() {
  return db.select().from(outbox).orderBy(outbox.id);
}

async function enqueue(n = 1, to = (i: number) => `buyer${i}@acme.example`) {
  await db.transaction(async (tx) => {
    for (let i = 0; i < n; i++) {
      await enqueueMail(tx, {
        to: to(i),
        kind: 'order_released',
        language: 'en',
        vars: { name: `Buyer ${i}`, orderNumber: `K-2026-${String(i).padStart(5, '0')}`, total: 12340, currency: 'EUR', lines: 2, link: `https://portal.example/orders/${i}` },
      }, T0);
    }
  });
}

// ---------------------------------------------------------------------------------------------

describe('renderMail', () => {
  for (const kind of MAIL_KINDS) {
    for (const language of LANGUAGES) {
      it(`renders ${kind} in ${language} with a subject, the link in text and html, and escaped html`, () => {
        const m = renderMail(kind, language, VARS);
        expect(m.subject.trim()).not.toBe('');
        expect(m.subject).not.toMatch(/undefined|\n/);
        expect(m.text).toContain(LINK);
        expect(m.text).not.toContain('undefined');
        expect(m.html).toContain(`href="${LINK.replace(/&/g, '&amp;')}"`);
        expect(m.html).toContain(`<html lang="${language}">`);
        expect(m.html).not.toContain('undefined');
        // No raw ampersand of the link leaks into the markup.
        expect(m.html).not.toContain('a1b2&from');
      });
    }
  }

  it('renders every kind with only the vars it needs, leaving no gap', () => {
    for (const kind of MAIL_KINDS) {
      const vars: MailVars = { link: LINK, currency: 'EUR' };
      for (const key of REQUIRED_VARS[kind]) Object.assign(vars, { [key]: VARS[key] });
      for (const language of LANGUAGES) {
        const m = renderMail(kind, language, vars);
        expect(`${m.subject}${m.text}${m.html}`).not.toMatch(/undefined|null|\(\)|“”|„“|«\s»/);
      }
    }
  });

  it('escapes <script> in a name and in every other user-given value', () => {
    const evil = '<script>alert("x")</script>';
    const vars: MailVars = {
      ...VARS,
      name: `Eve ${evil}`,
      company: `Evil & Co ${evil}`,
      requester: `<img src=x onerror=alert(1)>`,
      email: 'e@x.example',
      orderNumber: `K-1 ${evil}`,
      orderer: `<b>bold</b>`,
      actor: `<i>x</i>`,
      reason: `line 1\n${evil}`,
      note: `<a href="javascript:alert(1)">click</a>`,
      customerNumber: `"><svg onload=alert(1)>`,
    };
    for (const kind of MAIL_KINDS) {
      for (const language of LANGUAGES) {
        const { html, text } = renderMail(kind, language, vars);
        expect(html).not.toMatch(/<script|<img|<svg|<b>|<i>|<a href="javascript/i);
        expect(text).not.toContain('&lt;');
      }
    }
    const { html, text } = renderMail('order_rejected', 'en', vars);
    expect(html).toContain('Eve &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('line 1<br>&lt;script&gt;');
    expect(text).toContain('Hello Eve <script>alert("x")</script>,');
  });

  it('greets without a name, and keeps a name on one line', () => {
    expect(renderMail('password_reset', 'en', { link: LINK, expiresIn: 3_600_000 }).text).toMatch(/^Hello,\n/);
    expect(renderMail('password_reset', 'de', { link: LINK, expiresIn: 3_600_000 }).text).toMatch(/^Guten Tag,\n/);
    const m = renderMail('password_reset', 'en', { link: LINK, expiresIn: 3_600_000, name: 'Anna\r\n\r\nPlease wire money to' });
    expect(m.text).toMatch(/^Hello Anna Please wire money to,\n/);
  });

  it('formats money, counts, dates and validity through Intl in the recipient language', () => {
    const en = renderMail('approval_requested', 'en', VARS).text;
    const de = renderMail('approval_requested', 'de', VARS).text;
    const fr = renderMail('approval_requested', 'fr', VARS).text;
    expect(en).toContain('Total: €1,234.56');
    expect(en).toContain('Requested date: 20 March 2026');
    expect(de).toMatch(/Gesamtbetrag: 1\.234,56\s€/);
    expect(de).toContain('Wunschtermin: 20. März 2026');
    expect(fr).toMatch(/Montant total\u00a0: 1\s234,56\s€/);
    expect(fr).toContain('Date souhaitée\u00a0: 20 mars 2026');
    expect(renderMail('invitation', 'de', VARS).text).toContain('Der Link ist 2 Tage gültig');
    expect(renderMail('invitation', 'de', { ...VARS, expiresIn: 36 * 3_600_000 }).text).toContain('Der Link ist 36 Stunden gültig');
    expect(renderMail('invitation', 'fr', { ...VARS, expiresIn: 7 * 86_400_000 }).text).toMatch(/valable 7\sjours/);
    expect(renderMail('invitation', 'en', { ...VARS, expiresIn: 30 * 60_000 }).text).toContain('valid for 30 minutes');
  });

  it('writes German in the Sie-form and order statuses in the recipient language', () => {
    const de = renderMail('order_status', 'de', VARS);
    expect(de.subject).toBe('Bestellung K-2026-00042: Versendet');
    expect(de.text).toContain('Ihre Teile sind auf dem Weg zu Ihnen.');
    expect(de.text).not.toMatch(/\b(du|dein|dich|dir)\b/i);
    for (const status of ORDER_STATUSES) {
      expect(renderMail('order_status', 'fr', { ...VARS, status }).subject).toMatch(/^Commande K-2026-00042\u00a0: \S/);
    }
  });

  it('refuses a link that is not absolute http(s), and a missing var the kind needs', () => {
    expect(() => renderMail('password_reset', 'en', { link: '/reset?token=1', expiresIn: 1 })).toThrow(/absolute URL/);
    expect(() => renderMail('password_reset', 'en', { link: 'javascript:alert(1)', expiresIn: 1 })).toThrow(/http/);
    expect(() => renderMail('order_status', 'en', { link: LINK, orderNumber: 'K-1' })).toThrow(/needs the var status/);
    expect(() => renderMail('approval_requested', 'en', { ...VARS, currency: undefined })).toThrow(/currency/);
  });
});

describe('enqueueMail', () => {
  it('renders and stores a waiting row, due now, in the caller transaction', async () => {
    await enqueue(1);
    const [row] = await rows();
    expect(row).toMatchObject({
      to: 'buyer0@acme.example', kind: 'order_released', language: 'en', status: 'waiting', attempts: 0,
      nextAttemptAt: T0, createdAt: T0, sentAt: null, lastError: null,
      subject: 'Order K-2026-00000 has been released',
    });
    expect(row.text).toContain('https://portal.example/orders/0');
  });

  it('leaves nothing behind when the caller transaction rolls back', async () => {
    await expect(db.transaction(async (tx) => {
      await enqueueMail(tx, { to: 'a@acme.example', kind: 'password_reset', language: 'en', vars: { link: LINK, expiresIn: 1 } }, T0);
      throw new Error('the event failed');
    })).rejects.toThrow('the event failed');
    expect(await rows()).toHaveLength(0);
  });

  it('refuses a list of recipients', async () => {
    await expect(enqueueMail(db, { to: 'a@acme.example, b@evil.example', kind: 'password_reset', language: 'en', vars: { link: LINK, expiresIn: 1 } }, T0))
      .rejects.toThrow(/one e-mail address/);
  });
});

describe('deliverDue over SMTP', () => {
  let receiver: Receiver;
  let mailer: ReturnType<typeof smtpMailer>;

  afterEach(async () => {
    mailer?.close();
    await receiver?.close();
  });

  it('sends a due mail to the receiver and marks the row sent', async () => {
    receiver = await startReceiver();
    mailer = smtpMailer(receiver.url, 'Kerf Portal <portal@kerf.example>');
    await db.transaction((tx) => enqueueMail(tx, {
      to: 'anna@acme.example', kind: 'password_reset', language: 'de',
      vars: { name: 'Anna Müller', link: LINK, expiresIn: 2 * 3_600_000 },
    }, T0));

    expect(await deliverDue(db, mailer, T0 + 1000)).toEqual({ sent: 1, failed: 0 });

    expect(receiver.received).toHaveLength(1);
    const got = receiver.received[0];
    expect(got.envelopeFrom).toBe('portal@kerf.example');
    expect(got.envelopeTo).toEqual(['anna@acme.example']);
    const mail = parseMail(got.raw);
    expect(mail.headers.to).toBe('anna@acme.example');
    expect(mail.headers.from).toBe('Kerf Portal <portal@kerf.example>');
    expect(mail.headers.subject).toBe('Passwort zurücksetzen');
    expect(mail.headers['auto-submitted']).toBe('auto-generated');
    expect(mail.text).toContain('Guten Tag Anna Müller,');
    expect(mail.text).toContain(LINK);
    expect(mail.text).toContain('Der Link ist 2 Stunden gültig');
    expect(mail.html).toContain(`href="${LINK.replace(/&/g, '&amp;')}"`);

    const [row] = await rows();
    expect(row).toMatchObject({ status: 'sent', sentAt: T0 + 1000, attempts: 1, lastError: null });
    expect(await deliverDue(db, mailer, T0 + 60_000)).toEqual({ sent: 0, failed: 0 });
    expect(receiver.received).toHaveLength(1);
  });

  it('logs in with the user and password of the URL', async () => {
    receiver = await startReceiver({ auth: { user: 'portal@kerf.example', pass: 'p@ss:w/rd' } });
    mailer = smtpMailer(`smtp://portal%40kerf.example:p%40ss%3Aw%2Frd@127.0.0.1:${receiver.port}`, 'portal@kerf.example');
    await enqueue(1);
    expect(await deliverDue(db, mailer, T0)).toEqual({ sent: 1, failed: 0 });
    expect(receiver.received).toHaveLength(1);
  });

  it('keeps the mail waiting after a wrong password, and stops the round there', async () => {
    receiver = await startReceiver({ auth: { user: 'portal', pass: 'right' } });
    mailer = smtpMailer(`smtp://portal:wrong@127.0.0.1:${receiver.port}`, 'portal@kerf.example');
    await enqueue(3);
    const r = await deliverDue(db, mailer, T0);
    expect(r).toMatchObject({ sent: 0, failed: 1 });
    expect(r.lastError).toMatch(/^EAUTH/);
    expect((await rows()).map((x) => [x.status, x.attempts])).toEqual([['waiting', 1], ['waiting', 0], ['waiting', 0]]);
    expect((await rows())[0].lastError).not.toContain('wrong');
  });

  it('puts a rejected mail back to waiting with attempts 1, a short error and a retry in 30 s, then fails it after 8 attempts', async () => {
    receiver = await startReceiver({ rejectRcpt: true });
    mailer = smtpMailer(receiver.url, 'portal@kerf.example');
    await enqueue(1);

    expect(await deliverDue(db, mailer, T0)).toMatchObject({ sent: 0, failed: 1 });
    let [row] = await rows();
    expect(row).toMatchObject({ status: 'waiting', attempts: 1, nextAttemptAt: T0 + 30_000, sentAt: null });
    expect(row.lastError).toMatch(/550/);
    expect(row.lastError).toMatch(/Mailbox unavailable/);
    expect(row.lastError).not.toMatch(/\n|\bat .*\.js/);
    expect(row.lastError!.length).toBeLessThanOrEqual(300);

    // Not due before its time.
    expect(await deliverDue(db, mailer, T0 + 29_999)).toEqual({ sent: 0, failed: 0 });

    let now = T0 + 30_000;
    const waits = [30_000];
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await deliverDue(db, mailer, now)).toMatchObject({ failed: 1 });
      [row] = await rows();
      if (attempt < MAX_ATTEMPTS) {
        expect(row).toMatchObject({ status: 'waiting', attempts: attempt });
        waits.push(row.nextAttemptAt - now);
        now = row.nextAttemptAt;
      }
    }
    expect(waits).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000]);
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(row.lastError).toMatch(/550/);
    expect(await deliverDue(db, mailer, now + 86_400_000)).toEqual({ sent: 0, failed: 0 });
    expect(receiver.received).toHaveLength(0);
  });

  it('sends each mail once when two processes deliver at the same time', async () => {
    receiver = await startReceiver();
    mailer = smtpMailer(receiver.url, 'portal@kerf.example');
    await enqueue(12);
    // A second connection to the same file stands in for a second server process.
    const other = await openDatabase(database.url);
    try {
      const [a, b] = await Promise.all([deliverDue(db, mailer, T0), deliverDue(other.db, mailer, T0)]);
      expect(a.sent + b.sent).toBe(12);
      expect(a.failed + b.failed).toBe(0);
    } finally {
      other.close();
    }
    const recipients = receiver.received.flatMap((r) => r.envelopeTo).sort();
    expect(recipients).toHaveLength(12);
    expect(new Set(recipients).size).toBe(12);
    expect((await rows()).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('sends at most `limit` mails a round, oldest first', async () => {
    receiver = await startReceiver();
    mailer = smtpMailer(receiver.url, 'portal@kerf.example');
    await enqueue(5);
    expect(await deliverDue(db, mailer, T0, 2)).toEqual({ sent: 2, failed: 0 });
    expect(receiver.received.map((r) => r.envelopeTo[0])).toEqual(['buyer0@acme.example', 'buyer1@acme.example']);
  });

  it('keeps the mail waiting when the SMTP server is down', async () => {
    receiver = await startReceiver();
    const port = receiver.port;
    await receiver.close();
    mailer = smtpMailer(`smtp://127.0.0.1:${port}`, 'portal@kerf.example');
    await enqueue(2);
    const r = await deliverDue(db, mailer, T0);
    expect(r).toMatchObject({ sent: 0, failed: 1 });
    expect((await rows()).map((x) => [x.status, x.attempts, x.nextAttemptAt])).toEqual([['waiting', 1, T0 + 30_000], ['waiting', 0, T0]]);
    receiver = await startReceiver(); // for afterEach
  });
});

describe('deliverDue and crashed senders', () => {
  function recorder(): Mailer & { sent: MailMessage[] } {
    const sent: MailMessage[] = [];
    return { sent, send: async (m) => void sent.push(m) };
  }

  it('retries a mail stuck in sending once its 10-minute claim has run out', async () => {
    await enqueue(1);
    // As a process leaves it that crashed while sending at T0.
    await db.update(outbox).set({ status: 'sending', attempts: 1, nextAttemptAt: T0 + SENDING_LEASE_MS });
    const mailer = recorder();
    expect(await deliverDue(db, mailer, T0 + 5 * 60_000)).toEqual({ sent: 0, failed: 0 });
    expect(await deliverDue(db, mailer, T0 + SENDING_LEASE_MS)).toEqual({ sent: 1, failed: 0 });
    expect(mailer.sent).toHaveLength(1);
    expect((await rows())[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives up a mail that was stuck in sending on its last attempt', async () => {
    await enqueue(1);
    await db.update(outbox).set({ status: 'sending', attempts: MAX_ATTEMPTS, nextAttemptAt: T0 });
    const mailer = recorder();
    expect(await deliverDue(db, mailer, T0)).toEqual({ sent: 0, failed: 0 });
    expect((await rows())[0]).toMatchObject({ status: 'failed', lastError: 'Interrupted while sending' });
    expect(mailer.sent).toHaveLength(0);
  });

  it('does not let a sender whose claim was taken over overwrite the new claim', async () => {
    await enqueue(1);
    let release!: () => void;
    const slow: Mailer = { send: () => new Promise<void>((r) => { release = r; }) };
    const first = deliverDue(db, slow, T0);
    await vi_waitFor(() => release !== undefined);
    // The claim runs out; another process takes the mail and is still sending it.
    const second = deliverDue(db, slow, T0 + SENDING_LEASE_MS);
    const firstRelease = release;
    await vi_waitFor(() => release !== firstRelease);
    firstRelease();
    expect(await first).toEqual({ sent: 1, failed: 0 });
    expect((await rows())[0]).toMatchObject({ status: 'sending', attempts: 2 });
    release();
    expect(await second).toEqual({ sent: 1, failed: 0 });
    expect((await rows())[0]).toMatchObject({ status: 'sent', attempts: 2, sentAt: T0 + SENDING_LEASE_MS });
  });

  it('leaves mails waiting, without using an attempt, when no SMTP is configured', async () => {
    await enqueue(2);
    expect(await deliverDue(db, noMailer, T0)).toEqual({ sent: 0, failed: 0 });
    expect((await rows()).map((r) => [r.status, r.attempts])).toEqual([['waiting', 0], ['waiting', 0]]);
    await expect(noMailer.send({ to: 'a@b.example', subject: 's', text: 't', html: 'h' })).rejects.toThrow('no SMTP configured');
  });
});

describe('smtpMailer', () => {
  it('refuses a URL that is not smtp:// or smtps:// without repeating it', () => {
    expect(() => smtpMailer('http://user:secret@mail.example', 'a@b.example')).toThrow(/smtp:\/\/ or smtps:\/\//);
    expect(() => smtpMailer('not a url secret', 'a@b.example')).toThrow(/not a valid URL/);
    try {
      smtpMailer('http://user:secret@mail.example', 'a@b.example');
    } catch (e) {
      expect(String(e)).not.toContain('secret');
    }
  });

  it('accepts smtps:// with user and password', () => {
    const m = smtpMailer('smtps://portal%40shop.example:s3cret@mail.shop.example:465', 'portal@shop.example');
    expect(typeof m.send).toBe('function');
    m.close();
  });
});

describe('shortError', () => {
  it('keeps code and message on one bounded line, without the stack', () => {
    const e = Object.assign(new Error('Message failed: 550-5.1.1 first\r\n550 5.1.1 second'), { code: 'EMESSAGE' });
    expect(shortError(e)).toBe('EMESSAGE: Message failed: 550-5.1.1 first 550 5.1.1 second');
    expect(shortError(new Error('x'.repeat(1000)))).toHaveLength(300);
    expect(shortError('plain')).toBe('plain');
  });

  it('retryDelay doubles from 30 s and stops at an hour', () => {
    expect([1, 2, 3, 7, 8, 20].map(retryDelay)).toEqual([30_000, 60_000, 120_000, 1_920_000, 3_600_000, 3_600_000]);
  });
});

describe('startOutboxSender', () => {
  it('delivers what is due, never runs two rounds at once, and stop() waits for the round', async () => {
    await enqueue(3);
    let active = 0;
    let maxActive = 0;
    const sent: string[] = [];
    const mailer: Mailer = {
      async send(m) {
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise((r) => setTimeout(r, 20));
        sent.push(m.to);
        active--;
      },
    };
    const lines: string[] = [];
    const sender = startOutboxSender(db, mailer, () => T0, 1, (l) => lines.push(l));
    await vi_waitFor(() => sent.length === 3, 5000);
    await sender.stop();
    expect(maxActive).toBe(1);
    expect(active).toBe(0);
    expect(lines).toEqual([]);
    expect((await rows()).every((r) => r.status === 'sent')).toBe(true);
  });

  it('stop() waits for the round under way', async () => {
    await enqueue(1);
    let finished = false;
    const mailer: Mailer = {
      async send() {
        await new Promise((r) => setTimeout(r, 100));
        finished = true;
      },
    };
    const sender = startOutboxSender(db, mailer, () => T0, 1, () => {});
    await new Promise((r) => setTimeout(r, 30));
    await sender.stop();
    expect(finished).toBe(true);
    expect((await rows())[0].status).toBe('sent');
  });

  it('logs a failed round in one line and goes on', async () => {
    const lines: string[] = [];
    const broken = { update() { throw new Error('database is locked\n    at somewhere.js:1:1'); } } as unknown as Db;
    const sender = startOutboxSender(broken, { send: async () => {} }, () => T0, 1, (l) => lines.push(l));
    await vi_waitFor(() => lines.length >= 2);
    await sender.stop();
    expect(lines[0]).toBe('outbox: delivery round failed: database is locked at somewhere.js:1:1');
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
  });

  it('logs mails that could not be sent', async () => {
    await enqueue(1);
    const lines: string[] = [];
    const sender = startOutboxSender(db, { send: async () => { throw Object.assign(new Error('Mailbox full'), { code: 'EENVELOPE' }); } }, () => T0, 1, (l) => lines.push(l));
    await vi_waitFor(() => lines.length >= 1);
    await sender.stop();
    expect(lines[0]).toBe('outbox: 1 mail(s) not sent this round, will retry: EENVELOPE: Mailbox full');
    expect((await rows())[0]).toMatchObject({ status: 'waiting', attempts: 1 });
  });
});

async function vi_waitFor(cond: () => boolean, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}
