/**
 * The portal API: `createApp({ db, mailer, clock })` returns a Hono app (ARCHITECTURE.md). Tests
 * call `app.request()`; server/main.ts serves it with @hono/node-server.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { randomUUID } from 'node:crypto';
import type { Context, Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { loadAuth } from './auth/sessions.js';
import type { AppConfig } from './config.js';
import type { Db } from './db/client.js';
import type { AppEnv, Deps } from './http/context.js';
import { ApiError, errorResponse } from './http/errors.js';
import { noMailer, type Mailer } from './mail/mailer.js';
import { registerAdmin } from './routes/admin.js';
import { IMAGE_LIMIT, registerAdminArticles } from './routes/admin-articles.js';
import { registerArticles } from './routes/articles.js';
import { registerAuth } from './routes/auth.js';
import { registerBasket } from './routes/basket.js';
import { registerCatalog } from './routes/catalog.js';
import { registerCompany } from './routes/company.js';
import { registerDashboard } from './routes/dashboard.js';
import { registerImports } from './routes/imports.js';
import { registerExports } from './routes/exports.js';
import { registerOrders } from './routes/orders.js';
import { registerOrderChanges } from './routes/order-changes.js';
import { registerParts } from './routes/parts.js';
import { registerPlanning } from './routes/planning.js';
import { registerQuotes } from './routes/quotes.js';
import { registerStatements } from './routes/statements.js';
import { registerReturns } from './routes/returns.js';
import { registerStatic } from './routes/static.js';
import { registerSystem } from './routes/system.js';
import { registerWebhooks } from './routes/webhooks.js';
import { ATTACHMENT_LIMIT } from './services/files.js';

export interface AppOptions {
  db: Db;
  mailer?: Mailer;
  clock?: () => number;
  config?: Partial<AppConfig>;
  /** Where request lines and unexpected errors go (default stdout / stderr). */
  log?: (line: string) => void;
  logError?: (err: unknown) => void;
}

/** Drawings may be 50 MB (API.md); a multipart envelope adds a little. */
export const DRAWING_LIMIT = 50 * 1024 * 1024;
const UPLOAD_LIMIT = DRAWING_LIMIT + 1024 * 1024;
/** A bulk import (sheet plus drawings or a zip) may be 200 MB (issue [5]). */
const IMPORT_LIMIT = 200 * 1024 * 1024 + 1024 * 1024;
const JSON_LIMIT = 1024 * 1024;
const UPLOAD_PATHS = /^\/api\/(parts(\/\d+)?|quote|imports\/\d+\/rows\/\d+\/drawing)$/;
/** Article images (issue [7]): IMAGE_LIMIT, with room for the multipart envelope. */
const IMAGE_PATHS = /^\/api\/admin\/articles\/\d+\/image$/;
/**
 * Files on orders, receipt photos and return photos (issue [8]): 20 MB each (checked per file by
 * services/files.ts), up to five in one request.
 */
const ATTACHMENT_PATHS = /^\/api\/(admin\/)?(orders\/\d+\/(attachments|receipt)|returns(\/\d+\/attachments)?)$/;
const ATTACHMENTS_REQUEST_LIMIT = 5 * ATTACHMENT_LIMIT + 1024 * 1024;
/** An article sheet (issue [7]): no drawings, so 20 MB is a generous catalog. */
const ARTICLE_SHEET_LIMIT = 20 * 1024 * 1024;

export type App = OpenAPIHono<AppEnv>;

export function createApp(options: AppOptions): App {
  const config: AppConfig = {
    publicUrl: 'http://localhost:8787',
    trustProxy: false,
    logRequests: false,
    portalOrigins: [],
    ...options.config,
  };
  const deps: Deps = { db: options.db, mailer: options.mailer ?? noMailer, clock: options.clock ?? Date.now, config };
  const log = options.log ?? ((line: string) => process.stdout.write(line + '\n'));
  const logError = options.logError ?? ((e: unknown) => process.stderr.write(`kerf: unexpected error: ${e instanceof Error ? e.stack : String(e)}\n`));
  const publicOrigin = new URL(config.publicUrl).origin;
  const portalOrigins = new Set(config.portalOrigins);

  const app: App = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue.path.join('.');
        return c.json({ error: { code: 'VALIDATION_ERROR', message: `${where ? where + ': ' : ''}${issue.message}` } }, 400);
      }
    },
  });

  app.use('*', async (c, next) => {
    const started = performance.now();
    const rid = c.req.header('x-request-id')?.slice(0, 64).replace(/[^\w.-]/g, '') || randomUUID();
    c.set('requestId', rid);
    c.set('deps', deps);
    c.set('auth', null);
    await next();
    c.header('X-Request-Id', rid);
    if (config.logRequests) {
      // the path only: never a query string, body, cookie or token
      log(`${new Date().toISOString()} ${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms ${rid}`);
    }
  });
  app.use('*', secureHeaders({ crossOriginResourcePolicy: false }));
  app.use('/api/*', (c, next) => {
    const limit = c.req.path === '/api/imports' ? IMPORT_LIMIT : UPLOAD_PATHS.test(c.req.path) ? UPLOAD_LIMIT
      : IMAGE_PATHS.test(c.req.path) ? IMAGE_LIMIT + 64 * 1024 : ATTACHMENT_PATHS.test(c.req.path) ? ATTACHMENTS_REQUEST_LIMIT : c.req.path === '/api/admin/articles/import' || c.req.path === '/api/plan/import' ? ARTICLE_SHEET_LIMIT : JSON_LIMIT;
    return bodyLimit({
      maxSize: limit,
      onError: (c2) => {
        const upload = limit !== JSON_LIMIT;
        return c2.json({
          error: {
            code: upload ? 'FILE_TOO_LARGE' : 'PAYLOAD_TOO_LARGE',
            message: limit === IMPORT_LIMIT ? 'An import (sheet and drawings) may be at most 200 MB.'
              : limit === ARTICLE_SHEET_LIMIT ? 'A sheet may be at most 20 MB.'
              : limit === ATTACHMENTS_REQUEST_LIMIT ? 'Files may be at most 20 MB each, 100 MB in one upload.'
              : limit < UPLOAD_LIMIT && upload ? 'Images may be at most 2 MB.'
              : upload ? `Drawings may be at most ${DRAWING_LIMIT / 1048576} MB.` : 'The request body is too large.',
          },
        }, 413);
      },
    })(c, next);
  });
  // the signed-in portal embedded on the shop's own site: CORS with credentials for those origins only
  if (portalOrigins.size) {
    app.use('/api/*', async (c, next) => {
      const origin = c.req.header('origin');
      if (!origin || !portalOrigins.has(origin)) return next();
      if (c.req.method === 'OPTIONS') {
        return c.body(null, 204, {
          'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin',
          'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
          'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, X-Kerf-Key', 'Access-Control-Max-Age': '600',
        });
      }
      await next();
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Credentials', 'true');
      c.header('Vary', 'Origin');
    });
  }
  // cookie sessions only from the portal's own pages (the embed-key quote is cross-origin by design)
  app.use('/api/*', async (c: Context<AppEnv>, next: Next) => {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) && c.req.path !== '/api/quote') {
      const origin = c.req.header('origin');
      const own = new URL(c.req.url).origin;
      const trusted = !!origin && portalOrigins.has(origin);
      if ((origin && origin !== own && origin !== publicOrigin && !trusted) || (c.req.header('sec-fetch-site') === 'cross-site' && !trusted)) {
        throw new ApiError(403, 'FORBIDDEN_ORIGIN', 'Requests that change data must come from the portal itself.');
      }
    }
    c.set('auth', await loadAuth(c));
    await next();
  });

  registerSystem(app);
  registerAuth(app);
  registerCatalog(app);
  registerExports(app); // before parts and admin: their /{id} would take `export.xlsx` and `export`
  registerParts(app);
  registerImports(app);
  registerArticles(app);
  registerBasket(app);
  registerOrders(app);
  registerOrderChanges(app);
  registerQuotes(app);
  registerReturns(app);
  registerCompany(app);
  registerStatements(app);
  registerPlanning(app);
  registerDashboard(app);
  registerAdmin(app);
  registerAdminArticles(app);
  registerWebhooks(app);
  registerStatic(app);

  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: 'No such route.' } }, 404));
  app.onError((err, c) => errorResponse(err, c, logError));
  return app;
}
