/** Units a drawing can be read in. */
export type LengthUnit =
  | 'mm' | 'cm' | 'm' | 'in' | 'ft' | 'km' | 'mi' | 'yd' | 'mil' | 'uin' | 'um' | 'nm'
  | 'angstrom' | 'dm' | 'dam' | 'hm' | 'us-ft';

/** Options of {@link analyzeDxf}. */
export interface AnalyzeOptions {
  /** Endpoints closer than this (mm) are joined. Default 0.01. */
  gapTolerance?: number;
  /** `auto` (default) reads `$INSUNITS`; any other value overrides it. */
  units?: 'auto' | 'mm' | 'cm' | 'm' | 'in' | 'ft';
  /** Refuse drawings larger than this many bytes (default 50 MB). */
  maxBytes?: number;
  /** Refuse drawings that expand to more primitive segments than this (default 1,000,000). */
  maxSegments?: number;
  /**
   * Also return each contour's drawable geometry as {@link Contour.path} (an SVG path `d`
   * string), for {@link previewSvg}. Off by default: it costs time and memory, and the result's
   * JSON shape stays that of API.md without it.
   */
  geometry?: boolean;
  /**
   * Also return the cut geometry as Kerf healed it ({@link AnalyzeResult.healed}): each contour's
   * segments in walking order with gaps closed and duplicates and overlaps gone, plus the
   * engraving and bend lines, for {@link writeHealedDxf}. Off by default (it copies every record).
   * @example writeHealedDxf(analyzeDxfSync(bytes, { healed: true }))
   */
  healed?: boolean;
  /**
   * Plan the cut sequence ({@link AnalyzeResult.sequence}): contours inside others first, a
   * lead-in per contour, a nearest-neighbour tour from the machine origin improved by 2-opt, and
   * the rapid travel it takes; quote() adds that travel to the cutting time. Unset, a part is
   * planned (up to 2,000 contours and 20,000 segments) and a bigger drawing is not; `true` (or
   * options) plans any drawing (a sheet of 40,000 holes takes a few hundred ms), `false` none.
   * @example analyzeDxfSync(bytes, { sequence: true }).sequence.travel // mm of rapid moves
   */
  sequence?: boolean | CutSequenceOptions;
  /**
   * With `geometry`: the largest distance (mm) between an ellipse or spline and the polyline
   * drawn for it (default 0.01, from 1e-6 to 100; a curve that would need more than about
   * 10,000 pieces gets a coarser polyline). Lines and circular arcs are exact whatever it is.
   */
  flattenTolerance?: number;
  /**
   * Which DXF reader reads the file: `kerf` (default), Kerf's own single-pass reader over the
   * bytes, or `dxf-parser`, the reference it is tested against (loaded on demand; with the
   * synchronous API call `loadReferenceReader()` first).
   */
  reader?: 'kerf' | 'dxf-parser';
  /**
   * The role of layers by name, over what their names and the layer table say (see
   * {@link LayerRole}; names match exactly, else ignoring case). A frozen or off layer set to
   * `cut` is cut.
   * @example { layers: { 'Biegelinien': 'cut', 'LOGO': 'engrave' } }
   */
  layers?: Record<string, LayerRole>;
  /**
   * Called as the analysis goes on, for a progress bar on big drawings: once when reading starts,
   * after about every MB read (at the next entity, or the next group of a section that is skipped),
   * when packing starts, when the core starts measuring, while a big drawing's result is built and
   * when the result is built — a few dozen calls even for 50 MB. Absent, it costs
   * nothing. An exception it throws stops the analysis and is thrown as it is; it must not start
   * another analysis itself (the reader keeps one state per thread). Not sent to a
   * worker as part of the options: {@link KerfWorker} takes it and calls it back on the page.
   * @example analyzeDxfSync(bytes, { onProgress: (p) => bar.value = p.bytesRead / p.totalBytes })
   */
  onProgress?: (progress: AnalyzeProgress) => void;
}

/**
 * How far an analysis is (see {@link AnalyzeOptions.onProgress}). Stages come in this order:
 * `read` (repeated, `bytesRead` growing to `totalBytes`, about every MB, also while sections
 * without cut entities are skipped), `pack` (entities expanded into segments), `measure` (the core
 * runs on `segments`), `result` (only for drawings of 20,000 segments or more: the result is being
 * built; once, and again before the contour paths, the healed drawing and the cut sequence when
 * they are asked for), `done` (the result is built).
 */
export interface AnalyzeProgress {
  stage: 'read' | 'pack' | 'measure' | 'result' | 'done';
  /** Bytes of the drawing read so far (`totalBytes` once reading is over). */
  bytesRead: number;
  /** The drawing's size in bytes (UTF-8). */
  totalBytes: number;
  /** Model-space entities read so far (before blocks are expanded). */
  entities: number;
  /** Primitive segments packed for the core (0 until packing is over). */
  segments: number;
}

/**
 * What a layer's geometry is for: `cut` (the default), `engrave` (marked, priced by length at the
 * marking speed), `bend` (bend lines, counted and measured), `ignore` (left out). Detected from
 * the layer's name (BEND, GRAVUR, DIMENSIONS, SCHRIFTFELD…; the table is in sdk/dxf/layers.ts)
 * and from its frozen/off state, overridable with {@link AnalyzeOptions.layers}.
 */
export type LayerRole = 'cut' | 'engrave' | 'bend' | 'ignore';

/** A layer that holds geometry, for a switch per layer in a UI. */
export interface LayerInfo {
  name: string;
  role: LayerRole;
  /** Entities with geometry on it (each copy of a block counted). */
  entities: number;
  /** Length of its geometry, mm (duplicates included; curves measured to about 1e-5). */
  length: number;
}

/** What the analysis measured besides the cut. */
export interface AnalysisMetrics {
  /** Length of the geometry on `engrave` layers, mm. */
  engraveLength: number;
  /**
   * Lines on `bend` layers: how many (each straight piece one bend), their total length and each
   * one's length (mm, in drawing order; the bending price picks the press brake row per bend by it).
   */
  bends: { count: number; totalLength: number; lengths: number[] };
  /** Every layer that holds geometry, in the order the drawing first uses them. */
  layers: LayerInfo[];
}

/** A finding about the drawing that does not stop the analysis. */
export interface AnalysisWarning {
  code: 'OPEN_CONTOUR' | 'DUPLICATE_GEOMETRY' | 'GAP_HEALED' | 'IGNORED_ENTITY' | 'UNITLESS_DRAWING'
    | 'DEGENERATE_GEOMETRY' | 'SKIPPED_ENTITY' | 'SPLINE_FROM_FIT_POINTS' | 'LAYER_IGNORED' | 'CROSSING_CONTOURS';
  message: string;
  count?: number;
  /** For IGNORED_ENTITY and SKIPPED_ENTITY: the DXF entity kind. */
  entity?: string;
  /** For DUPLICATE_GEOMETRY: the length not cut because it was drawn more than once, mm. */
  length?: number;
  /** For GAP_HEALED: the largest gap closed, mm. */
  largestGap?: number;
  /** For GAP_HEALED: where gaps were closed (at most 256). */
  locations?: { x: number; y: number; gap: number }[];
  /** For CROSSING_CONTOURS: how many points the closed contours cross at (`count` is the contours). */
  crossings?: number;
  /** For CROSSING_CONTOURS: the first crossing point, mm. */
  at?: { x: number; y: number };
  /** For LAYER_IGNORED: each layer left out, why, and its entities. */
  layers?: { name: string; reason: 'frozen' | 'off' | 'name' | 'option'; entities: number }[];
}

export interface BoundingBox {
  minX: number; minY: number; maxX: number; maxY: number; width: number; height: number;
}

/** One chain of connected segments. */
export interface Contour {
  closed: boolean;
  /** Cut length, mm. */
  length: number;
  /** Enclosed area, mm² (0 for open contours; for one that crosses itself, its even-odd fill). */
  area: number;
  /**
   * Number of closed contours around this one: even = material outline, odd = hole. For a closed
   * contour that crosses another (warning CROSSING_CONTOURS), those around the middle of its
   * first segment.
   */
  depth: number;
  bbox: BoundingBox;
  /** Number of primitive segments. */
  segments: number;
  /**
   * Only with the `geometry` option: the contour as an SVG path `d` string in drawing
   * coordinates (mm, y up), in the order and direction the analyzer walked it. `M` at the first
   * segment's start, `L` for lines, `A` for circular arcs (exact; arcs over a half turn in two halves),
   * `L` polylines for ellipses and splines (within `flattenTolerance`), an `L` across each healed
   * gap, and `Z` when closed. Coordinates are rounded to 1e-6 mm.
   */
  path?: string;
}

/**
 * The drawing as the analysis understood it (option `healed`): packed records in the layout of
 * {@link GeometryBuffer} (line `0 x1 y1 x2 y2`, arc `1 cx cy r start sweep x0 y0 x1 y1`, ellipse
 * `2 cx cy ux uy vx vy t0 t1`, spline `3 degree nCtrl nKnots knots… (x y w)…`), in mm. Plain
 * typed arrays, so it crosses to and from a worker.
 */
export interface HealedGeometry {
  /**
   * Every contour's segments, contour after contour in the order of {@link AnalyzeResult.contours},
   * each segment in the order the contour walks it but with its record's own direction
   * (`reversed` says which are walked backwards). Line and arc ends sit on the merged nodes, so
   * healed gaps are closed; duplicates are left out and overlaps merged as the core did.
   */
  cut: Float64Array;
  /** Segments of each contour. */
  segments: Int32Array;
  /** 1 for each closed contour. */
  closed: Uint8Array;
  /** 1 for each segment (in `cut` order) the contour walks from its record's end to its start. */
  reversed: Uint8Array;
  /** Records on `engrave` layers, as drawn. */
  engrave: Float64Array;
  /** Records on `bend` layers, as drawn (each one bend line). */
  bend: Float64Array;
}

/** Options of the cut sequence (see {@link AnalyzeOptions.sequence}). */
export interface CutSequenceOptions {
  /** Where the head starts, mm in drawing coordinates (default [0, 0], the drawing's origin). */
  origin?: [number, number];
  /**
   * 2-opt moves tried at most (default 1,000,000): the bound that keeps a sheet of 40,000 holes
   * fast. A count, not a time, so a drawing always gets the same sequence.
   */
  improvementBudget?: number;
}

/** The order the laser cuts a part's contours in, and its rapid travel between them. */
export interface CutSequence {
  /** Indices into {@link AnalyzeResult.contours}, in cutting order: every contour after those inside it. */
  order: number[];
  /**
   * Where each contour is pierced, in cutting order: `edge` the middle of its longest straight
   * segment, `corner` its sharpest corner, `nearest` the point of a smooth contour (a round hole)
   * nearest the head, `end` an end of an open contour (the nearer; it is cut to the other).
   */
  leadIns: { contour: number; x: number; y: number; at: 'edge' | 'corner' | 'nearest' | 'end' }[];
  /** Rapid travel from the origin through every lead-in, mm (not back to the origin). */
  travel: number;
  /** The travel of the nearest-neighbour tour before 2-opt improved it, mm (never less than `travel`). */
  nearestNeighbourTravel: number;
  origin: [number, number];
}

/** The result of analyzing a drawing, as in API.md's `analyze`. */
export interface AnalyzeResult {
  units: 'mm';
  sourceUnits: LengthUnit | 'unitless';
  cutLength: number;
  pierces: number;
  closedContours: number;
  openContours: number;
  /**
   * Area of the region the closed contours enclose together (their union), mm²: for a part, the
   * area inside its outline.
   */
  grossArea: number;
  /**
   * Area of the material, mm²: inside an odd number of closed contours (the outline less its
   * holes, plus islands in holes). Never negative, never above `grossArea`, also where contours
   * cross (warning CROSSING_CONTOURS).
   */
  netArea: number;
  bbox: BoundingBox;
  contours: Contour[];
  warnings: AnalysisWarning[];
  /** Engraving, bends and the layers (issue [6]). */
  metrics: AnalysisMetrics;
  /** Only with the `healed` option: the geometry {@link writeHealedDxf} writes. */
  healed?: HealedGeometry;
  /** The cut sequence and its rapid travel (see {@link AnalyzeOptions.sequence}: parts get one unasked). */
  sequence?: CutSequence;
}
