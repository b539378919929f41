import { CONTOUR_STRIDE, CoreStatus, type CoreResult, type KerfCore, loadCore, loadCoreSync } from './core/core.js';
import { convertDrawing, convertEntities, type ConvertReport } from './dxf/convert.js';
import { checkLayerOverrides, LayerRoles, recordsLength } from './dxf/layers.js';
import { checkDxfBytes, checkDxfStart, type KerfDrawing, readDxfBytes, releaseTapes } from './dxf/kerf-reader.js';
import type { readDxf } from './dxf/read.js';
import { resolveUnits } from './dxf/units.js';
import { KerfError } from './errors.js';
import { scale } from './geometry/affine.js';
import { GeometryBuffer } from './geometry/buffer.js';
import { contourPaths, DEFAULT_FLATTEN_TOLERANCE } from './preview/contour-paths.js';
import { healedGeometry } from './heal/healed-geometry.js';
import { AUTO_SEQUENCE_CONTOURS, AUTO_SEQUENCE_SEGMENTS, sequenceFromCore } from './sequence/cut-sequence.js';
import type { SideRecords } from './dxf/convert.js';
import type {
  AnalysisMetrics, AnalysisWarning, AnalyzeOptions, AnalyzeProgress, AnalyzeResult, BoundingBox, Contour, LayerRole,
} from './types.js';

/** Default largest drawing accepted, bytes. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Default largest number of primitive segments after block expansion. */
export const DEFAULT_MAX_SEGMENTS = 1_000_000;
/** Default gap tolerance, mm. */
export const DEFAULT_GAP_TOLERANCE = 0.01;

/** Timings of one analysis, ms (for the benchmark). */
export interface AnalyzeTimings {
  parse: number;
  pack: number;
  core: number;
  result: number;
}

/** The DXF readers `options.reader` chooses from. */
export type DxfReaderName = 'kerf' | 'dxf-parser';

// dxf-parser (the reference reader) is loaded only when asked for, so the default path neither
// parses nor compiles it: `kerf analyze` starts faster.
let referenceReader: typeof readDxf | undefined;

/**
 * Load the reference reader (dxf-parser with Kerf's handlers) for `reader: 'dxf-parser'`.
 * `analyzeDxf` does this itself; call it once before `analyzeDxfSync` / `analyzeWith` with that reader.
 * @example await loadReferenceReader(); analyzeDxfSync(text, { reader: 'dxf-parser' });
 */
export async function loadReferenceReader(): Promise<void> {
  referenceReader ??= (await import('./dxf/read.js')).readDxf;
}

function checkOptions(options: AnalyzeOptions): {
  tol: number; flattenTol: number; maxBytes: number; maxSegments: number; reader: DxfReaderName; layers?: Record<string, LayerRole>;
} {
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') {
    throw new KerfError('INVALID_OPTION', 'onProgress must be a function.');
  }
  const reader = options.reader ?? 'kerf';
  if (reader !== 'kerf' && reader !== 'dxf-parser') {
    throw new KerfError('INVALID_OPTION', `Unknown DXF reader "${String(reader)}": use kerf or dxf-parser.`);
  }
  const tol = options.gapTolerance ?? DEFAULT_GAP_TOLERANCE;
  if (!(tol > 0) || !(tol <= 10)) {
    throw new KerfError('INVALID_OPTION', `Gap tolerance must be a number of millimetres above 0 and at most 10 (got ${tol}).`);
  }
  const flattenTol = options.flattenTolerance ?? DEFAULT_FLATTEN_TOLERANCE;
  if (!(flattenTol >= 1e-6) || !(flattenTol <= 100)) {
    throw new KerfError('INVALID_OPTION', `Flatten tolerance must be a number of millimetres from 0.000001 to 100 (got ${flattenTol}).`);
  }
  return {
    tol,
    flattenTol,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxSegments: options.maxSegments ?? DEFAULT_MAX_SEGMENTS,
    reader,
    layers: checkLayerOverrides(options.layers),
  };
}

/** From this many segments on, `onProgress` hears 'result' while the result is built. */
const RESULT_PROGRESS_SEGMENTS = 20_000;

/**
 * The running figures of one analysis for `onProgress`. An exception the caller's function throws
 * is kept, so that it leaves the analysis as it was thrown and not as a reader failure.
 */
class Progress {
  bytesRead = 0;
  totalBytes = 0;
  entities = 0;
  segments = 0;
  failure: { error: unknown } | undefined;
  constructor(private readonly fn: (p: AnalyzeProgress) => void) {}

  report(stage: AnalyzeProgress['stage']): void {
    try {
      this.fn({ stage, bytesRead: this.bytesRead, totalBytes: this.totalBytes, entities: this.entities, segments: this.segments });
    } catch (e) {
      this.failure = { error: e };
      throw e;
    }
  }

}

/** Kerf's reader with `onProgress` calls: at the start, after about every MB, and at the end. */
function readReporting(bytes: Uint8Array, progress: Progress, core: KerfCore): KerfDrawing {
  progress.totalBytes = bytes.length;
  progress.report('read');
  let drawing: KerfDrawing;
  try {
    drawing = readDxfBytes(bytes, (bytesRead, entities) => {
      progress.bytesRead = bytesRead;
      progress.entities = entities;
      progress.report('read');
    }, core);
  } catch (e) {
    // the reader reports anything thrown inside it as a damaged file: not the caller's own error
    throw progress.failure ? progress.failure.error : e;
  }
  progress.bytesRead = bytes.length;
  progress.entities = drawing.model.count;
  progress.report('pack');
  return drawing;
}

/** Byte length of a string in UTF-8, without encoding it. */
function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // 2 bytes below U+0800, 3 above; a surrogate pair (2 units) is 4 bytes
    if (c >= 0x80) n += c < 0x800 ? 1 : c >= 0xd800 && c <= 0xdfff ? 1 : 2;
  }
  return n;
}

function checkBytes(input: string | ArrayBuffer | Uint8Array, maxBytes: number): void {
  // a string's UTF-8 size is at least its length in UTF-16 units and at most three times it:
  // count the bytes only when that range straddles the limit
  const bytes = typeof input !== 'string' ? input.byteLength
    : input.length > maxBytes || input.length * 3 <= maxBytes ? input.length : utf8Length(input);
  if (bytes > maxBytes) {
    throw new KerfError(
      'FILE_TOO_LARGE',
      `The drawing is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB.`,
    );
  }
}

function toText(input: string | ArrayBuffer | Uint8Array, maxBytes: number): string {
  checkBytes(input, maxBytes);
  if (typeof input === 'string') return input;
  return new TextDecoder('utf-8').decode(input);
}

function toBytes(input: string | ArrayBuffer | Uint8Array, maxBytes: number): Uint8Array {
  checkBytes(input, maxBytes);
  if (typeof input === 'string') return new TextEncoder().encode(input);
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/**
 * Analyze a DXF drawing: cut length, pierces, contours, areas, bounding box and warnings, in mm.
 * Loads the WebAssembly core on first use.
 *
 * @example
 * const r = await analyzeDxf(await file.text());
 * console.log(r.cutLength, r.pierces, r.netArea);
 * @example
 * // with each contour's geometry as an SVG path (for previewSvg)
 * const g = await analyzeDxf(text, { geometry: true });
 * g.contours[0].path; // 'M10 0L110 0A10 10 0 0 1 120 10…Z'
 * @throws KerfError with a stable `code` (DXF_PARSE_ERROR, NO_CUT_GEOMETRY, FILE_TOO_LARGE, …)
 */
export async function analyzeDxf(input: string | ArrayBuffer | Uint8Array, options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  if (options.reader === 'dxf-parser') await loadReferenceReader();
  return analyzeWith(await loadCore(), input, options);
}

/**
 * The synchronous form of {@link analyzeDxf}, for Node and workers.
 * @example const r = analyzeDxfSync(readFileSync('part.dxf', 'utf8'), { units: 'in' });
 */
export function analyzeDxfSync(input: string | ArrayBuffer | Uint8Array, options: AnalyzeOptions = {}): AnalyzeResult {
  return analyzeWith(loadCoreSync(), input, options);
}

/**
 * The buffer every analysis packs into, kept from one to the next: optimized packing code holds on
 * to the buffer it ran with, and one that died made each full collection throw that code away
 * (see kerf-reader.ts). After a big drawing its memory goes (clear's limit, about 16 MB).
 */
const packBuffer = new GeometryBuffer(4096);
const PACK_KEEP_VALUES = 1 << 21;

/** Analyze with a given core instance; `timings` (if given) receives the time of each stage. */
export function analyzeWith(
  core: KerfCore,
  input: string | ArrayBuffer | Uint8Array,
  options: AnalyzeOptions = {},
  timings?: AnalyzeTimings,
): AnalyzeResult {
  const { tol, flattenTol, maxBytes, maxSegments, reader, layers } = checkOptions(options);
  // the reader's tapes, the pack buffer and the core's memory serve one analysis at a time
  if (analyzing) {
    throw new KerfError('INVALID_OPTION', 'An analysis was started from inside another one (a callback of it); start it after the first returns.');
  }
  analyzing = true;
  try {
    return analyzePacked(core, input, options, tol, flattenTol, maxBytes, maxSegments, reader, layers, timings);
  } finally {
    analyzing = false;
    packBuffer.clear(PACK_KEEP_VALUES);
  }
}

let analyzing = false;

function analyzePacked(
  core: KerfCore,
  input: string | ArrayBuffer | Uint8Array,
  options: AnalyzeOptions,
  tol: number,
  flattenTol: number,
  maxBytes: number,
  maxSegments: number,
  reader: DxfReaderName,
  layers: Record<string, LayerRole> | undefined,
  timings?: AnalyzeTimings,
): AnalyzeResult {
  const geometry = options.geometry === true;
  const healed = options.healed === true;
  const sequence = options.sequence === true ? {} : options.sequence || undefined;
  const autoSequence = options.sequence === undefined;
  const progress = options.onProgress ? new Progress(options.onProgress) : undefined;
  const side = healed ? { engrave: new GeometryBuffer(256), bend: new GeometryBuffer(256) } : undefined;
  const { buf, report, units } = readAndPack(core, input, reader, options.units, maxBytes, maxSegments, layers, timings, progress, side);
  if (progress) {
    progress.segments = buf.segments;
    progress.report('measure');
  }
  let t = performance.now();
  const packed = buf.view();
  // a part's sequence is planned unasked: the segments it needs are views, no copies
  const plan = sequence !== undefined || (autoSequence && buf.segments <= AUTO_SEQUENCE_SEGMENTS);
  const raw = core.run(packed, tol, geometry || healed || plan);
  const t2 = performance.now();
  if (timings) timings.core = t2 - t;
  t = t2;
  if (raw.status !== CoreStatus.OK) throw coreError(raw, report);
  // a big drawing's result takes a while (the paths or the cut sequence of 40,000 holes up to a
  // second): 'result' is reported before each of its parts
  const building = progress && buf.segments >= RESULT_PROGRESS_SEGMENTS ? progress : undefined;
  building?.report('result');
  const result = buildResult(raw, report, tol, packed);
  if (geometry) {
    building?.report('result');
    // raw's arrays are views into the core's memory: read before anything runs the core again
    const paths = contourPaths(raw, packed, flattenTol);
    for (let i = 0; i < paths.length; i++) result.contours[i].path = paths[i];
  }
  if (healed) {
    building?.report('result');
    result.healed = healedGeometry(raw, packed, side);
  }
  if (sequence) {
    building?.report('result');
    result.sequence = sequenceFromCore(raw, packed, sequence);
  } else if (plan && result.contours.length <= AUTO_SEQUENCE_CONTOURS) result.sequence = sequenceFromCore(raw, packed);
  result.sourceUnits = units.sourceUnits;
  if (units.unitless) {
    result.warnings.push({
      code: 'UNITLESS_DRAWING',
      message: 'The drawing does not say which units it uses; it was read as millimetres. Check the size, or set the units in CAD ($INSUNITS) or when uploading.',
    });
  }
  if (timings) timings.result = performance.now() - t;
  progress?.report('done');
  return result;
}

/**
 * Parse and pack. A function of its own so that the parsed document (the largest thing alive,
 * about three times the file in memory) is garbage before the core runs and results are built.
 */
function readAndPack(
  core: KerfCore,
  input: string | ArrayBuffer | Uint8Array,
  reader: DxfReaderName,
  unitsOption: AnalyzeOptions['units'],
  maxBytes: number,
  maxSegments: number,
  layers: Record<string, LayerRole> | undefined,
  timings?: AnalyzeTimings,
  progress?: Progress,
  side?: SideRecords,
): { buf: GeometryBuffer; report: ConvertReport; units: ReturnType<typeof resolveUnits> } {
  if (reader === 'kerf') return readAndPackKerf(core, input, unitsOption, maxBytes, maxSegments, layers, timings, progress, side);
  if (!referenceReader) {
    throw new KerfError('INVALID_OPTION', 'The dxf-parser reader is not loaded: await loadReferenceReader() first, or use analyzeDxf.');
  }
  let t = performance.now();
  const text = toText(input, maxBytes);
  if (progress) {
    // dxf-parser reads in one go: its start and its end
    progress.totalBytes = typeof input === 'string' ? utf8Length(input) : input.byteLength;
    progress.report('read');
  }
  const doc = referenceReader(text);
  if (progress) {
    progress.bytesRead = progress.totalBytes;
    progress.entities = doc.entities.length;
    progress.report('pack');
  }
  const units = resolveUnits(doc.header.$INSUNITS, unitsOption);
  const t2 = performance.now();
  if (timings) timings.parse = t2 - t;
  t = t2;
  const buf = packBuffer;
  buf.clear();
  buf.expect(doc.entities.length * 8);
  const report = convertEntities(doc.entities, doc.blocks, scale(units.factor, units.factor), buf, maxSegments, new LayerRoles(doc.layers, layers), side);
  if (buf.segments === 0) throw noGeometry(report);
  if (timings) timings.pack = performance.now() - t;
  return { buf, report, units };
}

/** The same with Kerf's own reader: bytes → tapes → buffer, no parsed document. */
function readAndPackKerf(
  core: KerfCore,
  input: string | ArrayBuffer | Uint8Array,
  unitsOption: AnalyzeOptions['units'],
  maxBytes: number,
  maxSegments: number,
  layers: Record<string, LayerRole> | undefined,
  timings?: AnalyzeTimings,
  progress?: Progress,
  side?: SideRecords,
): { buf: GeometryBuffer; report: ConvertReport; units: ReturnType<typeof resolveUnits> } {
  let t = performance.now();
  const bytes = toBytes(input, maxBytes);
  if (typeof input === 'string') checkDxfStart(input.slice(0, 1 << 16));
  else checkDxfBytes(bytes);
  let buf: GeometryBuffer, report: ConvertReport, units: ReturnType<typeof resolveUnits>;
  try {
    // the core reads the runs of plain entities (its memory is free: the analysis comes after)
    const drawing = progress ? readReporting(bytes, progress, core) : readDxfBytes(bytes, undefined, core);
    units = resolveUnits(drawing.insunits, unitsOption);
    const t2 = performance.now();
    if (timings) timings.parse = t2 - t;
    t = t2;
    buf = packBuffer;
    buf.clear();
    // packed records take about 1.15 values per tape value (circles 10 for 8, INSERTs more): room
    // for 1.5 grows the buffer once, not twice with a copy of tens of MB on a big drawing
    buf.expect(Math.max(drawing.model.count * 8, Math.ceil(drawing.model.length * 1.5)));
    report = convertDrawing(drawing, scale(units.factor, units.factor), buf, maxSegments, new LayerRoles(drawing.layers, layers), side);
  } finally {
    releaseTapes();
  }
  if (buf.segments === 0) throw noGeometry(report);
  if (timings) timings.pack = performance.now() - t;
  return { buf, report, units };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function ignoredSummary(report: ConvertReport): string {
  const kinds = [...report.ignored.entries()].map(([k, n]) => `${n} ${k}`);
  const skipped = [...report.skipped.entries()].map(([k, n]) => `${n} × ${k}`);
  const layers = [...report.layers.values()].filter((l) => l.role !== 'cut' && l.entities > 0).map((l) => `${l.name} (${l.role})`);
  return (kinds.length ? ` It holds only ${kinds.join(', ')}, which are not cut.` : '')
    + (layers.length ? ` Layers not cut: ${layers.join(', ')}; set their role to cut if they should be.` : '')
    + (skipped.length ? ` Left out as unreadable: ${skipped.join(', ')}.` : '');
}

function noGeometry(report: ConvertReport): KerfError {
  return new KerfError(
    'NO_CUT_GEOMETRY',
    `The drawing has no lines, arcs, circles, polylines, ellipses or splines to cut.${ignoredSummary(report)}`,
  );
}

function coreError(raw: CoreResult, report: ConvertReport): KerfError {
  switch (raw.status) {
    case CoreStatus.BAD_COORDINATES:
      return new KerfError(
        'INVALID_COORDINATES',
        'The drawing contains coordinates that are not numbers or lie beyond ±1,000 km; it cannot be a part to cut. Check the export settings.',
      );
    case CoreStatus.NO_GEOMETRY:
      return new KerfError(
        'NO_CUT_GEOMETRY',
        `Every segment in the drawing has zero length or lies within the gap tolerance of itself; there is nothing to cut.${ignoredSummary(report)}`,
      );
    case CoreStatus.TOO_COMPLEX:
      return new KerfError(
        'DRAWING_TOO_COMPLEX',
        'The drawing nests thousands of contours inside each other, or its outlines cross each other thousands of times; it is not a sheet-metal part the analyzer can check in reasonable time.',
      );
    case CoreStatus.BAD_SPLINE:
      return new KerfError('INVALID_GEOMETRY', 'A spline in the drawing has an invalid knot vector or weights.');
    default:
      return new KerfError('INTERNAL_ERROR', `The geometry core refused the packed drawing (status ${raw.status}).`);
  }
}

function box(minX: number, minY: number, maxX: number, maxY: number): BoundingBox {
  return { minX, minY, maxX, maxY, width: maxX - minX, height: maxY - minY };
}

function buildResult(raw: CoreResult, report: ConvertReport, tol: number, packed: Float64Array): AnalyzeResult {
  const c = raw.contours;
  const n = c.length / CONTOUR_STRIDE;
  const contours: Contour[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const b = i * CONTOUR_STRIDE;
    const contour: Contour = {
      closed: c[b] !== 0,
      length: c[b + 1],
      area: c[b + 2],
      depth: c[b + 4],
      bbox: box(c[b + 5], c[b + 6], c[b + 7], c[b + 8]),
      segments: c[b + 10],
    };
    contours[i] = contour;
  }
  const warnings: AnalysisWarning[] = [];
  if (raw.open > 0) {
    warnings.push({
      code: 'OPEN_CONTOUR',
      message: `${plural(raw.open, 'contour is', 'contours are')} open: the laser can cut along ${raw.open === 1 ? 'it' : 'them'}, but no closed part comes out. Join the ends in CAD, or check for a missing line.`,
      count: raw.open,
    });
  }
  if (raw.duplicates > 0) {
    warnings.push({
      code: 'DUPLICATE_GEOMETRY',
      message: `${plural(raw.duplicates, 'segment was', 'segments were')} drawn twice on top of other geometry (${fmt(raw.duplicateLength)} mm); each is cut once. Delete the duplicates in CAD (for example with OVERKILL) so nothing is cut twice elsewhere.`,
      count: raw.duplicates,
      length: raw.duplicateLength,
    });
  }
  if (raw.gaps > 0) {
    const locations: { x: number; y: number; gap: number }[] = [];
    for (let i = 0; i + 2 < raw.gapLocations.length; i += 3) {
      locations.push({ x: raw.gapLocations[i], y: raw.gapLocations[i + 1], gap: raw.gapLocations[i + 2] });
    }
    warnings.push({
      code: 'GAP_HEALED',
      message: `${plural(raw.gaps, 'gap', 'gaps')} between segment ends (largest ${fmt(raw.maxGap)} mm, tolerance ${fmt(tol)} mm) ${raw.gaps === 1 ? 'was' : 'were'} closed. Snap the ends together in CAD to be sure the outline is as intended.`,
      count: raw.gaps,
      largestGap: raw.maxGap,
      locations,
    });
  }
  if (raw.degenerate > 0) {
    warnings.push({
      code: 'DEGENERATE_GEOMETRY',
      message: `${plural(raw.degenerate, 'segment has', 'segments have')} zero length or zero radius (or are shorter than the gap tolerance) and ${raw.degenerate === 1 ? 'was' : 'were'} ignored.`,
      count: raw.degenerate,
    });
  }
  if (raw.crossing > 0) {
    const n = raw.crossing, [x, y] = raw.crossingAt;
    const only = n === 1 ? 'crosses itself' : 'cross each other or themselves';
    warnings.push({
      code: 'CROSSING_CONTOURS',
      message: `${plural(n, 'closed contour', 'closed contours')} ${only} (${plural(raw.crossings, 'crossing', 'crossings')}, the first at x ${fmt(x)}, y ${fmt(y)} mm): the areas are those of the filled region, gross the area the contours enclose together, net the area inside an odd number of them. Redraw the part in CAD so its outlines do not cross, or join crossing outlines into one.`,
      count: n,
      crossings: raw.crossings,
      at: { x, y },
    });
  }
  for (const [kind, count] of report.ignored) {
    warnings.push({
      code: 'IGNORED_ENTITY',
      message: kind === 'paper space'
        ? `${plural(count, 'entity', 'entities')} in paper space ${count === 1 ? 'is' : 'are'} not cut (only model space is).`
        : `${count} ${kind} ${count === 1 ? 'entity is' : 'entities are'} not cut`,
      count,
      entity: kind,
    });
  }
  for (const [kind, count] of report.skipped) {
    warnings.push({
      code: 'SKIPPED_ENTITY',
      message: `${plural(count, kind, kind)} could not be read and ${count === 1 ? 'was' : 'were'} left out: check the drawing in CAD.`,
      count,
      entity: kind,
    });
  }
  if (report.fitSplines > 0) {
    warnings.push({
      code: 'SPLINE_FROM_FIT_POINTS',
      message: `${plural(report.fitSplines, 'spline is', 'splines are')} given only by fit points and ${report.fitSplines === 1 ? 'was' : 'were'} interpolated; CAD programs may draw ${report.fitSplines === 1 ? 'it' : 'them'} slightly differently. Export splines with control points, or as polylines, for exact lengths.`,
      count: report.fitSplines,
    });
  }
  const ignoredLayers = [...report.layers.values()].filter((l) => l.role === 'ignore' && l.entities > 0);
  if (ignoredLayers.length) {
    const total = ignoredLayers.reduce((n, l) => n + l.entities, 0);
    const why = { frozen: 'frozen', off: 'off', name: 'not for cutting by its name', option: 'set to ignore' } as const;
    warnings.push({
      code: 'LAYER_IGNORED',
      message: `${plural(total, 'entity', 'entities')} on ${ignoredLayers.length === 1 ? 'layer' : 'layers'} ${ignoredLayers.map((l) => `"${l.name}" (${why[l.reason ?? 'name']})`).join(', ')} ${total === 1 ? 'is' : 'are'} not cut. Set a layer's role to cut if it should be.`,
      count: total,
      layers: ignoredLayers.map((l) => ({ name: l.name, reason: l.reason ?? 'name', entities: l.entities })),
    });
  }
  return {
    units: 'mm',
    sourceUnits: 'unitless',
    cutLength: raw.cutLength,
    pierces: raw.closed + raw.open,
    closedContours: raw.closed,
    openContours: raw.open,
    grossArea: raw.grossArea,
    netArea: raw.netArea,
    bbox: box(raw.bbox[0], raw.bbox[1], raw.bbox[2], raw.bbox[3]),
    contours,
    warnings,
    metrics: metricsOf(report, raw, packed),
  };
}

function metricsOf(report: ConvertReport, raw: CoreResult, packed: Float64Array): AnalysisMetrics {
  // cut layers were not measured while packing (it would double the packing time): one cut layer
  // has what the core measured, duplicates included; several are measured record by record
  const cut = [...report.layers.values()].filter((l) => l.role === 'cut' && l.entities > 0);
  if (cut.length === 1) cut[0].length = raw.cutLength + raw.duplicateLength;
  else {
    for (const l of cut) {
      let len = 0;
      for (let i = 0; i + 1 < l.ranges.length; i += 2) len += recordsLength(packed, l.ranges[i], l.ranges[i + 1]);
      l.length = len;
    }
  }
  let engraveLength = 0, bendLength = 0;
  const layers: AnalysisMetrics['layers'] = [];
  for (const l of report.layers.values()) {
    if (l.entities === 0) continue;
    if (l.role === 'engrave') engraveLength += l.length;
    else if (l.role === 'bend') bendLength += l.length;
    layers.push({ name: l.name, role: l.role, entities: l.entities, length: l.length });
  }
  return { engraveLength, bends: { count: report.bendLines, totalLength: bendLength, lengths: report.bendLengths }, layers };
}

function fmt(v: number): string {
  return v >= 0.001 ? String(Math.round(v * 10000) / 10000) : v.toExponential(1);
}
