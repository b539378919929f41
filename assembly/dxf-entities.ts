// DXF entities: the hot loop of Kerf's own DXF reader (sdk/dxf/kerf-reader.ts), over the file's
// bytes in linear memory. Most of a laser drawing is runs of LINE, CIRCLE, ARC, LWPOLYLINE,
// POLYLINE, ELLIPSE, SPLINE and INSERT on a few layers; dxfEntities reads such a run straight into
// tape records (the reader's layout) with their layer ids, and hands everything else back: it
// stops before the first entity it does not read itself and the reader goes on from there. That is
// every other kind (annotations, which the reader counts by name); an entity on a layer, or an
// INSERT of a block, whose name the reader has not met yet (it gives names their ids in the order
// it meets them, and tells this file the bytes of each: dxfName); one in paper space; and any
// group that is not plain (a code line other than spaces, one to nine digits and a line break, a
// value with non-ASCII bytes, a number the reader's exact fast path does not read, the file's
// last line). An entity is read whole or not at all, so a stop costs nothing but the call.
// Numbers are read exactly as the reader reads them (see its floatAt and intAt): in a fresh
// process this loop runs as compiled code from its first byte, where the reader's JavaScript would
// first be interpreted for tens of milliseconds.

import { arenaAllocRaw, arenaEpoch, arenaReset } from "./memory";

// tape record kinds (kerf-reader.ts's T_*)
const T_LINE: f64 = 1, T_CIRCLE: f64 = 2, T_ARC: f64 = 3, T_ELLIPSE: f64 = 4, T_LWPOLYLINE: f64 = 5, T_POLYLINE: f64 = 6,
  T_SPLINE: f64 = 7, T_INSERT: f64 = 8;
const E_NONE: i32 = 0, E_LINE: i32 = 1, E_CIRCLE: i32 = 2, E_ARC: i32 = 3, E_LWPOLYLINE: i32 = 4, E_ELLIPSE: i32 = 5,
  E_SPLINE: i32 = 6, E_POLYLINE: i32 = 7, E_INSERT: i32 = 8;
/** A spline's knots, weights and control or fit coordinates each, at most (more: the reader's). */
const SPLINE_LIST: i32 = 1 << 13;

let src: usize = 0, srcLen: i32 = 0;
let out: usize = 0, outCap: i32 = 0, outLen: i32 = 0;
let lay: usize = 0, layCap: i32 = 0;
let stopAt: i32 = 0;
// a spline's lists while it is read: knots, weights, control and fit coordinates
let spK: usize = 0, spW: usize = 0, spC: usize = 0, spF: usize = 0;

// 1e0 … 1e22, each exact in f64
const POW10 = memory.data<f64>([
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
]);

/**
 * Room for a file of `n` bytes and for `values` tape values and `entities` entities read per call;
 * forgets the previous analysis. Returns where the host writes the file.
 */
export function dxfLoad(n: i32, values: i32, entities: i32): usize {
  arenaReset();
  src = arenaAllocRaw(<usize>max(n, 1));
  srcLen = n;
  out = arenaAllocRaw(<usize>max(values, 1) << 3);
  outCap = values;
  lay = arenaAllocRaw(<usize>max(entities, 1) << 2);
  layCap = entities;
  spK = arenaAllocRaw(<usize>SPLINE_LIST << 3); spW = arenaAllocRaw(<usize>SPLINE_LIST << 3);
  spC = arenaAllocRaw(<usize>SPLINE_LIST << 3); spF = arenaAllocRaw(<usize>SPLINE_LIST << 3);
  layAt = arenaAllocRaw(<usize>LAYERS << 2); layLen = arenaAllocRaw(<usize>LAYERS << 2); layId = arenaAllocRaw(<usize>LAYERS << 2);
  nLayers = 0;
  return src;
}

/** The tape values of the last call, and how many. */
export function dxfValues(): usize { return out; }
export function dxfValueCount(): i32 { return outLen; }
/** The layer id of each entity the last call read. */
export function dxfLayers(): usize { return lay; }
/** Where the last call stopped: the code line of a 0 group. */
export function dxfStop(): i32 { return stopAt; }
/** Changes whenever the core forgets its memory (an analysis or a nest ran): load the file again. */
export function dxfEpoch(): i32 { return arenaEpoch; }

// @ts-ignore: decorator
@inline function at(i: i32): i32 {
  return <i32>load<u8>(src + <usize>i);
}

// @ts-ignore: decorator
@inline function isWs(c: i32): bool {
  return c == 32 || (c >= 9 && c <= 13);
}

// the group last read: code, trimmed value [gVs, gVe), start of the next group
let gCode: i32 = 0, gVs: i32 = 0, gVe: i32 = 0, gNext: i32 = 0;

/** Read the group at p as the reader would; false when it is not plain (the reader's to read). */
function group(p: i32): bool {
  const n = srcLen;
  let i = p;
  while (i < n && at(i) == 32) i++;
  const d0 = i;
  let code = 0, c = 0;
  while (i < n && i - d0 < 9) {
    c = at(i);
    if (c < 48 || c > 57) break;
    code = code * 10 + (c - 48);
    i++;
  }
  if (i == d0 || i + 1 >= n) return false;
  c = at(i);
  if (c != 10 && c != 13) return false;
  const vs0 = c == 13 && at(i + 1) == 10 ? i + 2 : i + 1;
  let ve0 = vs0, bits = 0;
  while (ve0 < n) {
    c = at(ve0);
    if (c == 10 || c == 13) break;
    bits |= c;
    ve0++;
  }
  // a value running to the file's end, or a CR that may be half of a CRLF at its end
  if (ve0 + 1 >= n || bits >= 0x80) return false;
  gNext = c == 13 && at(ve0 + 1) == 10 ? ve0 + 2 : ve0 + 1;
  let s = vs0, e = ve0;
  while (s < e && isWs(at(s))) s++;
  while (e > s && isWs(at(e - 1))) e--;
  gCode = code; gVs = s; gVe = e;
  return true;
}

/** parseFloat of the value where the reader's exact fast path reads it; NaN elsewhere. */
function number(): f64 {
  const e = gVe;
  let i = gVs;
  let neg = false;
  if (i < e) {
    const c = at(i);
    if (c == 45 || c == 43) { neg = c == 45; i++; }
  }
  let mant: f64 = 0;
  let digits = 0, scale = 0;
  let any = false;
  while (i < e) {
    const d = at(i) - 48;
    if (d < 0 || d > 9) break;
    any = true;
    if (digits > 0 || d != 0) {
      if (++digits > 15) return NaN;
      mant = mant * 10 + <f64>d;
    }
    i++;
  }
  if (i < e && at(i) == 46) {
    i++;
    while (i < e) {
      const d = at(i) - 48;
      if (d < 0 || d > 9) break;
      any = true;
      if (digits > 0 || d != 0) {
        if (++digits > 15) return NaN;
        mant = mant * 10 + <f64>d;
      }
      scale--;
      i++;
    }
  }
  if (!any) return NaN;
  if (i < e) {
    const c = at(i);
    if (c != 101 && c != 69) return NaN;
    let j = i + 1;
    let eneg = false;
    if (j < e) {
      const cj = at(j);
      if (cj == 45 || cj == 43) { eneg = cj == 45; j++; }
    }
    const x0 = j;
    let x = 0;
    while (j < e && j - x0 < 6) {
      const d = at(j) - 48;
      if (d < 0 || d > 9) break;
      x = x * 10 + d;
      j++;
    }
    if (j == x0 || j != e) return NaN;
    scale += eneg ? -x : x;
  }
  let v: f64;
  if (mant == 0) v = 0;
  else if (scale == 0) v = mant;
  else if (scale > 0 && scale <= 22 && digits + scale <= 15) v = mant * load<f64>(POW10 + (<usize>scale << 3));
  else if (scale < 0 && scale >= -22) v = mant / load<f64>(POW10 + (<usize>(-scale) << 3));
  else return NaN;
  return neg ? -v : v;
}

/** parseInt of the value where the reader reads it without parseInt itself; NaN elsewhere. */
function integer(): f64 {
  const e = gVe;
  let i = gVs;
  let neg = false;
  if (i < e) {
    const c = at(i);
    if (c == 45 || c == 43) { neg = c == 45; i++; }
  }
  const d0 = i;
  let v: f64 = 0;
  while (i < e) {
    const d = at(i) - 48;
    if (d < 0 || d > 9) break;
    v = v * 10 + <f64>d;
    i++;
  }
  if (i == d0 || i - d0 > 15) return NaN;
  if (i - d0 == 1 && at(d0) == 48 && i < e && (at(i) | 32) == 120) return NaN; // "0x…": hexadecimal for parseInt
  return neg ? -v : v;
}

/** The value's bytes equal the bytes [a, a + len). */
function sameBytes(a: i32, len: i32): bool {
  if (gVe - gVs != len) return false;
  for (let i = 0; i < len; i++) if (at(gVs + i) != at(a + i)) return false;
  return true;
}

/** The entity kind the value of a 0 group names, if it is one read here. */
function kindOf(): i32 {
  const s = gVs, len = gVe - gVs;
  if (len == 4 && at(s) == 76 && at(s + 1) == 73 && at(s + 2) == 78 && at(s + 3) == 69) return E_LINE; // LINE
  if (len == 3 && at(s) == 65 && at(s + 1) == 82 && at(s + 2) == 67) return E_ARC; // ARC
  if (len == 6 && at(s) == 67 && at(s + 1) == 73 && at(s + 2) == 82 && at(s + 3) == 67 && at(s + 4) == 76 &&
    at(s + 5) == 69) return E_CIRCLE; // CIRCLE
  if (len == 10 && at(s) == 76 && at(s + 1) == 87 && at(s + 2) == 80 && at(s + 3) == 79 && at(s + 4) == 76 &&
    at(s + 5) == 89 && at(s + 6) == 76 && at(s + 7) == 73 && at(s + 8) == 78 && at(s + 9) == 69) return E_LWPOLYLINE;
  if (len == 7 && at(s) == 69 && at(s + 1) == 76 && at(s + 2) == 76 && at(s + 3) == 73 && at(s + 4) == 80 &&
    at(s + 5) == 83 && at(s + 6) == 69) return E_ELLIPSE; // ELLIPSE
  if (len == 6 && at(s) == 83 && at(s + 1) == 80 && at(s + 2) == 76 && at(s + 3) == 73 && at(s + 4) == 78 &&
    at(s + 5) == 69) return E_SPLINE; // SPLINE
  if (len == 8 && at(s) == 80 && at(s + 1) == 79 && at(s + 2) == 76 && at(s + 3) == 89 && at(s + 4) == 76 &&
    at(s + 5) == 73 && at(s + 6) == 78 && at(s + 7) == 69) return E_POLYLINE; // POLYLINE
  if (len == 6 && at(s) == 73 && at(s + 1) == 78 && at(s + 2) == 83 && at(s + 3) == 69 && at(s + 4) == 82 &&
    at(s + 5) == 84) return E_INSERT; // INSERT
  return E_NONE;
}

/** The value of the 0 group just read is VERTEX. */
function isVertex(): bool {
  const s = gVs;
  return gVe - s == 6 && at(s) == 86 && at(s + 1) == 69 && at(s + 2) == 82 && at(s + 3) == 84 && at(s + 4) == 69 &&
    at(s + 5) == 88;
}

/** The value of the 0 group just read is SEQEND. */
function isSeqend(): bool {
  const s = gVs;
  return gVe - s == 6 && at(s) == 83 && at(s + 1) == 69 && at(s + 2) == 81 && at(s + 3) == 69 && at(s + 4) == 78 &&
    at(s + 5) == 68;
}

// The names (of layers and blocks) the reader has resolved, as their bytes in the file and the id
// it gave them: an entity on one of those layers (an INSERT of one of those blocks) is read here,
// any other is handed back (the reader gives names their ids in the order it meets them).
const LAYERS: i32 = 256;
let layAt: usize = 0, layLen: usize = 0, layId: usize = 0, nLayers: i32 = 0;
let blockMode: bool = false;
let entLayer: i32 = 0;

/** The reader gave the name written as the bytes [at, at + len) the id `id`. */
export function dxfName(at: i32, len: i32, id: i32): void {
  if (nLayers == LAYERS) return;
  store<i32>(layAt + (<usize>nLayers << 2), at);
  store<i32>(layLen + (<usize>nLayers << 2), len);
  store<i32>(layId + (<usize>nLayers << 2), id);
  nLayers++;
}

/** The id of the name the value holds, or -1 if the reader has not resolved it. */
function nameOf(): i32 {
  const len = gVe - gVs;
  for (let i = 0; i < nLayers; i++) {
    if (load<i32>(layLen + (<usize>i << 2)) == len && sameBytes(load<i32>(layAt + (<usize>i << 2)), len)) {
      return load<i32>(layId + (<usize>i << 2));
    }
  }
  return -1;
}
// where the entity being read ends (its next 0 group), set by the read* functions
let endAt: i32 = 0;

/** The groups every kind shares (8 layer, 67 paper space); false: the entity is the reader's. */
// @ts-ignore: decorator
@inline function common(): bool {
  if (gCode == 8) {
    const id = nameOf();
    if (id < 0) return false;
    entLayer = id;
  } else if (gCode == 67 && !blockMode) {
    // in model space a flag other than 0 moves the entity to paper space: the reader counts it
    const v = integer();
    if (v != 0) return false;
  }
  return true;
}

// the entity's extrusion (groups 210, 220, 230) and which of them it has (bits 1, 2, 4)
let exMask: i32 = 0, exX: f64 = 0, exY: f64 = 0, exZ: f64 = 0;

/** An extrusion group of the entity; its number (NaN: not read). */
function extrusion(): f64 {
  const v = number();
  if (gCode == 210) { exX = v; exMask |= 1; } else if (gCode == 220) { exY = v; exMask |= 2; } else { exZ = v; exMask |= 4; }
  return v;
}

/** The extrusion as tape records hold it: mask, x, y, z. */
function putExtrusion(): void {
  put(<f64>exMask); put(exX); put(exY); put(exZ);
}

function storeExtrusion(at: usize): void {
  store<f64>(at, <f64>exMask); store<f64>(at, exX, 8); store<f64>(at, exY, 16); store<f64>(at, exZ, 24);
}

function put(v: f64): void {
  store<f64>(out + (<usize>outLen << 3), v);
  outLen++;
}

/** LINE from the group after its 0 group at p; false: not read (nothing written). */
function readLine(p: i32): bool {
  let x1: f64 = 0, y1: f64 = 0, x2: f64 = 0, y2: f64 = 0;
  while (true) {
    if (!group(p)) return false;
    if (gCode == 0) break;
    switch (gCode) {
      case 10: x1 = number(); if (isNaN(x1)) return false; break;
      case 20: y1 = number(); if (isNaN(y1)) return false; break;
      case 11: x2 = number(); if (isNaN(x2)) return false; break;
      case 21: y2 = number(); if (isNaN(y2)) return false; break;
      default: if (!common()) return false;
    }
    p = gNext;
  }
  if (outLen + 5 > outCap) return false;
  endAt = p;
  put(T_LINE); put(x1); put(y1); put(x2); put(y2);
  return true;
}

/** CIRCLE or ARC. */
function readCircleOrArc(p: i32, arc: bool): bool {
  let cx: f64 = 0, cy: f64 = 0, r: f64 = 0, start: f64 = 0, end: f64 = 360;
  let v: f64 = 0;
  while (true) {
    if (!group(p)) return false;
    if (gCode == 0) break;
    switch (gCode) {
      case 10: cx = v = number(); break;
      case 20: cy = v = number(); break;
      case 40: r = v = number(); break;
      case 50: if (arc) start = v = number(); break;
      case 51: if (arc) end = v = number(); break;
      case 210: case 220: case 230: v = extrusion(); break;
      default: if (!common()) return false;
    }
    if (isNaN(v)) return false;
    p = gNext;
  }
  if (outLen + 10 > outCap) return false;
  endAt = p;
  put(arc ? T_ARC : T_CIRCLE); put(cx); put(cy); put(r);
  if (arc) { put(start); put(end); }
  putExtrusion();
  return true;
}

/** ELLIPSE. */
function readEllipse(p: i32): bool {
  let cx: f64 = 0, cy: f64 = 0, mx: f64 = 1, my: f64 = 0, mz: f64 = 0, ratio: f64 = 1, start: f64 = 0, end: f64 = 2 * Math.PI;
  let v: f64 = 0;
  while (true) {
    if (!group(p)) return false;
    if (gCode == 0) break;
    switch (gCode) {
      case 10: cx = v = number(); break;
      case 20: cy = v = number(); break;
      case 11: mx = v = number(); break;
      case 21: my = v = number(); break;
      case 31: mz = v = number(); break;
      case 40: ratio = v = number(); break;
      case 41: start = v = number(); break;
      case 42: end = v = number(); break;
      case 210: case 220: case 230: v = extrusion(); break;
      default: if (!common()) return false;
    }
    if (isNaN(v)) return false;
    p = gNext;
  }
  if (outLen + 13 > outCap) return false;
  endAt = p;
  put(T_ELLIPSE); put(cx); put(cy); put(mx); put(my); put(mz); put(ratio); put(start); put(end);
  putExtrusion();
  return true;
}

// @ts-ignore: decorator
@inline function setAt(list: usize, i: i32, v: f64): void {
  store<f64>(list + (<usize>i << 3), v);
}

/** SPLINE: its lists gathered as they come, then written in the reader's order. */
function readSpline(p: i32): bool {
  let degree: f64 = 3, stx: f64 = 0, sty: f64 = 0, etx: f64 = 0, ety: f64 = 0;
  let stMask = 0, etMask = 0, tangent = 0;
  let nk = 0, nw = 0, nc = 0, nf = 0;
  let v: f64 = 0;
  while (true) {
    if (!group(p)) return false;
    if (gCode == 0) break;
    switch (gCode) {
      case 71: degree = v = integer(); break;
      case 40: if (nk == SPLINE_LIST) return false; setAt(spK, nk++, v = number()); break;
      case 41: if (nw == SPLINE_LIST) return false; setAt(spW, nw++, v = number()); break;
      case 10: if (nc == SPLINE_LIST) return false; setAt(spC, nc, v = number()); setAt(spC, nc + 1, 0); nc += 2; break;
      // with no point yet the reader writes a property that changes nothing
      case 20: if (nc > 0) setAt(spC, nc - 1, v = number()); break;
      case 11: if (nf == SPLINE_LIST) return false; setAt(spF, nf, v = number()); setAt(spF, nf + 1, 0); nf += 2; break;
      case 21: if (nf > 0) setAt(spF, nf - 1, v = number()); break;
      case 12: stx = v = number(); sty = 0; stMask = 1; tangent = 1; break;
      case 13: etx = v = number(); ety = 0; etMask = 1; tangent = 2; break;
      case 22: if (tangent == 1 && stMask != 0) sty = v = number(); break;
      case 23: if (tangent == 2 && etMask != 0) ety = v = number(); break;
      default: if (!common()) return false;
    }
    if (isNaN(v)) return false;
    p = gNext;
  }
  if (outLen + 12 + nk + nw + nc + nf > outCap) return false;
  endAt = p;
  put(T_SPLINE); put(degree); put(<f64>nk); put(<f64>nw); put(<f64>nc); put(<f64>nf);
  put(<f64>stMask); put(stx); put(sty); put(<f64>etMask); put(etx); put(ety);
  for (let i = 0; i < nk; i++) put(load<f64>(spK + (<usize>i << 3)));
  for (let i = 0; i < nw; i++) put(load<f64>(spW + (<usize>i << 3)));
  for (let i = 0; i < nc; i++) put(load<f64>(spC + (<usize>i << 3)));
  for (let i = 0; i < nf; i++) put(load<f64>(spF + (<usize>i << 3)));
  return true;
}

/**
 * POLYLINE (R12) with its VERTEX entities (x, y, bulge, flags each) up to SEQEND, or up to the
 * next other entity where SEQEND is missing; the header first, its flags, extrusion and count after.
 */
function readPolyline(p: i32): bool {
  const h = outLen;
  if (h + 7 > outCap) return false;
  outLen = h + 7;
  let flags: f64 = 0;
  let n = 0;
  let v: f64 = 0;
  while (true) {
    if (!group(p)) { outLen = h; return false; }
    if (gCode == 0) break;
    switch (gCode) {
      case 70: flags = v = integer(); break;
      case 210: case 220: case 230: v = extrusion(); break;
      default: if (!common()) { outLen = h; return false; }
    }
    if (isNaN(v)) { outLen = h; return false; }
    p = gNext;
  }
  // the vertices' own layers and flags of paper space mean nothing
  while (isVertex()) {
    let x: f64 = 0, y: f64 = 0, bulge: f64 = 0, vf: f64 = 0;
    p = gNext;
    while (true) {
      if (!group(p)) { outLen = h; return false; }
      if (gCode == 0) break;
      switch (gCode) {
        case 10: x = v = number(); break;
        case 20: y = v = number(); break;
        case 42: bulge = v = number(); break;
        case 70: vf = v = integer(); break;
      }
      if (isNaN(v)) { outLen = h; return false; }
      p = gNext;
    }
    if (outLen + 4 > outCap) { outLen = h; return false; }
    put(x); put(y); put(bulge); put(vf);
    n++;
  }
  if (isSeqend()) {
    p = gNext;
    while (true) {
      if (!group(p)) { outLen = h; return false; }
      if (gCode == 0) break;
      p = gNext;
    }
  }
  endAt = p;
  const o = out + (<usize>h << 3);
  store<f64>(o, T_POLYLINE);
  store<f64>(o, flags, 8); storeExtrusion(o + 16); store<f64>(o, <f64>n, 48);
  return true;
}

/** INSERT of a block the reader has named (an unnamed one is the reader's). */
function readInsert(p: i32): bool {
  let name = -1;
  let x: f64 = 0, y: f64 = 0, sx: f64 = 1, sy: f64 = 1, rot: f64 = 0, cols: f64 = 1, rows: f64 = 1, cs: f64 = 0, rs: f64 = 0;
  let v: f64 = 0;
  while (true) {
    if (!group(p)) return false;
    if (gCode == 0) break;
    switch (gCode) {
      case 2: name = nameOf(); if (name < 0) return false; break;
      case 10: x = v = number(); break;
      case 20: y = v = number(); break;
      case 41: sx = v = number(); break;
      case 42: sy = v = number(); break;
      case 50: rot = v = number(); break;
      case 70: cols = v = integer(); break;
      case 71: rows = v = integer(); break;
      case 44: cs = v = number(); break;
      case 45: rs = v = number(); break;
      case 210: case 220: case 230: v = extrusion(); break;
      default: if (!common()) return false;
    }
    if (isNaN(v)) return false;
    p = gNext;
  }
  if (name < 0 || outLen + 15 > outCap) return false;
  endAt = p;
  put(T_INSERT); put(<f64>name); put(x); put(y); put(sx); put(sy); put(rot); put(cols); put(rows); put(cs); put(rs);
  putExtrusion();
  return true;
}

/** LWPOLYLINE: the header first, vertices as they come, the header's count and extrusion after. */
function readLwpolyline(p: i32): bool {
  const h = outLen;
  if (h + 7 > outCap) return false;
  outLen = h + 7;
  let closed: f64 = 0;
  let n = 0;
  let v: f64 = 0;
  while (true) {
    if (!group(p)) { outLen = h; return false; }
    if (gCode == 0) break;
    switch (gCode) {
      case 10: {
        if (outLen + 3 > outCap) { outLen = h; return false; }
        put(v = number()); put(0); put(0);
        n++;
        break;
      }
      case 20: if (n > 0) store<f64>(out + (<usize>(outLen - 2) << 3), v = number()); break;
      case 42: if (n > 0) store<f64>(out + (<usize>(outLen - 1) << 3), v = number()); break;
      case 70: { v = integer(); closed = (<i32><i64>v & 1) == 1 ? 1 : 0; break; }
      case 210: case 220: case 230: v = extrusion(); break;
      default: if (!common()) { outLen = h; return false; }
    }
    if (isNaN(v)) { outLen = h; return false; }
    p = gNext;
  }
  endAt = p;
  const o = out + (<usize>h << 3);
  store<f64>(o, T_LWPOLYLINE);
  store<f64>(o, closed, 8); storeExtrusion(o + 16); store<f64>(o, <f64>n, 48);
  return true;
}

/**
 * Read entities from the 0 group whose code line starts at `p`, while they are of the kinds read
 * here (LINE, CIRCLE, ARC, LWPOLYLINE, POLYLINE, ELLIPSE, SPLINE, INSERT), on layers the reader
 * has named (dxfName; entities without a layer get `zero`), and start before `limit` (the reader's next
 * progress report). `inBlock`: a block's entities, where group 67 means nothing. Returns how many
 * were read; their tape values are at dxfValues(), their layers at dxfLayers(), and dxfStop() is
 * the 0 group where reading stopped (the reader reads on from there).
 */
export function dxfEntities(p: i32, limit: i32, zero: i32, inBlock: i32): i32 {
  blockMode = inBlock != 0;
  outLen = 0;
  let count = 0;
  while (count < layCap && p < limit) {
    if (!group(p) || gCode != 0) break;
    const kind = kindOf();
    if (kind == E_NONE) break;
    entLayer = zero;
    exMask = 0; exX = 0; exY = 0; exZ = 0;
    const mark = outLen;
    const body = gNext;
    let ok = false;
    if (kind == E_LINE) ok = readLine(body);
    else if (kind == E_CIRCLE) ok = readCircleOrArc(body, false);
    else if (kind == E_ARC) ok = readCircleOrArc(body, true);
    else if (kind == E_LWPOLYLINE) ok = readLwpolyline(body);
    else if (kind == E_ELLIPSE) ok = readEllipse(body);
    else if (kind == E_POLYLINE) ok = readPolyline(body);
    else if (kind == E_INSERT) ok = readInsert(body);
    else ok = readSpline(body);
    if (!ok) { outLen = mark; break; }
    store<i32>(lay + (<usize>count << 2), entLayer);
    count++;
    p = endAt;
  }
  stopAt = p;
  return count;
}
