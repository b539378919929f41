// The canonical frame of an elliptical arc, so that arcs of one ellipse can be merged like arcs
// of one circle (overlaps.ts). A record (2 cx cy ux uy vx vy t0 t1, P(t) = c + u cos t + v sin t)
// may give the ellipse by any two conjugate semi-diameters, the major axis either way, mirrored
// (clockwise) and started anywhere. Its frame is: the principal axes, u the major one turned into
// [0, pi) and v the minor one counter-clockwise from it; the arc is then the counter-clockwise
// parameter interval [start, start + sweep) of that frame. Two arcs of the same ellipse get the
// same u and v (up to the tolerance), and their intervals compare like angles on a circle.

import { TWO_PI, inp } from "./segments";

/** Frame fields, in the 10 f64 a frame takes. */
export const F_CX = 0, F_CY = 1, F_UX = 2, F_UY = 3, F_VX = 4, F_VY = 5, F_MAJOR = 6, F_MINOR = 7, F_START = 8, F_SWEEP = 9;
export const FRAME_SIZE: i32 = 10;

// @ts-ignore: decorator
@inline function norm(a: f64): f64 { return a - TWO_PI * Math.floor(a / TWO_PI); }

/** Write the frame of the ellipse record at input offset r to `out` (FRAME_SIZE f64). */
export function ellipseFrame(r: i32, out: usize): void {
  let ux = inp(r + 3), uy = inp(r + 4), vx = inp(r + 5), vy = inp(r + 6);
  let a = inp(r + 7), b = inp(r + 8);
  if (b - a > TWO_PI) b = a + TWO_PI;
  // principal axes: P(t) = c + p cos(t - sh) + q sin(t - sh), tan 2 sh = 2 u.v / (|u|² - |v|²)
  const uu = ux * ux + uy * uy, vv = vx * vx + vy * vy, uv = ux * vx + uy * vy;
  if (uv != 0) {
    const sh = 0.5 * Math.atan2(2.0 * uv, uu - vv);
    const cs = Math.cos(sh), sn = Math.sin(sh);
    const px = ux * cs + vx * sn, py = uy * cs + vy * sn;
    const qx = -ux * sn + vx * cs, qy = -uy * sn + vy * cs;
    ux = px; uy = py; vx = qx; vy = qy;
    a -= sh; b -= sh;
  }
  // the major axis first: with t = t' + pi/2, (u, v) becomes (v, -u)
  if (vx * vx + vy * vy > ux * ux + uy * uy) {
    const wx = ux, wy = uy;
    ux = vx; uy = vy; vx = -wx; vy = -wy;
    a -= 0.5 * Math.PI; b -= 0.5 * Math.PI;
  }
  // the major axis pointing into [0, pi): (u, v, t) is (-u, -v, t + pi)
  if (uy < 0 || (uy == 0 && ux < 0)) {
    ux = -ux; uy = -uy; vx = -vx; vy = -vy;
    a += Math.PI; b += Math.PI;
  }
  // counter-clockwise: (u, v, t) is (u, -v, -t), the interval reversed
  if (ux * vy - uy * vx < 0) {
    vx = -vx; vy = -vy;
    const na = -b;
    b = -a; a = na;
  }
  store<f64>(out, inp(r + 1)); store<f64>(out, inp(r + 2), 8);
  store<f64>(out, ux, 16); store<f64>(out, uy, 24); store<f64>(out, vx, 32); store<f64>(out, vy, 40);
  store<f64>(out, Math.sqrt(ux * ux + uy * uy), 48); store<f64>(out, Math.sqrt(vx * vx + vy * vy), 56);
  store<f64>(out, norm(a), 64); store<f64>(out, b - a, 72);
}

/** Parameter in [0, 2pi) of the point (x, y) (on or near the ellipse) in frame f. */
export function frameParam(f: usize, x: f64, y: f64): f64 {
  const dx = x - load<f64>(f), dy = y - load<f64>(f, 8);
  const ux = load<f64>(f, 16), uy = load<f64>(f, 24), vx = load<f64>(f, 32), vy = load<f64>(f, 40);
  // d = u cos t + v sin t: cos t and sin t by Cramer's rule (their common factor drops out)
  return norm(Math.atan2(ux * dy - uy * dx, dx * vy - dy * vx));
}
