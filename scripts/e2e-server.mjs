// The portal for the end-to-end tests: a fresh demo database under test-results/ on every run.
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}test-results/e2e-db`;
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
process.env.PORT = process.argv[2] ?? '8791';
process.env.HOST = '127.0.0.1';
process.env.KERF_DB_URL = `file:${dir}/kerf.db`;
process.env.KERF_DEMO = '1';
process.env.KERF_LOG = 'silent';
process.env.KERF_PUBLIC_URL = `http://127.0.0.1:${process.env.PORT}`;
const { runFromCli } = await import('../dist/server/main.js');
await runFromCli();
