// Status codes returned by `analyze`; the SDK maps them to KerfError codes (sdk/core/status.ts
// mirrors these numbers). Keep the two in step.

/** Analysis succeeded. */
export const STATUS_OK: i32 = 0;
/** The packed buffer is malformed: unknown record kind or a record running past the end. */
export const STATUS_BAD_BUFFER: i32 = 1;
/** A coordinate is NaN, infinite or beyond COORD_LIMIT. */
export const STATUS_BAD_COORDINATES: i32 = 2;
/** A spline record is inconsistent (degree, knot count, knot order, weights). */
export const STATUS_BAD_SPLINE: i32 = 3;
/** Nothing cuttable is left after degenerate geometry was dropped. */
export const STATUS_NO_GEOMETRY: i32 = 4;
/** Containment would take too long: thousands of contours nested inside each other's boxes, or crossing each other. */
export const STATUS_TOO_COMPLEX: i32 = 5;

/** Record kinds in the packed geometry buffer (see sdk/geometry/buffer.ts). */
export const KIND_LINE: i32 = 0; // x1 y1 x2 y2
export const KIND_ARC: i32 = 1; // cx cy r startAngle sweep(signed, radians) x0 y0 x1 y1 (exact ends)
export const KIND_ELLIPSE: i32 = 2; // cx cy ux uy vx vy t0 t1   P(t) = c + u cos t + v sin t
export const KIND_SPLINE: i32 = 3; // degree nCtrl nKnots knots[nKnots] (x y w)[nCtrl]

/** Coordinates beyond this magnitude (mm) are refused: 1,000 km is no sheet-metal part. */
export const COORD_LIMIT: f64 = 1e9;
