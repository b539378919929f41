/**
 * One error shape for the whole API (API.md): `{"error":{"code","message"}}` with a fitting status.
 * Routes throw; `onError` answers. No SQL, driver or stack text ever reaches a client.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isKerfError } from '../../sdk/index.js';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what = 'The resource') => new ApiError(404, 'NOT_FOUND', `${what} does not exist or is not yours.`);
export const forbidden = (message = 'You are not allowed to do this.') => new ApiError(403, 'FORBIDDEN', message);
export const conflict = (code: string, message: string) => new ApiError(409, code, message);
export const invalid = (message: string, code = 'VALIDATION_ERROR') => new ApiError(400, code, message);

/** Analyzer and pricing errors that are the customer's input, not our fault. */
const UNPROCESSABLE = new Set([
  'DXF_PARSE_ERROR', 'NO_CUT_GEOMETRY', 'UNSUPPORTED_UNITS', 'INVALID_COORDINATES', 'INVALID_GEOMETRY', 'DRAWING_TOO_COMPLEX',
  'UNKNOWN_MATERIAL', 'UNAVAILABLE_THICKNESS', 'PART_TOO_LARGE', 'INVALID_PARAMETER', 'UNKNOWN_TEMPLATE', 'INVALID_QUANTITY',
  'INVALID_OPTION', 'INVALID_PROFILE', 'INVALID_CATALOG', 'INVALID_FINISHING', 'UNKNOWN_LEAD_TIME', 'INVALID_DATE',
]);

/** Map anything thrown to the API's error shape. `log` receives what the client must not see. */
export function errorResponse(err: unknown, c: Context, log: (e: unknown) => void): Response {
  if (err instanceof ApiError) {
    return c.json({ error: { code: err.code, message: err.message } }, err.status, err.headers);
  }
  if (isKerfError(err) && !(err instanceof HTTPException)) {
    const code = String((err as { code: string }).code);
    if (code === 'FILE_TOO_LARGE') return c.json({ error: { code, message: err.message } }, 413);
    if (UNPROCESSABLE.has(code)) return c.json({ error: { code, message: err.message } }, 422);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 413) return c.json({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request is too large.' } }, 413);
    if (status === 400 && /JSON/i.test(err.message)) {
      return c.json({ error: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON.' } }, 400);
    }
    if (status === 400) return c.json({ error: { code: 'BAD_REQUEST', message: 'The request could not be read.' } }, 400);
    if (status === 401) return c.json({ error: { code: 'UNAUTHENTICATED', message: 'Please sign in.' } }, 401);
    if (status === 403) return c.json({ error: { code: 'FORBIDDEN', message: 'This request is not allowed.' } }, 403);
    if (status < 500) return c.json({ error: { code: 'BAD_REQUEST', message: 'The request could not be handled.' } }, status);
  }
  log(err);
  return c.json({ error: { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side; please try again.' } }, 500);
}
