/**
 * A real portal for tests: a temp-file libsql database, migrated and seeded with the demo, the
 * app answering through `app.request()` (no port), and signed-in callers that keep their cookie.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../server/app.js';
import { migrateDatabase, openDatabase, type Database } from '../../server/db/client.js';
import { DEMO_PASSWORD, seedDemo } from '../../server/demo/seed.js';

export const BASE = 'http://portal.test';
export const ROOT = new URL('../../', import.meta.url);
export const drawing = (name: string) => readFileSync(new URL(`demo/drawings/${name}`, ROOT));

export interface Portal {
  app: App;
  database: Database;
  /** Move the clock (ms). */
  advance(ms: number): void;
  now(): number;
  as(email: string, customerNumber?: string): Promise<Caller>;
  anonymous(): Caller;
  close(): void;
}

export interface Caller {
  cookie: string | null;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T; headers: Headers }>;
}

export function caller(app: App, cookie: string | null): Caller {
  const self: Caller = {
    cookie,
    async request(method, path, body, headers = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      if (self.cookie) (init.headers as Record<string, string>).cookie = self.cookie;
      if (body instanceof FormData || typeof body === 'string' || body instanceof Uint8Array) init.body = body as BodyInit;
      else if (body !== undefined) {
        init.body = JSON.stringify(body);
        (init.headers as Record<string, string>)['content-type'] = 'application/json';
      }
      return app.request(`${BASE}${path}`, init);
    },
    async json(method, path, body, headers) {
      const res = await self.request(method, path, body, headers);
      const text = await res.text();
      let parsed: unknown = text;
      try { parsed = text ? JSON.parse(text) : null; } catch { /* keep text */ }
      return { status: res.status, body: parsed as any, headers: res.headers };
    },
  };
  return self;
}

export function cookieOf(res: Response): string | null {
  const set = res.headers.get('set-cookie');
  const m = set?.match(/kerf_session=([^;]*)/);
  return m && m[1] ? `kerf_session=${m[1]}` : null;
}

export async function signIn(app: App, email: string, customerNumber?: string, password = DEMO_PASSWORD): Promise<Caller> {
  const anon = caller(app, null);
  const res = await anon.request('POST', '/api/auth/login', { email, password, ...(customerNumber ? { customerNumber } : {}) });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  return caller(app, cookieOf(res));
}

/** A fresh portal with the demo data. */
export async function portal(options: { seed?: boolean } = {}): Promise<Portal> {
  const dir = mkdtempSync(join(tmpdir(), 'kerf-test-'));
  const database = await openDatabase(`file:${join(dir, 'kerf.db')}`);
  await migrateDatabase(database.db);
  let now = Date.UTC(2026, 10, 20, 9, 0, 0);
  if (options.seed !== false) await seedDemo(database.db, { publicUrl: BASE, now });
  const app = createApp({ db: database.db, clock: () => now, config: { publicUrl: BASE }, logError: () => {} });
  return {
    app,
    database,
    advance: (ms) => { now += ms; },
    now: () => now,
    as: (email, customerNumber) => signIn(app, email, customerNumber ?? (email.endsWith('@kerf.example') ? undefined : email.endsWith('@beta.example') ? '10002' : '10001')),
    anonymous: () => caller(app, null),
    close: () => {
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A multipart body with a DXF file and fields. */
export function dxfForm(bytes: Uint8Array | string, name: string, fields: Record<string, string | number>): FormData {
  const form = new FormData();
  form.set('file', new File([bytes], name, { type: 'application/dxf' }));
  for (const [k, v] of Object.entries(fields)) form.set(k, String(v));
  return form;
}
