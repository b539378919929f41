import { createRoute, z } from '@hono/zod-openapi';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { clear, hit, peek, tooMany } from '../auth/throttle.js';
import { hashPassword, MIN_PASSWORD_LENGTH, sha256, verifyPassword } from '../auth/passwords.js';
import { sendTokenMail } from '../services/accounts.js';
import { clearSessionCookie, createSession } from '../auth/sessions.js';
import type { App } from '../app.js';
import type { Tx } from '../db/client.js';
import { accessRequests, companies, groups, LANGUAGES, memberships, sessions, tokens, users, type User } from '../db/schema.js';
import { clientIp } from '../http/client-ip.js';
import type { Auth } from '../http/context.js';
import { ApiError, notFound } from '../http/errors.js';
import { body, errors, json, Obj, signedIn, requireSignedIn } from '../http/openapi.js';
import { links } from '../links.js';
import { enqueueMail } from '../mail/outbox.js';

const FAILED_PER_ACCOUNT = 5;
const FAILED_PER_ADDRESS = 30;
const WINDOW = 15 * 60 * 1000;

const Email = z.string().trim().toLowerCase().email().max(254);
const Password = z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(200);

const LoginBody = z.object({
  customerNumber: z.string().trim().max(40).optional().openapi({ example: '10001' }),
  email: Email.openapi({ example: 'buyer@acme.example' }),
  password: z.string().min(1).max(200).openapi({ example: 'kerf-demo-2026' }),
}).openapi('LoginRequest');

const SessionSchema = z.object({
  user: z.object({ id: z.number(), email: z.string(), name: z.string(), language: z.string(), staffRole: z.string().nullable() }),
  companies: z.array(z.object({ id: z.number(), name: z.string(), customerNumber: z.string() })),
  activeCompanyId: z.number().nullable(),
  rights: z.array(z.string()),
  approvalMode: z.string().nullable(),
}).openapi('Session');

async function companiesOf(db: Tx, userId: number) {
  return db.select({ id: companies.id, name: companies.name, customerNumber: companies.customerNumber })
    .from(memberships).innerJoin(companies, eq(companies.id, memberships.companyId))
    .where(and(eq(memberships.userId, userId), eq(companies.enabled, true))).orderBy(asc(companies.name));
}

async function sessionView(db: Tx, user: User, companyId: number | null, auth?: Auth | null) {
  let rights: string[] = [];
  let approvalMode: string | null = null;
  if (auth) {
    rights = [...auth.rights];
    approvalMode = auth.membership?.approvalMode ?? null;
  } else if (companyId !== null) {
    const m = await db.select({ rights: groups.rights, mode: memberships.approvalMode }).from(memberships)
      .innerJoin(groups, eq(groups.id, memberships.groupId))
      .where(and(eq(memberships.userId, user.id), eq(memberships.companyId, companyId))).get();
    rights = m?.rights ?? [];
    approvalMode = m?.mode ?? null;
  }
  return {
    user: { id: user.id, email: user.email, name: user.name, language: user.language, staffRole: user.staffRole },
    companies: user.staffRole ? [] : await companiesOf(db, user.id),
    activeCompanyId: companyId,
    rights,
    approvalMode,
  };
}

export function registerAuth(app: App) {
  app.openapi(createRoute({
    method: 'post', path: '/api/auth/login', tags: ['Accounts'],
    summary: 'Sign in (customer number, e-mail, password; staff without customer number)',
    request: body(LoginBody),
    responses: { 200: json(SessionSchema, 'Signed in; sets the session cookie'), 400: errors[400], 401: json(Obj, 'Wrong credentials (INVALID_CREDENTIALS)'), 429: json(Obj, 'Too many failed attempts (Retry-After)') },
  }), async (c) => {
    const { db, clock } = c.var.deps;
    const { customerNumber, email, password } = c.req.valid('json');
    const now = clock();
    const accountKey = `login:account:${email}`;
    const addressKey = `login:address:${clientIp(c)}`;
    for (const [key, limit] of [[accountKey, FAILED_PER_ACCOUNT], [addressKey, FAILED_PER_ADDRESS]] as const) {
      const w = await peek(db, key, WINDOW, now);
      if (w.count >= limit) throw tooMany(w, now, 'Too many failed sign-in attempts; please wait before trying again.');
    }
    const user = await db.select().from(users).where(eq(users.email, email)).get();
    const ok = await verifyPassword(password, user?.passwordHash ?? null);
    let companyId: number | null = null;
    let allowed = !!user && ok && !user.disabled;
    if (allowed && user && !user.staffRole) {
      const mine = await companiesOf(db, user.id);
      const chosen = customerNumber ? mine.find((m) => m.customerNumber === customerNumber) : mine[0];
      if (chosen) companyId = chosen.id;
      else allowed = false;
    } else if (allowed && customerNumber) {
      allowed = false; // staff have no customer number
    }
    if (!allowed || !user) {
      await hit(db, accountKey, WINDOW, now);
      await hit(db, addressKey, WINDOW, now);
      throw new ApiError(401, 'INVALID_CREDENTIALS', 'Customer number, e-mail or password is wrong.');
    }
    await clear(db, accountKey);
    await createSession(c, db, user.id, companyId);
    await db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
    return c.json(await sessionView(db, user, companyId), 200);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/auth/logout', tags: ['Accounts'], summary: 'Sign out (the session dies)',
    responses: { 204: { description: 'Signed out' } },
  }), async (c) => {
    const a = c.var.auth;
    if (a) await c.var.deps.db.delete(sessions).where(eq(sessions.tokenHash, a.tokenHash));
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.openapi(createRoute({
    middleware: [requireSignedIn()] as const,
    method: 'get', path: '/api/me', tags: ['Accounts'], summary: 'The signed-in user, companies, active company and rights',
    responses: { 200: json(SessionSchema), 401: errors[401] },
  }), async (c) => {
    const a = signedIn(c);
    return c.json(await sessionView(c.var.deps.db, a.user, a.companyId, a), 200);
  });

  app.openapi(createRoute({
    middleware: [requireSignedIn()] as const,
    method: 'post', path: '/api/auth/switch-company', tags: ['Accounts'], summary: 'Make another of my companies the active one',
    request: body(z.object({ companyId: z.number().int().positive() })),
    responses: { 200: json(SessionSchema), 401: errors[401], 404: errors[404] },
  }), async (c) => {
    const a = signedIn(c);
    const { db } = c.var.deps;
    const { companyId } = c.req.valid('json');
    if (a.staffRole || !(await companiesOf(db, a.user.id)).some((m) => m.id === companyId)) throw notFound('The company');
    await db.update(sessions).set({ companyId }).where(eq(sessions.tokenHash, a.tokenHash));
    return c.json(await sessionView(db, a.user, companyId), 200);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/auth/password-reset', tags: ['Accounts'],
    summary: 'Mail a one-time link (valid 1 hour); answers the same for unknown e-mails',
    request: body(z.object({ email: Email })),
    responses: { 202: json(z.object({ ok: z.literal(true) }), 'Accepted'), 400: errors[400], 429: json(Obj, 'Too many requests') },
  }), async (c) => {
    const { db, clock, config } = c.var.deps;
    const { email } = c.req.valid('json');
    const now = clock();
    const w = await hit(db, `reset:address:${clientIp(c)}`, 3600_000, now);
    if (w.count > 20) throw tooMany(w, now, 'Too many requests; please wait before trying again.');
    const perMail = await hit(db, `reset:account:${email}`, 3600_000, now);
    const user = await db.select().from(users).where(eq(users.email, email)).get();
    if (user && !user.disabled && perMail.count <= 3) {
      await db.transaction((tx) => sendTokenMail(tx, user, 'reset', now, config.publicUrl));
    }
    return c.json({ ok: true as const }, 202);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/auth/password-reset/confirm', tags: ['Accounts'],
    summary: 'Set a new password with a one-time link (reset or invitation); ends every session of the account',
    request: body(z.object({ token: z.string().min(10).max(200), password: Password })),
    responses: { 200: json(z.object({ ok: z.literal(true) })), 400: json(Obj, 'INVALID_TOKEN or a too short password') },
  }), async (c) => {
    const { db, clock } = c.var.deps;
    const { token, password } = c.req.valid('json');
    const hash = await hashPassword(password);
    const now = clock();
    await db.transaction(async (tx) => {
      const row = await tx.update(tokens).set({ usedAt: now })
        .where(and(eq(tokens.tokenHash, sha256(token)), isNull(tokens.usedAt))).returning().get();
      if (!row || row.expiresAt <= now) throw new ApiError(400, 'INVALID_TOKEN', 'This link is invalid, used or expired; please ask for a new one.');
      await tx.update(users).set({ passwordHash: hash }).where(eq(users.id, row.userId));
      await tx.delete(sessions).where(eq(sessions.userId, row.userId));
    });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/auth/register', tags: ['Accounts'],
    summary: 'Request access to the portal; the operator approves it. Answers the same for known e-mails',
    request: body(z.object({
      company: z.string().trim().min(2).max(200),
      customerNumber: z.string().trim().max(40).optional(),
      email: Email,
      name: z.string().trim().min(2).max(200),
      language: z.enum(LANGUAGES).optional(),
    })),
    responses: { 202: json(z.object({ ok: z.literal(true) }), 'Accepted'), 400: errors[400], 429: json(Obj, 'Too many requests') },
  }), async (c) => {
    const { db, clock, config } = c.var.deps;
    const b = c.req.valid('json');
    const now = clock();
    const w = await hit(db, `register:address:${clientIp(c)}`, 3600_000, now);
    if (w.count > 10) throw tooMany(w, now, 'Too many requests; please wait before trying again.');
    await db.transaction(async (tx) => {
      const open = await tx.select({ id: accessRequests.id }).from(accessRequests)
        .where(and(eq(accessRequests.email, b.email), eq(accessRequests.status, 'pending'))).get();
      if (open) return; // one pending request per e-mail is enough
      await tx.insert(accessRequests).values({
        companyName: b.company, customerNumber: b.customerNumber || null, email: b.email, name: b.name, language: b.language ?? 'en', createdAt: now,
      });
      const admins = await tx.select().from(users).where(and(eq(users.staffRole, 'admin'), eq(users.disabled, false)));
      for (const admin of admins) {
        await enqueueMail(tx, {
          to: admin.email, kind: 'access_request', language: admin.language,
          vars: { name: admin.name, requester: b.name, email: b.email, company: b.company, customerNumber: b.customerNumber, link: links.accessRequests(config.publicUrl) },
        }, now);
      }
    });
    return c.json({ ok: true as const }, 202);
  });
}
