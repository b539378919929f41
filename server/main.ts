/**
 * Start the portal: open the database, apply migrations, seed the demo into an empty database
 * (KERF_DEMO=1), serve the app with @hono/node-server, deliver mails when SMTP is configured.
 * SIGTERM and SIGINT close the server cleanly: requests in flight finish first.
 */
import { serve, type ServerType } from '@hono/node-server';
import { pathToFileURL } from 'node:url';
import { createApp } from './app.js';
import { readEnv, shopFromEnv, type Env } from './config.js';
import { migrateDatabase, openDatabase } from './db/client.js';
import { DEMO_EMBED_KEY, DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from './demo/seed.js';
import { noMailer, smtpMailer } from './mail/mailer.js';
import { startOutboxSender } from './mail/outbox.js';
import { stopAnalysisWorker } from './services/analysis.js';
import { resumeImports } from './services/imports.js';
import { startMaintenance } from './services/maintenance.js';
import { startWebhookSender } from './services/webhooks.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(env: Env = readEnv(), out: (line: string) => void = (l) => process.stdout.write(l + '\n')): Promise<RunningServer> {
  const database = await openDatabase(env.KERF_DB_URL, env.KERF_DB_TOKEN);
  await migrateDatabase(database.db);
  const localUrl = `http://localhost:${env.PORT}`;
  const publicUrl = (env.KERF_PUBLIC_URL ?? localUrl).replace(/\/$/, '');
  const seeded = env.KERF_DEMO ? await seedDemo(database.db, { publicUrl }) : false;
  void resumeImports(database.db);
  const mailer = env.KERF_SMTP_URL ? smtpMailer(env.KERF_SMTP_URL, env.KERF_MAIL_FROM) : noMailer;
  const app = createApp({
    db: database.db,
    mailer,
    config: { publicUrl, trustProxy: env.KERF_TRUST_PROXY, logRequests: env.KERF_LOG === 'requests', portalOrigins: env.KERF_PORTAL_ORIGINS,
      shop: shopFromEnv(env), vatRate: env.KERF_VAT_PERCENT === undefined ? undefined : env.KERF_VAT_PERCENT / 100,
      paymentTermsDays: env.KERF_PAYMENT_TERMS_DAYS },
  });
  const sender = env.KERF_SMTP_URL ? startOutboxSender(database.db, mailer, Date.now) : null;
  const maintenance = startMaintenance(database.db, Date.now);
  // always on: webhooks need no SMTP, and deliveries written by a process that died are sent here
  const webhookSender = startWebhookSender(database.db, Date.now);

  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
    // a port in use is the usual reason: say so in one line instead of an unhandled 'error' event
    s.once('error', (e: NodeJS.ErrnoException) => {
      reject(new Error(e.code === 'EADDRINUSE' ? `port ${env.PORT} is in use; stop what runs there or set PORT to another port` : e.message));
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const base = env.KERF_PUBLIC_URL ? publicUrl : `http://localhost:${port}`;

  out(`Kerf portal on ${base}  (database ${env.KERF_DB_URL.replace(/\/\/[^@]*@/, '//…@')}${seeded ? ', demo data seeded' : ''})`);
  out(`  Shop website    ${base}/            (instant quotes with the demo embed key)`);
  out(`  Customer portal ${base}/portal/`);
  out(`  Back office     ${base}/admin/`);
  out(`  API reference   ${base}/api/docs`);
  out(`  OpenAPI         ${base}/api/openapi.json`);
  out(`  Health          ${base}/api/health`);
  out(`  Mail            ${env.KERF_SMTP_URL ? 'delivered over SMTP' : 'kept in the outbox (set KERF_SMTP_URL to deliver)'}`);
  if (env.KERF_DEMO) {
    out(`Demo logins (password ${DEMO_PASSWORD}), embed key ${DEMO_EMBED_KEY}:`);
    for (const l of DEMO_LOGINS) out(`  ${l.email.padEnd(24)} ${l.customerNumber ? `customer number ${l.customerNumber}` : 'staff, no customer number'}  ${l.who}`);
    out(`Try:  curl -c jar -H 'content-type: application/json' -d '{"customerNumber":"10001","email":"buyer@acme.example","password":"${DEMO_PASSWORD}"}' ${base}/api/auth/login`);
  }

  let closing: Promise<void> | null = null;
  const close = () => (closing ??= (async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      // idle keep-alive sockets would hold close() open; busy ones finish their request first
      (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    });
    maintenance.stop();
    await sender?.stop();
    await webhookSender.stop();
    await stopAnalysisWorker();
    (mailer as { close?: () => void }).close?.();
    database.close();
  })());
  return { url: base, port, close };
}

/** `node dist/server/main.js` and `kerf serve`: start and stop on SIGTERM/SIGINT. */
export async function runFromCli(): Promise<void> {
  let env: Env;
  try {
    env = readEnv();
  } catch (e) {
    process.stderr.write(`kerf: ${(e as Error).message}\n`);
    process.exit(2);
  }
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer(env);
  } catch (e) {
    // npm start, kerf serve and node dist/server/main.js: one line, no stack
    process.stderr.write(`kerf: cannot start: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      process.stdout.write(`Received ${signal}, finishing requests in flight…\n`);
      running.close().then(() => process.exit(0), () => process.exit(1));
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runFromCli().catch((e) => {
    process.stderr.write(`kerf: cannot start: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
