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

/** Open a database; `file:` URLs get WAL and a busy timeout so concurrent writers queue. */
export async function openDatabase(url: string, authToken?: string): Promise<Database> {
  const local = url.startsWith('file:');
  const client = createClient({ url, authToken, ...(local ? { timeout: 10_000, concurrency: 16 } : {}) });
  if (local) {
    await client.execute('PRAGMA journal_mode = WAL');
    await client.execute('PRAGMA synchronous = NORMAL');
  }
  const db = drizzle(client, { schema });
  return { db, client, url, close: () => client.close() };
}

/** Apply the committed migrations that the database has not seen (idempotent). */
export async function migrateDatabase(db: Db, migrationsFolder = MIGRATIONS_DIR()): Promise<void> {
  await migrate(db, { migrationsFolder });
}
