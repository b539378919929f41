/** Small helpers so that every route is declared once, with the zod schemas that validate it. */
import { z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { Right } from '../db/schema.js';
import type { AppEnv, Auth } from './context.js';
import { ApiError, forbidden } from './errors.js';

export const ErrorSchema = z.object({
  error: z.object({ code: z.string().openapi({ example: 'NOT_FOUND' }), message: z.string() }),
}).openapi('Error');

export function json<T extends z.ZodType>(schema: T, description = 'OK') {
  return { description, content: { 'application/json': { schema } } };
}

export function body<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

const err = (description: string) => json(ErrorSchema, description);
export const errors = {
  400: err('Invalid input (VALIDATION_ERROR, MALFORMED_JSON)'),
  401: err('Not signed in (UNAUTHENTICATED)'),
  403: err('Not allowed (FORBIDDEN)'),
  404: err('Not found or not yours (NOT_FOUND)'),
} as const;

export const IdParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }) });

/** Any JSON object (for responses described in prose; requests are always strict). */
export const Obj = z.record(z.string(), z.unknown());

export function signedIn(c: Context<AppEnv>): Auth {
  const a = c.var.auth;
  if (!a) throw new ApiError(401, 'UNAUTHENTICATED', 'Please sign in.');
  return a;
}

/** A customer session with an active company (and the right, if named). */
export function customer(c: Context<AppEnv>, right?: Right): Auth & { companyId: number } {
  const a = signedIn(c);
  if (a.companyId === null || a.staffRole) throw forbidden('This is for customer accounts; staff use the back office.');
  if (right && !a.rights.has(right)) throw forbidden(`Your group does not have the right "${right}".`);
  return a as Auth & { companyId: number };
}

/** Operator staff; `admin` for everything but reading. */
export function staff(c: Context<AppEnv>, role?: 'admin'): Auth {
  const a = signedIn(c);
  if (!a.staffRole) throw forbidden('This is the operator back office.');
  if (role === 'admin' && a.staffRole !== 'admin') throw forbidden('Only operator admins may do this.');
  return a;
}

/** The validated body of a route that takes JSON or multipart, by the request's content type. */
export function jsonOrForm<T>(c: Context<AppEnv>): T {
  const type = c.req.header('content-type') ?? '';
  const req = c.req as unknown as { valid(target: 'json' | 'form'): T };
  if (type.startsWith('multipart/form-data')) return req.valid('form');
  if (type.startsWith('application/json')) return req.valid('json');
  throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send multipart/form-data with a "file", or JSON with a "template".');
}

/*
 * Route guards: they run before the request is validated, so a caller without a session learns
 * 401 (and a caller without the right 403) before anything about the body is revealed.
 */
export const requireSignedIn = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  signedIn(c);
  await next();
};
export const requireCustomer = (right?: Right): MiddlewareHandler<AppEnv> => async (c, next) => {
  customer(c, right);
  await next();
};
export const requireStaff = (role?: 'admin'): MiddlewareHandler<AppEnv> => async (c, next) => {
  staff(c, role);
  await next();
};
