// Rectangle nesting of a basket: MaxRects (Jukka Jylänki's maximal-rectangles packer) with the
// best-short-side-fit rule, 90° rotation, several sheets. Each part is its bounding box grown by
// the part spacing, packed into the sheet shrunk by the spacing along its edges, so parts keep
// the spacing to each other and to the edges.
//
//   nestPrepare(n) -> ptr      n parts as (w, h) f64 pairs, largest first is best
//   nest(sheetW, sheetH, spacing, rotate) -> sheets used, or -1 when a part fits no sheet
//   nestResult() -> ptr        per part: sheet, x, y, rotated (f64), x/y of the part's corner

import { arenaReset, allocF64, getF, setF } from "./memory";

let nParts: i32 = 0;
let input: usize = 0;
let output: usize = 0;
// free rectangles: sheet, x, y, w, h, state (f64 each; state 1 = made by the last placement,
// -1 = to be dropped), capacity grows by reallocation
let free: usize = 0;
let freeCount: i32 = 0;
let freeCap: i32 = 0;
const FR: i32 = 6;

/** Reserve the input for n parts and forget the previous nesting (and analysis). */
export function nestPrepare(n: i32): usize {
  arenaReset();
  nParts = n;
  input = allocF64(2 * n);
  output = allocF64(4 * n);
  freeCap = 256;
  free = allocF64(freeCap * FR);
  freeCount = 0;
  return input;
}

/** Pointer to the placements: per part sheet, x, y, rotated. */
export function nestResult(): usize {
  return output;
}

function pushFree(sheet: f64, x: f64, y: f64, w: f64, h: f64): void {
  if (freeCount == freeCap) {
    const next = allocF64(freeCap * 2 * FR);
    memory.copy(next, free, <usize>(freeCount * FR) << 3);
    free = next;
    freeCap *= 2;
  }
  const b = freeCount * FR;
  setF(free, b, sheet); setF(free, b + 1, x); setF(free, b + 2, y); setF(free, b + 3, w); setF(free, b + 4, h);
  setF(free, b + 5, 1);
  freeCount++;
}

function removeFree(i: i32): void {
  freeCount--;
  if (i != freeCount) memory.copy(free + (<usize>(i * FR) << 3), free + (<usize>(freeCount * FR) << 3), <usize>FR << 3);
}

const EPS: f64 = 1e-9;

/** Nest the prepared parts. Returns the number of sheets used, or -1 if a part fits no sheet. */
export function nest(sheetW: f64, sheetH: f64, spacing: f64, rotate: bool): i32 {
  const uw = sheetW - spacing, uh = sheetH - spacing;
  let sheets = 0;
  for (let p = 0; p < nParts; p++) {
    const w = getF(input, 2 * p) + spacing, h = getF(input, 2 * p + 1) + spacing;
    const fitsUpright = w <= uw + EPS && h <= uh + EPS;
    const fitsTurned = rotate && h <= uw + EPS && w <= uh + EPS;
    if (!fitsUpright && !fitsTurned) return -1;
    let best = -1, bestRot = false;
    let bestShort = Infinity, bestLong = Infinity;
    for (let i = 0; i < freeCount; i++) {
      const b = i * FR;
      const fw = getF(free, b + 3), fh = getF(free, b + 4);
      if (w <= fw + EPS && h <= fh + EPS) {
        const s = Math.min(fw - w, fh - h), l = Math.max(fw - w, fh - h);
        if (s < bestShort || (s == bestShort && l < bestLong)) { best = i; bestRot = false; bestShort = s; bestLong = l; }
      }
      if (rotate && h <= fw + EPS && w <= fh + EPS) {
        const s = Math.min(fw - h, fh - w), l = Math.max(fw - h, fh - w);
        if (s < bestShort || (s == bestShort && l < bestLong)) { best = i; bestRot = true; bestShort = s; bestLong = l; }
      }
    }
    if (best < 0) {
      // a fresh sheet: its usable area starts one spacing in from the corner
      pushFree(<f64>sheets, spacing, spacing, uw, uh);
      sheets++;
      best = freeCount - 1;
      bestRot = !fitsUpright;
    }
    const b = best * FR;
    const sheet = getF(free, b), x = getF(free, b + 1), y = getF(free, b + 2);
    const pw = bestRot ? h : w, ph = bestRot ? w : h;
    setF(output, 4 * p, sheet); setF(output, 4 * p + 1, x); setF(output, 4 * p + 2, y); setF(output, 4 * p + 3, bestRot ? 1 : 0);
    place(sheet, x, y, pw, ph);
  }
  return sheets;
}

/** Split every free rectangle of the sheet that the placed one overlaps, then prune. */
function place(sheet: f64, x: f64, y: f64, w: f64, h: f64): void {
  let i = 0;
  while (i < freeCount) {
    const b = i * FR;
    const fx = getF(free, b + 1), fy = getF(free, b + 2), fw = getF(free, b + 3), fh = getF(free, b + 4);
    if (getF(free, b) != sheet || x >= fx + fw - EPS || x + w <= fx + EPS || y >= fy + fh - EPS || y + h <= fy + EPS) {
      i++;
      continue;
    }
    // the up to four maximal rectangles left around the placed one (none of them overlaps it,
    // so the loop passes over them when it reaches them)
    if (x > fx + EPS) pushFree(sheet, fx, fy, x - fx, fh);
    if (x + w < fx + fw - EPS) pushFree(sheet, x + w, fy, fx + fw - x - w, fh);
    if (y > fy + EPS) pushFree(sheet, fx, fy, fw, y - fy);
    if (y + h < fy + fh - EPS) pushFree(sheet, fx, y + h, fw, fy + fh - y - h);
    removeFree(i); // slot i now holds the former last rectangle: look at it next
  }
  prune(sheet);
}

// @ts-ignore: decorator
@inline function inside(a: i32, b: i32): bool {
  const ax = getF(free, a + 1), ay = getF(free, a + 2), bx = getF(free, b + 1), by = getF(free, b + 2);
  return ax >= bx - EPS && ay >= by - EPS && ax + getF(free, a + 3) <= bx + getF(free, b + 3) + EPS
    && ay + getF(free, a + 4) <= by + getF(free, b + 4) + EPS;
}

/**
 * Drop free rectangles lying inside another. Only pairs with a rectangle made by this placement
 * can be new containments, so each new one is checked against all of its sheet's.
 */
function prune(sheet: f64): void {
  for (let i = 0; i < freeCount; i++) {
    const a = i * FR;
    if (getF(free, a + 5) != 1) continue;
    for (let j = 0; j < freeCount; j++) {
      const b = j * FR;
      if (j == i || getF(free, b) != sheet || getF(free, b + 5) < 0) continue;
      if (inside(a, b)) { setF(free, a + 5, -1); break; }
      if (inside(b, a)) setF(free, b + 5, -1);
    }
  }
  let k = 0;
  for (let i = 0; i < freeCount; i++) {
    const a = i * FR;
    if (getF(free, a + 5) < 0) continue;
    if (k != i) memory.copy(free + (<usize>(k * FR) << 3), free + (<usize>a << 3), <usize>FR << 3);
    setF(free, k * FR + 5, 0);
    k++;
  }
  freeCount = k;
}
