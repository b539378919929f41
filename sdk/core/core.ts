import { KerfError } from '../errors.js';
import { KERF_WASM_BASE64 } from './wasm-binary.js';
import { KIND_ELLIPSE, KIND_LINE } from '../geometry/buffer.js';

/** Status codes of the core; the numbers are assembly/status.ts's. */
export const CoreStatus = {
  OK: 0,
  BAD_BUFFER: 1,
  BAD_COORDINATES: 2,
  BAD_SPLINE: 3,
  NO_GEOMETRY: 4,
  TOO_COMPLEX: 5,
} as const;

interface CoreExports {
  memory: WebAssembly.Memory;
  prepare(n: number): number;
  analyze(tol: number): number;
  header(): number;
  contours(): number;
  order(): number;
  segmentFlags(): number;
  segmentRecords(): number;
  gaps(): number;
  segmentStartNodes(): number;
  segmentEndNodes(): number;
  nodeXs(): number;
  nodeYs(): number;
  sheetFit(w: number, h: number, sheetW: number, sheetH: number, spacing: number): number;
  sheetFitRotated(): number;
  nestPrepare(n: number): number;
  nest(sheetW: number, sheetH: number, spacing: number, rotate: number): number;
  nestResult(): number;
  trueNestBegin(cell: number, maxVariants: number): void;
  trueNestInput(nRings: number, nCoords: number): number;
  trueNestRasterize(dilation: number, dedupeFrom: number): number;
  trueNestVariant(v: number): number;
  trueNestPlan(copies: number, formats: number): number;
  trueNestRun(margin: number, spacing: number, rule: number, gravity: number): number;
  trueNestResult(): number;
  trueNestFailed(): number;
  trueNestSheetFormat(s: number): number;
  trueNestSheetUsed(s: number): number;
  dxfLoad(n: number, values: number, entities: number): number;
  dxfValues(): number;
  dxfValueCount(): number;
  dxfLayers(): number;
  dxfStop(): number;
  dxfEpoch(): number;
  dxfName(at: number, len: number, id: number): void;
  dxfEntities(p: number, limit: number, zero: number, inBlock: number): number;
}

/**
 * The core's entity reader (assembly/dxf-entities.ts) as the SDK's DXF reader drives it: `load`
 * copies the file into the core's memory, `run` reads a run of plain entities from a 0 group into
 * tape values and layer ids and says where it stopped. One per core, kept: the reader's optimized
 * code holds on to the object it ran with.
 */
export class DxfEntityReader {
  values: Float64Array = new Float64Array(0);
  layers: Int32Array = new Int32Array(0);
  private bytes: Uint8Array = new Uint8Array(0);
  /** The names named so far: id → the bytes that name it. */
  private named = new Map<number, [number, number]>();
  private epoch = -1;

  constructor(private readonly x: CoreExports) {}

  /** Copy the file into the core; forgets the core's previous analysis or nest. */
  load(bytes: Uint8Array): void {
    const x = this.x;
    let ptr: number;
    try {
      ptr = x.dxfLoad(bytes.length, ENTITY_RUN_VALUES, ENTITY_RUN_ENTITIES);
    } catch (e) {
      throw new KerfError('DRAWING_TOO_COMPLEX', 'The analyzer has no memory left to read the drawing.', { cause: e });
    }
    const buf = x.memory.buffer;
    new Uint8Array(buf, ptr, bytes.length).set(bytes);
    this.values = new Float64Array(buf, x.dxfValues(), ENTITY_RUN_VALUES);
    this.layers = new Int32Array(buf, x.dxfLayers(), ENTITY_RUN_ENTITIES);
    this.bytes = bytes;
    this.named = new Map();
    this.epoch = x.dxfEpoch();
  }

  /**
   * The reader gave the name (of a layer or block) written as the file's bytes [at, at + len) the
   * id `id` (one spelling per id is kept: another is read by the reader).
   */
  name(at: number, len: number, id: number): void {
    if (this.named.has(id)) return;
    if (this.x.dxfEpoch() !== this.epoch) this.reload();
    this.x.dxfName(at, len, id);
    this.named.set(id, [at, len]);
  }

  /**
   * Entities from the 0 group at byte `p` while plain, on layers (of blocks) named with name(), `zero` for
   * none, and starting before `limit`; their count. Their values are then `values[0,
   * valueCount())`, their layers `layers[0, count)`.
   */
  run(p: number, limit: number, zero: number, inBlock: boolean): number {
    const x = this.x;
    if (x.dxfEpoch() !== this.epoch) this.reload();
    return x.dxfEntities(p, limit, zero, inBlock ? 1 : 0);
  }

  /** A callback in between ran the core: copy the file in again, and the layers named. */
  private reload(): void {
    const named = this.named;
    this.load(this.bytes);
    for (const [id, [at, len]] of named) this.x.dxfName(at, len, id);
    this.named = named;
  }

  valueCount(): number {
    return this.x.dxfValueCount();
  }

  /** The 0 group where the last run stopped. */
  stop(): number {
    return this.x.dxfStop();
  }

  /** Let the file go (the next analysis reuses the memory anyway). */
  release(): void {
    this.bytes = new Uint8Array(0);
    this.named = new Map();
  }
}

/** Tape values and entities one run of the core's entity reader returns at most. */
const ENTITY_RUN_VALUES = 1 << 16, ENTITY_RUN_ENTITIES = 1 << 13;

/** Header slots, as in assembly/result.ts. */
const H = {
  STATUS: 0, ERR_RECORD: 1, SEGMENTS: 2, DEGENERATE: 3, DUPLICATES: 4, GAPS: 5, MAX_GAP: 6, CONTOURS: 7,
  CLOSED: 8, OPEN: 9, MINX: 10, MINY: 11, MAXX: 12, MAXY: 13, CUT_LENGTH: 14, GROSS_AREA: 15, NET_AREA: 16,
  GAP_LOCATIONS: 17, ORDER_LENGTH: 18, DUP_LENGTH: 19, TABLE: 20, NODES: 21, CROSSING: 22, CROSSINGS: 23,
  CROSSING_X: 24, CROSSING_Y: 25,
} as const;
const HEADER_SIZE = 28;
/** Per-contour stride in the contour table. */
export const CONTOUR_STRIDE = 13;

/**
 * What one core run returns. The arrays are views into the core's memory: read them before the
 * next run (or copy them with `.slice()`).
 */
export interface CoreResult {
  status: number;
  errorRecord: number;
  segments: number;
  degenerate: number;
  duplicates: number;
  /** Length (mm) not cut because it was drawn more than once (duplicates and overlaps). */
  duplicateLength: number;
  gaps: number;
  maxGap: number;
  closed: number;
  open: number;
  bbox: [number, number, number, number];
  cutLength: number;
  /** Area of the region the closed contours enclose together (their union), mm². */
  grossArea: number;
  /** Area of the closed contours' even-odd fill (inside an odd number of them), mm². */
  netArea: number;
  /** Closed contours that cross another closed contour or themselves (their areas were measured
   *  piece by piece; their depth is that of their first segment's middle). */
  crossing: number;
  /** Points where closed contours cross, and the first of them found. */
  crossings: number;
  crossingAt: [number, number];
  /** closed, length, area, signedArea, depth, minX, minY, maxX, maxY, orderStart, orderCount, startX, startY */
  contours: Float64Array;
  /** segment index * 2 + reversed, contour by contour */
  order: Int32Array;
  /** x, y, size of healed gaps (at most 256) */
  gapLocations: Float64Array;
  /** 1 = degenerate, 2 = duplicate, 4 = split at a T-junction (its pieces follow), per segment */
  flags: Int32Array;
  /** offset of each segment's record in `recordData` (segments past the input's are the pieces the
   *  core made of merged overlaps and of lines and arcs split at T-junctions: lines, arcs and
   *  elliptical arcs, and their records follow the input's there) */
  records: Int32Array;
  /** The records `records` points into: the input itself, or a copy with the pieces' records appended. */
  recordData?: Float64Array;
  /** With keepSegments: each segment's start and end node (where its ends were merged; the
   *  start is the record's first point, whichever way a contour walks it). */
  startNodes?: Int32Array;
  endNodes?: Int32Array;
  /** With keepSegments: the nodes' coordinates (a node sits at the first end merged into it). */
  nodeX?: Float64Array;
  nodeY?: Float64Array;
}

function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The WebAssembly geometry core. One instance serves one caller at a time (it is synchronous). */
export class KerfCore {
  private readonly x: CoreExports;

  constructor(instance: WebAssembly.Instance) {
    this.x = instance.exports as unknown as CoreExports;
  }

  /**
   * Copies of a w x h mm part per sheet, in a grid with `spacing` between parts and at the edges,
   * the better of 0° and 90°.
   * @example core.sheetFit(120, 80, 3000, 1500, 8) // { partsPerSheet: 374, rotated: true }
   */
  sheetFit(w: number, h: number, sheetW: number, sheetH: number, spacing: number): SheetFit {
    const partsPerSheet = this.x.sheetFit(w, h, sheetW, sheetH, spacing);
    return { partsPerSheet, rotated: this.x.sheetFitRotated() !== 0 };
  }

  /**
   * Rectangle nesting (MaxRects, best short side fit, 90° turns) of `sizes` = w0, h0, w1, h1, …
   * in that order onto as many sheets as needed. Returns the sheet count (-1 if a part fits no
   * sheet) and per part sheet, x, y, rotated (a copy).
   * @example core.nest(new Float64Array([500, 300, 200, 100]), 3000, 1500, 8, true)
   */
  nest(sizes: Float64Array, sheetW: number, sheetH: number, spacing: number, rotate: boolean): { sheets: number; placements: Float64Array } {
    const x = this.x;
    const n = sizes.length >> 1;
    try {
      const ptr = x.nestPrepare(n);
      new Float64Array(x.memory.buffer, ptr, 2 * n).set(sizes);
      const sheets = x.nest(sheetW, sheetH, spacing, rotate ? 1 : 0);
      return { sheets, placements: new Float64Array(x.memory.buffer, x.nestResult(), 4 * n).slice() };
    } catch (e) {
      throw new KerfError('DRAWING_TOO_COMPLEX', 'The basket is too large to nest in the memory the analyzer has.', { cause: e });
    }
  }

  /**
   * Start a raster nest on square cells of `cell` mm with room for `maxVariants` part variants;
   * forgets the previous nest (and analysis). See assembly/true-nest.ts.
   * @example core.trueNestBegin(2, 8)
   */
  trueNestBegin(cell: number, maxVariants: number): void {
    this.guard(() => this.x.trueNestBegin(cell, maxVariants));
  }

  /**
   * Rasterize one part variant (its rings already turned and mirrored, flat x, y pairs) grown by
   * `dilation` mm. A variant with exactly the same cells as one from `dedupeFrom` on is dropped:
   * `duplicateOf` names that one.
   * @example core.trueNestVariant([[0, 0, 100, 0, 100, 50, 0, 50]], 4, 0) // { index: 0, w: 52, … }
   */
  trueNestVariant(rings: ArrayLike<number>[], dilation: number, dedupeFrom: number): TrueNestVariant {
    const x = this.x;
    return this.guard(() => {
      let coords = 0;
      for (const r of rings) coords += r.length - (r.length & 1);
      const ptr = x.trueNestInput(rings.length, coords);
      const mem = new Float64Array(x.memory.buffer, ptr, rings.length + coords);
      let at = rings.length;
      rings.forEach((r, i) => {
        const n = r.length >> 1;
        mem[i] = n;
        for (let k = 0; k < 2 * n; k++) mem[at + k] = r[k];
        at += 2 * n;
      });
      const v = x.trueNestRasterize(dilation, dedupeFrom);
      if (v < 0) return { index: -1, duplicateOf: -1 - v, ox: 0, oy: 0, w: 0, h: 0, cells: 0 };
      const row = new Float64Array(x.memory.buffer, x.trueNestVariant(v), 5);
      return { index: v, duplicateOf: -1, ox: row[0], oy: row[1], w: row[2], h: row[3], cells: row[4] };
    });
  }

  /**
   * Place copies (each a run of variants: first, count) in order onto sheets of the formats
   * (W, H mm, count or -1 unlimited, opened in this order), `spacing` mm apart and `margin` mm
   * from the edges. `rule` 0 = smallest right edge first, 1 = smallest left edge first; `gravity`
   * adds that many cells per cell of height to a position's score (0: strictly leftmost first).
   * Returns the sheet count (-1 a copy fits no format, -2 none is left), per copy sheet, variant,
   * translation (mm), and per sheet its format.
   * @example core.trueNestRun([[3000, 1500, -1]], [[0, 4], [0, 4]], 8, 8, 0)
   */
  trueNestRun(formats: [number, number, number][], copies: ArrayLike<number>, margin: number, spacing: number, rule: number, gravity = 0): TrueNestRun {
    const x = this.x;
    return this.guard(() => {
      const n = copies.length >> 1;
      const ptr = x.trueNestPlan(n, formats.length);
      const plan = new Float64Array(x.memory.buffer, ptr, 3 * formats.length + 2 * n);
      formats.forEach((f, i) => { plan[3 * i] = f[0]; plan[3 * i + 1] = f[1]; plan[3 * i + 2] = f[2]; });
      for (let k = 0; k < 2 * n; k++) plan[3 * formats.length + k] = copies[k];
      const sheets = x.trueNestRun(margin, spacing, rule, gravity);
      const placements = new Float64Array(x.memory.buffer, x.trueNestResult(), 6 * n).slice();
      const sheetFormats: number[] = [];
      const usedCells: number[] = [];
      for (let s = 0; s < sheets; s++) {
        sheetFormats.push(x.trueNestSheetFormat(s));
        usedCells.push(x.trueNestSheetUsed(s));
      }
      return { sheets, failed: sheets < 0 ? x.trueNestFailed() : -1, placements, sheetFormats, usedCells };
    });
  }

  private entityReader?: DxfEntityReader;

  /** The core's DXF entity reader, with the file copied in; forgets the previous analysis or nest. */
  dxfEntities(bytes: Uint8Array): DxfEntityReader {
    const r = (this.entityReader ??= new DxfEntityReader(this.x));
    r.load(bytes);
    return r;
  }

  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw new KerfError('DRAWING_TOO_COMPLEX', 'The nest needs more memory than the analyzer has; nest fewer parts at once or a coarser cell.', { cause: e });
    }
  }

  /**
   * Analyze a packed drawing (see GeometryBuffer) with the given gap tolerance in mm.
   * @example const r = core.run(buffer.view(), 0.01)
   */
  run(packed: Float64Array, gapTolerance: number, keepSegments = false): CoreResult {
    const x = this.x;
    let status: number;
    let ptr = 0;
    try {
      ptr = x.prepare(packed.length);
      new Float64Array(x.memory.buffer, ptr, packed.length).set(packed);
      status = x.analyze(gapTolerance);
    } catch (e) {
      // the only trap the core has is linear memory refusing to grow
      throw new KerfError('DRAWING_TOO_COMPLEX', 'The drawing needs more memory than this machine gives the analyzer; split it into smaller drawings.', { cause: e });
    }
    const mem = x.memory.buffer; // may have grown during analyze
    const h = new Float64Array(mem, x.header(), HEADER_SIZE);
    const base = {
      status,
      errorRecord: h[H.ERR_RECORD],
      segments: h[H.SEGMENTS],
      degenerate: h[H.DEGENERATE],
      duplicates: h[H.DUPLICATES],
      duplicateLength: h[H.DUP_LENGTH],
      gaps: h[H.GAPS],
      maxGap: h[H.MAX_GAP],
    };
    if (status !== CoreStatus.OK) {
      return {
        ...base, closed: 0, open: 0, bbox: [0, 0, 0, 0], cutLength: 0, grossArea: 0, netArea: 0, crossing: 0, crossings: 0, crossingAt: [0, 0],
        contours: new Float64Array(0), order: new Int32Array(0), gapLocations: new Float64Array(0),
        flags: new Int32Array(0), records: new Int32Array(0),
      };
    }
    const nContours = h[H.CONTOURS];
    const nSeg = h[H.TABLE];
    let records = keepSegments ? new Int32Array(mem, x.segmentRecords(), nSeg) : new Int32Array(0);
    let recordData: Float64Array | undefined;
    if (keepSegments && nSeg > h[H.SEGMENTS]) {
      // the pieces' records sit in the core's arena, addressed from the input: copy them after
      // the input so a reader of `records` needs one array
      const extra = nSeg - h[H.SEGMENTS];
      recordData = new Float64Array(packed.length + extra * 10);
      recordData.set(packed);
      records = records.slice();
      const all = new Float64Array(mem);
      const base = ptr >> 3;
      let at = packed.length;
      for (let i = h[H.SEGMENTS]; i < nSeg; i++) {
        const r = base + records[i];
        const size = all[r] === KIND_LINE ? 5 : all[r] === KIND_ELLIPSE ? 9 : 10;
        recordData.set(all.subarray(r, r + size), at);
        records[i] = at;
        at += size;
      }
    }
    return {
      ...base,
      closed: h[H.CLOSED],
      open: h[H.OPEN],
      bbox: [h[H.MINX], h[H.MINY], h[H.MAXX], h[H.MAXY]],
      cutLength: h[H.CUT_LENGTH],
      grossArea: h[H.GROSS_AREA],
      netArea: h[H.NET_AREA],
      crossing: h[H.CROSSING],
      crossings: h[H.CROSSINGS],
      crossingAt: [h[H.CROSSING_X], h[H.CROSSING_Y]],
      contours: new Float64Array(mem, x.contours(), nContours * CONTOUR_STRIDE),
      order: keepSegments ? new Int32Array(mem, x.order(), h[H.ORDER_LENGTH]) : new Int32Array(0),
      gapLocations: new Float64Array(mem, x.gaps(), h[H.GAP_LOCATIONS] * 3),
      flags: keepSegments ? new Int32Array(mem, x.segmentFlags(), nSeg) : new Int32Array(0),
      records,
      recordData,
      ...(keepSegments ? {
        startNodes: new Int32Array(mem, x.segmentStartNodes(), nSeg),
        endNodes: new Int32Array(mem, x.segmentEndNodes(), nSeg),
        nodeX: new Float64Array(mem, x.nodeXs(), h[H.NODES]),
        nodeY: new Float64Array(mem, x.nodeYs(), h[H.NODES]),
      } : {}),
    };
  }
}

/** One rasterized part variant of a true-shape nest (core.trueNestVariant). */
export interface TrueNestVariant {
  /** Its index, or -1 when dropped as a duplicate of `duplicateOf`. */
  index: number;
  duplicateOf: number;
  /** Corner of its cell (0, 0), mm in the variant's coordinates. */
  ox: number;
  oy: number;
  /** Size in cells, and how many it takes. */
  w: number;
  h: number;
  cells: number;
}

/** One run of a true-shape nest (core.trueNestRun). */
export interface TrueNestRun {
  sheets: number;
  /** The copy that could not be placed (sheets < 0). */
  failed: number;
  /** Per copy: sheet, variant, tx, ty (mm: the variant's translation), cell x, cell y. */
  placements: Float64Array;
  sheetFormats: number[];
  /** Per sheet: the cells used along x from the first free column. */
  usedCells: number[];
}

/** How many copies of a part's box fit a sheet, and whether turned by 90°. */
export interface SheetFit {
  partsPerSheet: number;
  rotated: boolean;
}

let modulePromise: Promise<WebAssembly.Module> | undefined;
let moduleSync: WebAssembly.Module | undefined;
let shared: KerfCore | undefined;

/**
 * The shared core, compiled asynchronously on first use (works on a browser's main thread).
 * @example const core = await loadCore()
 */
export async function loadCore(): Promise<KerfCore> {
  if (shared) return shared;
  modulePromise ??= WebAssembly.compile(decodeBase64(KERF_WASM_BASE64) as BufferSource);
  const mod = await modulePromise;
  shared ??= new KerfCore(await WebAssembly.instantiate(mod, {}));
  return shared;
}

/**
 * The shared core, compiled synchronously: for Node, workers and tests, where a synchronous
 * WebAssembly compile is allowed.
 */
export function loadCoreSync(): KerfCore {
  if (shared) return shared;
  moduleSync ??= new WebAssembly.Module(decodeBase64(KERF_WASM_BASE64) as BufferSource);
  shared = new KerfCore(new WebAssembly.Instance(moduleSync, {}));
  return shared;
}
