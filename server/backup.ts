/** `kerf backup FILE`: a consistent copy of a live database with `VACUUM INTO`. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createClient } from '@libsql/client';

export async function backupDatabase(url: string, target: string, authToken?: string): Promise<{ source: string; target: string; bytes: number }> {
  const path = resolve(target);
  if (existsSync(path)) throw new Error(`${path} exists already; choose a new file name.`);
  if (url.startsWith('file:') && !existsSync(url.slice(5).split('?')[0])) throw new Error(`There is no database at ${url}.`);
  const client = createClient({ url, authToken, ...(url.startsWith('file:') ? { timeout: 10_000 } : {}) });
  try {
    // VACUUM INTO reads one snapshot: writers go on, the copy is consistent
    await client.execute({ sql: 'VACUUM INTO ?', args: [path] });
  } finally {
    client.close();
  }
  return { source: url, target: path, bytes: statSync(path).size };
}
