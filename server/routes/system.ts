import { createRoute, z } from '@hono/zod-openapi';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { App } from '../app.js';
import { json } from '../http/openapi.js';

const SWAGGER_FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

/** The interactive reference page: Swagger UI served from the package itself (no CDN). */
const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kerf API reference</title><link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="ui"></div><script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;
const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', deepLinking: true,
  requestInterceptor: (r) => { r.credentials = 'same-origin'; return r; } });`;

export function registerSystem(app: App) {
  app.openapi(createRoute({
    method: 'get', path: '/api/health', tags: ['Operations'], summary: 'For a load balancer: 200 when the database answers',
    responses: { 200: json(z.object({ status: z.literal('ok') })), 503: json(z.object({ status: z.literal('unavailable') }), 'Database unreachable') },
  }), async (c) => {
    try {
      await c.var.deps.db.run(sql`select 1`);
      return c.json({ status: 'ok' as const }, 200);
    } catch {
      return c.json({ status: 'unavailable' as const }, 503);
    }
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'cookie', { type: 'apiKey', in: 'cookie', name: 'kerf_session' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'embedKey', { type: 'apiKey', in: 'header', name: 'X-Kerf-Key' });
  app.doc31('/api/openapi.json', (c) => ({
    openapi: '3.1.0',
    info: {
      title: 'Kerf portal API',
      version: '0.1.0',
      description: 'Instant quoting and B2B ordering for laser-cut sheet metal. Sign in with `POST /api/auth/login` (demo: customer number 10001, buyer@acme.example, kerf-demo-2026); the session cookie then authorises the other calls. Errors are `{"error":{"code","message"}}`. Money in integer cents, lengths in mm.',
    },
    servers: [{ url: new URL(c.req.url).origin }],
    security: [{ cookie: [] }],
  }));

  app.get('/api/docs', (c) => c.html(DOCS_HTML, 200, { 'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'" }));
  app.get('/api/docs/init.js', (c) => c.body(DOCS_INIT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/api/docs/:file', async (c) => {
    const file = c.req.param('file');
    const type = SWAGGER_FILES[file];
    if (!type) return c.json({ error: { code: 'NOT_FOUND', message: 'No such file.' } }, 404);
    const dir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
    return c.body(await readFile(join(dir, file)), 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400' });
  });
}
