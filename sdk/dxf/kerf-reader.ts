// Kerf's own DXF reader: one pass over the bytes, no line array, no object per entity.
//
// It walks the file group by group exactly as dxf-parser (with Kerf's handlers, sdk/dxf/read.ts)
// walks it — the same sections, the same end conditions, the same numbers (parseFloat/parseInt
// semantics, bit for bit) and the same failures — so that both readers give the same analysis or
// the same error code (tests/sdk/reader-differential.test.ts holds them to that). What it keeps
// goes onto tapes: flat Float64Arrays of records that sdk/dxf/convert.ts expands (INSERTs, OCS,
// units) into the same GeometryBuffer as the dxf-parser path.

import { KerfError } from '../errors.js';
import { grown } from '../geometry/buffer.js';
import type { DxfEntityReader } from '../core/core.js';

/** Record kinds on a tape (see {@link Tape}). */
export const T_LINE = 1, T_CIRCLE = 2, T_ARC = 3, T_ELLIPSE = 4, T_LWPOLYLINE = 5, T_POLYLINE = 6, T_SPLINE = 7,
  T_INSERT = 8, T_OTHER = 9;

/**
 * A growable list of entity records, each `kind, fields…`:
 * LINE `x1 y1 x2 y2`; CIRCLE `cx cy r mask nx ny nz`; ARC `cx cy r start end mask nx ny nz`;
 * ELLIPSE `cx cy mx my mz ratio start end mask nx ny nz`; LWPOLYLINE `closed mask nx ny nz n (x y bulge)×n`;
 * POLYLINE `flags mask nx ny nz n (x y bulge flags)×n`; SPLINE `degree nKnots nWeights nCtrl nFit stMask stx sty
 * etMask etx ety knots… weights… ctrl(x y)… fit(x y)…`; INSERT `name x y sx sy rotation columns rows columnSpacing
 * rowSpacing mask nx ny nz`; OTHER `name` (an entity not cut, counted by kind). `mask` says which of the
 * extrusion components were present (bits 1, 2, 4); names index {@link KerfDrawing.names}.
 */
export class Tape {
  data: Float64Array;
  length = 0;
  /** Records on the tape. */
  count = 0;
  /** Each record's layer (group 8), as an index of {@link KerfDrawing.names}, in record order (the first `count`). */
  layers: Int32Array = new Int32Array(64);

  constructor(capacity = 256) {
    this.data = new Float64Array(capacity);
  }

  reserve(n: number): Float64Array {
    if (this.length + n > this.data.length) this.data = grown(this.data, this.length, n);
    return this.data;
  }

  push(v: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = v;
  }
}

import type { LayerState } from './layers.js';
export type { LayerState } from './layers.js';

/** A block definition on a tape. */
export interface TapeBlock {
  x: number;
  y: number;
  tape: Tape;
}

/** What the reader keeps of a drawing. */
export interface KerfDrawing {
  /** `$INSUNITS` as dxf-parser's header would hold it (number, string, point or undefined). */
  insunits: unknown;
  layers: LayerState[];
  /** The model-space entities of the (last) ENTITIES section, paper space left out. */
  model: Tape;
  /** Entities of the ENTITIES section that sit in paper space. */
  paper: number;
  blocks: Map<string, TapeBlock>;
  /** Block, insert, entity-kind and layer names referred to by the tapes. */
  names: string[];
}

// ---- keywords -----------------------------------------------------------------------------------

const KW_NAMES = [
  'SECTION', 'ENDSEC', 'EOF', 'HEADER', 'BLOCKS', 'ENTITIES', 'TABLES', 'BLOCK', 'ENDBLK', 'VERTEX', 'SEQEND', 'TABLE',
  'ENDTAB', 'LAYER', 'LINE', 'CIRCLE', 'ARC', 'ELLIPSE', 'LWPOLYLINE', 'POLYLINE', 'SPLINE', 'INSERT',
] as const;
const K_SECTION = 1, K_ENDSEC = 2, K_EOF = 3, K_HEADER = 4, K_BLOCKS = 5, K_ENTITIES = 6, K_TABLES = 7, K_BLOCK = 8,
  K_ENDBLK = 9, K_VERTEX = 10, K_SEQEND = 11, K_TABLE = 12, K_ENDTAB = 13, K_LAYER = 14, K_LINE = 15, K_CIRCLE = 16,
  K_ARC = 17, K_ELLIPSE = 18, K_LWPOLYLINE = 19, K_POLYLINE = 20, K_SPLINE = 21, K_INSERT = 22;
/** Group-0 names that structure the file rather than name an entity (as in read.ts). */
const STRUCTURAL = new Set(['EOF', 'SECTION', 'ENDSEC', 'ENDBLK', 'BLOCK', 'SEQEND', 'VERTEX', 'TABLE', 'ENDTAB']);
const KW_BY_HASH = new Map<number, number>();
const KW_BYTES: Uint8Array[] = [new Uint8Array(0)];
function hashBytes(b: Uint8Array, s: number, e: number): number {
  let h = 2166136261;
  for (let i = s; i < e; i++) h = Math.imul(h ^ b[i], 16777619);
  return (h ^ (e - s)) >>> 0;
}
KW_NAMES.forEach((name, i) => {
  const bytes = new Uint8Array([...name].map((c) => c.charCodeAt(0)));
  KW_BYTES.push(bytes);
  KW_BY_HASH.set(hashBytes(bytes, 0, bytes.length), i + 1);
});
const KW_BY_NAME = new Map<string, number>(KW_NAMES.map((n, i) => [n, i + 1]));

// ---- bytes → values -----------------------------------------------------------------------------

const utf8 = new TextDecoder('utf-8');
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
let cp1252: TextDecoder | undefined;

/** Latin-1 string of ASCII bytes. */
function ascii(b: Uint8Array, s: number, e: number): string {
  if (e - s < 64) {
    let out = '';
    for (let i = s; i < e; i++) out += String.fromCharCode(b[i]);
    return out;
  }
  return String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[]);
}

function isWs(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
  1e19, 1e20, 1e21, 1e22];

/** `\U+00E4` escapes (AutoCAD's for characters outside the code page) decoded. */
function unescapeU(s: string): string {
  if (s.indexOf('\\U+') < 0 && s.indexOf('\\u+') < 0) return s;
  return s.replace(/\\[Uu]\+([0-9A-Fa-f]{4})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * The scanner: `code` and the value's trimmed span [vs, ve) of the current group. Line ends are
 * CRLF, CR or LF, as dxf-parser splits them.
 */
class Scanner {
  b: Uint8Array = new Uint8Array(0);
  n = 0;
  /** Start of the next line. */
  pos = 0;
  /** Start of the current group (its code line). */
  gs = 0;
  /** No line left (the last one ended without a line break). */
  done = false;
  eof = false;
  code = 0;
  /** Value span, trimmed of ASCII white space; `wide` when the line holds non-ASCII bytes. */
  vs = 0;
  ve = 0;
  wide = false;
  /** The keyword of a 0 group's value (see kw()). */
  k = 0;
  /** Raw value line, for the slow paths. */
  ls = 0;
  le = 0;

  /** Start on new bytes (one scanner serves every call: see the note on the reader's state). */
  reset(b: Uint8Array): void {
    this.b = b;
    this.n = b.length;
    this.pos = 0; this.gs = 0; this.done = false; this.eof = false; this.code = 0;
    this.vs = this.ve = this.ls = this.le = 0; this.wide = false; this.k = 0;
    // TextDecoder drops a UTF-8 byte order mark before dxf-parser sees the text
    if (this.n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) this.pos = 3;
  }

  private fail(): never {
    throw new Error(this.eof
      ? 'Cannot call \'next\' after EOF group has been read'
      : 'Unexpected end of input: EOF group not read before end of file');
  }

  /** End of the line starting at p (index of its CR/LF, or n). */
  private eol(p: number): number {
    const b = this.b, n = this.n;
    while (p < n) {
      const c = b[p];
      if (c === 10 || c === 13) return p;
      p++;
    }
    return p;
  }

  next(): void {
    if (this.eof || this.done) this.fail();
    const b = this.b, n = this.n;
    const cs = this.pos;
    this.gs = cs;
    // the code line: the common shape (spaces, up to 9 digits, the line break) read in passing,
    // anything else (signs, hexadecimal, trailing text, non-ASCII) by parseCode
    let i = cs, c = 0;
    while (i < n && b[i] === 32) i++;
    const d0 = i;
    let code = 0;
    while (i < n && i - d0 < 9) {
      c = b[i];
      if (c < 48 || c > 57) break;
      code = code * 10 + (c - 48);
      i++;
    }
    let ce = i;
    if (i === d0 || i >= n || ((c = b[i]) !== 10 && c !== 13)) {
      ce = this.eol(cs);
      if (ce >= n) this.fail(); // a code line with no value line after it
      code = this.parseCode(cs, ce);
    }
    const vs0 = b[ce] === 13 && ce + 1 < n && b[ce + 1] === 10 ? ce + 2 : ce + 1;
    // the value line's end, noting non-ASCII bytes on the way (they take the slow paths)
    let ve0 = vs0, bits = 0;
    while (ve0 < n) {
      c = b[ve0];
      if (c === 10 || c === 13) break;
      bits |= c;
      ve0++;
    }
    if (ve0 >= n) this.done = true;
    else this.pos = b[ve0] === 13 && ve0 + 1 < n && b[ve0 + 1] === 10 ? ve0 + 2 : ve0 + 1;
    this.code = code;
    this.ls = vs0; this.le = ve0;
    this.wide = bits >= 0x80;
    let s = vs0, e = ve0;
    while (s < e && isWs(b[s])) s++;
    while (e > s && isWs(b[e - 1])) e--;
    this.vs = s; this.ve = e;
    if (code === 0) {
      this.k = this.keyword();
      if (this.k === K_EOF) this.eof = true;
    } else this.k = 0;
  }


  /** parseInt(line) as dxf-parser reads a group code (leading white space skipped, trailing text ignored). */
  private parseCode(s: number, e: number): number {
    const b = this.b;
    let i = s;
    while (i < e && isWs(b[i])) i++;
    if (i < e && b[i] >= 0x80) return parseInt(utf8.decode(b.subarray(s, e)));
    return intAt(b, i, e, s, e);
  }

  /** The trimmed value as a JS string, exactly as dxf-parser holds it (UTF-8, replacement characters). */
  text(): string {
    if (!this.wide) return ascii(this.b, this.vs, this.ve);
    return utf8.decode(this.b.subarray(this.ls, this.le)).trim();
  }

  /** A name (block, insert, entity kind): UTF-8, else Windows-1252; `\U+XXXX` decoded. */
  name(): string {
    if (!this.wide) return unescapeU(ascii(this.b, this.vs, this.ve));
    const raw = this.b.subarray(this.ls, this.le);
    let s: string;
    try {
      s = utf8Strict.decode(raw);
    } catch {
      cp1252 ??= new TextDecoder('windows-1252');
      s = cp1252.decode(raw);
    }
    return unescapeU(s.trim());
  }

  /** Keyword id of the value of a 0 group (0 if none), read once by next(). */
  kw(): number {
    return this.code === 0 ? this.k : this.keyword();
  }

  private keyword(): number {
    if (this.wide) return KW_BY_NAME.get(this.text()) ?? 0;
    const id = KW_BY_HASH.get(hashBytes(this.b, this.vs, this.ve));
    if (id === undefined) return 0;
    const k = KW_BYTES[id], b = this.b, s = this.vs;
    if (k.length !== this.ve - s) return 0;
    for (let i = 0; i < k.length; i++) if (b[s + i] !== k[i]) return 0;
    return id;
  }

  /** The value is the string 'EOF' for dxf-parser (a string-typed group reading EOF). */
  valueIsEofString(): boolean {
    return isStringCode(this.code) && this.kw() === K_EOF;
  }

  /** parseFloat(value). */
  f(): number {
    if (this.wide) return parseFloat(this.text());
    return floatAt(this.b, this.vs, this.ve);
  }

  /** parseInt(value). */
  i(): number {
    if (this.wide) return parseInt(this.text());
    return intAt(this.b, this.vs, this.ve, this.vs, this.ve);
  }

  /** The value as dxf-parser types it for this code (number or string), for num() and header values. */
  typed(): unknown {
    const c = this.code;
    if (isStringCode(c)) return this.text();
    if (isIntCode(c)) return this.i();
    if (c >= 290 && c <= 299) return this.text() !== '0'; // booleans, read leniently as read.ts's retry does
    return this.f();
  }
}

function isIntCode(c: number): boolean {
  return (c >= 60 && c <= 99) || (c >= 160 && c <= 179) || (c >= 270 && c <= 289) || (c >= 370 && c <= 389)
    || (c >= 400 && c <= 409) || (c >= 420 && c <= 429) || (c >= 440 && c <= 459) || (c >= 1060 && c <= 1071);
}

function isFloatCode(c: number): boolean {
  return (c >= 10 && c <= 59) || (c >= 110 && c <= 149) || (c >= 210 && c <= 239) || (c >= 460 && c <= 469)
    || (c >= 1010 && c <= 1059);
}

/** dxf-parser keeps the value as a string for these codes (and for codes without a type, NaN included). */
function isStringCode(c: number): boolean {
  return !isIntCode(c) && !isFloatCode(c) && !(c >= 290 && c <= 299);
}

/** parseInt (no radix) over ASCII bytes [s, e), leading white space already skipped; (fs, fe) is the fallback text. */
function intAt(b: Uint8Array, s: number, e: number, fs: number, fe: number): number {
  let i = s, neg = false;
  if (i < e && (b[i] === 45 || b[i] === 43)) { neg = b[i] === 45; i++; }
  const d0 = i;
  let v = 0;
  while (i < e) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
    i++;
  }
  if (i === d0) return NaN;
  // dxf-parser calls parseInt without a radix: "0x1A" is hexadecimal there
  if (i - d0 > 15 || (i - d0 === 1 && b[d0] === 48 && i < e && (b[i] | 32) === 120)) return parseInt(ascii(b, fs, fe));
  return neg ? -v : v;
}

/**
 * parseFloat over trimmed ASCII bytes [s, e): up to 15 significant digits and a power of ten up
 * to 22 give the correctly rounded value with one exact multiplication or division (as
 * parseFloat's own result is); anything else goes to parseFloat itself.
 */
function floatAt(b: Uint8Array, s: number, e: number): number {
  let i = s, neg = false;
  if (i < e && (b[i] === 45 || b[i] === 43)) { neg = b[i] === 45; i++; }
  let mant = 0, digits = 0, scale = 0, any = false;
  while (i < e) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) break;
    any = true;
    if (digits > 0 || d !== 0) {
      if (++digits > 15) return parseFloat(ascii(b, s, e));
      mant = mant * 10 + d;
    }
    i++;
  }
  if (i < e && b[i] === 46) {
    i++;
    while (i < e) {
      const d = b[i] - 48;
      if (d < 0 || d > 9) break;
      any = true;
      if (digits > 0 || d !== 0) {
        if (++digits > 15) return parseFloat(ascii(b, s, e));
        mant = mant * 10 + d;
      }
      scale--;
      i++;
    }
  }
  if (!any) return parseFloat(ascii(b, s, e)); // "Infinity", "", garbage
  if (i < e) {
    if (b[i] !== 101 && b[i] !== 69) return parseFloat(ascii(b, s, e));
    let j = i + 1, eneg = false;
    if (j < e && (b[j] === 45 || b[j] === 43)) { eneg = b[j] === 45; j++; }
    const x0 = j;
    let x = 0;
    while (j < e && b[j] >= 48 && b[j] <= 57 && j - x0 < 6) x = x * 10 + (b[j++] - 48);
    if (j === x0 || j !== e) return parseFloat(ascii(b, s, e));
    scale += eneg ? -x : x;
  }
  let v: number;
  if (mant === 0) v = 0;
  else if (scale === 0) v = mant;
  else if (scale > 0 && scale <= 22 && digits + scale <= 15) v = mant * POW10[scale];
  else if (scale < 0 && scale >= -22) v = mant / POW10[-scale];
  else return parseFloat(ascii(b, s, e));
  return neg ? -v : v;
}

// ---- the reader ---------------------------------------------------------------------------------

/** Scratch arrays reused by every SPLINE. */
class SplineScratch {
  knots: number[] = [];
  weights: number[] = [];
  ctrl: number[] = [];
  fit: number[] = [];
}

/** Thrown errors that say where dxf-parser would have failed (the message is only detail). */
function damaged(e: unknown): KerfError {
  const detail = e instanceof Error && !(e instanceof TypeError) && !(e instanceof RangeError)
    ? ` (${e.message.replace(/\s+/g, ' ').slice(0, 160)})` : '';
  return new KerfError('DXF_PARSE_ERROR', `The DXF file is damaged or truncated and cannot be read${detail}.`, { cause: e });
}

// The reader's state lives at module level and its steps are plain functions: closures made per
// call would be optimized against one call's context and thrown away by the next collection
// ("weak objects" deoptimizations), which made small files ten times slower. readDxfBytes is
// synchronous and calls nothing outside this module, so one state serves every call.
// Long-lived objects only: optimized code may hold the ones it saw, and one that dies makes it
// start over.
const sc = new Scanner();
let out: KerfDrawing;
let paperCount = 0;
let names: string[] = [];
let nameIds = new Map<string, number>();
const sp = new SplineScratch();
// The tapes too are the reader's own, filled afresh by every call: V8's optimized code for the
// entity loop holds on to the tape objects it ran with, and a tape that died made every full
// collection throw that code away (measured: a 10,000-entity sheet read in 25–38 ms instead of
// 5 ms when a collection came between two uploads). A drawing's tapes are therefore only valid
// until the next readDxfBytes; analyze.ts converts them at once and then calls releaseTapes().
const modelTape = new Tape(4096);
const blockTapes: Tape[] = [];
let blockTapesUsed = 0;

function fresh(t: Tape): Tape {
  t.length = 0;
  t.count = 0;
  return t;
}

/** Tapes above this many values are let go after a drawing (about 8 MB each). */
const KEEP_VALUES = 1 << 20;

/**
 * Let the memory of a big drawing's tapes go (the tape objects stay, with small arrays). The
 * drawing last read must not be used after this.
 */
export function releaseTapes(): void {
  for (const t of [modelTape, ...blockTapes]) {
    if (t.data.length > KEEP_VALUES) t.data = new Float64Array(4096);
    if (t.layers.length > KEEP_VALUES) t.layers = new Int32Array(64);
    fresh(t);
  }
  if (blockTapes.length > 256) blockTapes.length = 256;
}
// the layer table, read on the side while the TABLES section is skipped as dxf-parser skips it
let inTables = false, inLayerTable = false, afterTable = false;
let layer: LayerState | undefined;
/** The layer of the entity being read, and the id of layer 0 in this drawing's names. */
let entLayer = 0, layer0 = 0;

function nameId(s: string): number {
  let id = nameIds.get(s);
  if (id === undefined) { id = names.length; names.push(s); nameIds.set(s, id); }
  return id;
}

/** The bytes [start, start + len) of the last layer name read, and its id: neighbours mostly share a layer. */
let lastLayerAt = -1, lastLayerLen = 0, lastLayerId = 0;

/** The id of the layer name in the current group, without building its string again when it repeats. */
function layerId(): number {
  if (sc.wide) return nameId(sc.name());
  const b = sc.b, s = sc.vs, len = sc.ve - s;
  if (len === lastLayerLen && lastLayerAt >= 0) {
    let i = 0;
    while (i < len && b[s + i] === b[lastLayerAt + i]) i++;
    if (i === len) return lastLayerId;
  }
  lastLayerAt = s; lastLayerLen = len;
  lastLayerId = nameId(sc.name());
  // the core reads on entities on this layer from now on (its bytes give this id wherever they stand)
  fast?.name(s, len, lastLayerId);
  return lastLayerId;
}

/** One entity starting at the current 0 group; leaves the scanner on the group after it. */
function entity(tape: Tape, inBlock: boolean): void {
  const k = sc.kw();
  let paper = false;
  // dxf-parser's entities without a group 8 have no layer: Kerf reads them as layer 0
  entLayer = layer0;
  const d0 = tape.length;
  switch (k) {
    case K_LINE: {
      let x1 = 0, y1 = 0, x2 = 0, y2 = 0;
      sc.next();
      while (!sc.eof && sc.code !== 0) {
        switch (sc.code) {
          case 10: x1 = sc.f(); break;
          case 20: y1 = sc.f(); break;
          case 11: x2 = sc.f(); break;
          case 21: y2 = sc.f(); break;
          case 67: paper = sc.i() !== 0; break;
          case 8: entLayer = layerId(); break;
        }
        sc.next();
      }
      const d = tape.reserve(5);
      let i = tape.length;
      d[i++] = T_LINE; d[i++] = x1; d[i++] = y1; d[i++] = x2; d[i++] = y2;
      tape.length = i;
      break;
    }
    case K_CIRCLE: case K_ARC: {
      let cx = 0, cy = 0, r = 0, start = 0, end = 360, mask = 0, nx = 0, ny = 0, nz = 0;
      sc.next();
      while (!sc.eof && sc.code !== 0) {
        switch (sc.code) {
          case 10: cx = sc.f(); break;
          case 20: cy = sc.f(); break;
          case 40: r = sc.f(); break;
          case 50: if (k === K_ARC) start = sc.f(); break;
          case 51: if (k === K_ARC) end = sc.f(); break;
          case 210: nx = sc.f(); mask |= 1; break;
          case 220: ny = sc.f(); mask |= 2; break;
          case 230: nz = sc.f(); mask |= 4; break;
          case 67: paper = sc.i() !== 0; break;
          case 8: entLayer = layerId(); break;
        }
        sc.next();
      }
      const d = tape.reserve(10);
      let i = tape.length;
      d[i++] = k === K_ARC ? T_ARC : T_CIRCLE; d[i++] = cx; d[i++] = cy; d[i++] = r;
      if (k === K_ARC) { d[i++] = start; d[i++] = end; }
      d[i++] = mask; d[i++] = nx; d[i++] = ny; d[i++] = nz;
      tape.length = i;
      break;
    }
    case K_ELLIPSE: {
      let cx = 0, cy = 0, mx = 1, my = 0, mz = 0, ratio = 1, start = 0, end = 2 * Math.PI, mask = 0, nx = 0, ny = 0, nz = 0;
      sc.next();
      while (!sc.eof && sc.code !== 0) {
        switch (sc.code) {
          case 10: cx = sc.f(); break;
          case 20: cy = sc.f(); break;
          case 11: mx = sc.f(); break;
          case 21: my = sc.f(); break;
          case 31: mz = sc.f(); break;
          case 40: ratio = sc.f(); break;
          case 41: start = sc.f(); break;
          case 42: end = sc.f(); break;
          case 210: nx = sc.f(); mask |= 1; break;
          case 220: ny = sc.f(); mask |= 2; break;
          case 230: nz = sc.f(); mask |= 4; break;
          case 67: paper = sc.i() !== 0; break;
          case 8: entLayer = layerId(); break;
        }
        sc.next();
      }
      const d = tape.reserve(13);
      let i = tape.length;
      d[i++] = T_ELLIPSE; d[i++] = cx; d[i++] = cy; d[i++] = mx; d[i++] = my; d[i++] = mz; d[i++] = ratio;
      d[i++] = start; d[i++] = end; d[i++] = mask; d[i++] = nx; d[i++] = ny; d[i++] = nz;
      tape.length = i;
      break;
    }
    case K_LWPOLYLINE: {
      // header first, vertices appended as they come, the count and extrusion patched in after
      const h = tape.length;
      tape.reserve(7);
      tape.data[h] = T_LWPOLYLINE;
      tape.length = h + 7;
      let closed = 0, mask = 0, nx = 0, ny = 0, nz = 0, n = 0;
      sc.next();
      while (!sc.eof && sc.code !== 0) {
        switch (sc.code) {
          case 10: {
            const d = tape.reserve(3);
            const i = tape.length;
            d[i] = sc.f(); d[i + 1] = 0; d[i + 2] = 0;
            tape.length = i + 3;
            n++;
            break;
          }
          case 20: if (n) tape.data[tape.length - 2] = sc.f(); break;
          case 42: if (n) tape.data[tape.length - 1] = sc.f(); break;
          case 70: closed = (sc.i() & 1) === 1 ? 1 : 0; break;
          case 210: nx = sc.f(); mask |= 1; break;
          case 220: ny = sc.f(); mask |= 2; break;
          case 230: nz = sc.f(); mask |= 4; break;
          case 67: paper = sc.i() !== 0; break;
          case 8: entLayer = layerId(); break;
        }
        sc.next();
      }
      const d = tape.data;
      d[h + 1] = closed; d[h + 2] = mask; d[h + 3] = nx; d[h + 4] = ny; d[h + 5] = nz; d[h + 6] = n;
      break;
    }
    case K_POLYLINE: {
      const h = tape.length;
      tape.reserve(7);
      tape.data[h] = T_POLYLINE;
      tape.length = h + 7;
      let flags = 0, mask = 0, nx = 0, ny = 0, nz = 0, n = 0;
      sc.next();
      while (!sc.eof && sc.code !== 0) {
        switch (sc.code) {
          case 70: flags = sc.i(); break;
          case 210: nx = sc.f(); mask |= 1; break;
          case 220: ny = sc.f(); mask |= 2; break;
          case 230: nz = sc.f(); mask |= 4; break;
          case 67: paper = sc.i() !== 0; break;
          case 8: entLayer = layerId(); break;
        }
        sc.next();
      }
      // VERTEX … SEQEND; a missing SEQEND ends the polyline at the next other entity
      while (!sc.eof && sc.code === 0 && sc.kw() === K_VERTEX) {
        let x = 0, y = 0, bulge = 0, vf = 0;
        sc.next();
        while (!sc.eof && sc.code !== 0) {
          switch (sc.code) {
            case 10: x = sc.f(); break;
            case 20: y = sc.f(); break;
            case 42: bulge = sc.f(); break;
            case 70: vf = sc.i(); break;
          }
          sc.next();
        }
        const d = tape.reserve(4);
        const i = tape.length;
        d[i] = x; d[i + 1] = y; d[i + 2] = bulge; d[i + 3] = vf;
        tape.length = i + 4;
        n++;
      }
      if (!sc.eof && sc.code === 0 && sc.kw() === K_SEQEND) {
        sc.next();
        while (!sc.eof && sc.code !== 0) sc.next();
      }
      const d = tape.data;
      // flags as dxf-parser's num() holds them: NaN stays NaN (and then tests false everywhere)
      d[h + 1] = flags; d[h + 2] = mask; d[h + 3] = nx; d[h + 4] = ny; d[h + 5] = nz; d[h + 6] = n;
      break;
    }
    case K_SPLINE: {
      let degree = 3, stMask = 0, stx = 0, sty = 0, etMask = 0, etx = 0, ety = 0, tangent = 0;
      const { knots, weights, ctrl, fit } = sp;
      knots.length = 0; weights.length = 0; ctrl.length = 0; fit.length = 0;
      sc.next();
      while (!sc.eof && sc.code !== 0) {
        switch (sc.code) {
          case 71: degree = sc.i(); break;
          case 40: knots.push(sc.f()); break;
          case 41: weights.push(sc.f()); break;
          case 10: ctrl.push(sc.f(), 0); break;
          // dxf-parser's handler writes e.ctrl[length - 1]: with no point yet that is index -1,
          // a property that changes nothing
          case 20: if (ctrl.length) ctrl[ctrl.length - 1] = sc.f(); break;
          case 11: fit.push(sc.f(), 0); break;
          case 21: if (fit.length) fit[fit.length - 1] = sc.f(); break;
          case 12: stx = sc.f(); sty = 0; stMask = 1; tangent = 1; break;
          case 13: etx = sc.f(); ety = 0; etMask = 1; tangent = 2; break;
          case 22: if (tangent === 1 && stMask) sty = sc.f(); break;
          case 23: if (tangent === 2 && etMask) ety = sc.f(); break;
          case 67: paper = sc.i() !== 0; break;
          case 8: entLayer = layerId(); break;
        }
        sc.next();
      }
      const d = tape.reserve(13 + knots.length + weights.length + ctrl.length + fit.length);
      let i = tape.length;
      d[i++] = T_SPLINE; d[i++] = degree; d[i++] = knots.length; d[i++] = weights.length; d[i++] = ctrl.length;
      d[i++] = fit.length; d[i++] = stMask; d[i++] = stx; d[i++] = sty; d[i++] = etMask; d[i++] = etx; d[i++] = ety;
      for (let j = 0; j < knots.length; j++) d[i++] = knots[j];
      for (let j = 0; j < weights.length; j++) d[i++] = weights[j];
      for (let j = 0; j < ctrl.length; j++) d[i++] = ctrl[j];
      for (let j = 0; j < fit.length; j++) d[i++] = fit[j];
      tape.length = i;
      break;
    }
    case K_INSERT: {
      let name = '', x = 0, y = 0, sx = 1, sy = 1, rot = 0, cols = 1, rows = 1, cs = 0, rs = 0, mask = 0, nx = 0, ny = 0, nz = 0;
      let nameAt = -1, nameLen = 0;
      sc.next();
      while (!sc.eof && sc.code !== 0) {
        switch (sc.code) {
          case 2: name = sc.name(); nameAt = sc.wide ? -1 : sc.vs; nameLen = sc.ve - sc.vs; break;
          case 10: x = sc.f(); break;
          case 20: y = sc.f(); break;
          case 41: sx = sc.f(); break;
          case 42: sy = sc.f(); break;
          case 50: rot = sc.f(); break;
          case 70: cols = sc.i(); break;
          case 71: rows = sc.i(); break;
          case 44: cs = sc.f(); break;
          case 45: rs = sc.f(); break;
          case 210: nx = sc.f(); mask |= 1; break;
          case 220: ny = sc.f(); mask |= 2; break;
          case 230: nz = sc.f(); mask |= 4; break;
          case 67: paper = sc.i() !== 0; break;
          case 8: entLayer = layerId(); break;
        }
        sc.next();
      }
      const id = nameId(name);
      // the core reads on INSERTs of this block from now on
      if (nameAt >= 0) fast?.name(nameAt, nameLen, id);
      const d = tape.reserve(15);
      let i = tape.length;
      d[i++] = T_INSERT; d[i++] = id; d[i++] = x; d[i++] = y; d[i++] = sx; d[i++] = sy; d[i++] = rot;
      d[i++] = cols; d[i++] = rows; d[i++] = cs; d[i++] = rs; d[i++] = mask; d[i++] = nx; d[i++] = ny; d[i++] = nz;
      tape.length = i;
      break;
    }
    default: {
      // annotations and kinds Kerf does not cut: counted by name
      const kind = sc.name();
      sc.next();
      while (!sc.eof && sc.code !== 0) {
        if (sc.code === 67) paper = sc.i() !== 0;
        else if (sc.code === 8) entLayer = layerId();
        sc.next();
        // such an entity can be megabytes (a proxy entity's or an OLE object's binary data)
        if (sc.pos >= progressAt) reportRead();
      }
      tape.push(T_OTHER);
      tape.push(nameId(kind));
    }
  }
  // convert.ts leaves model-space entities in paper space out (and counts them); in a block the flag means nothing
  if (paper && !inBlock) {
    tape.length = d0;
    paperCount++;
  } else {
    if (tape.count === tape.layers.length) growLayers(tape);
    tape.layers[tape.count++] = entLayer;
  }
}

function growLayers(tape: Tape): void {
  const grownLayers = new Int32Array(tape.layers.length * 2);
  grownLayers.set(tape.layers);
  tape.layers = grownLayers;
}

/** Does dxf-parser have a handler for the entity kind at the current 0 group? */
function handled(): boolean {
  const k = sc.kw();
  if (k >= K_LINE) return true;
  if (k !== 0) return !STRUCTURAL.has(KW_NAMES[k - 1]) && k !== K_TABLES;
  // read.ts's fallback handler takes any other upper-case name (a line reading TABLES is
  // renamed before dxf-parser sees it, so it is no kind)
  const s = sc.text();
  return /^[A-Z0-9_]+$/.test(s) && !STRUCTURAL.has(s);
}

// Progress (readDxfBytes's onRead): checked once per entity, and once per group where groups are
// skipped (sections other than the entities, unhandled entities, a block's own groups), against
// the next byte offset to report at, which stays at Infinity without a hook, so reading without
// one costs one comparison.
const PROGRESS_STEP = 1 << 20;
let progressAt = Infinity;
let onRead: ((bytesRead: number, entities: number) => void) | undefined;

function reportRead(): void {
  progressAt = sc.pos + PROGRESS_STEP;
  onRead!(sc.pos, out.model.count);
}

/** parseEntities: from the current group up to ENDSEC (model) or ENDBLK (block). */
function entities(tape: Tape, inBlock: boolean): void {
  const end = inBlock ? K_ENDBLK : K_ENDSEC;
  if (!inBlock) sc.next();
  for (;;) {
    if (sc.code === 0) {
      const k = sc.kw();
      if (k === end) break;
      // LINE … INSERT
      if (fast === undefined || k < K_LINE || !coreRun(tape, inBlock)) {
        if (handled()) entity(tape, inBlock);
        else sc.next();
      }
    } else sc.next();
    if (sc.pos >= progressAt) reportRead();
  }
  if (!inBlock) sc.next();
}

/** The core's entity reader for this file, if the caller gave a core (see readDxfBytes). */
let fast: DxfEntityReader | undefined;

/**
 * From the 0 group just read, let the core read the run of plain LINE, CIRCLE, ARC, LWPOLYLINE,
 * POLYLINE, ELLIPSE, SPLINE and INSERT entities on layers (and of blocks) already named (assembly/dxf-entities.ts), append them to the
 * tape and read on at the group where it stopped. False if it read none: the entity is read here.
 */
function coreRun(tape: Tape, inBlock: boolean): boolean {
  const f = fast!;
  const count = f.run(sc.gs, progressAt < 0x7fffffff ? progressAt : 0x7fffffff, layer0, inBlock);
  if (count === 0) return false;
  const nv = f.valueCount();
  const d = tape.reserve(nv);
  d.set(f.values.subarray(0, nv), tape.length);
  tape.length += nv;
  while (tape.count + count > tape.layers.length) growLayers(tape);
  tape.layers.set(f.layers.subarray(0, count), tape.count);
  tape.count += count;
  sc.pos = f.stop();
  sc.next();
  return true;
}

function parseHeader(): { insunits: unknown } {
  let name: string | null = null;
  let value: unknown = null;
  const h: { insunits: unknown } = { insunits: undefined };
  const set = () => { if (name === '$INSUNITS') h.insunits = value; };
  sc.next();
  for (;;) {
    if (sc.code === 0 && sc.kw() === K_ENDSEC) {
      if (name) set();
      break;
    } else if (sc.code === 9) {
      if (name) set();
      name = sc.text();
    } else if (sc.code === 10) {
      value = { x: sc.f() };
    } else if (sc.code === 20 || sc.code === 30) {
      // dxf-parser sets .y / .z on the value: a TypeError on anything but a point
      if (value === null || typeof value !== 'object') throw new TypeError('Cannot set a coordinate on a header value');
      (value as Record<string, number>)[sc.code === 20 ? 'y' : 'z'] = sc.f();
    } else {
      value = sc.typed();
    }
    sc.next();
    if (sc.pos >= progressAt) reportRead();
  }
  sc.next();
  return h;
}

function parseBlock(blocks: Map<string, TapeBlock>): void {
  let name: string | undefined;
  let x: number | undefined, y: number | undefined;
  let tape: Tape | undefined;
  sc.next();
  while (!sc.valueIsEofString()) {
    switch (sc.code) {
      case 2: name = sc.name(); sc.next(); break;
      case 10: {
        // dxf-parser's parsePoint: a 20 must follow, a 30 may
        x = sc.f();
        sc.next();
        if ((sc.code as number) !== 20) throw new Error(`Expected code for point value to be 20 but got ${sc.code}.`);
        y = sc.f();
        sc.next();
        // dxf-parser steps back over a group that is not 30 and reads it again; an EOF group
        // stays read, so reading it again fails
        if ((sc.code as number) === 30) sc.next();
        else if (sc.eof) throw new Error('Cannot call \'next\' after EOF group has been read');
        break;
      }
      case 0:
        if (sc.kw() === K_ENDBLK) break;
        tape = fresh(blockTapes[blockTapesUsed] ??= new Tape());
        blockTapesUsed++;
        entities(tape, true);
        break;
      default:
        sc.next();
        if (sc.pos >= progressAt) reportRead();
    }
    if (sc.code === 0 && sc.kw() === K_ENDBLK) {
      sc.next();
      break;
    }
  }
  // position?.x ?? 0: a position read without a number stays NaN
  if (name) blocks.set(name, { x: x ?? 0, y: y ?? 0, tape: tape ?? new Tape(0) });
}

function parseBlocks(): Map<string, TapeBlock> {
  const blocks = new Map<string, TapeBlock>();
  sc.next();
  while (!sc.valueIsEofString()) {
    if (sc.code === 0 && sc.kw() === K_ENDSEC) break;
    if (sc.code === 0 && sc.kw() === K_BLOCK) parseBlock(blocks);
    else sc.next();
    if (sc.pos >= progressAt) reportRead();
  }
  return blocks;
}

function tablesGroup(): void {
  const c = sc.code;
  if (c === 0) {
    const k = sc.kw();
    if (layer) { out.layers.push(layer); layer = undefined; }
    if (k === K_TABLE) afterTable = true;
    else if (k === K_ENDTAB) inLayerTable = false;
    else if (k === K_LAYER && inLayerTable) layer = { name: '', frozen: false, off: false };
    return;
  }
  if (afterTable && c === 2) { inLayerTable = sc.kw() === K_LAYER; afterTable = false; return; }
  if (!layer) return;
  if (c === 2) layer.name = sc.name();
  else if (c === 70) layer.frozen = (sc.i() & 1) === 1;
  else if (c === 62) layer.off = sc.i() < 0;
}

/**
 * Read a DXF from its bytes: header units, layer states, block definitions and the model-space
 * cut entities, as tapes. The tapes are the reader's own: use them before the next call.
 * `progress` (if given) hears the bytes read and the model-space entities so far after about
 * every MB, at the next entity or, in sections and entities that are skipped, the next group.
 * With `core` (a KerfCore) the core reads the runs of plain LINE, CIRCLE, ARC, LWPOLYLINE,
 * POLYLINE, ELLIPSE, SPLINE and INSERT entities, exactly as they are read here; that forgets the core's previous analysis.
 * @throws KerfError DXF_PARSE_ERROR where dxf-parser would fail (truncated, garbled).
 */
export function readDxfBytes(
  bytes: Uint8Array,
  progress?: (bytesRead: number, entities: number) => void,
  core?: { dxfEntities(bytes: Uint8Array): DxfEntityReader },
): KerfDrawing {
  sc.reset(bytes);
  fast = core?.dxfEntities(bytes);
  onRead = progress;
  progressAt = progress ? PROGRESS_STEP : Infinity;
  paperCount = 0;
  names = [];
  nameIds = new Map();
  blockTapesUsed = 0;
  // room for a value every 8 bytes, so the model tape does not grow (a grown copy of a big drawing's
  // tape cost tens of ms); the pages a drawing leaves unwritten are never touched
  if (modelTape.data.length < bytes.length >> 3) modelTape.data = new Float64Array(bytes.length >> 3);
  out = { insunits: undefined, layers: [], model: fresh(modelTape), paper: 0, blocks: new Map(), names };
  layer0 = nameId('0');
  lastLayerAt = -1;
  inTables = false; inLayerTable = false; afterTable = false; layer = undefined;
  let header: { insunits: unknown } | undefined;

  try {
    sc.next();
    while (!sc.eof) {
      if (sc.code === 0 && sc.kw() === K_SECTION) {
        if (layer) { out.layers.push(layer); layer = undefined; }
        inTables = false;
        sc.next();
        if ((sc.code as number) !== 2) { sc.next(); continue; }
        switch (sc.kw()) {
          case K_HEADER: header = parseHeader(); break;
          case K_BLOCKS: out.blocks = parseBlocks(); break;
          case K_ENTITIES: out.model = fresh(modelTape); paperCount = 0; entities(out.model, false); break;
          case K_TABLES: inTables = true; inLayerTable = false; afterTable = false; break;
        }
      } else {
        sc.next();
        if (inTables) tablesGroup();
        // other sections (OBJECTS, CLASSES, TABLES, THUMBNAILIMAGE) are skipped group by group
        if (sc.pos >= progressAt) reportRead();
      }
    }
  } catch (e) {
    onRead = undefined; progressAt = Infinity;
    fast?.release(); fast = undefined;
    throw damaged(e);
  }
  onRead = undefined; progressAt = Infinity;
  fast?.release(); fast = undefined;
  if (layer) out.layers.push(layer);
  out.insunits = header?.insunits;
  out.paper = paperCount;
  const result = out;
  // let the file and the tapes go
  sc.reset(new Uint8Array(0));
  out = undefined as unknown as KerfDrawing;
  nameIds = new Map();
  return result;
}

// ---- the checks before reading, shared with read.ts ---------------------------------------------

export const BINARY_SENTINEL = 'AutoCAD Binary DXF';

/** Characters that end a line for dxf-parser (it splits on \r\n, \r and \n). */
function isEol(c: number): boolean {
  return c === 10 || c === 13;
}

/** Start and end of the line holding position `at`. */
function lineAround(text: string, at: number): [number, number] {
  let a = at, b = at;
  while (a > 0 && !isEol(text.charCodeAt(a - 1))) a--;
  while (b < text.length && !isEol(text.charCodeAt(b))) b++;
  return [a, b];
}

/**
 * A 0 group reading SECTION within the first 64 KB, lines taken as dxf-parser takes them (split
 * on CRLF, CR or LF, then trimmed). Found by a literal search, without splitting the text.
 */
export function startsLikeDxf(text: string, complete = true): boolean {
  const head = text.length > 1 << 16 ? text.slice(0, 1 << 16) : text;
  for (let at = head.indexOf('SECTION'); at >= 0; at = head.indexOf('SECTION', at + 7)) {
    const [a, b] = lineAround(head, at);
    if (head.slice(a, b).trim() !== 'SECTION' || a === 0) continue;
    // in a prefix, a line that runs to its end may go on beyond it
    if (!complete && b >= head.length) continue;
    // step back over exactly one line break (CRLF counts as one) to the line before
    let end = a - 1;
    if (head.charCodeAt(end) === 10 && end > 0 && head.charCodeAt(end - 1) === 13) end--;
    const [pa] = lineAround(head, end);
    if (/^\+?0+$/.test(head.slice(pa, end).trim())) return true;
  }
  return false;
}

/** Refuse binary DXF and files that are no DXF at all, as read.ts does. */
export function checkDxfStart(head: string): void {
  if (head.startsWith(BINARY_SENTINEL)) {
    throw new KerfError('DXF_PARSE_ERROR', 'This is a binary DXF file; save the drawing as ASCII DXF and upload it again.');
  }
  if (!startsLikeDxf(head)) {
    throw new KerfError('DXF_PARSE_ERROR', 'This file is not a DXF drawing (no SECTION found at its start).');
  }
}

/**
 * checkDxfStart on a file's bytes. Nearly every drawing says SECTION in its first lines, so a
 * 4 KB prefix settles it without decoding the 64 K characters the full check reads.
 */
export function checkDxfBytes(bytes: Uint8Array): void {
  if (bytes.length > 4096) {
    const head = utf8.decode(bytes.subarray(0, 4096));
    if (!head.startsWith(BINARY_SENTINEL) && startsLikeDxf(head, false)) return;
  }
  checkDxfStart(headText(bytes));
}

/** The text dxf-parser would see in the first 64 K characters of these bytes. */
export function headText(bytes: Uint8Array): string {
  return utf8.decode(bytes.length > 3 << 16 ? bytes.subarray(0, 3 << 16) : bytes);
}
