import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@libsql/client';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, MIGRATIONS_DIR, openDatabase } from '../../server/db/client.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'kerf-ops-'));
  dirs.push(d);
  return d;
};
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

describe('migrations', () => {
  it('migrate an empty database', async () => {
    const db = await openDatabase(`file:${join(tmp(), 'empty.db')}`);
    await migrateDatabase(db.db);
    const tables = (await db.client.execute("select name from sqlite_master where type = 'table' order by name")).rows.map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['companies', 'users', 'parts', 'orders', 'order_lines', 'outbox', 'sessions', 'rate_limits']));
    await migrateDatabase(db.db); // a second start changes nothing
    db.close();
  });

  it('migrate a database at the previous schema, keeping its data', async () => {
    const dir = tmp();
    const migrations = readdirSync(MIGRATIONS_DIR()).filter((f) => f.endsWith('.sql')).sort();
    expect(migrations.length).toBeGreaterThanOrEqual(2);
    // a copy of the migrations folder that ends one migration early
    const previous = join(dir, 'previous');
    mkdirSync(join(previous, 'meta'), { recursive: true });
    for (const f of migrations.slice(0, -1)) cpSync(join(MIGRATIONS_DIR(), f), join(previous, f));
    const journal = JSON.parse(spawnSync(process.execPath, ['-e', `process.stdout.write(require('fs').readFileSync(${JSON.stringify(join(MIGRATIONS_DIR(), 'meta/_journal.json'))}, 'utf8'))`]).stdout.toString());
    journal.entries = journal.entries.slice(0, -1);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(previous, 'meta/_journal.json'), JSON.stringify(journal));
    const db = await openDatabase(`file:${join(dir, 'old.db')}`);
    await migrateDatabase(db.db, previous);
    await db.client.execute("insert into users (email, name, created_at) values ('old@example.com', 'Old User', 1)");
    await db.client.execute("insert into companies (name, customer_number) values ('Old Co', '9')");
    await migrateDatabase(db.db);
    const row = (await db.client.execute("select email, name, last_login_at from users where email = 'old@example.com'")).rows[0];
    expect(row).toMatchObject({ email: 'old@example.com', name: 'Old User', last_login_at: null });
    const applied = (await db.client.execute('select count(*) as n from __drizzle_migrations')).rows[0].n;
    expect(applied).toBe(migrations.length);
    db.close();
  });
});

interface Proc { child: ChildProcess; url: string; out: string[] }

function startServer(env: Record<string, string>): Promise<Proc> {
  const child = spawn(process.execPath, [join(root, 'bin/kerf.mjs'), 'serve'], {
    cwd: root, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out.join('')}`)), 20_000);
    child.stderr!.on('data', (d) => out.push(String(d)));
    child.stdout!.on('data', (d) => {
      out.push(String(d));
      const m = /Kerf portal on (http:\/\/\S+)/.exec(out.join(''));
      if (m) { clearTimeout(timer); resolve({ child, url: m[1].replace('localhost', '127.0.0.1'), out }); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited ${code}: ${out.join('')}`)); });
  });
}

const stopped = (p: Proc) => new Promise<number | null>((resolve) => {
  if (p.child.exitCode !== null) return resolve(p.child.exitCode);
  p.child.once('exit', (code) => resolve(code));
});

describe('two server processes on one database file', () => {
  it('sign in on one, order on the other; logs, backup, clean SIGTERM with a request in flight', async () => {
    expect(existsSync(join(root, 'dist/server/main.js')), 'npm run build first').toBe(true);
    const dir = tmp();
    const env = { KERF_DB_URL: `file:${join(dir, 'shared.db')}`, KERF_DEMO: '1', KERF_LOG: 'requests' };
    const a = await startServer(env);
    const b = await startServer(env);
    try {
      const login = await fetch(`${a.url}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ customerNumber: '10002', email: 'admin@beta.example', password: 'kerf-demo-2026' }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0];
      const h = { cookie, 'content-type': 'application/json' };
      const parts = await (await fetch(`${b.url}/api/parts`, { headers: h })).json();
      expect((await fetch(`${b.url}/api/basket/items`, { method: 'POST', headers: h, body: JSON.stringify({ partId: parts.items[0].id, quantity: 4 }) })).status).toBe(201);
      const placed = await fetch(`${b.url}/api/orders`, { method: 'POST', headers: { ...h, 'idempotency-key': 'two-proc' }, body: '{}' });
      expect(placed.status).toBe(201);
      const order = await placed.json();
      const seen = await (await fetch(`${a.url}/api/orders/${order.id}`, { headers: h })).json();
      expect(seen.number).toBe(order.number);
      // the same key on the other process returns the same order
      const retry = await fetch(`${a.url}/api/orders`, { method: 'POST', headers: { ...h, 'idempotency-key': 'two-proc' }, body: '{}' });
      expect((await retry.json()).id).toBe(order.id);

      // one log line per request, never the password or the cookie
      const log = a.out.join('').split('\n').filter((l) => /^\d{4}-\d\d-\d\dT/.test(l)).join('\n');
      expect(log).toMatch(/POST \/api\/auth\/login 200 [\d.]+ms [\w-]+/);
      expect(log).not.toContain('kerf-demo-2026');
      expect(log).not.toContain(cookie.split('=')[1]);

      // a consistent copy of the running database
      const backup = join(dir, 'backup.db');
      const r = spawnSync(process.execPath, [join(root, 'bin/kerf.mjs'), 'backup', backup], { cwd: root, env: { ...process.env, KERF_DB_URL: env.KERF_DB_URL } });
      expect(r.status, r.stderr.toString()).toBe(0);
      const copy = createClient({ url: `file:${backup}` });
      expect((await copy.execute('select number from orders where id = ?', [order.id])).rows[0].number).toBe(order.number);
      copy.close();
      expect(spawnSync(process.execPath, [join(root, 'bin/kerf.mjs'), 'backup', backup], { cwd: root, env: { ...process.env, KERF_DB_URL: env.KERF_DB_URL } }).status).toBe(1);

      // SIGTERM while a slow quote is in flight: it still gets its answer, then the process exits 0
      const lines: string[] = ['0', 'SECTION', '2', 'ENTITIES'];
      for (let i = 0; i < 150_000; i++) {
        const x = (i % 500) * 10, y = Math.floor(i / 500) * 10;
        lines.push('0', 'CIRCLE', '8', '0', '10', String(x), '20', String(y), '30', '0', '40', '3');
      }
      lines.push('0', 'LWPOLYLINE', '8', '0', '90', '4', '70', '1', '10', '-10', '20', '-10', '10', '5000', '20', '-10', '10', '5000', '20', '3010', '10', '-10', '20', '3010');
      lines.push('0', 'ENDSEC', '0', 'EOF');
      const form = new FormData();
      form.set('file', new File([lines.join('\n')], 'big.dxf'));
      for (const [k, v] of Object.entries({ material: 'S235', thickness: '3', quantity: '1' })) form.set(k, v);
      const inFlight = fetch(`${a.url}/api/quote`, { method: 'POST', headers: { 'x-kerf-key': 'demo-public-key' }, body: form });
      await new Promise((r2) => setTimeout(r2, 100));
      // the big drawing is analyzed off the request thread: the server answers meanwhile
      const t0 = performance.now();
      expect((await fetch(`${a.url}/api/health`)).status).toBe(200);
      const healthMs = performance.now() - t0;
      a.child.kill('SIGTERM');
      const answer = await inFlight;
      expect(answer.status).toBe(422); // a 5 m plate does not fit a 3 m sheet: an answer all the same, after about half a second of analysis
      expect((await answer.json()).error.code).toBe('PART_TOO_LARGE');
      expect(await stopped(a)).toBe(0);
      expect(healthMs).toBeLessThan(200);
      // the other process goes on serving
      expect((await fetch(`${b.url}/api/health`)).status).toBe(200);
    } finally {
      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      await Promise.all([stopped(a), stopped(b)]);
    }
  }, 60_000);
});

describe('starting on a port in use', () => {
  it('says so in one line and exits 1, for npm start and kerf serve alike', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '0.0.0.0', r));
    const port = (taken.address() as { port: number }).port;
    try {
      for (const argv of [['scripts/start.mjs'], ['bin/kerf.mjs', 'serve']]) {
        const r = spawnSync(process.execPath, argv, {
          cwd: root, encoding: 'utf8', timeout: 30_000,
          env: { ...process.env, PORT: String(port), KERF_DB_URL: `file:${join(tmp(), 'busy.db')}`, KERF_DEMO: '0' },
        });
        expect(r.status, r.stderr).toBe(1);
        expect(r.stderr).toBe(`kerf: cannot start: port ${port} is in use; stop what runs there or set PORT to another port\n`);
      }
    } finally {
      taken.close();
    }
  }, 60_000);
});
