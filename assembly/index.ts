// Kerf geometry core. One call per drawing: the SDK packs every primitive into one Float64Array
// (record layout in status.ts), `analyze` chains them into contours and measures them.
//
//   prepare(n) -> ptr     reserve the input buffer (n f64) and forget the previous analysis
//   analyze(tol) -> status
//   header(), contours(), order(), segmentFlags(), gaps()   pointers to the results
//   segmentStartNodes(), segmentEndNodes(), nodeXs(), nodeYs()   the node graph (healed drawing)
//
// Everything lives in one bump arena (memory.ts); no GC runs. `analyze` runs the stages in order,
// each in its own file over the segment table (segments.ts):
//
//   measure.ts      validate the records; ends, length, area term and box of every segment
//   nodes.ts        merge endpoints within the tolerance into nodes, counting healed gaps
//   duplicates.ts   flag geometry drawn twice; overlaps.ts merges overlapping lines and arcs
//   junctions.ts    split lines and arcs where another segment ends on them (T-junctions)
//   chain.ts        walk the node graph into open and closed contours (outlines.ts first takes
//                   the outer boundary where three or more segments meet)
//   containment.ts  nesting depth of every contour (holes)
//   result.ts       the header and tables the SDK reads, and the totals
//
// Before all that, dxf-entities.ts reads runs of plain entities of a DXF file for the SDK's reader.

import { STATUS_NO_GEOMETRY, STATUS_OK, STATUS_TOO_COMPLEX } from "./status";
import { allocF64, arenaAlloc, arenaReserve, arenaReset, rawF64, setF } from "./memory";
import { curvesInit, curvesScratchBytes } from "./curves";
import { mergeOverlaps, ovBind, ovInit, ovPieceA, ovPieceB, ovPieceRec, ovPieces, ovRemovedLength } from "./overlaps";
import { allocSegments, eX, eY, input, inputLen, nSeg, nodeA, nodeB, sX, sY, segFlag, segKind, segLen, segRec } from "./segments";
import { H_DEGENERATE, H_DUPLICATES, H_DUP_LENGTH, H_NODES, H_SEGMENTS, H_SIZE, H_STATUS, H_TABLE, dupLength, fail, hdr, outContours, outFlags, outGaps, outOrder, outRecords, totals } from "./result";
import { maxSegments, measureRecords, measuredDegenerate } from "./measure";
import { buildNodes, nNodes, nodeX, nodeY } from "./nodes";
import { appendPieces, countDegrees, markDuplicates, nodeDegrees } from "./duplicates";
import { chain, dupAfterChain, walkTol } from "./chain";
import { containment } from "./containment";
import { jnPieceA, jnPieceB, jnPieceRec, jnPieces, splitJunctions } from "./junctions";

/** Reserve the input buffer for `n` f64 values; forgets the previous analysis. */
export function prepare(n: i32): usize {
  arenaReset();
  // one growth up front: the analysis needs about this much per input value (segment tables,
  // node hash, contours); allocation grows further only for unusual drawings
  arenaReserve(<usize>min(n, 40_000_000) * 80 + (1 << 20));
  input = rawF64(n); // the host writes all of it
  inputLen = n;
  hdr = allocF64(H_SIZE);
  return input;
}

/** Pointer to the result header (f64[28]). */
export function header(): usize { return hdr; }
/** Pointer to the contour table (f64, 13 per contour). */
export function contours(): usize { return outContours; }
/** Pointer to the contour order (i32: segment * 2 + reversed). */
export function order(): usize { return outOrder; }
/** Pointer to per-segment flags (i32: 1 degenerate, 2 duplicate, 4 split at a junction). */
export function segmentFlags(): usize { return outFlags; }
/** Pointer to the offset (i32, in f64 units) of each segment's record in the input. */
export function segmentRecords(): usize { return outRecords; }
/** Pointer to healed gap locations (f64: x, y, size). */
export function gaps(): usize { return outGaps; }
/** Pointer to each segment's start node (i32, one per segment of the table). */
export function segmentStartNodes(): usize { return nodeA; }
/** Pointer to each segment's end node (i32, one per segment of the table). */
export function segmentEndNodes(): usize { return nodeB; }
/** Pointer to the nodes' x (f64, header slot 21 nodes): where merged segment ends meet. */
export function nodeXs(): usize { return nodeX; }
/** Pointer to the nodes' y (f64). */
export function nodeYs(): usize { return nodeY; }

/** Analyze the prepared buffer with the given gap tolerance (mm). Returns a status code. */
export function analyze(tol: f64): i32 {
  if (!(tol > 0) || !isFinite(tol)) tol = 0.01;
  // validating and measuring are one pass, into tables sized for the most segments possible
  const most = maxSegments(inputLen);
  allocSegments(most);
  curvesInit(arenaAlloc(curvesScratchBytes()));
  ovInit(most, tol);
  const n = measureRecords();
  if (n < 0) return -n;
  nSeg = n;
  setF(hdr, H_SEGMENTS, <f64>n);
  let degenerate = measuredDegenerate;

  // ---- nodes: endpoints merged on a tolerance grid ----
  buildNodes(tol);
  // segments that collapsed to a point are dropped as degenerate; the rest give node degrees
  degenerate += countDegrees(tol);
  setF(hdr, H_DEGENERATE, <f64>degenerate);
  dupLength = 0;
  let duplicates = markDuplicates(tol);
  ovBind(n, tol, input, segKind, segFlag, segRec, sX, sY, eX, eY, segLen, nodeA, nodeB, nodeX, nodeY, nNodes);
  // with no duplicate flagged, the live segments are those the degrees were counted over
  duplicates += mergeOverlaps(duplicates == 0 ? nodeDegrees() : 0);
  dupLength += ovRemovedLength;
  if (ovPieces > 0) appendPieces(ovPieces, ovPieceRec, ovPieceA, ovPieceB);
  // with nothing flagged or appended since, the degrees counted are those of the live segments
  if (splitJunctions(tol, duplicates == 0 ? nodeDegrees() : 0) > 0) appendPieces(jnPieces, jnPieceRec, jnPieceA, jnPieceB);
  setF(hdr, H_DUPLICATES, <f64>duplicates);
  if (degenerate + duplicates >= n) return fail(STATUS_NO_GEOMETRY, -1);

  walkTol = tol;
  dupAfterChain = 0;
  chain();
  if (dupAfterChain > 0) setF(hdr, H_DUPLICATES, <f64>(duplicates + dupAfterChain));
  setF(hdr, H_DUP_LENGTH, dupLength);
  setF(hdr, H_TABLE, <f64>nSeg);
  setF(hdr, H_NODES, <f64>nNodes);
  if (!containment()) return fail(STATUS_TOO_COMPLEX, -1);
  totals();
  // expose flags and record offsets
  outFlags = segFlag;
  outRecords = segRec;
  setF(hdr, H_STATUS, <f64>STATUS_OK);
  return STATUS_OK;
}

export { sheetFit, sheetFitRotated } from "./sheet";
export { nestPrepare, nest, nestResult } from "./nest";
export {
  trueNestBegin, trueNestInput, trueNestRasterize, trueNestVariant, trueNestPlan, trueNestRun, trueNestResult, trueNestFailed,
  trueNestSheetFormat, trueNestSheetUsed,
} from "./true-nest";
export { dxfLoad, dxfValues, dxfValueCount, dxfLayers, dxfName, dxfStop, dxfEpoch, dxfEntities } from "./dxf-entities";
