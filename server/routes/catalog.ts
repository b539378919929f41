import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { listTemplates, type LayerRole } from '../../sdk/index.js';
import type { App } from '../app.js';
import { hit, tooMany } from '../auth/throttle.js';
import { embedKeys } from '../db/schema.js';
import { clientIp } from '../http/client-ip.js';
import type { AppEnv } from '../http/context.js';
import { ApiError } from '../http/errors.js';
import { errors, json, jsonOrForm, Obj } from '../http/openapi.js';
import { FileField, MaterialId, Params, Quantity, QuoteSchema, TemplateName, Thickness } from '../http/schemas.js';
import { agreedCatalog, drawingFromDxf, drawingFromTemplate, operatorPricing, priceFor, pricingForCompany, type Drawing, type Pricing } from '../services/pricing.js';

const KEY_HEADER = 'x-kerf-key';

/** Any enabled embed key that allows this origin (for CORS preflights, which carry no key). */
async function originAllowed(c: Context<AppEnv>, origin: string): Promise<boolean> {
  const keys = await c.var.deps.db.select({ origins: embedKeys.origins }).from(embedKeys).where(eq(embedKeys.enabled, true));
  return keys.some((k) => k.origins.includes(origin));
}

/**
 * The pricing for this request: the signed-in customer's company, operator staff (default), or an
 * embed key of the shop's public site (default pricing, origin allow-list, throttled per key and
 * address, CORS for the allowed origins only, never cookies).
 */
async function requestPricing(c: Context<AppEnv>): Promise<{ pricing: Pricing; agreedOnly: boolean }> {
  const { db, clock } = c.var.deps;
  const auth = c.var.auth;
  const key = c.req.header(KEY_HEADER);
  if (key !== undefined) {
    const row = key.length <= 200 ? await db.select().from(embedKeys).where(eq(embedKeys.key, key)).get() : undefined;
    if (!row || !row.enabled) throw new ApiError(401, 'INVALID_KEY', 'The embed key is unknown or disabled.');
    const origin = c.req.header('origin');
    if (origin) {
      if (!row.origins.includes(origin)) throw new ApiError(403, 'FORBIDDEN_ORIGIN', 'This embed key is not allowed on this website.');
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Vary', 'Origin');
    }
    const now = clock();
    const w = await hit(db, `quote:${row.key}:${clientIp(c)}`, 60_000, now);
    if (w.count > row.ratePerMinute) throw tooMany(w, now, 'Too many quotes in a short time; please wait a moment.');
    const base = await operatorPricing(db);
    return { pricing: { ...base, allowed: null }, agreedOnly: false };
  }
  if (!auth) throw new ApiError(401, 'UNAUTHENTICATED', 'Please sign in, or send an embed key (X-Kerf-Key).');
  if (auth.companyId !== null) return { pricing: await pricingForCompany(db, auth.companyId), agreedOnly: true };
  const base = await operatorPricing(db);
  return { pricing: { ...base, allowed: null }, agreedOnly: false };
}

/** Layer roles by layer name (JSON bodies). */
export const LayerRoleMap = z.record(z.string().max(255), z.enum(['cut', 'engrave', 'bend', 'ignore'])).refine((m) => Object.keys(m).length <= 1000, 'at most 1,000 layers');

/**
 * Optional `layers`: layer roles over what the drawing's layer names and states say, as
 * `{ "BEND": "cut", "LOGO": "engrave" }` (in multipart a JSON string of it).
 */
export const LayersField = z.union([z.string().max(100_000), LayerRoleMap]).optional().openapi({
  description: 'Layer roles by layer name (cut, engrave, bend, ignore), over what the layer names and frozen/off states say; in multipart a JSON string',
  example: { BEND: 'cut', LOGO: 'engrave' },
});

/** The `layers` field as a map (a JSON string in multipart), or 400 VALIDATION_ERROR. */
export function layerOverrides(value: z.infer<typeof LayersField>): Record<string, LayerRole> | undefined {
  if (value === undefined || value === '') return undefined;
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new ApiError(400, 'VALIDATION_ERROR', 'layers: not JSON; send an object of layer names and roles (cut, engrave, bend, ignore).');
    }
  }
  const r = LayerRoleMap.safeParse(parsed);
  if (!r.success) throw new ApiError(400, 'VALIDATION_ERROR', 'layers: an object of layer names and roles (cut, engrave, bend, ignore) is expected.');
  return r.data;
}

/** A drawing from a multipart upload (`file`) or a JSON template; throws 422 with the analyzer's code. */
export async function drawingFromRequest(
  input: { file?: File; template?: string; params?: Record<string, unknown>; layers?: z.infer<typeof LayersField> },
): Promise<Drawing> {
  if (input.file) {
    const layers = layerOverrides(input.layers);
    return drawingFromDxf(input.file.name || 'drawing.dxf', new Uint8Array(await input.file.arrayBuffer()), layers);
  }
  if (input.template) return drawingFromTemplate(input.template, input.params ?? {}, layerOverrides(input.layers));
  throw new ApiError(400, 'VALIDATION_ERROR', 'Send a DXF as multipart field "file", or JSON with "template" and "params".');
}

const QuoteJson = z.object({ template: TemplateName, params: Params.default({}), material: MaterialId, thickness: Thickness, quantity: Quantity });
const QuoteForm = z.object({ file: FileField, material: MaterialId, thickness: Thickness, quantity: Quantity, layers: LayersField });

export function registerCatalog(app: App) {
  app.on('OPTIONS', ['/api/quote', '/api/catalog'], async (c) => {
    const origin = c.req.header('origin');
    if (!origin || !(await originAllowed(c, origin))) return c.body(null, 204);
    return c.body(null, 204, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': 'Content-Type, X-Kerf-Key',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    });
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/catalog', tags: ['Quoting'],
    summary: 'Materials and thicknesses this company may order, templates with parameter schemas, and the pricing profile for client-side quoting',
    description: 'Signed in: the active company\'s agreed materials and effective profile. With `X-Kerf-Key`: the shop\'s default pricing.',
    security: [{ cookie: [] }, { embedKey: [] }],
    responses: { 200: json(z.object({ catalog: Obj, profile: Obj, templates: z.array(Obj) }).passthrough()), 401: errors[401] },
  }), async (c) => {
    const { pricing, agreedOnly } = await requestPricing(c);
    const catalog = agreedOnly ? agreedCatalog(pricing) : pricing.catalog;
    return c.json({ catalog, profile: pricing.profile, templates: listTemplates() as unknown as Record<string, unknown>[], catalogVersion: pricing.catalogVersion }, 200);
  });

  app.openapi(createRoute({
    method: 'post', path: '/api/quote', tags: ['Quoting'],
    summary: 'The server\'s quote of a drawing (multipart `file`) or a template (JSON), as `kerf quote --json`',
    security: [{ cookie: [] }, { embedKey: [] }],
    request: {
      body: {
        required: false,
        content: {
          'application/json': { schema: QuoteJson },
          'multipart/form-data': { schema: QuoteForm },
        },
      },
    },
    responses: {
      200: json(QuoteSchema), 400: errors[400], 401: errors[401],
      403: json(Obj, 'Embed key not allowed on this origin (FORBIDDEN_ORIGIN)'),
      413: json(Obj, 'Drawing above 50 MB (FILE_TOO_LARGE)'),
      422: json(Obj, 'The drawing or part cannot be priced: the analyzer\'s or pricing\'s code (DXF_PARSE_ERROR, UNKNOWN_MATERIAL, …)'),
      429: json(Obj, 'Throttled (Retry-After)'),
    },
  }), async (c) => {
    const { pricing, agreedOnly } = await requestPricing(c);
    const req = jsonOrForm<z.infer<typeof QuoteJson> & { file?: File }>(c);
    const drawing = await drawingFromRequest(req);
    const q = priceFor(drawing.metrics, req.material, req.thickness, req.quantity, pricing, agreedOnly ? agreedCatalog(pricing) : pricing.catalog);
    return c.json(q as unknown as z.infer<typeof QuoteSchema>, 200);
  });
}
