// Parametric curves: elliptical arcs and (rational) B-splines. Evaluation of point and first
// derivative, adaptive Gauss–Legendre integration of arc length and of the area term
// (x y' - y x'), and exact extremes for bounding boxes.

import { KIND_ELLIPSE } from "./status";

/** Highest spline degree accepted (DXF allows more in theory; CAD programs write 1 to 7). */
export const MAX_DEGREE: i32 = 15;

// ---- evaluation output (globals: AssemblyScript has no cheap tuples) ----
export let evX: f64 = 0;
export let evY: f64 = 0;
export let evDX: f64 = 0;
export let evDY: f64 = 0;

// ---- the bound curve ----
let cKind: i32 = 0;
let eCX: f64 = 0, eCY: f64 = 0, eUX: f64 = 0, eUY: f64 = 0, eVX: f64 = 0, eVY: f64 = 0;
let sDeg: i32 = 0, sN: i32 = 0, sKnots: usize = 0, sCtrl: usize = 0;
let sPlain: bool = false; // every weight is 1: evalSpline skips the weight column
let lastSpan: i32 = 0; // the span findSpan found last (of the bound spline)
let scratch: usize = 0; // de Boor points, (MAX_DEGREE+1) x 3 f64: set by curvesInit

/** Give the curve module its scratch memory (called once per analysis). */
export function curvesInit(mem: usize): void {
  scratch = mem;
}
/** Bytes of scratch the curve module needs. */
export function curvesScratchBytes(): usize {
  return <usize>((MAX_DEGREE + 1) * 3) << 3;
}

/** Bind an elliptical arc P(t) = c + u cos t + v sin t. */
export function bindEllipse(cx: f64, cy: f64, ux: f64, uy: f64, vx: f64, vy: f64): void {
  cKind = KIND_ELLIPSE;
  eCX = cx; eCY = cy; eUX = ux; eUY = uy; eVX = vx; eVY = vy;
}

/** Bind a spline: knots and control points (x, y, w) as pointers into the record. */
export function bindSpline(degree: i32, nCtrl: i32, knots: usize, ctrl: usize): void {
  cKind = 3;
  sDeg = degree; sN = nCtrl; sKnots = knots; sCtrl = ctrl;
  lastSpan = degree;
  let plain = true;
  for (let i = 0; i < nCtrl; i++) {
    if (load<f64>(ctrl + (<usize>(i * 3) << 3), 16) != 1.0) { plain = false; break; }
  }
  sPlain = plain;
}

// @ts-ignore: decorator
@inline function knot(i: i32): f64 {
  return load<f64>(sKnots + (<usize>i << 3));
}

/** Knot i of the bound spline. */
export function splineKnot(i: i32): f64 {
  return knot(i);
}

function findSpan(t: f64): i32 {
  // inside the span found last (integration asks for many points of one span): that span
  const last = lastSpan;
  if (t > knot(last) && t < knot(last + 1)) return last;
  lastSpan = findSpanSearch(t);
  return lastSpan;
}

/** The span of the bound spline that holds t, searched for. */
function findSpanSearch(t: f64): i32 {
  let lo = sDeg, hi = sN; // answer in [sDeg, sN-1]
  if (t >= knot(sN)) {
    // last non-empty span
    let k = sN - 1;
    while (k > sDeg && knot(k) >= knot(k + 1)) k--;
    return k;
  }
  if (t <= knot(sDeg)) {
    let k = sDeg;
    while (k < sN - 1 && knot(k + 1) <= knot(sDeg)) k++;
    return k;
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t < knot(mid)) hi = mid;
    else lo = mid;
  }
  return lo;
}

/**
 * Point and first derivative of the bound (rational) spline at t, by de Boor's algorithm on
 * homogeneous points (x·w, y·w, w). The two points of the last-but-one level give the derivative.
 */
function evalSpline(t: f64): void {
  if (sPlain) {
    if (sDeg == 3) evalPlainCubic(t); else evalPlainSpline(t);
    return;
  }
  const p = sDeg;
  const k = findSpan(t);
  const d = scratch; // (p+1) homogeneous points, 3 f64 each
  for (let j = 0; j <= p; j++) {
    const cp = sCtrl + (<usize>((j + k - p) * 3) << 3);
    const w = load<f64>(cp, 16);
    const q = d + (<usize>(j * 3) << 3);
    store<f64>(q, load<f64>(cp) * w);
    store<f64>(q, load<f64>(cp, 8) * w, 8);
    store<f64>(q, w, 16);
  }
  for (let r = 1; r < p; r++) {
    for (let j = p; j >= r; j--) {
      const lo = knot(j + k - p);
      const alpha = (t - lo) / (knot(j + 1 + k - r) - lo);
      const q = d + (<usize>(j * 3) << 3);
      const q0 = q - 24;
      store<f64>(q, load<f64>(q0) + alpha * (load<f64>(q) - load<f64>(q0)));
      store<f64>(q, load<f64>(q0, 8) + alpha * (load<f64>(q, 8) - load<f64>(q0, 8)), 8);
      store<f64>(q, load<f64>(q0, 16) + alpha * (load<f64>(q, 16) - load<f64>(q0, 16)), 16);
    }
  }
  // level p-1 holds D0 = d[p-1], D1 = d[p]; the derivative is p (D1 - D0) / (U[k+1] - U[k])
  const q1 = d + (<usize>(p * 3) << 3);
  const q0 = q1 - 24;
  const uk = knot(k), du = knot(k + 1) - uk;
  const x0 = load<f64>(q0), y0 = load<f64>(q0, 8), w0 = load<f64>(q0, 16);
  const x1 = load<f64>(q1), y1 = load<f64>(q1, 8), w1 = load<f64>(q1, 16);
  const f = <f64>p / du;
  const dax = f * (x1 - x0), day = f * (y1 - y0), daw = f * (w1 - w0);
  const alpha = (t - uk) / du;
  const ax = x0 + alpha * (x1 - x0), ay = y0 + alpha * (y1 - y0), aw = w0 + alpha * (w1 - w0);
  const px = ax / aw, py = ay / aw;
  evX = px; evY = py;
  evDX = (dax - px * daw) / aw;
  evDY = (day - py * daw) / aw;
}

/**
 * evalSpline for a spline whose weights are all 1 (most are): the same de Boor steps on (x, y)
 * alone. With every weight exactly 1 the weight column stays exactly 1 through every blend
 * (1 + alpha * 0), so the divisions by it and its derivative term change nothing and the
 * results are the same numbers, a third of the work cheaper.
 */
function evalPlainSpline(t: f64): void {
  const p = sDeg;
  const k = findSpan(t);
  const d = scratch; // (p+1) points, 2 f64 each
  for (let j = 0; j <= p; j++) {
    const cp = sCtrl + (<usize>((j + k - p) * 3) << 3);
    const q = d + (<usize>j << 4);
    store<f64>(q, load<f64>(cp));
    store<f64>(q, load<f64>(cp, 8), 8);
  }
  for (let r = 1; r < p; r++) {
    for (let j = p; j >= r; j--) {
      const lo = knot(j + k - p);
      const alpha = (t - lo) / (knot(j + 1 + k - r) - lo);
      const q = d + (<usize>j << 4);
      const q0 = q - 16;
      store<f64>(q, load<f64>(q0) + alpha * (load<f64>(q) - load<f64>(q0)));
      store<f64>(q, load<f64>(q0, 8) + alpha * (load<f64>(q, 8) - load<f64>(q0, 8)), 8);
    }
  }
  const q1 = d + (<usize>p << 4);
  const q0 = q1 - 16;
  const uk = knot(k), du = knot(k + 1) - uk;
  const x0 = load<f64>(q0), y0 = load<f64>(q0, 8);
  const x1 = load<f64>(q1), y1 = load<f64>(q1, 8);
  const f = <f64>p / du;
  const alpha = (t - uk) / du;
  evX = x0 + alpha * (x1 - x0); evY = y0 + alpha * (y1 - y0);
  evDX = f * (x1 - x0);
  evDY = f * (y1 - y0);
}

/** evalPlainSpline for degree 3 (most splines), its loops unrolled: the same operations in the
 *  same order, in locals instead of the scratch points. */
function evalPlainCubic(t: f64): void {
  const k = findSpan(t);
  const cp = sCtrl + (<usize>((k - 3) * 3) << 3);
  let x0 = load<f64>(cp), y0 = load<f64>(cp, 8);
  let x1 = load<f64>(cp, 24), y1 = load<f64>(cp, 32);
  let x2 = load<f64>(cp, 48), y2 = load<f64>(cp, 56);
  let x3 = load<f64>(cp, 72), y3 = load<f64>(cp, 80);
  const um2 = knot(k - 2), um1 = knot(k - 1), u0 = knot(k), u1 = knot(k + 1), u2 = knot(k + 2), u3 = knot(k + 3);
  // r = 1: j = 3, 2, 1, alpha = (t - U[k+j-3]) / (U[k+j] - U[k+j-3])
  let a = (t - u0) / (u3 - u0);
  x3 = x2 + a * (x3 - x2); y3 = y2 + a * (y3 - y2);
  a = (t - um1) / (u2 - um1);
  x2 = x1 + a * (x2 - x1); y2 = y1 + a * (y2 - y1);
  a = (t - um2) / (u1 - um2);
  x1 = x0 + a * (x1 - x0); y1 = y0 + a * (y1 - y0);
  // r = 2: j = 3, 2, alpha = (t - U[k+j-3]) / (U[k+j-1] - U[k+j-3])
  a = (t - u0) / (u2 - u0);
  x3 = x2 + a * (x3 - x2); y3 = y2 + a * (y3 - y2);
  a = (t - um1) / (u1 - um1);
  x2 = x1 + a * (x2 - x1); y2 = y1 + a * (y2 - y1);
  // level 2 holds D0 = (x2, y2), D1 = (x3, y3)
  const du = u1 - u0;
  const f = 3.0 / du;
  const alpha = (t - u0) / du;
  evX = x2 + alpha * (x3 - x2); evY = y2 + alpha * (y3 - y2);
  evDX = f * (x3 - x2);
  evDY = f * (y3 - y2);
}

/** Evaluate the bound curve at t into evX, evY, evDX, evDY. */
export function evalCurve(t: f64): void {
  if (cKind == KIND_ELLIPSE) {
    const c = Math.cos(t), s = Math.sin(t);
    evX = eCX + eUX * c + eVX * s;
    evY = eCY + eUY * c + eVY * s;
    evDX = -eUX * s + eVX * c;
    evDY = -eUY * s + eVY * c;
  } else {
    evalSpline(t);
  }
}

// ---- adaptive Gauss–Legendre ----

// 8-point rule on [-1, 1]
// @ts-ignore: decorator
@inline const GX1: f64 = 0.1834346424956498;
// @ts-ignore: decorator
@inline const GX2: f64 = 0.525532409916329;
// @ts-ignore: decorator
@inline const GX3: f64 = 0.7966664774136267;
// @ts-ignore: decorator
@inline const GX4: f64 = 0.9602898564975363;
// @ts-ignore: decorator
@inline const GW1: f64 = 0.362683783378362;
// @ts-ignore: decorator
@inline const GW2: f64 = 0.3137066458778873;
// @ts-ignore: decorator
@inline const GW3: f64 = 0.2223810344533745;
// @ts-ignore: decorator
@inline const GW4: f64 = 0.1012285362903763;

let glLen: f64 = 0; // outputs of gl()
let glArea: f64 = 0;

// @ts-ignore: decorator
@inline function acc(t: f64, w: f64): void {
  evalCurve(t);
  glLen += w * Math.sqrt(evDX * evDX + evDY * evDY);
  glArea += w * (evX * evDY - evY * evDX);
}

function gl(a: f64, b: f64): void {
  const h = 0.5 * (b - a), m = 0.5 * (a + b);
  glLen = 0; glArea = 0;
  acc(m - GX1 * h, GW1); acc(m + GX1 * h, GW1);
  acc(m - GX2 * h, GW2); acc(m + GX2 * h, GW2);
  acc(m - GX3 * h, GW3); acc(m + GX3 * h, GW3);
  acc(m - GX4 * h, GW4); acc(m + GX4 * h, GW4);
  glLen *= h; glArea *= h;
}

/** Results of integrate(): arc length and the integral of (x y' - y x') dt. */
export let intLen: f64 = 0;
export let intArea: f64 = 0;
let evalBudget: i32 = 0;

function adapt(a: f64, b: f64, len: f64, area: f64, depth: i32): void {
  const m = 0.5 * (a + b);
  gl(a, m);
  const l1 = glLen, a1 = glArea;
  gl(m, b);
  const l2 = glLen, a2 = glArea;
  const l = l1 + l2;
  evalBudget -= 16;
  const err = Math.abs(l - len);
  // 1e-8 relative between one rule and its two halves; the halves' sum, which is returned, is
  // orders of magnitude better still (8-point Gauss error falls as h^16): well inside the 1e-5
  // promised for splines
  if (!(err > 1e-8 * Math.abs(l) + 1e-14) || depth >= 24 || evalBudget <= 0 || !isFinite(l)) {
    intLen += l;
    intArea += a1 + a2;
    return;
  }
  adapt(a, m, l1, a1, depth + 1);
  adapt(m, b, l2, a2, depth + 1);
}

/** Integrate length and area term of the bound curve over [a, b] (adds to intLen, intArea). */
export function integrate(a: f64, b: f64): void {
  if (!(b > a)) return;
  evalBudget = 1 << 16;
  gl(a, b);
  adapt(a, b, glLen, glArea, 0);
}

// ---- extremes for bounding boxes ----
export let bbMinX: f64 = 0;
export let bbMinY: f64 = 0;
export let bbMaxX: f64 = 0;
export let bbMaxY: f64 = 0;

// @ts-ignore: decorator
@inline export function bbAdd(x: f64, y: f64): void {
  if (x < bbMinX) bbMinX = x;
  if (x > bbMaxX) bbMaxX = x;
  if (y < bbMinY) bbMinY = y;
  if (y > bbMaxY) bbMaxY = y;
}

export function bbStart(x: f64, y: f64): void {
  bbMinX = x; bbMaxX = x; bbMinY = y; bbMaxY = y;
}

/**
 * Refine a root of x'(t) (axis 0) or y'(t) (axis 1), bracketed in [a, b], by the Illinois variant
 * of regula falsi, and add that point. The extreme value is flat in t (its error is quadratic in
 * the error of t), so a few steps give the coordinate to machine precision.
 */
function refineExtreme(a: f64, fa: f64, b: f64, fb: f64, axis: i32): void {
  const stop = (b - a) * 1e-9;
  let side = 0;
  for (let it = 0; it < 48 && b - a > stop; it++) {
    let m = (a * fb - b * fa) / (fb - fa);
    if (!(m > a && m < b)) m = 0.5 * (a + b);
    evalCurve(m);
    const fm = axis == 0 ? evDX : evDY;
    if (fm == 0) { a = m; b = m; break; }
    if ((fm < 0) == (fa < 0)) {
      a = m; fa = fm;
      if (side == -1) fb *= 0.5;
      side = -1;
    } else {
      b = m; fb = fm;
      if (side == 1) fa *= 0.5;
      side = 1;
    }
  }
  evalCurve(0.5 * (a + b));
  bbAdd(evX, evY);
}

/**
 * Add the bound spline's span [a, b] (knot span k) to the box: its ends, and its interior x/y
 * extremes where the span's control points reach beyond the ends (convex hull property: when
 * they do not, the span is monotone enough that its ends bound it).
 */
export function splineSpanExtremes(a: f64, b: f64, k: i32): void {
  evalCurve(a);
  const xa = evX, ya = evY;
  bbAdd(xa, ya);
  evalCurve(b);
  const xb = evX, yb = evY;
  bbAdd(xb, yb);
  let needX = false, needY = false;
  const loX = Math.min(xa, xb), hiX = Math.max(xa, xb), loY = Math.min(ya, yb), hiY = Math.max(ya, yb);
  for (let i = k - sDeg; i <= k; i++) {
    const cp = sCtrl + (<usize>(i * 3) << 3);
    const x = load<f64>(cp), y = load<f64>(cp, 8);
    if (x < loX || x > hiX) needX = true;
    if (y < loY || y > hiY) needY = true;
  }
  if (!needX && !needY) return;
  const samples = 2 * sDeg;
  let prevT = a;
  evalCurve(a);
  let pdx = evDX, pdy = evDY;
  for (let i = 1; i <= samples; i++) {
    const t = i == samples ? b : a + (b - a) * (<f64>i / <f64>samples);
    evalCurve(t);
    bbAdd(evX, evY);
    const dx = evDX, dy = evDY;
    if (needX && ((pdx < 0 && dx > 0) || (pdx > 0 && dx < 0))) refineExtreme(prevT, pdx, t, dx, 0);
    if (needY && ((pdy < 0 && dy > 0) || (pdy > 0 && dy < 0))) refineExtreme(prevT, pdy, t, dy, 1);
    pdx = dx; pdy = dy; prevT = t;
  }
}

// ---- ellipse arc length by Carlson's symmetric elliptic integrals ----

/**
 * True when one of x, y, z is clearly more than 1e-4 (relative) from mu, so that the duplication's
 * convergence test (max |1 - v / mu| < 1e-4) would fail: that test's three divisions are skipped
 * on the iterations that cannot pass it, and made, the same way, on those that might.
 */
// @ts-ignore: decorator
@inline function farFrom(mu: f64, x: f64, y: f64, z: f64): bool {
  const m = 2e-4 * mu;
  return Math.abs(mu - x) > m || Math.abs(mu - y) > m || Math.abs(mu - z) > m;
}

/** Carlson's R_F(x, y, z) by duplication (x, y, z >= 0, at most one zero). */
function carlsonRF(x: f64, y: f64, z: f64): f64 {
  for (let it = 0; it < 64; it++) {
    const sx = Math.sqrt(x), sy = Math.sqrt(y), sz = Math.sqrt(z);
    const lambda = sx * (sy + sz) + sy * sz;
    x = 0.25 * (x + lambda); y = 0.25 * (y + lambda); z = 0.25 * (z + lambda);
    const mu = (x + y + z) / 3.0;
    if (farFrom(mu, x, y, z)) continue;
    const dx = 1.0 - x / mu, dy = 1.0 - y / mu, dz = 1.0 - z / mu;
    if (Math.max(Math.abs(dx), Math.max(Math.abs(dy), Math.abs(dz))) < 1e-4) {
      const e2 = dx * dy - dz * dz, e3 = dx * dy * dz;
      return (1.0 + (e2 / 24.0 - 0.1 - 3.0 * e3 / 44.0) * e2 + e3 / 14.0) / Math.sqrt(mu);
    }
  }
  return NaN;
}

/** Carlson's R_D(x, y, z) by duplication. */
function carlsonRD(x: f64, y: f64, z: f64): f64 {
  let sum = 0.0, fac = 1.0;
  for (let it = 0; it < 64; it++) {
    const sx = Math.sqrt(x), sy = Math.sqrt(y), sz = Math.sqrt(z);
    const lambda = sx * (sy + sz) + sy * sz;
    sum += fac / (sz * (z + lambda));
    fac *= 0.25;
    x = 0.25 * (x + lambda); y = 0.25 * (y + lambda); z = 0.25 * (z + lambda);
    const mu = (x + y + 3.0 * z) * 0.2;
    if (farFrom(mu, x, y, z)) continue;
    const dx = 1.0 - x / mu, dy = 1.0 - y / mu, dz = 1.0 - z / mu;
    if (Math.max(Math.abs(dx), Math.max(Math.abs(dy), Math.abs(dz))) < 1e-4) {
      const ea = dx * dy, eb = dz * dz, ec = ea - eb, ed = ea - 6.0 * eb, ee = ed + ec + ec;
      const c1 = 3.0 / 14.0, c2 = 1.0 / 6.0, c3 = 9.0 / 22.0, c4 = 3.0 / 26.0, c5 = 0.25 * c3, c6 = 1.5 * c4;
      return 3.0 * sum + fac * (1.0 + ed * (-c1 + c5 * ed - c6 * dz * ee)
        + dz * (c2 * ee + dz * (-c3 * ec + dz * c4 * ea))) / (mu * Math.sqrt(mu));
    }
  }
  return NaN;
}

/** Incomplete elliptic integral of the second kind E(phi | m = k^2), for any real phi. */
function ellipticE(phi: f64, m: f64, complete: f64): f64 {
  const n = Math.round(phi / Math.PI);
  const r = phi - n * Math.PI; // in [-pi/2, pi/2]
  const s = Math.sin(r), c = Math.cos(r);
  const q = 1.0 - m * s * s;
  let e = s * carlsonRF(c * c, q, 1.0);
  if (m != 0) e -= (m / 3.0) * s * s * s * carlsonRD(c * c, q, 1.0);
  return 2.0 * n * complete + e;
}

/** E(phi | m = 1) for any real phi: 2n + sin(r) with phi = n·pi + r, |r| <= pi/2. */
function slitE(phi: f64): f64 {
  const n = Math.round(phi / Math.PI);
  return 2.0 * n + Math.sin(phi - n * Math.PI);
}

/**
 * Exact length of the elliptical arc P(t) = c + u cos t + v sin t, t in [t0, t1], for any
 * conjugate half-axes u, v: rotate to principal axes, then a difference of E(phi | k^2).
 */
export function ellipseArcLength(ux: f64, uy: f64, vx: f64, vy: f64, t0: f64, t1: f64): f64 {
  const uu = ux * ux + uy * uy, vv = vx * vx + vy * vy, uv = ux * vx + uy * vy;
  // principal axes at parameter shift s: tan 2s = 2 u.v / (|u|^2 - |v|^2)
  const sh = 0.5 * Math.atan2(2.0 * uv, uu - vv);
  const cs = Math.cos(sh), sn = Math.sin(sh);
  const px = ux * cs + vx * sn, py = uy * cs + vy * sn; // P(t) = c + p cos(t - sh) + q sin(t - sh)
  const qx = -ux * sn + vx * cs, qy = -uy * sn + vy * cs;
  const pp = px * px + py * py, qq = qx * qx + qy * qy;
  let a2: f64, b2: f64, shift: f64;
  if (pp >= qq) {
    // speed^2 = pp sin^2 tau + qq cos^2 tau = pp (1 - m sin^2 (tau - pi/2))
    a2 = pp; b2 = qq; shift = sh + 0.5 * Math.PI;
  } else {
    // speed^2 = qq (1 - m sin^2 tau)
    a2 = qq; b2 = pp; shift = sh;
  }
  if (!(a2 > 0)) return 0;
  const m = 1.0 - b2 / a2;
  const a = Math.sqrt(a2);
  if (m >= 1.0 - 1e-15) {
    // a slit: the ellipse degenerates to its major axis walked back and forth, E(phi | 1) is
    // sin(phi) on each half turn (Carlson's R_F needs at most one zero argument)
    return a * (slitE(t1 - shift) - slitE(t0 - shift));
  }
  const complete = m == 0 ? 0.5 * Math.PI : carlsonRF(0.0, 1.0 - m, 1.0) - (m / 3.0) * carlsonRD(0.0, 1.0 - m, 1.0);
  return a * (ellipticE(t1 - shift, m, complete) - ellipticE(t0 - shift, m, complete));
}
