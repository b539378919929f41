/**
 * Opening the database: an embedded SQLite file through libsql (WAL, so readers never wait for a
 * writer and several processes can share the file) or a libsql server (`http://`, `libsql://`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import * as schema from './schema.js';

export type Db = LibSQLDatabase<typeof schema>;
/** A transaction or the database itself: services take either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export interface Database {
  db: Db;
  client: Client;
  url: string;
  close(): void;
}

/** The package root, from the source tree (tests) as from dist/ (the built server). */
export function packageRoot(): string {
  let dir = new URL('.', import.meta.url);
  for (let i = 0; i < 6; i++) {
    if (existsSync(fileURLToPath(new URL('package.json', dir)))) return fileURLToPath(dir);
    dir = new URL('..', dir);
  }
  throw new Error('Cannot find the kerf package root');
}

export const MIGRATIONS_DIR = () => `${packageRoot()}server/db/migrations`;

/**
 * An async mutex: one holder at a time, the others wait in order without blocking the loop. A
 * waiter gives up after `timeoutMs` (a write nested in another's transaction would otherwise wait
 * forever); its turn, when it comes, is passed straight on.
 */
class Lock {
  #tail: Promise<void> = Promise.resolve();
  constructor(private readonly timeoutMs = 30_000) {}
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const turn = this.#tail;
    this.#tail = this.#tail.then(() => next);
    return new Promise((resolve, reject) => {
      let gaveUp = false;
      const timer = setTimeout(() => {
        gaveUp = true;
        reject(new Error('timed out waiting for the database write lock'));
      }, this.timeoutMs);
      timer.unref?.();
      void turn.then(() => {
        clearTimeout(timer);
        if (gaveUp) release();
        else resolve(release);
      });
    });
  }
}

const WRITE = /^\s*(insert|update|delete|replace|create|drop|alter|vacuum|begin|with\b[\s\S]*\b(insert|update|delete)\b)/i;

/**
 * An embedded SQLite file is written by one connection at a time, and libsql's busy wait is
 * synchronous: a second in-process writer waiting for the lock would stall the event loop, and
 * with it the transaction it waits for. So within a process, writes (transactions, batches and
 * single writing statements) take turns on an async lock; reads go straight through (WAL), and
 * other processes on the same file queue on the busy timeout.
 */
function serializeWrites(client: Client, timeoutMs?: number): Client {
  const lock = new Lock(timeoutMs);
  const locked = async <T>(fn: () => Promise<T>): Promise<T> => {
    const release = await lock.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  };
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === 'execute') {
        return (stmt: string | { sql: string; args?: unknown }) => {
          const text = typeof stmt === 'string' ? stmt : stmt.sql;
          const run = () => (target.execute as (s: unknown) => ReturnType<Client['execute']>)(stmt);
          return WRITE.test(text) ? locked(run) : run();
        };
      }
      if (prop === 'batch' || prop === 'migrate' || prop === 'executeMultiple') {
        const fn = Reflect.get(target, prop, receiver) as (...a: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => locked(() => fn.apply(target, args));
      }
      if (prop === 'transaction') {
        return async (mode?: 'write' | 'read' | 'deferred') => {
          const release = await lock.acquire();
          let tx;
          try {
            tx = await target.transaction(mode);
          } catch (e) {
            release();
            throw e;
          }
          let released = false;
          const done = () => { if (!released) { released = true; release(); } };
          return new Proxy(tx, {
            get(t, p2, r2) {
              const v = Reflect.get(t, p2, r2);
              if (p2 === 'commit' || p2 === 'rollback') return async () => { try { return await (v as () => Promise<void>).call(t); } finally { done(); } };
              if (p2 === 'close') return () => { try { (v as () => void).call(t); } finally { done(); } };
              return typeof v === 'function' ? v.bind(t) : v;
            },
          });
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

/** Open a database; `file:` URLs get WAL, a busy timeout for other processes and in-process write turns. */
export async function openDatabase(url: string, authToken?: string, options: { writeLockTimeoutMs?: number } = {}): Promise<Database> {
  const local = url.startsWith('file:');
  const raw = createClient({ url, authToken, ...(local ? { timeout: 10_000, concurrency: 16 } : {}) });
  if (local) {
    await raw.execute('PRAGMA journal_mode = WAL');
    await raw.execute('PRAGMA synchronous = NORMAL');
  }
  const client = local ? serializeWrites(raw, options.writeLockTimeoutMs) : raw;
  const db = drizzle(client, { schema });
  return { db, client, url, close: () => client.close() };
}

/** Apply the committed migrations that the database has not seen (idempotent). */
export async function migrateDatabase(db: Db, migrationsFolder = MIGRATIONS_DIR()): Promise<void> {
  await migrate(db, { migrationsFolder });
}
