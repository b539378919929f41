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
let scratch: usize = 0; // ndu[(MAX_DEGREE+1)^2], left, right: set by curvesInit

/** Give the curve module its scratch memory (called once per analysis). */
export function curvesInit(mem: usize): void {
  scratch = mem;
}
/** Bytes of scratch the curve module needs. */
export function curvesScratchBytes(): usize {
  return <usize>((MAX_DEGREE + 1) * (MAX_DEGREE + 1) + 2 * (MAX_DEGREE + 2)) << 3;
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
}

// @ts-ignore: decorator
@inline function knot(i: i32): f64 {
  return load<f64>(sKnots + (<usize>i << 3));
}

/** Lower end of the spline's parameter domain. */
export function splineT0(): f64 {
  return knot(sDeg);
}
/** Upper end of the spline's parameter domain. */
export function splineT1(): f64 {
  return knot(sN);
}
/** Number of knot intervals over which the bound spline is evaluated (including empty ones). */
export function splineSpanLo(): i32 {
  return sDeg;
}
export function splineSpanHi(): i32 {
  return sN; // spans sDeg .. sN-1
}
export function splineKnot(i: i32): f64 {
  return knot(i);
}

function findSpan(t: f64): i32 {
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

function evalSpline(t: f64): void {
  const p = sDeg;
  const span = findSpan(t);
  const W = MAX_DEGREE + 1;
  const ndu = scratch;
  const left = scratch + (<usize>(W * W) << 3);
  const right = left + (<usize>(MAX_DEGREE + 2) << 3);
  store<f64>(ndu, 1.0);
  for (let j = 1; j <= p; j++) {
    store<f64>(left + (<usize>j << 3), t - knot(span + 1 - j));
    store<f64>(right + (<usize>j << 3), knot(span + j) - t);
    let saved = 0.0;
    for (let r = 0; r < j; r++) {
      const lower = load<f64>(right + (<usize>(r + 1) << 3)) + load<f64>(left + (<usize>(j - r) << 3));
      store<f64>(ndu + (<usize>(j * W + r) << 3), lower);
      const temp = lower != 0 ? load<f64>(ndu + (<usize>(r * W + j - 1) << 3)) / lower : 0.0;
      store<f64>(ndu + (<usize>(r * W + j) << 3), saved + load<f64>(right + (<usize>(r + 1) << 3)) * temp);
      saved = load<f64>(left + (<usize>(j - r) << 3)) * temp;
    }
    store<f64>(ndu + (<usize>(j * W + j) << 3), saved);
  }
  let ax = 0.0, ay = 0.0, aw = 0.0, dax = 0.0, day = 0.0, daw = 0.0;
  for (let r = 0; r <= p; r++) {
    const n = load<f64>(ndu + (<usize>(r * W + p) << 3));
    let d = 0.0;
    if (p > 0) {
      if (r >= 1) {
        const den = load<f64>(ndu + (<usize>(p * W + r - 1) << 3));
        if (den != 0) d += load<f64>(ndu + (<usize>((r - 1) * W + p - 1) << 3)) / den;
      }
      if (r <= p - 1) {
        const den = load<f64>(ndu + (<usize>(p * W + r) << 3));
        if (den != 0) d -= load<f64>(ndu + (<usize>(r * W + p - 1) << 3)) / den;
      }
      d *= <f64>p;
    }
    const cp = sCtrl + (<usize>((span - p + r) * 3) << 3);
    const w = load<f64>(cp, 16);
    const x = load<f64>(cp) * w;
    const y = load<f64>(cp, 8) * w;
    ax += n * x; ay += n * y; aw += n * w;
    dax += d * x; day += d * y; daw += d * w;
  }
  const px = ax / aw, py = ay / aw;
  evX = px; evY = py;
  evDX = (dax - px * daw) / aw;
  evDY = (day - py * daw) / aw;
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
  if (!(err > 1e-13 * Math.abs(l) + 1e-15) || depth >= 24 || evalBudget <= 0 || !isFinite(l)) {
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

/** Refine a root of x'(t) (axis 0) or y'(t) (axis 1) in [a, b] by bisection and add that point. */
function bisectExtreme(a: f64, b: f64, axis: i32): void {
  evalCurve(a);
  let fa = axis == 0 ? evDX : evDY;
  for (let k = 0; k < 60; k++) {
    const m = 0.5 * (a + b);
    evalCurve(m);
    const fm = axis == 0 ? evDX : evDY;
    if ((fa <= 0) == (fm <= 0)) { a = m; fa = fm; } else { b = m; }
    if (b - a <= 1e-15 * (Math.abs(a) + Math.abs(b))) break;
  }
  evalCurve(0.5 * (a + b));
  bbAdd(evX, evY);
}

/** Add the bound curve's points over [a, b] to the box: samples plus refined x/y extremes. */
export function extremes(a: f64, b: f64, samples: i32): void {
  let prevT = a;
  evalCurve(a);
  bbAdd(evX, evY);
  let pdx = evDX, pdy = evDY;
  for (let i = 1; i <= samples; i++) {
    const t = i == samples ? b : a + (b - a) * (<f64>i / <f64>samples);
    evalCurve(t);
    bbAdd(evX, evY);
    const dx = evDX, dy = evDY;
    if ((pdx < 0 && dx > 0) || (pdx > 0 && dx < 0)) bisectExtreme(prevT, t, 0);
    if ((pdy < 0 && dy > 0) || (pdy > 0 && dy < 0)) bisectExtreme(prevT, t, 1);
    pdx = dx; pdy = dy; prevT = t;
  }
}
