// The segment table: the packed input (one record per drawn primitive, layout in status.ts) and,
// per segment, structure-of-arrays columns every stage reads: kind, record offset, flags, ends,
// middle, length, area term, box and end nodes. Measuring fills them, nodes.ts the end nodes;
// later stages only flag segments (degenerate, duplicate, split) or append the pieces overlaps.ts
// and junctions.ts make.
// The columns are plain pointers into the arena (memory.ts), so a stage is a loop over indices.
// Stages import these globals and assign them where they own them: an AssemblyScript import is
// the global itself, not a copy.

import { allocI32, rawF64, rawI32 } from "./memory";

export const TWO_PI: f64 = 6.283185307179586;
export const HALF_PI: f64 = 1.5707963267948966;

export let input: usize = 0;
export let inputLen: i32 = 0;

// per segment (structure of arrays)
export let nSeg: i32 = 0;
export let segKind: usize = 0, segRec: usize = 0, segFlag: usize = 0;
export let sX: usize = 0, sY: usize = 0, eX: usize = 0, eY: usize = 0, mX: usize = 0, mY: usize = 0;
export let segLen: usize = 0, segArea: usize = 0;
export let bMinX: usize = 0, bMinY: usize = 0, bMaxX: usize = 0, bMaxY: usize = 0;
export let nodeA: usize = 0, nodeB: usize = 0;

export const FLAG_DEGENERATE: i32 = 1;
export const FLAG_DUPLICATE: i32 = 2;
/** Split at T-junctions (junctions.ts): its pieces are cut instead. */
export const FLAG_SPLIT: i32 = 4;
/** Room in the tables: pieces are appended in place while it lasts. */
export let segCap: i32 = 0;

// @ts-ignore: decorator
@inline export function inp(i: i32): f64 { return load<f64>(input + (<usize>i << 3)); }

export function allocSegments(n: i32): void {
  // pass 2 writes every field of every segment; only the flags start from zero
  segKind = rawI32(n); segRec = rawI32(n); segFlag = allocI32(n);
  sX = rawF64(n); sY = rawF64(n); eX = rawF64(n); eY = rawF64(n);
  mX = rawF64(n); mY = rawF64(n);
  segLen = rawF64(n); segArea = rawF64(n);
  bMinX = rawF64(n); bMinY = rawF64(n); bMaxX = rawF64(n); bMaxY = rawF64(n);
  nodeA = rawI32(n); nodeB = rawI32(n);
  segCap = n;
}
