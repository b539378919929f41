// The result the SDK reads (sdk/core/core.ts): a header of f64 slots, the contour table (C_STRIDE
// f64 per contour), the contour order, healed gap locations, and per-segment flags and record
// offsets. Their layout is the SDK's contract, so it lives here in one place; totals() sums the
// contours into the header once chaining and containment are done.

import { getF, getI, setF } from "./memory";
import { nContours } from "./chain";
import { xFirstX, xFirstY, xFlag, xPoints } from "./crossings";
import { crossGross2, crossNet2, crossingContours } from "./areas";

/** Header slots (f64) of the result. */
export const H_STATUS = 0, H_ERR_RECORD = 1, H_SEGMENTS = 2, H_DEGENERATE = 3, H_DUPLICATES = 4,
  H_GAPS = 5, H_MAX_GAP = 6, H_CONTOURS = 7, H_CLOSED = 8, H_OPEN = 9, H_MINX = 10, H_MINY = 11,
  H_MAXX = 12, H_MAXY = 13, H_CUT_LENGTH = 14, H_GROSS_AREA = 15, H_NET_AREA = 16,
  H_GAP_LOCATIONS = 17, H_ORDER_LENGTH = 18, H_DUP_LENGTH = 19, H_TABLE = 20, H_NODES = 21,
  H_CROSSING = 22, H_CROSSINGS = 23, H_CROSSING_X = 24, H_CROSSING_Y = 25, H_SIZE = 28;
/** Per-contour stride (f64): closed, length, area, signedArea, depth, minX, minY, maxX, maxY,
 *  orderStart, orderCount, startX, startY. */
export const C_STRIDE = 13;

export let hdr: usize = 0;
export let outContours: usize = 0;
export let outOrder: usize = 0;
export let outFlags: usize = 0;
export let outGaps: usize = 0;
export let outRecords: usize = 0;

/** Length (mm) of the geometry not cut because it was drawn more than once. */
export let dupLength: f64 = 0;

export function fail(status: i32, record: i32): i32 {
  setF(hdr, H_STATUS, <f64>status);
  setF(hdr, H_ERR_RECORD, <f64>record);
  return status;
}

/**
 * Sum the contours into the header. Gross area: the region the closed contours enclose (their
 * union); net area: their even-odd fill, the material. A closed contour that crosses no other
 * lies inside `depth` others: it bounds the union at depth 0 and adds to or takes from the fill
 * by its depth's parity. Contours that cross were measured piece by piece (areas.ts). Whatever
 * the drawing, 0 <= net <= gross (the clamp only absorbs rounding).
 */
export function totals(): void {
  let cut = 0.0, gross = 0.0, net = 0.0;
  let closed = 0, open = 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const crossing = xFlag;
  for (let c = 0; c < nContours; c++) {
    const b = c * C_STRIDE;
    cut += getF(outContours, b + 1);
    minX = Math.min(minX, getF(outContours, b + 5)); minY = Math.min(minY, getF(outContours, b + 6));
    maxX = Math.max(maxX, getF(outContours, b + 7)); maxY = Math.max(maxY, getF(outContours, b + 8));
    if (getF(outContours, b) != 0) {
      closed++;
      if (crossing != 0 && getI(crossing, c) != 0) continue;
      const area = getF(outContours, b + 2);
      const depth = <i32>getF(outContours, b + 4);
      if (depth == 0) gross += area;
      net += (depth & 1) == 0 ? area : -area;
    } else open++;
  }
  if (crossing != 0) {
    gross += 0.5 * crossGross2;
    net += 0.5 * crossNet2;
  }
  if (!(net <= gross)) net = gross;
  if (!(net >= 0)) net = 0;
  if (!(gross >= 0)) { gross = 0; net = 0; }
  setF(hdr, H_CLOSED, <f64>closed);
  setF(hdr, H_OPEN, <f64>open);
  setF(hdr, H_CUT_LENGTH, cut);
  setF(hdr, H_GROSS_AREA, gross);
  setF(hdr, H_NET_AREA, net);
  setF(hdr, H_CROSSING, <f64>(crossing != 0 ? crossingContours : 0));
  setF(hdr, H_CROSSINGS, <f64>xPoints);
  setF(hdr, H_CROSSING_X, xFirstX);
  setF(hdr, H_CROSSING_Y, xFirstY);
  setF(hdr, H_MINX, minX); setF(hdr, H_MINY, minY); setF(hdr, H_MAXX, maxX); setF(hdr, H_MAXY, maxY);
}
