// A standalone SVG preview of an analyzed part: plain strings, no DOM and no Node APIs, so it
// runs in a browser, a worker and on the server alike.

import { analyzeDxfSync } from '../analyze.js';
import { KerfError } from '../errors.js';
import type { AnalyzeOptions, AnalyzeResult } from '../types.js';
import { fmtCoord } from './contour-paths.js';

/**
 * Options of {@link previewSvg}.
 *
 * @example previewSvg(result, { title: 'bracket.dxf', width: 400, margin: 2 })
 */
export interface PreviewSvgOptions {
  /** Accessible title (`<title>`), escaped. */
  title?: string;
  /** `width` attribute: a number (px) or a CSS length such as `'100%'` or `'80mm'`. */
  width?: number | string;
  /** `height` attribute, as `width`. */
  height?: number | string;
  /** Space around the part's bounding box, mm. Default 5 % of the box's larger side. */
  margin?: number;
  /** Radius of the circles that mark healed gaps, mm. Default 1.5 % of the box's larger side. */
  gapMarkerRadius?: number;
  /**
   * Show the cut sequence (`result.sequence`): the rapid moves from the origin as a thin dashed
   * line (`kerf-rapid`), a dot at each lead-in (`kerf-lead-in`) and its number in the order
   * (`kerf-step`). Off by default.
   */
  sequence?: boolean;
}

/** The sequence's look (only in previews drawn with `sequence: true`). */
export const SEQUENCE_STYLE = [
  '.kerf-rapid{fill:none;stroke:var(--kerf-preview-rapid,#16a34a);stroke-width:1px;stroke-dasharray:3 3;vector-effect:non-scaling-stroke}',
  '.kerf-lead-in{fill:var(--kerf-preview-lead-in,#16a34a);stroke:none}',
  '.kerf-step{fill:var(--kerf-preview-step,#166534);font:600 1px sans-serif;text-anchor:middle;dominant-baseline:central}',
].join('');

/**
 * The default look. Every colour and the stroke width is a custom property with a fallback, so a
 * page that inlines the SVG restyles it by setting `--kerf-preview-*` on any ancestor (or by
 * its own rules for the classes). Strokes keep their width at any zoom
 * (`vector-effect: non-scaling-stroke`). The material is filled even-odd from all closed
 * contours, which is the analyzer's depth rule: holes show through, islands are filled again.
 *
 * @example
 * // a dark page: set the tokens on any ancestor of the inlined SVG
 * // .dark { --kerf-preview-material: #1e293b; --kerf-preview-outer: #e2e8f0; }
 * console.log(PREVIEW_STYLE.includes('--kerf-preview-outer')) // true
 */
export const PREVIEW_STYLE = [
  '.kerf-material{fill:var(--kerf-preview-material,#e2e8f0);stroke:none}',
  '.kerf-outer,.kerf-hole,.kerf-open,.kerf-gap{fill:none;stroke-width:var(--kerf-preview-stroke-width,1.5px);vector-effect:non-scaling-stroke;stroke-linejoin:round;stroke-linecap:round}',
  '.kerf-outer{stroke:var(--kerf-preview-outer,#1e293b)}',
  '.kerf-hole{stroke:var(--kerf-preview-hole,#2563eb)}',
  '.kerf-open{stroke:var(--kerf-preview-open,#ea580c);stroke-dasharray:6 4}',
  '.kerf-gap{stroke:var(--kerf-preview-gap,#dc2626);fill:var(--kerf-preview-gap-fill,rgba(220,38,38,.15))}',
].join('');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for XML character data and attribute values: & < > " ' escaped, and the
 * characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF) dropped.
 *
 * @example escapeXml('<b>"A&B"</b>') // '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;'
 */
export function escapeXml(text: string): string {
  return String(text)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A number from the result, refused unless finite: nothing but digits reaches an attribute. */
function num(v: unknown, what: string): number {
  const n = typeof v === 'number' ? v : NaN;
  if (!Number.isFinite(n)) {
    throw new KerfError('INVALID_OPTION', `previewSvg: ${what} is not a finite number; pass the result of analyzeDxf unchanged.`);
  }
  return n;
}

const LENGTH = /^\d+(\.\d+)?(px|mm|cm|in|pt|pc|em|rem|ex|vw|vh|%)?$/;

function sizeAttr(name: string, v: number | string | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'number' ? !(v > 0 && Number.isFinite(v)) : !LENGTH.test(v)) {
    throw new KerfError('INVALID_OPTION', `previewSvg: ${name} must be a positive number or a CSS length such as '100%' (got ${String(v)}).`);
  }
  return ` ${name}="${escapeXml(String(v))}"`;
}

function optionalLength(v: number | undefined, name: string, fallback: number): number {
  if (v === undefined) return fallback;
  if (!(typeof v === 'number' && v >= 0 && Number.isFinite(v))) {
    throw new KerfError('INVALID_OPTION', `previewSvg: ${name} must be a number of millimetres of 0 or more (got ${String(v)}).`);
  }
  return v;
}

/**
 * Render an analysis as a standalone SVG string (drawing coordinates in mm, y up).
 *
 * The analysis must carry geometry: analyze with `{ geometry: true }` (or use
 * {@link previewSvgFromDxf}). The `viewBox` is the bounding box plus `margin` on every side,
 * flipped by `transform="scale(1,-1)"` so the part is not upside down (a viewBox point
 * (x, -y) shows drawing point (x, y)). Styles, by class:
 *
 * - `kerf-material`: the material, filled even-odd from all closed contours (drawn first)
 * - `kerf-outer`: closed contours at even depth (outlines of material), dark stroke
 * - `kerf-hole`: closed contours at odd depth (holes), blue stroke
 * - `kerf-open`: open contours, orange dashed stroke
 * - `kerf-gap`: a circle at each healed gap (GAP_HEALED locations, at most 256), red
 *
 * The embedded `<style>` ({@link PREVIEW_STYLE}) reads custom properties a page can set:
 * `--kerf-preview-material`, `--kerf-preview-outer`, `--kerf-preview-hole`,
 * `--kerf-preview-open`, `--kerf-preview-gap`, `--kerf-preview-gap-fill`,
 * `--kerf-preview-stroke-width` (default 1.5px, not scaled with the part). The title and every
 * string taken from the result are escaped; numbers must be finite.
 *
 * @example
 * const r = await analyzeDxf(text, { geometry: true });
 * element.innerHTML = previewSvg(r, { title: file.name, width: '100%' });
 * @throws KerfError `INVALID_OPTION` if the result has no geometry or an option is out of range
 */
export function previewSvg(result: AnalyzeResult, options: PreviewSvgOptions = {}): string {
  const contours = result?.contours;
  if (!Array.isArray(contours) || contours.some((c) => typeof c?.path !== 'string')) {
    throw new KerfError('INVALID_OPTION', 'previewSvg needs the contours\' geometry: analyze with { geometry: true }.');
  }
  const bb = result.bbox;
  const minX = num(bb?.minX, 'bbox.minX'), minY = num(bb?.minY, 'bbox.minY');
  const maxX = num(bb?.maxX, 'bbox.maxX'), maxY = num(bb?.maxY, 'bbox.maxY');
  const size = Math.max(maxX - minX, maxY - minY) || 1;
  const m = optionalLength(options.margin, 'margin', 0.05 * size);
  const gapR = optionalLength(options.gapMarkerRadius, 'gapMarkerRadius', 0.015 * size);
  // y flipped: the drawing's [minY, maxY] shows as [-maxY, -minY]
  const viewBox = `${fmtCoord(minX - m)} ${fmtCoord(-(maxY + m))} ${fmtCoord(maxX - minX + 2 * m)} ${fmtCoord(maxY - minY + 2 * m)}`;

  const outer: string[] = [], holes: string[] = [], open: string[] = [], material: string[] = [];
  for (let i = 0; i < contours.length; i++) {
    const c = contours[i];
    const d = safe(c.path as string);
    if (!c.closed) {
      open.push(`<path class="kerf-open" d="${d}"/>`);
      continue;
    }
    material.push(d);
    const depth = num(c.depth, `contours[${i}].depth`);
    (depth % 2 === 0 ? outer : holes).push(`<path class="kerf-${depth % 2 === 0 ? 'outer' : 'hole'}" d="${d}"/>`);
  }
  const gaps: string[] = [];
  const healed = Array.isArray(result.warnings) ? result.warnings.find((w) => w?.code === 'GAP_HEALED') : undefined;
  for (const g of healed?.locations ?? []) {
    gaps.push(`<circle class="kerf-gap" cx="${fmtCoord(num(g?.x, 'gap x'))}" cy="${fmtCoord(num(g?.y, 'gap y'))}" r="${fmtCoord(gapR)}"/>`);
  }

  // concat, not push(...): a sheet's tens of thousands of holes would overflow the argument list
  let parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="kerf-preview" viewBox="${viewBox}"${sizeAttr('width', options.width)}${sizeAttr('height', options.height)} role="img">`,
  ];
  if (options.title !== undefined) parts.push(`<title>${escapeXml(String(options.title))}</title>`);
  parts.push(`<style>${PREVIEW_STYLE}</style>`, '<g transform="scale(1,-1)">');
  if (material.length) parts.push(`<path class="kerf-material" fill-rule="evenodd" d="${material.join('')}"/>`);
  parts = parts.concat(outer, holes, open, gaps);
  parts.push('</g>');
  if (options.sequence && result.sequence) parts = parts.concat(sequenceMarks(result.sequence, size));
  parts.push('</svg>');
  return parts.join('\n');
}

/** Rapid moves, lead-in dots and step numbers (outside the flipped group, so the numbers read upright). */
function sequenceMarks(seq: NonNullable<AnalyzeResult['sequence']>, size: number): string[] {
  const r = 0.008 * size, font = 0.025 * size;
  const steps = seq.leadIns;
  let d = `M${fmtCoord(num(seq.origin?.[0] ?? 0, 'origin'))} ${fmtCoord(-num(seq.origin?.[1] ?? 0, 'origin'))}`;
  const dots: string[] = [], labels: string[] = [];
  for (let k = 0; k < steps.length; k++) {
    const x = num(steps[k]?.x, 'lead-in x'), y = -num(steps[k]?.y, 'lead-in y');
    d += `L${fmtCoord(x)} ${fmtCoord(y)}`;
    dots.push(`<circle class="kerf-lead-in" cx="${fmtCoord(x)}" cy="${fmtCoord(y)}" r="${fmtCoord(r)}"/>`);
    labels.push(`<text class="kerf-step" x="${fmtCoord(x + 2.2 * r)}" y="${fmtCoord(y - 2.2 * r)}" style="font-size:${fmtCoord(font)}px">${k + 1}</text>`);
  }
  return [`<g class="kerf-sequence"><style>${SEQUENCE_STYLE}</style>`, `<path class="kerf-rapid" d="${d}"/>`, ...dots, ...labels, '</g>'];
}

/** A path string from the result, escaped only if it holds markup characters (ours never do). */
function safe(d: string): string {
  return /[&<>"'\u0000-\u001f]/.test(d) ? escapeXml(d) : d;
}

/**
 * Analyze a DXF synchronously with geometry and render it with {@link previewSvg}. On a
 * browser's main thread, `await loadCore()` once first (a large synchronous WebAssembly compile
 * is not allowed there).
 *
 * @example
 * const svg = previewSvgFromDxf(readFileSync('part.dxf', 'utf8'), { gapTolerance: 0.05 }, { title: 'part.dxf', width: 400 });
 * @throws KerfError as {@link analyzeDxfSync} and {@link previewSvg}
 */
export function previewSvgFromDxf(
  input: string | ArrayBuffer | Uint8Array,
  analyzeOptions: AnalyzeOptions = {},
  svgOptions: PreviewSvgOptions = {},
): string {
  return previewSvg(analyzeDxfSync(input, { ...analyzeOptions, geometry: true }), svgOptions);
}
