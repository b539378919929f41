/**
 * The client's transport: one `fetch` per call (plus retries where they are safe), the API's
 * error shape turned into a {@link KerfApiError}, cookies for runtimes without a browser, and
 * abort signals. Web standards only (STYLE.md 2): fetch, Headers, FormData, AbortSignal.
 */
import { KerfError, type KerfErrorCode } from '../errors.js';
import { MemoryCookieJar, splitSetCookie, type CookieJar } from './cookie-jar.js';

/**
 * A `fetch` the client can use: the global one, a wrapper, or an in-process app's
 * (`(input, init) => app.fetch(new Request(input, init))`).
 * @example
 * const viaProxy: FetchLike = (input, init) => fetch(input, { ...init, dispatcher });
 */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response> | Response;

/**
 * When the client tries a call again by itself: after a network failure or a 502/503/504, only
 * for reads (GET) and for order submission (safe there: the same Idempotency-Key is sent again,
 * and the server answers with the order it made the first time). `attempts` counts the first try
 * (default 3); the pause doubles from `delayMs` (default 250).
 * @example
 * createKerfClient({ baseUrl, retry: { attempts: 5, delayMs: 500 } });
 * createKerfClient({ baseUrl, retry: false });
 */
export interface RetryOptions {
  attempts?: number;
  delayMs?: number;
}

/**
 * Options of {@link createKerfClient}.
 * @example
 * const client = createKerfClient({ baseUrl: 'https://portal.example.com', headers: { 'Accept-Language': 'de' } });
 */
export interface KerfClientOptions {
  /**
   * Where the portal is, e.g. `https://portal.example.com` (a path prefix is kept). `''` in a
   * browser page served by the portal itself: same-origin relative URLs.
   */
  baseUrl: string;
  /** Default: the global `fetch`, looked up at each call (so polyfills and mocks apply). */
  fetch?: FetchLike;
  /**
   * An embed key (`X-Kerf-Key`) for the shop's public website: `quoting.catalog()` and
   * `quoting.quote()` then go without cookies (`credentials: 'omit'`), anonymous, at the shop's
   * default prices. Cross-origin, extra `headers` would fail the CORS preflight: send none.
   */
  embedKey?: string;
  /** `fetch`'s credentials mode for the session cookie (default `include`). */
  credentials?: RequestCredentials;
  /** Sent with every call (e.g. `Accept-Language`). */
  headers?: HeadersInit;
  /** Aborts every call of this client (e.g. when a component is disconnected). */
  signal?: AbortSignal;
  /**
   * A cookie jar, for runtimes that keep no cookies for `fetch` (Node, Deno, tests): `'memory'`
   * for a {@link MemoryCookieJar} of this client, or a jar of your own. Leave it out in browsers:
   * they keep the httpOnly session cookie themselves and never show Set-Cookie to scripts.
   */
  cookies?: 'memory' | CookieJar;
  /** Retries of reads and order submission (see {@link RetryOptions}); `false` for none. */
  retry?: RetryOptions | false;
}

/**
 * Options every client method takes last.
 * @example
 * const ctl = new AbortController();
 * const parts = client.parts.list({ q: 'flange' }, { signal: ctl.signal });
 * ctl.abort(); // parts rejects with code ABORTED
 */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Extra headers for this call. */
  headers?: HeadersInit;
}

/**
 * An error of a portal call. `code` is the server's (`NOT_FOUND`, `VALIDATION_ERROR`,
 * `DXF_PARSE_ERROR`, …) or the client's own (`NETWORK_ERROR`, `ABORTED`, `HTTP_ERROR` for an
 * answer without the API's error shape, `INVALID_RESPONSE`). Switch on `code`, like every
 * {@link KerfError}; `status` is the HTTP status (absent when no answer came), `retryAfter` the
 * seconds a 429 (or 503) asks to wait.
 * @example
 * try {
 *   await client.parts.create({ file, material: 'S235', thickness: 3 });
 * } catch (e) {
 *   if (isKerfError(e) && e.code === 'DXF_PARSE_ERROR') showHint(e.message);
 *   else if (e instanceof KerfApiError && e.status === 429) retryIn(e.retryAfter);
 *   else throw e;
 * }
 */
export class KerfApiError extends KerfError {
  /** The HTTP status; undefined for NETWORK_ERROR and ABORTED. */
  readonly status?: number;
  /** Seconds to wait, from Retry-After. */
  readonly retryAfter?: number;
  /** The server's X-Request-Id, to quote to support. */
  readonly requestId?: string;

  constructor(code: KerfErrorCode, message: string, more: { status?: number; retryAfter?: number; requestId?: string; cause?: unknown } = {}) {
    super(code, message, more.cause === undefined ? undefined : { cause: more.cause });
    this.name = 'KerfApiError';
    if (more.status !== undefined) this.status = more.status;
    if (more.retryAfter !== undefined) this.retryAfter = more.retryAfter;
    if (more.requestId !== undefined) this.requestId = more.requestId;
  }
}

/**
 * A fresh Idempotency-Key (a UUID): `crypto.randomUUID()`, or built from `getRandomValues` where
 * randomUUID is missing (pages served over plain http).
 * @example
 * const key = newIdempotencyKey();
 * sessionStorage.setItem('order-key', key); // survives a reload
 * await client.orders.submit({}, { idempotencyKey: key });
 */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const b = new Uint8Array(16);
  c.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A query string value; undefined leaves the parameter out. */
export type QueryValue = string | number | boolean | undefined;

/** One call of the transport (internal to sdk/client). */
export interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** From the API root, e.g. `/api/parts/4`. */
  path: string;
  query?: Record<string, QueryValue>;
  /** A JSON body. */
  json?: unknown;
  /** A multipart body (the runtime sets its Content-Type and boundary). */
  form?: FormData;
  headers?: Record<string, string>;
  /** Send the embed key, without cookies. */
  anonymous?: boolean;
  /** How to read a 2xx answer. */
  read: 'json' | 'text' | 'arrayBuffer' | 'none';
  /** Safe to try again after a network failure or a 502/503/504. */
  retry?: boolean;
  /** Non-2xx statuses that are answers, not errors (health's 503). */
  alsoOk?: number[];
  options?: RequestOptions;
}

/** The answer of a call (internal to sdk/client). */
export interface Answer<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** The transport a client is built on (internal to sdk/client). */
export interface Transport {
  send<T>(call: Call): Promise<Answer<T>>;
  url(path: string, query?: Record<string, QueryValue>): string;
}

const RETRY_STATUSES = new Set([502, 503, 504]);

const STATUS_CODES: Record<number, KerfErrorCode> = {
  400: 'BAD_REQUEST', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE', 429: 'TOO_MANY_REQUESTS',
};

function aborted(signal: AbortSignal): KerfApiError {
  const r = signal.reason as { name?: string } | undefined;
  const timeout = r?.name === 'TimeoutError';
  return new KerfApiError('ABORTED', timeout ? 'The request timed out.' : 'The request was aborted.', { cause: signal.reason });
}

/** One signal that aborts when any of them does. */
function anySignal(signals: (AbortSignal | undefined)[]): AbortSignal | undefined {
  const list = signals.filter((s): s is AbortSignal => !!s);
  if (list.length <= 1) return list[0];
  const any = (AbortSignal as { any?: (s: AbortSignal[]) => AbortSignal }).any;
  if (any) return any(list);
  const ctl = new AbortController();
  for (const s of list) {
    if (s.aborted) {
      ctl.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => ctl.abort(s.reason), { once: true });
  }
  return ctl.signal;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted(signal));
    const onAbort = () => {
      clearTimeout(t);
      reject(aborted(signal!));
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Seconds from a Retry-After header (delta seconds or an HTTP date). */
function retryAfterSeconds(h: string | null): number | undefined {
  if (!h) return undefined;
  if (/^\d+$/.test(h.trim())) return Number(h.trim());
  const t = Date.parse(h);
  return Number.isNaN(t) ? undefined : Math.max(0, Math.ceil((t - Date.now()) / 1000));
}

function setCookiesOf(headers: Headers): string[] {
  const h = headers as Headers & { getSetCookie?: () => string[] };
  if (typeof h.getSetCookie === 'function') return h.getSetCookie();
  const joined = headers.get('set-cookie');
  return joined ? splitSetCookie(joined) : [];
}

async function errorOf(res: Response): Promise<KerfApiError> {
  const more = {
    status: res.status,
    retryAfter: retryAfterSeconds(res.headers.get('retry-after')),
    requestId: res.headers.get('x-request-id') ?? undefined,
  };
  let text = '';
  try {
    text = await res.text();
  } catch {
    // the body broke off: the status still says what happened
  }
  try {
    const e = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown } }).error;
    if (e && typeof e.code === 'string') {
      return new KerfApiError(e.code, typeof e.message === 'string' ? e.message : `HTTP ${res.status}`, more);
    }
  } catch {
    // not JSON: a proxy's error page, say
  }
  return new KerfApiError(STATUS_CODES[res.status] ?? 'HTTP_ERROR', `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`, more);
}

/**
 * The transport of a client (internal to sdk/client; use {@link createKerfClient}).
 * @example
 * const t = createTransport({ baseUrl: 'http://localhost:8787' });
 * const { body } = await t.send<{ status: string }>({ method: 'GET', path: '/api/health', read: 'json' });
 */
export function createTransport(options: KerfClientOptions): Transport {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const jar: CookieJar | undefined = options.cookies === 'memory' ? new MemoryCookieJar() : options.cookies;
  const retry = options.retry === false ? { attempts: 1, delayMs: 0 } : { attempts: options.retry?.attempts ?? 3, delayMs: options.retry?.delayMs ?? 250 };
  // the jar needs absolute URLs; a relative base is resolved against the page
  const absolute = (url: string) => new URL(url, (globalThis as { location?: { href: string } }).location?.href ?? 'http://localhost/').href;

  function url(path: string, query?: Record<string, QueryValue>): string {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) q.set(k, String(v));
    const s = q.toString();
    return `${base}${path}${s ? '?' + s : ''}`;
  }

  async function send<T>(call: Call): Promise<Answer<T>> {
    const signal = anySignal([options.signal, call.options?.signal]);
    if (signal?.aborted) throw aborted(signal);
    const target = url(call.path, call.query);
    const headers = new Headers(options.headers);
    for (const [k, v] of new Headers(call.options?.headers)) headers.set(k, v);
    for (const [k, v] of Object.entries(call.headers ?? {})) headers.set(k, v);
    if (!headers.has('accept')) headers.set('accept', call.read === 'text' || call.read === 'arrayBuffer' ? '*/*' : 'application/json');
    let body: BodyInit | undefined;
    if (call.form) body = call.form;
    else if (call.json !== undefined) {
      body = JSON.stringify(call.json);
      headers.set('content-type', 'application/json');
    }
    const anonymous = !!(call.anonymous && options.embedKey);
    if (anonymous) headers.set('x-kerf-key', options.embedKey!);
    const attempts = call.retry ? Math.max(1, retry.attempts) : 1;

    for (let attempt = 1; ; attempt++) {
      if (jar && !anonymous) {
        const cookie = jar.cookieHeader(absolute(target));
        if (cookie) headers.set('cookie', cookie);
        else headers.delete('cookie');
      }
      let res: Response;
      try {
        res = await doFetch(target, {
          method: call.method, headers, body, signal,
          credentials: anonymous ? 'omit' : (options.credentials ?? 'include'),
        });
      } catch (e) {
        if (signal?.aborted) throw aborted(signal);
        if (attempt < attempts) {
          await sleep(retry.delayMs * 2 ** (attempt - 1), signal);
          continue;
        }
        throw new KerfApiError('NETWORK_ERROR', 'The portal could not be reached; check the connection and try again.', { cause: e });
      }
      if (jar && !anonymous) jar.store(absolute(target), setCookiesOf(res.headers));
      const ok = res.ok || !!call.alsoOk?.includes(res.status);
      if (!ok && RETRY_STATUSES.has(res.status) && attempt < attempts) {
        await res.body?.cancel().catch(() => undefined);
        const wait = retryAfterSeconds(res.headers.get('retry-after'));
        await sleep(wait !== undefined ? Math.min(wait * 1000, 30_000) : retry.delayMs * 2 ** (attempt - 1), signal);
        continue;
      }
      try {
        if (!ok) throw await errorOf(res);
        return { status: res.status, headers: res.headers, body: (await readBody(res, call.read)) as T };
      } catch (e) {
        if (signal?.aborted) throw aborted(signal);
        if (e instanceof KerfError) throw e;
        throw new KerfApiError('NETWORK_ERROR', 'The answer broke off; please try again.', { status: res.status, cause: e });
      }
    }
  }

  return { send, url };
}

async function readBody(res: Response, read: Call['read']): Promise<unknown> {
  if (read === 'arrayBuffer') return res.arrayBuffer();
  const text = await res.text();
  if (read === 'text') return text;
  if (read === 'none' || res.status === 204 || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new KerfApiError('INVALID_RESPONSE', `The portal answered ${res.status} with something that is not JSON.`, { status: res.status, cause: e });
  }
}
