/**
 * Parametric parts: common laser-cut shapes generated from a few numbers, as DXF plus metrics
 * computed from their formulas. No Node imports: runs in browsers too.
 *
 * @example
 * import { generateTemplate } from 'kerf';
 * const part = generateTemplate('flange', { outerDiameter: 200, holeCount: 6 });
 * part.metrics.pierces; // 8 (outline, bore, 6 bolt holes)
 */
import { KerfError } from '../errors.js';
import { writeDxf, type DxfVersion } from './dxf-writer.js';
import { fmt, TEMPLATES, type Labels, type TemplateMetrics, type TemplateParams, type TemplateParamSchema } from './templates.js';

export { formatDxfNumber, writeDxf } from './dxf-writer.js';
export type { DxfCircle, DxfPolyline, DxfShape, DxfVersion } from './dxf-writer.js';
export { MIN_WEB } from './templates.js';
export type { Labels, TemplateMetrics, TemplateParams, TemplateParamSchema } from './templates.js';

/** The names of the built-in templates. */
export type TemplateName = 'rectangle' | 'disc' | 'ring' | 'flange' | 'hole-plate' | 'oblong' | 'polygon';

/** A template as a configurator shows it: its name, labels and parameter schema (plain data). */
export interface TemplateInfo {
  name: TemplateName;
  labels: Labels;
  params: TemplateParamSchema[];
}

/** The result of {@link generateTemplate}. */
export interface GeneratedTemplate {
  name: TemplateName;
  /** Every parameter of the template, defaults filled in, as numbers. */
  params: TemplateParams;
  /** The part as a millimetre DXF document. */
  dxf: string;
  /** Metrics computed from the template's formulas; analyzing `dxf` gives the same. */
  metrics: TemplateMetrics;
}

/** Options of {@link generateTemplate}. */
export interface GenerateTemplateOptions {
  /** DXF flavour: `R2000` (default, LWPOLYLINE) or `R12` (POLYLINE/VERTEX, for old readers). */
  dxfVersion?: DxfVersion;
}

function find(name: unknown) {
  const t = TEMPLATES.find((x) => x.name === name);
  if (!t) {
    throw new KerfError('UNKNOWN_TEMPLATE',
      `There is no template named "${String(name)}". Available templates: ${TEMPLATES.map((x) => x.name).join(', ')}.`);
  }
  return t;
}

function copySchema(p: TemplateParamSchema): TemplateParamSchema {
  return { ...p, labels: { ...p.labels } };
}

/**
 * The built-in templates with their labels (en, de, fr) and parameter schemas. A fresh copy on
 * every call, safe to modify or send as JSON.
 *
 * @example
 * for (const t of listTemplates()) console.log(t.name, t.labels.de, t.params.map((p) => p.name));
 * // rectangle Rechteck [ 'width', 'height', 'cornerRadius' ] …
 */
export function listTemplates(): TemplateInfo[] {
  return TEMPLATES.map((t) => ({
    name: t.name as TemplateName,
    labels: { ...t.labels },
    params: t.params.map(copySchema),
  }));
}

/** Read a parameter value: numbers and numeric strings (as the CLI and forms send them) are accepted. */
function toNumber(template: string, p: TemplateParamSchema, value: unknown): number {
  let x: number = NaN;
  if (typeof value === 'number') x = value;
  else if (typeof value === 'string' && value.trim() !== '') x = Number(value.trim());
  if (!Number.isFinite(x)) {
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    throw new KerfError('INVALID_PARAMETER', `${template}: ${p.name} must be a number in ${p.unit === 'mm' ? 'millimetres' : 'whole units'}; got ${shown}.`);
  }
  return x;
}

/**
 * Fill in defaults, check every value against its schema (number, whole number, min, max) and
 * the template's cross-checks, and return the complete parameter set. Throws KerfError
 * `UNKNOWN_TEMPLATE` or `INVALID_PARAMETER` with a plain-language message naming the parameter and
 * the limit. Useful for validating a form before generating anything.
 *
 * @example
 * resolveTemplateParams('ring', { outerDiameter: '80' }); // { outerDiameter: 80, innerDiameter: 50 }
 * resolveTemplateParams('ring', { innerDiameter: 120 });  // throws INVALID_PARAMETER: innerDiameter … at most 98 mm
 */
export function resolveTemplateParams(name: string, params: Record<string, unknown> = {}): TemplateParams {
  const t = find(name);
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new KerfError('INVALID_PARAMETER', `${t.name}: parameters must be an object of name → number.`);
  }
  const known = new Set(t.params.map((p) => p.name));
  for (const key of Object.keys(params)) {
    if (!known.has(key)) {
      throw new KerfError('INVALID_PARAMETER',
        `${t.name} has no parameter "${key}"; its parameters are ${[...known].join(', ')}.`);
    }
  }
  const out: TemplateParams = {};
  for (const p of t.params) {
    const raw = Object.hasOwn(params, p.name) ? params[p.name] : undefined;
    const x = raw === undefined || raw === null ? p.default : toNumber(t.name, p, raw);
    const unit = p.unit === 'mm' ? ' mm' : '';
    if (p.type === 'integer' && !Number.isInteger(x)) {
      throw new KerfError('INVALID_PARAMETER', `${t.name}: ${p.name} must be a whole number; got ${fmt(x)}.`);
    }
    if (x < p.min) {
      throw new KerfError('INVALID_PARAMETER', `${t.name}: ${p.name} must be at least ${fmt(p.min)}${unit}; got ${fmt(x)}${unit}.`);
    }
    if (x > p.max) {
      throw new KerfError('INVALID_PARAMETER', `${t.name}: ${p.name} must be at most ${fmt(p.max)}${unit}; got ${fmt(x)}${unit}.`);
    }
    out[p.name] = x;
  }
  t.check(out);
  return out;
}

/**
 * Generate a parametric part: the resolved parameters, a millimetre DXF (`$INSUNITS 4`, closed
 * LWPOLYLINEs with bulges and CIRCLEs) and its metrics computed from the template's formulas.
 * Missing parameters take their defaults; numeric strings are accepted. Throws KerfError
 * `UNKNOWN_TEMPLATE` or `INVALID_PARAMETER`.
 *
 * @example
 * const part = generateTemplate('rectangle', { width: 120, height: 80, cornerRadius: 10 });
 * part.metrics.cutLength;      // 2·(120+80) − 8·10 + 2π·10 ≈ 382.83
 * analyzeDxfSync(part.dxf).cutLength === part.metrics.cutLength; // equal up to rounding
 */
export function generateTemplate(
  name: string,
  params: Record<string, unknown> = {},
  options: GenerateTemplateOptions = {},
): GeneratedTemplate {
  const resolved = resolveTemplateParams(name, params);
  const t = find(name);
  const metrics = t.metrics(resolved);
  const dxf = writeDxf(t.shapes(resolved), { version: options.dxfVersion, bbox: metrics.bbox });
  return { name: t.name as TemplateName, params: resolved, dxf, metrics };
}
