/**
 * Files for browsers: the component bundle at /kerf/* (any site may load it: CORS for everyone,
 * no cookies involved) and the demo sites at /, /portal/ and /admin/ (issue [4]).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';
import type { App } from '../app.js';
import { packageRoot } from '../db/client.js';
import type { AppEnv } from '../http/context.js';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.map': 'application/json',
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.dxf': 'application/dxf', '.wasm': 'application/wasm', '.ico': 'image/x-icon',
};

/** A file below `dir`, never outside it (no `..`, no absolute paths). */
async function fileIn(dir: string, rel: string): Promise<{ body: Buffer; type: string } | null> {
  const clean = normalize(decodeURIComponent(rel)).replace(/^([/\\])+/, '');
  if (clean.split(/[/\\]/).includes('..')) return null;
  const path = join(dir, clean);
  if (!path.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return null;
  try {
    if (!(await stat(path)).isFile()) return null;
    return { body: await readFile(path), type: TYPES[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

const notFound = (c: Context<AppEnv>) => c.json({ error: { code: 'NOT_FOUND', message: 'No such file.' } }, 404);

export function registerStatic(app: App) {
  const root = packageRoot();
  const bundle = join(root, 'dist', 'kerf');
  const site = join(root, 'demo', 'site');

  app.get('/kerf/*', async (c) => {
    const f = await fileIn(bundle, c.req.path.slice('/kerf/'.length));
    if (!f) return notFound(c);
    return c.body(new Uint8Array(f.body), 200, {
      'Content-Type': f.type,
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      // kerf.js and worker.js keep their names across releases; chunks carry a content hash
      'Cache-Control': /-[A-Z0-9]{8}\.js$/.test(c.req.path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    });
  });

  const page = async (c: Context<AppEnv>, rel: string) => {
    const f = await fileIn(site, rel);
    if (!f) return notFound(c);
    return c.body(new Uint8Array(f.body), 200, { 'Content-Type': f.type, 'Cache-Control': 'no-cache' });
  };
  app.get('/', (c) => page(c, 'index.html'));
  app.get('/portal', (c) => c.redirect('/portal/'));
  app.get('/admin', (c) => c.redirect('/admin/'));
  app.get('/portal/', (c) => page(c, 'portal/index.html'));
  app.get('/admin/', (c) => page(c, 'admin/index.html'));
  app.get('/site/*', (c) => page(c, c.req.path.slice('/site/'.length)));
}
